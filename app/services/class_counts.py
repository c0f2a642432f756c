"""Classes per grade: what the minimum equipment lists multiply a per-class line by.

The school records them in ``School.classes_by_grade`` ({"6": 7, "7": 7, ...}). Until
the officer enters them, the school's total number of classes is spread evenly over
the level's grades (the lower grades take the remainder) and every figure that
depends on it says it is an estimate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.models import School
from app.services import audit
from app.services.catalogue import level_info
from app.services.errors import ServiceError
from app.services.register import Register

MAX_CLASSES_PER_GRADE = 60
ALL_GRADES = tuple(range(1, 13))


@dataclass(frozen=True)
class ClassPlan:
    """The classes of each grade of a level, and whether they were entered or estimated."""

    level: str
    by_grade: dict[int, int]
    estimated: bool
    school_total: int  # School.class_count

    @property
    def total(self) -> int:
        return sum(self.by_grade.values())

    def classes(self, grade: int | None) -> int:
        """Classes of ``grade``; of every grade of the level for None."""
        return self.total if grade is None else self.by_grade.get(grade, 0)

    def explanation(self) -> str:
        """A sentence for the screen and the sheet."""
        grades = ", ".join(f"khối {g}: {n}" for g, n in self.by_grade.items())
        if not self.estimated:
            return f"Số lớp theo khối do trường nhập: {grades} (tổng {self.total} lớp)."
        if not self.school_total:
            return (
                "Chưa có số lớp của trường: số thiết bị cần theo lớp tính bằng 0. "
                "Hãy nhập số lớp của từng khối."
            )
        return (
            f"Số lớp theo khối là ƯỚC TÍNH: {self.school_total} lớp của trường chia đều cho "
            f"các khối ({grades}). Hãy nhập số lớp thật của từng khối để kết quả chính xác."
        )


def level_grades(level: str) -> tuple[int, ...]:
    info = level_info(level)
    return info.grades if info is not None else ALL_GRADES


def spread(total: int, grades: tuple[int, ...]) -> dict[int, int]:
    """``total`` classes over ``grades`` as evenly as can be, the lower grades first."""
    if not grades:
        return {}
    base, rest = divmod(max(total, 0), len(grades))
    return {g: base + (1 if i < rest else 0) for i, g in enumerate(grades)}


def _entered(stored: Mapping[str, Any] | None) -> dict[int, int]:
    found: dict[int, int] = {}
    for key, value in (stored or {}).items():
        try:
            found[int(key)] = int(value)
        except (TypeError, ValueError):
            continue  # a hand-edited value the register cannot read: ignored
    return found


def class_plan(reg: Register, level: str | None = None) -> ClassPlan:
    """The classes per grade of ``level`` (default: the school's level)."""
    school = reg.school()
    level = level or str(school.level)
    grades = level_grades(level)
    entered = _entered(school.classes_by_grade)
    if any(g in entered for g in grades):
        by_grade = {g: entered.get(g, 0) for g in grades}
        return ClassPlan(level, by_grade, False, school.class_count)
    return ClassPlan(level, spread(school.class_count, grades), True, school.class_count)


def field_name(grade: int) -> str:
    return f"grade_{grade}"


def set_classes_by_grade(reg: Register, classes: Mapping[Any, Any]) -> School:
    """Record the school's classes per grade ({6: 7, "7": 7, ...}); the school's total
    of classes becomes their sum. All zero (or nothing) clears them: the total is then
    spread again as an estimate. Audited; syncs like every edit of the school."""
    school = reg.school()
    allowed = set(level_grades(str(school.level)))
    problems: dict[str, str] = {}
    values: dict[int, int] = {}
    for key, raw in classes.items():
        try:
            grade = int(key)
        except (TypeError, ValueError):
            problems[str(key)] = f"«{key}» không phải là một khối lớp (1–12)."
            continue
        name = field_name(grade)
        if grade not in allowed:
            lo, hi = min(allowed), max(allowed)
            problems[name] = f"Khối {grade} không thuộc cấp học của trường (khối {lo}–{hi})."
            continue
        try:
            count = int(raw)
        except (TypeError, ValueError):
            problems[name] = f"Số lớp khối {grade} phải là số nguyên."
            continue
        if isinstance(raw, float) and not raw.is_integer():
            problems[name] = f"Số lớp khối {grade} phải là số nguyên."
        elif count < 0:
            problems[name] = f"Số lớp khối {grade} không được âm."
        elif count > MAX_CLASSES_PER_GRADE:
            problems[name] = (
                f"Số lớp khối {grade} ({count}) quá lớn; một khối có nhiều nhất "
                f"{MAX_CLASSES_PER_GRADE} lớp."
            )
        else:
            values[grade] = count
    if problems:
        raise ServiceError(" ".join(dict.fromkeys(problems.values())), problems)
    stored = {str(g): n for g, n in sorted(values.items())} if any(values.values()) else {}
    with reg.write() as s:
        row = s.get(School, school.id)
        assert row is not None
        changes: dict[str, list[Any]] = {}
        if dict(row.classes_by_grade or {}) != stored:
            changes["classes_by_grade"] = [dict(row.classes_by_grade or {}), stored]
            row.classes_by_grade = stored
        total = sum(stored.values())
        if stored and row.class_count != total:
            changes["class_count"] = [row.class_count, total]
            row.class_count = total
        if changes:
            text = ", ".join(f"khối {g}: {n}" for g, n in stored.items()) or "xóa, dùng ước tính"
            audit.record(s, reg, "school", row.id, "update", changes, f"Số lớp theo khối: {text}")
    return reg.school()
