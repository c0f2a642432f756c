"""`sotb` on the command line: bad paths get a clear message, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


def test_info_on_a_missing_file_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "khong-co" / "so.sqlite"
    assert main(["--db", str(target), "info"]) == 1
    assert "không có tệp sổ" in capsys.readouterr().err
    assert not target.parent.exists()


def test_a_folder_given_as_the_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--items", "1", "--db", str(tmp_path)])
    assert exit_info.value.code == 1
    assert "là một thư mục" in capsys.readouterr().err


def test_an_unwritable_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    if os.geteuid() == 0:
        # root writes anywhere; a file in place of the folder fails for everyone.
        blocker = tmp_path / "blocked"
        blocker.write_text("", encoding="utf-8")
        target = blocker / "so.sqlite"
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "so.sqlite"
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--items", "1", "--db", str(target)])
    assert exit_info.value.code == 1
    assert "Không ghi được" in capsys.readouterr().err
