"""Refresh the translations: lupdate app/ui into sotb_vi.ts, lrelease every .ts into its .qm.

    .venv/bin/python tools/update_translations.py          # extract, then compile the .qm
    .venv/bin/python tools/update_translations.py --check  # list unfinished messages; 1 if any

Existing translations are kept; strings no longer in the code are dropped (-no-obsolete).
Any other sotb_*.ts (sotb_en.ts) gets the plural messages only (-pluralonly).
New strings arrive as type="unfinished": translate them in the .ts (or pyside6-linguist) and
run this again so the .qm files are rebuilt.

lupdate only sees self.tr("...") and QCoreApplication.translate("Ctx", "...") written out in
full. The UI also uses indirect forms, which this script finds itself and hands to lupdate as a
generated stub file, putting the real file and line back into the .ts afterwards:
``self.tr("...")`` inside an f-string and ``tr = self.tr; tr("...")`` (context: the enclosing
class), ``def f(tr)`` called as ``f(self.tr)`` (the caller's class), ``_tr("...")`` where
``def _tr(text): return QCoreApplication.translate("Ctx", text)``, and
``t = QCoreApplication.translate; t("Ctx", "...")``.
"""

from __future__ import annotations

import argparse
import ast
import html
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "app" / "ui"
TS_DIR = ROOT / "resources" / "translations"
MAIN_TS = TS_DIR / "sotb_vi.ts"
STUB_NAME = "_indirect_strings.py"

Found = tuple[str, str, Path, int]  # context, source text, file, line


class Failure(Exception):
    pass


def find_tool(name: str) -> str:
    """The tool beside this Python (the venv's bin/ or Scripts/), else on PATH."""
    here = Path(sys.executable).parent  # not resolved: a venv's python may be a symlink
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise Failure(f"{name} not found beside {sys.executable} nor on PATH; install PySide6")
    return found


def run(args: list[str]) -> None:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    if result.returncode != 0:
        raise Failure(f"{Path(args[0]).name} failed ({result.returncode}):\n{result.stderr}")
    sys.stderr.write(result.stderr)


def ui_sources() -> list[Path]:
    return sorted(UI_DIR.rglob("*.py"))


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_self_tr(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "tr"
            and isinstance(node.value, ast.Name) and node.value.id == "self")


def _walk(node: ast.AST, cls: str | None = None) -> Iterator[tuple[ast.AST, str | None]]:
    """Every node with the name of the class it is written in."""
    for child in ast.iter_child_nodes(node):
        yield child, cls
        yield from _walk(child, child.name if isinstance(child, ast.ClassDef) else cls)


def _tr_calls(fn: ast.FunctionDef) -> Iterator[tuple[str, int]]:
    for call in ast.walk(fn):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) \
                and call.func.id == "tr" and call.args and (text := _literal(call.args[0])):
            yield text, call.lineno


