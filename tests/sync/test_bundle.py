"""USB bundles: written signed, read back only when whole, untouched, ours and known."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app import __version__
from app.models import Equipment
from app.models.migrate import head_revision
from app.services.errors import ServiceError
from app.services.register import Register
from app.sync import bundle as bundle_module
from app.sync import state
from app.sync.bundle import (
    Bundle,
    BundleError,
    SigningKey,
    bundle_key,
    import_reply,
    read_bundle,
    read_reply_bundle,
    sign,
    write_bundle,
    write_reply_bundle,
)
from app.sync.outbox_reader import next_batch
from app.sync.protocol import (
    ChangeResult,
    ChangeStatus,
    PulledChange,
    PullResponse,
    PushResponse,
)
from tests.conftest import looks_vietnamese, table_state

DEVICE = "0190a000-0000-7000-8000-00000000d001"
SECRET = "bí-mật-" + "k" * 40
KEY = bundle_key(SECRET)
NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
ITEM_ID = "0190a000-0000-7000-8000-0000000000b1"


@pytest.fixture
def reg(register: Register, add_item: Callable[..., Equipment]) -> Register:
    with register.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))
    state.save_enrollment(register, "https://pgd.example.vn", DEVICE, SECRET)
    for i in range(4):  # 8 outbox entries: 4 items and their audit lines
        add_item(register, f"TB-{i:03d}", f"Máy chiếu {i}")
    return register


def lookup_for(reg: Register) -> Callable[[str], SigningKey | None]:
    school = reg.school_id
    return lambda device: SigningKey(KEY, school) if device == DEVICE else None


def outbox_seqs(reg: Register) -> list[int]:
    with reg.engine.connect() as conn:
        return list(conn.execute(text("SELECT device_seq FROM sync_outbox ORDER BY 1")).scalars())


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rebuild(
    src: Path,
    dst: Path,
    *,
    manifest_edit: Callable[[dict[str, Any]], None] | None = None,
    parts: dict[str, bytes] | None = None,
    resign: bytes | None = None,
) -> Path:
    """A copy of a bundle with edits; ``resign`` signs the edited manifest again
    (as someone holding the key would), otherwise the old signature stays."""
    content = members(src)
    manifest = json.loads(content.pop("manifest.json"))
    content.update(parts or {})
    if manifest_edit is not None:
        manifest_edit(manifest)
    if resign is not None:
        manifest["signature"] = sign(manifest, resign)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in content.items():
            zf.writestr(name, data)
    return dst


def refused(path: Path, lookup: Callable[[str], SigningKey | None], code: str, **kw: Any) -> str:
    with pytest.raises(BundleError) as info:
        read_bundle(path, lookup, **kw)
    assert info.value.code == code, info.value.message
    assert looks_vietnamese(info.value.message), info.value.message
    return info.value.message


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_BATCH", 3)


# -- writing and reading back ------------------------------------------------------------


@pytest.mark.usefixtures("small_batches")
def test_round_trip_carries_every_pending_change_in_batches(reg: Register, tmp_path: Path) -> None:
    with reg.write() as s:
        state.set_pull_cursor(s, 41)
    path = write_bundle(tmp_path / "usb", reg, now=NOW)
    assert path.parent == tmp_path / "usb" and path.suffix == ".zip"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left
    assert sorted(members(path)) == [
        "changes-0001.jsonl",
        "changes-0002.jsonl",
        "changes-0003.jsonl",
        "manifest.json",
    ]
    got = read_bundle(path, lookup_for(reg), kind="changes", school_id=reg.school_id)
    m = got.manifest
    seqs = outbox_seqs(reg)
    assert (m.kind, m.device_id, m.school_id) == ("changes", DEVICE, reg.school_id)
    assert (m.schema_version, m.app_version, m.format_version) == (head_revision(), __version__, 2)
    assert (m.seq_from, m.seq_to, m.change_count) == (1, seqs[-1], 8)
    assert (m.pull_cursor, m.push_cursor, m.created_at) == (41, 0, NOW)
    requests = got.push_requests()
    assert [len(r.changes) for r in requests] == [3, 3, 2]
    assert [c.device_seq for r in requests for c in r.changes] == seqs
    assert requests[1].first_seq == requests[0].last_seq + 1
    # The first part is exactly the batch the network would send, same idempotency key.
    assert requests[0] == next_batch(reg, limit=3)
    assert outbox_seqs(reg) == seqs  # writing a bundle acknowledges nothing


def test_an_empty_bundle_still_carries_the_cursors(reg: Register, tmp_path: Path) -> None:
    with reg.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))
    got = read_bundle(write_bundle(tmp_path, reg, now=NOW), lookup_for(reg))
    assert got.push_requests() == [] and got.manifest.change_count == 0
    assert got.manifest.seq_to == got.manifest.seq_from - 1


def test_a_pc_that_is_not_enrolled_cannot_write_one(reg: Register, tmp_path: Path) -> None:
    state.forget_enrollment(reg)
    with pytest.raises(ServiceError) as info:
        write_bundle(tmp_path / "usb", reg)
    assert looks_vietnamese(info.value.message)
    assert not (tmp_path / "usb").exists()


def test_the_signing_key_is_not_the_hash_the_server_keeps(reg: Register, good: Path) -> None:
    """The server checks requests with sha256(secret): a copy of its database must not be
    enough to sign a bundle (format 1 signed with exactly that hash)."""
    import hashlib

    kept = hashlib.sha256(SECRET.encode()).digest()
    assert kept != KEY and len(KEY) == 32
    forged = rebuild(good, good.with_name("forged.zip"), resign=kept)
    refused(forged, lookup_for(reg), "tampered")


# -- the district's reply ------------------------------------------------------------


def district_reply(reg: Register, folder: Path, since: int = 0, **kw: Any) -> Path:
    """What the server would answer to the school's bundle: all applied, one page."""
    school_bundle = read_bundle(write_bundle(folder / "up", reg, now=NOW), lookup_for(reg))
    acks = [
        PushResponse(
            batch_id=r.batch_id,
            cursor=r.last_seq,
            results=[
                ChangeResult(
                    change_id=c.change_id,
                    device_seq=c.device_seq,
                    status=ChangeStatus.APPLIED,
                    server_seq=100 + c.device_seq,
                )
                for c in r.changes
            ],
            server_time=NOW,
        )
        for r in school_bundle.push_requests()
    ]
    row = {
        "id": ITEM_ID,
        "school_id": reg.school_id,
        "asset_code": "PGD-1",
        "name": "Bảng tương tác thông minh",
        "category": "teaching",
        "quantity": 1,
        "qty_good": 1,
        "created_at": "2026-05-04T09:00:00+00:00",
        "updated_at": "2026-05-04T09:00:00+00:00",
    }
    pages = [
        PullResponse(
            changes=[
                PulledChange(
                    server_seq=since + 5,
                    table="equipment",
                    row_id=ITEM_ID,
                    op="insert",
                    changed=row,
                    version=1,
                )
            ],
            next_since=since + 9,
            has_more=True,
            server_time=NOW,
        ),
        PullResponse(
            changes=[
                PulledChange(
                    server_seq=since + 12,
                    table="equipment",
                    row_id=ITEM_ID,
                    op="update",
                    changed={"serial": "SN-778"},
                    version=2,
                )
            ],
            next_since=since + 15,
            has_more=False,
            server_time=NOW,
        ),
    ]
    return write_reply_bundle(
        folder / "down",
        device_id=DEVICE,
        school_id=reg.school_id,
        key=KEY,
        since=since,
        pages=pages,
        acks=acks,
        push_cursor=acks[-1].cursor if acks else 0,
        now=NOW,
        **kw,
    )


