"""The Disposals and Transfers pages and their dialogs, driven through their widgets:
scanning, suggestions, applying after a confirmation, refusals shown where they belong,
handovers that split a lot, arrivals from another school, printing from the pages."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.models import Equipment, Transfer
from app.models.enums import DisposalStatus, EquipmentStatus, TransferKind
from app.services import disposals, transfers
from app.services import equipment as equipment_service
from app.services.register import Register
from app.services.rooms import list_rooms
from app.ui import disposal_dialog
from app.ui.disposal_dialog import CandidatesDialog, DisposalDialog
from app.ui.disposals_page import DisposalsPage
from app.ui.equipment_page import EquipmentPage
from app.ui.hub import Hub
from app.ui.main_window import MainWindow
from app.ui.transfer_dialog import TransferDialog
from app.ui.transfers_page import TransfersPage

DECIDED = date.today() - timedelta(days=5)


def scan(qtbot, box, code: str) -> None:  # type: ignore[no-untyped-def]
    """What a USB scanner does: type the code, then Enter."""
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def item(reg: Register, code: str) -> Equipment:
    found = equipment_service.find_by_asset_code(reg, code)
    assert found is not None
    return found


@pytest.fixture
def hub(qtbot) -> Hub:  # type: ignore[no-untyped-def]
    return Hub()


@pytest.fixture
def seen(hub: Hub) -> list[tuple[str, list[str]]]:
    changes: list[tuple[str, list[str]]] = []
    hub.changed.connect(lambda entity, ids: changes.append((entity, ids)))
    return changes


def press_delete_on(qtbot, dialog, row: int) -> None:  # type: ignore[no-untyped-def]
    """The Delete key on a row of the dialog's list, as the officer presses it."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.table.setFocus()
    dialog.table.selectRow(row)
    qtbot.waitUntil(dialog.table.hasFocus, timeout=2000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)


def new_dialog(qtbot, reg, hub, yes: bool = True) -> DisposalDialog:  # type: ignore[no-untyped-def]
    dialog = DisposalDialog(reg, hub, confirm=lambda _q: yes)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_disposal_made_by_scanning_and_suggestions_then_applied(
    qtbot, qtmodeltester, reg, english, hub, seen, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, reg, hub)
    dialog.decision_number.setText("15/QĐ-THCS")  # keyClicks types ASCII only
    dialog.decision_date.set_value(DECIDED)
    dialog.reason.setPlainText("Hỏng không sửa được")
    dialog.committee.item(0, 0).setText("Nguyễn Văn An")
    dialog.committee.item(0, 2).setText("Chủ tịch hội đồng")
    scan(qtbot, dialog.scan, "TB-0002")  # broken by default: its one broken set
    assert dialog.disposal is not None  # the draft was saved with the first item
    assert [(r.asset_code, r.quantity) for r in dialog.lines.lines] == [("TB-0002", 1)]
    assert dialog.scan.text() == ""

    def choose_all(self: CandidatesDialog) -> int:
        self.table.selectAll()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CandidatesDialog, "exec", choose_all)
    dialog.add_suggestions()
    assert [(r.asset_code, r.quantity) for r in dialog.lines.lines] == [
        ("TB-0002", 1),
        ("TB-0004", 2),
    ]
    assert "3 unit" in dialog.totals.text()
    qtmodeltester.check(dialog.lines)
    dialog.apply()
    assert dialog.disposal.status == DisposalStatus.APPLIED
    assert (item(reg, "TB-0004").quantity, item(reg, "TB-0004").qty_broken) == (18, 0)
    assert ("equipment", sorted([item(reg, "TB-0002").id, item(reg, "TB-0004").id])) in [
        (e, sorted(ids)) for e, ids in seen
    ]
    # Applied: read-only, only printing and closing are left.
    assert not dialog.scan.isVisible() and not dialog.apply_button.isVisible()
    assert dialog.decision_number.isReadOnly() and dialog.print_button.isEnabled()
    assert "carried out" in dialog.windowTitle()


def test_applying_without_a_decision_says_so_beside_the_fields(qtbot, reg, english, hub) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, reg, hub)
    scan(qtbot, dialog.scan, "TB-0004")
    dialog.resize(1000, 760)
    dialog.apply()
    errors = dialog.errors()
    assert "decision_number" in errors and "decision_date" in errors
    # The messages make room without shrinking the dialog and its list.
    assert dialog.width() >= 1000 and dialog.height() >= 760
    assert dialog.disposal is not None and dialog.disposal.status == DisposalStatus.DRAFT
    assert item(reg, "TB-0004").qty_broken == 2


