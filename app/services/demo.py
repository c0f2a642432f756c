"""Demo data: a believable THCS (lower-secondary) school register, made from a seed.

`sotb demo --items N` fills an empty register with it, for trying the app and for the
benchmarks. The same seed and item count always give the same content (names, codes,
quantities, dates, prices); only row ids and time stamps differ. Dates are counted
back from a reference date fixed by the seed, never later than today.

School, staff, rooms and maintenance plans are few and go through the ordinary
services. Equipment and maintenance records can number in the hundred thousands, so
they take a bulk path: each row is validated by the same pydantic schema as a form
entry, its derived columns (normalised code and name, search text) are computed with
the same functions as ``equipment.py``, and rows are inserted in chunks of
``CHUNK_SIZE``, one transaction and one audit entry per chunk.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Equipment, MaintenanceRecord, Room, Staff
from app.models.enums import (
    EquipmentCategory,
    EquipmentStatus,
    FundingSource,
    MaintenanceKind,
    MaintenanceResult,
    RoomKind,
    SchoolLevel,
)
from app.models.ids import uuid7
from app.resources import resource_path
from app.services import audit
from app.services.common import now_utc
from app.services.demo_disposals import add_demo_disposals
from app.services.demo_faults import add_demo_faults
from app.services.demo_loans import add_demo_loans
from app.services.demo_usage import add_demo_usage
from app.services.errors import ServiceError
from app.services.maintenance import create_plan
from app.services.reference import room_types_for_level
from app.services.register import Register
from app.services.rooms import create_room
from app.services.schemas import (
    EquipmentInput,
    MaintenanceInput,
    MaintenancePlanInput,
    RoomInput,
    SchoolInput,
    StaffInput,
    parse,
)
from app.services.schools import add_staff, set_up_school
from app.services.search_text import equipment_search_text
from app.services.text import fold, normalise_code

CHUNK_SIZE = 5000
"""Rows per transaction on the bulk path (one audit entry each)."""

FIXED_ASSET_THRESHOLD = 10_000_000
"""Circular 23/2023/TT-BTC: a fixed asset costs at least 10 million đồng."""

LEVEL = "THCS"
GRADES = (6, 7, 8, 9)

Progress = Callable[[int, int], None]


def _n(value: int) -> str:
    """1234567 -> "1.234.567" (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


@dataclass(frozen=True)
class DemoSummary:
    """What the demo added to the register."""

    rooms: int
    items: int
    maintenance_records: int
    staff: int
    maintenance_plans: int = 0
    school_name: str = ""

    def __str__(self) -> str:
        text = (
            f"{_n(self.rooms)} phòng, {_n(self.items)} thiết bị, "
            f"{_n(self.maintenance_records)} bản ghi bảo trì, {_n(self.staff)} cán bộ"
        )
        if self.maintenance_plans:
            text += f", {_n(self.maintenance_plans)} kế hoạch bảo trì"
        return text


# == reference date ==================================================================


def reference_date(seed: int, today: date | None = None) -> date:
    """The day the demo register "stands on": late in the 2025–2026 school year.

    Fixed by the seed so content does not depend on when it is generated, but never
    after ``today`` (a PC with a clock set in the past still gets valid dates).
    """
    ref = date(2026, 5, 25) - timedelta(days=seed % 120)
    return min(ref, today or date.today())


def _rng(seed: int, part: str) -> random.Random:
    # One stream per part, so e.g. a given school does not shift the equipment.
    return random.Random(f"sotb-demo:{seed}:{part}")


def _between(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return end
    return start + timedelta(days=rng.randint(0, (end - start).days))


# == the school ======================================================================

_SCHOOL_NAMES = (
    "Nguyễn Du",
    "Lê Quý Đôn",
    "Chu Văn An",
    "Trần Phú",
    "Nguyễn Trãi",
    "Lê Lợi",
    "Quang Trung",
    "Phan Bội Châu",
    "Lý Tự Trọng",
    "Nguyễn Huệ",
)

# (province code, district, province, street)
_PLACES = (
    ("01", "Huyện Thanh Trì", "Thành phố Hà Nội", "Ngọc Hồi"),
    ("01", "Huyện Đông Anh", "Thành phố Hà Nội", "Cao Lỗ"),
    ("40", "Huyện Nghi Lộc", "Tỉnh Nghệ An", "Nguyễn Văn Trỗi"),
    ("38", "Huyện Hoằng Hóa", "Tỉnh Thanh Hóa", "Lê Lai"),
    ("48", "Huyện Hòa Vang", "Thành phố Đà Nẵng", "Âu Cơ"),
    ("31", "Huyện An Dương", "Thành phố Hải Phòng", "Tôn Đức Thắng"),
    ("79", "Quận Gò Vấp", "Thành phố Hồ Chí Minh", "Quang Trung"),
    ("42", "Huyện Can Lộc", "Tỉnh Hà Tĩnh", "Phan Đình Phùng"),
)


def demo_school(seed: int = 1) -> SchoolInput:
    """A believable THCS school, the same for the same seed."""
    rng = _rng(seed, "school")
    name = rng.choice(_SCHOOL_NAMES)
    code, district, province, street = rng.choice(_PLACES)
    names = _NameMaker(rng)
    class_count = rng.choice((24, 26, 28, 28, 30, 32))
    return SchoolInput(
        code=f"{code}{rng.randrange(1_000_000):06d}",
        name=f"Trường THCS {name}",
        level=SchoolLevel.THCS,
        governing_body=f"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO {district.upper()}",
        district=district,
        province=province,
        address=f"Số {rng.randint(2, 260)} đường {street}, {district}, {province}",
        class_count=class_count,
        student_count=class_count * rng.randint(40, 44) + rng.randint(0, 30),
        principal=names.person(female=rng.random() < 0.5),
        equipment_officer=names.person(female=rng.random() < 0.7),
    )


# == people ==========================================================================

# fmt: off
_SURNAMES = (
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 10), ("Phạm", 7), ("Hoàng", 5), ("Phan", 4),
    ("Vũ", 4), ("Huỳnh", 3), ("Võ", 3), ("Đặng", 3), ("Bùi", 3), ("Đỗ", 3), ("Hồ", 2),
    ("Ngô", 2), ("Dương", 2), ("Đinh", 2), ("Lý", 1), ("Trịnh", 1), ("Mai", 1), ("Lương", 1),
)
_FEMALE_MIDDLE = ("Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Phương")
_FEMALE_GIVEN = (
    "Lan", "Hoa", "Hương", "Mai", "Thảo", "Trang", "Hà", "Nga", "Hạnh", "Yến", "Linh", "Phương",
    "Huyền", "Loan", "Dung", "Hằng", "Thủy", "Vân", "Ngân", "Oanh", "Nhung", "Quyên", "Giang",
    "Hiền", "Duyên", "Tâm", "Nhàn", "Liên",
)
_MALE_MIDDLE = ("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân", "Công")
_MALE_GIVEN = (
    "Hùng", "Dũng", "Tuấn", "Nam", "Sơn", "Hải", "Long", "Thắng", "Cường", "Bình", "Khánh",
    "Phong", "Trung", "Hiếu", "Quân", "Tùng", "Toàn", "Huy", "Đạt", "Lâm", "Thành", "Vinh", "Hòa",
)
# fmt: on


class _NameMaker:
    """Vietnamese full names, never the same one twice."""

    def __init__(self, rng: random.Random, taken: Sequence[str] = ()) -> None:
        self.rng = rng
        self.taken = set(taken)
        self._surnames = [s for s, _ in _SURNAMES]
        self._weights = [w for _, w in _SURNAMES]

    def person(self, female: bool) -> str:
        rng = self.rng
        for _ in range(1000):
            surname = rng.choices(self._surnames, self._weights)[0]
            middle = rng.choice(_FEMALE_MIDDLE if female else _MALE_MIDDLE)
            given = rng.choice(_FEMALE_GIVEN if female else _MALE_GIVEN)
            name = f"{surname} {middle} {given}"
            if name not in self.taken:
                self.taken.add(name)
                return name
        raise AssertionError("ran out of names")  # pragma: no cover


# Subjects of the 2018 THCS programme and how many teachers the demo school has.
SUBJECTS = {
    "toan": "Toán",
    "van": "Ngữ văn",
    "anh": "Tiếng Anh",
    "khtn": "Khoa học tự nhiên",
    "lsdl": "Lịch sử và Địa lí",
    "gdcd": "Giáo dục công dân",
    "cn": "Công nghệ",
    "tin": "Tin học",
    "gdtc": "Giáo dục thể chất",
    "an": "Âm nhạc",
    "mt": "Mĩ thuật",
}
_TEACHERS = (
    ("toan", 5),
    ("van", 5),
    ("anh", 4),
    ("khtn", 5),
    ("lsdl", 3),
    ("gdcd", 1),
    ("cn", 1),
    ("tin", 2),
    ("gdtc", 2),
    ("an", 1),
    ("mt", 1),
)
_GROUPS = {  # tổ chuyên môn of each subject
    "toan": "Khoa học tự nhiên",
    "khtn": "Khoa học tự nhiên",
    "cn": "Khoa học tự nhiên",
    "tin": "Khoa học tự nhiên",
    "van": "Khoa học xã hội",
    "anh": "Khoa học xã hội",
    "lsdl": "Khoa học xã hội",
    "gdcd": "Khoa học xã hội",
    "gdtc": "Khoa học xã hội",
    "an": "Khoa học xã hội",
    "mt": "Khoa học xã hội",
}


@dataclass
class _People:
    principal: Staff
    vice: list[Staff]
    officer: Staff
    teachers: dict[str, list[Staff]]
    all: list[Staff] = field(default_factory=list)

    def teacher(self, subject: str, index: int = 0) -> Staff:
        group = self.teachers.get(subject) or [self.officer]
        return group[index % len(group)]

    def homeroom(self, index: int) -> Staff:
        teachers = [t for group in self.teachers.values() for t in group]
        return teachers[index % len(teachers)]


def _email_domain(school_name: str) -> str:
    slug = "".join(ch for ch in fold(school_name).removeprefix("truong ") if ch.isalnum())
    return f"{slug[:40] or 'truong'}.edu.vn"


def _make_staff(
    reg: Register, seed: int, school_name: str, principal: str, officer: str
) -> _People:
    rng = _rng(seed, "staff")
    names = _NameMaker(rng, taken=[n for n in (principal, officer) if n])
    domain = _email_domain(school_name)
    rows: list[dict[str, Any]] = []

    used: Counter[str] = Counter()

    def person(name: str, position: str, subject: str = "") -> dict[str, Any]:
        parts = fold(name).split()
        local = ".".join([parts[-1], "".join(p[0] for p in parts[:-1])]) if parts else "gv"
        used[local] += 1
        if used[local] > 1:  # "lan.nt" taken: "lan.nt2"
            local += str(used[local])
        row = {
            "full_name": name,
            "position": position,
            "subject": subject,
            "phone": f"09{rng.randrange(10**8):08d}",
            "email": f"{local}@{domain}",
        }
        rows.append(row)
        return row

    person(principal or names.person(rng.random() < 0.5), "Hiệu trưởng", "Toán")
    person(names.person(rng.random() < 0.6), "Phó Hiệu trưởng", "Ngữ văn")
    person(names.person(rng.random() < 0.4), "Phó Hiệu trưởng", "Khoa học tự nhiên")
    person(officer or names.person(rng.random() < 0.7), "Nhân viên thiết bị – thí nghiệm")
    person(names.person(True), "Nhân viên thư viện")
    person(names.person(True), "Kế toán")
    keys: list[str] = []
    for key, count in _TEACHERS:
        for i in range(count):
            position = f"Tổ trưởng tổ {_GROUPS[key]}" if i == 0 and key in ("toan", "van") else ""
            person(names.person(rng.random() < 0.72), position or "Giáo viên", SUBJECTS[key])
            keys.append(key)

    made = [add_staff(reg, parse(StaffInput, row)) for row in rows]
    teachers: dict[str, list[Staff]] = {}
    for key, member in zip(keys, made[6:], strict=True):
        teachers.setdefault(key, []).append(member)
    return _People(made[0], made[1:3], made[3], teachers, made)


# == rooms ===========================================================================


@cache
def _reference_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("reference", "room_types.json").read_text("utf-8")
    )
    return data


def _area_rule(level: str, key: str) -> tuple[float, float]:
    """(m² per student, room at least m²) for a subject-room type, from the reference."""
    for rule in _reference_json().get("area_rules", []):
        if rule.get("level") == level and key in rule.get("room_types", []):
            return float(rule["m2_per_student"]), float(rule["min_room_m2"])
    return 2.0, 60.0


def _required_count(level: str, key: str) -> int:
    for entry in _reference_json().get("required_counts", []):
        if entry.get("level") == level:
            return int(entry.get("counts", {}).get(key, 1))
    return 1


_FACILITIES = (
    "has_power",
    "has_internet",
    "has_sound_insulation",
    "has_curtains",
    "has_cooling",
    "has_furniture",
    "has_security",
    "has_fire_safety",
)


def _facilities(rng: random.Random, *sure: str, likely: Sequence[str] = ()) -> dict[str, bool]:
    """The checklist: ``sure`` items present, ``likely`` ones mostly, others rarely."""
    flags = {}
    for name in _FACILITIES:
        key = name.removeprefix("has_")
        if key in sure:
            flags[name] = True
        elif key in likely:
            flags[name] = rng.random() < 0.8
        else:
            flags[name] = rng.random() < 0.08
    return flags


# Which subject each subject-room type serves (its responsible teacher).
_ROOM_SUBJECT = {
    "am_nhac": "an",
    "mi_thuat": "mt",
    "cong_nghe": "cn",
    "khtn": "khtn",
    "tin_hoc": "tin",
    "ngoai_ngu": "anh",
    "khxh": "lsdl",
    "da_chuc_nang": "",
}
_PREP_ROOM_TYPES = ("khtn", "cong_nghe")


@dataclass
class _Rooms:
    by_place: dict[str, list[Room]] = field(default_factory=dict)
    made: list[Room] = field(default_factory=list)
    responsible: dict[str, Staff] = field(default_factory=dict)  # room id -> staff

    def add(self, room: Room, staff: Staff | None, *places: str) -> None:
        self.made.append(room)
        if staff is not None:
            self.responsible[room.id] = staff
        for place in places:
            self.by_place.setdefault(place, []).append(room)


