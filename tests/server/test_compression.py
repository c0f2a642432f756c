"""Compressed traffic with the server app, on SQLite and PostgreSQL: gzip push bodies
are applied exactly like plain ones, damaged, oversized or unknown encodings are
refused in Vietnamese with nothing written, and answers come back gzipped."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from starlette.types import Receive, Scope, Send

from app.models.ids import uuid7
from app.server.compression import GzipRequestMiddleware
from tests.conftest import looks_vietnamese
from tests.server.conftest import Enrolled, Schools, enroll_device
from tests.server.test_sync_push_pull import (
    PULL,
    PUSH,
    batch,
    change,
    item_row,
    room_row,
    server_row,
    unchanged_state,
)


def room_and_items(device: Enrolled, items: int = 1) -> list[dict[str, Any]]:
    room_id = uuid7()
    changes = [change(1, "room", room_id, "insert", room_row(device.school_id, room_id))]
    for n in range(items):
        item_id = uuid7()
        row = item_row(device.school_id, item_id, room_id, asset_code=f"TB-{n:04d}")
        changes.append(change(2 + n, "equipment", item_id, "insert", row))
    return changes


def json_bytes(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def gzip_headers(device: Enrolled, encoding: str = "gzip") -> dict[str, str]:
    return device.headers(**{"Content-Type": "application/json", "Content-Encoding": encoding})


def post_gzip(client: TestClient, device: Enrolled, body: dict[str, Any]) -> Any:
    return client.post(PUSH, content=gzip.compress(json_bytes(body)), headers=gzip_headers(device))


def assert_refused(response: Any, status: int) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == "bad_request"
    assert looks_vietnamese(body["message"]), body["message"]


def gzip_bomb(size: int, chunk: int = 1024 * 1024) -> bytes:
    """``size`` zero bytes, gzipped a megabyte at a time (never all in memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(chunk)
    parts = [packer.compress(zeros) for _ in range(size // chunk)]
    parts.append(packer.flush())
    return b"".join(parts)


# -- through the real app ----------------------------------------------------------------


def test_a_gzip_push_is_applied_like_a_plain_one(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    device = enroll_device(client, server_engine)
    body = batch(device, room_and_items(device, items=20))
    response = post_gzip(client, device, body)
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied"] * 21
    assert response.headers["content-encoding"] == "gzip"  # a long answer comes back gzipped
    item = server_row(server_engine, "equipment", body["changes"][1]["row_id"])
    assert item is not None and item["name"] == "Máy chiếu Epson" and item["version"] == 1
    # The same batch sent plain is recognised as the same batch: the server read the same.
    before = unchanged_state(server_engine)
    again = client.post(PUSH, json=body, headers=device.headers())
    assert again.status_code == 200 and again.json() == response.json()
    assert unchanged_state(server_engine) == before


def test_a_plain_push_of_an_older_client_still_works(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    device = enroll_device(client, server_engine)
    body = batch(device, room_and_items(device))
    response = client.post(PUSH, json=body, headers=device.headers())
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied", "applied"]
    assert server_row(server_engine, "room", body["changes"][0]["row_id"]) is not None


@pytest.mark.parametrize(
    "damage",
    [
        lambda z: z[: len(z) // 2],  # cut short
        lambda z: z[:20] + bytes(b ^ 0x55 for b in z[20:40]) + z[40:],  # bytes flipped
        lambda z: b"\x1f\x8b" + b"not gzip at all" * 10,  # a gzip magic, then nonsense
        lambda z: z + b"trailing junk",  # a whole member, then garbage
        lambda z: z[10:],  # raw deflate without the gzip header
    ],
    ids=["truncated", "flipped", "garbage", "trailing", "headerless"],
)
def test_a_damaged_gzip_body_is_refused_and_changes_nothing(
    client: TestClient, server_engine: Engine, schools: Schools, damage: Any
) -> None:
    device = enroll_device(client, server_engine)
    body = damage(gzip.compress(json_bytes(batch(device, room_and_items(device, items=5)))))
    before = unchanged_state(server_engine)
    response = client.post(PUSH, content=body, headers=gzip_headers(device))
    assert_refused(response, 400)
    assert "nén" in response.json()["message"]
    assert unchanged_state(server_engine) == before


def test_a_gzip_bomb_is_refused_without_unpacking_it(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    device = enroll_device(client, server_engine)
    bomb = gzip_bomb(200 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024  # 200 MiB of zeros packs into a few hundred KiB
    before = unchanged_state(server_engine)
    response = client.post(PUSH, content=bomb, headers=gzip_headers(device))
    assert_refused(response, 413)
    assert "64 MiB" in response.json()["message"]
    assert unchanged_state(server_engine) == before


def test_an_unknown_encoding_is_refused(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    device = enroll_device(client, server_engine)
    body = json_bytes(batch(device, room_and_items(device)))
    before = unchanged_state(server_engine)
    response = client.post(PUSH, content=body, headers=gzip_headers(device, "br"))
    assert_refused(response, 415)
    assert "br" in response.json()["message"]
    assert unchanged_state(server_engine) == before


def test_a_pull_page_comes_back_gzipped_when_asked(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    first = enroll_device(client, server_engine)
    second = enroll_device(client, server_engine)  # another PC of the same school
    assert post_gzip(client, first, batch(first, room_and_items(first, items=3))).status_code == 200
    zipped = client.get(
        PULL, params={"since": 0}, headers=second.headers(**{"Accept-Encoding": "gzip"})
    )
    assert zipped.status_code == 200
    assert zipped.headers["content-encoding"] == "gzip"
    assert int(zipped.headers["content-length"]) < len(zipped.content)  # raw vs decoded
    assert len(zipped.json()["changes"]) == 4
    plain = client.get(
        PULL, params={"since": 0}, headers=second.headers(**{"Accept-Encoding": "identity"})
    )
    assert "content-encoding" not in plain.headers
    assert plain.json()["changes"] == zipped.json()["changes"]


# -- the middleware alone, with small caps ------------------------------------------------


async def echo(scope: Scope, receive: Receive, send: Send) -> None:
    """Answers with the body it read and the headers it was given."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body", False):
            break
    seen = {k.decode(): v.decode() for k, v in scope["headers"]}
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"x-seen-encoding", seen.get("content-encoding", "-").encode()),
                (b"x-seen-length", seen.get("content-length", "-").encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


@pytest.fixture
def small() -> TestClient:
    return TestClient(GzipRequestMiddleware(echo, max_size=1000, max_compressed_size=600))


def test_the_app_reads_the_unpacked_body_with_its_length(small: TestClient) -> None:
    data = b'{"a": "' + b"x" * 900 + b'"}'
    response = small.post("/", content=gzip.compress(data), headers={"Content-Encoding": "gzip"})
    assert response.content == data
    assert response.headers["x-seen-encoding"] == "-"  # the body is no longer gzipped
    assert response.headers["x-seen-length"] == str(len(data))


def test_several_gzip_members_are_one_body(small: TestClient) -> None:
    body = gzip.compress(b"first,") + gzip.compress(b"second")
    response = small.post("/", content=body, headers={"Content-Encoding": "GZIP"})
    assert response.content == b"first,second"


def test_plain_and_empty_bodies_pass_through(small: TestClient) -> None:
    big = b"y" * 5000  # the caps are for gzipped bodies only
    assert small.post("/", content=big).content == big
    assert small.post("/", content=b"", headers={"Content-Encoding": "gzip"}).content == b""


def test_the_caps_are_exact(small: TestClient) -> None:
    fits = small.post("/", content=gzip.compress(b"z" * 1000), headers={"Content-Encoding": "gzip"})
    assert fits.status_code == 200 and len(fits.content) == 1000
    over = small.post("/", content=gzip.compress(b"z" * 1001), headers={"Content-Encoding": "gzip"})
    assert_refused(over, 413)
    noise = gzip.compress(bytes(range(256)) * 3, 0)  # stored: bigger packed than 600 bytes
    assert len(noise) > 600
    packed = small.post("/", content=noise, headers={"Content-Encoding": "gzip"})
    assert_refused(packed, 413)
    assert "600 byte" in packed.json()["message"]  # the cap that was passed is named
