"""Accent-free text for search: "Máy chiếu Điện" -> "may chieu dien"."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower case, Vietnamese accents removed, đ -> d, spaces collapsed.

    Cached: a register repeats the same names and brands thousands of times, and a
    first sync folds every one of them."""
    if text.isascii():
        return _SPACES.sub(" ", text.lower()).strip()
    text = text.replace("đ", "d").replace("Đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.lower()).strip()


def fold_all(*parts: str | None) -> str:
    return " ".join(fold(p) for p in parts if p)


def search_terms(query: str) -> list[str]:
    """The words of a query, folded, without punctuation (safe to quote for FTS5)."""
    return [t for t in _NOT_WORD.split(fold(query)) if t]


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word must start a word of the row."""
    terms = search_terms(query)
    if not terms:
        return None
    return " ".join(f'"{t}"*' for t in terms)


def normalise_code(code: str) -> str:
    """Codes compare without case and spaces, but keep their letters: "ĐL-01" is not
    "DL-01". NFC first, so text typed in Unikey's composed or combining mode agrees."""
    return "".join(unicodedata.normalize("NFC", code).casefold().split())
