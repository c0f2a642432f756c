"""The Print and Excel menus: each action writes its file (asked where), off the UI
thread in the app (inline here), and says what is missing before it starts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reg, english, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    win = MainWindow(reg)
    qtbot.addWidget(win)
    win.show()  # its pages load as they are shown (show_widget)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: asked.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: asked.append(text))
    win.told = asked  # type: ignore[attr-defined]
    return win


def save_to(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def actions(window: MainWindow) -> dict[str, object]:
    found = {}
    for menu in (window.reports.print_menu, window.reports.excel_menu):
        for action in menu.actions():
            if action.text():
                found[action.text().replace("&", "")] = action
    return found


def test_the_menus_are_in_the_menu_bar(window) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Print" in titles and "E&xcel" in titles
    found = set(actions(window))
    # Every printed book of the daily work and its Excel export is in the menus.
    for text in (
        "Loan book…",
        "Room usage book…",
        "Maintenance plan schedule…",
        "Fault and repair book…",
        "Minutes of an inventory count…",
        "Export the loans…",
        "Export the room usage book…",
        "Export the maintenance plans and due tasks…",
        "Export the fault reports…",
        "Export an inventory count…",
    ):
        assert text in found, text
    assert len(found) == 28


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        ("Equipment register book, by room…", ".pdf"),
        ("Equipment register book, by subject…", ".pdf"),
        ("Inventory count sheet…", ".pdf"),
        ("Maintenance log…", ".pdf"),
        ("Export the register (current filter)…", ".xlsx"),
        ("Export the rooms…", ".xlsx"),
        ("Export the maintenance log…", ".xlsx"),
        ("District summary…", ".xlsx"),
    ],
)
def test_each_action_writes_its_file(window, monkeypatch, tmp_path, text, suffix) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"out{suffix}"
    save_to(monkeypatch, tmp_path / "out")  # no suffix typed: the right one is added
    actions(window)[text].trigger()
    assert target.is_file() and target.stat().st_size > 1000
    if suffix == ".pdf":
        assert target.read_bytes().startswith(b"%PDF")
    else:
        assert zipfile.is_zipfile(target)
    assert window.told == []


def test_a_room_profile_needs_a_selected_room(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    save_to(monkeypatch, tmp_path / "room.pdf")
    window.rooms_page.table.clearSelection()
    window.rooms_page.table.setCurrentIndex(window.rooms_page.model.index(-1, -1))
    actions(window)["Room profile of the selected room…"].trigger()
    assert window.told == ["Select a room on the Rooms page first."]
    assert not (tmp_path / "room.pdf").exists()
    window.told.clear()
    window.show_widget(window.rooms_page)
    window.rooms_page.table.selectRow(0)
    actions(window)["Room profile of the selected room…"].trigger()
    assert (tmp_path / "room.pdf").is_file() and window.told == []


def test_labels_of_the_selected_items_or_of_a_room(window, reg, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from app.services import equipment
    from app.services.equipment_query import EquipmentQuery, equipment_ids
    from app.ui import label_dialog
    from tests.system import need_program

    pdftotext = need_program("pdftotext", "poppler-utils reads the labels back")

    def codes(pdf: Path) -> set[str]:
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout
        return {word for word in text.split() if word.startswith("TB-")}

    chosen: list[label_dialog.LabelDialog] = []

    def accept(self: label_dialog.LabelDialog) -> int:
        chosen.append(self)
        return 1

    monkeypatch.setattr(label_dialog.LabelDialog, "exec", accept)
    # Nothing selected: the dialog offers the room shown on the Rooms page.
    window.show_widget(window.rooms_page)
    model = window.rooms_page.model
    row = next(
        r
        for r in range(model.rowCount())
        if equipment_ids(reg, EquipmentQuery(room_id=model.id_at(r)))
    )
    window.rooms_page.table.selectRow(row)
    room_id = window.rooms_page.current_id()
    save_to(monkeypatch, tmp_path / "room.pdf")
    actions(window)["QR labels…"].trigger()
    assert window.told == [] and chosen[-1].room_chosen() == room_id
    in_room = {
        equipment.get_equipment(reg, i).asset_code
        for i in equipment_ids(reg, EquipmentQuery(room_id=room_id))
    }
    assert in_room and codes(tmp_path / "room.pdf") == in_room
    # Items selected: those, unless a room is chosen instead.
    window.show_widget(window.equipment_page)
    window.equipment_page.table.selectRow(0)
    picked = window.equipment_page.selected_ids()
    save_to(monkeypatch, tmp_path / "items.pdf")
    actions(window)["QR labels…"].trigger()
    assert chosen[-1].room_chosen() is None
    assert codes(tmp_path / "items.pdf") == {equipment.get_equipment(reg, picked[0]).asset_code}


def test_a_failure_is_shown_not_raised(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    save_to(monkeypatch, tmp_path / "missing-folder" / "book.pdf")
    actions(window)["Maintenance log…"].trigger()
    assert len(window.told) == 1 and window.told[0]
    assert not (tmp_path / "missing-folder").exists()
