"""The classes per grade the officer enters for the compliance review reach the
district server as an edit of the school."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import School
from app.server import admin
from app.server.api import create_app
from app.services import schools
from app.services.class_counts import set_classes_by_grade
from app.services.register import Register
from app.sync.client import SyncClient
from tests.server.conftest import ServerDb

SCHOOL = {"code": "79000703", "name": "Trường THCS Chu Văn An", "level": "THCS"}
URL = "http://testserver"


def test_classes_per_grade_reach_the_server(server_db: ServerDb, tmp_path: Path) -> None:
    engine = server_db.engine
    with Session(engine) as s:
        admin.add_school(s, SCHOOL)
        s.commit()
        code = admin.make_enroll_code(s, SCHOOL["code"])
        s.commit()
    with TestClient(create_app(engine), base_url=URL) as http:
        reg = Register.open(tmp_path / "school.sqlite", actor="cán bộ thiết bị")
        schools.set_up_school(reg, SCHOOL)
        client = SyncClient(reg, http=http)
        client.enroll(URL, code, "Máy phòng thiết bị")
        client.sync_once()
        set_classes_by_grade(reg, {6: 9, 7: 8, 8: 8, 9: 7})
        report = client.sync_once()
        assert report.rejected == 0
        with Session(engine) as s:
            there = s.scalars(select(School).where(School.id == reg.school_id)).one()
            assert there.classes_by_grade == {"6": 9, "7": 8, "8": 8, "9": 7}
            assert there.class_count == 32
        reg.close()
