"""The "Print QR labels" dialog: presets fill the boxes, edits make a custom sheet, a
sheet that does not fit cannot be accepted, and the last sheet is remembered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.reports.labels import DEFAULT_PRESET, PRESETS, LabelLayout
from app.ui.label_dialog import LabelDialog


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
