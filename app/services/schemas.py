"""Input schemas of the services: pydantic models whose errors read as Vietnamese."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from app.models.enums import (
    EquipmentCategory,
    EquipmentStatus,
    FundingSource,
    MaintenanceKind,
    MaintenanceResult,
    RoomKind,
    RoomStatus,
    SchoolLevel,
)
from app.services.errors import ServiceError

LABELS: dict[str, str] = {
    "code": "Mã",
    "name": "Tên",
    "level": "Cấp học",
    "governing_body": "Cơ quan chủ quản",
    "district": "Quận/huyện",
    "province": "Tỉnh/thành phố",
    "class_count": "Số lớp",
    "student_count": "Số học sinh",
    "kind": "Loại",
    "subject_type": "Loại phòng bộ môn",
    "floor": "Tầng",
    "area_m2": "Diện tích",
    "seats": "Số chỗ ngồi",
    "preparation_area_m2": "Diện tích phòng chuẩn bị",
    "asset_code": "Mã tài sản",
    "category": "Nhóm tài sản",
    "quantity": "Số lượng",
    "qty_good": "Số lượng tốt",
    "qty_minor_damage": "Số lượng hỏng nhẹ",
    "qty_broken": "Số lượng hỏng",
    "qty_lost": "Số lượng mất",
    "unit": "Đơn vị tính",
    "unit_price": "Đơn giá",
    "funding_source": "Nguồn kinh phí",
    "acquired_on": "Ngày mua",
    "in_service_on": "Ngày đưa vào sử dụng",
    "warranty_until": "Bảo hành đến",
    "status": "Trạng thái",
    "room_id": "Phòng",
    "equipment_id": "Thiết bị",
    "performed_on": "Ngày thực hiện",
    "description": "Nội dung",
    "cost": "Chi phí",
    "next_due_on": "Lần tiếp theo",
    "interval_days": "Chu kỳ (ngày)",
    "task": "Công việc",
    "full_name": "Họ và tên",
    "classes_served": "Lớp sử dụng",
    "class_name": "tên lớp",
    "grade": "khối",
    "students": "số học sinh",
    "notes": "Ghi chú",
    "catalogue_code": "Mã danh mục",
    "serial": "Số sê-ri",
    # disposals and transfers
    "decision_number": "Số quyết định",
    "decision_date": "Ngày quyết định",
    "disposed_on": "Ngày thanh lý",
    "method": "Hình thức thanh lý",
    "committee": "Hội đồng",
    "proceeds": "Số tiền thu hồi",
    "remaining_value": "Giá trị còn lại",
    "condition": "Tình trạng",
    "transferred_on": "Ngày bàn giao",
    "to_room_id": "Phòng nhận",
    "handed_by": "Người giao",
    "received_by": "Người nhận",
    "lines": "Danh sách thiết bị",
    "reason": "Lý do",
    "position": "chức vụ",
    "role": "nhiệm vụ",
    # loans
    "borrower_name": "Người mượn",
    "period": "Tiết",
    "lesson": "Tên bài dạy",
    "lent_at": "Lúc mượn",
    "due_at": "Hạn trả",
    "returned_at": "Lúc trả",
    "good": "Số lượng trả tốt",
    "damaged": "Số lượng trả hỏng",
    "lost": "Số lượng mất",
    # room usage
    "used_on": "Ngày sử dụng",
    "period_from": "Tiết bắt đầu",
    "period_to": "Tiết kết thúc",
    "teacher_name": "Giáo viên",
    "subject": "Môn học",
    "equipment_ids": "Thiết bị sử dụng",
    "equipment_text": "Thiết bị khác",
    "incidents": "Tình trạng phòng và thiết bị",
    # maintenance plans and fault reports
    "name_contains": "Tên thiết bị có chứa",
    "reported_on": "Ngày báo hỏng",
    "reporter_id": "Người báo",
    "reported_by": "Người báo",
    "performed_by": "Người/đơn vị thực hiện",
    "started_on": "Ngày bắt đầu sửa",
    "finished_on": "Ngày sửa xong",
    "repair_due_on": "Ngày hẹn trả",
    "work": "Nội dung sửa chữa",
    "outcome": "Kết quả",
}

Model = TypeVar("Model", bound=BaseModel)


class FieldProblem(ValueError):
    """A whole-model check that belongs beside one field of the form."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _label(loc: tuple[Any, ...]) -> str:
    """ "Lớp sử dụng, dòng 2: số học sinh" for ("classes_served", 1, "students")."""
    if not loc:
        return ""
    parts = [LABELS.get(str(loc[0]), str(loc[0]))]
    for item in loc[1:]:
        parts.append(f"dòng {item + 1}" if isinstance(item, int) else LABELS.get(item, item))
    return ", ".join(parts[:2]) + (": " + " ".join(parts[2:]) if len(parts) > 2 else "")


