"""Input schemas of the loan book: a lend (one borrower, several items) and a return."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.services.common import now_utc
from app.services.schemas import FieldProblem, clean_text

SCHOOL_DAY_ENDS = time(17, 0)  # the default due time: the end of the school day
LONGEST_LOAN = timedelta(days=366)  # a due date further off is a typo in the year
MAX_UNITS = 100_000


def local(moment: datetime) -> datetime:
    """``moment`` in the PC's time zone (the school's clock on the wall)."""
    return moment.astimezone()


def default_due(lent_at: datetime) -> datetime:
    """The end of the school day of ``lent_at`` (local time), or of the next day when
    the lend is made after it."""
    day = local(lent_at)
    due = day.replace(hour=SCHOOL_DAY_ENDS.hour, minute=SCHOOL_DAY_ENDS.minute, second=0)
    due = due.replace(microsecond=0)
    if due <= day:
        due += timedelta(days=1)
    return due.astimezone(UTC)


def at_minutes(moment: datetime) -> str:
    """dd/mm/yyyy HH:MM in local time, as messages write a moment."""
    return f"{local(moment):%d/%m/%Y %H:%M}"


def due_problem(lent_at: datetime, due_at: datetime) -> str | None:
    """Why ``due_at`` cannot be the due time of a loan made at ``lent_at`` (or None)."""
    if due_at <= lent_at:
        return (
            f"Hạn trả ({at_minutes(due_at)}) phải sau lúc mượn ({at_minutes(lent_at)}). "
            "Hãy chọn lại hạn trả."
        )
    if due_at - lent_at > LONGEST_LOAN:
        return f"Hạn trả ({at_minutes(due_at)}) hơn một năm sau lúc mượn: hãy kiểm tra lại năm."
    return None


def _aware(value: datetime | None) -> datetime | None:
    """A time without a zone is the PC's local time; stored as UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


class LendLine(_Input):
    """One item of a lend and how many of its units go."""

    equipment_id: str = Field(min_length=1)
    # At least 1: checked by the service, whose message names the item.
    quantity: int = Field(default=1, le=MAX_UNITS)


class LendInput(_Input):
    """One lend: one borrower, for one class and lesson, one or more items."""

    borrower_id: str | None = None  # a staff member; None for a name typed freely
    borrower_name: str = Field(default="", max_length=100)
    class_name: str = ""
    period: str = Field(default="", max_length=20)  # tiết: "3" or "3-4"
    lesson: str = Field(default="", max_length=300)  # tên bài dạy
    lent_at: datetime | None = None  # now when not given
    due_at: datetime | None = None  # the end of the school day when not given
    notes: str = Field(default="", max_length=2000)
    lines: list[LendLine] = Field(default_factory=list)

    @field_validator("borrower_name", "period", "lesson")
    @classmethod
    def _visible(cls, v: str, info: Any) -> str:
        words = {"borrower_name": "Tên người mượn", "period": "Tiết", "lesson": "Tên bài dạy"}
        return clean_text(v, words[info.field_name])

    @field_validator("class_name")
    @classmethod
    def _class(cls, v: str) -> str:
        if len(v) > 20:
            raise ValueError("Tên lớp dài quá 20 ký tự.")
        return clean_text(v, "Tên lớp")

    @field_validator("lent_at", "due_at")
    @classmethod
    def _utc(cls, v: datetime | None) -> datetime | None:
        return _aware(v)

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if not self.borrower_id and not self.borrower_name:
            raise FieldProblem(
                "borrower_name",
                "Chưa ghi người mượn: hãy chọn một cán bộ, giáo viên trong danh sách "
                "hoặc gõ tên người mượn.",
            )
        if not self.lines:
            raise FieldProblem(
                "lines",
                "Chưa có thiết bị nào để cho mượn: hãy quét mã hoặc tìm thiết bị để thêm.",
            )
        if self.lent_at is None:
            self.lent_at = now_utc().replace(microsecond=0)
        if self.due_at is None:
            self.due_at = default_due(self.lent_at)
        problem = due_problem(self.lent_at, self.due_at)
        if problem:
            raise FieldProblem("due_at", problem)
        return self


class ReturnInput(_Input):
    """Units of one loan coming back: good, damaged (broken) or lost."""

    loan_id: str = Field(min_length=1)
    good: int = Field(default=0, ge=0, le=MAX_UNITS)
    damaged: int = Field(default=0, ge=0, le=MAX_UNITS)
    lost: int = Field(default=0, ge=0, le=MAX_UNITS)
    returned_at: datetime | None = None  # now when not given
    notes: str = Field(default="", max_length=2000)
    expected_version: int | None = None  # the loan's version when the form showed it

    @field_validator("returned_at")
    @classmethod
    def _utc(cls, v: datetime | None) -> datetime | None:
        return _aware(v)

    @model_validator(mode="after")
    def _something(self) -> Self:
        if self.units == 0:
            raise FieldProblem(
                "good",
                "Chưa ghi số lượng trả: hãy ghi số trả tốt, trả hỏng hoặc bị mất.",
            )
        if self.returned_at is None:
            self.returned_at = now_utc().replace(microsecond=0)
        return self

    @property
    def units(self) -> int:
        return self.good + self.damaged + self.lost


class DueInput(_Input):
    """A new due time for an open loan (gia hạn)."""

    loan_id: str = Field(min_length=1)
    due_at: datetime
    expected_version: int | None = None

    @field_validator("due_at")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        return _aware(v) or v
