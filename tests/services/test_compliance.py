"""Compliance review: subject rooms against Circulars 13 and 14/2020, the school's
equipment against the minimum list of its level, classes per grade."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from app.models import AuditEntry, School
from app.models.enums import EquipmentStatus
from app.services import compliance, equipment, schools
from app.services.catalogue import CatalogueList, Line, active_list
from app.services.class_counts import class_plan, set_classes_by_grade, spread
from app.services.compliance import (
    UNVERIFIED,
    Citation,
    Verdict,
    check_rooms,
    compare_equipment,
    compliance_summary,
)
from app.services.register import Register
from tests.conftest import SCHOOL

FULL_ROOM: dict[str, Any] = {
    "has_power": True,
    "has_cooling": True,
    "has_fire_safety": True,
    "has_furniture": True,
    "rules_document": "Nội quy phòng bộ môn (QĐ 12/QĐ-THCS)",
}


@pytest.fixture
def teacher(register: Register) -> str:
    return schools.add_staff(register, {"full_name": "Phạm Thị Hoa", "subject": "KHTN"}).id


def room(reg: Register, add_room: Any, teacher: str, code: str, kind: str, **kw: Any) -> Any:
    data = {**FULL_ROOM, "responsible_staff_id": teacher, "seats": 40, "area_m2": 90.0}
    data.update(kw)
    return add_room(reg, code=code, name=f"Phòng {code}", subject_type=kind, **data)


def checked(reg: Register, code: str) -> compliance.RoomCheck:
    return next(r for r in check_rooms(reg).rooms if r.code == code)


def set_level(reg: Register, level: str, **kw: Any) -> None:
    schools.update_school(reg, {**SCHOOL, "level": level, **kw})


# == (a) rooms ===========================================================================


def test_room_counts_follow_circular_13_for_thcs(register, add_room, teacher):
    room(register, add_room, teacher, "KHTN1", "khtn", has_preparation_room=True)
    report = check_rooms(register)
    khtn = next(t for t in report.types if t.key == "khtn")
    assert (khtn.required, khtn.present, khtn.finding.ok) == (2, 1, False)
    assert "cần ít nhất 2 phòng bộ môn Khoa học tự nhiên" in khtn.finding.text
    assert "còn thiếu 1 phòng" in khtn.finding.text
    assert "Thông tư 13/2020/TT-BGDĐT" in khtn.finding.text
    music = next(t for t in report.types if t.key == "am_nhac")
    assert (music.present, music.finding.ok) == (0, False)

    room(register, add_room, teacher, "KHTN2", "khtn", has_preparation_room=True)
    khtn = next(t for t in check_rooms(register).types if t.key == "khtn")
    assert (khtn.present, khtn.finding.ok) == (2, True)
    assert khtn.rooms == ("KHTN1", "KHTN2")


def test_a_room_not_in_use_is_not_counted(register, add_room, teacher):
    room(register, add_room, teacher, "TIN1", "tin_hoc", status="not_in_use")
    tin = next(t for t in check_rooms(register).types if t.key == "tin_hoc")
    assert (tin.present, tin.finding.ok) == (0, False)
    assert any("không sử dụng" in f.text for f in checked(register, "TIN1").findings)


def test_room_smaller_than_the_minimum_area_fails(register, add_room, teacher):
    room(register, add_room, teacher, "TIN1", "tin_hoc", area_m2=55.0, seats=20)
    check = checked(register, "TIN1")
    (area,) = [f for f in check.shortfalls if f.check == "area"]
    assert "Phòng rộng 55 m², nhỏ hơn diện tích tối thiểu 60 m²" in area.text
    assert "còn thiếu 5 m²" in area.text
    assert "Thông tư 14/2020/TT-BGDĐT, Điều 5" in area.text
    assert UNVERIFIED not in area.text  # the THCS figures were checked
    assert check.verdict is Verdict.FAIL


def test_room_too_small_for_its_students_fails(register, add_room, teacher):
    room(register, add_room, teacher, "KHTN1", "khtn", area_m2=80.0, seats=45,
         has_preparation_room=True)  # fmt: skip
    check = checked(register, "KHTN1")
    (area,) = check.shortfalls
    assert "45 học sinh (số chỗ ngồi) cần ít nhất 45 × 1,85 = 83,25 m²" in area.text
    assert "phòng rộng 80 m², còn thiếu 3,25 m²" in area.text
    assert check.needed_m2 == pytest.approx(83.25)


def test_room_big_enough_passes_with_the_figures_it_used(register, add_room, teacher):
    room(register, add_room, teacher, "CN1", "cong_nghe", area_m2=92.0, seats=40,
         has_preparation_room=True)  # fmt: skip
    check = checked(register, "CN1")
    assert check.verdict is Verdict.PASS
    area = next(f for f in check.findings if f.check == "area")
    assert area.ok is True
    assert "cần 90 m², tối thiểu 60 m²" in area.text  # 2,25 m² × 40


def test_the_biggest_class_served_counts_when_it_is_more_than_the_seats(
    register, add_room, teacher
):
    classes = [
        {"class_name": "6A1", "grade": 6, "students": 38},
        {"class_name": "6A2", "grade": 6, "students": 46},
    ]
    room(register, add_room, teacher, "NN1", "ngoai_ngu", area_m2=80.0, seats=30,
         classes_served=classes)  # fmt: skip
    check = checked(register, "NN1")
    assert (check.students, check.students_basis) == (46, "sĩ số lớp 6A2")
    (area,) = check.shortfalls
    assert "46 học sinh (sĩ số lớp 6A2)" in area.text
    assert "85,1 m²" in area.text


def test_missing_area_or_seats_is_not_a_shortfall_but_says_what_to_enter(
    register, add_room, teacher
):
    room(register, add_room, teacher, "AN1", "am_nhac", area_m2=None)
    check = checked(register, "AN1")
    assert check.shortfalls == []
    assert check.verdict is Verdict.UNKNOWN
    (area,) = [f for f in check.findings if f.check == "area"]
    assert area.ok is None
    assert "Chưa ghi diện tích phòng" in area.text and "Hãy đo và ghi" in area.text

    room(register, add_room, teacher, "MT1", "mi_thuat", seats=0, area_m2=70.0)
    check = checked(register, "MT1")
    assert check.verdict is Verdict.UNKNOWN
    assert any(f.ok is None and "Chưa ghi số chỗ ngồi" in f.text for f in check.findings)


def test_preparation_room_rule_says_it_is_not_verified(register, add_room, teacher):
    room(register, add_room, teacher, "KHTN1", "khtn", has_preparation_room=False)
    (prep,) = [f for f in checked(register, "KHTN1").shortfalls if f.check == "preparation"]
    assert "cần có phòng chuẩn bị" in prep.text
    assert prep.text.endswith(UNVERIFIED)
    assert prep.verified is False

    room(register, add_room, teacher, "KHTN2", "khtn", has_preparation_room=True)
    prep = next(f for f in checked(register, "KHTN2").findings if f.check == "preparation")
    assert prep.ok is True
    # Rooms without the rule get no preparation check.
    room(register, add_room, teacher, "TIN1", "tin_hoc")
    assert all(f.check != "preparation" for f in checked(register, "TIN1").findings)


def test_each_missing_facility_is_its_own_shortfall(register, add_room):
    add_room(register, code="TIN1", name="Phòng Tin 1", subject_type="tin_hoc", area_m2=90,
             seats=40, has_power=True)  # fmt: skip
    texts = [f.text for f in checked(register, "TIN1").shortfalls]
    assert texts == [
        "Phòng chưa có quạt hoặc điều hòa (thông gió, làm mát) (Thông tư 14/2020/TT-BGDĐT).",
        "Phòng chưa có thiết bị phòng cháy chữa cháy (Thông tư 14/2020/TT-BGDĐT).",
        "Phòng chưa có đủ bàn ghế, tủ (Thông tư 14/2020/TT-BGDĐT).",
        "Phòng chưa có nội quy (hãy ghi văn bản nội quy ở hồ sơ phòng) "
        "(Thông tư 14/2020/TT-BGDĐT).",
        "Phòng chưa có người phụ trách (giáo viên hoặc nhân viên thiết bị) "
        "(Thông tư 14/2020/TT-BGDĐT).",
    ]
    present = next(f for f in checked(register, "TIN1").findings if f.ok and f.check == "facility")
    assert present.text == "Có: điện."


def test_online_classroom_checked_against_the_letters(register, add_room, teacher):
    add_room(register, code="TT1", name="Phòng học trực tuyến", kind="online", subject_type=None,
             responsible_staff_id=teacher, has_power=True, has_internet=True)  # fmt: skip
    check = checked(register, "TT1")
    missing = [f.text for f in check.shortfalls]
    assert any("chưa được cách âm" in t for t in missing)
    assert any("rèm che" in t for t in missing)
    assert all("phòng học trực tuyến" in t for t in missing)
    assert not any("Internet" in t for t in missing)
    assert all(f.check == "facility" for f in check.findings)


def test_room_type_of_another_level_is_noted_not_counted(register, add_room, teacher):
    room(register, add_room, teacher, "LI1", "vat_li")
    check = checked(register, "LI1")
    assert check.verdict is Verdict.UNKNOWN
    assert "không thuộc danh mục phòng học bộ môn cấp THCS" in check.findings[0].text


def test_unverified_figures_say_so(register, add_room, teacher, monkeypatch):
    rules = compliance.room_rules()
    loose = Citation("Thông tư 14/2020/TT-BGDĐT", "Điều 5", verified=False)
    patched = replace(rules, area=tuple(replace(r, cite=loose) for r in rules.area))
    monkeypatch.setattr(compliance, "room_rules", lambda: patched)
    room(register, add_room, teacher, "TIN1", "tin_hoc", area_m2=50.0, seats=20)
    (area,) = [f for f in checked(register, "TIN1").shortfalls if f.check == "area"]
    assert "chưa được đối chiếu với văn bản gốc" in area.text
    assert area.verified is False


def test_primary_school_has_no_area_figures_and_says_so(register, add_room, teacher):
    set_level(register, "TH")
    room(register, add_room, teacher, "TIN1", "tin_hoc", area_m2=30.0, seats=40)
    report = check_rooms(register)
    assert report.level == "TH"
    assert any("Chưa có định mức diện tích phòng học bộ môn đã đối chiếu cho cấp Tiểu học" in n
               for n in report.notes)  # fmt: skip
    assert any("Thông tư 13/2020/TT-BGDĐT" in n for n in report.notes)
    check = checked(register, "TIN1")
    area = next(f for f in check.findings if f.check == "area")
    assert area.ok is None and "chưa kiểm tra diện tích" in area.text
    assert not [f for f in report.shortfalls if f.check in ("area", "count")]
    tin = next(t for t in report.types if t.key == "tin_hoc")
    assert (tin.required, tin.present, tin.finding.ok) == (None, 1, None)
    assert {t.key for t in report.types} == {
        "am_nhac", "mi_thuat", "khoa_hoc_cong_nghe", "tin_hoc", "ngoai_ngu", "da_chuc_nang"
    }  # fmt: skip


def test_kindergarten_has_nothing_to_review(register):
    set_level(register, "MN")
    rooms = check_rooms(register)
    assert rooms.level is None and rooms.rooms == () and "mầm non" in rooms.notes[0]
    stock = compare_equipment(register)
    assert stock.lines == () and "mầm non" in stock.notes[0]


def test_combined_school_is_reviewed_at_a_chosen_level(register, add_room, teacher):
    set_level(register, "LIEN_CAP")
    assert compliance.review_levels("LIEN_CAP") == ("THCS", "TH", "THPT")
    room(register, add_room, teacher, "TIN1", "tin_hoc")
    assert check_rooms(register).level == "THCS"
    primary = check_rooms(register, "TH")
    assert primary.level == "TH"
    assert any("liên cấp" in n for n in primary.notes)


# == (b) equipment =======================================================================


def line(code: str, grade: int | None, quantity: int, per: str = "class", **kw: Any) -> Line:
    base = dict(subject="Khoa học tự nhiên", grade=grade, code=code, order_no="1", topic="",
                name=f"Thiết bị {code}", purpose="", description="", user="HS", unit="bộ",
                quantity=quantity, per=per, notes="")  # fmt: skip
    base.update(kw)
    return Line(**base)  # type: ignore[arg-type]


def catalogue(*lines: Line) -> CatalogueList:
    return CatalogueList("test", "THCS", "Danh mục thử", "thử", True, False, True, lines)


def item(reg: Register, code: str, catalogue_code: str, quantity: int, **kw: Any) -> Any:
    return equipment.create_equipment(
        reg,
        {"asset_code": code, "name": f"Thiết bị {code}", "catalogue_code": catalogue_code,
         "quantity": quantity, **kw},
    )  # fmt: skip


def test_per_class_lines_multiply_by_the_classes_entered(register):
    set_classes_by_grade(register, {"6": 10, "7": 9, "8": 8, "9": 8})
    item(register, "TB-1", "CSKHTN6.02", 11, qty_minor_damage=2, qty_broken=3, qty_lost=1)
    item(register, "TB-2", "cskhtn6.02 ", 4)  # the code typed in lower case, with a space
    report = compare_equipment(register, catalogue=catalogue(line("CSKHTN6.02", 6, 6)))
    (e,) = report.lines
    assert (e.classes, e.required) == (10, 60)
    assert e.have == 5 + 2 + 4  # good and minor damage count; broken and lost do not
    assert e.missing == 60 - 11
    assert report.classes is not None and not report.classes.estimated
    assert "do trường nhập" in report.classes.explanation()


def test_without_classes_per_grade_the_total_is_spread_and_called_an_estimate(register):
    set_level(register, "THCS", class_count=26)
    plan = class_plan(register)
    assert plan.estimated and plan.by_grade == {6: 7, 7: 7, 8: 6, 9: 6}
    assert "ƯỚC TÍNH" in plan.explanation()
    report = compare_equipment(
        register,
        catalogue=catalogue(
            line("A", 8, 2), line("B", None, 1, subject="Dùng chung"), line("C", 9, 3, "school")
        ),
    )
    assert [(e.classes, e.required) for e in report.lines] == [(6, 12), (26, 26), (1, 3)]
    assert any("ƯỚC TÍNH" in n for n in report.notes)


def test_spread_gives_the_remainder_to_the_lower_grades():
    assert spread(10, (6, 7, 8, 9)) == {6: 3, 7: 3, 8: 2, 9: 2}
    assert spread(0, (1, 2, 3, 4, 5)) == dict.fromkeys((1, 2, 3, 4, 5), 0)


def test_disposed_and_deleted_items_do_not_count(register):
    set_classes_by_grade(register, {6: 1, 7: 1, 8: 1, 9: 1})
    item(register, "TB-1", "X1", 2)
    gone = item(register, "TB-2", "X1", 5)
    old = item(register, "TB-3", "X1", 7)
    equipment.delete_equipment(register, [gone.id])
    with register.write() as s:  # disposed by the disposal workflow in real life
        s.get(type(old), old.id).status = EquipmentStatus.DISPOSED
    (e,) = compare_equipment(register, catalogue=catalogue(line("X1", 6, 6))).lines
    assert (e.required, e.have, e.missing) == (6, 2, 4)


def test_a_code_on_two_lines_is_shared_not_counted_twice(register):
    set_classes_by_grade(register, {6: 2, 7: 2, 8: 2, 9: 2})
    item(register, "TB-1", "X1", 5)
    report = compare_equipment(register, catalogue=catalogue(line("X1", 6, 2), line("X1", 7, 2)))
    assert [(e.required, e.have, e.missing) for e in report.lines] == [(4, 4, 0), (4, 1, 3)]
    assert report.missing_units == 3


def test_missing_lines_by_subject_and_grade_with_totals(register):
    set_classes_by_grade(register, {6: 2, 7: 2, 8: 2, 9: 2})
    item(register, "TB-1", "A", 10)
    report = compare_equipment(
        register,
        catalogue=catalogue(line("A", 6, 2), line("B", 6, 1), line("C", 7, 1, subject="Công nghệ")),
    )
    groups = report.groups()
    assert [(g.subject, g.grade, g.lines, g.missing_lines, g.required, g.have, g.missing)
            for g, _ in groups] == [
        ("Khoa học tự nhiên", 6, 2, 1, 6, 10, 2),
        ("Công nghệ", 7, 1, 1, 2, 0, 2),
    ]  # fmt: skip
    only = report.groups(only_missing=True)
    assert [[e.line.code for e in lines] for _, lines in only] == [["B"], ["C"]]
    total = report.total()
    assert (total.lines, total.missing_lines, total.missing) == (3, 2, 4)


def test_items_whose_code_is_not_on_the_list_are_listed_apart(register):
    item(register, "TB-1", "A", 1)
    item(register, "TB-2", "ZZ-9", 3, qty_broken=1)
    item(register, "TB-3", "zz-9", 2)
    item(register, "TB-4", "", 2)  # no code: not about the list at all
    report = compare_equipment(register, catalogue=catalogue(line("A", 6, 1)))
    (other,) = report.unlisted
    assert (other.code, other.items, other.units, other.usable) == ("ZZ-9", 2, 5, 4)


def test_the_sample_list_is_used_and_labelled_until_one_is_imported(register):
    report = compare_equipment(register)
    assert report.catalogue is not None and report.catalogue.sample
    assert "MẪU" in report.notes[0] and "không phải danh mục chính thức" in report.notes[0]
    assert len(report.lines) == len(active_list(register, "THCS").lines)


def test_a_level_without_a_list_says_to_import_one(register):
    set_level(register, "THPT")
    report = compare_equipment(register)
    assert report.catalogue is None and report.lines == ()
    assert "Thông tư 39/2021/TT-BGDĐT" in report.notes[0]
    assert "nhập tệp Excel" in report.notes[0]


def test_summary_for_the_home_screen(register, add_room, teacher):
    set_classes_by_grade(register, {6: 1, 7: 1, 8: 1, 9: 1})
    room(register, add_room, teacher, "TIN1", "tin_hoc", area_m2=50.0)
    summary = compliance_summary(register)
    rooms = check_rooms(register)
    stock = compare_equipment(register)
    assert summary.room_shortfalls == len(rooms.shortfalls) > 0
    assert summary.rooms_failing == 1 and summary.rooms_checked == 1
    assert summary.missing_lines == len(stock.missing_lines) == len(stock.lines)
    assert summary.sample_list and not summary.estimated_classes


# == classes per grade ====================================================================


def test_classes_per_grade_are_stored_audited_and_make_the_total(register):
    school = set_classes_by_grade(register, {6: 8, "7": 8, 8: 7, 9: 7})
    assert school.classes_by_grade == {"6": 8, "7": 8, "8": 7, "9": 7}
    assert school.class_count == 30
    with register.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "school", AuditEntry.action == "update")
        ).one()
    assert entry.changes["class_count"] == [0, 30]
    assert "khối 6: 8" in entry.summary
    assert class_plan(register).by_grade == {6: 8, 7: 8, 8: 7, 9: 7}


def test_all_zero_clears_back_to_the_estimate(register):
    set_classes_by_grade(register, {6: 8, 7: 8, 8: 7, 9: 7})
    school = set_classes_by_grade(register, {6: 0, 7: 0, 8: 0, 9: 0})
    assert school.classes_by_grade == {} and school.class_count == 30
    assert class_plan(register).estimated


@pytest.mark.parametrize(
    ("classes", "field", "words"),
    [
        ({5: 3}, "grade_5", "không thuộc cấp học"),
        ({6: -1}, "grade_6", "không được âm"),
        ({7: 61}, "grade_7", "quá lớn"),
        ({8: "bảy"}, "grade_8", "số nguyên"),
        ({9: 2.5}, "grade_9", "số nguyên"),
        ({"sáu": 2}, "sáu", "không phải là một khối"),
    ],
)
def test_bad_classes_refused_with_nothing_written(register, refused, classes, field, words):
    err = refused(register, set_classes_by_grade, {6: 4, **classes}, field=field)
    assert words in err.fields[field]
    with register.read() as s:
        assert s.get(School, register.school_id).classes_by_grade == {}


def test_every_room_type_of_an_unchecked_level_list_says_so(register, add_room, teacher):
    """The reference gives the THPT list of room types to verify as a whole: even a type
    checked for THCS (Tin học) is flagged at THPT."""
    room(register, add_room, teacher, "TIN1", "tin_hoc", area_m2=80.0)
    set_level(register, "THPT")
    tin = next(t for t in check_rooms(register).types if t.key == "tin_hoc")
    assert "loại phòng này chưa được đối chiếu" in tin.finding.text
    set_level(register, "THCS")
    tin = next(t for t in check_rooms(register).types if t.key == "tin_hoc")
    assert "chưa được đối chiếu" not in tin.finding.text
