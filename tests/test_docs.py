"""The user docs hold together: every relative link and picture of README.md and docs/
resolves, and docs/guide.md is what tools/build_guide.py assembles from its parts."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)\s]+)\)")


def markdown_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def test_every_relative_link_and_picture_resolves() -> None:
    broken = []
    for doc in markdown_files():
        if doc.parent.name == "guide-parts" and doc.name.startswith("00"):
            continue  # the introduction is written as guide.md's own text
        for target in LINK.findall(doc.read_text("utf-8")):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            path = target.split("#", 1)[0]
            if not (doc.parent / path).exists():
                broken.append(f"{doc.relative_to(ROOT)}: {target}")
    assert broken == []


def test_the_guide_is_assembled_from_its_parts() -> None:
    spec = importlib.util.spec_from_file_location("build_guide", ROOT / "tools" / "build_guide.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert (ROOT / "docs" / "guide.md").read_text("utf-8") == tool.assemble(), (
        "run .venv/bin/python tools/build_guide.py"
    )
    anchors = set(re.findall(r'<a id="(chuong-\d+)"></a>', tool.assemble()))
    wanted = set(re.findall(r"\]\(#(chuong-\d+)\)", tool.assemble()))
    assert wanted and wanted <= anchors
