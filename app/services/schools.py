"""The school this register belongs to, and its staff."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models import AppSetting, School, Staff
from app.services import audit
from app.services.common import apply_fields
from app.services.errors import ServiceError
from app.services.register import SCHOOL_ID_KEY, Register
from app.services.schemas import SchoolInput, StaffInput, parse
from app.services.text import fold


def set_up_school(reg: Register, data: SchoolInput | dict[str, Any]) -> School:
    """First run: record the school's details. A register belongs to one school."""
    values = parse(SchoolInput, data)
    if reg.has_school():
        raise ServiceError("Sổ này đã có thông tin trường; hãy sửa thông tin thay vì tạo mới.")
    with reg.write() as s:
        school = School(**values.model_dump())
        s.add(school)
        s.flush()
        s.merge(AppSetting(key=SCHOOL_ID_KEY, value=school.id))
        audit.record(
            s,
            reg,
            "school",
            school.id,
            "create",
            summary=f"Khai báo trường {school.name}",
            school_id=school.id,
        )
    reg.forget_school_cache()
    return school


def update_school(reg: Register, data: SchoolInput | dict[str, Any]) -> School:
    values = parse(SchoolInput, data)
    with reg.write() as s:
        school = s.get(School, reg.school_id)
        assert school is not None
        changes = apply_fields(school, values.model_dump())
        if changes:
            audit.record(s, reg, "school", school.id, "update", changes, "Sửa thông tin trường")
    return school


def add_staff(reg: Register, data: StaffInput | dict[str, Any]) -> Staff:
    values = parse(StaffInput, data)
    with reg.write() as s:
        staff = Staff(school_id=reg.school_id, **values.model_dump())
        s.add(staff)
        s.flush()
        audit.record(s, reg, "staff", staff.id, "create", summary=staff.full_name)
    return staff


def list_staff(reg: Register, active_only: bool = True) -> list[Staff]:
    with reg.read() as s:
        q = select(Staff).where(Staff.school_id == reg.school_id, Staff.deleted_at.is_(None))
        if active_only:
            q = q.where(Staff.active.is_(True))
        return sorted(s.scalars(q), key=lambda staff: name_order(staff.full_name))


def name_order(full_name: str) -> tuple[str, str]:
    """How Vietnamese lists order people: by the given name (the last word), then the
    whole name, accents aside ("Nguyễn Văn An" before "Lê Thị Bình")."""
    folded = fold(full_name)
    return (folded.rsplit(" ", 1)[-1], folded)
