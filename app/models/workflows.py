"""The officer's weekly work: loans, room usage, fault reports, inventory counts,
disposals and transfers. Every table here is synced like the register's own tables.

Quantities by condition follow the register's four (good / minor damage / broken /
lost). Times of day are UTC; dates are the school's calendar dates.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedMixin, UtcDateTime, string_enum
from app.models.enums import (
    Condition,
    CountStatus,
    DisposalStatus,
    EquipmentStatus,
    FaultStatus,
    TransferKind,
)


class Loan(SyncedMixin, Base):
    """Sổ theo dõi mượn – trả thiết bị: one lending of an item (or part of a lot).

    Returns may come in parts: ``returned_*`` add up to at most ``quantity``, and
    ``returned_at`` is set when everything lent is accounted for.
    """

    __tablename__ = "loan"
    __table_args__ = (
        Index("ix_loan_equipment_open", "equipment_id", "returned_at"),
        Index("ix_loan_school_open_due", "school_id", "returned_at", "due_at"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "returned_good >= 0 AND returned_damaged >= 0 AND returned_lost >= 0",
            name="returned_nonnegative",
        ),
        CheckConstraint(
            "returned_good + returned_damaged + returned_lost <= quantity",
            name="returned_within_quantity",
        ),
    )

    equipment_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment.id"))
    borrower_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff.id"), default=None
    )
    # The borrower's name as written in the book (kept even if the staff row changes).
    borrower_name: Mapped[str] = mapped_column(String(100))
    class_name: Mapped[str] = mapped_column(String(20), default="")
    period: Mapped[str] = mapped_column(String(20), default="")  # tiết: "3" or "3-4"
    lesson: Mapped[str] = mapped_column(String(300), default="")  # tên bài dạy
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    lent_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    returned_good: Mapped[int] = mapped_column(Integer, default=0)
    returned_damaged: Mapped[int] = mapped_column(Integer, default=0)
    returned_lost: Mapped[int] = mapped_column(Integer, default=0)
    return_notes: Mapped[str] = mapped_column(Text, default="")
    # The item's status before this loan took the last of it (restored on return).
    status_before: Mapped[EquipmentStatus | None] = mapped_column(
        string_enum(EquipmentStatus), default=None
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Accent-free borrower, class and lesson, for the search box (the item's own
    # search text is matched through the join, so a renamed item is still found).
    search_text: Mapped[str] = mapped_column(Text, default="")

    @property
    def outstanding(self) -> int:
        return self.quantity - self.returned_good - self.returned_damaged - self.returned_lost


class RoomUsage(SyncedMixin, Base):
    """Sổ theo dõi sử dụng phòng học bộ môn: one lesson held in a room."""

    __tablename__ = "room_usage"
    __table_args__ = (
        Index("ix_room_usage_room_day", "room_id", "used_on"),
        Index("ix_room_usage_school_day", "school_id", "used_on"),
        CheckConstraint("period_from >= 1 AND period_to >= period_from", name="periods_ordered"),
    )

    room_id: Mapped[str] = mapped_column(String(36), ForeignKey("room.id"))
    used_on: Mapped[date] = mapped_column(Date)
    period_from: Mapped[int] = mapped_column(Integer)
    period_to: Mapped[int] = mapped_column(Integer)
    class_name: Mapped[str] = mapped_column(String(20), default="")
    teacher_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("staff.id"), default=None)
    teacher_name: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(60), default="")
    lesson: Mapped[str] = mapped_column(String(300), default="")
    # Equipment used: ids of register items, and free text as written in the book.
    equipment_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    equipment_text: Mapped[str] = mapped_column(Text, default="")
    # Tình trạng phòng và thiết bị: incidents during the lesson ("" = nothing to report).
    incidents: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Accent-free class, teacher, subject, lesson, equipment and incidents, for the
    # search box (the names of the items used as they were when the session was saved).
    search_text: Mapped[str] = mapped_column(Text, default="")


class FaultReport(SyncedMixin, Base):
    """Báo hỏng: a fault reported by a teacher or the officer; it may become a repair
    (a maintenance record of kind repair, which holds the cost, vendor and outcome)."""

    __tablename__ = "fault_report"
    __table_args__ = (
        Index("ix_fault_report_equipment", "equipment_id", "reported_on"),
        Index("ix_fault_report_school_status", "school_id", "status"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    equipment_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment.id"))
    reported_on: Mapped[date] = mapped_column(Date)
    reporter_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff.id"), default=None
    )
    reported_by: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[int] = mapped_column(Integer, default=1)  # units affected
    status: Mapped[FaultStatus] = mapped_column(string_enum(FaultStatus), default=FaultStatus.OPEN)
    maintenance_record_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("maintenance_record.id"), default=None
    )
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # While repairing: the day the repairer promised it back (an overdue repair after it).
    repair_due_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Accent-free description, reporter and repairer, for the search box.
    search_text: Mapped[str] = mapped_column(Text, default="")


class InventoryCount(SyncedMixin, Base):
    """Kiểm kê: a count of the whole school or of some rooms, by its committee.

    ``committee`` is [{"name": ..., "position": ..., "role": ...}, ...]; ``room_ids`` is
    the scope (empty when ``whole_school``).
    """

    __tablename__ = "inventory_count"
    __table_args__ = (Index("ix_inventory_count_school_status", "school_id", "status"),)

    title: Mapped[str] = mapped_column(String(200))
    whole_school: Mapped[bool] = mapped_column(Boolean, default=True)
    room_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    counted_on: Mapped[date] = mapped_column(Date)  # thời điểm kiểm kê
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[CountStatus] = mapped_column(string_enum(CountStatus), default=CountStatus.OPEN)
    committee: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    finalised_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    conclusion: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class InventoryLine(SyncedMixin, Base):
    """One item in a count: the book's figures when the count opened, and what the
    committee counted, by condition, and where."""

    __tablename__ = "inventory_line"
    __table_args__ = (
        Index("ix_inventory_line_count_item", "count_id", "equipment_id", unique=True),
        CheckConstraint(
            "counted_good >= 0 AND counted_minor_damage >= 0 AND counted_broken >= 0 "
            "AND counted_lost >= 0 AND to_dispose >= 0 AND on_loan >= 0",
            name="counted_nonnegative",
        ),
    )

    count_id: Mapped[str] = mapped_column(String(36), ForeignKey("inventory_count.id"))
    equipment_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment.id"))
    # False for an item found during the count that the scope did not expect (extra).
    expected: Mapped[bool] = mapped_column(Boolean, default=True)
    book_room_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("room.id"), default=None
    )
    book_quantity: Mapped[int] = mapped_column(Integer, default=0)
    book_good: Mapped[int] = mapped_column(Integer, default=0)
    book_minor_damage: Mapped[int] = mapped_column(Integer, default=0)
    book_broken: Mapped[int] = mapped_column(Integer, default=0)
    book_lost: Mapped[int] = mapped_column(Integer, default=0)
    unit_price: Mapped[int] = mapped_column(BigInteger, default=0)
    counted: Mapped[bool] = mapped_column(Boolean, default=False)
    found_room_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("room.id"), default=None
    )
    counted_good: Mapped[int] = mapped_column(Integer, default=0)
    counted_minor_damage: Mapped[int] = mapped_column(Integer, default=0)
    counted_broken: Mapped[int] = mapped_column(Integer, default=0)
    counted_lost: Mapped[int] = mapped_column(Integer, default=0)
    to_dispose: Mapped[int] = mapped_column(Integer, default=0)  # chờ thanh lý
    # Units out on loan when the line was counted: the loan book accounts for them, so
    # they are neither counted in the room nor missing.
    on_loan: Mapped[int] = mapped_column(Integer, default=0)
    counted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    counted_by: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class Disposal(SyncedMixin, Base):
    """Thanh lý: a decision to take items out of the register, with its minutes."""

    __tablename__ = "disposal"

    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date, default=None)
    disposed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(200), default="")  # bán, hủy, ...
    committee: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    proceeds: Mapped[int] = mapped_column(BigInteger, default=0)  # thu hồi (đồng)
    status: Mapped[DisposalStatus] = mapped_column(
        string_enum(DisposalStatus), default=DisposalStatus.DRAFT
    )
    applied_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class DisposalLine(SyncedMixin, Base):
    __tablename__ = "disposal_line"
    __table_args__ = (
        Index("ix_disposal_line_disposal", "disposal_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("remaining_value >= 0", name="remaining_nonnegative"),
    )

    disposal_id: Mapped[str] = mapped_column(String(36), ForeignKey("disposal.id"))
    equipment_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    # Which units go: the broken ones by default.
    condition: Mapped[Condition] = mapped_column(string_enum(Condition), default=Condition.BROKEN)
    original_value: Mapped[int] = mapped_column(BigInteger, default=0)  # nguyên giá
    remaining_value: Mapped[int] = mapped_column(BigInteger, default=0)  # giá trị còn lại
    reason: Mapped[str] = mapped_column(Text, default="")


class Transfer(SyncedMixin, Base):
    """Điều chuyển: an item (or part of a lot) handed from one room to another, or
    between schools (prepared by the district and arriving through sync)."""

    __tablename__ = "transfer"
    __table_args__ = (
        Index("ix_transfer_equipment", "equipment_id", "transferred_on"),
        Index("ix_transfer_batch", "batch_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "qty_good >= 0 AND qty_minor_damage >= 0 AND qty_broken >= 0 AND qty_lost >= 0",
            name="condition_nonnegative",
        ),
    )

    kind: Mapped[TransferKind] = mapped_column(string_enum(TransferKind))
    # The rows of one handover (one biên bản bàn giao, several items) share it.
    batch_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # The item the units were in when handed over.
    equipment_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment.id"))
    # Part of a lot moved: the new register item made for the moved units.
    new_equipment_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("equipment.id"), default=None
    )
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    # The moved units by condition when handed over (they add up to ``quantity``).
    qty_good: Mapped[int] = mapped_column(Integer, default=0)
    qty_minor_damage: Mapped[int] = mapped_column(Integer, default=0)
    qty_broken: Mapped[int] = mapped_column(Integer, default=0)
    qty_lost: Mapped[int] = mapped_column(Integer, default=0)
    from_room_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("room.id"), default=None
    )
    to_room_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("room.id"), default=None)
    # Between schools: the other school is not in this register, so no foreign key.
    from_school_id: Mapped[str | None] = mapped_column(String(36), default=None)
    to_school_id: Mapped[str | None] = mapped_column(String(36), default=None)
    from_school_name: Mapped[str] = mapped_column(String(200), default="")
    to_school_name: Mapped[str] = mapped_column(String(200), default="")
    transferred_on: Mapped[date] = mapped_column(Date)
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    handed_by: Mapped[str] = mapped_column(String(100), default="")
    received_by: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CatalogueItem(Base):
    """A line of a minimum teaching-equipment list (Circulars 37/38/39-2021), as shipped
    in resources/ or imported from the ministry's spreadsheet. Local: never synced."""

    __tablename__ = "catalogue_item"
    __table_args__ = (Index("ix_catalogue_item_list", "list_key", "level", "subject", "grade"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    list_key: Mapped[str] = mapped_column(String(40))  # e.g. "tt38-2021" or "sample"
    level: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(60))
    grade: Mapped[int | None] = mapped_column(Integer, default=None)
    code: Mapped[str] = mapped_column(String(40))  # matched by Equipment.catalogue_code
    order_no: Mapped[str] = mapped_column(String(20), default="")  # STT as printed
    topic: Mapped[str] = mapped_column(String(300), default="")
    name: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(20), default="")  # GV / HS / GV, HS
    unit: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    per: Mapped[str] = mapped_column(String(10), default="class")  # class / school / group
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
