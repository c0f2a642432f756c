"""The loan screens: lending by scanning codes into the dialog (Enter adds, a second
scan adds a unit, Ctrl+Enter saves), what it refuses before and at saving, the return
dialog, the Loans page's overdue colours and count, and a scanned code at the page
that takes the item back or offers to lend it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models.enums import EquipmentStatus
from app.services import equipment, loans, maintenance, schools
from app.services.loans import LoanQuery, LoanState
from app.services.register import Register
from app.ui import loan_book_dialog
from app.ui.forms.loan_form import LendDialog
from app.ui.hub import Hub
from app.ui.labels import fmt_date
from app.ui.loan_book_dialog import LoanPeriodDialog, school_year_start
from app.ui.loan_return_dialog import DueDialog, ReturnDialog
from app.ui.loans_page import OVERDUE_BACK, OVERDUE_TEXT, SOON_BACK, LoansPage, item_loans_table

LENT = datetime(2026, 11, 2, 1, 30, tzinfo=UTC)
DUE = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def hoa(reg: Register):  # type: ignore[no-untyped-def]
    return schools.add_staff(reg, {"full_name": "Phạm Thị Hoa", "subject": "Khoa học tự nhiên"})


def item_id(reg: Register, code: str) -> str:
    found = equipment.find_by_asset_code(reg, code)
    assert found is not None
    return found.id


def lend(reg: Register, code: str, quantity: int, **kw: Any) -> str:
    data = {
        "borrower_name": "Phạm Thị Hoa",
        "class_name": "7A2",
        "lent_at": LENT,
        "due_at": DUE,
        "lines": [{"equipment_id": item_id(reg, code), "quantity": quantity}],
    }
    data.update(kw)
    return loans.lend(reg, data)[0].id


def scan(widget: Any, code: str) -> None:
    """What a USB scanner does: type the code, then Enter."""
    QTest.keyClicks(widget, code)
    QTest.keyClick(widget, Qt.Key.Key_Return)


# -- the lend dialog ----------------------------------------------------------------------


def test_lending_by_scanning_codes_into_the_dialog(qtbot, reg: Register, hoa, english) -> None:  # type: ignore[no-untyped-def]
    dialog = LendDialog(reg)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.borrower.setText("Phạm Thị Hoa")  # keyClicks types ASCII only
    assert dialog.borrower.staff_member() is not None
    QTest.keyClicks(dialog.class_name, "7A2")
    scan(dialog.scan, "TB-0003")
    assert dialog.isVisible(), "Enter in the scan box adds the item, it does not save"
    assert [item.asset_code for item, _spin in dialog.lines] == ["TB-0003"]
    assert dialog.table.item(0, 3).text() == "12 cái"  # available
    scan(dialog.scan, "tb-0002")  # any case, as a scanner may send it
    scan(dialog.scan, "TB-0002")  # a second scan of a lot: one more unit
    assert dialog.quantity(item_id(reg, "TB-0002")) == 2
    assert dialog.table.item(1, 3).text() == "5 cái"  # 6 less the broken one
    assert dialog.scan.text() == "" and "available" in dialog.message.text()
    dialog.lines[0][1].setValue(4)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()  # the shortcut works in the active window
    QTest.keyClick(dialog.scan, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == LendDialog.DialogCode.Accepted
    made = loans.list_loans(reg, LoanQuery(sort="asset_code", descending=False))
    assert [(r.asset_code, r.quantity, r.borrower_id) for r in made] == [
        ("TB-0002", 2, hoa.id),
        ("TB-0003", 4, hoa.id),
    ]
    assert made[0].class_name == "7A2"
    assert loans.lendable(reg, [item_id(reg, "TB-0003")])[item_id(reg, "TB-0003")].available == 8


# The offscreen platform cannot raise the suggestion popup nor give it the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_borrower_is_found_without_accents(qtbot, reg: Register, hoa) -> None:  # type: ignore[no-untyped-def]
    dialog = LendDialog(reg)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.borrower, "pham thi")
    assert dialog.borrower.model.stringList() == ["Phạm Thị Hoa"]
    popup = dialog.borrower.completer_.popup()
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.borrower.text() == "Phạm Thị Hoa"
    member = dialog.borrower.staff_member()
    assert member is not None and member.id == hoa.id
    dialog.borrower.setText("Cô Lan thực tập")
    assert dialog.borrower.staff_member() is None


def test_the_dialog_refuses_what_cannot_be_lent(qtbot, reg: Register, hoa, english) -> None:  # type: ignore[no-untyped-def]
    maintenance.record_maintenance(
        reg,
        {
            "equipment_id": item_id(reg, "TB-0001"),
            "kind": "repair",
            "performed_on": LENT.date(),
            "description": "Gửi đi thay bóng đèn",
            "result": "sent_out",
        },
    )
    dialog = LendDialog(reg)
    qtbot.addWidget(dialog)
    dialog.show()
    scan(dialog.scan, "TB-0001")  # in repair
    assert dialog.lines == []
    assert "đang sửa chữa" in dialog.message.text()
    scan(dialog.scan, "TB-9999")
    assert "No item" in dialog.message.text() and dialog.lines == []
    scan(dialog.scan, "TB-0005")
    dialog.lines[0][1].setValue(4)  # 3 globes in the register
    dialog.borrower.setText("Phạm Thị Hoa")
    dialog.try_save()
    assert dialog.result() != LendDialog.DialogCode.Accepted
    assert "còn 3 cái sẵn sàng cho mượn, không thể cho mượn 4" in dialog.errors()["lines"]
    assert loans.loan_ids(reg, LoanQuery(state=LoanState.ALL)) == []


def test_a_lend_without_borrower_shows_the_problem_beside_the_field(qtbot, reg: Register) -> None:  # type: ignore[no-untyped-def]
    dialog = LendDialog(reg, item_ids=[item_id(reg, "TB-0003")])
    qtbot.addWidget(dialog)
    assert len(dialog.lines) == 1  # opened with an item already on the list
    dialog.try_save()
    assert "Chưa ghi người mượn" in dialog.errors()["borrower_name"]
    assert loans.loan_ids(reg, LoanQuery(state=LoanState.ALL)) == []


def test_removing_an_item_from_the_list(qtbot, reg: Register) -> None:  # type: ignore[no-untyped-def]
    dialog = LendDialog(reg)
    qtbot.addWidget(dialog)
    for code in ("TB-0003", "TB-0005"):
        dialog.scan.setText(code)
        dialog.scan_entered()
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert [item.asset_code for item, _ in dialog.lines] == ["TB-0005"]
    assert dialog.table.rowCount() == 1


# -- the return dialog --------------------------------------------------------------------


def test_returning_part_of_a_loan_with_a_damaged_unit(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    loan_id = lend(reg, "TB-0003", 4)
    dialog = ReturnDialog(reg, loan_id)
    qtbot.addWidget(dialog)
    assert dialog.good.text() == "4"  # everything still out, by default
    dialog.good.setText("2")
    dialog.damaged.setText("1")
    assert "3 cái back now; 1 cái still out stay on loan." in dialog.tally.text()
    dialog.notes.setPlainText("Vỡ một vật kính")
    dialog.try_save()
    assert dialog.result() == ReturnDialog.DialogCode.Accepted
    row = loans.get_loan(reg, loan_id)
    assert (row.returned_good, row.returned_damaged, row.outstanding) == (2, 1, 1)
    item = equipment.get_equipment(reg, row.equipment_id)
    assert (item.qty_good, item.qty_broken) == (11, 1)


def test_the_return_dialog_refuses_more_than_is_out(qtbot, reg: Register) -> None:  # type: ignore[no-untyped-def]
    loan_id = lend(reg, "TB-0003", 2)
    dialog = ReturnDialog(reg, loan_id)
    qtbot.addWidget(dialog)
    dialog.good.setText("2")
    dialog.lost.setText("1")
    assert dialog.tally.styleSheet()  # shown in red
    dialog.try_save()
    assert "còn giữ 2 cái, không thể nhận trả 3" in dialog.errors()["good"]
    assert loans.get_loan(reg, loan_id).outstanding == 2


def test_the_due_time_can_be_moved(qtbot, reg: Register) -> None:  # type: ignore[no-untyped-def]
    loan_id = lend(reg, "TB-0005", 1)
    dialog = DueDialog(reg, loan_id)
    qtbot.addWidget(dialog)
    dialog.due.setDateTime(dialog.due.dateTime().addDays(3))
    dialog.try_save()
    assert loans.get_loan(reg, loan_id).due_at == DUE + timedelta(days=3)


# -- the page -----------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, reg: Register, english):  # type: ignore[no-untyped-def]
    widget = LoansPage(reg, Hub())
    qtbot.addWidget(widget)
    widget.clock = lambda: DUE + timedelta(hours=1)
    return widget


def colours(page: LoansPage, row: int) -> tuple[Any, Any]:
    index = page.model.index(row, 0)
    return (
        page.model.data(index, Qt.ItemDataRole.BackgroundRole),
        page.model.data(index, Qt.ItemDataRole.ForegroundRole),
    )


def test_overdue_loans_are_red_and_counted(page: LoansPage, reg: Register, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    late = lend(reg, "TB-0003", 2)  # due an hour before the page's clock
    soon = lend(reg, "TB-0005", 1, due_at=DUE + timedelta(hours=2))
    later = lend(reg, "TB-0002", 1, due_at=DUE + timedelta(days=2))
    page.refresh()
    qtmodeltester.check(page.model)
    rows = {page.model.id_at(r): r for r in range(page.model.rowCount())}
    back, text = colours(page, rows[late])
    assert back.color() == QColor(OVERDUE_BACK) and text.color() == QColor(OVERDUE_TEXT)
    assert colours(page, rows[soon])[0].color() == QColor(SOON_BACK)
    back, text = colours(page, rows[later])
    assert back is None and (text is None or text.color() != QColor(OVERDUE_TEXT))
    state = [c.key for c in page.model.columns].index("state")
    assert page.model.index(rows[late], state).data() == "Overdue by 1 hour"
    assert page.model.index(rows[soon], state).data() == "Due soon"
    assert page.overdue_button.text() == "1 overdue"
    assert "1 due within 2 hours" in page.count_label.text()
    page.overdue_button.click()
    assert page.model.ids() == [late]
    page.clock = lambda: DUE + timedelta(days=3)  # time passes: all three are late now
    page.refresh()
    assert page.overdue_button.text() == "3 overdue"


def test_the_filters_and_the_search(page: LoansPage, reg: Register) -> None:  # type: ignore[no-untyped-def]
    first = lend(reg, "TB-0003", 2)
    second = lend(reg, "TB-0005", 1, borrower_name="Nguyễn Đức Thắng", class_name="9A1")
    loans.return_loan(reg, {"loan_id": first, "good": 2})
    page.refresh()
    assert page.model.ids() == [second]  # open loans by default
    page.state_filter.set_value(LoanState.RETURNED)
    assert page.model.ids() == [first]
    page.state_filter.set_value(LoanState.ALL)
    page.search.setText("duc thang")
    page.refresh()
    assert page.model.ids() == [second]


def test_a_scanned_code_takes_the_item_back(page: LoansPage, reg: Register, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    loan_id = lend(reg, "TB-0003", 3)
    page.refresh()
    opened: list[str] = []

    def accept(dialog: ReturnDialog) -> int:  # the officer just presses Enter
        opened.append(dialog.loan.id)
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(ReturnDialog, "exec", accept)
    scan(page.search, "TB-0003")
    assert opened == [loan_id]
    assert not loans.get_loan(reg, loan_id).is_open
    assert page.search.text() == "" and page.model.ids() == []  # ready for the next scan


def test_a_scanned_item_not_on_loan_is_offered_for_lending(
    page: LoansPage, reg: Register, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    shown: list[list[str]] = []

    def question(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    def show(dialog: LendDialog) -> int:
        shown.append([item.asset_code for item, _ in dialog.lines])
        return 0

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(LendDialog, "exec", show)
    scan(page.search, "TB-0005")
    assert asked == ["TB-0005 – Quả địa cầu is not on loan. Lend it now?"]
    assert shown == [["TB-0005"]]


def test_taking_back_several_selected_loans_at_once(
    page: LoansPage, reg: Register, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = [lend(reg, "TB-0003", 2), lend(reg, "TB-0005", 3)]
    assert equipment.get_equipment(reg, item_id(reg, "TB-0005")).status == EquipmentStatus.ON_LOAN
    page.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectAll()
    page.return_selected()
    assert all(not loans.get_loan(reg, i).is_open for i in ids)
    assert equipment.get_equipment(reg, item_id(reg, "TB-0005")).status == EquipmentStatus.IN_USE


def test_an_items_page_lists_its_loans(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    back = lend(reg, "TB-0003", 2)
    loans.return_loan(reg, {"loan_id": back, "good": 1, "damaged": 1, "returned_at": DUE})
    lend(reg, "TB-0003", 3, borrower_name="Nguyễn Đức Thắng", due_at=LENT + timedelta(hours=1))
    table = item_loans_table(reg, item_id(reg, "TB-0003"))
    qtbot.addWidget(table)
    rows = {
        table.item(r, 1).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }
    assert set(rows) == {"Phạm Thị Hoa", "Nguyễn Đức Thắng"}
    assert rows["Phạm Thị Hoa"][5:7] == [fmt_date(DUE), "good 1, damaged 1"]
    assert rows["Nguyễn Đức Thắng"][5:7] == ["3 still out", ""]
    late = next(r for r in range(2) if table.item(r, 1).text() == "Nguyễn Đức Thắng")
    assert table.item(late, 0).foreground().color() == QColor(OVERDUE_TEXT)  # overdue now


# -- the book and the export from the menus ---------------------------------------------


def test_the_period_dialog_refuses_a_first_day_after_the_last(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LoanPeriodDialog("Loan book")
    qtbot.addWidget(dialog)
    assert dialog.since.value() == school_year_start(date.today())
    dialog.since.set_value(date(2026, 11, 30))
    dialog.until.set_value(date(2026, 11, 1))
    dialog._accept()
    assert dialog.result() != LoanPeriodDialog.DialogCode.Accepted and dialog.error.text()
    dialog.until.set_value(None)  # an open end
    dialog._accept()
    assert dialog.result() == LoanPeriodDialog.DialogCode.Accepted
    assert dialog.period == (date(2026, 11, 30), None)


@pytest.mark.parametrize(
    ("text", "suffix"), [("Loan book…", ".pdf"), ("Export the loans…", ".xlsx")]
)
def test_the_menus_print_and_export_the_chosen_period(  # type: ignore[no-untyped-def]
    qtbot, reg: Register, english, monkeypatch, tmp_path, text: str, suffix: str
) -> None:
    from app.ui.main_window import MainWindow

    lend(reg, "TB-0003", 2)
    window = MainWindow(reg)
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "b"), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: told.append(message))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    chosen: list[tuple[date | None, date | None] | None] = [None]  # cancelled first
    monkeypatch.setattr(loan_book_dialog, "ask_period", lambda _parent, _title: chosen[0])
    menus = [*window.reports.print_menu.actions(), *window.reports.excel_menu.actions()]
    (action,) = [a for a in menus if a.text().replace("&", "") == text]
    action.trigger()
    assert not (tmp_path / f"b{suffix}").exists()
    chosen[0] = (LENT.date(), LENT.date())
    action.trigger()
    out = tmp_path / f"b{suffix}"
    assert out.is_file() and told == []
    if suffix == ".pdf":
        assert out.read_bytes().startswith(b"%PDF")
    else:
        assert openpyxl.load_workbook(out).worksheets[0].max_row == 2  # header and the loan