def _message(error: dict[str, Any]) -> str:
    label = _label(tuple(error["loc"]))
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "missing":
        return f"Chưa nhập {label.lower()}."
    if kind in ("string_too_short",):
        return f"Chưa nhập {label.lower()}."
    if kind == "string_too_long":
        return f"{label} dài quá {ctx.get('max_length')} ký tự."
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"{label} phải là số nguyên."
    if kind in ("float_parsing", "float_type"):
        return f"{label} phải là số."
    if kind == "greater_than_equal":
        if ctx.get("ge") == 0:
            return f"{label} không được âm."
        return f"{label} phải từ {ctx.get('ge')} trở lên."
    if kind == "greater_than":
        return f"{label} phải lớn hơn {ctx.get('gt')}."
    if kind == "less_than_equal":
        return f"{label} không được lớn hơn {ctx.get('le')}."
    if kind in ("date_parsing", "date_type", "date_from_datetime_parsing"):
        return f"{label} không phải là ngày hợp lệ (dd/mm/yyyy)."
    if kind == "enum":
        return f"{label} không hợp lệ."
    return f"{label}: giá trị không hợp lệ."


def parse(model: type[Model], data: dict[str, Any] | BaseModel) -> Model:
    """Validate ``data`` as ``model``; every problem becomes one ServiceError."""
    if isinstance(data, model):
        return data
    raw = data.model_dump() if isinstance(data, BaseModel) else data
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        fields: dict[str, str] = {}
        for err in exc.errors():
            problem = (err.get("ctx") or {}).get("error")
            if isinstance(problem, FieldProblem):
                key = problem.field
            else:
                key = str(err["loc"][0]) if err["loc"] else "__root__"
            fields.setdefault(key, _message(dict(err)))
        summary = " ".join(dict.fromkeys(fields.values()))
        raise ServiceError(summary, fields) from None


EARLIEST_YEAR = 1950
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}


def clean_text(value: str, label: str) -> str:
    """Refuse control and invisible characters (pasted from Word/Excel) in a name or code."""
    if any(unicodedata.category(c) in _INVISIBLE for c in value):
        raise ValueError(f"{label} có ký tự ẩn hoặc ký tự điều khiển; hãy gõ lại ô này.")
    return value


def not_in_future(value: date | None, label: str) -> date | None:
    if value is not None and value.year < EARLIEST_YEAR:
        raise ValueError(f"{label} ({value:%d/%m/%Y}) quá xa trong quá khứ; hãy kiểm tra năm.")
    if value is not None and value > date.today():
        raise ValueError(
            f"{label} ({value:%d/%m/%Y}) ở tương lai. "
            "Hãy kiểm tra lại ngày, hoặc ngày giờ của máy tính nếu máy đang sai."
        )
    return value


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


class SchoolInput(_Input):
    code: str = Field(min_length=1, max_length=20)
    name: str = Field(min_length=1, max_length=200)
    level: SchoolLevel
    governing_body: str = Field(default="", max_length=200)
    district: str = Field(default="", max_length=100)
    province: str = Field(default="", max_length=100)
    address: str = Field(default="", max_length=300)
    class_count: int = Field(default=0, ge=0, le=500)
    student_count: int = Field(default=0, ge=0, le=50000)
    principal: str = Field(default="", max_length=100)
    equipment_officer: str = Field(default="", max_length=100)


class StaffInput(_Input):
    full_name: str = Field(min_length=1, max_length=100)
    position: str = Field(default="", max_length=100)
    subject: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=30)
    email: str = Field(default="", max_length=100)
    active: bool = True


class ClassServed(_Input):
    class_name: str = Field(min_length=1, max_length=20)
    grade: int = Field(ge=1, le=12)
    students: int = Field(default=0, ge=0, le=100)


class RoomInput(_Input):
    kind: RoomKind
    subject_type: str | None = None
    code: str = Field(min_length=1, max_length=30)
    name: str = Field(min_length=1, max_length=200)
    building: str = Field(default="", max_length=100)
    floor: int | None = Field(default=None, ge=-5, le=50)
    area_m2: float | None = Field(default=None, ge=0, le=10000)
    seats: int = Field(default=0, ge=0, le=1000)
    has_preparation_room: bool = False
    preparation_area_m2: float | None = Field(default=None, ge=0, le=1000)
    responsible_staff_id: str | None = None
    status: RoomStatus = RoomStatus.IN_USE
    has_power: bool = False
    has_internet: bool = False
    has_sound_insulation: bool = False
    has_curtains: bool = False
    has_cooling: bool = False
    has_furniture: bool = False
    has_security: bool = False
    has_fire_safety: bool = False
    rules_document: str = Field(default="", max_length=300)
    classes_served: list[ClassServed] = Field(default_factory=list)
    notes: str = Field(default="", max_length=5000)

    @field_validator("code", "name")
    @classmethod
    def _visible_text(cls, v: str, info: Any) -> str:
        return clean_text(v, LABELS.get(info.field_name, info.field_name))

    @model_validator(mode="after")
    def _subject_type_fits_kind(self) -> Self:
        if self.kind == RoomKind.SUBJECT and not self.subject_type:
            raise FieldProblem(
                "subject_type", "Phòng học bộ môn cần chọn loại phòng bộ môn (Tin học, KHTN, ...)."
            )
        if self.kind != RoomKind.SUBJECT:
            self.subject_type = None
        if not self.has_preparation_room:
            self.preparation_area_m2 = None
        return self