def test_refusals_are_shown_and_a_refused_confirmation_changes_nothing(
    qtbot, reg, english, hub
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, reg, hub, yes=False)
    dialog.decision_number.setText("16/QĐ-THCS")  # keyClicks types ASCII only
    dialog.decision_date.set_value(DECIDED)
    scan(qtbot, dialog.scan, "TB-0003")  # no broken unit
    assert "chỉ có 0 cái hỏng" in dialog.scan_message.text()
    assert dialog.lines.lines == []
    scan(qtbot, dialog.scan, "khong co gi")
    assert "khong co gi" in dialog.scan_message.text()
    dialog.quantity.setText("1")
    dialog.condition.set_value(disposal_dialog.Condition.GOOD)
    scan(qtbot, dialog.scan, "TB-0003")
    assert [(r.asset_code, r.quantity) for r in dialog.lines.lines] == [("TB-0003", 1)]
    dialog.apply()  # the officer answers No
    assert dialog.disposal is not None and dialog.disposal.status == DisposalStatus.DRAFT
    assert item(reg, "TB-0003").quantity == 12


def test_the_page_lists_searches_and_deletes_drafts(qtbot, reg, english, hub, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    applied = disposals.create_disposal(
        reg,
        {
            "decision_number": "15/QĐ-THCS",
            "decision_date": DECIDED,
            "disposed_on": DECIDED,
            "reason": "Máy tính hỏng nguồn",
        },
    )
    disposals.add_lines(reg, applied.id, [{"equipment_id": item(reg, "TB-0004").id}])
    disposals.apply_disposal(reg, applied.id)
    draft = disposals.create_disposal(reg, {"disposed_on": DECIDED, "reason": "Kính vỡ"})
    page = DisposalsPage(reg, hub)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "hong nguon")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.id_at(0) == applied.id
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    page.status_filter.set_value(DisposalStatus.DRAFT)
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [draft.id]
    page.table.selectRow(0)
    assert page.apply_button.isEnabled() and page.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_current()
    assert page.model.rowCount() == 0
    page.status_filter.set_value(DisposalStatus.APPLIED)
    page.table.selectRow(0)
    assert not page.apply_button.isEnabled() and not page.delete_button.isEnabled()


def test_the_equipment_list_leaves_disposed_items_out(qtbot, reg, english, hub) -> None:  # type: ignore[no-untyped-def]
    gone = disposals.create_disposal(
        reg, {"decision_number": "1/QĐ", "decision_date": DECIDED, "disposed_on": DECIDED}
    )
    disposals.add_lines(
        reg, gone.id, [{"equipment_id": item(reg, "TB-0001").id, "condition": "good"}]
    )
    disposals.apply_disposal(reg, gone.id)
    page = EquipmentPage(reg, hub)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 4  # in service
    page.status_filter.set_value(None)  # all statuses: the history is still there
    assert page.model.rowCount() == 5
    page.status_filter.set_value(EquipmentStatus.DISPOSED)
    assert page.model.rowCount() == 1


def test_a_handover_splits_a_lot_by_the_units_typed(
    qtbot, qtmodeltester, reg, english, hub, seen
) -> None:  # type: ignore[no-untyped-def]
    dialog = TransferDialog(reg)
    qtbot.addWidget(dialog)
    dialog.show()
    store = dialog.to_room.findText("KHO", Qt.MatchFlag.MatchStartsWith)
    dialog.to_room.setCurrentIndex(store)
    scan(qtbot, dialog.scan, "TB-0003")
    scan(qtbot, dialog.scan, "TB-0001")
    scan(qtbot, dialog.scan, "TB-0001")  # twice: said, not added
    assert "TB-0001" in dialog.scan_message.text()
    model = dialog.lines
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 4), "5")  # five of the twelve microscopes
    assert model.lines[0].moved["qty_good"] == 5
    dialog.handed_by.setText("Lê Văn Tâm")  # keyClicks types ASCII only
    dialog.received_by.setText("Phạm Thị Hoa")  # keyClicks types ASCII only
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    done = dialog.saved_result
    assert len(done.transfer_ids) == 2
    assert item(reg, "TB-0003").quantity == 7
    split = item(reg, "TB-0003.1")
    assert split.quantity == 5 and split.room is not None and split.room.code == "KHO"
    assert item(reg, "TB-0001").room is not None


