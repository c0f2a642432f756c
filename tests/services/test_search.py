"""Equipment search: accent-free words, asset-code prefixes, filters, sorting, folding."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from app.models.enums import Condition, EquipmentCategory, EquipmentStatus
from app.services import equipment, rooms
from app.services.equipment_query import (
    NO_ROOM,
    EquipmentLister,
    EquipmentQuery,
    count_equipment,
    equipment_ids,
)
from app.services.register import Register
from app.services.text import fold, fold_all, fts_query, normalise_code, search_terms
from tests.conftest import ACTOR, open_copy

ROOMS = [
    {"kind": "subject", "subject_type": "tin_hoc", "code": "P.TIN1", "name": "Phòng Tin học 1"},
    {
        "kind": "subject",
        "subject_type": "khtn",
        "code": "P.KHTN",
        "name": "Phòng Khoa học tự nhiên",
    },
    {"kind": "subject", "subject_type": "am_nhac", "code": "P.AN", "name": "Phòng Âm nhạc"},
]

ITEMS = [
    {
        "asset_code": "TB-0001",
        "name": "Máy chiếu Epson EB-X06",
        "category": "fixed_asset",
        "brand": "Epson",
        "model": "EB-X06",
        "serial": "X06K123456",
        "room": "P.TIN1",
        "quantity": 2,
    },
    {
        "asset_code": "TB-0002",
        "name": "Máy chiếu đa năng Sony",
        "category": "fixed_asset",
        "brand": "Sony",
        "model": "VPL-EX570",
        "room": "P.KHTN",
        "quantity": 1,
        "status": "in_repair",
    },
    {
        "asset_code": "TB-0003",
        "name": "Điện kế chứng minh",
        "subject": "Vật lí",
        "room": "P.AN",
        "quantity": 10,
        "qty_broken": 2,
    },
    {"asset_code": "TB-0004", "name": "Bộ thí nghiệm điện học", "quantity": 6, "qty_lost": 1},
    {
        "asset_code": "TB-0010",
        "name": "Đàn Organ Yamaha",
        "brand": "Yamaha",
        "model": "PSR-E373",
        "room": "P.AN",
        "quantity": 1,
    },
    {
        "asset_code": "TB-0011",
        "name": "Bảng tương tác thông minh",
        "room": "P.TIN1",
        "quantity": 1,
        "status": "in_store",
    },
    {
        "asset_code": "HC-0001",
        "name": "Dung dịch HCl 36%",
        "category": "chemical",
        "unit": "lít",
        "quantity": 5,
    },
    {"asset_code": "TB-0020", "name": "Máy chiếu cũ Panasonic", "quantity": 1, "deleted": True},
]


@dataclass(frozen=True)
class SearchTemplate:
    path: Path
    item_ids: dict[str, str]  # asset code -> id
    room_ids: dict[str, str]  # room code -> id


@pytest.fixture(scope="module")
def search_template(register_templates, tmp_path_factory) -> SearchTemplate:
    path = tmp_path_factory.mktemp("search") / "search.sqlite"
    shutil.copyfile(register_templates.school, path)
    reg = Register.open(path, actor="fixture")
    try:
        room_ids = {r["code"]: rooms.create_room(reg, r).id for r in ROOMS}
        item_ids = {}
        for spec in ITEMS:
            data = {k: v for k, v in spec.items() if k not in ("room", "deleted")}
            if "room" in spec:
                data["room_id"] = room_ids[spec["room"]]
            item = equipment.create_equipment(reg, data)
            if spec.get("deleted"):
                equipment.delete_equipment(reg, [item.id])
            item_ids[spec["asset_code"]] = item.id
    finally:
        reg.close()
    return SearchTemplate(path, item_ids, room_ids)


@pytest.fixture
def reg(search_template, tmp_path) -> Iterator[Register]:
    yield from open_copy(search_template.path, tmp_path)


@pytest.fixture
def find(reg, search_template):
    """find(text, **filters) -> asset codes of the matches, in display order."""
    by_id = {v: k for k, v in search_template.item_ids.items()}
    lister = EquipmentLister(reg)

    def run(query: str = "", **kw) -> list[str]:
        q = EquipmentQuery(text=query, **kw)
        ids = equipment_ids(reg, q)
        assert count_equipment(reg, q) == len(ids)
        # The list screen's cached lister must answer exactly like the SQL query.
        assert lister.ids(q) == ids
        return [by_id[i] for i in ids]

    return run


LIVE = ["HC-0001", "TB-0001", "TB-0002", "TB-0003", "TB-0004", "TB-0010", "TB-0011"]


def test_empty_query_lists_live_items_by_asset_code(find):
    assert find() == LIVE


# -- words, accents, case --------------------------------------------------------------


@pytest.mark.parametrize("query", ["may chieu", "Máy chiếu", "MÁY CHIẾU", "  may   chieu ", "máy"])
def test_accent_free_words_find_projectors(find, query):
    assert find(query) == ["TB-0001", "TB-0002"]


@pytest.mark.parametrize("query", ["dien", "Điện", "điện", "DIEN", "ĐIỆN", "đien"])
def test_dien_finds_dien(find, query):
    assert find(query) == ["TB-0003", "TB-0004"]


@pytest.mark.parametrize("query", ["DIEN HOC", "dien hoc", "Điện học", "hoc dien"])
def test_every_word_must_match(find, query):
    assert find(query) == ["TB-0004"]


def test_d_stroke_folds_to_d(find):
    expected = ["HC-0001", "TB-0002", "TB-0003", "TB-0004", "TB-0010"]
    assert find("Đ") == expected
    assert find("đ") == expected
    assert find("d") == expected
    assert find("Đàn") == ["TB-0010"]


def test_words_match_by_prefix(find):
    assert find("chi") == ["TB-0001", "TB-0002"]
    assert find("thi ng") == ["TB-0004"]


def test_decomposed_unicode_input_matches(find):
    assert find(unicodedata.normalize("NFD", "Máy chiếu")) == ["TB-0001", "TB-0002"]


# -- asset codes -----------------------------------------------------------------------


def test_asset_code_prefix_finds_several(find):
    assert find("TB-00") == ["TB-0001", "TB-0002", "TB-0003", "TB-0004", "TB-0010", "TB-0011"]
    assert find("tb-001") == ["TB-0010", "TB-0011"]
    assert find("HC") == ["HC-0001"]


@pytest.mark.parametrize("query", ["tb-0002", "TB-0002", "Tb-0002", "TB 0002"])
def test_full_asset_code_finds_exactly_one(find, query):
    assert find(query) == ["TB-0002"]


# -- other fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("X06K123", ["TB-0001"]),  # serial prefix
        ("x06k123456", ["TB-0001"]),  # full serial
        ("sony", ["TB-0002"]),  # brand
        ("YAMAHA", ["TB-0010"]),  # brand
        ("PSR-E373", ["TB-0010"]),  # model
        ("vpl", ["TB-0002"]),  # model prefix
        ("vat li", ["TB-0003"]),  # subject
        ("P.KHTN", ["TB-0002"]),  # room code
        ("p.tin1", ["TB-0001", "TB-0011"]),  # room code
        ("khoa hoc tu nhien", ["TB-0002"]),  # room name
        ("Âm nhạc", ["TB-0003", "TB-0010"]),  # room name
        ("hcl 36", ["HC-0001"]),
        ("khong co gi", []),
        ("panasonic", []),  # deleted items are hidden
    ],
)
def test_search_covers_serial_brand_model_and_room(find, query, expected):
    assert find(query) == expected


# -- filters ---------------------------------------------------------------------------


def test_filter_by_room_and_no_room(find, search_template):
    tin = search_template.room_ids["P.TIN1"]
    assert find(room_id=tin) == ["TB-0001", "TB-0011"]
    assert find(room_id=NO_ROOM) == ["HC-0001", "TB-0004"]
    assert find("may chieu", room_id=search_template.room_ids["P.KHTN"]) == ["TB-0002"]
    assert find("dien", room_id=NO_ROOM) == ["TB-0004"]


def test_filter_by_category_status_and_condition(find):
    assert find(category=EquipmentCategory.CHEMICAL) == ["HC-0001"]
    assert find(category=EquipmentCategory.FIXED_ASSET) == ["TB-0001", "TB-0002"]
    assert find(status=EquipmentStatus.IN_REPAIR) == ["TB-0002"]
    assert find(status=EquipmentStatus.IN_STORE) == ["TB-0011"]
    assert find(condition=Condition.BROKEN) == ["TB-0003"]
    assert find(condition=Condition.LOST) == ["TB-0004"]
    assert find(condition=Condition.MINOR_DAMAGE) == []
    assert find(condition=Condition.GOOD) == LIVE
    assert find("may", category=EquipmentCategory.FIXED_ASSET, status=EquipmentStatus.IN_USE) == [
        "TB-0001"
    ]


def test_deleted_items_only_when_asked(find):
    assert find(deleted=True) == ["TB-0020"]
    assert find("panasonic", deleted=True) == ["TB-0020"]
    assert find("may chieu", deleted=True) == ["TB-0020"]
    assert find("TB-002", deleted=True) == ["TB-0020"]
    assert find("sony", deleted=True) == []


# -- sorting ---------------------------------------------------------------------------


BY_NAME = ["TB-0011", "TB-0004", "TB-0010", "TB-0003", "HC-0001", "TB-0002", "TB-0001"]


def test_sort_by_name_ignores_accents(find):
    # Bảng, Bộ, Đàn, Điện, Dung, Máy chiếu đa năng, Máy chiếu Epson
    assert find(sort="name") == BY_NAME
    assert find(sort="name", descending=True) == BY_NAME[::-1]


def test_sort_by_quantity_then_asset_code(find):
    assert find(sort="quantity") == [
        "TB-0002",
        "TB-0010",
        "TB-0011",
        "TB-0001",
        "HC-0001",
        "TB-0004",
        "TB-0003",
    ]
    assert find(sort="quantity", descending=True)[:2] == ["TB-0003", "TB-0004"]


def test_sort_by_room_code(find):
    order = find(sort="room")
    with_room = [c for c in order if c not in ("HC-0001", "TB-0004")]
    assert with_room == [
        "TB-0003",
        "TB-0010",
        "TB-0002",
        "TB-0001",
        "TB-0011",
    ]  # P.AN, P.KHTN, P.TIN1
    assert set(order) == set(LIVE)
    no_room = sorted(order.index(c) for c in ("HC-0001", "TB-0004"))
    assert no_room in ([0, 1], [5, 6])  # items without a room stay together at one end
    desc = find(sort="room", descending=True)
    # Descending reverses the whole order, ties included (so the indexes serve it).
    assert [c for c in desc if c in with_room] == list(reversed(with_room))


def test_unknown_sort_falls_back_to_asset_code(find):
    assert find(sort="no-such-column") == LIVE


# -- hostile input ---------------------------------------------------------------------


@pytest.mark.parametrize("query", ['"', '""', "'", "*", "(", ")", "^", "-", "+", "%", "\\", "{}"])
def test_punctuation_only_query_is_no_filter(find, query):
    assert find(query) == LIVE


@pytest.mark.parametrize(
    "query",
    [
        "AND OR *",
        "NOT",
        "NEAR(a b)",
        "a:b",
        "search_text:may",
        '"may chieu',
        'may" OR "1',
        "x*y",
        "_",
        "100%",
        "tb_0001",
        "'; DROP TABLE equipment; --",
        "🙂 máy",
        "a\x00b",
    ],
)
def test_fts_syntax_in_query_does_not_raise(find, reg, query):
    result = find(query)
    assert isinstance(result, list)
    assert set(result) <= set(LIVE)
    with reg.read() as s:
        assert s.scalar(text("SELECT count(*) FROM equipment")) == len(ITEMS)


def test_quoted_words_still_match(find):
    assert find('"may chieu"') == ["TB-0001", "TB-0002"]
    assert find('may" OR "sony') == []  # every word must match: may, or, sony


# -- the index follows every kind of change -----------------------------------------------


def test_edit_and_move_reindex(reg, find, search_template):
    item_id = search_template.item_ids["TB-0004"]
    item = equipment.get_equipment(reg, item_id)
    equipment.update_equipment(
        reg,
        item_id,
        {"asset_code": item.asset_code, "name": "Bộ thí nghiệm quang học", "quantity": 6},
    )
    assert find("dien hoc") == []
    assert find("quang hoc") == ["TB-0004"]
    equipment.move_equipment(reg, [item_id], search_template.room_ids["P.AN"])
    assert find("am nhac") == ["TB-0003", "TB-0004", "TB-0010"]
    assert reg.actor == ACTOR


# -- text folding ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Máy chiếu Điện", "may chieu dien"),
        ("ĐẶNG ĐÌNH ĐƯỢC", "dang dinh duoc"),
        ("đ", "d"),
        ("Đ", "d"),
        ("Ơ ơ Ư ư Ă ă Â â Ê ê Ô ô", "o o u u a a a a e e o o"),
        ("Thước kẻ   \t 30cm\n", "thuoc ke 30cm"),
        ("Nghiêng ngả, dấu hỏi ngã: ả ã ạ á à", "nghieng nga, dau hoi nga: a a a a a"),
        ("", ""),
        ("TB-0001", "tb-0001"),
    ],
)
def test_fold(raw, folded):
    assert fold(raw) == folded


def test_fold_same_for_composed_and_decomposed():
    word = "Phòng Khoa học tự nhiên"
    assert fold(unicodedata.normalize("NFD", word)) == fold(unicodedata.normalize("NFC", word))
    assert fold(word) == "phong khoa hoc tu nhien"


def test_fold_all_skips_empty_parts():
    assert fold_all("Máy", None, "", "Chiếu") == "may chieu"


def test_search_terms_and_fts_query_are_safe():
    assert search_terms('Máy "chiếu" (AND) *') == ["may", "chieu", "and"]
    assert search_terms('"*"') == []
    assert fts_query('"*"') is None
    assert fts_query('máy "chiếu') == '"may"* "chieu"*'
    assert '""' not in (fts_query('a"b') or "")


@pytest.mark.parametrize(
    ("code", "norm"),
    [
        ("TB-0001", "tb-0001"),
        (" tb - 0001 ", "tb-0001"),
        ("ĐT-01", "đt-01"),  # letters are kept: ĐT-01 and DT-01 are two codes
        ("Tb 00 01", "tb0001"),
        ("KHO-HÓA", "kho-hóa"),
        ("KHO-HO\u0301A", "kho-hóa"),  # typed with a combining accent (Unikey, tổ hợp)
    ],
)
def test_normalise_code(code, norm):
    assert normalise_code(code) == norm


def test_lister_sees_every_change_made_through_the_services(reg, search_template) -> None:
    lister = EquipmentLister(reg)
    before = lister.ids(EquipmentQuery(text="loa"))
    created = equipment.create_equipment(
        reg, {"asset_code": "TB-0500", "name": "Loa kéo di động", "quantity": 1}
    )
    assert lister.ids(EquipmentQuery(text="loa")) == [*before, created.id]
    equipment.delete_equipment(reg, [created.id])
    assert created.id not in lister.ids(EquipmentQuery())
    equipment.restore_equipment(reg, [created.id])
    assert created.id in lister.ids(EquipmentQuery(text="TB-05"))
    lister.close()
