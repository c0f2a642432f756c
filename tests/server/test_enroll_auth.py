"""Enrollment over HTTP and device authentication, on SQLite and PostgreSQL.

Every refusal answers an ErrorBody with the right status and code and changes nothing
in the database (not even the device's last_seen_at).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from app import __version__
from app.server import admin
from app.server.auth import REVOKED_MESSAGE
from app.server.models import Device, EnrollCode
from app.server.versions import SERVER_TOO_OLD_MESSAGE, UPGRADE_MESSAGE
from app.sync.protocol import (
    API_PREFIX,
    APP_HEADER,
    DEVICE_HEADER,
    SCHEMA_HEADER,
    EnrollResponse,
    ErrorBody,
    ErrorCode,
)
from tests.conftest import looks_vietnamese
from tests.server.conftest import (
    SCHOOL_A,
    Enrolled,
    Schools,
    db_state,
    enroll_body,
    enroll_device,
    new_code,
)

ENROLL = f"{API_PREFIX}/enroll"
ME = f"{API_PREFIX}/me"


def error_of(response, status: int, code: ErrorCode) -> ErrorBody:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = ErrorBody.model_validate(response.json())  # exactly an ErrorBody, nothing more
    assert body.code == code
    assert looks_vietnamese(body.message), body.message
    return body


def devices(engine: Engine) -> list[Device]:
    with Session(engine) as s:
        return list(s.scalars(select(Device)))


# -- enrollment ---------------------------------------------------------------------


def test_enroll_then_me(client: TestClient, server_engine: Engine, schools: Schools) -> None:
    code = new_code(server_engine)
    before = datetime.now(UTC)
    response = client.post(ENROLL, json=enroll_body(code))
    assert response.status_code == 200, response.text
    answer = EnrollResponse.model_validate(response.json())
    assert answer.school_id == schools.a_id
    assert (answer.school_code, answer.school_name) == (SCHOOL_A["code"], SCHOOL_A["name"])
    assert abs((answer.server_time - before).total_seconds()) < 30
    [device] = devices(server_engine)
    assert device.id == answer.device_id and device.school_id == schools.a_id
    assert (device.name, device.app_version) == ("Máy phòng thiết bị", __version__)
    assert device.last_seen_at is None

    me = Enrolled(answer.device_id, answer.device_secret, answer.school_id)
    response = client.get(ME, headers=me.headers())
    assert response.status_code == 200, response.text
    info = response.json()
    assert info["device_id"] == answer.device_id
    assert (info["school_id"], info["school_code"]) == (schools.a_id, SCHOOL_A["code"])
    assert info["cursor"] == 0
    server_time = datetime.fromisoformat(info["server_time"])
    assert server_time.tzinfo is not None and abs((server_time - before).total_seconds()) < 30
    [device] = devices(server_engine)
    assert device.last_seen_at is not None and device.last_seen_at >= before - timedelta(seconds=1)

    # A newer app version is recorded on the next request.
    assert client.get(ME, headers=me.headers(**{APP_HEADER: "0.2.0"})).status_code == 200
    assert devices(server_engine)[0].app_version == "0.2.0"


def test_the_secret_and_the_code_are_not_stored_in_clear(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    code = new_code(server_engine)
    data = client.post(ENROLL, json=enroll_body(code)).json()
    everything = repr(db_state(server_engine))
    assert data["device_secret"] not in everything
    assert code.replace("-", "") not in everything and code not in everything
    [device] = devices(server_engine)
    assert device.secret_hash == admin.sha256_hex(data["device_secret"])
    assert len(data["device_secret"]) >= 43


def test_a_code_works_once_only(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    code = new_code(server_engine)
    assert client.post(ENROLL, json=enroll_body(code)).status_code == 200
    state = db_state(server_engine)
    body = error_of(client.post(ENROLL, json=enroll_body(code)), 400, ErrorCode.ENROLL_CODE_INVALID)
    assert "mã mới" in body.message and "Phòng GD&ĐT" in body.message
    assert db_state(server_engine) == state
    assert len(devices(server_engine)) == 1


def test_expired_and_wrong_codes_are_refused(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    expired = new_code(server_engine)
    with Session(server_engine) as s:
        s.execute(update(EnrollCode).values(expires_at=datetime.now(UTC) - timedelta(minutes=1)))
        s.commit()
    fresh = new_code(server_engine)
    state = db_state(server_engine)
    body = error_of(
        client.post(ENROLL, json=enroll_body(expired)), 400, ErrorCode.ENROLL_CODE_INVALID
    )
    assert "hết hạn" in body.message and "mã mới" in body.message
    wrong = fresh[:-1] + ("A" if fresh[-1] != "A" else "B")
    for attempt in (wrong, "ABCD-EFGH-JKMN", fresh + "A"):
        body = error_of(
            client.post(ENROLL, json=enroll_body(attempt)), 400, ErrorCode.ENROLL_CODE_INVALID
        )
        assert "mã mới" in body.message
    # Malformed requests are answered with an ErrorBody too.
    error_of(client.post(ENROLL, json=enroll_body("AB")), 422, ErrorCode.BAD_REQUEST)
    error_of(client.post(ENROLL, json={"code": fresh}), 422, ErrorCode.BAD_REQUEST)
    assert db_state(server_engine) == state
    # The untouched fresh code still works.
    assert client.post(ENROLL, json=enroll_body(fresh)).status_code == 200


def test_too_old_client_cannot_enroll_and_keeps_its_code(
    client: TestClient, server_engine: Engine, schools: Schools
) -> None:
    code = new_code(server_engine)
    state = db_state(server_engine)
    for over, message in [
        ({"schema_version": "0001"}, UPGRADE_MESSAGE),
        ({"app_version": "0.0.1"}, UPGRADE_MESSAGE),
        ({"schema_version": "9999"}, SERVER_TOO_OLD_MESSAGE),
    ]:
        response = client.post(ENROLL, json=enroll_body(code, **over))
        assert error_of(response, 426, ErrorCode.UPGRADE_REQUIRED).message == message
    assert "cập nhật" in UPGRADE_MESSAGE and UPGRADE_MESSAGE.startswith("Phần mềm ở trường đã cũ")
    assert db_state(server_engine) == state
    assert client.post(ENROLL, json=enroll_body(code)).status_code == 200


# -- authentication -----------------------------------------------------------------


@pytest.fixture
def pair(client: TestClient, server_engine: Engine, schools: Schools) -> tuple[Enrolled, Enrolled]:
    """Device A of school A, device B of school B; A was last seen five minutes ago, so
    any request that wrongly touched last_seen_at would show in the database."""
    a = enroll_device(client, server_engine, "79000701")
    b = enroll_device(client, server_engine, "79000702")
    assert client.get(ME, headers=a.headers()).status_code == 200
    with Session(server_engine) as s:
        s.execute(
            update(Device)
            .where(Device.id == a.device_id)
            .values(last_seen_at=datetime.now(UTC) - timedelta(minutes=5))
        )
        s.commit()
    return a, b


FORGED_ID = "01900000-0000-7000-8000-000000000000"


def test_unauthenticated_requests_are_refused(
    client: TestClient, server_engine: Engine, pair: tuple[Enrolled, Enrolled]
) -> None:
    a, b = pair
    cases = {
        "no headers": {},
        "no secret": {DEVICE_HEADER: a.device_id},
        "no device id": {"Authorization": f"Bearer {a.secret}"},
        "empty secret": a.headers(Authorization="Bearer "),
        "forged device id": a.headers(**{DEVICE_HEADER: FORGED_ID}),
        "wrong secret": a.headers(Authorization=f"Bearer {a.secret[:-2]}xx"),
        "other device's secret": a.headers(Authorization=f"Bearer {b.secret}"),
        "another device's id": b.headers(**{DEVICE_HEADER: a.device_id}),
        "not bearer": a.headers(Authorization=f"Basic {a.secret}"),
        "overlong id": a.headers(**{DEVICE_HEADER: a.device_id + "0"}),
    }
    state = db_state(server_engine)
    for case, headers in cases.items():
        response = client.get(ME, headers=headers)
        assert response.status_code == 401, (case, response.text)
        error_of(response, 401, ErrorCode.UNAUTHORIZED)
        assert response.headers["WWW-Authenticate"] == "Bearer", case
    assert db_state(server_engine) == state
    # The real credentials still work, each for its own school.
    assert client.get(ME, headers=a.headers()).json()["school_code"] == "79000701"
    assert client.get(ME, headers=b.headers()).json()["school_code"] == "79000702"


def test_revoked_device_is_refused(
    client: TestClient, server_engine: Engine, pair: tuple[Enrolled, Enrolled]
) -> None:
    a, b = pair
    with Session(server_engine) as s:
        admin.revoke_device(s, a.device_id)
        s.commit()
    state = db_state(server_engine)
    body = error_of(client.get(ME, headers=a.headers()), 403, ErrorCode.REVOKED)
    assert body.message == REVOKED_MESSAGE
    # Revoked wins over a wrong version: the officer learns the real reason.
    old = a.headers(**{SCHEMA_HEADER: "0001"})
    error_of(client.get(ME, headers=old), 403, ErrorCode.REVOKED)
    assert db_state(server_engine) == state
    assert client.get(ME, headers=b.headers()).status_code == 200  # others unaffected


def test_upgrade_required_outside_the_version_range(
    client: TestClient, server_engine: Engine, pair: tuple[Enrolled, Enrolled]
) -> None:
    a, _ = pair
    state = db_state(server_engine)
    for over, message in [
        ({SCHEMA_HEADER: "0001"}, UPGRADE_MESSAGE),
        ({SCHEMA_HEADER: ""}, UPGRADE_MESSAGE),
        ({APP_HEADER: "0.0.9"}, UPGRADE_MESSAGE),
        ({SCHEMA_HEADER: "9999"}, SERVER_TOO_OLD_MESSAGE),
    ]:
        response = client.get(ME, headers=a.headers(**over))
        assert error_of(response, 426, ErrorCode.UPGRADE_REQUIRED).message == message, over
    headers = {DEVICE_HEADER: a.device_id, "Authorization": f"Bearer {a.secret}"}
    error_of(client.get(ME, headers=headers), 426, ErrorCode.UPGRADE_REQUIRED)  # no versions
    assert db_state(server_engine) == state


def test_last_seen_is_written_at_most_once_a_minute(
    client: TestClient, server_engine: Engine, pair: tuple[Enrolled, Enrolled]
) -> None:
    a, _ = pair

    def last_seen() -> datetime | None:
        return next(d.last_seen_at for d in devices(server_engine) if d.id == a.device_id)

    old = last_seen()
    assert old is not None and datetime.now(UTC) - old > timedelta(minutes=4)
    assert client.get(ME, headers=a.headers()).status_code == 200
    seen = last_seen()
    assert seen is not None and datetime.now(UTC) - seen < timedelta(seconds=30)
    assert client.get(ME, headers=a.headers()).status_code == 200
    assert last_seen() == seen  # within the minute: no write


# -- the error shape and the API document -------------------------------------------


def test_every_error_is_an_error_body(client: TestClient, schools: Schools) -> None:
    error_of(client.get(f"{API_PREFIX}/no-such-thing"), 404, ErrorCode.BAD_REQUEST)
    error_of(client.get(ENROLL), 405, ErrorCode.BAD_REQUEST)
    response = client.post(
        ENROLL, content=b"{not json", headers={"Content-Type": "application/json"}
    )
    error_of(response, 422, ErrorCode.BAD_REQUEST)


def test_openapi_documents_enroll_and_me(client: TestClient, server_engine: Engine) -> None:
    doc = client.get(f"{API_PREFIX}/openapi.json").json()
    assert {ENROLL, ME} <= set(doc["paths"])
    assert {"401", "403", "426"} <= set(doc["paths"][ME]["get"]["responses"])
    assert "400" in doc["paths"][ENROLL]["post"]["responses"]
    with Session(server_engine) as s:
        assert s.scalar(select(func.count()).select_from(Device)) == 0
