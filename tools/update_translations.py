"""Refresh the translations: lupdate app/ui into sotb_vi.ts, lrelease every .ts into its .qm.

    .venv/bin/python tools/update_translations.py          # extract, then compile the .qm
    .venv/bin/python tools/update_translations.py --check  # list unfinished messages; 1 if any
    .venv/bin/python tools/update_translations.py --fill vi.json  # translate from a file

A --fill file is JSON {"Context": {"English source": "bản dịch"}}: after the extraction,
each unfinished message found in it takes that translation (a %n message takes it as
its one Vietnamese plural form), and the .qm files are compiled with them.

Existing translations are kept; strings no longer in the code are dropped (-no-obsolete).
Any other sotb_*.ts (sotb_en.ts) gets the plural messages only (-pluralonly); English,
the source language, takes its two forms from the (s)/(es) markers of the source, with the
singulars in ENGLISH_SINGULAR where a verb or pronoun changes too.
New strings arrive as type="unfinished": translate them in the .ts (or pyside6-linguist) and
run this again so the .qm files are rebuilt.

lupdate only sees self.tr("...") and QCoreApplication.translate("Ctx", "...") written out in
full, so the UI writes every string that way; the update stops on one it cannot place.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "app" / "ui"
TS_DIR = ROOT / "resources" / "translations"
MAIN_TS = TS_DIR / "sotb_vi.ts"


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


def update_ts(ts: Path, files: list[Path], plural_only: bool = False) -> None:
    """lupdate ``files`` into ``ts``, keeping its translations; refuse context-less strings."""
    options = ["-silent", "-no-obsolete", *(["-pluralonly"] if plural_only else [])]
    run([find_tool("pyside6-lupdate"), *options, *map(str, files), "-ts", str(ts)])
    text = ts.read_text("utf-8")
    # A tr() that lupdate cannot tie to a class lands in an empty context, which no
    # lookup at run time ever uses: such a string would never be translated.
    empty = re.search(r"<context>\s*<name></name>.*?</context>", text, re.S)
    if empty:
        sources = [html.unescape(x) for x in re.findall(r"<source>(.*?)</source>", empty.group(0))]
        raise Failure(
            "strings without a translation context (write self.tr(...) or "
            f"QCoreApplication.translate('Context', ...) in full): {sources}"
        )


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


def fill(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    """Give unfinished messages of ``ts`` their translation from ``translations``."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        known = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = known.get(message.findtext("source") or "")
            translation = message.find("translation")
            if text is None or translation is None or translation.get("type") != "unfinished":
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


# English singulars the (s) markers alone would get wrong (verbs and pronouns agree).
ENGLISH_SINGULAR = {
    "%n change condition": "%n changes condition",
    "%n item(s) change in the register:": "%n item changes in the register:",
    "%n item(s) match «%1». Select and press Enter.": (
        "%n item matches «%1». Select and press Enter."
    ),
    "%n item(s) move room": "%n item moves room",
    "%n item(s) sent by another school have no room yet.": (
        "%n item sent by another school has no room yet."
    ),
    "%n item(s) were changed in the register after the count opened (a loan returned, an "
    "edit, a repair). Their counted figures apply over their figures of now; the minutes "
    "show both. Check them in the last tab.": (
        "%n item was changed in the register after the count opened (a loan returned, an "
        "edit, a repair). Its counted figures apply over its figures of now; the minutes "
        "show both. Check it in the last tab."
    ),
    "%n item(s) were disposed of or deleted since the count opened: left alone.": (
        "%n item was disposed of or deleted since the count opened: left alone."
    ),
    "%n suggestion(s): all their broken or lost units are added.": (
        "%n suggestion: all its broken or lost units are added."
    ),
    "%n unit(s) leave the register.": "%n unit leaves the register.",
    "Apply the count to the register now? %n item(s) change: ": (
        "Apply the count to the register now? %n item changes: "
    ),
    "Delete %n item(s)? They go to Deleted items and can be restored.": (
        "Delete %n item? It goes to Deleted items and can be restored."
    ),
    "Delete %n plan(s)? The maintenance already recorded under them stays in the log.": (
        "Delete %n plan? The maintenance already recorded under it stays in the log."
    ),
    "Record the %n selected item(s) as looked for and not found? Finalising the count "
    "records their units as lost.": (
        "Record the %n selected item as looked for and not found? Finalising the count "
        "records its units as lost."
    ),
    "Take back what was counted of the %n selected lines?": (
        "Take back what was counted of the %n selected line?"
    ),
    "The committee looked for the %n item(s) not counted and did not find them: record "
    "their units as lost.": (
        "The committee looked for the %n item not counted and did not find it: record "
        "its units as lost."
    ),
}
PLURAL_MARK = re.compile(r"(\w)\((e?s)\)")


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of an English %n message: "%n class(es)" → "%n class", "%n classes"."""
    plural = PLURAL_MARK.sub(r"\1\2", source)
    return ENGLISH_SINGULAR.get(source, PLURAL_MARK.sub(r"\1", source)), plural


def fill_english(ts: Path) -> int:
    """Give each unfinished plural message of an English ``ts`` its two forms."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


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
    parser.add_argument(
        "--check",
        action="store_true",
        help="only count unfinished messages; exit 1 if there are any",
    )
    parser.add_argument(
        "--fill",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.json",
        help="translations to fill in: {context: {source: translation}}",
    )
    options = parser.parse_args(argv)
    try:
        if options.check:
            return check(sorted({MAIN_TS, *TS_DIR.glob("*.ts")}))  # a missing sotb_vi.ts fails
        TS_DIR.mkdir(parents=True, exist_ok=True)
        update_ts(MAIN_TS, ui_sources())
        if options.fill:
            import json

            filled = 0
            for path in options.fill:
                filled += fill(MAIN_TS, json.loads(path.read_text("utf-8")))
            update_ts(MAIN_TS, ui_sources())  # back into lupdate's own layout
            print(f"{filled} message(s) filled from {', '.join(map(str, options.fill))}")
        for ts in sorted(TS_DIR.glob("sotb_*.ts")):
            if ts != MAIN_TS:  # English (the source language) needs only its plural forms
                update_ts(ts, ui_sources(), plural_only=True)
                if ts.stem == "sotb_en" and fill_english(ts):
                    update_ts(ts, ui_sources(), plural_only=True)  # lupdate's own layout
        for ts in sorted(TS_DIR.glob("*.ts")):
            release(ts)
            print(f"{ts.with_suffix('.qm').relative_to(ROOT)} written")
        total = sum(1 for _ in ET.parse(MAIN_TS).getroot().iter("message"))
        left = len(unfinished(MAIN_TS))
        print(
            f"{MAIN_TS.relative_to(ROOT)}: {total} messages, {left} to translate"
            + (" (--check lists them)" if left else "")
        )
        return 0
    except (Failure, OSError, SyntaxError, ET.ParseError) as exc:
        print(f"update_translations: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
