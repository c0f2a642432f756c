"""Cheap checks of the Windows installer files (installer/) that run on Linux.

They cannot build the installer (that needs Windows, see installer/README.md); they catch
the mistakes that would only show there: a spec naming files that are gone, a setup whose
version or name drifted from the app, an uninstall that could touch the officer's register,
a Qt module excluded from the build that app/ has started to import.
"""

from __future__ import annotations

import ast
import contextlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "sotb.spec"
ISS = INSTALLER / "sotb.iss"
VI_ISL = INSTALLER / "sotb-vi.isl"
ENTRY = INSTALLER / "sotb_entry.py"
BUILD_PS1 = INSTALLER / "build.ps1"
BOM = b"\xef\xbb\xbf"


def module_constants(path: Path) -> dict[str, object]:
    """Module-level NAME = <literal> assignments of a Python file, without running it."""
    found: dict[str, object] = {}
    for node in ast.parse(path.read_text("utf-8"), str(path)).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            with contextlib.suppress(ValueError):  # not a literal: computed at build time
                found[node.targets[0].id] = ast.literal_eval(node.value)
    return found


def str_list(value: object) -> list[str]:
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), value
    return value


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def iss_text() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def iss_sections(text: str) -> dict[str, list[str]]:
    """Entry lines of each [Section], without comments and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))


def entry_param(entry: str, name: str) -> str | None:
    match = re.search(rf'(?:^|;)\s*{name}:\s*"([^"]*)"', entry, re.IGNORECASE)
    return match.group(1) if match else None


# --- the PyInstaller spec ------------------------------------------------------------------


def test_spec_is_python_and_names_existing_files() -> None:
    ast.parse(SPEC.read_text("utf-8"), str(SPEC))
    spec = module_constants(SPEC)
    assert (ROOT / str(spec["ENTRY_SCRIPT"])) == ENTRY and ENTRY.is_file()

    translations = ROOT / str(spec["RESOURCES_DIR"]) / "translations"
    assert sorted(translations.glob("*.qm")), f"no compiled translations in {translations}"
    assert (ROOT / str(spec["RESOURCES_DIR"]) / "reference").is_dir()

    migrations = ROOT / str(spec["MIGRATIONS_DIR"])
    assert migrations == ROOT / "app" / "models" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert sorted((migrations / "versions").glob("*.py")), "no Alembic revisions to bundle"


def test_spec_hidden_imports_cover_alembic_and_sqlite() -> None:
    hidden = set(str_list(module_constants(SPEC)["HIDDEN_IMPORTS"]))
    assert {
        "sqlalchemy.dialects.sqlite",
        "logging.config",
        "alembic.runtime.migration",
        "alembic.op",
        "alembic.context",
    } <= hidden


def test_spec_excludes_no_module_that_app_imports() -> None:
    spec = module_constants(SPEC)
    excluded = str_list(spec["QT_EXCLUDES"]) + str_list(spec["OTHER_EXCLUDES"])
    assert "PySide6.QtWebEngineCore" in excluded and "PySide6.QtQuick" in excluded
    offenders = []
    for source in sorted((ROOT / "app").rglob("*.py")):
        for module in imported_modules(source):
            for gone in excluded:
                if module == gone or module.startswith(gone + "."):
                    offenders.append(f"{source.relative_to(ROOT)} imports {module}")
    assert not offenders, (
        "installer/sotb.spec excludes modules the app uses; remove them "
        f"from QT_EXCLUDES/OTHER_EXCLUDES: {offenders}"
    )


def test_entry_script_calls_app_cli_main() -> None:
    tree = ast.parse(ENTRY.read_text("utf-8"), str(ENTRY))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "app.cli" and [a.name for a in n.names] == ["main"] for n in imports)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert any(isinstance(c.func, ast.Name) and c.func.id == "main" for c in calls)


# --- the Inno Setup script -----------------------------------------------------------------


def test_iss_name_and_version_match_the_app() -> None:
    app = module_constants(ROOT / "app" / "__init__.py")
    text = iss_text()
    defines = iss_defines(text)
    setup = iss_sections(text)["setup"]
    assert defines["AppVersion"] == app["__version__"], (
        "installer/sotb.iss #define AppVersion differs from app.__version__"
    )
    assert re.fullmatch(r"\d+(\.\d+){0,3}", str(app["__version__"])), (
        "Windows version resources need a numbers-only version (x.y.z)"
    )
    assert defines["AppName"] == app["APP_NAME"]
    assert "AppName={#AppName}" in setup
    assert "AppVersion={#AppVersion}" in setup
    assert "OutputBaseFilename=SoThietBi-Setup-{#AppVersion}" in setup


def test_iss_installs_per_user_without_admin() -> None:
    setup = iss_sections(iss_text())["setup"]
    assert "PrivilegesRequired=lowest" in setup
    assert "PrivilegesRequiredOverridesAllowed=dialog" in setup
    assert "DefaultDirName={autopf}\\{#AppFolderName}" in setup


def test_iss_shortcuts_and_languages() -> None:
    text = iss_text()
    sections = iss_sections(text)
    icons = sections["icons"]
    assert any(entry_param(e, "Name") == "{autoprograms}\\{#AppName}" for e in icons)
    desktop = [e for e in icons if entry_param(e, "Name") == "{autodesktop}\\{#AppName}"]
    assert desktop and "Tasks: desktopicon" in desktop[0], "the desktop shortcut is optional"
    languages = sections["languages"]
    assert [entry_param(e, "Name") for e in languages][0] == "vi"
    assert all(
        "sotb-vi.isl" in str(entry_param(e, "MessagesFile"))
        for e in languages
        if entry_param(e, "Name") == "vi"
    )
    assert VI_ISL.read_bytes().startswith(BOM) and ISS.read_bytes().startswith(BOM), (
        "Inno Setup before 6.3 reads .iss/.isl files without a UTF-8 BOM as ANSI"
    )
    assert "LanguageID=$042A" in VI_ISL.read_bytes().decode("utf-8-sig")


def test_iss_never_touches_the_user_data_folder() -> None:
    paths = module_constants(ROOT / "app" / "paths.py")
    text = iss_text()
    defines = iss_defines(text)
    assert defines["AppFolderName"] == paths["APP_DIR_NAME"]
    sections = iss_sections(text)
    data_like = re.compile(
        r"localappdata|userappdata|appdata|commonappdata|%LOCALAPPDATA%", re.IGNORECASE
    )
    for section in ("dirs", "installdelete", "uninstalldelete"):
        for entry in sections.get(section, []):
            name = entry_param(entry, "Name") or ""
            assert not data_like.search(entry), f"[{section}] touches a data folder: {entry}"
            if section != "dirs":
                assert name.startswith("{app}\\"), f"[{section}] deletes outside {{app}}: {entry}"
    assert not any(
        "uninsneveruninstall" in e.lower() or "deleteafterinstall" in e.lower()
        for e in sections.get("files", [])
    )
    code = text.split("[Code]", 1)[1] if "[Code]" in text else ""
    assert not re.search(r"\b(DelTree|DeleteFile|RemoveDir|RenameFile)\b", code), (
        "[Code] must not delete or move anything"
    )


# --- the build script ----------------------------------------------------------------------


def test_build_script_is_plain_ascii_powershell() -> None:
    data = BUILD_PS1.read_bytes()
    # Windows PowerShell 5.1 reads a BOM-less script as ANSI: keep it ASCII.
    assert all(b < 128 for b in data), "installer/build.ps1 must stay ASCII"
    text = data.decode("ascii")
    # "$name:" inside a string is a PowerShell parse error (drive/scope syntax).
    assert not re.search(r'"[^"\n]*\$[A-Za-z_]\w*:(?![A-Za-z_:])', text)
    for needed in ("constraints.txt", "sotb.spec", "sotb.iss", "update_translations.py"):
        assert needed in text


# --- optional: a real PyInstaller build (Linux here; the spec is the same) ------------------


@pytest.mark.slow
def test_pyinstaller_build_runs_the_frozen_app(tmp_path: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        reason = "PyInstaller is not installed (installer/build.ps1 installs it)"
        print(f"skipped: {reason}")
        pytest.skip(reason)
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    app_dir = tmp_path / "dist" / "SoThietBi"
    cli = app_dir / ("sotb.exe" if os.name == "nt" else "sotb")
    internal = app_dir / "_internal"
    assert (internal / "app" / "models" / "migrations" / "env.py").is_file()
    assert sorted((internal / "resources" / "translations").glob("*.qm"))
    env = {**os.environ, "SOTB_DATA_DIR": str(tmp_path / "data")}
    # A new register: created and migrated by the frozen Alembic, far from the source tree.
    info = subprocess.run(
        [str(cli), "info", "--db", str(tmp_path / "smoke.sqlite")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert info.returncode == 0, info.stderr
    assert "smoke.sqlite" in info.stdout