def test_a_reply_acknowledges_and_applies_once(reg: Register, tmp_path: Path) -> None:
    path = district_reply(reg, tmp_path)
    reply = read_reply_bundle(path, reg)
    assert [since for since, _ in reply.pull_pages()] == [0, 9]
    result = import_reply(reg, reply)
    assert (result.applied, result.cursor) == (2, 15)
    assert outbox_seqs(reg) == []  # everything the district answered left the outbox
    assert state.load(reg).pull_cursor == 15
    from app.services.equipment_query import EquipmentQuery, equipment_ids

    assert equipment_ids(reg, EquipmentQuery(text="bang tuong tac")) == [ITEM_ID]
    assert equipment_ids(reg, EquipmentQuery(text="SN-778")) == [ITEM_ID]
    once = table_state(reg)
    again = import_reply(reg, read_reply_bundle(path, reg))  # the same file twice
    assert again.applied == 0
    assert table_state(reg) == once


def test_a_reply_that_skips_an_earlier_one_is_refused_whole(reg: Register, tmp_path: Path) -> None:
    path = district_reply(reg, tmp_path, since=20)  # this PC has pulled nothing yet
    before = table_state(reg)
    with pytest.raises(ServiceError) as info:
        import_reply(reg, read_reply_bundle(path, reg))
    assert looks_vietnamese(info.value.message)
    assert table_state(reg) == before  # not even the acknowledgements were taken


