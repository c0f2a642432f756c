"""A form dialog whose fields show their own error message beneath them."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, VersionConflict
from app.ui.forms.fields import FieldValueError

ERROR_STYLE = "color: #b3261e;"
W = TypeVar("W", bound=QWidget)


class FieldRow(QWidget):
    """A field widget with its (normally hidden) error message beneath it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class FormDialog(QDialog):
    """Subclasses add fields with ``add_field`` and implement ``collect`` and ``save``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._rows: dict[str, FieldRow] = {}
        self._tab_of: dict[str, int] = {}
        self.tabs: QTabWidget | None = None
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.summary)
        self.saved_result: Any = None
        self._opened: dict[str, str] = {}  # each field as shown when the row was loaded

    # -- building -----------------------------------------------------------------------

    def new_form(self, tab_title: str | None = None) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if tab_title is None:
            self._layout.addLayout(form)
            return form
        if self.tabs is None:
            self.tabs = QTabWidget()
            self._layout.addWidget(self.tabs)
        page = QWidget()
        page.setLayout(form)
        self.tabs.addTab(page, tab_title)
        return form

    def add_field(self, form: QFormLayout, name: str, label: str, widget: W) -> W:
        row = FieldRow(widget)
        self._rows[name] = row
        if self.tabs is not None:
            self._tab_of[name] = self.tabs.count() - 1
        form.addRow(label, row)
        caption = form.labelForField(row)
        if isinstance(caption, QLabel):
            caption.setBuddy(widget)
        self._watch(widget)
        return widget

    def finish_layout(self) -> None:
        self._layout.addWidget(self.buttons)

    def remember_opened(self) -> None:
        """Note what the fields show now (the row as loaded), to tell later which ones
        the user changed."""
        self._opened = {name: field_text(row.widget) for name, row in self._rows.items()}

    def field(self, name: str) -> QWidget:
        return self._rows[name].widget

    def _watch(self, widget: QWidget) -> None:
        # Once errors are showing, each edit re-checks the form so messages go away.
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._recheck)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._recheck)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._recheck)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._recheck)

    # -- errors -------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        return {name: row.error.text() for name, row in self._rows.items() if row.error.text()}

    def clear_errors(self) -> None:
        for row in self._rows.values():
            row.set_error(None)
        self.summary.hide()

    def show_errors(self, message: str, fields: dict[str, str]) -> None:
        self.clear_errors()
        unplaced = [text for name, text in fields.items() if name not in self._rows]
        for name, text in fields.items():
            if name in self._rows:
                self._rows[name].set_error(text)
        summary = " ".join(unplaced) if unplaced else ""
        if not fields:
            summary = message
        if summary:
            self.summary.setText(summary)
            self.summary.show()
        # Wrapped messages need room: let the dialog grow to fit them (never shrink it:
        # a dialog the officer made large, or one with a long list, keeps its size).
        before = self.size()
        self._layout.activate()
        self.adjustSize()
        self.resize(self.size().expandedTo(before))
        first = next((n for n in self._rows if n in fields), None)
        if first is not None:
            if self.tabs is not None and first in self._tab_of:
                self.tabs.setCurrentIndex(self._tab_of[first])
            self._rows[first].widget.setFocus()

    def _recheck(self, *_args: Any) -> None:
        if not self.errors() and self.summary.isHidden():
            return
        try:
            self.check(self.read_fields())
        except ServiceError as exc:
            self.show_errors(exc.message, exc.fields)
        else:
            self.clear_errors()

    # -- reading and saving -------------------------------------------------------------

    def read_fields(self) -> dict[str, Any]:
        """The form's values; a field that cannot be read raises ServiceError for it."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, value_of in self.collect().items():
            try:
                values[name] = value_of()
            except FieldValueError as exc:
                problems[name] = str(exc)
        if problems:
            # Show every problem at once: also check the fields that could be read.
            try:
                self.check(values)
            except ServiceError as exc:
                for name, text in exc.fields.items():
                    problems.setdefault(name, text)
            raise ServiceError(" ".join(problems.values()), problems)
        return values

    def collect(self) -> dict[str, Any]:
        """{field name: callable returning its value}."""
        raise NotImplementedError

    def check(self, values: dict[str, Any]) -> None:
        """Schema-only validation for live messages (no database)."""

    def save(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def reload(self) -> bool:
        """Read the row again and fill every field from it; False if it is gone."""
        return False

    def try_save(self) -> None:
        try:
            values = self.read_fields()
            self.saved_result = self.save(values)
        except VersionConflict as exc:
            self._merge_newer(exc)
            return
        except ServiceError as exc:
            self.show_errors(exc.message, exc.fields)
            return
        self.accept()

    def _merge_newer(self, exc: VersionConflict) -> None:
        """Someone else saved the row meanwhile (often a pulled sync): take their values
        for the fields the user left alone, keep what the user typed in the others,
        and point at the fields both changed. The next Save writes the merge."""
        typed = {name: field_text(row.widget) for name, row in self._rows.items()}
        mine = {name for name, text in typed.items() if text != self._opened.get(name)}
        if not self.reload():
            self.show_errors(exc.message, {})
            return
        newer = {name: field_text(row.widget) for name, row in self._rows.items()}
        both = {name for name in mine if newer[name] != self._opened.get(name)}
        shown = {name: field_display(self._rows[name].widget) for name in both}
        for name in mine:
            set_field_text(self._rows[name].widget, typed[name])
        self._opened = newer
        message = self.tr(
            "This was changed elsewhere (for example by a sync) while you edited it. "
            "The fields you did not touch now show the newest values; yours are kept. "
            "Check them and save again."
        )
        self.show_errors(
            message,
            {
                name: self.tr("Changed elsewhere to: %1").replace("%1", shown[name] or "—")
                for name in both
            },
        )
        self.summary.setText(message)  # beside any field notes: say why the form changed
        self.summary.show()


def field_text(widget: QWidget) -> str:
    """A field's content as text, whatever the widget (to compare and restore it)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return str(widget.currentIndex())
    if isinstance(widget, QCheckBox):
        return "1" if widget.isChecked() else ""
    return ""


def field_display(widget: QWidget) -> str:
    """What a field shows, as a person reads it (a choice's caption, not its index)."""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QCheckBox):
        return "✓" if widget.isChecked() else "✗"
    return field_text(widget)


def set_field_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(int(text))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(text))


def text_area(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit
