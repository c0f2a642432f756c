"""Demo fault reports (báo hỏng), made from what the demo register already says.

Every repair in the demo's maintenance log was reported first: a repair fixed or not
fixed becomes a closed report, a repair still out becomes a report being repaired
(promised back some days after it left, some of them late), and items with broken
units that nobody is repairing get reports still waiting. The units those reports hold
are already among the item's broken ones; where a repair under way had none, one
good unit is marked broken with it. Deterministic for a seed, written in bulk with
their audit lines (14,000 reports at 100,000 items in a few seconds).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from app.models import AuditEntry, Equipment, FaultReport, MaintenanceRecord, Staff
from app.models.enums import EquipmentStatus, FaultStatus, MaintenanceKind, MaintenanceResult
from app.models.ids import uuid7
from app.services import audit
from app.services.common import now_utc
from app.services.register import Register
from app.services.search_text import fault_search_text

CHUNK = 5000
WAITING_SHARE = 0.25  # of the items with broken units and no repair: reported, waiting

# Symptoms as a teacher reports them, by the start (or the words) of the item's name.
SYMPTOMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"^máy chiếu",
        (
            "Máy chiếu không lên hình, đèn báo nhấp nháy đỏ",
            "Hình mờ, ám vàng, có vệt đen giữa màn",
            "Máy chiếu tự tắt sau khoảng 15 phút sử dụng",
            "Quạt kêu to, máy rất nóng",
        ),
    ),
    (r"^bóng đèn", ("Bóng đèn cháy, không sáng", "Bóng đèn sáng yếu, nhấp nháy")),
    (
        r"^máy tính",
        (
            "Máy không khởi động, bấm nguồn không lên",
            "Máy chạy rất chậm, hay treo khi mở phần mềm",
            "Màn hình xanh, máy tự khởi động lại",
            "Không vào được mạng, không nhận bàn phím",
        ),
    ),
    (r"^bộ lưu điện", ("Mất điện là tắt ngay, ắc quy không giữ điện", "Kêu bíp liên tục")),
    (
        r"^điều hòa",
        (
            "Điều hòa không mát, chỉ thổi gió",
            "Điều hòa chảy nước xuống tường",
            "Cục nóng kêu to, máy ngắt liên tục",
        ),
    ),
    (
        r"^màn hình",
        (
            "Màn hình cảm ứng không nhận, lệch điểm chạm",
            "Màn hình có sọc ngang, mất một góc hình",
            "Không nhận tín hiệu HDMI từ máy tính",
        ),
    ),
    (r"^tivi", ("Tivi không lên nguồn", "Tivi có tiếng nhưng không có hình")),
    (r"^tai nghe", ("Tai nghe mất tiếng một bên", "Micro của tai nghe không nhận tiếng")),
    (
        r"^micro|^loa|âm thanh|hội nghị|^máy nghe nhạc",
        (
            "Loa rè, lúc có lúc mất tiếng",
            "Micro không nhận tín hiệu, tiếng rè",
            "Không lên nguồn, không sạc được pin",
        ),
    ),
    (r"^kính", ("Núm chỉnh tiêu cự bị trơn, không lấy nét được", "Vỡ thấu kính, đèn không sáng")),
    (r"^đàn|^kèn", ("Một số phím không ra tiếng", "Đàn không lên nguồn, rè tiếng")),
    (r"bàn ghế|^bàn|^giá vẽ|^tủ|^bục", ("Gãy chân, lung lay", "Bản lề gãy, khóa hỏng")),
    (r"^quạt", ("Quạt quay yếu, kêu lạch cạch", "Quạt không chạy")),
    (r"^máy in|^máy photocopy", ("Máy kẹt giấy liên tục", "Bản in mờ, có vệt đen")),
    (
        r"^bản đồ|^lược đồ|^bộ tranh|^bảng tuần hoàn|^bộ thẻ",
        ("Rách mép, bong lớp ép", "Bạc màu, mờ chữ, không treo được"),
    ),
    (r"thủy tinh|^ống nghiệm|^đèn cồn", ("Vỡ, nứt trong giờ thực hành", "Sứt miệng, nứt đáy")),
    (r"^camera|wi-fi|chuyển mạch", ("Mất kết nối, đèn báo lỗi", "Không lên nguồn")),
)
GENERIC = (
    "Hỏng, không sử dụng được",
    "Gãy, nứt vỡ trong giờ thực hành",
    "Hoạt động chập chờn, lúc được lúc không",
    "Thiếu chi tiết, không lắp đủ bộ",
)
REPORTERS_OUTSIDE = ("Bảo vệ trường", "Lớp trưởng lớp 7A2", "Tổ trưởng tổ Khoa học tự nhiên")


@dataclass(frozen=True)
class DemoFaults:
    reports: int = 0
    waiting: int = 0
    repairing: int = 0
    fixed: int = 0
    not_fixed: int = 0


def _rng(seed: int, part: str) -> random.Random:
    return random.Random(f"sotb-demo:{seed}:{part}")


def symptom(rng: random.Random, name: str) -> str:
    lowered = name.lower()
    for pattern, texts in SYMPTOMS:
        if re.search(pattern, lowered):
            return rng.choice(texts)
    return rng.choice(GENERIC)


def add_demo_faults(reg: Register, seed: int, ref: date) -> DemoFaults:
    """Reports for the demo's repairs and for some broken units nobody repairs yet."""
    rng = _rng(seed, "faults")
    school = reg.school_id
    today = date.today()  # a repair closed the demo's day is never in the future
    with reg.read() as s:
        teachers = [
            (m.id, m.full_name)
            for m in s.scalars(
                select(Staff)
                .where(Staff.school_id == school, Staff.deleted_at.is_(None))
                .order_by(Staff.created_at, Staff.id)
            )
        ]
        repairs = s.execute(
            select(
                MaintenanceRecord.id,
                MaintenanceRecord.equipment_id,
                MaintenanceRecord.performed_on,
                MaintenanceRecord.performed_by,
                MaintenanceRecord.result,
            )
            .where(
                MaintenanceRecord.school_id == school,
                MaintenanceRecord.deleted_at.is_(None),
                MaintenanceRecord.kind == MaintenanceKind.REPAIR,
            )
            .order_by(MaintenanceRecord.performed_on, MaintenanceRecord.id)
        ).all()
        items = {
            row.id: row
            for row in s.execute(
                select(
                    Equipment.id,
                    Equipment.asset_code,
                    Equipment.name,
                    Equipment.unit,
                    Equipment.qty_good,
                    Equipment.qty_broken,
                    Equipment.status,
                    Equipment.in_service_on,
                ).where(
                    Equipment.school_id == school,
                    Equipment.deleted_at.is_(None),
                    Equipment.status != EquipmentStatus.DISPOSED,
                )
            )
        }
    stamp = now_utc()
    faults: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    units: dict[str, tuple[int, int]] = {}  # item -> (good, broken) once a unit moved
    held: dict[str, int] = {}  # item -> broken units held by reports still open
    counts = {status: 0 for status in FaultStatus}

    def reporter() -> tuple[str | None, str]:
        if teachers and rng.random() < 0.85:
            return rng.choice(teachers)
        return None, rng.choice(REPORTERS_OUTSIDE)

    def add(
        item: Any, reported: date, status: FaultStatus, repairer: str = "", **more: Any
    ) -> None:
        reporter_id, reported_by = reporter()
        description = symptom(rng, item.name)
        row = {
            "id": uuid7(),
            "school_id": school,
            "created_at": stamp,
            "updated_at": stamp,
            "deleted_at": None,
            "version": 1,
            "equipment_id": item.id,
            "reported_on": reported,
            "reporter_id": reporter_id,
            "reported_by": reported_by,
            "description": description,
            "quantity": 1,
            "status": status,
            "maintenance_record_id": None,
            "closed_on": None,
            "repair_due_on": None,
            "notes": "",
            "search_text": fault_search_text(description, reported_by, "", repairer),
            **more,
        }
        faults.append(row)
        counts[status] += 1
        history.append(
            audit.bulk_row(
                reg,
                stamp,
                "fault_report",
                row["id"],
                "create",
                f"Báo hỏng {item.asset_code} – {item.name} (1 {item.unit}): {description}",
            )
        )

    def hold_a_broken_unit(item: Any) -> bool:
        """One more broken unit for an open report: a good one is marked broken when
        every broken unit is already held by another report."""
        good, broken = units.get(item.id, (item.qty_good, item.qty_broken))
        if held.get(item.id, 0) >= broken:
            if good < 1:
                return False
            good, broken = good - 1, broken + 1
            units[item.id] = (good, broken)
        held[item.id] = held.get(item.id, 0) + 1
        return True

    repaired: set[str] = set()
    for record_id, item_id, started, repairer, result in repairs:
        item = items.get(item_id)
        if item is None:
            continue
        earliest = item.in_service_on or started
        reported = max(earliest, started - timedelta(days=rng.randint(0, 6)))
        if result == MaintenanceResult.SENT_OUT:
            if not hold_a_broken_unit(item):
                continue
            promised = started + timedelta(days=rng.choice((7, 10, 14, 21, 30)))
            add(
                item,
                reported,
                FaultStatus.REPAIRING,
                repairer,
                maintenance_record_id=record_id,
                repair_due_on=promised,
            )
            repaired.add(item.id)
        elif result in (MaintenanceResult.FIXED, MaintenanceResult.NOT_FIXED):
            closed = min(started + timedelta(days=rng.randint(0, 12)), today)
            fixed = result == MaintenanceResult.FIXED
            if not fixed and item.qty_broken < 1:
                continue
            add(
                item,
                reported,
                FaultStatus.FIXED if fixed else FaultStatus.NOT_FIXED,
                repairer,
                maintenance_record_id=record_id,
                closed_on=max(closed, reported),
            )
            repaired.add(item.id)
    # Broken units nobody is repairing: some were reported lately and wait.
    waiting = sorted(
        (i for i in items.values() if i.qty_broken > 0 and i.id not in repaired),
        key=lambda i: i.asset_code,
    )
    for item in waiting:
        if rng.random() < WAITING_SHARE and hold_a_broken_unit(item):
            add(item, ref - timedelta(days=rng.randint(0, 25)), FaultStatus.OPEN)

    with reg.write() as s:
        for start in range(0, len(faults), CHUNK):
            s.execute(insert(FaultReport), faults[start : start + CHUNK])
        moved = []
        for item_id, (good, broken) in sorted(units.items()):
            item = items[item_id]
            s.execute(
                update(Equipment)
                .where(Equipment.id == item_id)
                .values(qty_good=good, qty_broken=broken, version=Equipment.version + 1)
            )
            moved.append(
                audit.bulk_row(
                    reg,
                    stamp,
                    "equipment",
                    item_id,
                    "fault",
                    f"Báo hỏng 1 {item.unit} (đang gửi đi sửa)",
                )
            )
        rows = history + moved
        for start in range(0, len(rows), CHUNK):
            s.execute(insert(AuditEntry), rows[start : start + CHUNK])
        if faults:
            audit.record(
                s,
                reg,
                "fault_report",
                school,
                "import",
                {"count": [None, len(faults)]},
                f"Tạo dữ liệu mẫu: {len(faults)} báo hỏng",
            )
    return DemoFaults(
        reports=len(faults),
        waiting=counts[FaultStatus.OPEN],
        repairing=counts[FaultStatus.REPAIRING],
        fixed=counts[FaultStatus.FIXED],
        not_fixed=counts[FaultStatus.NOT_FIXED],
    )
