"""Classes per grade, for the minimum equipment lists that count per class."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from app.services.class_counts import (
    MAX_CLASSES_PER_GRADE,
    class_plan,
    field_name,
    set_classes_by_grade,
)
from app.services.register import Register
from app.ui.forms.base import FormDialog


class ClassesDialog(FormDialog):
    """One box per grade of ``level``, filled with what the school entered, or the
    estimate (said so above the boxes)."""

    def __init__(self, reg: Register, level: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Classes per grade"))
        self.reg = reg
        plan = class_plan(reg, level)
        self.note = QLabel(
            self.tr(
                "The minimum equipment lists count many lines per class: enter how many "
                "classes each grade has this school year."
            )
            + (
                "\n"
                + self.tr(
                    "The numbers shown are an estimate: the school's %1 classes spread over "
                    "the grades."
                ).replace("%1", str(plan.school_total))
                if plan.estimated
                else ""
            )
        )
        self.note.setWordWrap(True)
        self._layout.addWidget(self.note)
        form = self.new_form()
        self.boxes: dict[int, QSpinBox] = {}
        for grade, count in plan.by_grade.items():
            box = QSpinBox()
            box.setRange(0, MAX_CLASSES_PER_GRADE)
            box.setValue(count)
            box.setSuffix(self.tr(" classes"))
            self.boxes[grade] = self.add_field(
                form, field_name(grade), self.tr("Grade %1").replace("%1", str(grade)), box
            )
        self.total = QLabel()
        self.total.setObjectName("total")
        form.addRow(self.tr("Total"), self.total)
        for box in self.boxes.values():
            box.valueChanged.connect(self._show_total)
        self._show_total()
        self.finish_layout()
        self.resize(420, self.sizeHint().height())

    def _show_total(self, *_args: Any) -> None:
        total = sum(box.value() for box in self.boxes.values())
        self.total.setText(self.tr("%n class(es)", "", total))

    def collect(self) -> dict[str, Any]:
        return {field_name(g): box.value for g, box in self.boxes.items()}

    def save(self, values: dict[str, Any]) -> Any:
        # A school of several levels keeps the other levels' grades as they are.
        grades: dict[Any, Any] = dict(self.reg.school().classes_by_grade or {})
        grades.update({name.removeprefix("grade_"): value for name, value in values.items()})
        return set_classes_by_grade(self.reg, grades)
