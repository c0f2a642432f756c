"""daily work: loans, room usage, faults, counts, disposals, transfers

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.models.outbox import drop_trigger_ddl, trigger_ddl

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The synced tables' columns as of this revision (frozen: a later migration that adds
# a column writes new triggers with its own list). School gains classes_by_grade;
# maintenance_plan gains name_contains and its accent-free copy.
# fmt: off
SYNCED_COLUMNS: dict[str, list[str]] = {
    "maintenance_plan": [
        "equipment_id", "category", "task", "interval_days", "next_due_on", "active",
        "name_contains", "name_contains_norm", "school_id", "id", "created_at",
        "updated_at", "deleted_at", "version",
    ],
    "school": [
        "code", "name", "level", "governing_body", "district", "province", "address",
        "class_count", "classes_by_grade", "student_count", "principal",
        "equipment_officer", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "fault_report": [
        "equipment_id", "reported_on", "reporter_id", "reported_by", "description",
        "quantity", "status", "maintenance_record_id", "closed_on", "repair_due_on", "notes",
        "search_text", "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "loan": [
        "equipment_id", "borrower_id", "borrower_name", "class_name", "period", "lesson",
        "quantity", "lent_at", "due_at", "returned_at", "returned_good",
        "returned_damaged", "returned_lost", "return_notes", "status_before", "notes",
        "search_text", "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "room_usage": [
        "room_id", "used_on", "period_from", "period_to", "class_name", "teacher_id",
        "teacher_name", "subject", "lesson", "equipment_ids", "equipment_text",
        "incidents", "notes", "search_text", "school_id", "id", "created_at", "updated_at",
        "deleted_at", "version",
    ],
    "inventory_count": [
        "title", "whole_school", "room_ids", "counted_on", "started_at", "status",
        "committee", "finalised_at", "conclusion", "notes", "school_id", "id",
        "created_at", "updated_at", "deleted_at", "version",
    ],
    "inventory_line": [
        "count_id", "equipment_id", "expected", "book_room_id", "book_quantity",
        "book_good", "book_minor_damage", "book_broken", "book_lost", "unit_price",
        "counted", "found_room_id", "counted_good", "counted_minor_damage",
        "counted_broken", "counted_lost", "to_dispose", "on_loan", "counted_at",
        "counted_by", "reason", "school_id", "id", "created_at", "updated_at",
        "deleted_at", "version",
    ],
    "disposal": [
        "decision_number", "decision_date", "disposed_on", "reason", "method", "committee",
        "proceeds", "status", "applied_at", "notes", "school_id", "id", "created_at",
        "updated_at", "deleted_at", "version",
    ],
    "disposal_line": [
        "disposal_id", "equipment_id", "quantity", "condition", "original_value",
        "remaining_value", "reason", "school_id", "id", "created_at", "updated_at",
        "deleted_at", "version",
    ],
    "transfer": [
        "kind", "batch_id", "equipment_id", "new_equipment_id", "quantity", "qty_good",
        "qty_minor_damage", "qty_broken", "qty_lost", "from_room_id", "to_room_id",
        "from_school_id", "to_school_id", "from_school_name", "to_school_name",
        "transferred_on", "decision_number", "handed_by", "received_by", "reason", "notes",
        "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
}
OLD_PLAN_COLUMNS = [
    "equipment_id", "category", "task", "interval_days", "next_due_on", "active",
    "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
]
OLD_SCHOOL_COLUMNS = [
    "code", "name", "level", "governing_body", "district", "province", "address",
    "class_count", "student_count", "principal", "equipment_officer", "id",
    "created_at", "updated_at", "deleted_at", "version",
]
# fmt: on
JSON_COLUMNS = frozenset(
    {"classes_served", "changes", "classes_by_grade", "equipment_ids", "room_ids", "committee"}
)


def upgrade() -> None:
    op.create_table(
        "catalogue_item",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("list_key", sa.String(length=40), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.String(length=60), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("order_no", sa.String(length=20), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("user", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("per", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_item")),
    )
    with op.batch_alter_table("catalogue_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_catalogue_item_list", ["list_key", "level", "subject", "grade"], unique=False
        )

    op.create_table(
        "disposal",
        sa.Column("decision_number", sa.String(length=60), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("disposed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=200), nullable=False),
        sa.Column("committee", sa.JSON(), nullable=False),
        sa.Column("proceeds", sa.BigInteger(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("draft", "applied", name="disposalstatus", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_disposal_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposal")),
    )
    with op.batch_alter_table("disposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disposal_school_id"), ["school_id"], unique=False)

    op.create_table(
        "inventory_count",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("whole_school", sa.Boolean(), nullable=False),
        sa.Column("room_ids", sa.JSON(), nullable=False),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "paused",
                "finalised",
                "cancelled",
                name="countstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("committee", sa.JSON(), nullable=False),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_inventory_count_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_count")),
    )
    with op.batch_alter_table("inventory_count", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inventory_count_school_id"), ["school_id"], unique=False
        )
        batch_op.create_index(
            "ix_inventory_count_school_status", ["school_id", "status"], unique=False
        )

    op.create_table(
        "room_usage",
        sa.Column("room_id", sa.String(length=36), nullable=False),
        sa.Column("used_on", sa.Date(), nullable=False),
        sa.Column("period_from", sa.Integer(), nullable=False),
        sa.Column("period_to", sa.Integer(), nullable=False),
        sa.Column("class_name", sa.String(length=20), nullable=False),
        sa.Column("teacher_id", sa.String(length=36), nullable=True),
        sa.Column("teacher_name", sa.String(length=100), nullable=False),
        sa.Column("subject", sa.String(length=60), nullable=False),
        sa.Column("lesson", sa.String(length=300), nullable=False),
        sa.Column("equipment_ids", sa.JSON(), nullable=False),
        sa.Column("equipment_text", sa.Text(), nullable=False),
        sa.Column("incidents", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "period_from >= 1 AND period_to >= period_from",
            name=op.f("ck_room_usage_periods_ordered"),
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_room_usage_room_id_room")),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_room_usage_school_id_school")
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["staff.id"], name=op.f("fk_room_usage_teacher_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_usage")),
    )
    with op.batch_alter_table("room_usage", schema=None) as batch_op:
        batch_op.create_index("ix_room_usage_room_day", ["room_id", "used_on"], unique=False)
        batch_op.create_index("ix_room_usage_school_day", ["school_id", "used_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_room_usage_school_id"), ["school_id"], unique=False)

    op.create_table(
        "disposal_line",
        sa.Column("disposal_id", sa.String(length=36), nullable=False),
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column(
            "condition",
            sa.Enum(
                "good",
                "minor_damage",
                "broken",
                "lost",
                name="condition",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("original_value", sa.BigInteger(), nullable=False),
        sa.Column("remaining_value", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_disposal_line_quantity_positive")),
        sa.CheckConstraint(
            "remaining_value >= 0", name=op.f("ck_disposal_line_remaining_nonnegative")
        ),
        sa.ForeignKeyConstraint(
            ["disposal_id"], ["disposal.id"], name=op.f("fk_disposal_line_disposal_id_disposal")
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_disposal_line_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_disposal_line_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposal_line")),
    )
    with op.batch_alter_table("disposal_line", schema=None) as batch_op:
        batch_op.create_index("ix_disposal_line_disposal", ["disposal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_disposal_line_school_id"), ["school_id"], unique=False)

    op.create_table(
        "inventory_line",
        sa.Column("count_id", sa.String(length=36), nullable=False),
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("expected", sa.Boolean(), nullable=False),
        sa.Column("book_room_id", sa.String(length=36), nullable=True),
        sa.Column("book_quantity", sa.Integer(), nullable=False),
        sa.Column("book_good", sa.Integer(), nullable=False),
        sa.Column("book_minor_damage", sa.Integer(), nullable=False),
        sa.Column("book_broken", sa.Integer(), nullable=False),
        sa.Column("book_lost", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.Column("found_room_id", sa.String(length=36), nullable=True),
        sa.Column("counted_good", sa.Integer(), nullable=False),
        sa.Column("counted_minor_damage", sa.Integer(), nullable=False),
        sa.Column("counted_broken", sa.Integer(), nullable=False),
        sa.Column("counted_lost", sa.Integer(), nullable=False),
        sa.Column("to_dispose", sa.Integer(), nullable=False),
        sa.Column("on_loan", sa.Integer(), nullable=False),
        sa.Column("counted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("counted_by", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "counted_good >= 0 AND counted_minor_damage >= 0 AND counted_broken >= 0 AND counted_lost >= 0 AND to_dispose >= 0 AND on_loan >= 0",
            name=op.f("ck_inventory_line_counted_nonnegative"),
        ),
        sa.ForeignKeyConstraint(
            ["book_room_id"], ["room.id"], name=op.f("fk_inventory_line_book_room_id_room")
        ),
        sa.ForeignKeyConstraint(
            ["count_id"],
            ["inventory_count.id"],
            name=op.f("fk_inventory_line_count_id_inventory_count"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_inventory_line_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["found_room_id"], ["room.id"], name=op.f("fk_inventory_line_found_room_id_room")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_inventory_line_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_line")),
    )
    with op.batch_alter_table("inventory_line", schema=None) as batch_op:
        batch_op.create_index(
            "ix_inventory_line_count_item", ["count_id", "equipment_id"], unique=True
        )
        batch_op.create_index(
            batch_op.f("ix_inventory_line_school_id"), ["school_id"], unique=False
        )

    op.create_table(
        "loan",
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("borrower_id", sa.String(length=36), nullable=True),
        sa.Column("borrower_name", sa.String(length=100), nullable=False),
        sa.Column("class_name", sa.String(length=20), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("lesson", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("lent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_good", sa.Integer(), nullable=False),
        sa.Column("returned_damaged", sa.Integer(), nullable=False),
        sa.Column("returned_lost", sa.Integer(), nullable=False),
        sa.Column("return_notes", sa.Text(), nullable=False),
        sa.Column(
            "status_before",
            sa.Enum(
                "in_use",
                "in_store",
                "on_loan",
                "in_repair",
                "disposed",
                name="equipmentstatus",
                native_enum=False,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_loan_quantity_positive")),
        sa.CheckConstraint(
            "returned_good + returned_damaged + returned_lost <= quantity",
            name=op.f("ck_loan_returned_within_quantity"),
        ),
        sa.CheckConstraint(
            "returned_good >= 0 AND returned_damaged >= 0 AND returned_lost >= 0",
            name=op.f("ck_loan_returned_nonnegative"),
        ),
        sa.ForeignKeyConstraint(
            ["borrower_id"], ["staff.id"], name=op.f("fk_loan_borrower_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_loan_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_loan_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index(
            "ix_loan_equipment_open", ["equipment_id", "returned_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_loan_school_id"), ["school_id"], unique=False)
        batch_op.create_index(
            "ix_loan_school_open_due", ["school_id", "returned_at", "due_at"], unique=False
        )

    op.create_table(
        "transfer",
        sa.Column(
            "kind",
            sa.Enum("room", "school", name="transferkind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("batch_id", sa.String(length=36), nullable=True),
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("new_equipment_id", sa.String(length=36), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("qty_good", sa.Integer(), nullable=False),
        sa.Column("qty_minor_damage", sa.Integer(), nullable=False),
        sa.Column("qty_broken", sa.Integer(), nullable=False),
        sa.Column("qty_lost", sa.Integer(), nullable=False),
        sa.Column("from_room_id", sa.String(length=36), nullable=True),
        sa.Column("to_room_id", sa.String(length=36), nullable=True),
        sa.Column("from_school_id", sa.String(length=36), nullable=True),
        sa.Column("to_school_id", sa.String(length=36), nullable=True),
        sa.Column("from_school_name", sa.String(length=200), nullable=False),
        sa.Column("to_school_name", sa.String(length=200), nullable=False),
        sa.Column("transferred_on", sa.Date(), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=False),
        sa.Column("handed_by", sa.String(length=100), nullable=False),
        sa.Column("received_by", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_transfer_quantity_positive")),
        sa.CheckConstraint(
            "qty_good >= 0 AND qty_minor_damage >= 0 AND qty_broken >= 0 AND qty_lost >= 0",
            name=op.f("ck_transfer_condition_nonnegative"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_transfer_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["new_equipment_id"],
            ["equipment.id"],
            name=op.f("fk_transfer_new_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["from_room_id"], ["room.id"], name=op.f("fk_transfer_from_room_id_room")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_transfer_school_id_school")
        ),
        sa.ForeignKeyConstraint(
            ["to_room_id"], ["room.id"], name=op.f("fk_transfer_to_room_id_room")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(
            "ix_transfer_equipment", ["equipment_id", "transferred_on"], unique=False
        )
        batch_op.create_index("ix_transfer_batch", ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfer_school_id"), ["school_id"], unique=False)

    op.create_table(
        "fault_report",
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("reporter_id", sa.String(length=36), nullable=True),
        sa.Column("reported_by", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "repairing",
                "fixed",
                "not_fixed",
                "cancelled",
                name="faultstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("maintenance_record_id", sa.String(length=36), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("repair_due_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_fault_report_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_fault_report_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["maintenance_record_id"],
            ["maintenance_record.id"],
            name=op.f("fk_fault_report_maintenance_record_id_maintenance_record"),
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"], ["staff.id"], name=op.f("fk_fault_report_reporter_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_fault_report_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fault_report")),
    )
    with op.batch_alter_table("fault_report", schema=None) as batch_op:
        batch_op.create_index(
            "ix_fault_report_equipment", ["equipment_id", "reported_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_fault_report_school_id"), ["school_id"], unique=False)
        batch_op.create_index(
            "ix_fault_report_school_status", ["school_id", "status"], unique=False
        )

    # A plain ADD COLUMN: a batch copy of the school table would trip the foreign keys
    # of every row that points at it.
    op.add_column(
        "school", sa.Column("classes_by_grade", sa.JSON(), nullable=False, server_default="{}")
    )
    for column in ("name_contains", "name_contains_norm"):
        op.add_column(
            "maintenance_plan",
            sa.Column(column, sa.String(length=100), nullable=False, server_default=""),
        )
    if op.get_bind().dialect.name != "sqlite":
        return  # the server keeps its own change log; the outbox lives on the PC
    for table in ("school", "maintenance_plan"):
        for statement in drop_trigger_ddl(table):
            op.execute(statement)
    for table, columns in SYNCED_COLUMNS.items():
        for statement in trigger_ddl(table, columns, JSON_COLUMNS):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SYNCED_COLUMNS:
            for statement in drop_trigger_ddl(table):
                op.execute(statement)
        for statement in trigger_ddl("school", OLD_SCHOOL_COLUMNS, JSON_COLUMNS):
            op.execute(statement)
        for statement in trigger_ddl("maintenance_plan", OLD_PLAN_COLUMNS, JSON_COLUMNS):
            op.execute(statement)
    # A plain DROP COLUMN: a batch copy of maintenance_plan would trip the foreign keys
    # of the maintenance records that point at it.
    op.drop_column("maintenance_plan", "name_contains_norm")
    op.drop_column("maintenance_plan", "name_contains")
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.drop_column("classes_by_grade")

    with op.batch_alter_table("fault_report", schema=None) as batch_op:
        batch_op.drop_index("ix_fault_report_school_status")
        batch_op.drop_index(batch_op.f("ix_fault_report_school_id"))
        batch_op.drop_index("ix_fault_report_equipment")

    op.drop_table("fault_report")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_school_id"))
        batch_op.drop_index("ix_transfer_batch")
        batch_op.drop_index("ix_transfer_equipment")

    op.drop_table("transfer")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index("ix_loan_school_open_due")
        batch_op.drop_index(batch_op.f("ix_loan_school_id"))
        batch_op.drop_index("ix_loan_equipment_open")

    op.drop_table("loan")
    with op.batch_alter_table("inventory_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inventory_line_school_id"))
        batch_op.drop_index("ix_inventory_line_count_item")

    op.drop_table("inventory_line")
    with op.batch_alter_table("disposal_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disposal_line_school_id"))
        batch_op.drop_index("ix_disposal_line_disposal")

    op.drop_table("disposal_line")
    with op.batch_alter_table("room_usage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_usage_school_id"))
        batch_op.drop_index("ix_room_usage_school_day")
        batch_op.drop_index("ix_room_usage_room_day")

    op.drop_table("room_usage")
    with op.batch_alter_table("inventory_count", schema=None) as batch_op:
        batch_op.drop_index("ix_inventory_count_school_status")
        batch_op.drop_index(batch_op.f("ix_inventory_count_school_id"))

    op.drop_table("inventory_count")
    with op.batch_alter_table("disposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disposal_school_id"))

    op.drop_table("disposal")
    with op.batch_alter_table("catalogue_item", schema=None) as batch_op:
        batch_op.drop_index("ix_catalogue_item_list")

    op.drop_table("catalogue_item")
