"""Import a register from Excel, step by step: file, sheet and header, columns, check,
import. Nothing is written before the last step, and then all rows or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.reports import excel_import as ei
from app.reports.vocabulary import vn_number
from app.services.errors import ServiceError
from app.services.register import Register
from app.ui.tasks import runner

HEADER_COLOUR = QColor("#cfe3ff")
ERROR_STYLE = "color: #b00020;"


def field_names() -> dict[str, str]:
    """The import fields as the interface names them ("" = not imported); written out
    in full, as the translation extractor only sees literal contexts."""
    return {
        "": QCoreApplication.translate("ImportDialog", "(not imported)"),
        "asset_code": QCoreApplication.translate("ImportDialog", "Asset code"),
        "name": QCoreApplication.translate("ImportDialog", "Name"),
        "catalogue_code": QCoreApplication.translate("ImportDialog", "Catalogue code"),
        "category": QCoreApplication.translate("ImportDialog", "Category"),
        "subject": QCoreApplication.translate("ImportDialog", "Subject"),
        "grades": QCoreApplication.translate("ImportDialog", "Grades"),
        "brand": QCoreApplication.translate("ImportDialog", "Brand"),
        "model": QCoreApplication.translate("ImportDialog", "Model"),
        "serial": QCoreApplication.translate("ImportDialog", "Serial number"),
        "origin": QCoreApplication.translate("ImportDialog", "Country of origin"),
        "supplier": QCoreApplication.translate("ImportDialog", "Supplier"),
        "room": QCoreApplication.translate("ImportDialog", "Room (code or name)"),
        "unit": QCoreApplication.translate("ImportDialog", "Unit"),
        "quantity": QCoreApplication.translate("ImportDialog", "Quantity"),
        "qty_good": QCoreApplication.translate("ImportDialog", "Quantity in good condition"),
        "qty_minor_damage": QCoreApplication.translate("ImportDialog", "Quantity slightly damaged"),
        "qty_broken": QCoreApplication.translate("ImportDialog", "Quantity broken"),
        "qty_lost": QCoreApplication.translate("ImportDialog", "Quantity lost"),
        "unit_price": QCoreApplication.translate("ImportDialog", "Unit price"),
        "line_total": QCoreApplication.translate(
            "ImportDialog", "Line total (gives the unit price when missing)"
        ),
        "funding_source": QCoreApplication.translate("ImportDialog", "Funding source"),
        "acquired_on": QCoreApplication.translate("ImportDialog", "Purchase date"),
        "in_service_on": QCoreApplication.translate(
            "ImportDialog", "In service since (year or date)"
        ),
        "warranty_until": QCoreApplication.translate("ImportDialog", "Warranty until"),
        "status": QCoreApplication.translate("ImportDialog", "Status"),
        "condition": QCoreApplication.translate(
            "ImportDialog", "Condition (good, broken… or a status)"
        ),
        "notes": QCoreApplication.translate("ImportDialog", "Notes"),
    }


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


# == 1. the file =======================================================================


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.setTitle(self.tr("Choose the Excel file"))
        self.setSubTitle(
            self.tr(
                "The register as your school keeps it in Excel (.xlsx). Nothing is written "
                "to the register until the last step."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("e.g. C:\\Users\\…\\so-thiet-bi.xlsx"))
        self.error = _error_label()
        self.path.textChanged.connect(lambda _t: _show_error(self.error, ""))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(self.error)
        tips = QLabel(
            self.tr(
                "Tips: an old .xls file must first be saved as .xlsx in Excel; remove the "
                "password of a protected workbook. The program finds the header row, the "
                "columns, Vietnamese numbers (1.200.000) and dates (15/08/2022) by itself, "
                "and skips total and signature rows."
            )
        )
        tips.setWordWrap(True)
        tips.setStyleSheet("color: #555;")
        layout.addWidget(tips)
        layout.addStretch(1)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Excel file"),
            str(Path(self.path.text()).parent) if self.path.text() else "",
            self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.dialog.source = ei.open_workbook(Path(self.path.text().strip()))
        except ServiceError as exc:
            _show_error(self.error, exc.message)
            return False
        _show_error(self.error, "")
        return True


# == 2. the sheet and its header row ===================================================


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(
            self.tr(
                "Check the sheet and the row with the column names (highlighted). "
                "Data is read from the row below it."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        form.addRow(self.tr("Sheet"), self.sheet)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("header_row")
        self.header_row.setRange(1, ei.PREVIEW_ROWS)
        self.header_row.valueChanged.connect(self._highlight)
        form.addRow(self.tr("Header row"), self.header_row)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview.cellClicked.connect(lambda row, _col: self.header_row.setValue(row + 1))
        layout.addWidget(self.preview, 1)
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802
        source = self.dialog.source
        assert source is not None
        self._filling = True
        self.sheet.clear()
        for info in source.sheets:
            label = info.name + (self.tr(" (hidden)") if info.hidden else "")
            self.sheet.addItem(label, info.name)
        self._filling = False
        best = source.sheet_names.index(ei.best_header(source).sheet)
        if self.sheet.currentIndex() == best:
            self._sheet_changed(best)
        self.sheet.setCurrentIndex(best)

    def current(self) -> ei.SheetInfo:
        source = self.dialog.source
        assert source is not None
        return source.sheet(self.sheet.currentData())

    def _sheet_changed(self, _index: int) -> None:
        if self._filling or self.sheet.currentIndex() < 0:
            return
        info = self.current()
        self.preview.clear()
        self.preview.setRowCount(len(info.preview))
        self.preview.setColumnCount(info.columns)
        self.preview.setHorizontalHeaderLabels(
            [get_column_letter(c + 1) for c in range(info.columns)]
        )
        for r, row in enumerate(info.preview):
            for c, text in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        for r1, c1, r2, c2 in info.merged:
            if r1 <= len(info.preview) and c1 <= info.columns and (r2 > r1 or c2 > c1):
                rows = min(r2, len(info.preview)) - r1 + 1
                cols = min(c2, info.columns) - c1 + 1
                if rows > 1 or cols > 1:
                    self.preview.setSpan(r1 - 1, c1 - 1, rows, cols)
        self.preview.resizeColumnsToContents()
        for c in range(info.columns):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 220))
        guess = ei.find_header(info)
        if guess.found:
            self.note.setText(
                self.tr("Header found on row %1. Click another row to change it.").replace(
                    "%1", str(guess.row)
                )
            )
            self.note.setStyleSheet("")
            value = guess.row
        else:
            self.note.setText(
                self.tr(
                    "No row with known column names (Tên thiết bị, Số lượng…) was found. "
                    "Click the header row in the table."
                )
            )
            self.note.setStyleSheet(ERROR_STYLE)
            value = 1
        self.header_row.setMaximum(max(1, len(info.preview)))
        if self.header_row.value() == value:
            self._highlight(value)
        self.header_row.setValue(value)

    def header(self) -> ei.HeaderGuess:
        return ei.header_at(self.current(), self.header_row.value())

    def _highlight(self, _row: int) -> None:
        guess = self.header()
        bold = QFont()
        bold.setBold(True)
        for r in range(self.preview.rowCount()):
            in_header = guess.first_row <= r + 1 <= guess.row
            for c in range(self.preview.columnCount()):
                item = self.preview.item(r, c)
                if item is None:
                    continue
                item.setBackground(QBrush(HEADER_COLOUR) if in_header else QBrush())
                item.setFont(bold if in_header else QFont())
        self.preview.selectRow(guess.row - 1)


# == 3. the columns ====================================================================


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "What each column holds, as proposed from its header. Change a choice if "
                "it is wrong; columns left '(not imported)' are ignored."
            )
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("First values"), self.tr("Import into")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        sheet_page = self.dialog.sheet_page
        info = sheet_page.current()
        header = sheet_page.header()
        proposed = ei.propose_mapping(header)
        names = field_names()
        self.combos = []
        self.table.setRowCount(info.columns)
        for col in range(info.columns):
            samples = [
                info.text(r, col)
                for r in range(header.row + 1, len(info.preview) + 1)
                if info.text(r, col)
            ][:3]
            caption = header.captions[col] if col < len(header.captions) else ""
            self.table.setItem(col, 0, QTableWidgetItem(get_column_letter(col + 1)))
            self.table.setItem(col, 1, QTableWidgetItem(caption))
            self.table.setItem(col, 2, QTableWidgetItem(" | ".join(samples)))
            combo = QComboBox()
            combo.setObjectName(f"column_{col}")
            for key, label in names.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(combo.findData(proposed.get(col, "")))
            combo.currentIndexChanged.connect(lambda _i, col=col: self._chosen(col))
            self.table.setCellWidget(col, 3, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, max(self.table.columnWidth(3), 260))
        _show_error(self.error, "")

    def _chosen(self, col: int) -> None:
        """A field fills one column: choosing it here frees it elsewhere."""
        target = self.combos[col].currentData()
        if not target:
            return
        for other, combo in enumerate(self.combos):
            if other != col and combo.currentData() == target:
                combo.setCurrentIndex(0)
        _show_error(self.error, "")

    def mapping(self) -> dict[int, str]:
        return {col: c.currentData() for col, c in enumerate(self.combos) if c.currentData()}

    def set_field(self, col: int, target: str) -> None:
        self.combos[col].setCurrentIndex(self.combos[col].findData(target))

    def validatePage(self) -> bool:  # noqa: N802
        if "name" not in self.mapping().values():
            _show_error(
                self.error, self.tr("Choose the column that holds the equipment names (Name).")
            )
            return False
        return True


class IssueTable(QTableWidget):
    """Row number and message; long messages wrap to the width the table gets."""

    WRAP_LIMIT = 500  # wrapping thousands of rows costs seconds: those stay one line

    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)

    def fit_rows(self) -> None:
        if self.rowCount() <= self.WRAP_LIMIT:
            self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Heights depend on the message column's final width, known only now.
        QTimer.singleShot(0, self, self.fit_rows)


# == 4. the check (dry run) ============================================================


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is read and checked; nothing is written yet."))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.errors = self._table()
        self.warnings = self._table()
        self.skipped = self._table()
        self.tabs.addTab(self.errors, "")
        self.tabs.addTab(self.warnings, "")
        self.tabs.addTab(self.skipped, "")
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save = QPushButton(self.tr("&Save the error list…"))
        self.save.setObjectName("save_errors")
        self.save.clicked.connect(self.save_errors)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.failure = _error_label()
        layout.addWidget(self.failure)
        self._run = 0

    def _table(self) -> IssueTable:
        table = IssueTable()
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Message")])
        return table

    def initializePage(self) -> None:  # noqa: N802
        dialog = self.dialog
        dialog.dry = None
        source = dialog.source
        assert source is not None
        sheet = dialog.sheet_page.sheet.currentData()
        header_row = dialog.sheet_page.header_row.value()
        mapping = dialog.mapping_page.mapping()
        self._run += 1
        run = self._run
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Reading the rows…"))
        for table in (self.errors, self.warnings, self.skipped):
            table.setRowCount(0)
        self._set_tab_titles()
        self.save.setEnabled(False)
        _show_error(self.failure, "")
        self.completeChanged.emit()

        def done(dry: Any) -> None:
            if run == self._run:
                self.show_result(dry)

        def failed(exc: Exception) -> None:
            if run == self._run:
                self.progress.hide()
                self.summary.setText("")
                _show_error(
                    self.failure, exc.message if isinstance(exc, ServiceError) else str(exc)
                )

        def progress(done_: int, total: int) -> None:
            if run == self._run:
                self.progress.setValue(int(100 * done_ / max(total, 1)))

        runner.run(
            lambda report: ei.dry_run(
                dialog.reg, source, sheet, header_row, mapping, progress=report
            ),
            done,
            failed,
            on_progress=progress,
        )

    def show_result(self, dry: ei.DryRun) -> None:
        self.dialog.dry = dry
        self.progress.setValue(100)
        self.progress.hide()
        text = self.tr(
            "Items to add: %1 (total quantity %2, total value %3 đ).\n"
            "Rows with errors: %4. Warnings: %5. Rows skipped (totals, headings, "
            "signatures): %6. New rooms: %7."
        )
        for n, value in enumerate(
            (
                vn_number(dry.total_items),
                vn_number(dry.total_quantity),
                vn_number(dry.total_value),
                vn_number(len(dry.errors)),
                vn_number(len(dry.warnings)),
                vn_number(len(dry.skipped)),
                vn_number(len(dry.rooms_to_create)),
            ),
            start=1,
        ):
            text = text.replace(f"%{n}", value)
        if dry.errors:
            text += "\n" + self.tr(
                "Fix these rows in Excel (or change the columns) and check again: "
                "the import adds all rows or none."
            )
            self.summary.setStyleSheet(ERROR_STYLE)
        elif not dry.to_add:
            text += "\n" + self.tr("There is no item to import.")
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            text += "\n" + self.tr("No errors: you can import.")
            self.summary.setStyleSheet("color: #1b5e20;")
        self.summary.setText(text)
        self._fill(self.errors, dry.errors)
        self._fill(self.warnings, dry.warnings)
        self._fill(self.skipped, dry.skipped)
        self._set_tab_titles()
        self.tabs.setCurrentWidget(self.errors if dry.errors else self.warnings)
        self.save.setEnabled(bool(dry.errors or dry.warnings))
        self.completeChanged.emit()

    def _fill(self, table: IssueTable, issues: list[ei.RowIssue]) -> None:
        table.setRowCount(len(issues))
        for r, issue in enumerate(issues):
            number = QTableWidgetItem(str(issue.row) if issue.row else "")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 0, number)
            table.setItem(r, 1, QTableWidgetItem(issue.message))
        table.resizeColumnToContents(0)
        table.fit_rows()

    def _set_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Errors (%1)").replace("%1", str(self.errors.rowCount())))
        self.tabs.setTabText(
            1, self.tr("Warnings (%1)").replace("%1", str(self.warnings.rowCount()))
        )
        self.tabs.setTabText(
            2, self.tr("Skipped rows (%1)").replace("%1", str(self.skipped.rowCount()))
        )

    def save_errors(self) -> None:
        dry = self.dialog.dry
        if dry is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the error list"),
            str(dry.path.with_name(dry.path.stem + "-loi.xlsx")),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if chosen:
            self.write_errors(Path(chosen).with_suffix(".xlsx"))

    def write_errors(self, path: Path) -> None:
        assert self.dialog.dry is not None
        try:
            ei.write_error_list(self.dialog.dry, path)
        except OSError as exc:
            _show_error(
                self.failure, self.tr("Could not save the file: %1").replace("%1", str(exc))
            )

    def isComplete(self) -> bool:  # noqa: N802
        dry = self.dialog.dry
        return dry is not None and dry.ok


# == 5. the import ====================================================================


class ApplyPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.button = QPushButton()
        self.button.setObjectName("import")
        self.button.clicked.connect(self.run)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.done = False

    def initializePage(self) -> None:  # noqa: N802
        dry = self.dialog.dry
        assert dry is not None
        self.done = False
        self.intro.setText(
            self.tr(
                "%1 items will be added to the register in one step: if anything goes wrong, "
                "nothing is written. An import cannot be undone in one step, so check the "
                "previous page first."
            ).replace("%1", vn_number(dry.total_items))
        )
        self.button.setText(self.tr("&Import %1 items").replace("%1", vn_number(dry.total_items)))
        self.button.setEnabled(dry.ok)
        self.result.setText("")
        self.result.setStyleSheet("")

    def run(self) -> None:
        dry = self.dialog.dry
        if dry is None or not dry.ok or self.done:
            return
        self.button.setEnabled(False)
        self.dialog.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.progress.setRange(0, max(dry.total_items, 1))
        self.progress.setValue(0)
        self.progress.show()

        def finished(result: Any) -> None:
            self.done = True
            self.dialog.outcome = result
            self.progress.setValue(self.progress.maximum())
            self.result.setText(str(result))
            self.result.setStyleSheet("color: #1b5e20;")
            # Written: no way back to a check that would now find every code taken.
            self.dialog.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
            self.dialog.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            self.completeChanged.emit()

        def failed(exc: Exception) -> None:
            self.progress.hide()
            self.button.setEnabled(True)
            self.dialog.button(QWizard.WizardButton.BackButton).setEnabled(True)
            self.result.setText(exc.message if isinstance(exc, ServiceError) else str(exc))
            self.result.setStyleSheet(ERROR_STYLE)

        runner.run(
            lambda report: ei.apply_import(self.dialog.reg, dry, progress=report),
            finished,
            failed,
            on_progress=lambda done, _total: self.progress.setValue(done),
        )

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class ImportDialog(QWizard):
    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.source: ei.SourceFile | None = None
        self.dry: ei.DryRun | None = None
        self.outcome: ei.ImportResult | None = None
        self.setWindowTitle(self.tr("Import a register from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.apply_page = ApplyPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.check_page,
            self.apply_page,
        ):
            self.addPage(page)
        self.resize(900, 640)
