"""Chốt kiểm kê: what finalising a count changes in the register, then doing it.

The plan (every line against its item now) and the finalising itself run off the UI
thread with a progress bar: a whole-school count has 10,000 lines or more. The dialog
lists the changes, the lines nobody counted (finalising needs the officer's word that
they were looked for), and the items changed in the register since the count opened;
it says which clock stamps the result, and asks before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import inventory_finalise as fin
from app.services.errors import ServiceError
from app.services.inventory_finalise import Change, Figures, FinalisePlan
from app.services.inventory_lines import LineRow
from app.services.register import Register
from app.ui import tasks
from app.ui.forms.base import ERROR_STYLE
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Source
from app.ui.labels import fmt_date, fmt_int


def _arrow(before: int, after: int) -> str:
    return fmt_int(after) if before == after else f"{fmt_int(before)} → {fmt_int(after)}"


def _figures(f: Figures) -> str:
    return "/".join(fmt_int(v) for v in (f.quantity, f.good, f.minor_damage, f.broken, f.lost))


def _book(line: LineRow) -> str:
    values = (
        line.book_quantity,
        line.book_good,
        line.book_minor_damage,
        line.book_broken,
        line.book_lost,
    )
    return "/".join(fmt_int(v) for v in values)


def list_model(columns: list[Column], rows: Sequence[Any], parent: Any) -> IdTableModel:
    """A table over rows already in memory (the plan's lists), painted as they show."""
    keyed = {str(i): row for i, row in enumerate(rows)}
    order = list(keyed)
    model = IdTableModel(
        columns, Source(lambda _s, _d: order, lambda ids: {i: keyed[i] for i in ids}), parent
    )
    model.refresh()
    return model


class FinaliseDialog(QDialog):
    print_requested = Signal(str)  # the count's id: its minutes

    def __init__(
        self,
        reg: Register,
        hub: Hub,
        count_id: str,
        parent: QWidget | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.reg = reg
        self.hub = hub
        self.count_id = count_id
        self.confirm = confirm or self._ask
        self.plan: FinalisePlan | None = None
        self.finalised: fin.Finalised | None = None
        self.setWindowTitle(self.tr("Finalise the inventory count"))
        self.resize(1000, 680)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        rule = QLabel(
            self.tr(
                "Finalising writes the counted figures into the register, in one step: "
                "each item gets the units found by condition (units out on loan count as "
                "good); units not found are recorded as lost; units above the book's "
                "quantity are added; an item found in another room moves there. An item "
                "nobody counted is not taken as missing unless you confirm below that the "
                "committee looked for it. Items disposed of or deleted since the count "
                "opened are left alone. The count then becomes read-only."
            )
        )
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #444;")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.drift = QLabel()
        self.drift.setObjectName("drift")
        self.drift.setWordWrap(True)
        self.drift.setStyleSheet("background: #fff4e0; color: #7a4a00; padding: 6px;")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.clock.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.confirm_missing = QCheckBox()
        self.confirm_missing.setObjectName("confirm_missing")
        self.confirm_missing.toggled.connect(lambda _on: self.load_plan())

        self.tabs = QTabWidget()
        self.changes_view = self._view()
        self.uncounted_view = self._view()
        self.drift_view = self._view()
        self.tabs.addTab(self.changes_view, "")
        self.tabs.addTab(self.uncounted_view, "")
        self.tabs.addTab(self.drift_view, "")

        self.conclusion = QPlainTextEdit()
        self.conclusion.setObjectName("conclusion")
        self.conclusion.setTabChangesFocus(True)
        self.conclusion.setFixedHeight(70)
        self.conclusion.setPlaceholderText(
            self.tr("The committee's conclusion and proposals, as the minutes print them")
        )
        self.print_button = QPushButton(self.tr("&Print draft minutes…"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.count_id))
        self.finalise_button = QPushButton(self.tr("&Finalise…"))
        self.finalise_button.setObjectName("finalise")
        self.finalise_button.clicked.connect(self.finalise)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(rule)
        layout.addWidget(self.summary)
        layout.addWidget(self.drift)
        layout.addWidget(self.confirm_missing)
        layout.addWidget(self.tabs, 1)
        conclusion_caption = QLabel(self.tr("C&onclusion of the committee:"))
        conclusion_caption.setBuddy(self.conclusion)
        layout.addWidget(conclusion_caption)
        layout.addWidget(self.conclusion)
        layout.addWidget(self.clock)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.finalise_button.setEnabled(False)
        self.confirm_missing.hide()
        self.drift.hide()
        self.problems.hide()
        self._conclusion_loaded = False
        self._failure = ""  # why the last finalise was refused, shown with the plan
        self.load_plan()

    def _view(self) -> QTableView:
        view = QTableView()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    # -- the plan -----------------------------------------------------------------------

    def load_plan(self) -> None:
        """Work out what finalising would do (off the UI thread); nothing is written."""
        self.finalise_button.setEnabled(False)
        confirm = self.confirm_missing.isChecked()
        tasks.runner.run(
            lambda _progress: fin.finalise_plan(self.reg, self.count_id, confirm),
            self.show_plan,
            self._plan_failed,
            parent=self,
            label=self.tr("Comparing the count with the register…"),
        )

    def _plan_failed(self, exc: Exception) -> None:
        text = exc.message if isinstance(exc, ServiceError) else str(exc)
        self.problems.setText(text)
        self.problems.show()

    def show_plan(self, plan: FinalisePlan) -> None:
        self.plan = plan
        count = plan.count
        self.heading.setText(
            self.tr("Finalise «%1» (%2)").replace("%1", count.title)
            .replace("%2", fmt_date(count.counted_on))
        )  # fmt: skip
        if not self._conclusion_loaded:
            self.conclusion.setPlainText(count.conclusion)
            self._conclusion_loaded = True
        lost = sum(c.newly_lost for c in plan.missing)
        surplus = sum(c.surplus for c in plan.surplus)
        recovered = sum(c.recovered for c in plan.recovered)
        lines = [
            self.tr("%1 of %2 lines counted.").replace("%1", fmt_int(plan.counted))
            .replace("%2", fmt_int(plan.lines)),
            self.tr("%n item(s) change in the register:", "", len(plan.changes)),
            " · ".join(
                [
                    self.tr("%1 unit(s) not found, recorded as lost").replace("%1", fmt_int(lost)),
                    self.tr("%1 unit(s) found again").replace("%1", fmt_int(recovered)),
                    self.tr("%1 unit(s) more than the book").replace("%1", fmt_int(surplus)),
                    self.tr("%n item(s) move room", "", len(plan.moved)),
                    self.tr("%n change condition", "", len(plan.condition)),
                    self.tr("%n extra item(s)", "", len(plan.extra)),
                    self.tr("%1 unit(s) proposed for disposal").replace(
                        "%1", fmt_int(plan.to_dispose)
                    ),
                ]
            ),
        ]  # fmt: skip
        if plan.gone:
            lines.append(
                self.tr(
                    "%n item(s) were disposed of or deleted since the count opened: left alone.",
                    "",
                    len(plan.gone),
                )
            )
        self.summary.setText("\n".join(lines))
        drift = len(plan.changed_since_open)
        self.drift.setText(
            self.tr(
                "%n item(s) were changed in the register after the count opened (a loan "
                "returned, an edit, a repair). Their counted figures apply over their "
                "figures of now; the minutes show both. Check them in the last tab.",
                "",
                drift,
            )
        )
        self.drift.setVisible(bool(drift))
        uncounted = len(plan.uncounted)
        self.confirm_missing.setText(
            self.tr(
                "The committee looked for the %n item(s) not counted and did not find "
                "them: record their units as lost.",
                "",
                uncounted,
            )
        )
        self.confirm_missing.setVisible(bool(uncounted) or plan.confirm_missing)
        self._fill_tables(plan)
        self._show_clock(count.counted_on)
        problems = [*plan.problems, *([self._failure] if self._failure else [])]
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.finalise_button.setEnabled(plan.can_finalise)

    def _fill_tables(self, plan: FinalisePlan) -> None:
        what = self._change_words
        changes = [
            Column("code", self.tr("Asset code"), lambda c: c.line.asset_code, width=100),
            Column("name", self.tr("Item"), lambda c: c.line.name, width=220),
            Column(
                "qty",
                self.tr("Quantity"),
                lambda c: _arrow(c.before.quantity, c.after.quantity),
                width=80,
            ),
            Column("good", self.tr("Good"), lambda c: _arrow(c.before.good, c.after.good)),
            Column(
                "minor",
                self.tr("Minor dmg."),
                lambda c: _arrow(c.before.minor_damage, c.after.minor_damage),
            ),
            Column("broken", self.tr("Broken"), lambda c: _arrow(c.before.broken, c.after.broken)),
            Column("lost", self.tr("Lost"), lambda c: _arrow(c.before.lost, c.after.lost)),
            Column("room", self.tr("Room"), self._room_words, width=130),
            Column("what", self.tr("What changes"), what, width=260),
        ]
        uncounted = [
            Column("code", self.tr("Asset code"), lambda r: r.asset_code, width=100),
            Column("name", self.tr("Item"), lambda r: r.name, width=260),
            Column("room", self.tr("Book room"), lambda r: r.book_room_code or "", width=90),
            Column("qty", self.tr("Book qty"), lambda r: fmt_int(r.book_quantity), True),
        ]
        drift = [
            Column("code", self.tr("Asset code"), lambda d: d[0].asset_code, width=100),
            Column("name", self.tr("Item"), lambda d: d[0].name, width=260),
            Column(
                "open",
                self.tr("When the count opened (qty/good/minor/broken/lost)"),
                lambda d: _book(d[0]),
                width=230,
            ),
            Column("now", self.tr("In the register now"), lambda d: _figures(d[1]), width=150),
        ]
        views: tuple[tuple[QTableView, list[Column], Sequence[Any], str], ...] = (
            (self.changes_view, changes, plan.changes, self.tr("Changes to the register (%1)")),
            (self.uncounted_view, uncounted, plan.uncounted, self.tr("Not counted (%1)")),
            (
                self.drift_view,
                drift,
                plan.changed_since_open,
                self.tr("Changed since the count opened (%1)"),
            ),
        )
        for i, (view, columns, rows, title) in enumerate(views):
            view.setModel(list_model(columns, rows, view))
            for c, col in enumerate(columns):
                view.setColumnWidth(c, max(col.width, 70))
            self.tabs.setTabText(i, title.replace("%1", fmt_int(len(rows))))

    def _room_words(self, change: Change) -> str:
        if not change.moved:
            return change.before_room_code or ""
        rooms = self._room_codes()
        target = rooms.get(change.after.room_id or "", self.tr("no room"))
        return f"{change.before_room_code or self.tr('no room')} → {target}"

    def _room_codes(self) -> dict[str, str]:
        if not hasattr(self, "_codes"):
            from app.services.rooms import list_rooms

            self._codes = {r.id: r.code for r in list_rooms(self.reg, include_deleted=True)}
        return self._codes

    def _change_words(self, change: Change) -> str:
        parts: list[str] = []
        if change.confirmed_missing:
            parts.append(
                self.tr("not counted: %1 recorded as lost").replace(
                    "%1", fmt_int(change.newly_lost)
                )
            )
        elif change.newly_lost:
            parts.append(self.tr("%1 not found").replace("%1", fmt_int(change.newly_lost)))
        if change.recovered:
            parts.append(self.tr("%1 found again").replace("%1", fmt_int(change.recovered)))
        if change.surplus:
            parts.append(self.tr("%1 more").replace("%1", fmt_int(change.surplus)))
        if change.condition_changed:
            parts.append(self.tr("condition"))
        if change.moved:
            parts.append(self.tr("moves room"))
        if not change.line.expected:
            parts.append(self.tr("extra"))
        return ", ".join(parts)

    def _show_clock(self, counted_on: date) -> None:
        now = datetime.now().astimezone()
        text = self.tr(
            "The result is stamped %1 by this PC's clock. If that is not today, correct the "
            "PC's date and time first."
        ).replace("%1", now.strftime("%d/%m/%Y %H:%M"))
        warn = now.date() < counted_on
        if warn:
            text = (
                self.tr("This PC's date (%1) is before the count's date (%2).")
                .replace("%1", fmt_date(now.date()))
                .replace("%2", fmt_date(counted_on))
                + " "
                + text
            )
        self.clock.setText(text)
        self.clock.setStyleSheet(ERROR_STYLE if warn else "color: #444;")

    # -- finalising -----------------------------------------------------------------------

    def finalise(self) -> None:
        plan = self.plan
        if plan is None or not plan.can_finalise:
            return
        lost = sum(c.newly_lost for c in plan.missing)
        question = (
            self.tr(
                "Apply the count to the register now? %n item(s) change: ", "", len(plan.changes)
            )
            + self.tr(
                "%1 unit(s) recorded as lost, %2 added, %3 item(s) moved. The count then "
                "becomes read-only. This cannot be undone."
            )
            .replace("%1", fmt_int(lost))
            .replace("%2", fmt_int(sum(c.surplus for c in plan.surplus)))
            .replace("%3", fmt_int(len(plan.moved)))
            + "\n\n"
            + self.clock.text()
        )
        if not self.confirm(question):
            return
        self.finalise_button.setEnabled(False)
        confirm_missing = plan.confirm_missing
        conclusion = self.conclusion.toPlainText()
        version = plan.count.version
        tasks.runner.run(
            lambda progress: fin.finalise_count(
                self.reg,
                self.count_id,
                confirm_missing=confirm_missing,
                conclusion=conclusion,
                expected_version=version,
                progress=progress,
            ),
            self._finalised,
            self._finalise_failed,
            parent=self,
            label=self.tr("Finalising the count…"),
        )

    def _finalised(self, result: fin.Finalised) -> None:
        self.finalised = result
        if result.item_ids:
            self.hub.changed.emit("equipment", list(result.item_ids))
        self.hub.changed.emit("inventory_count", [self.count_id])
        if self.confirm(
            self.tr("The count is finalised: %n item(s) changed in the register.", "",
                    result.items_changed)
            + "\n\n"
            + self.tr("Print the minutes now?")
        ):  # fmt: skip
            self.print_requested.emit(self.count_id)
        self.accept()

    def _finalise_failed(self, exc: Exception) -> None:
        text = exc.message if isinstance(exc, ServiceError) else str(exc)
        self._failure = self.tr("Nothing was changed.") + " " + text
        self.load_plan()  # the register may have changed: show the plan of now

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes
