"""Choose what to label and the sticker sheet for QR labels: the selected items or
every item of a room; a preset, or rows, columns, margins and gaps.

Only the choice: the caller (the Print menu) makes the PDF with what layout_chosen()
and room_chosen() give back. The last sheet used is remembered, since a school keeps
buying the same one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.reports.labels import DEFAULT_PRESET, PRESETS, LabelLayout
from app.services.errors import ServiceError

SETTINGS_KEY = "labels/layout"
_MM_FIELDS = ("top", "bottom", "left", "right", "column_gap", "row_gap")
MAX_COUNT = 30  # rows or columns: far beyond any sheet, well above what validate allows
MAX_MM = 150.0


def _mm_box(object_name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(object_name)
    box.setRange(0.0, MAX_MM)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    return box


def _count_box(object_name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(object_name)
    box.setRange(1, MAX_COUNT)
    return box


class LabelDialog(QDialog):
    """The "Print QR labels" dialog: returns the chosen sheet through layout_chosen()
    and, when the caller offers ``rooms`` ((label, room id) pairs), the room whose
    items to label through room_chosen() (None: the ``selected`` items)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        layout: LabelLayout | None = None,
        *,
        rooms: Sequence[tuple[str, str]] = (),
        selected: int = 0,
        room_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print QR labels"))
        self.scope = QGroupBox(self.tr("Print labels for"))
        self.scope.setObjectName("scope")
        self.selected_items = QRadioButton(self.tr("the %n selected item(s)", "", selected))
        self.selected_items.setObjectName("selected_items")
        self.room_items = QRadioButton(self.tr("every item in the room"))
        self.room_items.setObjectName("room_items")
        self.room = QComboBox()
        self.room.setObjectName("room")
        for text, rid in rooms:
            self.room.addItem(text, rid)
        if room_id is not None and self.room.findData(room_id) >= 0:
            self.room.setCurrentIndex(self.room.findData(room_id))
        scope = QGridLayout(self.scope)
        scope.addWidget(self.selected_items, 0, 0, 1, 2)
        scope.addWidget(self.room_items, 1, 0)
        scope.addWidget(self.room, 1, 1)
        scope.setColumnStretch(1, 1)
        self.selected_items.setEnabled(selected > 0)
        self.room_items.setEnabled(bool(rooms))
        # The selection when there is one; a room otherwise (nothing else to print).
        (self.selected_items if selected > 0 or not rooms else self.room_items).setChecked(True)
        self.scope.setVisible(bool(rooms))  # a caller offering no room: the sheet only
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        for name in PRESETS:
            self.preset.addItem(name, name)
        self.preset.addItem(self.tr("Custom"), None)

        self.columns = _count_box("columns")
        self.rows = _count_box("rows")
        self.top = _mm_box("top")
        self.bottom = _mm_box("bottom")
        self.left = _mm_box("left")
        self.right = _mm_box("right")
        self.column_gap = _mm_box("column_gap")
        self.row_gap = _mm_box("row_gap")

        sheet = QFormLayout()
        sheet.addRow(self.tr("Sticker sheet"), self.preset)
        sheet.addRow(self.tr("Columns"), self.columns)
        sheet.addRow(self.tr("Rows"), self.rows)
        margins = QGroupBox(self.tr("Page margins and gaps"))
        grid = QGridLayout(margins)
        pairs = [
            (self.tr("Top"), self.top, self.tr("Bottom"), self.bottom),
            (self.tr("Left"), self.left, self.tr("Right"), self.right),
            (
                self.tr("Between columns"),
                self.column_gap,
                self.tr("Between rows"),
                self.row_gap,
            ),
        ]
        for r, (text_a, box_a, text_b, box_b) in enumerate(pairs):
            grid.addWidget(QLabel(text_a), r, 0)
            grid.addWidget(box_a, r, 1)
            grid.addWidget(QLabel(text_b), r, 2)
            grid.addWidget(box_b, r, 3)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Measure your sticker sheet, or pick its size from the list. "
                "Each label gets the item's QR code, asset code, name and the school's name."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(self.scope)
        box.addLayout(sheet)
        box.addWidget(margins)
        box.addWidget(self.summary)
        box.addWidget(hint)
        box.addWidget(self.buttons)

        self._filling = False
        self._show(layout or _saved_layout())
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        for spin in self._boxes().values():
            spin.valueChanged.connect(self._edited)
        self.room_items.toggled.connect(self.room.setEnabled)
        self.room.setEnabled(self.room_items.isChecked())

    def room_chosen(self) -> str | None:
        """The room whose live items to label, or None for the selected items."""
        if self.scope.isHidden() or not self.room_items.isChecked():
            return None
        data = self.room.currentData()
        return str(data) if data is not None else None

    # -- the boxes <-> a LabelLayout -------------------------------------------------------

    def _boxes(self) -> dict[str, QSpinBox | QDoubleSpinBox]:
        return {
            "rows": self.rows,
            "columns": self.columns,
            "top": self.top,
            "bottom": self.bottom,
            "left": self.left,
            "right": self.right,
            "column_gap": self.column_gap,
            "row_gap": self.row_gap,
        }

    def layout_chosen(self) -> LabelLayout:
        return LabelLayout(
            rows=self.rows.value(),
            columns=self.columns.value(),
            top=self.top.value(),
            bottom=self.bottom.value(),
            left=self.left.value(),
            right=self.right.value(),
            column_gap=self.column_gap.value(),
            row_gap=self.row_gap.value(),
        )

    def _show(self, layout: LabelLayout) -> None:
        self._filling = True  # one summary at the end, and no switch to "Custom" meanwhile
        for name, value in asdict(layout).items():
            self._boxes()[name].setValue(value)
        self._filling = False
        self._edited()

    def _preset_chosen(self, _index: int) -> None:
        name = self.preset.currentData()
        if name is not None and not self._filling:
            self._show(PRESETS[name])

    def _edited(self) -> None:
        if self._filling:
            return
        layout = self.layout_chosen()
        # The list names the sheet these numbers make (or "Custom").
        match = next((n for n, p in PRESETS.items() if p == layout), None)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(match))
        self.preset.blockSignals(False)
        ok = True
        try:
            layout.validate()
        except ServiceError as exc:
            ok = False
            self.summary.setText(exc.message)
            self.summary.setStyleSheet("color: #b00020;")
        if ok:
            self.summary.setText(
                self.tr("Each label: %1 × %2 mm, %3 labels per A4 page.")
                .replace("%1", self.locale().toString(layout.label_width, "f", 1))
                .replace("%2", self.locale().toString(layout.label_height, "f", 1))
                .replace("%3", str(layout.per_page))
            )
            self.summary.setStyleSheet("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        layout = self.layout_chosen()
        try:
            layout.validate()
        except ServiceError:
            return
        QSettings().setValue(SETTINGS_KEY, asdict(layout))
        super().accept()


def _saved_layout() -> LabelLayout:
    """The sheet used last time, else the default preset."""
    stored = QSettings().value(SETTINGS_KEY)
    if isinstance(stored, dict):
        try:
            # QSettings (INI) may hand numbers back as text.
            layout = LabelLayout(
                rows=int(stored["rows"]),
                columns=int(stored["columns"]),
                **{name: float(stored[name]) for name in _MM_FIELDS},
            )
            layout.validate()
            return layout
        except (KeyError, TypeError, ValueError, ServiceError):
            pass
    return PRESETS[DEFAULT_PRESET]
