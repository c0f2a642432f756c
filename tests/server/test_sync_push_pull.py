"""Push and pull against the real server app, on SQLite and PostgreSQL: applied exactly
once, in order, within the device's own school, district edits winning their columns."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import __version__
from app.models.ids import uuid7
from app.server import admin, sync_apply
from app.server.models import ChangeLog
from app.server.sync_apply import district_edit, lock_school, mark_restored
from app.sync.protocol import API_PREFIX, DEVICE_HEADER
from tests.server.conftest import HEAD_SCHEMA, SCHOOL_B, Enrolled, Schools, db_state, enroll_device

PUSH = f"{API_PREFIX}/sync/push"
PULL = f"{API_PREFIX}/sync/pull"


def room_row(school_id: str, row_id: str, code: str = "P.TH1", **over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "kind": "subject",
        "subject_type": "tin_hoc",
        "code": code,
        "name": "Phòng Tin học 1",
        "building": "",
        "floor": 2,
        "area_m2": 80.5,
        "seats": 45,
        "has_preparation_room": 0,
        "preparation_area_m2": None,
        "responsible_staff_id": None,
        "status": "in_use",
        "has_power": 1,
        "has_internet": 1,
        "has_sound_insulation": 0,
        "has_curtains": 0,
        "has_cooling": 1,
        "has_furniture": 1,
        "has_security": 0,
        "has_fire_safety": 1,
        "rules_document": "",
        "classes_served": [{"class_name": "6A1", "grade": 6, "students": 40}],
        "notes": "",
        "school_id": school_id,
        "id": row_id,
        "created_at": "2026-11-25 02:39:46.034558",
        "updated_at": "2026-11-25 02:39:46.034560",
        "deleted_at": None,
        "version": 1,
    }
    row.update(over)
    return row


def item_row(school_id: str, row_id: str, room_id: str | None, **over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "asset_code": "TB-0001",
        "name": "Máy chiếu Epson",
        "catalogue_code": "",
        "category": "fixed_asset",
        "subject": "",
        "grades": "",
        "brand": "Epson",
        "model": "EB-X06",
        "serial": "X06",
        "origin": "",
        "supplier": "",
        "room_id": room_id,
        "unit": "cái",
        "quantity": 1,
        "qty_good": 1,
        "qty_minor_damage": 0,
        "qty_broken": 0,
        "qty_lost": 0,
        "unit_price": 12500000,
        "funding_source": "state_budget",
        "acquired_on": "2022-08-01",
        "in_service_on": None,
        "warranty_until": None,
        "status": "in_use",
        "notes": "",
        "school_id": school_id,
        "id": row_id,
        "created_at": "2026-11-25 02:39:46.041554",
        "updated_at": "2026-11-25 02:39:46.041556",
        "deleted_at": None,
        "version": 1,
    }
    row.update(over)
    return row


def change(
    seq: int, table: str, row_id: str, op: str, changed: dict[str, Any], base: int = 0
) -> dict[str, Any]:
    return {
        "change_id": f"c{seq}-{row_id[-6:]}",
        "device_seq": seq,
        "table": table,
        "row_id": row_id,
        "op": op,
        "changed": changed,
        "base_version": base,
    }


def batch(
    device: Enrolled, changes: list[dict[str, Any]], batch_id: str | None = None
) -> dict[str, Any]:
    seqs = [c["device_seq"] for c in changes]
    return {
        "device_id": device.device_id,
        "batch_id": batch_id or f"{device.device_id}:{seqs[0]}-{seqs[-1]}",
        "first_seq": seqs[0],
        "last_seq": seqs[-1],
        "schema_version": HEAD_SCHEMA,
        "app_version": __version__,
        "changes": changes,
    }


def push(client: TestClient, device: Enrolled, changes: list[dict[str, Any]], **kw: Any) -> Any:
    return client.post(PUSH, json=batch(device, changes, **kw), headers=device.headers())


def seed_room_and_item(client: TestClient, device: Enrolled) -> tuple[str, str]:
    room_id, item_id = uuid7(), uuid7()
    response = push(
        client,
        device,
        [
            change(1, "room", room_id, "insert", room_row(device.school_id, room_id)),
            change(2, "equipment", item_id, "insert", item_row(device.school_id, item_id, room_id)),
        ],
    )
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied", "applied"]
    return room_id, item_id


def unchanged_state(engine: Engine) -> dict[str, Any]:
    """Every table but the devices' "last seen" bookkeeping (a refused call is still a call)."""
    state = db_state(engine)
    with engine.connect() as conn:
        state["device"] = sorted(conn.execute(text("SELECT id, cursor FROM device")).all())
    return state


