"""Which client versions the server accepts (DESIGN.md, Sync point 6).

A device speaks the register schema of its local file (the Alembic revision of
``app.models.migrations``) and runs some app version. The server accepts every schema
revision from the first one that has the sync outbox up to its own head, and every
app version from ``MIN_APP_VERSION`` on. Outside that range the route layer answers
HTTP 426 with ``ErrorBody(code=upgrade_required)``.
"""

from __future__ import annotations

import re
from functools import cache

from alembic.script import ScriptDirectory

from app.models import migrate

# The first register revision a device can sync from. 0004 added the tables of loans,
# room usage, counts, disposals and transfers: an older PC could not hold their rows
# when it pulls, so it is asked to upgrade first.
MIN_SCHEMA_VERSION = "0004"
# The oldest desktop app that speaks this protocol.
MIN_APP_VERSION = "0.1.0"

UPGRADE_MESSAGE = (
    "Phần mềm ở trường đã cũ, hãy cập nhật Sổ Thiết Bị lên phiên bản mới nhất "
    "rồi đồng bộ lại. Dữ liệu chưa gửi vẫn được giữ nguyên trên máy."
)
SERVER_TOO_OLD_MESSAGE = (
    "Phần mềm ở trường mới hơn máy chủ của Phòng GD&ĐT. Hãy báo Phòng GD&ĐT cập nhật "
    "máy chủ; dữ liệu chưa gửi vẫn được giữ nguyên trên máy."
)


class UpgradeRequired(Exception):
    """The client's schema or app version is outside the accepted range."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail  # for logs: what exactly was refused

    def __str__(self) -> str:
        return self.message


@cache
def schema_versions() -> tuple[str, ...]:
    """Register revisions the server accepts, oldest first (MIN_SCHEMA_VERSION..head)."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    ordered = [s.revision for s in script.walk_revisions()][::-1]  # base .. head
    if MIN_SCHEMA_VERSION not in ordered:
        raise RuntimeError(f"MIN_SCHEMA_VERSION {MIN_SCHEMA_VERSION} is not a register revision")
    return tuple(ordered[ordered.index(MIN_SCHEMA_VERSION) :])


@cache
def known_schema_versions() -> frozenset[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return frozenset(s.revision for s in script.walk_revisions())


def parse_app_version(text: str) -> tuple[int, ...] | None:
    """``"1.2.3"`` -> (1, 2, 3); a suffix (``"1.2.3rc1"``, ``"1.2.3+win"``) is ignored.

    None when the text does not start with a dotted number.
    """
    match = re.match(r"^\s*v?(\d+(?:\.\d+){0,3})", text or "")
    if match is None:
        return None
    parts = tuple(int(p) for p in match.group(1).split("."))
    return parts + (0,) * (3 - len(parts)) if len(parts) < 3 else parts


def check_versions(schema_version: str | None, app_version: str | None) -> None:
    """Raise UpgradeRequired unless both versions are in the accepted range."""
    accepted = schema_versions()
    if not schema_version or schema_version not in accepted:
        if schema_version and schema_version not in known_schema_versions():
            # A revision this server has never heard of: made by a newer app.
            raise UpgradeRequired(
                SERVER_TOO_OLD_MESSAGE, f"unknown schema version {schema_version!r}"
            )
        raise UpgradeRequired(
            UPGRADE_MESSAGE,
            f"schema version {schema_version!r} outside {accepted[0]}..{accepted[-1]}",
        )
    app = parse_app_version(app_version or "")
    minimum = parse_app_version(MIN_APP_VERSION)
    assert minimum is not None
    if app is None or app < minimum:
        raise UpgradeRequired(
            UPGRADE_MESSAGE, f"app version {app_version!r} older than {MIN_APP_VERSION}"
        )
