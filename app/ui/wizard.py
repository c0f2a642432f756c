"""First run: the school's details, and an optional demo register to explore."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.models.enums import SchoolLevel
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import SchoolInput, parse
from app.services.schools import set_up_school
from app.ui.forms.base import FieldRow
from app.ui.forms.fields import ChoiceField, IntField, enum_choices
from app.ui.tasks import runner

DEMO_ITEMS = 2000


class SchoolPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(
            self.tr("These details head every printed sheet. You can change them later.")
        )
        from PySide6.QtWidgets import QFormLayout

        form = QFormLayout(self)
        self.rows: dict[str, FieldRow] = {}

        def add(name: str, caption: str, widget: QWidget) -> Any:
            row = FieldRow(widget)
            self.rows[name] = row
            form.addRow(caption, row)
            return widget

        self.code = add("code", self.tr("School code (mã trường)"), QLineEdit())
        self.name = add("name", self.tr("School name"), QLineEdit())
        self.name.setPlaceholderText("Trường THCS …")
        self.level = add("level", self.tr("Level"), ChoiceField())
        self.level.set_choices(enum_choices(SchoolLevel))
        self.level.set_value(SchoolLevel.THCS)
        self.governing_body = add("governing_body", self.tr("Governing body"), QLineEdit())
        self.governing_body.setPlaceholderText("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO …")
        self.district = add("district", self.tr("District"), QLineEdit())
        self.province = add("province", self.tr("Province / city"), QLineEdit())
        self.class_count = add("class_count", self.tr("Number of classes"), IntField())
        self.student_count = add("student_count", self.tr("Number of students"), IntField())
        self.principal = add("principal", self.tr("Principal"), QLineEdit())
        self.officer = add("equipment_officer", self.tr("Equipment officer"), QLineEdit())
        self.result: SchoolInput | None = None

    def values(self) -> dict[str, Any]:
        from app.ui.forms.fields import FieldValueError

        values: dict[str, Any] = {
            "code": self.code.text(),
            "name": self.name.text(),
            "level": self.level.value(),
            "governing_body": self.governing_body.text(),
            "district": self.district.text(),
            "province": self.province.text(),
            "principal": self.principal.text(),
            "equipment_officer": self.officer.text(),
        }
        problems = {}
        for key, field in (
            ("class_count", self.class_count),
            ("student_count", self.student_count),
        ):
            try:
                values[key] = field.value() or 0
            except FieldValueError as exc:
                problems[key] = str(exc)
        if problems:
            raise ServiceError(" ".join(problems.values()), problems)
        return values

    def validatePage(self) -> bool:  # noqa: N802
        for row in self.rows.values():
            row.set_error(None)
        try:
            self.result = parse(SchoolInput, self.values())
        except ServiceError as exc:
            for name, text in exc.fields.items():
                if name in self.rows:
                    self.rows[name].set_error(text)
            first = next((n for n in self.rows if n in exc.fields), None)
            if first:
                self.rows[first].widget.setFocus()
            return False
        return True


class StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("How do you want to start?"))
        layout = QVBoxLayout(self)
        self.empty = QRadioButton(self.tr("With an empty register (enter or import my own data)"))
        self.demo = QRadioButton(
            self.tr(
                "With a demo register: a realistic lower secondary school with %n items, "
                "to explore the program",
                "",
                DEMO_ITEMS,
            )
        )
        self.empty.setChecked(True)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo)
        note = QLabel(self.tr("The demo data can be removed later by starting a new register."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        layout.addStretch(1)


class SetupWizard(QWizard):
    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.setWindowTitle(self.tr("Sổ Thiết Bị – first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.school_page = SchoolPage()
        self.start_page = StartPage()
        self.addPage(self.school_page)
        self.addPage(self.start_page)
        self.resize(620, 520)
        self.error: Exception | None = None

    def accept(self) -> None:
        school = self.school_page.result
        assert school is not None
        if self.start_page.demo.isChecked():
            from app.services.demo import generate_demo

            self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
            runner.run(
                lambda progress: generate_demo(
                    self.reg, items=DEMO_ITEMS, school=school, progress=progress
                ),
                on_done=lambda _r: super(SetupWizard, self).accept(),
                on_error=self._failed,
                parent=self,
                label=self.tr("Creating the demo register…"),
            )
            return
        try:
            set_up_school(self.reg, school)
        except ServiceError as exc:
            self._failed(exc)
            return
        super().accept()

    def _failed(self, exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.error = exc
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), str(exc))
