"""`sotb print`, `sotb export` and `sotb import`: the files they write, and exit codes a
script can act on (0 done, 1 refused, 2 wrong command line, 3 rows to fix)."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from app.cli import main
from app.reports import labels
from app.reports.labels import LabelLayout
from app.services import schools
from app.services.demo import generate_demo
from app.services.equipment_query import count_equipment
from app.services.register import Register
from tests.system import need_program


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
        ["print", "labels", "--margins", "10", "--column-gap", "2,5", "--row-gap", "1.5"],
        ["print", "usage"],
        [
            "print",
            "usage",
            "--since",
            "01/01/2026",
            "--until",
            "2026-05-31",
            "--date",
            "31/05/2026",
        ],
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
        (["print", "labels", "--margins", "120"], "Nhãn không vừa trang A4"),
        (["print", "labels", "--columns", "3", "--column-gap", "80"], "Nhãn không vừa trang A4"),
        (["print", "labels", "--rows", "0"], "ít nhất 1 hàng"),
        (["print", "usage", "KHONG-CO"], "Không có phòng mã"),
        (["print", "usage", "--since", "31/05/2026", "--until", "01/01/2026"], "sau ngày kết thúc"),
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


@pytest.mark.parametrize(
    "option", ["--margins", "--margin-top", "--margin-left", "--column-gap", "--row-gap"]
)
@pytest.mark.parametrize("value", ["abc", "-3", "nan", "400", ""])
def test_a_margin_or_gap_that_is_not_a_length_exits_2(
    school_db: Path, tmp_path: Path, capsys: Any, option: str, value: str
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as info:
        run(school_db, "print", "labels", option, value, "-o", str(out))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert option in err and "không phải số mm hợp lệ" in err and "not a length in mm" in err
    assert not out.exists()


def test_labels_take_the_margins_and_gaps_given(
    school_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preset's numbers, but those given on the command line instead; four labels a
    page on a 2 × 2 sheet (the demo has 60 items: 15 pages)."""
    used: list[LabelLayout] = []
    sheet = labels.label_sheet

    def recording(*args: Any, layout: LabelLayout, **kw: Any) -> Path:
        used.append(layout)
        return sheet(*args, layout=layout, **kw)

    monkeypatch.setattr(labels, "label_sheet", recording)
    out = tmp_path / "nhan.pdf"
    args = ["--layout", "2x7", "--margin-top", "20", "--margin-left", "7,5", "--row-gap", "2"]
    assert run(school_db, "print", "labels", *args, "-o", str(out)) == 0
    assert used[-1] == LabelLayout(
        rows=7, columns=2, top=20, bottom=15.15, left=7.5, right=4.65, column_gap=2.5, row_gap=2
    )
    args = ["--rows", "2", "--columns", "2", "--margins", "10", "--column-gap", "5"]
    assert run(school_db, "print", "labels", *args, "--row-gap", "5", "-o", str(out)) == 0
    assert used[-1] == LabelLayout(rows=2, columns=2, top=10, bottom=10, left=10, right=10,
                                   column_gap=5, row_gap=5)  # fmt: skip
    pdftotext = need_program("pdftotext", "poppler-utils reads the PDF back")
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    assert text.count("\f") == 15


@pytest.mark.parametrize("what", ["register", "rooms", "maintenance", "summary", "usage"])
def test_export_writes_a_workbook(school_db: Path, tmp_path: Path, what: str) -> None:
    out = tmp_path / f"{what}.xlsx"
    assert run(school_db, "export", what, "-o", str(out)) == 0
    assert zipfile.is_zipfile(out)


def test_export_usage_of_a_room_and_a_period(school_db: Path, tmp_path: Path, capsys: Any) -> None:
    reg = Register.open(school_db)
    from app.services.room_usage import usage_rooms

    room = usage_rooms(reg)[0].code
    reg.close()
    out = tmp_path / "usage.xlsx"
    period = ["--since", "01/01/2026", "--until", "31/05/2026"]
    assert run(school_db, "export", "usage", "--room", room, *period, "-o", str(out)) == 0
    assert f"Đã xuất {out}" in capsys.readouterr().out
    info = {r[0]: r[1] for r in load_workbook(out)["Thông tin"].iter_rows(values_only=True)}
    assert info["Thời gian"] == "Từ ngày 01/01/2026 đến ngày 31/05/2026"
    assert str(info["Phòng"]).startswith(f"Phòng {room} – ")
    bad = tmp_path / "x.xlsx"
    assert run(school_db, "export", "usage", "--room", "KHONG-CO", "-o", str(bad)) == 1
    assert "Không có phòng mã" in capsys.readouterr().err
    backwards = ["--since", "31/05/2026", "--until", "01/01/2026"]
    assert run(school_db, "export", "usage", *backwards, "-o", str(bad)) == 1
    assert "không hợp lệ" in capsys.readouterr().err
    assert not bad.exists()


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
