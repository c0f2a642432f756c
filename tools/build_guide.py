"""Assemble docs/guide.md, the officer's guide: docs/guide-parts/00-intro.md, then every
chapter NN-*.md of docs/guide-parts/ with its links rewritten relative to docs/.

    .venv/bin/python tools/build_guide.py

Edit a chapter in docs/guide-parts/ (its links relative to that folder, so it reads on
its own too; the introduction's relative to docs/, as guide.md's own), then run this.
tests/test_docs.py checks that guide.md is up to date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
PARTS = DOCS / "guide-parts"
HEAD = (
    "<!-- Assembled by tools/build_guide.py from docs/guide-parts/ (00-intro.md, then one\n"
    "     chapter a file): edit a chapter there, then run the tool again. -->\n\n"
)


def rewrite(text: str, numbers: dict[str, int]) -> str:
    """A part's links, from docs/guide-parts/ to docs/; chapter files become anchors."""
    text = re.sub(r"^<!--.*?-->\n+", "", text, flags=re.S)  # a part's own note
    text = text.replace("](../images/", "](images/")
    text = re.sub(r"\]\(\.\./([^)]+\.md)", r"](\1", text)
    for name, n in numbers.items():
        text = text.replace(f"]({name})", f"](#chuong-{n})")
    return text


def assemble() -> str:
    chapters = sorted(p for p in PARTS.glob("[0-9][0-9]-*.md") if not p.name.startswith("00"))
    numbers = {p.name: int(p.name[:2]) for p in chapters}
    # The introduction is written as guide.md's own text (links relative to docs/).
    out = [HEAD, (PARTS / "00-intro.md").read_text("utf-8").rstrip() + "\n"]
    for part in chapters:
        out.append(f'\n<a id="chuong-{numbers[part.name]}"></a>\n\n')
        out.append(rewrite(part.read_text("utf-8"), numbers).rstrip() + "\n")
    return "".join(out)


def main() -> int:
    (DOCS / "guide.md").write_text(assemble(), "utf-8")
    print(DOCS / "guide.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
