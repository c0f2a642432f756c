"""The ministry's minimum teaching-equipment lists (Circulars 37, 38, 39/2021/TT-BGDĐT).

A list is a table of lines per subject and grade. The app ships small lists as data
(resources/reference/minimum_equipment/*.json, the sample clearly labelled so); an
officer imports the ministry's own spreadsheet (app/reports/catalogue_import.py) and
the lines are kept in the local ``catalogue_item`` table, one list per level. The
school's level uses its imported list when there is one, else the shipped one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import delete, func, insert, select

from app.models import CatalogueItem
from app.resources import resource_path
from app.services import audit
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import clean_text, parse
from app.services.text import fold, normalise_code

FOLDER = ("reference", "minimum_equipment")
INDEX_FILE = "index.json"


# == levels and subjects (data) ===========================================================


@dataclass(frozen=True)
class LevelInfo:
    key: str  # TH, THCS, THPT
    name: str  # "Trung học cơ sở"
    circular: str  # "Thông tư 38/2021/TT-BGDĐT"
    list_key: str  # the key an imported list of this level is kept under
    grades: tuple[int, ...]


@dataclass(frozen=True)
class Subject:
    name: str
    code: str  # the short code in catalogue codes: "KHTN" in CSKHTN6.01
    aliases: tuple[str, ...] = ()


@cache
def _index() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path(*FOLDER, INDEX_FILE).read_text("utf-8"))
    return data


@cache
def levels() -> dict[str, LevelInfo]:
    """The levels that have a minimum equipment list, by key."""
    return {
        key: LevelInfo(key, v["name"], v["circular"], v["list_key"], tuple(v["grades"]))
        for key, v in _index()["levels"].items()
    }


def level_info(level: str) -> LevelInfo | None:
    return levels().get(str(level))


@cache
def subjects() -> tuple[Subject, ...]:
    return tuple(
        Subject(s["name"], s["code"], tuple(s.get("aliases", ()))) for s in _index()["subjects"]
    )


@cache
def _subjects_by_words() -> dict[str, Subject]:
    found: dict[str, Subject] = {}
    for subject in subjects():
        for text in (subject.name, subject.code, *subject.aliases):
            found.setdefault(_words(text), subject)
    return found


_NOT_WORD = re.compile(r"[^0-9a-z]+")


def _words(text: str) -> str:
    return _NOT_WORD.sub(" ", fold(text)).strip()


def find_subject(text: str) -> str | None:
    """The list's name of a subject written some way ("KHTN", "Mỹ thuật", "môn Toán")."""
    words = _words(text)
    words = re.sub(r"^mon( hoc)? ", "", words)
    subject = _subjects_by_words().get(words)
    return subject.name if subject else None


def subject_code(name: str) -> str:
    """The short code of a subject: the data's, else the initials of its words
    ("Hoạt động trải nghiệm" -> "HDTN")."""
    subject = _subjects_by_words().get(_words(name))
    if subject is not None:
        return subject.code
    initials = "".join(w[0] for w in _words(name).split() if w)
    return initials.upper() or "DC"


def derived_code(subject: str, grade: int | None, number: int) -> str:
    """The app's code for a line the ministry's file gives none: CS + subject code +
    grade + "." + two-digit number ("CSKHTN6.01"), the scheme of the shipped lists."""
    return f"CS{subject_code(subject)}{grade if grade is not None else ''}.{number:02d}"


# == lines and lists =====================================================================


