"""Reading the outbox into push batches and taking the server's answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from app.models import Equipment
from app.services import equipment
from app.services.errors import ServiceError
from app.services.register import Register
from app.sync import outbox_reader, state
from app.sync.outbox_reader import (
    acknowledge,
    next_batch,
    oldest_pending_age,
    pending_batch,
    pending_count,
    pending_entries,
    to_change,
)
from app.sync.protocol import ChangeResult, ChangeStatus, PushRequest, PushResponse
from tests.conftest import looks_vietnamese

DEVICE = "0190a000-0000-7000-8000-00000000d001"
SECRET = "s" * 43


def seqs(reg: Register) -> list[int]:
    with reg.engine.connect() as conn:
        return list(conn.execute(text("SELECT device_seq FROM sync_outbox ORDER BY 1")).scalars())


@pytest.fixture
def reg(register: Register) -> Register:
    with register.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))  # the school's own set-up
    state.save_enrollment(register, "https://pgd.example.vn", DEVICE, SECRET)
    return register


def make_items(reg: Register, add_item: Callable[..., Equipment], n: int) -> list[Equipment]:
    return [add_item(reg, f"TB-{i:03d}", f"Bàn học {i}") for i in range(n)]


def response(reg: Register, cursor: int, results: list[ChangeResult] | None = None) -> PushResponse:
    return PushResponse(
        batch_id="x", cursor=cursor, results=results or [], server_time=datetime.now(UTC)
    )


def test_nothing_pending_gives_no_batch(reg: Register) -> None:
    assert next_batch(reg) is None
    assert pending_count(reg) == 0
    assert oldest_pending_age(reg) is None


def test_a_pc_that_is_not_enrolled_gets_a_clear_message(register: Register) -> None:
    with pytest.raises(ServiceError) as info:
        next_batch(register)
    assert looks_vietnamese(info.value.message)


def test_a_batch_takes_the_lowest_pending_seqs_up_to_the_limit(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    items = make_items(reg, add_item, 3)  # 6 entries: each item and its audit line
    all_seqs = seqs(reg)
    batch = next_batch(reg, limit=4)
    assert batch is not None
    assert [c.device_seq for c in batch.changes] == all_seqs[:4]
    assert batch.first_seq == 1  # just after the acknowledged cursor (0): gaps are fine
    assert batch.last_seq == all_seqs[3]
    assert batch.device_id == DEVICE
    assert batch.schema_version == state.schema_version()
    first = batch.changes[0]
    assert (first.table, first.op, first.row_id) == ("equipment", "insert", items[0].id)
    assert first.changed["name"] == "Bàn học 0" and first.base_version == 0
    assert pending_count(reg) == 6


def test_the_batch_id_is_stable_for_the_same_range(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    make_items(reg, add_item, 3)
    one = next_batch(reg, limit=4)
    make_items_later = add_item(reg, "TB-900", "Ghế")  # new entries beyond the range
    two = next_batch(reg, limit=4)
    assert one is not None and two is not None and make_items_later is not None
    assert two.batch_id == one.batch_id == f"{DEVICE}:1-{one.last_seq}"
    assert two == one
    everything = next_batch(reg)
    assert everything is not None and everything.batch_id != one.batch_id


def test_acknowledge_removes_exactly_up_to_the_cursor(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    make_items(reg, add_item, 3)
    all_seqs = seqs(reg)
    acknowledge(reg, response(reg, all_seqs[2]))
    assert seqs(reg) == all_seqs[3:]
    assert state.load(reg).push_cursor == all_seqs[2]
    batch = next_batch(reg)
    assert batch is not None
    assert batch.first_seq == all_seqs[2] + 1
    assert [c.device_seq for c in batch.changes] == all_seqs[3:]
    # An older answer arriving late neither brings entries back nor moves the cursor down.
    acknowledge(reg, response(reg, all_seqs[0]))
    assert seqs(reg) == all_seqs[3:]
    assert state.load(reg).push_cursor == all_seqs[2]


def test_rejected_changes_are_kept_for_the_officer_once(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    make_items(reg, add_item, 2)
    batch = next_batch(reg)
    assert batch is not None
    bad = batch.changes[2]
    results = [
        ChangeResult(
            change_id=c.change_id,
            device_seq=c.device_seq,
            status=ChangeStatus.APPLIED,
            server_seq=10 + i,
        )
        for i, c in enumerate(batch.changes)
    ]
    results[2] = ChangeResult(
        change_id=bad.change_id,
        device_seq=bad.device_seq,
        status=ChangeStatus.REJECTED,
        reason="owner_changed",
        message="Dòng này đã được chuyển sang trường khác.",
    )
    answer = PushResponse(
        batch_id=batch.batch_id,
        cursor=batch.last_seq,
        results=results,
        server_time=datetime.now(UTC),
    )
    acknowledge(reg, answer)
    acknowledge(reg, answer)  # the same answer again (a resend got the stored answer)
    assert pending_count(reg) == 0
    kept = state.rejected(reg)
    assert len(kept) == 1
    row = kept[0]
    assert (row.change_id, row.device_seq, row.table_name, row.row_id, row.op) == (
        bad.change_id,
        bad.device_seq,
        bad.table,
        bad.row_id,
        bad.op,
    )
    assert row.reason == "owner_changed" and row.changed == bad.changed
    assert state.open_counts(reg) == (0, 1)
    state.dismiss_rejected(reg, [row.id])
    assert state.rejected(reg) == [] and len(state.rejected(reg, include_dismissed=True)) == 1


def test_columns_the_district_kept_become_conflicts(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge(reg, response(reg, max(seqs(reg))))
    equipment.update_equipment(reg, item.id, {"asset_code": "TB-1", "name": "Máy chiếu Sony"})
    batch = next_batch(reg)
    assert batch is not None
    [edit] = [c for c in batch.changes if c.table == "equipment"]
    answer = PushResponse(
        batch_id=batch.batch_id,
        cursor=batch.last_seq,
        results=[
            ChangeResult(
                change_id=edit.change_id,
                device_seq=edit.device_seq,
                status=ChangeStatus.CONFLICT,
                server_seq=77,
                lost_columns=["name"],
            )
        ],
        server_time=datetime.now(UTC),
    )
    acknowledge(reg, answer)
    [conflict] = state.conflicts(reg)
    assert (conflict.table_name, conflict.row_id, conflict.column_name) == (
        "equipment",
        item.id,
        "name",
    )
    assert conflict.local_value == "Máy chiếu Sony" and conflict.origin == "push"
    assert conflict.server_seq == 77


def test_acknowledge_is_one_transaction(
    reg: Register, add_item: Callable[..., Equipment], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_items(reg, add_item, 2)
    batch = next_batch(reg)
    assert batch is not None
    bad = batch.changes[0]
    answer = PushResponse(
        batch_id=batch.batch_id,
        cursor=batch.last_seq,
        results=[
            ChangeResult(
                change_id=bad.change_id,
                device_seq=bad.device_seq,
                status=ChangeStatus.REJECTED,
                reason="invalid",
            )
        ],
        server_time=datetime.now(UTC),
    )
    before = seqs(reg)

    def fail(*_: Any) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(outbox_reader.state, "set_push_cursor", fail)
    with pytest.raises(RuntimeError):
        acknowledge(reg, answer)
    assert seqs(reg) == before
    assert state.rejected(reg) == []
    assert state.load(reg).push_cursor == 0


def test_pending_count_and_age_of_the_oldest(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    make_items(reg, add_item, 2)
    with reg.engine.begin() as conn:
        conn.execute(
            text("UPDATE sync_outbox SET created_at = :at WHERE device_seq = :s"),
            {"at": "2026-01-01 08:00:00.000", "s": seqs(reg)[0]},
        )
    assert pending_count(reg) == 4
    now = datetime(2026, 1, 1, 10, 30, tzinfo=UTC)
    assert oldest_pending_age(reg, now=now) == timedelta(hours=2, minutes=30)


def test_enrolling_again_restarts_both_cursors(reg: Register) -> None:
    with reg.write() as s:
        state.set_push_cursor(s, 40)
        state.set_pull_cursor(s, 90)
    state.save_enrollment(reg, "https://pgd.example.vn/", "new-device", SECRET)
    settings = state.load(reg)
    assert (settings.push_cursor, settings.pull_cursor) == (0, 0)
    assert settings.device_id == "new-device" and settings.enrolled


def test_clock_offset_and_its_warning(reg: Register) -> None:
    sent = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    server = sent + timedelta(minutes=20, seconds=1)
    offset = state.record_success(reg, server, sent, sent + timedelta(seconds=2))
    assert offset == pytest.approx(20 * 60)
    settings = state.load(reg)
    assert settings.clock_offset_seconds == pytest.approx(1200)
    warning = settings.clock_warning()
    assert warning is not None and "20 phút" in warning and looks_vietnamese(warning)
    state.record_success(reg, sent + timedelta(seconds=31), sent, sent + timedelta(seconds=60))
    assert state.load(reg).clock_warning() is None


def test_errors_are_remembered_until_the_next_success(reg: Register) -> None:
    state.record_error(reg, "Không kết nối được máy chủ.")
    assert state.load(reg).last_error == "Không kết nối được máy chủ."
    state.record_success(reg, datetime.now(UTC))
    settings = state.load(reg)
    assert settings.last_error == "" and settings.last_sync_at is not None


def test_change_payload_is_the_outbox_json(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    add_item(reg, "TB-1", "Máy chiếu")
    batch = next_batch(reg)
    assert batch is not None
    with reg.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT changed FROM sync_outbox WHERE device_seq = :s"),
            {"s": batch.changes[0].device_seq},
        ).scalar_one()
    assert batch.changes[0].changed == json.loads(stored)


def test_the_body_sent_is_the_outbox_as_the_protocol_reads_it(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    """The push body is written from the outbox's own JSON text: it must parse to the
    same request as the entries read one by one, Vietnamese and JSON columns included."""
    make_items(reg, add_item, 2)
    with reg.write() as s:  # a JSON column and quotes, backslashes and accents in text
        s.execute(
            text("UPDATE equipment SET notes = 'Ghi chú \"đặc biệt\" \\ kho', unit_price = 1500000")
        )
    batch = pending_batch(reg)
    assert batch is not None
    request = PushRequest.model_validate_json(batch.body)
    with reg.read() as s:
        entries = pending_entries(s)
    assert request.changes == [to_change(e) for e in entries]
    assert (batch.first_seq, batch.last_seq, batch.count) == (
        request.first_seq,
        request.last_seq,
        len(entries),
    )
    assert request.device_id == DEVICE and request.batch_id.startswith(DEVICE)
    edited = [c for c in request.changes if c.op == "update" and c.table == "equipment"]
    assert edited and edited[0].changed["notes"] == 'Ghi chú "đặc biệt" \\ kho'


def test_the_batch_after_one_on_its_way_starts_just_past_it(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    make_items(reg, add_item, 3)
    all_seqs = seqs(reg)
    first = pending_batch(reg, limit=4)
    assert first is not None
    following = pending_batch(reg, limit=4, after=first.last_seq)  # first not answered yet
    assert following is not None
    request = following.request()
    assert [c.device_seq for c in request.changes] == all_seqs[4:]
    assert request.first_seq == first.last_seq + 1
    assert pending_batch(reg, after=all_seqs[-1]) is None