def server_row(engine: Engine, table: str, row_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = (
            conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id})
            .mappings()
            .first()
        )
    return dict(row) if row else None


def test_push_applies_rows_and_logs_them_in_order(client, server_engine, schools: Schools) -> None:
    device = enroll_device(client, server_engine)
    room_id, item_id = seed_room_and_item(client, device)
    item = server_row(server_engine, "equipment", item_id)
    assert item is not None and item["name"] == "Máy chiếu Epson" and item["unit_price"] == 12500000
    assert item["asset_code_norm"] == "tb-0001" and item["version"] == 1
    room = server_row(server_engine, "room", room_id)
    assert room is not None and room["has_internet"] in (1, True) and room["area_m2"] == 80.5
    with Session(server_engine) as s:
        log = s.scalars(select(ChangeLog).order_by(ChangeLog.server_seq)).all()
    assert [(e.table_name, e.row_id, e.origin_device_id) for e in log] == [
        ("room", room_id, device.device_id),
        ("equipment", item_id, device.device_id),
    ]
    assert log[0].server_seq < log[1].server_seq


def test_the_same_batch_twice_is_applied_once(client, server_engine, schools: Schools) -> None:
    device = enroll_device(client, server_engine)
    room_id = uuid7()
    body = [change(1, "room", room_id, "insert", room_row(device.school_id, room_id))]
    first = push(client, device, body)
    before = unchanged_state(server_engine)
    again = push(client, device, body)
    assert again.status_code == 200 and again.json() == first.json()
    assert unchanged_state(server_engine) == before


def test_a_resend_with_a_new_batch_id_is_skipped_below_the_cursor(
    client, server_engine, schools
) -> None:
    device = enroll_device(client, server_engine)
    room_id = uuid7()
    body = [change(1, "room", room_id, "insert", room_row(device.school_id, room_id))]
    push(client, device, body)
    before = unchanged_state(server_engine)
    again = push(client, device, body, batch_id="another-id")
    assert [r["status"] for r in again.json()["results"]] == ["already"]
    state = unchanged_state(server_engine)
    state.pop("push_batch"), before.pop("push_batch")
    assert state == before


def test_a_gap_in_the_sequence_is_refused_with_the_cursor(client, server_engine, schools) -> None:
    device = enroll_device(client, server_engine)
    room_id = uuid7()
    before = unchanged_state(server_engine)
    response = push(
        client, device, [change(5, "room", room_id, "insert", room_row(device.school_id, room_id))]
    )
    assert response.status_code == 409
    assert response.headers["X-Device-Cursor"] == "0"
    assert unchanged_state(server_engine) == before


def test_rows_of_another_school_are_refused(client, server_engine, schools: Schools) -> None:
    a = enroll_device(client, server_engine)
    b = enroll_device(client, server_engine, SCHOOL_B["code"])
    room_b = uuid7()
    push(client, b, [change(1, "room", room_b, "insert", room_row(b.school_id, room_b))])
    before = unchanged_state(server_engine)
    sneaky = uuid7()
    response = push(
        client,
        a,
        [
            change(1, "room", room_b, "update", {"name": "Của trường A"}, base=1),
            change(2, "room", sneaky, "insert", room_row(b.school_id, sneaky, code="X")),
            change(3, "room", room_b, "delete", {}, base=1),
            change(4, "school", b.school_id, "update", {"name": "Đổi tên"}, base=1),
        ],
    )
    assert response.status_code == 200
    assert [r["status"] for r in response.json()["results"]] == ["rejected"] * 4
    assert {r["reason"] for r in response.json()["results"]} == {"wrong_school"}
    after = unchanged_state(server_engine)
    for table in ("room", "school", "change_log"):
        assert after[table] == before[table]