def test_a_reply_is_not_taken_for_a_school_bundle(reg: Register, tmp_path: Path) -> None:
    path = write_bundle(tmp_path, reg)
    with pytest.raises(BundleError) as info:
        read_reply_bundle(path, reg)
    assert info.value.code == "wrong_kind" and looks_vietnamese(info.value.message)


def test_a_reply_for_another_device_is_refused(reg: Register, tmp_path: Path) -> None:
    path = district_reply(reg, tmp_path)
    state.save_enrollment(reg, "https://pgd.example.vn", "another-device", SECRET)
    with pytest.raises(BundleError) as info:
        read_reply_bundle(path, reg)
    assert info.value.code == "unknown_device"


# -- refused files -------------------------------------------------------------------


@pytest.fixture
def good(reg: Register, tmp_path: Path) -> Path:
    return write_bundle(tmp_path / "out", reg, now=NOW)


def test_the_good_bundle_reads(reg: Register, good: Path) -> None:
    assert isinstance(read_bundle(good, lookup_for(reg)), Bundle)


def test_a_truncated_file_is_refused(reg: Register, good: Path, tmp_path: Path) -> None:
    data = good.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 0):
        short = tmp_path / f"short-{cut}.zip"
        short.write_bytes(data[:cut])
        message = refused(short, lookup_for(reg), "corrupt")
        assert "bị hỏng hoặc không đầy đủ" in message


def test_a_missing_file_is_refused(reg: Register, tmp_path: Path) -> None:
    refused(tmp_path / "none.zip", lookup_for(reg), "corrupt")


def test_a_file_that_is_not_a_zip_is_refused(reg: Register, tmp_path: Path) -> None:
    path = tmp_path / "notes.zip"
    path.write_text("không phải tệp nén", encoding="utf-8")
    refused(path, lookup_for(reg), "corrupt")


def test_a_tampered_part_is_refused(reg: Register, good: Path, tmp_path: Path) -> None:
    part = members(good)["changes-0001.jsonl"]
    edited = part.replace("Máy chiếu 0".encode(), "Máy chiếu X".encode())
    assert edited != part
    bad = rebuild(good, tmp_path / "bad.zip", parts={"changes-0001.jsonl": edited})
    assert "đã bị sửa đổi" in refused(bad, lookup_for(reg), "tampered")


def test_a_tampered_manifest_is_refused(reg: Register, good: Path, tmp_path: Path) -> None:
    def edit(m: dict[str, Any]) -> None:
        m["pull_cursor"] = 999

    bad = rebuild(good, tmp_path / "bad.zip", manifest_edit=edit)
    assert "đã bị sửa đổi" in refused(bad, lookup_for(reg), "tampered")


def test_a_bundle_signed_with_another_key_is_refused(
    reg: Register, good: Path, tmp_path: Path
) -> None:
    school = reg.school_id
    refused(good, lambda _: SigningKey(bundle_key("khóa khác"), school), "tampered")
    forged = rebuild(good, tmp_path / "forged.zip", resign=bundle_key("khóa khác"))
    refused(forged, lookup_for(reg), "tampered")


def test_a_bundle_of_an_unknown_device_is_refused(good: Path) -> None:
    refused(good, lambda _: None, "unknown_device")


def test_a_bundle_of_another_school_is_refused(reg: Register, good: Path) -> None:
    message = refused(good, lambda _: SigningKey(KEY, "another-school"), "wrong_school")
    assert "của trường khác" in message
    refused(good, lookup_for(reg), "wrong_school", school_id="another-school")


@pytest.mark.parametrize("version", [1, 3])
def test_an_older_or_newer_format_is_refused(
    reg: Register, good: Path, tmp_path: Path, version: int
) -> None:
    def other(m: dict[str, Any]) -> None:
        m["format_version"] = version

    bad = rebuild(good, tmp_path / f"v{version}.zip", manifest_edit=other, resign=KEY)
    assert "phiên bản" in refused(bad, lookup_for(reg), "version")


def test_an_unknown_schema_version_is_refused(reg: Register, good: Path, tmp_path: Path) -> None:
    def newer(m: dict[str, Any]) -> None:
        m["schema_version"] = "9999"

    bad = rebuild(good, tmp_path / "s.zip", manifest_edit=newer, resign=KEY)
    assert "phiên bản" in refused(bad, lookup_for(reg), "version")


