"""Fixtures for the desktop UI tests: isolated settings, a small register, inline tasks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services import equipment, rooms, schools  # noqa: E402
from app.services.register import Register
from app.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:
    QCoreApplication.setOrganizationName("SoThietBiTests")
    QCoreApplication.setApplicationName("tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    TaskRunner.synchronous = True  # every runner, the sync one too
    yield
    TaskRunner.synchronous = False


@pytest.fixture
def english(qapp) -> None:
    from app.ui import i18n

    i18n.install("en")


@pytest.fixture
def reg(tmp_path: Path) -> Iterator[Register]:
    """A register with a school, three rooms and a handful of items."""
    register = Register.open(tmp_path / "ui.sqlite", actor="tester")
    schools.set_up_school(
        register, {"code": "79000701", "name": "Trường THCS Nguyễn Du", "level": "THCS"}
    )
    lab = rooms.create_room(
        register,
        {
            "kind": "subject",
            "subject_type": "khtn",
            "code": "P.KHTN1",
            "name": "Phòng Khoa học tự nhiên 1",
            "area_m2": 84,
            "seats": 45,
            "has_power": True,
        },
    )
    it = rooms.create_room(
        register,
        {"kind": "subject", "subject_type": "tin_hoc", "code": "P.TH1", "name": "Phòng Tin học 1"},
    )
    rooms.create_room(register, {"kind": "storeroom", "code": "KHO", "name": "Kho thiết bị"})
    items = [
        ("TB-0001", "Máy chiếu Epson EB-X06", it.id, 1, 0),
        ("TB-0002", "Bộ thí nghiệm Điện học", lab.id, 6, 1),
        ("TB-0003", "Kính hiển vi quang học", lab.id, 12, 0),
        ("TB-0004", "Máy tính để bàn Dell Vostro", it.id, 20, 2),
        ("TB-0005", "Quả địa cầu", None, 3, 0),
    ]
    for code, name, room_id, qty, broken in items:
        equipment.create_equipment(
            register,
            {
                "asset_code": code,
                "name": name,
                "room_id": room_id,
                "quantity": qty,
                "qty_broken": broken,
                "unit_price": 1_500_000,
            },
        )
    yield register
    register.close()
