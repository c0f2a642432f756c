"""System programs and services some tests need (PostgreSQL, poppler, LibreOffice).

On a user's machine a test that needs one skips, saying what is missing. CI sets
SOTB_REQUIRE_SYSTEM=1 after installing them (.ci/run): there a missing one fails the
test instead, so a CI run never passes on skipped checks.
"""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest

REQUIRED = os.environ.get("SOTB_REQUIRE_SYSTEM") == "1"


def missing(reason: str) -> NoReturn:
    if REQUIRED:
        pytest.fail(f"{reason} (SOTB_REQUIRE_SYSTEM=1: .ci/run should have installed it)")
    pytest.skip(reason)


def need_program(name: str, why: str) -> str:
    """The path of ``name``, or skip (fail under CI) saying ``why`` it is needed."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} is not installed: {why}")
    return path


LIBREOFFICE_WHY = "LibreOffice (libreoffice-calc-nogui) opens the exported files"
