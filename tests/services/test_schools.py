"""The register's school and its staff; the register's transactions and school lookup."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import AppSetting, AuditEntry, School
from app.models.enums import SchoolLevel
from app.services import audit, schools
from app.services.errors import ServiceError
from app.services.register import SCHOOL_ID_KEY
from tests.conftest import ACTOR, SCHOOL


def test_fixture_register_has_the_school(register):
    assert register.has_school()
    school = register.school()
    assert (school.code, school.name, school.level) == (
        "79000701",
        "Trường THCS Nguyễn Du",
        SchoolLevel.THCS,
    )
    assert register.school_id == school.id
    assert register.actor == ACTOR


def test_empty_register_has_no_school(empty_register):
    assert not empty_register.has_school()
    with pytest.raises(ServiceError) as info:
        _ = empty_register.school_id
    assert "Hãy khai báo trường" in info.value.message


def test_set_up_school_records_school_setting_and_audit(empty_register):
    school = schools.set_up_school(
        empty_register,
        {
            **SCHOOL,
            "district": "Quận 1",
            "province": "TP. Hồ Chí Minh",
            "class_count": 28,
            "student_count": 1150,
            "principal": "Lê Văn Tám",
            "equipment_officer": "Nguyễn Thị Lan",
        },
    )
    assert empty_register.has_school()
    assert empty_register.school_id == school.id
    with empty_register.read() as s:
        assert s.get(AppSetting, SCHOOL_ID_KEY).value == school.id
        stored = s.get(School, school.id)
        assert (stored.class_count, stored.student_count) == (28, 1150)
        assert stored.province == "TP. Hồ Chí Minh"
    (line,) = audit.history(empty_register, "school", school.id)
    assert (line.actor, line.action) == (ACTOR, "create")
    assert "Nguyễn Du" in line.summary


def test_second_set_up_refused(register, refused):
    err = refused(register, schools.set_up_school, {**SCHOOL, "code": "79000702"})
    assert "đã có thông tin trường" in err.message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": ""}, "code"),
        ({"code": "1" * 21}, "code"),
        ({"name": "  "}, "name"),
        ({"level": "ĐH"}, "level"),
        ({"class_count": -1}, "class_count"),
        ({"student_count": "nhiều"}, "student_count"),
    ],
)
def test_bad_school_input_refused(empty_register, refused, changes, field):
    refused(empty_register, schools.set_up_school, {**SCHOOL, **changes}, field=field)
    assert not empty_register.has_school()


def test_update_school_audits_changes(register):
    schools.update_school(register, {**SCHOOL, "district": "Quận 3", "class_count": 30})
    school = register.school()
    assert (school.district, school.class_count, school.version) == ("Quận 3", 30, 2)
    latest = audit.history(register, "school", school.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "update")
    assert latest.changes == {"district": ["", "Quận 3"], "class_count": [0, 30]}


def test_update_school_without_changes_writes_nothing(register, snapshot):
    before = snapshot(register)
    schools.update_school(register, SCHOOL)
    assert snapshot(register) == before


def test_update_school_refuses_bad_input(register, refused):
    refused(register, schools.update_school, {**SCHOOL, "level": "x"}, field="level")


def test_staff_added_listed_and_audited(register):
    lan = schools.add_staff(register, {"full_name": "Nguyễn Thị Lan", "subject": "Tin học"})
    binh = schools.add_staff(register, {"full_name": "Trần Văn Bình", "active": False})
    an = schools.add_staff(register, {"full_name": "Lê Văn An"})
    assert [s.id for s in schools.list_staff(register)] == [an.id, lan.id]
    assert {s.id for s in schools.list_staff(register, active_only=False)} == {
        an.id,
        lan.id,
        binh.id,
    }
    (line,) = audit.history(register, "staff", lan.id)
    assert (line.actor, line.action, line.summary) == (ACTOR, "create", "Nguyễn Thị Lan")


def test_staff_needs_a_name(register, refused):
    err = refused(register, schools.add_staff, {"full_name": ""}, field="full_name")
    assert err.fields["full_name"] == "Chưa nhập họ và tên."


def test_write_rolls_back_everything_on_error(register, snapshot):
    before = snapshot(register)
    with pytest.raises(RuntimeError), register.write() as s:
        s.add(AppSetting(key="half", value="written"))
        s.flush()
        raise RuntimeError("boom")
    assert snapshot(register) == before
    with register.read() as s:
        assert s.get(AppSetting, "half") is None
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 1


def test_staff_are_listed_by_given_name_as_vietnamese_lists_are(register):
    names = ["Trần Thị Bình", "Nguyễn Văn An", "Đỗ Minh Châu", "Lê Đức Anh", "Vũ Thị An"]
    for name in names:
        schools.add_staff(register, {"full_name": name})
    listed = [s.full_name for s in schools.list_staff(register)]
    # An (Nguyễn Văn before Vũ Thị), Anh, Bình, Châu: not by family name or code point.
    assert listed == ["Nguyễn Văn An", "Vũ Thị An", "Lê Đức Anh", "Trần Thị Bình", "Đỗ Minh Châu"]
