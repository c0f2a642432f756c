"""Every letter of Vietnamese, for the tests that read a printed sheet back: each of the
twelve vowels a ă â e ê i o ô ơ u ư y with its six tones (ngang, huyền, sắc, hỏi, ngã,
nặng), and đ; in lower and upper case. A sheet's test puts them into a field the sheet
prints and checks that pdftotext gives every one back, code point for code point."""

from __future__ import annotations

import unicodedata

# Written out (not built from combining marks) so that a wrong letter shows here.
LOWER = (
    "aàáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "eèéẻẽẹ" "êềếểễệ" "iìíỉĩị"
    "oòóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "uùúủũụ" "ưừứửữự" "yỳýỷỹỵ" "đ"
)  # fmt: skip
UPPER = LOWER.upper()
ALPHABET = LOWER + UPPER
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng


def _groups(letters: str) -> list[str]:
    """The letters a vowel at a time (its six tones), then đ."""
    return [letters[i : i + 6] for i in range(0, len(letters) - 1, 6)] + [letters[-1]]


# Item names carrying the alphabet, a vowel with its tones in each ("Thẻ a à á ả ã ạ",
# "THẺ Ư Ừ Ứ Ử Ữ Ự"): at most 32 mm at 11 pt, one line in every sheet's name column.
LETTER_NAMES = [f"Thẻ {' '.join(group)}" for group in _groups(LOWER)] + [
    f"THẺ {' '.join(group)}" for group in _groups(UPPER)
]


def assert_every_letter(text: str, names: list[str] = LETTER_NAMES) -> None:
    """``text`` (a sheet read back) holds each of ``names`` exactly, hence every letter
    of the alphabet, precomposed (NFC) as it was typed."""
    missing = [name for name in names if name not in text]
    assert not missing, f"not read back: {missing}"
    assert set(ALPHABET) <= set(text), sorted(set(ALPHABET) - set(text))
    assert unicodedata.is_normalized("NFC", text), "letters came out decomposed"
