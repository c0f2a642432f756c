"""Add or edit a room, with its facility checklist."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.models import Room
from app.models.enums import RoomKind, RoomStatus
from app.services import rooms as room_service
from app.services.errors import ServiceError
from app.services.reference import room_types_for_level
from app.services.register import Register
from app.services.schemas import RoomInput, parse
from app.services.schools import list_staff
from app.ui.forms.base import FormDialog, text_area
from app.ui.forms.fields import ChoiceField, FieldValueError, FloatField, IntField, enum_choices

FACILITIES = (
    "has_power",
    "has_internet",
    "has_sound_insulation",
    "has_curtains",
    "has_cooling",
    "has_furniture",
    "has_security",
    "has_fire_safety",
)


def facility_captions() -> dict[str, str]:
    """The facility checklist's items, in the current language."""

    return {
        "has_power": QCoreApplication.translate("Facilities", "Power supply"),
        "has_internet": QCoreApplication.translate("Facilities", "Internet"),
        "has_sound_insulation": QCoreApplication.translate("Facilities", "Sound insulation"),
        "has_curtains": QCoreApplication.translate("Facilities", "Curtains"),
        "has_cooling": QCoreApplication.translate("Facilities", "Fans / air conditioning"),
        "has_furniture": QCoreApplication.translate("Facilities", "Furniture"),
        "has_security": QCoreApplication.translate("Facilities", "Door and window security"),
        "has_fire_safety": QCoreApplication.translate("Facilities", "Fire safety"),
    }


def format_classes(classes: list[dict[str, Any]]) -> str:
    return ", ".join(f"{c['class_name']} ({c.get('students', 0)})" for c in classes)


def parse_classes(text: str) -> list[dict[str, Any]]:
    """ "6A1 (42), 7A2 (40)" -> [{"class_name": "6A1", "grade": 6, "students": 42}, ...]"""
    classes = []
    for part in re.split(r"[,;]", text):
        part = part.strip()
        if not part:
            continue
        match = re.fullmatch(r"((\d{1,2})[^\s(:]*)\s*(?:\((\d+)\)|:\s*(\d+))?", part)
        if not match:
            raise FieldValueError(
                QCoreApplication.translate("RoomForm", "Write classes like 6A1 (42), 7A2 (40).")
            )
        name, grade, students_a, students_b = match.groups()
        classes.append(
            {
                "class_name": name,
                "grade": int(grade),
                "students": int(students_a or students_b or 0),
            }
        )
    return classes