def _class_names(class_count: int) -> list[tuple[str, int]]:
    """28 classes -> 6A1..6A7, 7A1..7A7, 8A1..8A7, 9A1..9A7 (first grades get the rest)."""
    count = max(4, min(class_count or 28, 60))
    per_grade = [count // 4 + (1 if i < count % 4 else 0) for i in range(4)]
    return [(f"{g}A{i + 1}", g) for g, n in zip(GRADES, per_grade, strict=True) for i in range(n)]


def _make_rooms(reg: Register, seed: int, people: _People, class_count: int, today: str) -> _Rooms:
    rng = _rng(seed, "rooms")
    with reg.read() as s:
        taken = {
            c.lower()
            for c in s.scalars(
                select(Room.code).where(Room.school_id == reg.school_id, Room.deleted_at.is_(None))
            )
        }
    rooms = _Rooms()

    def create(data: dict[str, Any], staff: Staff | None, *places: str) -> Room:
        code = data["code"]
        suffix = 1
        while code.lower() in taken:  # the school's own rooms keep their codes
            code = f"{data['code']}-M{suffix}"
            suffix += 1
        taken.add(code.lower())
        data = {**data, "code": code}
        if staff is not None:
            data["responsible_staff_id"] = staff.id
        room = create_room(reg, parse(RoomInput, data))
        rooms.add(room, staff, *places)
        return room

    def rules(title: str) -> str:
        number = rng.randint(12, 95)
        return f"{title} (ban hành kèm Quyết định số {number}/QĐ-THCS ngày 05/09/2023)"

    # Building B: the subject rooms, each of the level's types, preparation rooms beside.
    floor_rooms = Counter[int]()

    def next_code(building: str, floor: int) -> str:
        floor_rooms[floor] += 1
        return f"{building}{floor}{floor_rooms[floor]:02d}"

    for rtype in room_types_for_level(LEVEL):
        count = _required_count(LEVEL, rtype.key)
        per_student, minimum = _area_rule(LEVEL, rtype.key)
        subject = _ROOM_SUBJECT.get(rtype.key, "")
        for i in range(count):
            floor = 1 if rtype.key in ("khtn", "cong_nghe") else rng.randint(2, 3)
            seats = rng.choice((40, 42, 45, 45, 48))
            area = max(minimum, round(seats * per_student + rng.randint(2, 16), 1))
            numbered = f" {i + 1}" if count > 1 else ""
            prep = rtype.key in _PREP_ROOM_TYPES
            prep_area = float(rng.randint(15, 27)) if prep else None
            likely = ["internet", "curtains", "security", "fire_safety"]
            sure = ["power", "furniture", "cooling"]
            if rtype.key in ("tin_hoc", "ngoai_ngu", "am_nhac"):
                sure += ["sound_insulation", "internet", "curtains"]
            if rtype.key in ("khtn", "cong_nghe", "tin_hoc"):
                sure += ["fire_safety"]
            staff = people.teacher(subject, i) if subject else people.vice[0]
            room = create(
                {
                    "kind": RoomKind.SUBJECT,
                    "subject_type": rtype.key,
                    "code": next_code("B", floor),
                    "name": f"Phòng bộ môn {rtype.name}{numbered}",
                    "building": "Nhà B (khu phòng bộ môn)",
                    "floor": floor,
                    "area_m2": area,
                    "seats": seats,
                    "has_preparation_room": prep,
                    "preparation_area_m2": prep_area,
                    **_facilities(rng, *sure, likely=likely),
                    "rules_document": rules(f"Nội quy phòng bộ môn {rtype.name}"),
                    "notes": "Đạt chuẩn theo Thông tư 14/2020/TT-BGDĐT"
                    if rng.random() < 0.6
                    else "",
                },
                staff,
                rtype.key,
                "subject",
            )
            if prep:
                create(
                    {
                        "kind": RoomKind.PREPARATION,
                        "code": next_code("B", floor),
                        "name": f"Phòng chuẩn bị {rtype.name}{numbered}",
                        "building": "Nhà B (khu phòng bộ môn)",
                        "floor": floor,
                        "area_m2": prep_area,
                        **_facilities(rng, "power", "furniture", "security", "fire_safety"),
                        "notes": f"Phòng chuẩn bị của phòng {room.code}",
                    },
                    people.officer,
                    f"prep_{rtype.key}",
                )

    # The smart classroom serves a few classes; the online classroom has its rules.
    classes = _class_names(class_count)
    served = sorted(rng.sample(classes, k=min(6, len(classes))), key=lambda c: (c[1], c[0]))
    create(
        {
            "kind": RoomKind.SMART,
            "code": next_code("B", 3),
            "name": "Phòng học thông minh",
            "building": "Nhà B (khu phòng bộ môn)",
            "floor": 3,
            "area_m2": float(rng.randint(66, 80)),
            "seats": 45,
            **_facilities(rng, *(f.removeprefix("has_") for f in _FACILITIES)),
            "rules_document": rules("Nội quy sử dụng phòng học thông minh"),
            "classes_served": [
                {"class_name": name, "grade": grade, "students": rng.randint(38, 45)}
                for name, grade in served
            ],
            "notes": "Phòng học thông minh đầu tư từ nguồn xã hội hóa và ngân sách",
        },
        people.teacher("tin", 1),
        "smart",
    )
    create(
        {
            "kind": RoomKind.ONLINE,
            "code": "C201",
            "name": "Phòng học trực tuyến",
            "building": "Nhà C (nhà hiệu bộ)",
            "floor": 2,
            "area_m2": float(rng.randint(40, 56)),
            "seats": 30,
            **_facilities(rng, *(f.removeprefix("has_") for f in _FACILITIES)),
            "rules_document": rules("Quy chế hoạt động và phương án an ninh phòng học trực tuyến"),
            "notes": "Người vận hành: tổ Tin học. Đường truyền cáp quang 300 Mbps, có máy phát "
            "điện dự phòng",
        },
        people.teacher("tin", 1),
        "online",
    )
    create(
        {
            "kind": RoomKind.STOREROOM,
            "code": "C101",
            "name": "Kho thiết bị",
            "building": "Nhà C (nhà hiệu bộ)",
            "floor": 1,
            "area_m2": float(rng.randint(30, 42)),
            **_facilities(rng, "power", "security", "fire_safety", "furniture"),
            "rules_document": rules("Nội quy kho thiết bị"),
            "notes": f"Kiểm kê lần gần nhất: {today}",
        },
        people.officer,
        "store",
    )

    # Building A: one classroom per class, ten to a floor.
    for index, (name, grade) in enumerate(classes):
        floor = 1 + index // 10
        create(
            {
                "kind": RoomKind.CLASSROOM,
                "code": f"A{floor}{index % 10 + 1:02d}",
                "name": f"Phòng học lớp {name}",
                "building": "Nhà A (khu lớp học)",
                "floor": floor,
                "area_m2": float(rng.randint(52, 60)),
                "seats": rng.choice((44, 45, 46, 48)),
                **_facilities(rng, "power", "furniture", "cooling", likely=["curtains"]),
                "notes": f"Lớp {name} (khối {grade})",
            },
            people.homeroom(index),
            "classroom",
        )
    return rooms


# == equipment catalogue =============================================================

_SUBJECT_CODES = {
    "Khoa học tự nhiên": "KHTN",
    "Tin học": "TH",
    "Công nghệ": "CN",
    "Âm nhạc": "AN",
    "Mĩ thuật": "MT",
    "Tiếng Anh": "TA",
    "Lịch sử và Địa lí": "LSDL",
    "Giáo dục công dân": "GDCD",
    "Giáo dục thể chất": "GDTC",
    "Toán": "TOAN",
    "Ngữ văn": "NV",
    "Dùng chung": "DC",
}

FA, TOOL, TEACH, CONS, CHEM = (
    EquipmentCategory.FIXED_ASSET,
    EquipmentCategory.TOOL,
    EquipmentCategory.TEACHING,
    EquipmentCategory.CONSUMABLE,
    EquipmentCategory.CHEMICAL,
)

Brand = tuple[str, str, str] | tuple[str, str, str, int]  # brand, model, origin[, year]


@dataclass(frozen=True)
class Template:
    """One kind of equipment the demo school owns."""

    place: str  # where it lives: a subject-room type, "classroom", "smart", "store", ...
    name: str
    unit: str
    category: EquipmentCategory
    price_k: tuple[int, int]  # unit price range, thousand đồng
    qty: tuple[int, int] = (1, 1)
    weight: float = 1.0  # relative number of register lines
    subject: str = ""
    grades: str = ""
    listed: bool = False  # in the ministry's minimum list: gets a catalogue code
    brands: tuple[Brand, ...] = ()
    serial: bool = False  # one device per line, with its serial number and warranty
    numbered: bool = False  # many alike in a room: "… số 07"
    tasks: str = ""  # maintenance task group
    since: int | None = None  # earliest year bought
    origin: str = "Việt Nam"
    catalogue_code: str = ""

    @property
    def grade_list(self) -> list[int]:
        return [int(g) for g in self.grades.replace(" ", "").split(",") if g]


def _t(
    place: str,
    name: str,
    unit: str,
    category: EquipmentCategory,
    price_k: tuple[int, int],
    **kw: Any,
) -> Template:
    return Template(place, name, unit, category, price_k, **kw)


ALL = "6, 7, 8, 9"
DC = "Dùng chung"
KHTN = "Khoa học tự nhiên"

# Makes and models, with the year a model came out: a line bought in 2017 gets a model
# sold in 2017 (the oldest one if none was).
_PROJECTORS = (
    ("Panasonic", "PT-LB300", "Trung Quốc", 2015),
    ("Epson", "EB-X05", "Philippines", 2016),
    ("Sony", "VPL-EX435", "Trung Quốc", 2016),
    ("ViewSonic", "PA503X", "Trung Quốc", 2017),
    ("Panasonic", "PT-LB386", "Trung Quốc", 2019),
    ("Epson", "EB-E01", "Philippines", 2020),
    ("Epson", "EB-X51", "Philippines", 2021),
)
_INTERACTIVE = (
    ("ViewSonic", "IFP7550-M1", "Trung Quốc", 2020),
    ("BenQ", "RM7503", "Đài Loan", 2021),
    ("Samsung", "WM75B", "Việt Nam", 2022),
    ("Hikvision", "DS-D5B75RB", "Trung Quốc", 2022),
)
_DESKTOPS = (
    ("Dell", "Vostro 3250", "Trung Quốc", 2015),
    ("HP", "ProDesk 400 G4 SFF", "Trung Quốc", 2017),
    ("Dell", "OptiPlex 3050 SFF", "Malaysia", 2017),
    ("Lenovo", "ThinkCentre M720s", "Trung Quốc", 2018),
    ("Dell", "Vostro 3681", "Trung Quốc", 2020),
    ("HP", "ProDesk 400 G9 SFF", "Trung Quốc", 2022),
    ("Lenovo", "ThinkCentre neo 50s", "Trung Quốc", 2022),
    ("Dell", "Vostro 3020 SFF", "Malaysia", 2023),
)
_LAPTOPS = (
    ("Dell", "Latitude 3480", "Trung Quốc", 2017),
    ("HP", "ProBook 440 G5", "Trung Quốc", 2018),
    ("Lenovo", "ThinkPad E14", "Trung Quốc", 2020),
    ("Dell", "Latitude 3440", "Trung Quốc", 2023),
    ("HP", "ProBook 440 G10", "Trung Quốc", 2023),
)
_AIRCON = (
    ("LG", "V18ENF", "Thái Lan", 2016),
    ("Panasonic", "CU/CS-N18SKH-8", "Malaysia", 2016),
    ("Daikin", "FTKC50UVMV", "Thái Lan", 2018),
    ("Daikin", "FTKB50XVMV", "Việt Nam", 2021),
    ("Panasonic", "CU/CS-N18ZKH-8", "Malaysia", 2022),
)
_TVS = (
    ("Sony", "KD-65X7500D", "Malaysia", 2016),
    ("Samsung", "UA65NU7100", "Việt Nam", 2018),
    ("LG", "65UM7300PTA", "Indonesia", 2019),
    ("Sony", "KD-65X75K", "Malaysia", 2022),
    ("Samsung", "UA65CU7000", "Việt Nam", 2023),
    ("LG", "65UR7550PSC", "Indonesia", 2023),
)
_SPEAKERS = (
    ("Acnos", "CS450", "Việt Nam", 2017),
    ("Sumico", "SK-15", "Việt Nam", 2018),
    ("JBL", "PartyBox 110", "Trung Quốc", 2021),
)
_MICS = (
    ("Shure", "SVX24/PG58", "Trung Quốc", 2012),
    ("Boston Acoustics", "BA-790", "Trung Quốc", 2018),
    ("Sennheiser", "XSW 1-825", "Trung Quốc", 2016),
)
_PRINTERS = (
    ("Canon", "LBP 2900", "Việt Nam", 2006),
    ("Brother", "HL-L2321D", "Việt Nam", 2015),
    ("HP", "LaserJet Pro M211dw", "Việt Nam", 2022),
)
_MICROSCOPES = (
    ("Motic", "BA81", "Trung Quốc", 2012),
    ("Phenix", "XSP-104", "Trung Quốc", 2010),
    ("Euromex", "EcoBlue EC.1152", "Hà Lan", 2015),
)
_ORGANS = (
    ("Yamaha", "PSR-E363", "Indonesia", 2015),
    ("Casio", "CTK-3500", "Trung Quốc", 2016),
    ("Casio", "CT-S300", "Trung Quốc", 2019),
    ("Yamaha", "PSR-E373", "Indonesia", 2019),
    ("Roland", "E-X20", "Malaysia", 2020),
)
_PIANOS = (
    ("Yamaha", "P-45", "Indonesia", 2015),
    ("Casio", "PX-160", "Trung Quốc", 2015),
    ("Casio", "PX-S1100", "Nhật Bản", 2021),
    ("Yamaha", "P-145", "Indonesia", 2024),
)
_TABLETS = (
    ("Apple", "iPad Gen 9", "Trung Quốc", 2021),
    ("Samsung", "Galaxy Tab A8", "Việt Nam", 2022),
    ("Samsung", "Galaxy Tab A9+", "Việt Nam", 2023),
)
_CONF_CAMERAS = (
    ("Poly", "Studio USB", "Trung Quốc", 2019),
    ("Yealink", "UVC86", "Trung Quốc", 2019),
    ("Logitech", "Rally Bar Mini", "Trung Quốc", 2021),
)
_DESKS = (("Hòa Phát", "BHS110-4", "Việt Nam"), ("Xuân Hòa", "BHS-13-07", "Việt Nam"))
_CEILING_FANS = (("Panasonic", "F-56MPG", "Malaysia"), ("Vinawind", "QT1400", "Việt Nam"))
_HEADSETS = (("Logitech", "H390", "Trung Quốc"), ("Sony", "MDR-ZX110AP", "Malaysia"))
_DRYERS = (("Memmert", "UN30", "Đức"), ("Biobase", "BOV-T30C", "Trung Quốc"))
_BALANCES = (("Ohaus", "PR223", "Trung Quốc"), ("Shimadzu", "UX220H", "Nhật Bản"))
_DRILLS = (("Bosch", "GSB 550", "Malaysia"), ("Makita", "HP1630", "Trung Quốc"))

# fmt: off
TEMPLATES: tuple[Template, ...] = (
    # -- every classroom ---------------------------------------------------------------
    _t("classroom", "Máy chiếu đa năng", "cái", FA, (11_500, 17_900), weight=3, subject=DC,
       listed=True, brands=_PROJECTORS, serial=True, tasks="projector"),
    _t("classroom", "Màn chiếu treo tường 100 inch", "cái", TOOL, (1_200, 2_600), weight=1.2,
       subject=DC, brands=(("Dalite", "P100WS", "Trung Quốc"), ("Apollo", "W100", "Việt Nam"))),
    _t("classroom", "Tivi 65 inch", "cái", FA, (13_500, 21_900), weight=1.5, subject=DC,
       listed=True, brands=_TVS, serial=True, tasks="tv"),
    _t("classroom", "Bảng chống lóa từ tính", "cái", TOOL, (3_200, 6_400), weight=1.2,
       brands=(("Hàn Quốc", "BTS 1,2 x 3,6 m", "Việt Nam"),)),
    _t("classroom", "Bộ bàn ghế học sinh 2 chỗ ngồi", "bộ", TOOL, (1_150, 2_100), qty=(18, 24),
       weight=1.4, brands=_DESKS),
    _t("classroom", "Bộ bàn ghế giáo viên", "bộ", TOOL, (1_800, 3_400), weight=0.8,
       brands=(("Hòa Phát", "BGV103", "Việt Nam"),)),
    _t("classroom", "Quạt trần sải cánh 1,4 m", "chiếc", TOOL, (850, 1_600), qty=(2, 4),
       weight=1.4, brands=_CEILING_FANS),
    _t("classroom", "Loa kéo di động", "cái", TOOL, (2_900, 6_900), weight=0.6, subject=DC,
       brands=_SPEAKERS, serial=True, tasks="audio"),
    _t("classroom", "Tủ đựng hồ sơ lớp học", "cái", TOOL, (1_900, 3_800), weight=0.6,
       brands=(("Hòa Phát", "TU09K3", "Việt Nam"),)),
    _t("classroom", "Bình chữa cháy bột ABC 4 kg", "bình", TOOL, (280, 420), qty=(1, 2),
       weight=0.5, brands=(("Tomoken", "MFZL4", "Việt Nam"),)),
    # -- smart classroom ---------------------------------------------------------------
    _t("smart", "Màn hình tương tác 75 inch", "cái", FA, (45_000, 72_000), weight=0.6,
       subject=DC, brands=_INTERACTIVE, serial=True, tasks="interactive", since=2021),
    _t("smart", "Màn hình tương tác 86 inch", "cái", FA, (72_000, 109_000), weight=0.3,
       subject=DC, brands=_INTERACTIVE, serial=True, tasks="interactive", since=2022),
    _t("smart", "Máy tính xách tay giáo viên", "chiếc", FA, (15_500, 22_900), weight=0.6,
       subject=DC, brands=_LAPTOPS, serial=True, tasks="computer", since=2021),
    _t("smart", "Máy tính bảng học sinh", "chiếc", TOOL, (5_200, 8_900), weight=2.5,
       subject=DC, brands=_TABLETS, serial=True, numbered=True, tasks="tablet", since=2022),
    _t("smart", "Tủ sạc và bảo quản máy tính bảng 36 ngăn", "cái", TOOL, (7_800, 9_600),
       weight=0.3, since=2022),
    _t("smart", "Máy chiếu vật thể", "cái", TOOL, (5_500, 9_500), weight=0.4, subject=DC,
       brands=(("AVer", "U70+", "Đài Loan"), ("Elmo", "MX-P3", "Nhật Bản")), serial=True,
       tasks="camera", since=2021),
    _t("smart", "Điều hòa nhiệt độ 18.000 BTU", "bộ", FA, (14_500, 21_900), weight=0.5,
       brands=_AIRCON, serial=True, tasks="aircon"),
    _t("smart", "Bộ âm thanh lớp học (amply, loa treo tường)", "bộ", TOOL, (6_500, 9_800),
       weight=0.4, brands=(("Bosch", "PLE-1ME060/LB1-UM20E", "Trung Quốc"),), tasks="audio"),
    _t("smart", "Micro không dây", "bộ", TOOL, (900, 2_600), weight=0.5, subject=DC,
       brands=_MICS, serial=True, tasks="mic"),
    # -- online classroom --------------------------------------------------------------
    _t("online", "Camera hội nghị truyền hình trực tuyến", "bộ", FA, (18_500, 45_000),
       weight=0.5, brands=_CONF_CAMERAS, serial=True, tasks="camera", since=2020),
    _t("online", "Bộ micro và loa hội nghị đa hướng", "bộ", TOOL, (4_200, 9_200), weight=0.5,
       brands=(("Jabra", "Speak 750", "Trung Quốc"), ("Yealink", "CP900", "Trung Quốc")),
       serial=True, tasks="audio", since=2020),
    _t("online", "Màn hình hiển thị LED 75 inch", "cái", FA, (24_500, 36_000), weight=0.4,
       brands=(("Samsung", "QH75C", "Việt Nam"), ("LG", "75UR640S", "Indonesia")), serial=True,
       tasks="tv", since=2020),
    _t("online", "Máy tính để bàn điều khiển phòng học trực tuyến", "bộ", FA, (16_500, 23_500),
       weight=0.4, brands=_DESKTOPS, serial=True, tasks="computer", since=2020),
    _t("online", "Bộ phát Wi-Fi chuyên dụng", "cái", TOOL, (1_900, 4_200), weight=0.4,
       brands=(("TP-Link", "EAP650", "Việt Nam"), ("Ubiquiti", "UniFi U6-Lite", "Trung Quốc")),
       serial=True, tasks="network", since=2020),
    _t("online", "Bộ lưu điện UPS 2 kVA", "bộ", TOOL, (6_200, 9_400), weight=0.3,
       brands=(("Santak", "C2K", "Trung Quốc"), ("APC", "SRV2KI", "Philippines")), serial=True,
       tasks="network", since=2020),
    _t("online", "Rèm cửa cách âm chống nắng", "bộ", TOOL, (3_200, 6_400), weight=0.3, since=2020),
    _t("online", "Điều hòa nhiệt độ 24.000 BTU", "bộ", FA, (19_500, 27_900), weight=0.3,
       brands=_AIRCON, serial=True, tasks="aircon", since=2020),
    # -- Tin học -----------------------------------------------------------------------
    _t("tin_hoc", "Máy tính để bàn học sinh", "bộ", FA, (11_200, 16_900), weight=9,
       subject="Tin học", grades=ALL, listed=True, brands=_DESKTOPS, serial=True,
       numbered=True, tasks="computer"),
    _t("tin_hoc", "Máy tính để bàn giáo viên", "bộ", FA, (13_500, 18_900), weight=0.5,
       subject="Tin học", grades=ALL, listed=True, brands=_DESKTOPS, serial=True,
       tasks="computer"),
    _t("tin_hoc", "Tai nghe có micro", "chiếc", TOOL, (250, 690), qty=(10, 45), weight=0.8,
       subject="Tin học", brands=_HEADSETS),
    _t("tin_hoc", "Máy in laser đen trắng", "cái", TOOL, (2_600, 5_200), weight=0.5,
       brands=_PRINTERS, serial=True, tasks="printer"),
    _t("tin_hoc", "Bộ chuyển mạch (switch) 24 cổng", "cái", TOOL, (1_800, 4_200), weight=0.4,
       brands=(("TP-Link", "TL-SG1024D", "Trung Quốc"), ("Cisco", "CBS110-24T", "Trung Quốc")),
       serial=True, tasks="network"),
    _t("tin_hoc", "Bộ lưu điện UPS 1 kVA", "bộ", TOOL, (2_900, 4_800), weight=0.5,
       brands=(("Santak", "Blazer 1000 Pro", "Trung Quốc"),), serial=True, tasks="network"),
    _t("tin_hoc", "Bộ mạch lập trình micro:bit (kèm cảm biến)", "bộ", TEACH, (650, 1_450),
       qty=(6, 12), weight=0.8, subject="Tin học", grades="8, 9", listed=True,
       brands=(("BBC micro:bit", "V2", "Trung Quốc"),), since=2023),
    _t("tin_hoc", "Bộ robot giáo dục lắp ghép lập trình", "bộ", TEACH, (3_800, 8_500),
       qty=(2, 6), weight=0.5, subject="Tin học", grades="8, 9", listed=True,
       brands=(("Makeblock", "mBot2", "Trung Quốc"),), since=2023),
    _t("tin_hoc", "Bàn máy tính học sinh 2 chỗ", "cái", TOOL, (1_200, 2_200), qty=(10, 24),
       weight=0.6, brands=(("Hòa Phát", "BMT-02", "Việt Nam"),)),
    _t("tin_hoc", "Điều hòa nhiệt độ 18.000 BTU", "bộ", FA, (14_500, 21_900), weight=0.6,
       brands=_AIRCON, serial=True, tasks="aircon"),
    # -- Khoa học tự nhiên --------------------------------------------------------------
    _t("khtn", "Kính hiển vi quang học", "cái", TEACH, (3_500, 7_900), weight=2.5, subject=KHTN,
       grades="6, 7", listed=True, brands=_MICROSCOPES, serial=True, numbered=True,
       tasks="microscope"),
    _t("khtn", "Kính lúp cầm tay", "cái", TEACH, (35, 90), qty=(6, 24), weight=0.8,
       subject=KHTN, grades="6", listed=True),
    _t("khtn", "Bộ mô hình tế bào động vật, thực vật", "bộ", TEACH, (450, 1_200), qty=(1, 3),
       weight=0.6, subject=KHTN, grades="6", listed=True),
    _t("khtn", "Mô hình hệ Mặt Trời", "bộ", TEACH, (650, 1_500), weight=0.4, subject=KHTN,
       grades="6", listed=True),
    _t("khtn", "Lực kế ống 5 N", "cái", TEACH, (45, 120), qty=(6, 12), weight=0.6,
       subject=KHTN, grades="6, 8", listed=True),
    _t("khtn", "Bộ thí nghiệm Cơ học (áp suất, lực đẩy Archimedes)", "bộ", TEACH, (750, 1_900),
       qty=(3, 6), weight=0.8, subject=KHTN, grades="8", listed=True, since=2023),
    _t("khtn", "Bộ thí nghiệm Quang học", "bộ", TEACH, (650, 1_700), qty=(3, 6), weight=0.8,
       subject=KHTN, grades="7, 9", listed=True, since=2022),
    _t("khtn", "Bộ thí nghiệm Âm học", "bộ", TEACH, (450, 1_300), qty=(3, 6), weight=0.5,
       subject=KHTN, grades="7", listed=True, since=2022),
    _t("khtn", "Bộ thí nghiệm Điện học", "bộ", TEACH, (850, 2_400), qty=(3, 6), weight=1.0,
       subject=KHTN, grades="8, 9", listed=True, since=2023),
    _t("khtn", "Bộ thí nghiệm Từ học (nam châm, la bàn, ống dây)", "bộ", TEACH, (380, 980),
       qty=(3, 6), weight=0.6, subject=KHTN, grades="7, 9", listed=True, since=2022),
    _t("khtn", "Bộ dụng cụ đo điện (ampe kế, vôn kế, biến trở)", "bộ", TEACH, (650, 1_600),
       qty=(3, 6), weight=0.8, subject=KHTN, grades="8, 9", listed=True, since=2023),
    _t("khtn", "Đồng hồ đo điện đa năng hiện số", "cái", TEACH, (250, 680), qty=(3, 6),
       weight=0.6, subject=KHTN, grades="8, 9", listed=True,
       brands=(("Sanwa", "CD771", "Nhật Bản"), ("UNI-T", "UT33D+", "Trung Quốc"))),
    _t("khtn", "Bộ mô hình cấu tạo phân tử", "bộ", TEACH, (280, 750), qty=(3, 6), weight=0.5,
       subject=KHTN, grades="7", listed=True, since=2022),
    _t("khtn", "Bảng tuần hoàn các nguyên tố hóa học", "tờ", TEACH, (90, 250), qty=(1, 2),
       weight=0.4, subject=KHTN, grades="7, 8, 9", listed=True, since=2022),
    _t("khtn", "Bộ tranh Hệ cơ quan ở người", "bộ", TEACH, (180, 480), weight=0.4,
       subject=KHTN, grades="8", listed=True, since=2023),
    _t("khtn", "Mô hình cấu tạo cơ thể người (bán thân)", "cái", TEACH, (1_900, 4_600),
       weight=0.3, subject=KHTN, grades="8", listed=True, since=2023),
    _t("khtn", "Bộ dụng cụ thủy tinh (ống nghiệm, cốc, bình tam giác, ống đong)", "bộ", TEACH,
       (380, 950), qty=(4, 8), weight=0.9, subject=KHTN, grades=ALL, listed=True),
    _t("khtn", "Đèn cồn thí nghiệm", "cái", TEACH, (30, 75), qty=(6, 12), weight=0.5,
       subject=KHTN, grades=ALL, listed=True),
    _t("khtn", "Cân điện tử 0,01 g", "cái", TEACH, (1_400, 3_200), weight=0.4, subject=KHTN,
       grades=ALL, listed=True, brands=_BALANCES, serial=True, tasks="balance"),
    _t("khtn", "Nhiệt kế điện tử", "cái", TEACH, (120, 380), qty=(3, 6), weight=0.4,
       subject=KHTN, grades="6, 8", listed=True),
    _t("khtn", "Bình chữa cháy bột ABC 4 kg", "bình", TOOL, (280, 420), qty=(1, 2), weight=0.2,
       brands=(("Tomoken", "MFZL4", "Việt Nam"),)),
    # -- KHTN preparation rooms: cabinets, chemicals, consumables ---------------------
    _t("prep_khtn", "Tủ sấy dụng cụ thí nghiệm", "cái", FA, (12_500, 19_500), weight=0.2,
       subject=KHTN, listed=True, brands=_DRYERS, serial=True, tasks="lab_device"),
    _t("prep_khtn", "Tủ hút khí độc", "cái", FA, (35_000, 58_000), weight=0.1, subject=KHTN,
       listed=True, brands=(("Biobase", "FH1000(X)", "Trung Quốc"),), serial=True,
       tasks="lab_device"),
    _t("prep_khtn", "Tủ đựng hóa chất có quạt hút", "cái", TOOL, (5_500, 9_500), weight=0.2,
       subject=KHTN),
    _t("prep_khtn", "Máy cất nước một lần", "cái", FA, (10_500, 18_500), weight=0.1,
       subject=KHTN, brands=(("Hamilton", "WSC/4D", "Anh"),), serial=True, tasks="lab_device"),
    _t("prep_khtn", "Dung dịch HCl 10%", "lọ", CHEM, (25, 60), qty=(2, 10), weight=0.6,
       subject=KHTN, grades="8, 9", listed=True, since=2023),
    _t("prep_khtn", "Dung dịch NaOH 10%", "lọ", CHEM, (25, 60), qty=(2, 10), weight=0.5,
       subject=KHTN, grades="8, 9", listed=True, since=2023),
    _t("prep_khtn", "Dung dịch H2SO4 loãng 15%", "lọ", CHEM, (30, 75), qty=(2, 8), weight=0.4,
       subject=KHTN, grades="8, 9", listed=True, since=2023),
    _t("prep_khtn", "Dung dịch CuSO4 5%", "lọ", CHEM, (35, 90), qty=(2, 8), weight=0.4,
       subject=KHTN, grades="8", listed=True, since=2023),
    _t("prep_khtn", "Dung dịch phenolphtalein 1%", "lọ", CHEM, (40, 95), qty=(1, 4), weight=0.3,
       subject=KHTN, grades="8", listed=True, since=2023),
    _t("prep_khtn", "Dung dịch AgNO3 1%", "lọ", CHEM, (120, 260), qty=(1, 3), weight=0.2,
       subject=KHTN, grades="9", listed=True, since=2024),
    _t("prep_khtn", "Dung dịch iot", "lọ", CHEM, (30, 80), qty=(1, 4), weight=0.2,
       subject=KHTN, grades="6, 8", listed=True),
    _t("prep_khtn", "Natri clorua (NaCl) tinh khiết", "lọ", CHEM, (25, 60), qty=(2, 6),
       weight=0.3, subject=KHTN, grades="6, 8", listed=True),
    _t("prep_khtn", "Đá vôi (CaCO3) dạng viên", "lọ", CHEM, (20, 50), qty=(2, 6), weight=0.3,
       subject=KHTN, grades="8", listed=True, since=2023),
    _t("prep_khtn", "Kẽm viên (Zn)", "lọ", CHEM, (60, 150), qty=(1, 4), weight=0.3,
       subject=KHTN, grades="8, 9", listed=True, since=2023),
    _t("prep_khtn", "Bột sắt (Fe)", "lọ", CHEM, (45, 120), qty=(1, 4), weight=0.3,
       subject=KHTN, grades="8, 9", listed=True, since=2023),
    _t("prep_khtn", "Cồn 90 độ", "chai", CHEM, (25, 55), qty=(3, 12), weight=0.4,
       subject=KHTN, grades=ALL),
    _t("prep_khtn", "Giấy quỳ tím", "hộp", CONS, (25, 60), qty=(2, 10), weight=0.4,
       subject=KHTN, grades="8, 9", listed=True),
    _t("prep_khtn", "Giấy lọc định tính", "hộp", CONS, (35, 90), qty=(2, 6), weight=0.3,
       subject=KHTN, grades=ALL),
    _t("prep_khtn", "Găng tay cao su thí nghiệm", "hộp", CONS, (65, 140), qty=(2, 10),
       weight=0.3, subject=KHTN),
    _t("prep_khtn", "Ống nghiệm thủy tinh dự phòng", "hộp", CONS, (90, 220), qty=(1, 5),
       weight=0.3, subject=KHTN),
    # -- Công nghệ ----------------------------------------------------------------------
    _t("cong_nghe", "Bộ dụng cụ cơ khí (thước, mũi vạch, đục, giũa, cưa)", "bộ", TEACH,
       (650, 1_800), qty=(3, 6), weight=0.7, subject="Công nghệ", grades="8", listed=True,
       since=2023),
    _t("cong_nghe", "Bộ dụng cụ vẽ kĩ thuật", "bộ", TEACH, (180, 450), qty=(6, 12), weight=0.6,
       subject="Công nghệ", grades="8", listed=True, since=2023),
    _t("cong_nghe", "Bộ thực hành lắp đặt mạng điện trong nhà", "bộ", TEACH, (1_500, 3_900),
       qty=(3, 6), weight=0.7, subject="Công nghệ", grades="9", listed=True, since=2024),
    _t("cong_nghe", "Bộ dụng cụ trồng trọt (cuốc, xẻng, bình tưới)", "bộ", TEACH, (250, 700),
       qty=(3, 6), weight=0.5, subject="Công nghệ", grades="7", listed=True, since=2022),
    _t("cong_nghe", "Mô hình ngôi nhà thông minh", "bộ", TEACH, (1_800, 4_800), weight=0.3,
       subject="Công nghệ", grades="6", listed=True),
    _t("cong_nghe", "Mô hình hệ thống điện mặt trời", "bộ", TEACH, (2_500, 6_500), weight=0.2,
       subject="Công nghệ", grades="6", listed=True),
    _t("cong_nghe", "Bộ đồ dùng nấu ăn và bếp điện từ", "bộ", TEACH, (1_200, 2_900), weight=0.3,
       subject="Công nghệ", grades="6", listed=True,
       brands=(("Sunhouse", "SHD6800", "Việt Nam"),)),
    _t("cong_nghe", "Máy khoan cầm tay", "cái", TOOL, (950, 2_400), weight=0.3,
       subject="Công nghệ", brands=_DRILLS),
    _t("prep_cong_nghe", "Tủ đựng dụng cụ thực hành", "cái", TOOL, (2_800, 5_200), weight=0.2,
       subject="Công nghệ"),
    _t("prep_cong_nghe", "Dây điện đơn 1,5 mm²", "cuộn", CONS, (280, 650), qty=(2, 6),
       weight=0.2, subject="Công nghệ", brands=(("Cadivi", "VC 1,5", "Việt Nam"),)),
    # -- Âm nhạc -----------------------------------------------------------------------
    _t("am_nhac", "Đàn organ", "cái", TOOL, (4_200, 8_900), weight=0.7, subject="Âm nhạc",
       grades=ALL, listed=True, brands=_ORGANS, serial=True, tasks="instrument"),
    _t("am_nhac", "Đàn piano điện", "cái", FA, (12_500, 18_900), weight=0.3,
       subject="Âm nhạc", grades=ALL, brands=_PIANOS, serial=True, tasks="instrument"),
    _t("am_nhac", "Đàn guitar cổ điển", "cái", TEACH, (1_500, 3_200), weight=0.4,
       subject="Âm nhạc", grades=ALL, listed=True, brands=(("Yamaha", "C40", "Indonesia"),)),
    _t("am_nhac", "Kèn phím (melodion)", "cái", TEACH, (450, 950), qty=(6, 20), weight=0.5,
       subject="Âm nhạc", grades=ALL, listed=True, brands=(("Suzuki", "MX-32D", "Trung Quốc"),)),
    _t("am_nhac", "Sáo trúc", "cái", TEACH, (35, 90), qty=(10, 40), weight=0.4,
       subject="Âm nhạc", grades=ALL, listed=True),
    _t("am_nhac", "Bộ nhạc cụ gõ (trống con, song loan, thanh phách, triangle)", "bộ", TEACH,
       (350, 900), qty=(3, 6), weight=0.5, subject="Âm nhạc", grades="6, 7", listed=True),
    _t("am_nhac", "Bộ tranh nhạc cụ dân tộc Việt Nam", "bộ", TEACH, (150, 380), weight=0.3,
       subject="Âm nhạc", grades=ALL, listed=True),
    _t("am_nhac", "Loa kéo di động", "cái", TOOL, (2_900, 6_900), weight=0.3, subject="Âm nhạc",
       brands=_SPEAKERS, serial=True, tasks="audio"),
    # -- Mĩ thuật ----------------------------------------------------------------------
    _t("mi_thuat", "Giá vẽ (bảng vẽ) học sinh", "cái", TEACH, (180, 450), qty=(10, 45),
       weight=0.7, subject="Mĩ thuật", grades=ALL, listed=True),
    _t("mi_thuat", "Bộ mẫu vẽ khối hình học thạch cao", "bộ", TEACH, (350, 850), qty=(1, 4),
       weight=0.5, subject="Mĩ thuật", grades=ALL, listed=True),
    _t("mi_thuat", "Bục đặt mẫu vẽ", "cái", TOOL, (450, 950), qty=(1, 3), weight=0.3,
       subject="Mĩ thuật"),
    _t("mi_thuat", "Bàn xoay tạo hình", "cái", TEACH, (150, 420), qty=(6, 12), weight=0.3,
       subject="Mĩ thuật", grades="7, 8", listed=True),
    _t("mi_thuat", "Bộ màu vẽ (màu nước, màu bột)", "hộp", CONS, (45, 180), qty=(10, 45),
       weight=0.5, subject="Mĩ thuật", brands=(("Thiên Long", "Colokit", "Việt Nam"),)),
    _t("mi_thuat", "Tủ trưng bày sản phẩm mĩ thuật", "cái", TOOL, (2_400, 4_900), weight=0.2,
       subject="Mĩ thuật"),
    # -- Ngoại ngữ ---------------------------------------------------------------------
    _t("ngoai_ngu", "Hệ thống phòng học ngoại ngữ (bộ điều khiển và phần mềm)", "bộ", FA,
       (85_000, 165_000), weight=0.08, subject="Tiếng Anh", grades=ALL, listed=True,
       brands=(("Sanako", "Study 1200", "Phần Lan"), ("DLL", "Smart Class", "Việt Nam")),
       serial=True, tasks="computer"),
    _t("ngoai_ngu", "Tai nghe có micro", "chiếc", TOOL, (250, 690), qty=(10, 45), weight=0.6,
       subject="Tiếng Anh", brands=(("Logitech", "H390", "Trung Quốc"),)),
    _t("ngoai_ngu", "Máy nghe nhạc CD, USB", "cái", TOOL, (1_500, 2_900), weight=0.4,
       subject="Tiếng Anh", brands=(("Sony", "ZS-PS50", "Malaysia"),), serial=True,
       tasks="audio"),
    _t("ngoai_ngu", "Bộ tranh theo chủ đề Tiếng Anh", "bộ", TEACH, (250, 650), weight=0.5,
       subject="Tiếng Anh", grades=ALL, listed=True),
    _t("ngoai_ngu", "Bộ thẻ từ vựng Tiếng Anh", "bộ", TEACH, (120, 350), qty=(2, 6),
       weight=0.4, subject="Tiếng Anh", grades="6, 7", listed=True),
    # -- Khoa học xã hội ---------------------------------------------------------------
    _t("khxh", "Bản đồ hành chính Việt Nam", "tờ", TEACH, (180, 450), qty=(1, 3), weight=0.6,
       subject="Lịch sử và Địa lí", grades=ALL, listed=True),
    _t("khxh", "Bản đồ tự nhiên thế giới", "tờ", TEACH, (180, 450), qty=(1, 3), weight=0.4,
       subject="Lịch sử và Địa lí", grades="6", listed=True),
    _t("khxh", "Bản đồ các nước Đông Nam Á", "tờ", TEACH, (150, 380), weight=0.3,
       subject="Lịch sử và Địa lí", grades="7, 8", listed=True, since=2022),
    _t("khxh", "Quả địa cầu hành chính", "quả", TEACH, (250, 650), qty=(2, 6), weight=0.5,
       subject="Lịch sử và Địa lí", grades="6", listed=True),
    _t("khxh", "Quả địa cầu tự nhiên", "quả", TEACH, (250, 650), qty=(2, 6), weight=0.4,
       subject="Lịch sử và Địa lí", grades="6", listed=True),
    _t("khxh", "La bàn", "cái", TEACH, (45, 160), qty=(6, 12), weight=0.3,
       subject="Lịch sử và Địa lí", grades="6", listed=True),
    _t("khxh", "Bộ tranh Lịch sử Việt Nam", "bộ", TEACH, (220, 600), weight=0.4,
       subject="Lịch sử và Địa lí", grades="7, 8, 9", listed=True, since=2022),
    _t("khxh", "Lược đồ các cuộc kháng chiến chống ngoại xâm", "bộ", TEACH, (180, 480),
       weight=0.3, subject="Lịch sử và Địa lí", grades="7", listed=True, since=2022),
    _t("khxh", "Bộ tranh Giáo dục công dân", "bộ", TEACH, (150, 420), weight=0.3,
       subject="Giáo dục công dân", grades=ALL, listed=True),
    # -- Đa chức năng ------------------------------------------------------------------
    _t("da_chuc_nang", "Máy chiếu đa năng", "cái", FA, (11_500, 17_900), weight=0.3, subject=DC,
       listed=True, brands=_PROJECTORS, serial=True, tasks="projector"),
    _t("da_chuc_nang", "Bộ âm thanh hội trường (amply, loa, micro)", "bộ", FA,
       (18_500, 32_000), weight=0.2, brands=(("Jarguar", "PA-506N", "Việt Nam"),),
       serial=True, tasks="audio"),
    _t("da_chuc_nang", "Bộ mô hình hình học không gian", "bộ", TEACH, (350, 950), qty=(2, 4),
       weight=0.4, subject="Toán", grades="7, 8", listed=True, since=2022),
    _t("da_chuc_nang", "Bộ thiết bị vẽ bảng (thước, compa, êke)", "bộ", TEACH, (180, 450),
       qty=(2, 6), weight=0.4, subject="Toán", grades=ALL, listed=True),
    _t("da_chuc_nang", "Bộ tranh minh họa tác phẩm văn học", "bộ", TEACH, (180, 480),
       weight=0.3, subject="Ngữ văn", grades=ALL, listed=True),
    # -- storeroom: sport, spares, office ----------------------------------------------
    _t("store", "Bóng đá số 5", "quả", TEACH, (180, 450), qty=(4, 10), weight=0.4,
       subject="Giáo dục thể chất", grades=ALL, listed=True,
       brands=(("Động Lực", "UHV 2.05", "Việt Nam"),)),
    _t("store", "Bóng rổ số 7", "quả", TEACH, (250, 550), qty=(4, 10), weight=0.3,
       subject="Giáo dục thể chất", grades="8, 9", listed=True,
       brands=(("Molten", "B7G3800", "Thái Lan"),)),
    _t("store", "Lưới và cột cầu lông", "bộ", TEACH, (850, 2_200), qty=(1, 2), weight=0.3,
       subject="Giáo dục thể chất", grades=ALL, listed=True),
    _t("store", "Đồng hồ bấm giây", "cái", TEACH, (120, 380), qty=(2, 4), weight=0.3,
       subject="Giáo dục thể chất", grades=ALL, listed=True,
       brands=(("Casio", "HS-80TW", "Trung Quốc"),)),
    _t("store", "Đệm nhảy cao", "bộ", TEACH, (3_500, 7_800), weight=0.15,
       subject="Giáo dục thể chất", grades="8, 9", listed=True),
    _t("store", "Dây nhảy cá nhân", "cái", TEACH, (25, 60), qty=(10, 40), weight=0.3,
       subject="Giáo dục thể chất", grades=ALL, listed=True),
    _t("store", "Bóng đèn máy chiếu (dự phòng)", "cái", CONS, (950, 2_400), qty=(1, 4),
       weight=0.3, brands=(("Epson", "ELPLP96", "Nhật Bản"),)),
    _t("store", "Mực in laser", "hộp", CONS, (350, 1_200), qty=(2, 8), weight=0.3,
       brands=(("Canon", "Cartridge 303", "Việt Nam"), ("HP", "CF230A", "Việt Nam"))),
    _t("store", "Pin AA", "hộp", CONS, (60, 150), qty=(2, 10), weight=0.2,
       brands=(("Panasonic", "LR6T", "Thái Lan"),)),
    _t("store", "Phấn không bụi", "hộp", CONS, (15, 35), qty=(20, 100), weight=0.3,
       brands=(("MIC", "Phấn trắng", "Việt Nam"),)),
    _t("store", "Máy photocopy", "cái", FA, (26_000, 45_000), weight=0.1,
       brands=(("Ricoh", "MP 2014AD", "Trung Quốc"), ("Toshiba", "e-STUDIO 2523A", "Trung Quốc")),
       serial=True, tasks="photocopier"),
    _t("store", "Máy chiếu đa năng", "cái", FA, (11_500, 17_900), weight=0.3, subject=DC,
       listed=True, brands=_PROJECTORS, serial=True, tasks="projector"),
    _t("store", "Bộ bàn ghế học sinh 2 chỗ ngồi", "bộ", TOOL, (1_150, 2_100), qty=(4, 20),
       weight=0.3, brands=(("Hòa Phát", "BHS110-4", "Việt Nam"),)),
    # -- shared, kept in any subject room ------------------------------------------------
    _t("subject", "Máy chiếu đa năng", "cái", FA, (11_500, 17_900), weight=0.8, subject=DC,
       listed=True, brands=_PROJECTORS, serial=True, tasks="projector"),
    _t("subject", "Tivi 65 inch", "cái", FA, (13_500, 21_900), weight=0.4, subject=DC,
       listed=True, brands=_TVS, serial=True, tasks="tv"),
    _t("subject", "Máy tính xách tay giáo viên", "chiếc", FA, (15_500, 22_900), weight=0.4,
       subject=DC, brands=_LAPTOPS, serial=True, tasks="computer"),
    _t("subject", "Micro không dây", "bộ", TOOL, (900, 2_600), weight=0.4, subject=DC,
       brands=_MICS, serial=True, tasks="mic"),
    _t("subject", "Quạt treo tường", "chiếc", TOOL, (450, 950), qty=(2, 6), weight=0.4,
       brands=(("Senko", "TC1880", "Việt Nam"), ("Panasonic", "F-409MB", "Malaysia"))),
    _t("subject", "Tủ đựng thiết bị dạy học", "cái", TOOL, (2_500, 5_500), weight=0.4,
       brands=(("Hòa Phát", "TU118", "Việt Nam"),)),
)
# fmt: on


def _with_catalogue_codes(templates: Sequence[Template]) -> tuple[Template, ...]:
    """Codes like the ministry's lists: CS + subject + grade + "." + number ("CSKHTN6.01")."""
    numbers: Counter[str] = Counter()
    seen: dict[tuple[str, str], str] = {}
    out = []
    for tpl in templates:
        code = ""
        if tpl.listed:
            key = (tpl.subject, tpl.name)
            if key in seen:  # the same thing kept in two kinds of room
                code = seen[key]
            else:
                prefix = f"CS{_SUBJECT_CODES.get(tpl.subject, 'DC')}"
                if tpl.grade_list:
                    prefix += str(tpl.grade_list[0])
                numbers[prefix] += 1
                code = f"{prefix}.{numbers[prefix]:02d}"
                seen[key] = code
        out.append(replace(tpl, catalogue_code=code))
    return tuple(out)


CATALOGUE: tuple[Template, ...] = _with_catalogue_codes(TEMPLATES)

# Maintenance tasks per group: (kind, description, cost range in thousand đồng, weight,
# plan key). Work done by the school's own staff costs nothing.
Task = tuple[MaintenanceKind, str, tuple[int, int], float, str | None]
_M, _R, _I = MaintenanceKind.MAINTENANCE, MaintenanceKind.REPAIR, MaintenanceKind.INSPECTION

# Plans: key -> (task, category target, interval in days)
# fmt: off
PLANS: dict[str, tuple[str, EquipmentCategory, int]] = {
    "projector": ("Vệ sinh máy chiếu, lưới lọc bụi và kiểm tra giờ bóng đèn", FA, 180),
    "computer": ("Vệ sinh, quét virus và cập nhật phần mềm máy tính", FA, 90),
    "aircon": ("Vệ sinh, bảo dưỡng điều hòa nhiệt độ", FA, 180),
    "lab": ("Vệ sinh, kiểm tra kính hiển vi và dụng cụ thí nghiệm", EquipmentCategory.TEACHING,
            365),
    "chemical": ("Kiểm tra hạn sử dụng, nhãn và sắp xếp tủ hóa chất", CHEM, 180),
    "fire": ("Kiểm tra áp suất bình chữa cháy", TOOL, 180),
}
# fmt: on
# A category plan keeps to the items whose name holds these words.
PLAN_NAMES = {
    "projector": "Máy chiếu",
    "computer": "Máy tính",
    "aircon": "Điều hòa",
    "lab": "Kính hiển vi",
    "fire": "Bình chữa cháy",
}

TASKS: dict[str, tuple[Task, ...]] = {
    "projector": (
        (_M, PLANS["projector"][0], (0, 0), 5, "projector"),
        (_R, "Thay bóng đèn máy chiếu", (1_200, 2_800), 2, None),
        (_R, "Thay quạt tản nhiệt máy chiếu (máy tự tắt do quá nhiệt)", (350, 900), 1, None),
        (_R, "Thay bo mạch nguồn máy chiếu", (1_500, 3_200), 0.5, None),
        (_I, "Kiểm tra cáp HDMI/VGA, điều khiển và độ sáng máy chiếu", (0, 0), 1, None),
    ),
    "tv": (
        (_M, "Vệ sinh màn hình, kiểm tra cáp kết nối và điều khiển", (0, 0), 3, None),
        (_R, "Thay bo mạch nguồn tivi", (900, 2_500), 1, None),
        (_R, "Sửa lỗi mất tiếng, thay loa trong", (400, 1_100), 0.5, None),
    ),
    "interactive": (
        (_M, "Cân chỉnh cảm ứng, cập nhật phần mềm màn hình tương tác", (0, 0), 4, None),
        (_M, "Vệ sinh bề mặt màn hình, kiểm tra cổng kết nối", (0, 0), 2, None),
        (_R, "Sửa lỗi cảm ứng không nhận điểm chạm", (0, 1_500), 1, None),
        (_R, "Thay mô-đun máy tính tích hợp (OPS)", (7_500, 12_500), 0.3, None),
    ),
    "computer": (
        (_M, PLANS["computer"][0], (0, 0), 4, "computer"),
        (_M, "Cài đặt lại hệ điều hành Windows và phần mềm học tập", (0, 200), 3, None),
        (_M, "Vệ sinh máy, tra keo tản nhiệt CPU", (0, 150), 2, None),
        (_R, "Thay ổ cứng SSD 256 GB", (550, 950), 1.5, None),
        (_R, "Thay bộ nguồn máy tính", (400, 850), 1, None),
        (_R, "Thay bàn phím và chuột", (150, 380), 1, None),
        (_R, "Nâng cấp RAM lên 16 GB", (650, 1_200), 0.5, None),
    ),
    "tablet": (
        (_M, "Cập nhật hệ điều hành, cài lại ứng dụng học tập", (0, 0), 4, None),
        (_R, "Thay kính cảm ứng máy tính bảng", (850, 1_900), 1, None),
        (_R, "Thay pin máy tính bảng", (450, 950), 1, None),
    ),
    "aircon": (
        (_M, PLANS["aircon"][0], (150, 350), 5, "aircon"),
        (_R, "Nạp gas điều hòa R32", (350, 750), 1.5, None),
        (_R, "Thay tụ quạt dàn nóng", (250, 550), 0.5, None),
    ),
    "audio": (
        (_M, "Vệ sinh, kiểm tra loa, amply và dây tín hiệu", (0, 0), 3, None),
        (_R, "Sửa loa bị rè, thay củ loa", (300, 900), 1, None),
        (_R, "Thay ắc quy, sạc lại pin loa", (350, 850), 0.5, None),
        (_I, "Kiểm tra hệ thống âm thanh trước lễ khai giảng", (0, 0), 1, None),
    ),
    "mic": (
        (_M, "Thay pin, vệ sinh micro và kiểm tra sóng", (0, 120), 3, None),
        (_R, "Thay củ micro bị rè, mất tiếng", (250, 650), 1, None),
        (_I, "Kiểm tra hệ thống âm thanh trước lễ khai giảng", (0, 0), 1, None),
    ),
    "camera": (
        (_I, "Kiểm tra camera, micro và đường truyền trước buổi học", (0, 0), 3, None),
        (_M, "Cập nhật firmware, hiệu chỉnh hình ảnh", (0, 0), 2, None),
        (_R, "Thay cáp USB/HDMI và bộ chuyển đổi", (150, 450), 1, None),
    ),
    "network": (
        (_I, "Kiểm tra, khởi động lại thiết bị mạng và bộ lưu điện", (0, 0), 3, None),
        (_R, "Thay ắc quy bộ lưu điện", (1_200, 2_600), 1, None),
        (_R, "Thay bộ nguồn (adapter) thiết bị mạng", (150, 450), 0.5, None),
    ),
    "printer": (
        (_M, "Đổ mực, vệ sinh trống máy in", (80, 180), 4, None),
        (_R, "Thay trục kéo giấy máy in", (250, 550), 1, None),
    ),
    "photocopier": (
        (_M, "Thay mực, bảo dưỡng máy photocopy", (300, 650), 4, None),
        (_R, "Thay cụm sấy (lô sấy) máy photocopy", (1_500, 3_200), 1, None),
    ),
    "instrument": (
        (_M, "Vệ sinh, kiểm tra phím và âm sắc của đàn", (0, 0), 3, None),
        (_R, "Thay bộ nguồn (adapter) của đàn", (250, 650), 1, None),
        (_R, "Sửa phím đàn bị kẹt, không ra tiếng", (300, 800), 0.5, None),
    ),
    "microscope": (
        (_M, PLANS["lab"][0], (0, 0), 4, "lab"),
        (_R, "Thay bóng đèn chiếu sáng kính hiển vi", (80, 220), 1, None),
        (_R, "Căn chỉnh núm vi cấp, tra dầu bộ phận cơ", (150, 350), 0.5, None),
    ),
    "balance": (
        (_I, "Hiệu chuẩn cân bằng quả cân chuẩn", (0, 0), 3, "lab"),
        (_R, "Thay pin và cảm biến tải của cân", (350, 850), 0.5, None),
    ),
    "lab_device": (
        (_M, PLANS["lab"][0], (0, 0), 3, "lab"),
        (_R, "Thay rơ-le nhiệt, dây điện trở", (450, 1_200), 1, None),
        (_I, "Kiểm tra quạt hút, bộ điều khiển nhiệt độ", (0, 0), 1, None),
    ),
}

_SUPPLIERS = (
    "Công ty CP Thiết bị Giáo dục Minh Khoa",
    "Công ty TNHH Thiết bị Trường học Hồng Phát",
    "Công ty CP Công nghệ và Thiết bị Sao Việt",
    "Công ty TNHH Thương mại Dịch vụ Hải Đăng",
    "Công ty CP Sách và Thiết bị Giáo dục Trường Thịnh",
    "Công ty TNHH Tin học Phúc An",
)
_REPAIR_SHOPS = (
    "Cửa hàng Điện tử – Tin học Minh Phát",
    "Công ty TNHH Dịch vụ Kỹ thuật Tân Tiến",
    "Trung tâm sửa chữa điện tử Hoàng Long",
)
_AIRCON_SHOPS = ("Công ty TNHH Điện lạnh Bách Khoa", "Điện lạnh Thành Công")
_SPONSORS = (
    "Hội Cha mẹ học sinh nhà trường",
    "Ngân hàng Thương mại cổ phần Nam Phong (chi nhánh huyện)",
    "Công ty TNHH May mặc Phú Thành",
    "Cựu học sinh khóa 2005–2009",
)
_PROGRAMMES = (
    "Đề án chuyển đổi số trong giáo dục",
    "Chương trình kiên cố hóa trường lớp và mua sắm thiết bị",
    "Chương trình giáo dục phổ thông 2018 – thiết bị dạy học tối thiểu",
)
# fmt: off
_FUNDING = {
    "default": ((FundingSource.STATE_BUDGET, 78), (FundingSource.PARENTS, 12),
                (FundingSource.SPONSOR, 6), (FundingSource.PROGRAMME, 4)),
    "smart": ((FundingSource.STATE_BUDGET, 35), (FundingSource.PARENTS, 40),
              (FundingSource.SPONSOR, 20), (FundingSource.PROGRAMME, 5)),
    "online": ((FundingSource.STATE_BUDGET, 45), (FundingSource.PROGRAMME, 40),
               (FundingSource.SPONSOR, 10), (FundingSource.PARENTS, 5)),
}
# fmt: on


# == generating equipment ============================================================


@dataclass
class _Line:
    """One register line before it is written; ``values`` are EquipmentInput fields."""

    tpl: Template
    values: dict[str, Any]
    room: Room | None
    order: int
    id: str = ""


def _price(rng: random.Random, price_k: tuple[int, int]) -> int:
    lo, hi = price_k[0] * 1000, price_k[1] * 1000
    step = 10_000 if hi >= 1_000_000 else 1_000
    return rng.randint(lo // step, hi // step) * step


def _school_year(d: date) -> str:
    start = d.year if d.month >= 8 else d.year - 1
    return f"{start}–{start + 1}"


def _conditions(rng: random.Random, tpl: Template, quantity: int) -> tuple[int, int, int, int]:
    """(good, minor damage, broken, lost): mostly all good."""
    if tpl.category in (CHEM, CONS) or quantity == 0:
        return quantity, 0, 0, 0
    minor = broken = lost = 0
    u = rng.random()
    if quantity == 1:  # one device: good, worn or out of order
        return (1, 0, 0, 0) if u < 0.84 else (0, 1, 0, 0) if u < 0.95 else (0, 0, 1, 0)
    if u < 0.72:
        pass
    elif u < 0.86:
        minor = rng.randint(1, max(1, quantity // 3))
    elif u < 0.96:
        broken = rng.randint(1, max(1, quantity // 4))
    else:
        lost = rng.randint(1, max(1, quantity // 6))
    return quantity - minor - broken - lost, minor, broken, lost


def _make_and_model(rng: random.Random, tpl: Template, year: int) -> tuple[str, str, str]:
    if not tpl.brands:
        return "", "", tpl.origin
    on_sale = [b for b in tpl.brands if len(b) < 4 or b[3] <= year]
    if not on_sale:
        on_sale = [min(tpl.brands, key=lambda b: b[3] if len(b) > 3 else 0)]
    brand = rng.choice(on_sale)
    return brand[0], brand[1], brand[2]


def _make_lines(seed: int, count: int, rooms: _Rooms, ref: date) -> list[_Line]:
    rng = _rng(seed, f"equipment:{count}")
    store = rooms.by_place.get("store", [])
    usable = [t for t in CATALOGUE if rooms.by_place.get(t.place)]
    weights = [t.weight for t in usable]
    picks = rng.choices(usable, weights=weights, k=count) if usable else []
    ten_years = ref - timedelta(days=3652)
    lines: list[_Line] = []
    for order, tpl in enumerate(picks):
        room: Room | None = rng.choice(rooms.by_place[tpl.place])

        # When: grade-specific items arrived with the 2018 programme (grade 6 in
        # 2021, grade 9 in 2024); chemicals and consumables are recent.
        earliest = ten_years
        grades = tpl.grade_list
        if tpl.listed and grades and tpl.category != EquipmentCategory.FIXED_ASSET:
            earliest = max(earliest, date(2021 + min(grades) - 6, 6, 1))
        if tpl.since:
            earliest = max(earliest, date(tpl.since, 1, 1))
        if tpl.category == CHEM:
            earliest = max(earliest, ref - timedelta(days=3 * 365))
        elif tpl.category == CONS:
            earliest = max(earliest, ref - timedelta(days=2 * 365))
        acquired = _between(rng, min(earliest, ref), ref)
        in_service = min(ref, acquired + timedelta(days=rng.randint(0, 20)))
        brand, model, origin = _make_and_model(rng, tpl, acquired.year)
        warranty = None
        if tpl.serial:
            warranty = acquired + timedelta(days=365 * rng.choice((1, 1, 2, 3)))

        quantity = rng.randint(*tpl.qty)
        good, minor, broken, lost = _conditions(rng, tpl, quantity)
        price = _price(rng, tpl.price_k)
        category = tpl.category
        if price >= FIXED_ASSET_THRESHOLD and category not in (CHEM, CONS):
            category = EquipmentCategory.FIXED_ASSET

        profile = _FUNDING.get(tpl.place, _FUNDING["default"])
        funding = rng.choices([f for f, _ in profile], [w for _, w in profile])[0]
        notes: list[str] = []
        supplier = rng.choice(_SUPPLIERS)
        if funding == FundingSource.SPONSOR:
            notes.append(f"Tài trợ của {rng.choice(_SPONSORS)}")
            supplier = ""
        elif funding == FundingSource.PARENTS:
            notes.append(f"Nguồn xã hội hóa năm học {_school_year(acquired)}")
        elif funding == FundingSource.PROGRAMME:
            notes.append(f"Thuộc {rng.choice(_PROGRAMMES)}")

        status = EquipmentStatus.IN_USE
        if room is not None and room.kind == RoomKind.STOREROOM and tpl.place != "store":
            status = EquipmentStatus.IN_STORE  # spares kept in the storeroom
        elif tpl.place == "store":
            status = rng.choice((EquipmentStatus.IN_STORE, EquipmentStatus.IN_USE))
        old = (ref - acquired).days > 6 * 365
        if broken == quantity and quantity:
            if old and rng.random() < 0.5:
                status = EquipmentStatus.DISPOSED
                number = rng.randint(8, 60)
                notes.append(
                    f"Đã thanh lý theo Quyết định số {number}/QĐ-THCS "
                    f"ngày {_between(rng, ref - timedelta(days=300), ref):%d/%m/%Y}"
                )
                room = store[0] if store else room
            elif tpl.tasks and rng.random() < 0.6:
                status = EquipmentStatus.IN_REPAIR
            else:
                status = EquipmentStatus.IN_STORE
                notes.append("Hỏng, chờ thanh lý")
        elif broken:
            notes.append(f"Hỏng {broken} {tpl.unit}, đề nghị sửa chữa")
        if lost:
            notes.append(f"Thiếu {lost} {tpl.unit} khi kiểm kê")
        if tpl.category == CHEM:
            expiry = acquired + timedelta(days=365 * rng.choice((2, 3, 5)))
            notes.append(f"Hạn sử dụng: {expiry:%m/%Y}")

        serial = ""
        if tpl.serial:
            head = "".join(ch for ch in brand.upper() if ch.isalnum())[:2] or "SN"
            serial = f"{head}{acquired.year % 100:02d}{rng.randrange(16**7):07X}"
        lines.append(
            _Line(
                tpl,
                {
                    "name": tpl.name,
                    "catalogue_code": tpl.catalogue_code,
                    "category": category,
                    "subject": tpl.subject,
                    "grades": tpl.grades,
                    "brand": brand,
                    "model": model,
                    "serial": serial,
                    "origin": origin,
                    "supplier": supplier,
                    "room_id": room.id if room is not None else None,
                    "unit": tpl.unit,
                    "quantity": quantity,
                    "qty_good": good,
                    "qty_minor_damage": minor,
                    "qty_broken": broken,
                    "qty_lost": lost,
                    "unit_price": price,
                    "funding_source": funding,
                    "acquired_on": acquired,
                    "in_service_on": in_service,
                    "warranty_until": warranty,
                    "status": status,
                    "notes": "; ".join(notes),
                },
                room,
                order,
            )
        )

    # A register numbers its lines in the order things arrived.
    lines.sort(key=lambda line: (line.values["acquired_on"], line.order))
    numbers: Counter[tuple[str, str]] = Counter()
    for index, line in enumerate(lines, start=1):
        line.values["asset_code"] = f"TB-{index:06d}"
        if line.tpl.numbered:
            key = (line.tpl.name, line.room.id if line.room else "")
            numbers[key] += 1
            line.values["name"] = f"{line.tpl.name} số {numbers[key]:02d}"
    return lines


def _row(line: _Line, school_id: str, stamp: Any) -> dict[str, Any]:
    """The table row of a line: validated as a form entry, derived columns as the service."""
    data = parse(EquipmentInput, line.values)
    row = data.model_dump()
    row["asset_code_norm"] = normalise_code(data.asset_code)
    row["name_norm"] = fold(data.name)
    row["search_text"] = equipment_search_text(data, line.room)
    line.id = uuid7()
    row.update(
        id=line.id,
        school_id=school_id,
        created_at=stamp,
        updated_at=stamp,
        deleted_at=None,
        version=1,
    )
    return row


def _insert_rows(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT the rows (dicts with the same keys) into ``table`` in few statements.

    The FTS5 index is fed by a trigger and flushes its pending terms at the end of
    every statement, so a plain executemany (one statement per row) indexes several
    times slower. Asking for RETURNING makes SQLAlchemy send the rows as multi-row
    INSERTs ("insertmanyvalues", hundreds of rows each); SQLite >= 3.35 has it.
    """
    if s.get_bind().dialect.insert_returning:
        s.execute(insert(table).returning(table.c.id), rows).all()
    else:  # pragma: no cover - old SQLite
        s.execute(insert(table), rows)


def _item_history(
    s: Session, reg: Register, stamp: datetime, lines: list[tuple[str, str, str]]
) -> None:
    """One audit line per item (id, action, summary), so each item's History tab
    tells where it came from, as it would for an item entered by hand."""
    s.execute(
        insert(AuditEntry),
        [
            audit.bulk_row(reg, stamp, "equipment", item_id, action, summary)
            for item_id, action, summary in lines
        ],
    )


def _write_equipment(reg: Register, lines: list[_Line], progress: Progress | None) -> None:
    total = len(lines)
    school_id = reg.school_id
    for start in range(0, total, CHUNK_SIZE):
        chunk = lines[start : start + CHUNK_SIZE]
        stamp = now_utc()
        rows = [_row(line, school_id, stamp) for line in chunk]
        first, last = chunk[0].values["asset_code"], chunk[-1].values["asset_code"]
        with reg.write() as s:
            _insert_rows(s, Equipment.__table__, rows)
            _item_history(s, reg, stamp, [(r["id"], "import", "Tạo dữ liệu mẫu") for r in rows])
            audit.record(
                s,
                reg,
                "equipment",
                school_id,
                "import",
                {"count": [None, len(rows)], "asset_code": [first, last]},
                f"Tạo dữ liệu mẫu: {_n(len(rows))} thiết bị ({first} – {last})",
            )
        if progress is not None:
            progress(start + len(chunk), total)


# == maintenance =====================================================================


def _make_plans(reg: Register, seed: int, lines: list[_Line], ref: date) -> dict[str, str]:
    """A few plans by category, and one each for the smart and online rooms' main device."""
    rng = _rng(seed, "plans")
    made: dict[str, str] = {}
    specs: list[tuple[str, dict[str, Any]]] = []
    for key, (task, category, interval) in PLANS.items():
        specs.append(
            (
                key,
                {
                    "category": category,
                    "name_contains": PLAN_NAMES.get(key, ""),
                    "task": task,
                    "interval_days": interval,
                },
            )
        )
    for key, name, task, interval in (
        (
            "smart",
            "Màn hình tương tác",
            "Cân chỉnh cảm ứng, cập nhật phần mềm màn hình tương tác phòng học thông minh",
            90,
        ),
        (
            "online",
            "Camera hội nghị",
            "Kiểm tra camera, micro và đường truyền phòng học trực tuyến",
            30,
        ),
    ):
        target = next(
            (
                ln
                for ln in lines
                if ln.tpl.place == key
                and ln.values["name"].startswith(name)
                and ln.values["status"] != EquipmentStatus.DISPOSED
            ),
            None,
        )
        if target is not None:
            specs.append(
                (key, {"equipment_id": target.id, "task": task, "interval_days": interval})
            )
    for key, spec in specs:
        spec["next_due_on"] = ref + timedelta(days=rng.randint(1, spec["interval_days"]))
        plan = create_plan(reg, parse(MaintenancePlanInput, spec))
        made[key] = plan.id
    return made


def _pick_task(rng: random.Random, tasks: Sequence[Task]) -> Task:
    return rng.choices(tasks, weights=[t[3] for t in tasks])[0]


def _maintenance_rows(
    seed: int,
    lines: list[_Line],
    plans: dict[str, str],
    rooms: _Rooms,
    officer: str,
    ref: date,
) -> list[dict[str, Any]]:
    """Records for the devices, oldest first per item; the ones in repair are sent out."""
    rng = _rng(seed, "maintenance")
    out: list[dict[str, Any]] = []
    for line in lines:
        tasks = TASKS.get(line.tpl.tasks)
        if not tasks or line.values["status"] == EquipmentStatus.DISPOSED:
            continue
        v = line.values
        start: date = v["in_service_on"] + timedelta(days=14)
        if start >= ref:
            continue
        in_repair = v["status"] == EquipmentStatus.IN_REPAIR
        u = rng.random()
        count = 0 if u < 0.42 else 1 if u < 0.72 else 2 if u < 0.9 else 3
        if in_repair:
            count = max(count, 1)
        days = sorted(_between(rng, start, ref) for _ in range(count))
        if in_repair:  # sent out lately, not back yet
            days[-1] = _between(rng, max(start, days[-1], ref - timedelta(days=45)), ref)
        staff = rooms.responsible.get(line.room.id) if line.room else None
        for i, day in enumerate(days):
            kind, description, cost_k, _, plan_key = _pick_task(rng, tasks)
            sent_out = in_repair and i == count - 1
            if sent_out:
                repairs = [t for t in tasks if t[0] == _R] or list(tasks)
                kind, description, cost_k, _, plan_key = _pick_task(rng, repairs)
                kind = _R
            cost = _price(rng, cost_k) if cost_k[1] else 0
            under_warranty = v["warranty_until"] is not None and day <= v["warranty_until"]
            notes = ""
            if kind == _R:
                if under_warranty:
                    who = f"Trung tâm bảo hành {v['brand']}" if v["brand"] else v["supplier"]
                    who = who or rng.choice(_REPAIR_SHOPS)
                    cost = 0
                    notes = "Sửa chữa trong thời gian bảo hành"
                elif line.tpl.tasks == "aircon":
                    who = rng.choice(_AIRCON_SHOPS)
                else:
                    who = rng.choice(_REPAIR_SHOPS)
            elif cost and line.tpl.tasks in ("aircon", "photocopier"):
                who = rng.choice(_AIRCON_SHOPS if line.tpl.tasks == "aircon" else _REPAIR_SHOPS)
            else:
                who = officer if staff is None or rng.random() < 0.5 else staff.full_name
            if sent_out:
                result = MaintenanceResult.SENT_OUT
                notes = (notes + "; " if notes else "") + "Đã gửi thiết bị đi sửa, chưa nhận lại"
            elif kind == _R:
                result = (
                    MaintenanceResult.NOT_FIXED
                    if v["qty_broken"] and rng.random() < 0.4
                    else MaintenanceResult.FIXED
                )
            else:
                result = MaintenanceResult.DONE
            plan_id = plans.get(plan_key) if plan_key else None
            next_due = None
            if plan_key and plan_key in PLANS:
                next_due = day + timedelta(days=PLANS[plan_key][2])
            out.append(
                {
                    "equipment_id": line.id,
                    "plan_id": plan_id,
                    "kind": kind,
                    "performed_on": day,
                    "description": description,
                    "performed_by": who,
                    "cost": cost,
                    "result": result,
                    "next_due_on": next_due,
                    "notes": notes,
                }
            )
    return out


def _write_maintenance(reg: Register, records: list[dict[str, Any]]) -> None:
    school_id = reg.school_id
    for start in range(0, len(records), CHUNK_SIZE):
        chunk = records[start : start + CHUNK_SIZE]
        stamp = now_utc()
        rows = []
        for record in chunk:
            plan_id = record["plan_id"]
            data = parse(MaintenanceInput, {k: v for k, v in record.items() if k != "plan_id"})
            row = data.model_dump()
            row.update(
                id=uuid7(),
                plan_id=plan_id,
                school_id=school_id,
                created_at=stamp,
                updated_at=stamp,
                deleted_at=None,
                version=1,
            )
            rows.append(row)
        with reg.write() as s:
            _insert_rows(s, MaintenanceRecord.__table__, rows)
            _item_history(
                s,
                reg,
                stamp,
                [
                    (
                        r["equipment_id"],
                        "maintenance",
                        f"Bảo trì/sửa chữa ngày {r['performed_on']:%d/%m/%Y}: "
                        f"{r['description'][:150]}",
                    )
                    for r in rows
                ],
            )
            audit.record(
                s,
                reg,
                "maintenance",
                school_id,
                "import",
                {"count": [None, len(rows)]},
                f"Tạo dữ liệu mẫu: {_n(len(rows))} bản ghi bảo trì",
            )


# == the entry point =================================================================


def generate_demo(
    reg: Register,
    items: int = 2000,
    seed: int = 1,
    progress: Progress | None = None,
    school: SchoolInput | None = None,
) -> DemoSummary:
    """Fill an empty register with a demo THCS school: staff, rooms, equipment, upkeep.

    A register without a school gets ``school`` (or a made-up one); a register whose
    school is already declared keeps it and gets the demo rooms and equipment added.
    Refused (ServiceError) once the register holds any equipment, so running it twice
    cannot duplicate asset codes. ``progress(done, total)`` follows the equipment.
    """
    if items < 0:
        raise ServiceError("Số thiết bị của dữ liệu mẫu phải từ 0 trở lên.")
    with reg.read() as s:
        existing = s.scalar(select(func.count()).select_from(Equipment)) or 0
        others = sum(s.scalar(select(func.count()).select_from(m)) or 0 for m in (Room, Staff))
    if others and not existing:
        raise ServiceError(
            "Sổ này đã có phòng hoặc cán bộ. Dữ liệu mẫu chỉ tạo cho sổ còn trống; "
            "hãy dùng một tệp sổ mới (ví dụ: sotb demo --db so-mau.sqlite)."
        )
    if existing:
        raise ServiceError(
            f"Sổ này đã có {_n(existing)} thiết bị. Dữ liệu mẫu chỉ tạo cho sổ còn trống; "
            "hãy dùng một tệp sổ mới (ví dụ: sotb demo --db so-mau.sqlite)."
        )
    ref = reference_date(seed)
    if not reg.has_school():
        set_up_school(reg, school if school is not None else demo_school(seed))
    the_school = reg.school()

    people = _make_staff(
        reg, seed, the_school.name, the_school.principal, the_school.equipment_officer
    )
    rooms = _make_rooms(reg, seed, people, the_school.class_count, f"{ref:%d/%m/%Y}")
    lines = _make_lines(seed, items, rooms, ref)
    _write_equipment(reg, lines, progress)
    plans = _make_plans(reg, seed, lines, ref)
    records = _maintenance_rows(seed, lines, plans, rooms, people.officer.full_name, ref)
    _write_maintenance(reg, records)
    add_demo_usage(reg, seed, ref)
    add_demo_loans(reg, seed)
    add_demo_disposals(reg, seed, ref)
    add_demo_faults(reg, seed, ref)
    return DemoSummary(
        rooms=len(rooms.made),
        items=len(lines),
        maintenance_records=len(records),
        staff=len(people.all),
        maintenance_plans=len(plans),
        school_name=the_school.name,
    )