class LineInput(BaseModel):
    """One line of a list, as the importer and the shipped files give it."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    subject: str = Field(min_length=1, max_length=60)
    grade: int | None = Field(default=None, ge=1, le=12)
    code: str = Field(min_length=1, max_length=40)
    order_no: str = Field(default="", max_length=20)
    topic: str = Field(default="", max_length=300)
    name: str = Field(min_length=1, max_length=300)
    purpose: str = Field(default="", max_length=5000)
    description: str = Field(default="", max_length=5000)
    user: str = Field(default="", max_length=20)
    unit: str = Field(default="", max_length=20)
    quantity: int = Field(ge=1, le=100_000)
    per: Literal["class", "school"] = "class"
    notes: str = Field(default="", max_length=5000)

    @field_validator("code", "name")
    @classmethod
    def _visible(cls, v: str, info: Any) -> str:
        return clean_text(v, "Mã thiết bị" if info.field_name == "code" else "Tên thiết bị")


@dataclass(frozen=True)
class Line:
    subject: str
    grade: int | None  # None: for every grade of the level (or the whole school)
    code: str
    order_no: str
    topic: str
    name: str
    purpose: str
    description: str
    user: str  # GV, HS or "GV, HS"
    unit: str
    quantity: int
    per: str  # "class": for each class of the grade; "school": for the whole school
    notes: str

    @classmethod
    def of(cls, data: LineInput) -> Line:
        return cls(**data.model_dump())


@dataclass(frozen=True)
class CatalogueList:
    key: str
    level: str
    title: str
    source: str
    verified: bool
    sample: bool  # a sample shipped for trying the app, not the ministry's list
    imported: bool  # kept in the register (imported from the ministry's spreadsheet)
    lines: tuple[Line, ...]

    def describe(self) -> str:
        """One Vietnamese line saying what the list is and how far it can be trusted."""
        text = f"{self.title}. Nguồn: {self.source}."
        if self.sample:
            text += (
                " Đây là danh mục MẪU để thử chương trình, không phải danh mục chính thức: "
                "hãy nhập tệp Excel danh mục của Bộ GD&ĐT để rà soát thật."
            )
        elif not self.verified:
            text += " Danh mục chưa được đối chiếu với văn bản gốc."
        return text


@cache
def shipped_lists() -> tuple[CatalogueList, ...]:
    """The lists shipped in resources/ (every .json of the folder but the index)."""
    found = []
    for path in sorted(resource_path(*FOLDER).glob("*.json")):
        if path.name == INDEX_FILE:
            continue
        data = json.loads(path.read_text("utf-8"))
        lines = tuple(Line.of(parse(LineInput, item)) for item in data["items"])
        found.append(
            CatalogueList(
                key=data["list_key"],
                level=data["level"],
                title=data["title"],
                source=data["source"],
                verified=bool(data.get("verified", False)),
                sample=bool(data.get("sample", False)),
                imported=False,
                lines=lines,
            )
        )
    return tuple(found)


def imported_list(reg: Register, level: str) -> CatalogueList | None:
    """The list imported for ``level``, None if there is none."""
    info = level_info(level)
    if info is None:
        return None
    with reg.read() as s:
        rows = s.scalars(
            select(CatalogueItem)
            .where(CatalogueItem.list_key == info.list_key)
            .order_by(CatalogueItem.id)
        ).all()
    if not rows:
        return None
    lines = tuple(
        Line(
            subject=r.subject,
            grade=r.grade,
            code=r.code,
            order_no=r.order_no,
            topic=r.topic,
            name=r.name,
            purpose=r.purpose,
            description=r.description,
            user=r.user,
            unit=r.unit,
            quantity=r.quantity,
            per=r.per,
            notes=r.notes,
        )
        for r in rows
    )
    return CatalogueList(
        key=info.list_key,
        level=info.key,
        title=f"Danh mục thiết bị dạy học tối thiểu cấp {info.name} ({info.circular})",
        source=rows[0].source,
        verified=all(r.verified for r in rows),
        sample=False,
        imported=True,
        lines=lines,
    )


def active_list(reg: Register, level: str) -> CatalogueList | None:
    """The list the school's equipment is compared with: the imported one, else the one
    shipped for the level (the sample), else None."""
    found = imported_list(reg, level)
    if found is not None:
        return found
    return next((c for c in shipped_lists() if c.level == level), None)


def imported_counts(reg: Register) -> dict[str, int]:
    """Lines of each imported list, by level."""
    keys = {info.list_key: info.key for info in levels().values()}
    with reg.read() as s:
        rows = s.execute(
            select(CatalogueItem.list_key, func.count()).group_by(CatalogueItem.list_key)
        ).all()
    return {keys[k]: int(n) for k, n in rows if k in keys}


# == writing =============================================================================


def check_lines(level: str, lines: list[LineInput]) -> None:
    """Refuse a list with a code twice or a grade not of the level."""
    info = level_info(level)
    if info is None:
        raise ServiceError(
            "Chỉ nhập được danh mục cho cấp Tiểu học, THCS hoặc THPT (Thông tư 37, 38, "
            "39/2021/TT-BGDĐT). Hãy chọn một trong các cấp đó."
        )
    seen: dict[str, int] = {}
    for n, line in enumerate(lines, start=1):
        key = normalise_code(line.code)
        if key in seen:
            raise ServiceError(
                f"Dòng thứ {n} của danh mục có mã «{line.code}» trùng với dòng thứ {seen[key]}. "
                "Mỗi thiết bị của danh mục cần một mã riêng."
            )
        seen[key] = n
        if line.grade is not None and line.grade not in info.grades:
            raise ServiceError(
                f"Dòng thứ {n} của danh mục ghi lớp {line.grade}, không thuộc cấp "
                f"{info.name} (lớp {info.grades[0]}–{info.grades[-1]})."
            )


def replace_list(
    reg: Register, level: str, lines: list[LineInput] | list[dict[str, Any]], source: str
) -> int:
    """Replace the imported list of ``level`` by ``lines``, all or nothing, audited.
    Returns the number of lines written."""
    parsed = [parse(LineInput, line) for line in lines]
    if not parsed:
        raise ServiceError("Danh mục không có dòng thiết bị nào nên chưa nhập gì.")
    check_lines(level, parsed)
    info = level_info(level)
    assert info is not None
    source = source.strip()[:200] or f"Nhập ngày {date.today():%d/%m/%Y}"
    rows = [
        {
            **line.model_dump(),
            "list_key": info.list_key,
            "level": info.key,
            "source": source,
            "verified": True,  # the ministry's own file, chosen by the officer
        }
        for line in parsed
    ]
    with reg.write() as s:
        before = s.scalar(select(func.count()).where(CatalogueItem.list_key == info.list_key))
        s.execute(delete(CatalogueItem).where(CatalogueItem.list_key == info.list_key))
        s.execute(insert(CatalogueItem), rows)
        audit.record(
            s,
            reg,
            "catalogue",
            info.list_key,
            "import",
            {"lines": [before or 0, len(rows)]},
            f"Nhập danh mục thiết bị dạy học tối thiểu cấp {info.name}: "
            f"{len(rows)} dòng ({source})",
        )
    return len(rows)


def remove_imported(reg: Register, level: str) -> int:
    """Drop the imported list of ``level`` (the shipped one is used again)."""
    info = level_info(level)
    if info is None:
        raise ServiceError("Cấp học này không có danh mục thiết bị tối thiểu.")
    with reg.write() as s:
        count = s.scalar(select(func.count()).where(CatalogueItem.list_key == info.list_key))
        if not count:
            raise ServiceError(f"Chưa nhập danh mục nào cho cấp {info.name}; không có gì để xóa.")
        s.execute(delete(CatalogueItem).where(CatalogueItem.list_key == info.list_key))
        audit.record(
            s,
            reg,
            "catalogue",
            info.list_key,
            "delete",
            {"lines": [count, 0]},
            f"Xóa danh mục thiết bị tối thiểu cấp {info.name} đã nhập ({count} dòng)",
        )
    return int(count)
