"""The minimum equipment lists: the shipped sample, imported lists kept in the register
(replaced all or nothing, audited), and the codes made for lines without one."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, CatalogueItem
from app.services import catalogue
from app.services.catalogue import (
    active_list,
    derived_code,
    find_subject,
    imported_counts,
    remove_imported,
    replace_list,
    shipped_lists,
    subject_code,
)
from app.services.demo import CATALOGUE


def lines(n: int = 3, **kw: Any) -> list[dict[str, Any]]:
    return [
        {
            "subject": "Khoa học tự nhiên",
            "grade": 6,
            "code": f"CSKHTN6.{i:02d}",
            "name": f"Thiết bị {i}",
            "unit": "bộ",
            "quantity": 2,
            **kw,
        }
        for i in range(1, n + 1)
    ]


def test_the_shipped_sample_is_labelled_a_sample():
    (sample,) = [c for c in shipped_lists() if c.level == "THCS"]
    assert sample.sample and not sample.verified and not sample.imported
    assert "MẪU" in sample.title
    assert "Thông tư 38/2021/TT-BGDĐT" in sample.source
    assert "không phải danh mục chính thức" in sample.describe()
    codes = [line.code for line in sample.lines]
    assert len(codes) == len(set(codes))
    assert all(line.per in ("class", "school") and line.quantity > 0 for line in sample.lines)


def test_the_sample_uses_the_demo_codes():
    demo = {t.catalogue_code for t in CATALOGUE if t.catalogue_code}
    (sample,) = [c for c in shipped_lists() if c.level == "THCS"]
    on_list = {line.code for line in sample.lines}
    assert len(demo & on_list) >= 0.9 * len(demo)
    assert demo - on_list  # a few demo items are off the list on purpose: listed apart


def test_active_list_is_the_imported_one_then_the_sample_again(register):
    assert active_list(register, "THCS").sample
    assert active_list(register, "THPT") is None
    assert replace_list(register, "THCS", lines(3), "Tệp tt38.xlsx") == 3
    found = active_list(register, "THCS")
    assert found.imported and not found.sample and found.key == "tt38-2021"
    assert [line.code for line in found.lines] == ["CSKHTN6.01", "CSKHTN6.02", "CSKHTN6.03"]
    assert found.source == "Tệp tt38.xlsx"
    assert "Thông tư 38/2021/TT-BGDĐT" in found.title
    assert imported_counts(register) == {"THCS": 3}
    assert remove_imported(register, "THCS") == 3
    assert active_list(register, "THCS").sample


def test_replacing_a_list_replaces_it_whole_and_audits(register):
    replace_list(register, "THCS", lines(5), "lần 1")
    replace_list(register, "THCS", lines(2, grade=7), "lần 2")
    with register.read() as s:
        rows = s.scalars(select(CatalogueItem)).all()
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "catalogue").order_by(AuditEntry.at)
        ).all()
    assert [(r.grade, r.source, r.list_key) for r in rows] == [(7, "lần 2", "tt38-2021")] * 2
    assert [e.changes["lines"] for e in entries] == [[0, 5], [5, 2]]
    assert "2 dòng" in entries[-1].summary


def test_another_levels_list_is_left_alone(register):
    replace_list(register, "THCS", lines(2), "THCS")
    replace_list(register, "TH", lines(1, grade=3, subject="Tiếng Việt", code="CSTV3.01"), "TH")
    replace_list(register, "THCS", lines(4), "THCS mới")
    assert imported_counts(register) == {"THCS": 4, "TH": 1}


@pytest.mark.parametrize(
    ("level", "bad", "words"),
    [
        ("THCS", [*lines(2), lines(1)[0]], "trùng"),
        ("THCS", lines(1, grade=10), "không thuộc cấp"),
        ("THCS", lines(1, quantity=0), "Số lượng"),
        ("THCS", lines(1, name=""), "Chưa nhập tên"),
        ("THCS", lines(1, per="group"), "không hợp lệ"),
        ("MN", lines(1), "Tiểu học, THCS hoặc THPT"),
        ("THCS", [], "không có dòng"),
    ],
)
def test_a_bad_list_is_refused_and_the_old_one_kept(register, refused, level, bad, words):
    replace_list(register, "THCS", lines(2), "cũ")
    err = refused(register, replace_list, level, bad, "mới")
    assert words in err.message
    with register.read() as s:
        assert s.scalar(select(func.count()).select_from(CatalogueItem)) == 2


def test_removing_when_nothing_was_imported_is_refused(register, refused):
    refused(register, remove_imported, "THCS")


def test_subject_names_and_codes():
    assert find_subject("KHTN") == "Khoa học tự nhiên"
    assert find_subject("Môn: Mỹ thuật".replace(":", "")) == "Mĩ thuật"
    assert find_subject("mon toan") == "Toán"
    assert find_subject("Thiên văn") is None
    assert subject_code("Khoa học tự nhiên") == "KHTN"
    assert subject_code("Khám phá khoa học") == "KPKH"  # not in the data: initials
    assert derived_code("Khoa học tự nhiên", 6, 1) == "CSKHTN6.01"
    assert derived_code("Dùng chung", None, 12) == "CSDC.12"


def test_levels_data():
    info = catalogue.level_info("THCS")
    assert info is not None
    assert (info.circular, info.list_key, info.grades) == (
        "Thông tư 38/2021/TT-BGDĐT",
        "tt38-2021",
        (6, 7, 8, 9),
    )
    assert catalogue.level_info("TH").circular == "Thông tư 37/2021/TT-BGDĐT"
    assert catalogue.level_info("THPT").circular == "Thông tư 39/2021/TT-BGDĐT"