def test_a_gap_between_parts_is_refused(
    reg: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_module, "MAX_BATCH", 3)
    split = write_bundle(tmp_path / "split", reg, now=NOW)

    def gap(m: dict[str, Any]) -> None:
        m["parts"][1]["seq_from"] += 1

    bad = rebuild(split, tmp_path / "gap.zip", manifest_edit=gap, resign=KEY)
    refused(bad, lookup_for(reg), "corrupt")

    def wrong_range(m: dict[str, Any]) -> None:
        m["seq_to"] += 5

    bad = rebuild(split, tmp_path / "range.zip", manifest_edit=wrong_range, resign=KEY)
    refused(bad, lookup_for(reg), "corrupt")


def test_seqs_out_of_order_inside_a_part_are_refused(
    reg: Register, good: Path, tmp_path: Path
) -> None:
    lines = members(good)["changes-0001.jsonl"].decode().splitlines()
    swapped = "\n".join([lines[1], lines[0], *lines[2:]]) + "\n"
    data = swapped.encode()
    import hashlib

    def fix(m: dict[str, Any]) -> None:
        m["parts"][0]["sha256"] = hashlib.sha256(data).hexdigest()

    bad = rebuild(
        good, tmp_path / "order.zip", parts={"changes-0001.jsonl": data}, manifest_edit=fix
    )
    refused(bad, lookup_for(reg), "tampered")  # without the key
    bad = rebuild(
        good,
        tmp_path / "order2.zip",
        parts={"changes-0001.jsonl": data},
        manifest_edit=fix,
        resign=KEY,
    )
    refused(bad, lookup_for(reg), "corrupt")  # even when signed


def test_unexpected_names_are_refused(reg: Register, good: Path, tmp_path: Path) -> None:
    for name in ("../evil.jsonl", "/etc/changes-0001.jsonl", "sub/changes-0009.jsonl", "x.txt"):
        bad = rebuild(good, tmp_path / "names.zip", parts={name: b"{}\n"})
        refused(bad, lookup_for(reg), "corrupt")
    missing = tmp_path / "missing.zip"
    content = members(good)
    with zipfile.ZipFile(missing, "w") as zf:
        for name, data in content.items():
            if name != "changes-0001.jsonl":
                zf.writestr(name, data)
    refused(missing, lookup_for(reg), "corrupt")
    no_manifest = tmp_path / "no-manifest.zip"
    with zipfile.ZipFile(no_manifest, "w") as zf:
        zf.writestr("changes-0001.jsonl", content["changes-0001.jsonl"])
    refused(no_manifest, lookup_for(reg), "corrupt")


def test_a_manifest_that_is_not_json_is_refused(reg: Register, tmp_path: Path) -> None:
    path = tmp_path / "m.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", "{not json")
    refused(path, lookup_for(reg), "corrupt")


def test_oversize_files_and_parts_are_refused(
    reg: Register, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(bundle_module, "MAX_BUNDLE_BYTES", good.stat().st_size - 1)
        assert "quá lớn" in refused(good, lookup_for(reg), "too_large")
    with monkeypatch.context() as m:
        m.setattr(bundle_module, "MAX_PART_BYTES", 100)
        refused(good, lookup_for(reg), "too_large")
    with monkeypatch.context() as m:
        m.setattr(bundle_module, "MAX_TOTAL_BYTES", 100)
        refused(good, lookup_for(reg), "too_large")


def test_a_zip_bomb_is_refused_before_it_is_inflated(
    reg: Register, good: Path, tmp_path: Path
) -> None:
    bomb = rebuild(good, tmp_path / "bomb.zip", parts={"changes-0009.jsonl": b"\n" * 20_000_000})
    assert bomb.stat().st_size < 200_000
    refused(bomb, lookup_for(reg), "too_large")


def test_two_bundles_in_the_same_second_are_both_kept(reg: Register, tmp_path: Path) -> None:
    first = write_bundle(tmp_path, reg, now=NOW)
    second = write_bundle(tmp_path, reg, now=NOW)
    third = write_bundle(tmp_path, reg, now=NOW)
    assert len({first, second, third}) == 3
    assert second.name == first.name.replace(".zip", "-2.zip")
    assert {read_bundle(p, lookup_for(reg)).manifest.kind for p in (first, third)} == {"changes"}
