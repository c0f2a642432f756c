"""A searchable, filterable, sortable table page over an IdTableModel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.register import Register
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Source
from app.ui.labels import with_grouped_count

SEARCH_DELAY_MS = 150


class ListPage(QWidget):
    """Subclasses give columns and a data source, and add their filters and actions."""

    settings_key = "list"
    entity = ""
    model_class: type[IdTableModel] = IdTableModel  # a subclass may colour its rows
    selection_changed = Signal()

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.hub = hub
        self.lazy = ListPage.building_lazily
        self._unloaded = False
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.count_label = QLabel()
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        # Sorting is driven by hand (header click -> model.sort) so that setting up a
        # page runs its query once, not once per sort indicator change.
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 3)
        self.actions_bar = QHBoxLayout()
        self.actions_bar.addWidget(self.count_label)
        self.actions_bar.addStretch(1)
        self.actions_bar.addWidget(self.columns_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.actions_bar)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_entered)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.customContextMenuRequested.connect(self._context_menu)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter opens the row only while the table has focus (the search box has its own).
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current)
        hub.changed.connect(self._on_changed)

    # -- set-up by subclasses -----------------------------------------------------------

    def setup_model(self, columns: list[Column], source: Source, descending: bool = False) -> None:
        self.model = self.model_class(columns, source, self)
        self.model.set_sort(columns[0].key, descending)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(0, order)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        menu = QMenu(self)
        hidden = self._hidden_columns(columns)
        metrics = header.fontMetrics()
        for i, col in enumerate(columns):
            # Translated headers are often longer than the English ones: never cut them.
            needed = metrics.horizontalAdvance(col.header) + 28
            self.table.setColumnWidth(i, max(col.width, needed))
            action = QAction(col.header, menu, checkable=True)
            action.setChecked(col.key not in hidden)
            action.toggled.connect(lambda on, i=i: self._show_column(i, on))
            menu.addAction(action)
            self.table.setColumnHidden(i, col.key in hidden)
        self.columns_button.setMenu(menu)

    def add_button(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if shortcut is not None:
            # A hidden button's shortcut must not act (e.g. Delete in the deleted-items view).
            keys = QShortcut(QKeySequence(shortcut), self)
            keys.activated.connect(lambda: slot() if button.isVisibleTo(self) else None)
            button.setToolTip(
                QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            )
        self.actions_bar.addWidget(button)
        return button

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.columns[column].sortable:
            # Put the indicator back on the column the rows are really sorted by.
            keys = [c.key for c in self.model.columns]
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            previous = (
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(keys.index(self.model.sort_key), previous)
            header.blockSignals(False)
            return
        selected, current = self.selected_ids(), self.current_id()
        self.model.sort(column, order)
        self._reselect(selected, current)

    # -- data ---------------------------------------------------------------------------

    # -- loading only what is shown ---------------------------------------------------------

    # The main window's pages load when first shown, and a hidden one reloads when shown
    # again after a change: a start-up at 100,000 items does not run every page's queries.
    # Pages built on their own (dialogs, tests) load at once.
    building_lazily = False  # set by MainWindow while it builds its pages

    @classmethod
    @contextmanager
    def built_lazily(cls) -> Iterator[None]:
        cls.building_lazily = True
        try:
            yield
        finally:
            cls.building_lazily = False

    def deferred(self) -> bool:
        """True (and the page marked to load when shown) when it should not load now."""
        if self.lazy and not self.isVisible():
            self._unloaded = True
            return True
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._unloaded:
            self._unloaded = False
            self.refresh()

    def refresh(self) -> None:
        if self.deferred():
            return
        selected = self.selected_ids()
        current = self.current_id() if hasattr(self, "model") else None
        self.model.refresh()
        count = self.model.rowCount()
        self.count_label.setText(with_grouped_count(self.count_text(count), count))
        self._reselect(selected, current)

    def count_text(self, count: int) -> str:
        return self.tr("%n row(s)", "", count)

    def _reselect(self, ids: list[str], current: str | None = None) -> None:
        selection = self.table.selectionModel()
        for item_id in ids[:200]:
            row = self.model.row_of(item_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        # Keep the current row too, so F2, Enter and the arrow keys go on from it.
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            index = self.model.index(row, max(self.table.currentIndex().column(), 0))
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)

    def selected_ids(self) -> list[str]:
        if not hasattr(self, "model"):
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _on_changed(self, entity: str, _ids: list[str]) -> None:
        if entity in self.refresh_on():
            self.refresh()

    def refresh_on(self) -> set[str]:
        return {self.entity}

    # -- user actions -------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_entered(self) -> None:
        self._timer.stop()
        self.refresh()
        if self.model.rowCount() == 1:
            self.table.selectRow(0)
            self.open_current()
        elif self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def open_current(self) -> None:
        """Open the current row (double-click or Enter)."""

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        """(menu text, action) for the table's right-click menu."""
        return []

    def context_actions(self) -> list[QAction]:
        actions = []
        for text, slot in self.context_pairs():
            action = QAction(text, self)
            action.triggered.connect(slot)
            actions.append(action)
        return actions

    def _context_menu(self, pos: Any) -> None:
        actions = self.context_actions()
        if actions:
            menu = QMenu(self)
            menu.addActions(actions)
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def change(self, entity: str, ids: list[str], action: Callable[[], object]) -> None:
        """Run a service call on the selected rows; show its refusal, or announce it."""
        if not ids:
            return
        try:
            action()
        except ServiceError as exc:
            self.show_error(exc)
            return
        self.notify(entity, ids)

    def notify(self, entity: str, ids: list[str]) -> None:
        self.hub.changed.emit(entity, ids)

    def show_error(self, exc: ServiceError) -> None:
        QMessageBox.warning(self, self.window().windowTitle(), exc.message)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.window().windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- column choice ------------------------------------------------------------------

    def _hidden_columns(self, columns: list[Column]) -> set[str]:
        stored = QSettings().value(f"{self.settings_key}/hidden_columns")
        if stored is None:
            return {c.key for c in columns if not c.visible}
        if isinstance(stored, str):
            return {stored} if stored else set()
        return set(stored)

    def _show_column(self, index: int, on: bool) -> None:
        self.table.setColumnHidden(index, not on)
        hidden = [c.key for i, c in enumerate(self.model.columns) if self.table.isColumnHidden(i)]
        QSettings().setValue(f"{self.settings_key}/hidden_columns", hidden)