class EquipmentInput(_Input):
    asset_code: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1, max_length=200)
    catalogue_code: str = Field(default="", max_length=40)
    category: EquipmentCategory = EquipmentCategory.TEACHING
    subject: str = Field(default="", max_length=60)
    grades: str = Field(default="", max_length=40)
    brand: str = Field(default="", max_length=100)
    model: str = Field(default="", max_length=100)
    serial: str = Field(default="", max_length=100)
    origin: str = Field(default="", max_length=100)
    supplier: str = Field(default="", max_length=200)
    room_id: str | None = None
    unit: str = Field(default="cái", min_length=1, max_length=20)
    quantity: int = Field(default=1, ge=0, le=1_000_000)
    qty_good: int | None = Field(default=None, ge=0)
    qty_minor_damage: int = Field(default=0, ge=0)
    qty_broken: int = Field(default=0, ge=0)
    qty_lost: int = Field(default=0, ge=0)
    unit_price: int = Field(default=0, ge=0, le=100_000_000_000)
    funding_source: FundingSource = FundingSource.STATE_BUDGET
    acquired_on: date | None = None
    in_service_on: date | None = None
    warranty_until: date | None = None
    status: EquipmentStatus = EquipmentStatus.IN_USE
    notes: str = Field(default="", max_length=5000)

    @field_validator("asset_code", "name", "serial", "catalogue_code")
    @classmethod
    def _visible_text(cls, v: str, info: Any) -> str:
        return clean_text(v, LABELS.get(info.field_name, info.field_name))

    @field_validator("acquired_on")
    @classmethod
    def _acquired_not_future(cls, v: date | None) -> date | None:
        return not_in_future(v, "Ngày mua")

    @field_validator("in_service_on")
    @classmethod
    def _in_service_not_future(cls, v: date | None) -> date | None:
        return not_in_future(v, "Ngày đưa vào sử dụng")

    @model_validator(mode="after")
    def _quantities_add_up(self) -> Self:
        others = self.qty_minor_damage + self.qty_broken + self.qty_lost
        if self.qty_good is None:
            if others > self.quantity:
                raise FieldProblem(
                    "quantity",
                    f"Số lượng theo tình trạng ({others}) "
                    f"vượt quá tổng số lượng ({self.quantity}).",
                )
            self.qty_good = self.quantity - others
        total = self.qty_good + others
        if total != self.quantity:
            raise FieldProblem(
                "quantity",
                f"Số lượng theo tình trạng cộng lại bằng {total}, "
                f"khác tổng số lượng {self.quantity}. "
                "Tốt + hỏng nhẹ + hỏng + mất phải bằng số lượng.",
            )
        if self.in_service_on and self.acquired_on and self.in_service_on < self.acquired_on:
            raise FieldProblem("in_service_on", "Ngày đưa vào sử dụng không thể trước ngày mua.")
        if self.warranty_until and self.acquired_on and self.warranty_until < self.acquired_on:
            raise FieldProblem("warranty_until", "Ngày hết bảo hành không thể trước ngày mua.")
        return self


class MaintenanceInput(_Input):
    equipment_id: str = Field(min_length=1)
    kind: MaintenanceKind = MaintenanceKind.MAINTENANCE
    performed_on: date
    description: str = Field(min_length=1, max_length=2000)
    performed_by: str = Field(default="", max_length=200)
    cost: int = Field(default=0, ge=0, le=10_000_000_000)
    result: MaintenanceResult = MaintenanceResult.DONE
    next_due_on: date | None = None
    notes: str = Field(default="", max_length=5000)

    @field_validator("performed_on")
    @classmethod
    def _performed_not_future(cls, v: date) -> date | None:
        return not_in_future(v, "Ngày thực hiện")

    @model_validator(mode="after")
    def _next_after_performed(self) -> Self:
        if self.next_due_on is not None and self.next_due_on <= self.performed_on:
            raise FieldProblem("next_due_on", "Lần bảo trì tiếp theo phải sau ngày thực hiện.")
        return self


class MaintenancePlanInput(_Input):
    """A plan for one item, or for the items of a category (whose name holds
    ``name_contains``, when given). ``next_due_on``: when the items not yet done under
    the plan fall due (a later date holds every item back until then)."""

    equipment_id: str | None = None
    category: EquipmentCategory | None = None
    name_contains: str = Field(default="", max_length=100)
    task: str = Field(min_length=1, max_length=300)
    interval_days: int = Field(gt=0, le=3650)
    next_due_on: date
    active: bool = True

    @field_validator("task", "name_contains")
    @classmethod
    def _visible_text(cls, v: str, info: Any) -> str:
        return clean_text(v, LABELS.get(info.field_name, info.field_name))

    @model_validator(mode="after")
    def _has_target(self) -> Self:
        if not self.equipment_id and self.category is None:
            raise FieldProblem(
                "equipment_id", "Kế hoạch bảo trì cần một thiết bị hoặc một nhóm tài sản."
            )
        if self.equipment_id:  # one item: the category and name words do not apply
            self.category = None
            self.name_contains = ""
        return self
