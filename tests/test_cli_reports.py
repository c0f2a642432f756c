"""`sotb print`, `sotb export` and `sotb import`: the files they write, and exit codes a
script can act on (0 done, 1 refused, 2 wrong command line, 3 rows to fix)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli import main
from app.services import schools
from app.services.demo import generate_demo
from app.services.equipment_query import count_equipment
from app.services.register import Register


@pytest.fixture(scope="module")
def school_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "school.sqlite"
    reg = Register.open(path)
    generate_demo(reg, items=60, seed=3)
    reg.close()
    return path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.mark.parametrize(
    "args",
    [
        ["print", "register", "--by", "subject"],
        ["print", "inventory", "--committee", "Nguyễn Văn A, Trần Thị B"],
        ["print", "maintenance", "--since", "01/09/2020", "--until", "2026-05-31"],
        ["print", "labels", "--layout", "2x7"],
    ],
)
def test_print_writes_a_pdf(school_db: Path, tmp_path: Path, args: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sheet.pdf"
    assert run(school_db, *args, "-o", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in capsys.readouterr().out


def test_print_a_room_by_its_code(school_db: Path, tmp_path: Path) -> None:
    reg = Register.open(school_db)
    from app.services.rooms import list_rooms

    code = list_rooms(reg)[0].code
    reg.close()
    assert run(school_db, "print", "room", code.lower(), "-o", str(tmp_path / "r.pdf")) == 0
    assert (tmp_path / "r.pdf").is_file()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["print", "room", "KHONG-CO"], "Không có phòng mã"),
        (["print", "room"], "cho biết mã phòng"),
        (["print", "labels", "--items", "TB-KHONG-CO"], "Không có thiết bị mã"),
        (["print", "labels", "--layout", "9x9"], "Không rõ khổ nhãn"),
    ],
)
def test_a_refusal_exits_1_with_its_reason(school_db, tmp_path, capsys, args, says) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    assert run(school_db, *args, "-o", str(out)) == 1
    assert says in capsys.readouterr().err
    assert not out.exists()


def test_a_wrong_command_line_exits_2(school_db: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        run(school_db, "print", "register")  # no -o
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        run(school_db, "print", "register", "--since", "31/02/2026", "-o", str(tmp_path / "x"))
    assert info.value.code == 2


@pytest.mark.parametrize("what", ["register", "rooms", "maintenance", "summary"])
def test_export_writes_a_workbook(school_db: Path, tmp_path: Path, what: str) -> None:
    out = tmp_path / f"{what}.xlsx"
    assert run(school_db, "export", what, "-o", str(out)) == 0
    assert zipfile.is_zipfile(out)


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["SỔ QUẢN LÝ THIẾT BỊ"])
    ws.append([])
    ws.append(["STT", "Tên thiết bị", "ĐVT", "SL", "Đơn giá"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_dry_run_then_apply(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "new.sqlite"
    reg = Register.open(db)
    schools.set_up_school(reg, {"code": "79000009", "name": "Trường TH Kim Đồng", "level": "TH"})
    reg.close()
    good = _workbook(
        tmp_path / "so.xlsx",
        [[1, "Máy chiếu", "cái", 2, "12.500.000"], [2, "Bàn học sinh", "bộ", 20, "850.000"]],
    )
    assert run(db, "import", str(good), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Sẽ thêm 2 thiết bị" in out and "chưa ghi gì" in out
    reg = Register.open(db)
    assert count_equipment(reg) == 0
    reg.close()
    assert run(db, "import", str(good)) == 0
    assert "Đã nhập 2 thiết bị" in capsys.readouterr().out
    reg = Register.open(db)
    assert count_equipment(reg) == 2
    reg.close()


def test_import_with_bad_rows_exits_3_and_writes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "new.sqlite"
    reg = Register.open(db)
    schools.set_up_school(reg, {"code": "79000009", "name": "Trường TH Kim Đồng", "level": "TH"})
    reg.close()
    bad = _workbook(
        tmp_path / "so.xlsx", [[1, "Máy chiếu", "cái", "hai", 1000], [2, "Loa", "cái", 1, 500]]
    )
    assert run(db, "import", str(bad)) == 3
    out = capsys.readouterr().out
    assert "Lỗi:" in out and "dòng 4" in out.lower()
    reg = Register.open(db)
    assert count_equipment(reg) == 0
    reg.close()


def test_import_of_a_file_that_is_not_excel_exits_1(
    tmp_path: Path, school_db: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "so.xlsx"
    fake.write_text("STT;Tên thiết bị\n1;Máy chiếu\n", encoding="utf-8")
    assert run(school_db, "import", str(fake), "--dry-run") == 1
    assert "Lỗi:" in capsys.readouterr().err