def test_rows_that_point_at_another_school_are_refused(client, server_engine, schools) -> None:
    """A school cannot hang its rows on another school's: B could no longer delete them."""
    a = enroll_device(client, server_engine)
    b = enroll_device(client, server_engine, SCHOOL_B["code"])
    room_b = uuid7()
    push(client, b, [change(1, "room", room_b, "insert", room_row(b.school_id, room_b))])
    room_a, item_a, hung, fine = uuid7(), uuid7(), uuid7(), uuid7()
    b_room_before = server_row(server_engine, "room", room_b)
    logged_before = len(unchanged_state(server_engine)["change_log"])
    response = push(
        client,
        a,
        [
            change(1, "equipment", hung, "insert", item_row(a.school_id, hung, room_b)),
            change(2, "room", room_a, "insert", room_row(a.school_id, room_a, code="A1")),
            # A room inserted earlier in the same batch is the school's own.
            change(3, "equipment", item_a, "insert", item_row(a.school_id, item_a, room_a)),
            change(4, "equipment", item_a, "update", {"room_id": room_b}, base=1),
            change(5, "equipment", item_a, "update", {"school_id": b.school_id}, base=1),
            change(6, "equipment", fine, "insert", item_row(a.school_id, fine, None)),
        ],
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == [
        "rejected",
        "applied",
        "applied",
        "rejected",
        "rejected",
        "applied",
    ]
    assert {results[i]["reason"] for i in (0, 3, 4)} == {"wrong_school"}
    assert "room_id" in results[0]["message"]
    assert server_row(server_engine, "equipment", hung) is None
    moved = server_row(server_engine, "equipment", item_a)
    assert moved is not None and (moved["room_id"], moved["school_id"]) == (room_a, a.school_id)
    assert server_row(server_engine, "room", room_b) == b_room_before
    assert len(unchanged_state(server_engine)["change_log"]) == logged_before + 3
    # B's own delete of its room is not blocked by anything A sent.
    deleted = push(client, b, [change(2, "room", room_b, "delete", {}, base=1)])
    assert [r["status"] for r in deleted.json()["results"]] == ["applied"]
    assert server_row(server_engine, "room", room_b) is None


def test_history_of_an_item_moved_to_another_school_can_be_sent_again(
    client, server_engine, schools
) -> None:
    """A PC that enrolls again sends its whole register as inserts: its maintenance
    record of an item the district has since moved to another school keeps pointing at
    it, and is taken; a new record of that item is not."""
    a = enroll_device(client, server_engine)
    b = enroll_device(client, server_engine, SCHOOL_B["code"])
    _, item_id = seed_room_and_item(client, a)
    record_id = uuid7()
    record = {
        "school_id": a.school_id,
        "equipment_id": item_id,
        "kind": "repair",
        "performed_on": "2026-10-02",
        "description": "Thay bóng đèn",
    }
    first = push(client, a, [change(3, "maintenance_record", record_id, "insert", record)])
    assert [r["status"] for r in first.json()["results"]] == ["applied"]
    with server_engine.begin() as conn:  # the district moved the item to school B
        conn.execute(
            text("UPDATE equipment SET school_id = :b, room_id = NULL WHERE id = :i"),
            {"b": b.school_id, "i": item_id},
        )
    again = {**record, "notes": "Gửi lại khi đăng ký lại máy"}
    new_record = uuid7()
    answer = push(
        client,
        a,
        [
            change(4, "maintenance_record", record_id, "insert", again),
            change(5, "maintenance_record", new_record, "insert", record),
        ],
    )
    assert [r["status"] for r in answer.json()["results"]] == ["applied", "rejected"]
    assert answer.json()["results"][1]["reason"] == "wrong_school"
    kept = server_row(server_engine, "maintenance_record", record_id)
    assert kept is not None and kept["notes"] == "Gửi lại khi đăng ký lại máy"
    assert server_row(server_engine, "maintenance_record", new_record) is None


def test_push_and_pull_refuse_forged_mismatched_and_revoked_devices(
    client, server_engine, schools
) -> None:
    """The sync routes themselves, not only /me: each way round is refused and changes
    nothing."""
    a = enroll_device(client, server_engine)
    b = enroll_device(client, server_engine, SCHOOL_B["code"])
    room_a = uuid7()
    push(client, a, [change(1, "room", room_a, "insert", room_row(a.school_id, room_a))])
    with Session(server_engine) as s:
        district_edit(s, "room", room_a, {"name": "Phòng Tin học (Phòng GD sửa)"})
    room_b = uuid7()
    body = batch(a, [change(2, "room", room_b, "insert", room_row(a.school_id, room_b))])
    forged = a.headers(**{DEVICE_HEADER: "0190a0a0-0000-7000-8000-000000000000"})
    before = unchanged_state(server_engine)
    assert client.post(PUSH, json=body, headers=forged).status_code == 401
    assert client.get(PULL, params={"since": 0}, headers=forged).status_code == 401
    # B's own credentials with A's device id in the body: B cannot push as A.
    assert client.post(PUSH, json=body, headers=b.headers()).status_code == 409
    assert unchanged_state(server_engine) == before
    with Session(server_engine) as s:
        admin.revoke_device(s, a.device_id)
        s.commit()
    before = unchanged_state(server_engine)
    assert client.post(PUSH, json=body, headers=a.headers()).status_code == 403
    pulled = client.get(PULL, params={"since": 0}, headers=a.headers())
    assert pulled.status_code == 403 and "Phòng GD sửa" not in pulled.text
    assert unchanged_state(server_engine) == before
    assert server_row(server_engine, "room", room_b) is None


def test_a_batch_of_another_device_cannot_be_replayed(client, server_engine, schools) -> None:
    a = enroll_device(client, server_engine)
    b = enroll_device(client, server_engine, SCHOOL_B["code"])
    room_a = uuid7()
    body = batch(a, [change(1, "room", room_a, "insert", room_row(a.school_id, room_a))])
    assert client.post(PUSH, json=body, headers=a.headers()).status_code == 200
    before = unchanged_state(server_engine)
    replay = client.post(PUSH, json=body, headers=b.headers())
    assert replay.status_code == 409
    assert unchanged_state(server_engine) == before


def test_pull_gives_district_edits_to_their_school_only(client, server_engine, schools) -> None:
    a = enroll_device(client, server_engine)
    b = enroll_device(client, server_engine, SCHOOL_B["code"])
    room_id, item_id = seed_room_and_item(client, a)
    own = client.get(PULL, params={"since": 0}, headers=a.headers()).json()
    assert own["changes"] == [] and own["next_since"] > 0  # its own pushes are not echoed
    with Session(server_engine) as s:
        district_edit(s, "equipment", item_id, {"status": "in_repair"})
    pulled = client.get(PULL, params={"since": own["next_since"]}, headers=a.headers()).json()
    assert [(c["table"], c["row_id"], c["changed"]["status"]) for c in pulled["changes"]] == [
        ("equipment", item_id, "in_repair")
    ]
    assert set(pulled["changes"][0]["changed"]) == {"status", "updated_at"}  # server-stamped
    assert pulled["changes"][0]["version"] == 2
    other = client.get(PULL, params={"since": 0}, headers=b.headers()).json()
    assert other["changes"] == []


def test_pull_pages_follow_the_cursor(client, server_engine, schools) -> None:
    a = enroll_device(client, server_engine)
    _, item_id = seed_room_and_item(client, a)
    with Session(server_engine) as s:
        for n in range(5):
            district_edit(s, "equipment", item_id, {"notes": f"lần {n}"})
    seen, since = [], 0
    while True:
        page = client.get(PULL, params={"since": since, "limit": 2}, headers=a.headers()).json()
        seen += [c["changed"]["notes"] for c in page["changes"]]
        since = page["next_since"]
        if not page["has_more"]:
            break
    assert seen == [f"lần {n}" for n in range(5)]


def test_the_district_wins_a_column_both_edited(client, server_engine, schools) -> None:
    a = enroll_device(client, server_engine)
    _, item_id = seed_room_and_item(client, a)
    with Session(server_engine) as s:
        district_edit(s, "equipment", item_id, {"name": "Máy chiếu (Phòng GD sửa)"})
    response = push(
        client,
        a,
        [
            change(
                3,
                "equipment",
                item_id,
                "update",
                {"name": "Máy chiếu trường sửa", "notes": "lau"},
                base=1,
            )
        ],
    )
    result = response.json()["results"][0]
    assert result["status"] == "conflict" and result["lost_columns"] == ["name"]
    row = server_row(server_engine, "equipment", item_id)
    assert row is not None
    assert (row["name"], row["notes"]) == ("Máy chiếu (Phòng GD sửa)", "lau")


def test_edits_after_a_transfer_are_refused_as_owner_changed(
    client, server_engine, schools: Schools
) -> None:
    a = enroll_device(client, server_engine)
    _, item_id = seed_room_and_item(client, a)
    with Session(server_engine) as s:
        district_edit(s, "equipment", item_id, {"school_id": schools.b_id, "room_id": None})
    before = unchanged_state(server_engine)
    response = push(client, a, [change(3, "equipment", item_id, "update", {"notes": "cũ"}, base=1)])
    result = response.json()["results"][0]
    assert (result["status"], result["reason"]) == ("rejected", "owner_changed")
    after = unchanged_state(server_engine)
    assert after["equipment"] == before["equipment"]


def test_a_change_the_database_refuses_is_rejected_and_the_rest_applied(
    client, server_engine, schools
) -> None:
    a = enroll_device(client, server_engine)
    room_id, bad_id, good_id = uuid7(), uuid7(), uuid7()
    response = push(
        client,
        a,
        [
            change(1, "room", room_id, "insert", room_row(a.school_id, room_id)),
            # Five good chairs out of one: the condition counts do not add up.
            change(
                2,
                "equipment",
                bad_id,
                "insert",
                item_row(a.school_id, bad_id, room_id, asset_code="TB-X", qty_good=5),
            ),
            change(3, "equipment", good_id, "insert", item_row(a.school_id, good_id, room_id)),
            change(4, "equipment", good_id, "update", {"notes": "đã dán nhãn"}, base=1),
        ],
    )
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["applied", "rejected", "applied", "applied"]
    assert results[1]["reason"] == "invalid"
    assert server_row(server_engine, "equipment", bad_id) is None
    good = server_row(server_engine, "equipment", good_id)
    assert good is not None and (good["notes"], good["version"]) == ("đã dán nhãn", 2)
    with Session(server_engine) as s:
        log = s.execute(
            select(ChangeLog.row_id, ChangeLog.op, ChangeLog.server_seq).order_by(
                ChangeLog.server_seq
            )
        ).all()
    assert [(row_id, op) for row_id, op, _ in log] == [
        (room_id, "insert"),
        (good_id, "insert"),
        (good_id, "update"),
    ]
    assert [r["server_seq"] for r in results if r["status"] == "applied"] == [s for *_, s in log]


def test_one_batch_can_insert_edit_and_delete_the_same_row(client, server_engine, schools) -> None:
    a = enroll_device(client, server_engine)
    room_id, item_id, gone_id = uuid7(), uuid7(), uuid7()
    response = push(
        client,
        a,
        [
            change(1, "room", room_id, "insert", room_row(a.school_id, room_id)),
            change(2, "equipment", item_id, "insert", item_row(a.school_id, item_id, room_id)),
            change(
                3,
                "equipment",
                gone_id,
                "insert",
                item_row(a.school_id, gone_id, room_id, asset_code="TB-2"),
            ),
            change(4, "equipment", item_id, "update", {"notes": "một"}, base=1),
            change(5, "equipment", item_id, "update", {"notes": "hai", "room_id": None}, base=2),
            change(6, "equipment", gone_id, "delete", {}, base=1),
            change(7, "room", room_id, "update", {"name": "Phòng Tin học A"}, base=1),
        ],
    )
    assert {r["status"] for r in response.json()["results"]} == {"applied"}
    item = server_row(server_engine, "equipment", item_id)
    assert item is not None
    assert (item["notes"], item["room_id"], item["version"]) == ("hai", None, 3)
    assert server_row(server_engine, "equipment", gone_id) is None
    room = server_row(server_engine, "room", room_id)
    assert room is not None and (room["name"], room["version"]) == ("Phòng Tin học A", 2)
    with Session(server_engine) as s:
        versions = s.execute(
            select(ChangeLog.op, ChangeLog.version)
            .where(ChangeLog.row_id == item_id)
            .order_by(ChangeLog.server_seq)
        ).all()
    assert [tuple(v) for v in versions] == [("insert", 1), ("update", 2), ("update", 3)]


def test_a_first_upload_is_not_paged_back_to_its_device(client, server_engine, schools) -> None:
    a = enroll_device(client, server_engine)
    room_id = uuid7()
    items = [uuid7() for _ in range(6)]
    body = [change(1, "room", room_id, "insert", room_row(a.school_id, room_id))] + [
        change(
            n + 2,
            "equipment",
            item_id,
            "insert",
            item_row(a.school_id, item_id, room_id, asset_code=f"TB-{n}"),
        )
        for n, item_id in enumerate(items)
    ]
    assert push(client, a, body).status_code == 200
    with Session(server_engine) as s:
        top = s.scalar(select(ChangeLog.server_seq).order_by(ChangeLog.server_seq.desc()))
    page = client.get(PULL, params={"since": 0, "limit": 2}, headers=a.headers()).json()
    assert (page["changes"], page["has_more"], page["next_since"]) == ([], False, top)
    with Session(server_engine) as s:
        district_edit(s, "equipment", items[3], {"notes": "Phòng kiểm tra"})
    page = client.get(PULL, params={"since": top, "limit": 2}, headers=a.headers()).json()
    assert [c["row_id"] for c in page["changes"]] == [items[3]]
    # Another PC of the same school gets everything, the first one's upload included.
    b = enroll_device(client, server_engine)
    seen, since = [], 0
    while True:
        page = client.get(PULL, params={"since": since, "limit": 3}, headers=b.headers()).json()
        seen += [c["row_id"] for c in page["changes"]]
        since = page["next_since"]
        if not page["has_more"]:
            break
    assert seen == [room_id, *items, items[3]]


def test_the_district_keeps_all_the_counts_when_both_edit_them(
    client, server_engine, schools
) -> None:
    """Condition counts must add up to the quantity: they merge as one group."""
    a = enroll_device(client, server_engine)
    _, item_id = seed_room_and_item(client, a)
    pulled = client.get(PULL, params={"since": 0}, headers=a.headers()).json()["next_since"]
    with Session(server_engine) as s:  # two more, both good
        district_edit(s, "equipment", item_id, {"quantity": 3, "qty_good": 3})
    body = batch(
        a,
        [change(3, "equipment", item_id, "update", {"qty_good": 0, "qty_broken": 1}, base=1)],
    )
    body["pull_cursor"] = pulled
    response = client.post(PUSH, json=body, headers=a.headers())
    result = response.json()["results"][0]
    assert result["status"] == "conflict"
    assert result["lost_columns"] == ["qty_broken", "qty_good"]
    row = server_row(server_engine, "equipment", item_id)
    assert row is not None
    assert (row["quantity"], row["qty_good"], row["qty_broken"]) == (3, 3, 0)
    # The district's change carries the whole group, so a PC never mixes the two either.
    page = client.get(PULL, params={"since": pulled}, headers=a.headers()).json()
    assert {"quantity", "qty_good", "qty_minor_damage", "qty_broken", "qty_lost"} <= set(
        page["changes"][0]["changed"]
    )


def test_pushes_of_different_schools_do_not_wait_for_each_other(
    client, server_engine, schools
) -> None:
    if server_engine.dialect.name != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's; SQLite has one writer anyway")
    a = enroll_device(client, server_engine)
    b = enroll_device(client, server_engine, SCHOOL_B["code"])
    with Session(server_engine) as busy:
        lock_school(busy, a.school_id)  # a push of school A under way
        for school_id, waits in ((b.school_id, False), (a.school_id, True)):
            with Session(server_engine) as other:
                other.execute(text("SET lock_timeout = '300ms'"))
                if waits:
                    with pytest.raises(OperationalError):
                        lock_school(other, school_id)
                else:
                    lock_school(other, school_id)  # school B goes on at once
        busy.rollback()


def test_the_same_batch_sent_twice_at_once_is_applied_once(
    client, server_engine, schools, monkeypatch
) -> None:
    """A resend racing its slow original on another worker gets the original's answer."""
    if server_engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer: two pushes never run at once")
    a = enroll_device(client, server_engine)
    room_id = uuid7()
    body = batch(a, [change(1, "room", room_id, "insert", room_row(a.school_id, room_id))])
    both = threading.Barrier(2, timeout=20)
    take_lock = sync_apply.lock_school

    def meet_then_lock(session: Session, school_id: str) -> None:
        both.wait()  # neither push has stored the batch yet
        take_lock(session, school_id)

    monkeypatch.setattr(sync_apply, "lock_school", meet_then_lock)
    answers: list[Any] = []

    def send() -> None:
        answers.append(
            TestClient(client.app, raise_server_exceptions=False).post(
                PUSH, json=body, headers=a.headers()
            )
        )

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert [r.status_code for r in answers] == [200, 200], [r.text for r in answers]
    assert answers[0].json() == answers[1].json()
    assert [r["status"] for r in answers[0].json()["results"]] == ["applied"]
    with Session(server_engine) as s:
        logged = s.scalars(select(ChangeLog.row_id)).all()
    assert logged == [room_id]


def test_a_database_failure_mid_batch_rejects_nothing(
    client, server_engine, schools, monkeypatch
) -> None:
    """A lost connection or a deadlock is not the school's fault: the push fails as a
    whole and the resend applies it, instead of every change being marked invalid."""
    a = enroll_device(client, server_engine)
    room_id = uuid7()
    body = [change(1, "room", room_id, "insert", room_row(a.school_id, room_id))]
    before = unchanged_state(server_engine)

    def lost(*_: Any) -> None:
        raise OperationalError("COPY", {}, Exception("server closed the connection"))

    monkeypatch.setattr(sync_apply, "_write_rows", lost)
    with TestClient(client.app, raise_server_exceptions=False) as failing:
        assert push(failing, a, body).status_code == 500
    assert unchanged_state(server_engine) == before
    monkeypatch.undo()
    response = push(client, a, body)
    assert [r["status"] for r in response.json()["results"]] == ["applied"]


def test_after_a_restore_the_log_numbers_on_past_what_was_pulled(
    client, server_engine, schools
) -> None:
    a = enroll_device(client, server_engine)
    _, item_id = seed_room_and_item(client, a)
    with Session(server_engine) as s:
        before = s.scalar(select(ChangeLog.server_seq).order_by(ChangeLog.server_seq.desc()))
        top = mark_restored(s)
        s.commit()
        assert before is not None and top >= before + 1_000_000_000
        entry = district_edit(s, "equipment", item_id, {"notes": "sau khôi phục"})
        assert entry.server_seq > top
    page = client.get(PULL, params={"since": 0}, headers=a.headers()).json()
    assert [c["changed"].get("notes") for c in page["changes"]] == ["sau khôi phục"]
    assert page["next_since"] == entry.server_seq
    assert page["device_cursor"] == 2  # what the server holds from this PC
