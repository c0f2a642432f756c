"""sync outbox: triggers record every change of a synced table

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.models.outbox import drop_trigger_ddl, trigger_ddl

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The synced tables' columns as of this revision (frozen: a later migration that adds
# a column writes new triggers with its own list).
# fmt: off
SYNCED_COLUMNS: dict[str, list[str]] = {
    "school": [
        "code", "name", "level", "governing_body", "district", "province", "address",
        "class_count", "student_count", "principal", "equipment_officer",
        "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "staff": [
        "full_name", "position", "subject", "phone", "email", "active",
        "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "room": [
        "kind", "subject_type", "code", "name", "building", "floor", "area_m2", "seats",
        "has_preparation_room", "preparation_area_m2", "responsible_staff_id", "status",
        "has_power", "has_internet", "has_sound_insulation", "has_curtains", "has_cooling",
        "has_furniture", "has_security", "has_fire_safety", "rules_document",
        "classes_served", "notes", "search_text",
        "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "equipment": [
        "asset_code", "asset_code_norm", "name", "name_norm", "catalogue_code", "category",
        "subject", "grades", "brand", "model", "serial", "origin", "supplier", "room_id",
        "unit", "quantity", "qty_good", "qty_minor_damage", "qty_broken", "qty_lost",
        "unit_price", "funding_source", "acquired_on", "in_service_on", "warranty_until",
        "status", "notes", "search_text",
        "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "maintenance_plan": [
        "equipment_id", "category", "task", "interval_days", "next_due_on", "active",
        "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "maintenance_record": [
        "equipment_id", "plan_id", "kind", "performed_on", "description", "performed_by",
        "cost", "result", "next_due_on", "notes",
        "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
    "audit_entry": [
        "at", "actor", "entity", "entity_id", "action", "changes", "summary",
        "school_id", "id", "created_at", "updated_at", "deleted_at", "version",
    ],
}
# fmt: on
JSON_COLUMNS = frozenset({"classes_served", "changes"})


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.String(length=32), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("changed", sa.Text(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("device_seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applying", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.execute("INSERT INTO sync_state (id, applying) VALUES (1, 0)")
    if op.get_bind().dialect.name != "sqlite":
        return  # the server keeps its own change log; the outbox lives on the PC
    for table, columns in SYNCED_COLUMNS.items():
        for statement in trigger_ddl(table, columns, JSON_COLUMNS):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SYNCED_COLUMNS:
            for statement in drop_trigger_ddl(table):
                op.execute(statement)
    op.drop_table("sync_state")
    op.drop_table("sync_outbox")