def _wrapper_context(fn: ast.FunctionDef, params: list[str]) -> str | None:
    """"Ctx" for ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    ret = fn.body[-1]
    if len(params) != 1 or not isinstance(ret, ast.Return) or not isinstance(ret.value, ast.Call):
        return None
    call = ret.value
    if isinstance(call.func, ast.Attribute) and call.func.attr == "translate" \
            and len(call.args) == 2 and isinstance(call.args[1], ast.Name) \
            and call.args[1].id == params[0]:
        return _literal(call.args[0])
    return None


def indirect_messages(files: list[Path]) -> list[Found]:
    trees = {path: ast.parse(path.read_text("utf-8"), str(path)) for path in files}
    takes_tr: dict[str, list[tuple[str, Path, int]]] = {}  # def f(tr): its tr("...") strings
    wrappers: dict[Path, dict[str, str]] = {}  # def _tr(text): translate("Ctx", text)
    for path, tree in trees.items():
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            params = [a.arg for a in fn.args.args]
            if "tr" in params:
                takes_tr[fn.name] = [(text, path, line) for text, line in _tr_calls(fn)]
            if (ctx := _wrapper_context(fn, params)) is not None:
                wrappers.setdefault(path, {})[fn.name] = ctx
    found: list[Found] = []
    for path, tree in trees.items():
        tr_aliases: set[str] = set()
        translate_aliases: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name):
                if _is_self_tr(node.value):
                    tr_aliases.add(node.targets[0].id)
                elif isinstance(node.value, ast.Attribute) and node.value.attr == "translate":
                    translate_aliases.add(node.targets[0].id)
        in_fstrings = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr)
                       for n in ast.walk(f)}
        for node, cls in _walk(tree):
            if isinstance(node, ast.Call) and _is_self_tr(node.func) and id(node) in in_fstrings \
                    and cls and node.args and (text := _literal(node.args[0])) is not None:
                found.append((cls, text, path, node.lineno))  # lupdate skips f-string insides
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name, args = node.func.id, [_literal(a) for a in node.args]
            if name in tr_aliases and cls and args and args[0] is not None:
                found.append((cls, args[0], path, node.lineno))
            elif name in wrappers.get(path, {}) and len(args) == 1 and args[0] is not None:
                found.append((wrappers[path][name], args[0], path, node.lineno))
            elif name in translate_aliases and len(args) >= 2 and None not in args[:2]:
                found.append((args[0], args[1], path, node.lineno))  # type: ignore[arg-type]
            elif name in takes_tr and cls and any(_is_self_tr(a) for a in node.args):
                found.extend((cls, text, where, line) for text, where, line in takes_tr[name])
    return found


def update_ts(ts: Path, files: list[Path], plural_only: bool = False) -> None:
    """lupdate ``files`` (plus the indirect strings) into ``ts``, keeping its translations."""
    found = sorted(set(indirect_messages(files)))
    stub = ts.parent / STUB_NAME
    stub.write_text("".join(f"QT_TRANSLATE_NOOP({c!r}, {s!r})\n" for c, s, _, _ in found), "utf-8")
    try:
        options = ["-silent", "-no-obsolete", *(["-pluralonly"] if plural_only else [])]
        run([find_tool("pyside6-lupdate"), *options, *map(str, files), str(stub), "-ts", str(ts)])
    finally:
        stub.unlink(missing_ok=True)

    def real_location(match: re.Match[str]) -> str:
        _, _, path, line = found[int(match.group(1)) - 1]
        return f'<location filename="{Path(os.path.relpath(path, ts.parent)).as_posix()}" ' \
               f'line="{line}"/>'

    text = re.sub(rf'<location filename="{re.escape(STUB_NAME)}" line="(\d+)"/>',
                  real_location, ts.read_text("utf-8"))
    # Bare tr() calls land in an empty context that no lookup at run time ever uses.
    empty = re.search(r"\n<context>\n    <name></name>\n.*?</context>", text, re.S)
    if empty:
        text = text.replace(empty.group(0), "")
        known = {source for _, source, _, _ in found}
        sources = re.findall(r"<source>(.*?)</source>", empty.group(0), re.S)
        lost = [s for s in map(html.unescape, sources) if s not in known]
        for source in lost:
            print(f"warning: tr({source!r}) has no class context; use self.tr", file=sys.stderr)
    ts.write_text(text, "utf-8")


def release(ts: Path, qm: Path | None = None) -> None:
    qm = qm or ts.with_suffix(".qm")
    run([find_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])


def unfinished(ts: Path) -> list[str]:
    """'Context: source' of every message without a finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue  # not compiled into the .qm
            if translation is None or message.get("numerus") != "yes":
                texts = [None if translation is None else translation.text]
            else:
                texts = [form.text for form in translation.iter("numerusform")]
            if kind == "unfinished" or not texts or not all((t or "").strip() for t in texts):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def check(files: list[Path]) -> int:
    total = 0
    for ts in files:
        missing = unfinished(ts)
        total += len(missing)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} unfinished message(s)")
        for entry in missing:
            print(f"  {entry}")
    return 1 if total else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only count unfinished messages; exit 1 if there are any")
    options = parser.parse_args(argv)
    try:
        if options.check:
            return check(sorted({MAIN_TS, *TS_DIR.glob("*.ts")}))  # a missing sotb_vi.ts fails
        TS_DIR.mkdir(parents=True, exist_ok=True)
        update_ts(MAIN_TS, ui_sources())
        for ts in sorted(TS_DIR.glob("sotb_*.ts")):
            if ts != MAIN_TS:  # English (the source language) needs only its plural forms
                update_ts(ts, ui_sources(), plural_only=True)
        for ts in sorted(TS_DIR.glob("*.ts")):
            release(ts)
            print(f"{ts.with_suffix('.qm').relative_to(ROOT)} written")
        total = sum(1 for _ in ET.parse(MAIN_TS).getroot().iter("message"))
        left = len(unfinished(MAIN_TS))
        print(f"{MAIN_TS.relative_to(ROOT)}: {total} messages, {left} to translate"
              + (" (--check lists them)" if left else ""))
        return 0
    except (Failure, OSError, SyntaxError, ET.ParseError) as exc:
        print(f"update_translations: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
