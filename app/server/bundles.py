"""USB bundles at the district: a school's file goes through the same push handler as
the network, and the answer (acknowledgements plus the district's changes) goes back
as a signed reply file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.server import keys
from app.server.models import Device
from app.server.sync_apply import PushRefused, pull, push
from app.server.versions import UpgradeRequired, check_versions
from app.services.errors import ServiceError
from app.sync.bundle import (
    BundleError,
    SecretLookup,
    SigningKey,
    read_bundle,
    write_reply_bundle,
)
from app.sync.protocol import PullResponse, PushResponse

ENROLLED_BEFORE_USB_KEYS = (
    "Máy gửi tệp này được đăng ký trước khi máy chủ dùng khóa cho tệp USB. Hãy cấp mã "
    "đăng ký mới (sotb-server enroll-code) và đăng ký lại máy ở trường; dữ liệu chưa gửi "
    "vẫn được giữ. Chưa có gì thay đổi."
)
MAX_REPLY_PAGES = 400  # a reply carries at most this many pull pages; the rest next time


@dataclass(frozen=True)
class ImportResult:
    reply: Path
    applied: int
    rejected: int
    already: int
    pulled: int
    resend_from: int | None = None  # the PC must send all again (a restored server)


def _signing_key(device: Device, key: bytes) -> bytes:
    assert device.bundle_key is not None
    return keys.unwrap(device.bundle_key, device.id, key)


def _lookup(session: Session, key: bytes) -> SecretLookup:
    def find(device_id: str) -> SigningKey | None:
        device = session.get(Device, device_id)
        if device is None or device.revoked_at is not None:
            return None
        if device.bundle_key is None:
            raise BundleError("unknown_device", ENROLLED_BEFORE_USB_KEYS)
        return SigningKey(_signing_key(device, key), device.school_id)

    return find


def import_bundle(session: Session, path: Path, out_dir: Path) -> ImportResult:
    """Apply a school's bundle and write its reply into ``out_dir``."""
    key = keys.server_key()
    bundle = read_bundle(path, _lookup(session, key), kind="changes")
    try:  # the range the network accepts, so a file is no way round it
        check_versions(bundle.manifest.schema_version, bundle.manifest.app_version)
    except UpgradeRequired as exc:
        raise BundleError("version", exc.message) from None
    device = session.get(Device, bundle.manifest.device_id)
    assert device is not None  # the lookup refused unknown and revoked devices
    acks: list[PushResponse] = []
    resend_from: int | None = None
    for request in bundle.push_requests():
        try:
            acks.append(push(session, device, request))
        except PushRefused as exc:
            session.rollback()
            if exc.code != "gap":
                raise ServiceError(exc.message) from None
            if exc.cursor >= bundle.manifest.push_cursor:
                raise ServiceError(
                    "Tệp này thiếu các thay đổi của một tệp trước chưa được nhập. "
                    "Hãy nhập tệp trước đó, hoặc xuất lại tệp mới ở trường."
                ) from None
            # The server holds less than it acknowledged to this PC (restored from a
            # backup): the reply asks the PC to send everything again.
            resend_from = exc.cursor
            break
    pages: list[PullResponse] = []
    since = cursor = bundle.manifest.pull_cursor
    while len(pages) < MAX_REPLY_PAGES:
        page = pull(session, device, cursor)
        pages.append(page)
        cursor = page.next_since
        if not page.has_more:
            break
    session.refresh(device)
    reply = write_reply_bundle(
        out_dir,
        device_id=device.id,
        school_id=device.school_id,
        key=_signing_key(device, key),
        since=since,
        pages=pages,
        acks=acks,
        push_cursor=device.cursor,
        resend_from=resend_from,
    )
    statuses = [r.status.value for a in acks for r in a.results]
    return ImportResult(
        reply=reply,
        applied=sum(s in ("applied", "conflict") for s in statuses),
        rejected=statuses.count("rejected"),
        already=statuses.count("already"),
        pulled=sum(len(p.changes) for p in pages),
        resend_from=resend_from,
    )