def test_a_refused_handover_stays_open_with_the_reason(qtbot, reg, english) -> None:  # type: ignore[no-untyped-def]
    dialog = TransferDialog(reg)
    qtbot.addWidget(dialog)
    dialog.try_save()
    assert set(dialog.errors()) >= {"to_room_id"}
    lab = dialog.to_room.findText("P.KHTN1", Qt.MatchFlag.MatchStartsWith)
    dialog.to_room.setCurrentIndex(lab)
    dialog.try_save()
    assert "lines" in dialog.errors()  # nothing listed yet
    scan(qtbot, dialog.scan, "TB-0002")  # already in that room
    dialog.try_save()
    assert "P.KHTN1" in dialog.errors()["lines"]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert transfers.transfer_ids(reg) == []


def test_arrivals_from_another_school_are_placed_from_the_page(
    qtbot, reg, english, hub, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    arrived = item(reg, "TB-0005")  # no room, as a school transfer leaves it
    with reg.write() as s:
        s.add(
            Transfer(
                school_id=reg.school_id,
                kind=TransferKind.SCHOOL,
                equipment_id=arrived.id,
                quantity=3,
                qty_good=3,
                from_school_id="other",
                to_school_id=reg.school_id,
                from_school_name="Trường TH Lê Lợi",
                to_school_name="Trường THCS Nguyễn Du",
                transferred_on=DECIDED,
                decision_number="45/QĐ-PGDĐT",
                created_at=datetime.now(UTC),
            )
        )
    page = TransfersPage(reg, hub)
    qtbot.addWidget(page)
    page.show()
    assert page.banner.isVisible() and "1 item" in page.banner_text.text()
    assert page.model.rowCount() == 1
    assert page.model.row_data(0).from_text == "Trường TH Lê Lợi"
    page.kind_filter.set_value(TransferKind.ROOM)
    assert page.model.rowCount() == 0
    page.kind_filter.set_value(None)

    def place(self: TransferDialog) -> int:
        assert [line.asset_code for line in self.lines.lines] == ["TB-0005"]
        self.to_room.setCurrentIndex(self.to_room.findText("KHO", Qt.MatchFlag.MatchStartsWith))
        self.try_save()
        return self.result()

    monkeypatch.setattr(TransferDialog, "exec", place)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.place_arrivals()
    assert not page.banner.isVisible()
    assert page.model.rowCount() == 2
    assert item(reg, "TB-0005").room is not None


def test_printing_from_the_pages_writes_the_minutes(
    qtbot, reg, english, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    gone = disposals.create_disposal(
        reg, {"decision_number": "15/QĐ-THCS", "decision_date": DECIDED, "disposed_on": DECIDED}
    )
    disposals.add_lines(reg, gone.id, [{"equipment_id": item(reg, "TB-0002").id}])
    store = next(r for r in list_rooms(reg) if r.code == "KHO")
    transfers.transfer_between_rooms(
        reg,
        {
            "to_room_id": store.id,
            "transferred_on": DECIDED,
            "lines": [{"equipment_id": item(reg, "TB-0003").id, "quantity": 2}],
        },
    )
    window = MainWindow(reg)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    for page, name in ((window.disposals_page, "tl.pdf"), (window.transfers_page, "bg.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        window.show_widget(page)
        page.table.selectRow(0)
        page.print_current()
        assert target.read_bytes().startswith(b"%PDF"), name
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Disposals" in titles and "Transfers" in titles


def test_a_listed_item_is_corrected_or_removed_and_the_committee_edited(
    qtbot, reg, english, hub, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, reg, hub)
    dialog.add_member_button.click()
    assert dialog.committee.rowCount() == 2
    dialog.committee.item(1, 0).setText("Trần Thị Mai")
    dialog.committee.selectRow(0)
    dialog.remove_member_button.click()  # the empty first row goes
    scan(qtbot, dialog.scan, "TB-0004")  # its two broken computers
    scan(qtbot, dialog.scan, "TB-0002")
    assert [m["name"] for m in disposals.get_disposal(reg, dialog.disposal.id).committee] == [
        "Trần Thị Mai"
    ]
    dialog.table.selectRow(0)
    assert dialog.lines.lines[0].asset_code == "TB-0004"
    forms: list[disposal_dialog.LineForm] = []

    def edit(self: disposal_dialog.LineForm) -> int:
        forms.append(self)
        self.quantity.setText("3")  # it has only two broken
        self.try_save()
        assert "chỉ có 2" in self.errors()["quantity"]
        self.quantity.setText("1")
        self.remaining.setText("9.000.000")  # more than one computer cost
        self.try_save()
        assert "remaining_value" in self.errors()
        self.remaining.setText("150.000")
        self.reason.setPlainText("Hỏng bo mạch chủ")
        self.try_save()
        return self.result()

    monkeypatch.setattr(disposal_dialog.LineForm, "exec", edit)
    dialog.edit_line()
    assert forms and forms[0].result() == QDialog.DialogCode.Accepted
    line = dialog.lines.lines[0]
    assert (line.quantity, line.remaining_value, line.reason) == (1, 150_000, "Hỏng bo mạch chủ")
    assert "2 unit" in dialog.totals.text() and "remaining 150.000" in dialog.totals.text()
    press_delete_on(qtbot, dialog, 1)
    assert [r.asset_code for r in dialog.lines.lines] == ["TB-0004"]
    assert [r.asset_code for r in disposals.disposal_lines(reg, dialog.disposal.id)] == ["TB-0004"]


def test_a_draft_is_deleted_from_its_dialog(qtbot, reg, english, hub, seen) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, reg, hub)
    assert not dialog.delete_button.isVisible()  # nothing saved yet
    scan(qtbot, dialog.scan, "TB-0002")
    assert dialog.delete_button.isVisible()
    made = dialog.disposal.id
    dialog.delete_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert disposals.disposal_ids(reg) == []
    assert ("disposal", [made]) in seen
    assert item(reg, "TB-0002").qty_broken == 1


def test_units_lent_since_they_were_listed_stop_the_disposal(qtbot, reg, english, hub) -> None:  # type: ignore[no-untyped-def]
    from app.services import loans

    dialog = new_dialog(qtbot, reg, hub)
    dialog.decision_number.setText("17/QĐ-THCS")  # keyClicks types ASCII only
    dialog.decision_date.set_value(DECIDED)
    dialog.condition.set_value(disposal_dialog.Condition.GOOD)
    scan(qtbot, dialog.scan, "TB-0001")  # the projector, its only unit
    loans.lend(
        reg, {"borrower_name": "Lê Văn Tâm", "lines": [{"equipment_id": item(reg, "TB-0001").id}]}
    )
    dialog.apply()
    assert "TB-0001" in dialog.summary.text() and "mượn" in dialog.summary.text()
    assert disposals.get_disposal(reg, dialog.disposal.id).status == DisposalStatus.DRAFT
    projector = item(reg, "TB-0001")
    assert (projector.quantity, projector.status) == (1, EquipmentStatus.ON_LOAN)


def test_an_applied_disposal_opens_read_only(qtbot, reg, english, hub) -> None:  # type: ignore[no-untyped-def]
    done = disposals.create_disposal(
        reg, {"decision_number": "15/QĐ-THCS", "decision_date": DECIDED, "disposed_on": DECIDED}
    )
    disposals.add_lines(reg, done.id, [{"equipment_id": item(reg, "TB-0004").id}])
    disposals.apply_disposal(reg, done.id)
    dialog = DisposalDialog(reg, hub, done.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [(r.asset_code, r.quantity) for r in dialog.lines.lines] == [("TB-0004", 1)]
    assert dialog.decision_number.isReadOnly() and dialog.reason.isReadOnly()
    assert not dialog.method.isEnabled()
    for hidden in (dialog.scan, dialog.condition_label, dialog.quantity_label, dialog.apply_button):
        assert not hidden.isVisible()
    assert dialog.table.isColumnHidden(6)  # "Has" (units now) means nothing once applied
    assert dialog.print_button.isVisible() and dialog.print_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.remove_lines()
    dialog.edit_line()  # nothing opens
    assert len(disposals.disposal_lines(reg, done.id)) == 1


def test_the_page_applies_the_selected_draft_after_the_question(
    qtbot, reg, english, hub, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    draft = disposals.create_disposal(
        reg, {"decision_number": "18/QĐ-THCS", "decision_date": DECIDED, "disposed_on": DECIDED}
    )
    disposals.add_lines(reg, draft.id, [{"equipment_id": item(reg, "TB-0002").id}])
    page = DisposalsPage(reg, hub)
    qtbot.addWidget(page)
    page.show()
    asked: list[str] = []

    def yes(*args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(DisposalDialog, "exec", lambda self: self.result())
    page.table.selectRow(0)
    page.apply_current()
    assert asked and "1 item, 1 unit leaves the register" in asked[0]
    assert disposals.get_disposal(reg, draft.id).status == DisposalStatus.APPLIED
    assert page.model.row_data(0).status == DisposalStatus.APPLIED  # the page followed
    assert not page.apply_button.isEnabled()


def test_a_search_with_several_matches_offers_a_choice(
    qtbot, reg, english, hub, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.item_scan import ItemPicker

    offered: list[int] = []

    def take_all(self: ItemPicker) -> int:
        offered.append(self.model.rowCount())
        self.table.selectAll()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ItemPicker, "exec", take_all)
    dialog = TransferDialog(reg)
    qtbot.addWidget(dialog)
    scan(qtbot, dialog.scan, "may")  # "Máy chiếu" and "Máy tính", accents optional
    assert offered == [2]
    assert sorted(line.asset_code for line in dialog.lines.lines) == ["TB-0001", "TB-0004"]


def test_a_handover_moves_the_units_chosen_by_condition_and_offers_the_minutes(
    qtbot, reg, english, hub, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = TransfersPage(reg, hub)
    qtbot.addWidget(page)
    page.show()
    printed: list[str] = []
    page.print_requested.connect(printed.append)

    def hand_over(self: TransferDialog) -> int:
        self.to_room.setCurrentIndex(self.to_room.findText("KHO", Qt.MatchFlag.MatchStartsWith))
        scan(qtbot, self.scan, "TB-0002")  # five good sets and a broken one
        scan(qtbot, self.scan, "TB-0003")
        model = self.lines
        model.setData(model.index(0, 5), "0")  # no good set
        model.setData(model.index(0, 7), "1")  # only the broken one goes to the storeroom
        assert model.data(model.index(0, 4)) == 1
        press_delete_on(qtbot, self, 1)  # not the microscopes after all
        assert [line.asset_code for line in model.lines] == ["TB-0002"]
        self.try_save()
        return self.result()

    monkeypatch.setattr(TransferDialog, "exec", hand_over)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.new_handover()
    kit, broken = item(reg, "TB-0002"), item(reg, "TB-0002.1")
    assert (kit.quantity, kit.qty_broken, kit.room.code) == (5, 0, "P.KHTN1")
    assert (broken.quantity, broken.qty_broken, broken.room.code) == (1, 1, "KHO")
    assert page.model.rowCount() == 1 and printed == [page.model.id_at(0)]
    assert page.model.row_data(0).new_asset_code == "TB-0002.1"


def test_the_transfers_list_searches_without_accents_and_filters_by_room(
    qtbot, reg, english, hub
) -> None:  # type: ignore[no-untyped-def]
    rooms_by_code = {r.code: r for r in list_rooms(reg)}
    for code, to in (("TB-0003", "KHO"), ("TB-0001", "P.KHTN1")):
        transfers.transfer_between_rooms(
            reg,
            {
                "to_room_id": rooms_by_code[to].id,
                "transferred_on": DECIDED,
                "lines": [{"equipment_id": item(reg, code).id}],
            },
        )
    page = TransfersPage(reg, hub)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2 and "2 items handed over" in page.count_label.text()
    qtbot.keyClicks(page.search, "kinh hien vi")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.row_data(0).asset_code == "TB-0003"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    page.room_filter.set_value(rooms_by_code["P.TH1"].id)  # the projector left it
    assert [page.model.row_data(r).asset_code for r in range(page.model.rowCount())] == ["TB-0001"]
    page.room_filter.set_value(rooms_by_code["KHO"].id)
    assert [page.model.row_data(r).asset_code for r in range(page.model.rowCount())] == ["TB-0003"]


def test_an_item_sent_to_another_school_is_said_to_be_gone(
    qtbot, reg, english, hub, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """At the giving school after the pull: the row stays, greyed; opening it says where
    the item went instead of failing."""
    sent = item(reg, "TB-0001")
    with reg.write() as s:
        s.add(
            Transfer(
                school_id=reg.school_id,
                kind=TransferKind.SCHOOL,
                equipment_id=sent.id,
                quantity=1,
                qty_good=1,
                from_school_id=reg.school_id,
                to_school_id="other",
                from_school_name="Trường THCS Nguyễn Du",
                to_school_name="Trường THCS Lê Quý Đôn",
                transferred_on=DECIDED,
                created_at=datetime.now(UTC),
            )
        )
        s.get(Equipment, sent.id).deleted_at = datetime.now(UTC)  # as the pull leaves it
    page = TransfersPage(reg, hub)
    qtbot.addWidget(page)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    page.table.selectRow(0)
    assert page.model.row_data(0).item_deleted
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    page.open_current()
    assert said == [
        "This item went to Trường THCS Lê Quý Đôn: it is no longer in this school's register."
    ]
