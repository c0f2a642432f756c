"""The "Print QR labels" dialog: presets fill the boxes, edits make a custom sheet, a
sheet that does not fit cannot be accepted, the last sheet is remembered; and what to
label: the selected items, or every item of a room chosen in the dialog."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.reports.labels import DEFAULT_PRESET, PRESETS, LabelLayout, label_sheet
from app.services.register import Register
from app.ui.forms.fields import room_choices
from app.ui.label_dialog import LabelDialog
from tests.system import need_program


@pytest.fixture
def dialog(qtbot: Any, english: None) -> LabelDialog:
    widget = LabelDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def ok_button(dialog: LabelDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_opens_on_the_default_sheet(dialog: LabelDialog) -> None:
    assert dialog.windowTitle() == "Print QR labels"
    assert dialog.preset.currentText() == DEFAULT_PRESET
    assert dialog.layout_chosen() == LabelLayout()
    assert "70.0 × 37.0 mm" in dialog.summary.text()
    assert "24 labels" in dialog.summary.text()
    assert ok_button(dialog).isEnabled()


@pytest.mark.parametrize("name", list(PRESETS))
def test_each_preset_fills_the_boxes(dialog: LabelDialog, name: str) -> None:
    dialog.preset.setCurrentIndex(dialog.preset.findText(name))
    assert dialog.layout_chosen() == PRESETS[name]
    assert dialog.preset.currentText() == name  # the boxes still match it exactly


def test_editing_a_box_makes_a_custom_sheet(dialog: LabelDialog) -> None:
    dialog.preset.setCurrentIndex(dialog.preset.findText("A4 2×7 (99.1×38.1 mm)"))
    dialog.rows.setValue(6)
    assert dialog.preset.currentText() == "Custom"
    chosen = dialog.layout_chosen()
    assert (chosen.rows, chosen.columns, chosen.left, chosen.column_gap) == (6, 2, 4.65, 2.5)
    # Back to the preset's numbers: the list names it again.
    dialog.rows.setValue(7)
    assert dialog.preset.currentText() == "A4 2×7 (99.1×38.1 mm)"


def test_a_sheet_that_does_not_fit_cannot_be_accepted(dialog: LabelDialog) -> None:
    dialog.rows.setValue(30)  # 9.9 mm tall labels
    assert not ok_button(dialog).isEnabled()
    assert "A4" in dialog.summary.text()  # the service's Vietnamese reason
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.rows.setValue(10)
    assert ok_button(dialog).isEnabled()


def test_the_chosen_sheet_is_returned_and_remembered(qtbot: Any, dialog: LabelDialog) -> None:
    dialog.preset.setCurrentIndex(dialog.preset.findText("A4 4×10 (48.5×25.4 mm)"))
    dialog.top.setValue(20)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    wanted = PRESETS["A4 4×10 (48.5×25.4 mm)"]
    assert dialog.layout_chosen() == LabelLayout(
        rows=10, columns=4, top=20, bottom=21.5, left=8, right=8
    )
    again = LabelDialog()
    qtbot.addWidget(again)
    assert again.layout_chosen() == dialog.layout_chosen() != wanted
    assert again.preset.currentText() == "Custom"


def test_a_layout_given_by_the_caller_is_shown(qtbot: Any, english: None) -> None:
    given = LabelLayout(rows=5, columns=2, top=10, bottom=10, left=5, right=5, row_gap=2)
    widget = LabelDialog(layout=given)
    qtbot.addWidget(widget)
    assert widget.layout_chosen() == given


# -- what to label: the selected items or a room's ----------------------------------------


ROOMS = [("P.KHTN1 – Phòng Khoa học tự nhiên 1", "lab"), ("P.TH1 – Phòng Tin học 1", "it")]


def test_without_rooms_offered_only_the_sheet_is_asked(dialog: LabelDialog) -> None:
    assert dialog.scope.isHidden() and dialog.room_chosen() is None


def test_the_selected_items_come_first_and_a_room_can_be_chosen_instead(
    qtbot: Any, english: None
) -> None:
    widget = LabelDialog(rooms=ROOMS, selected=5, room_id="it")
    qtbot.addWidget(widget)
    widget.show()
    assert widget.scope.isVisible() and widget.selected_items.isChecked()
    assert "5" in widget.selected_items.text()
    assert widget.room_chosen() is None and not widget.room.isEnabled()
    assert widget.room.currentText() == "P.TH1 – Phòng Tin học 1"  # the room given
    widget.room_items.click()
    assert widget.room.isEnabled() and widget.room_chosen() == "it"
    widget.room.setCurrentIndex(0)
    assert widget.room_chosen() == "lab"
    widget.accept()
    assert widget.result() == widget.DialogCode.Accepted
    assert widget.room_chosen() == "lab" and widget.layout_chosen() == LabelLayout()
    widget.selected_items.click()
    assert widget.room_chosen() is None and not widget.room.isEnabled()


def test_with_nothing_selected_a_room_is_the_choice(qtbot: Any, english: None) -> None:
    widget = LabelDialog(rooms=ROOMS, selected=0)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.selected_items.isEnabled() and widget.room_items.isChecked()
    assert widget.room.isEnabled() and widget.room_chosen() == "lab"  # the first room
    assert ok_button(widget).isEnabled()


def test_the_chosen_room_prints_the_labels_of_its_items(
    qtbot: Any, english: None, reg: Register, tmp_path: Path
) -> None:
    """The rooms as the Print menu would offer them: the chosen room's items on the sheet,
    no other room's."""
    widget = LabelDialog(rooms=room_choices(reg), selected=0)
    qtbot.addWidget(widget)
    widget.room.setCurrentIndex(widget.room.findText("P.TH1 – Phòng Tin học 1"))
    widget.preset.setCurrentIndex(widget.preset.findText("A4 2×4 (105×74 mm)"))
    widget.accept()
    room_id = widget.room_chosen()
    assert room_id is not None
    out = label_sheet(reg, tmp_path / "nhan.pdf", room_id=room_id, layout=widget.layout_chosen())
    pdftotext = need_program("pdftotext", "poppler-utils reads the PDF back")
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    assert "TB-0001" in text and "TB-0004" in text  # the computer room's projector and PCs
    assert "TB-0002" not in text and "TB-0005" not in text