class RoomForm(FormDialog):
    def __init__(self, reg: Register, room: Room | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Edit room") if room else self.tr("Add room"), parent)
        self.reg = reg
        self.room = room
        self.setMinimumWidth(520)

        general = self.new_form(self.tr("General"))
        self.kind = self.add_field(general, "kind", self.tr("&Kind"), ChoiceField())
        self.kind.set_choices(enum_choices(RoomKind))
        self.subject_type = self.add_field(
            general, "subject_type", self.tr("Subject room &type"), ChoiceField()
        )
        level = reg.school().level.value
        self.subject_type.set_choices(
            [(self.tr("(not a subject room)"), None)]
            + [(t.name, t.key) for t in room_types_for_level(level)]
        )
        self.code = self.add_field(general, "code", self.tr("&Code"), QLineEdit())
        self.name = self.add_field(general, "name", self.tr("&Name"), QLineEdit())
        self.building = self.add_field(general, "building", self.tr("Building"), QLineEdit())
        self.floor = self.add_field(general, "floor", self.tr("Floor"), IntField(allow_empty=True))
        self.area = self.add_field(general, "area_m2", self.tr("Area (m²)"), FloatField())
        self.seats = self.add_field(general, "seats", self.tr("Seats"), IntField())
        self.status = self.add_field(general, "status", self.tr("&Status"), ChoiceField())
        self.status.set_choices(enum_choices(RoomStatus))
        self.staff = self.add_field(
            general, "responsible_staff_id", self.tr("Responsible staff"), ChoiceField()
        )
        self.staff.set_choices(
            [(self.tr("(nobody)"), None)] + [(s.full_name, s.id) for s in list_staff(reg)]
        )

        facilities = self.new_form(self.tr("Facilities"))
        self.has_prep = self.add_field(
            facilities,
            "has_preparation_room",
            self.tr("Preparation room"),
            QCheckBox(self.tr("has a preparation room")),
        )
        self.prep_area = self.add_field(
            facilities, "preparation_area_m2", self.tr("Preparation room area (m²)"), FloatField()
        )
        captions = facility_captions()
        self.checks: dict[str, QCheckBox] = {}
        for key in FACILITIES:
            box = QCheckBox(captions[key])
            self.checks[key] = box
            self.add_field(facilities, key, "", box)
        self.rules = self.add_field(
            facilities, "rules_document", self.tr("Rules document"), QLineEdit()
        )
        self.classes = self.add_field(
            facilities, "classes_served", self.tr("Classes served"), QLineEdit()
        )
        self.classes.setPlaceholderText("6A1 (42), 7A2 (40)")
        self.notes = self.add_field(facilities, "notes", self.tr("Notes"), text_area())
        self.finish_layout()

        self.kind.changed.connect(self._kind_changed)
        self.has_prep.toggled.connect(self.prep_area.setEnabled)
        self._fill(room)
        self.remember_opened()

    def _kind_changed(self) -> None:
        is_subject = self.kind.value() == RoomKind.SUBJECT
        self.subject_type.setEnabled(is_subject)
        if not is_subject:
            self.subject_type.set_value(None)

    def _fill(self, room: Room | None) -> None:
        if room is None:
            self.kind.set_value(RoomKind.SUBJECT)
            self.seats.set_value(0)
            self.prep_area.setEnabled(False)
            self._kind_changed()
            return
        self.kind.set_value(room.kind)
        self.subject_type.set_value(room.subject_type)
        self.code.setText(room.code)
        self.name.setText(room.name)
        self.building.setText(room.building)
        self.floor.set_value(room.floor)
        self.area.set_value(room.area_m2)
        self.seats.set_value(room.seats)
        self.status.set_value(room.status)
        self.staff.set_value(room.responsible_staff_id)
        self.has_prep.setChecked(room.has_preparation_room)
        self.prep_area.set_value(room.preparation_area_m2)
        self.prep_area.setEnabled(room.has_preparation_room)
        for key, box in self.checks.items():
            box.setChecked(bool(getattr(room, key)))
        self.rules.setText(room.rules_document)
        self.classes.setText(format_classes(room.classes_served or []))
        self.notes.setPlainText(room.notes)
        self._kind_changed()

    def reload(self) -> bool:
        if self.room is None:
            return False
        try:
            self.room = room_service.get_room(self.reg, self.room.id)
        except ServiceError:
            return False
        self._fill(self.room)
        return True

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "kind": self.kind.value,
            "subject_type": self.subject_type.value,
            "code": self.code.text,
            "name": self.name.text,
            "building": self.building.text,
            "floor": self.floor.value,
            "area_m2": self.area.value,
            "seats": self.seats.value,
            "status": self.status.value,
            "responsible_staff_id": self.staff.value,
            "has_preparation_room": self.has_prep.isChecked,
            "preparation_area_m2": self.prep_area.value,
            "rules_document": self.rules.text,
            "classes_served": lambda: parse_classes(self.classes.text()),
            "notes": self.notes.toPlainText,
        }
        for key, box in self.checks.items():
            values[key] = box.isChecked
        return values

    def check(self, values: dict[str, Any]) -> None:
        parse(RoomInput, values)

    def save(self, values: dict[str, Any]) -> Room:
        if self.room is None:
            return room_service.create_room(self.reg, values)
        return room_service.update_room(
            self.reg, self.room.id, values, expected_version=self.room.version
        )
