"""USB bundles: the same batches as the network sync, carried as a signed zip file.

A school's bundle (kind "changes") holds everything the district has not yet
acknowledged, in parts of at most MAX_BATCH changes; each part is imported on the
server as one push batch with the same batch id the network would use. The district's
reply bundle (kind "reply") carries the answers to those batches ("acks" parts, one
PushResponse a line) and the pull pages for the school ("changes" parts, one
PulledChange a line, each part one page).

Layout::

    manifest.json          format, kind, device, school, schema and app version,
                           seq range, cursors, created time, every part's sha256,
                           and an HMAC-SHA256 signature over the rest of the manifest
    acks-0001.jsonl        (reply only)
    changes-0001.jsonl ...

Sequence ranges, ``seq_from``..``seq_to``:

- "changes": device seqs, inclusive, like PushRequest.first_seq/last_seq
  (``seq_from`` is the acknowledged cursor + 1; parts follow each other without gaps);
- "reply": server seqs, ``(seq_from, seq_to]`` = (since, next_since] of the pages
  (each part's ``seq_from`` is the previous part's ``seq_to``).

The signing key is ``bundle_key(device_secret)``, an HMAC of the secret: not the hash
the server keeps to check requests, so a copy of the server's database cannot sign a
bundle. The server keeps the key wrapped by its key file (app/server/keys.py). Format 1
signed with the hash itself and is refused. Reading checks
everything before anything is applied; a bad file raises BundleError with a
Vietnamese message and the caller changes nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select

from app import __version__
from app.models import School
from app.services.errors import ServiceError
from app.services.register import Register
from app.sync import state
from app.sync.apply import GAP, ApplyError, ApplyResult, apply_page
from app.sync.enrollment import resend_everything
from app.sync.outbox_reader import acknowledge, batch_id, first_seq_of, pending_entries, to_change
from app.sync.protocol import (
    MAX_BATCH,
    PROTOCOL_VERSION,
    Change,
    PulledChange,
    PullResponse,
    PushRequest,
    PushResponse,
)

FORMAT = "sotb-bundle"
FORMAT_VERSION = 2  # 2: signed with bundle_key's HMAC of the secret
SUPPORTED_FORMAT_VERSIONS = frozenset({2})
MANIFEST = "manifest.json"
_PART_NAME = re.compile(r"^(changes|acks)-(\d{4,6})\.jsonl$")

# Limits against damaged files and zip bombs (module constants: tests lower them).
MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # the zip file itself
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024  # one part, uncompressed
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024  # all parts, uncompressed
MAX_PARTS = 5000
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB
MAX_REPLY_PAGE = 5000  # changes in one reply page

Kind = Literal["changes", "reply"]

CORRUPT = (
    "Tệp đồng bộ bị hỏng hoặc không đầy đủ (có thể chép chưa xong hoặc USB bị rút khi đang "
    "ghi). Hãy chép lại tệp từ máy đã tạo ra nó rồi nhập lại. Chưa có gì thay đổi."
)
TAMPERED = (
    "Tệp đồng bộ đã bị sửa đổi sau khi được tạo (chữ ký không khớp), nên không thể nhập. "
    "Hãy tạo lại tệp ở máy gửi. Chưa có gì thay đổi."
)
WRONG_SCHOOL = (
    "Tệp đồng bộ này là của trường khác, không phải của trường này. "
    "Hãy kiểm tra lại tệp. Chưa có gì thay đổi."
)
UNKNOWN_DEVICE = (
    "Tệp đồng bộ được tạo bởi một máy không được đăng ký với sổ này "
    "(hoặc máy đã bị thu hồi), nên không thể nhập. Chưa có gì thay đổi."
)
TOO_LARGE = (
    "Tệp đồng bộ quá lớn hoặc có nội dung bất thường, không thể nhập. "
    "Hãy kiểm tra lại tệp. Chưa có gì thay đổi."
)
_VERSION = (
    "Tệp đồng bộ được tạo bởi phiên bản khác của phần mềm ({detail}). Hãy cập nhật Sổ Thiết "
    "Bị lên phiên bản mới nhất ở cả hai nơi rồi nhập lại. Chưa có gì thay đổi."
)
_KINDS = {"changes": "tệp dữ liệu gửi lên Phòng GD&ĐT", "reply": "tệp trả lời của Phòng GD&ĐT"}


class BundleError(ServiceError):
    """A bundle that cannot be read or trusted. ``code`` says why, for programs:
    corrupt, tampered, wrong_school, unknown_device, version, too_large, wrong_kind."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class SigningKey:
    """The key that signs a device's bundles, and the school that device belongs to
    (when set, a bundle naming another school is refused)."""

    key: bytes
    school_id: str | None = None


SecretLookup = Callable[[str], SigningKey | None]


def bundle_key(device_secret: str) -> bytes:
    return hmac.new(device_secret.encode("utf-8"), b"sotb-bundle-key", hashlib.sha256).digest()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PartInfo(_Strict):
    name: str
    content: Literal["changes", "acks"]
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)
    count: int = Field(ge=0)
    seq_from: int = Field(ge=0)
    seq_to: int = Field(ge=0)


class Manifest(_Strict):
    format: Literal["sotb-bundle"]
    format_version: int
    kind: Kind
    protocol_version: int
    device_id: str = Field(min_length=1, max_length=64)
    school_id: str = Field(min_length=1, max_length=36)
    schema_version: str
    app_version: str
    created_at: datetime
    seq_from: int = Field(ge=0)
    seq_to: int = Field(ge=0)
    pull_cursor: int = Field(ge=0)
    push_cursor: int = Field(ge=0)
    change_count: int = Field(ge=0)
    has_more: bool = False
    # A reply to a bundle the server could not take because it holds less than it had
    # acknowledged (restored from a backup): the PC sends all again from this cursor.
    resend_from: int | None = Field(default=None, ge=0)
    parts: list[PartInfo]


@dataclass(frozen=True)
class Bundle:
    path: Path
    manifest: Manifest
    batches: list[tuple[PartInfo, list[Change]]] = field(default_factory=list)
    pages: list[tuple[PartInfo, list[PulledChange]]] = field(default_factory=list)
    acks: list[PushResponse] = field(default_factory=list)

    def push_requests(self) -> list[PushRequest]:
        """The parts of a "changes" bundle as the push batches the network would send."""
        m = self.manifest
        return [
            PushRequest(
                device_id=m.device_id,
                batch_id=batch_id(m.device_id, part.seq_from, part.seq_to),
                first_seq=part.seq_from,
                last_seq=part.seq_to,
                schema_version=m.schema_version,
                app_version=m.app_version,
                changes=changes,
                pull_cursor=m.pull_cursor,
            )
            for part, changes in self.batches
        ]

    def pull_pages(self) -> list[tuple[int, PullResponse]]:
        """The pages of a reply bundle as (since, page)."""
        last = len(self.pages) - 1
        return [
            (
                part.seq_from,
                PullResponse(
                    changes=changes,
                    next_since=part.seq_to,
                    has_more=i < last or self.manifest.has_more,
                    server_time=self.manifest.created_at,
                ),
            )
            for i, (part, changes) in enumerate(self.pages)
        ]


# -- writing --------------------------------------------------------------------------


def _canonical(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def sign(manifest: dict[str, Any], key: bytes) -> str:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return hmac.new(key, _canonical(body), hashlib.sha256).hexdigest()


def _part(
    name: str, content: str, lines: list[str], seq_from: int, seq_to: int
) -> tuple[PartInfo, bytes]:
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    info = PartInfo(
        name=name,
        content=content,  # type: ignore[arg-type]
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        count=len(lines),
        seq_from=seq_from,
        seq_to=seq_to,
    )
    return info, data


def _write_zip(
    folder: Path, name: str, header: dict[str, Any], parts: list[tuple[PartInfo, bytes]], key: bytes
) -> Path:
    manifest = {**header, "parts": [p.model_dump(mode="json") for p, _ in parts]}
    manifest["signature"] = sign(manifest, key)
    folder.mkdir(parents=True, exist_ok=True)
    target = _unused(folder / name)
    temporary = target.with_name(target.name + ".tmp")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for info, data in parts:
            zf.writestr(info.name, data)
    with temporary.open("rb+") as f:  # on the stick before it has its real name
        os.fsync(f.fileno())
    os.replace(temporary, target)
    return target


def _unused(path: Path) -> Path:
    """``path``, or ``name-2.zip``, ``name-3.zip``, ... if taken: two files written in
    the same second must not replace one another."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "", text)[:20] or "truong"


def write_bundle(
    path_dir: Path,
    reg: Register,
    *,
    app_version: str = __version__,
    now: datetime | None = None,
    name: str | None = None,
) -> Path:
    """Write this school's bundle of every change the district has not acknowledged
    into ``path_dir``; returns the file. The outbox is left as it is: entries leave it
    when the district's reply (or a network sync) acknowledges them."""
    now = now or datetime.now(UTC)
    with reg.read() as s:
        device = state.device_id(s)
        key = bundle_key(state.device_secret(s))
        acknowledged = state.push_cursor(s)
        pulled = state.pull_cursor(s)
        entries = pending_entries(s)
        school = s.scalar(select(School).where(School.id == reg.school_id))
    seq_from = first_seq_of(acknowledged, entries)
    parts: list[tuple[PartInfo, bytes]] = []
    start = seq_from
    for i in range(0, len(entries), MAX_BATCH):
        chunk = entries[i : i + MAX_BATCH]
        lines = [to_change(e).model_dump_json() for e in chunk]
        end = chunk[-1].device_seq
        parts.append(_part(f"changes-{len(parts) + 1:04d}.jsonl", "changes", lines, start, end))
        start = end + 1
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": "changes",
        "protocol_version": PROTOCOL_VERSION,
        "device_id": device,
        "school_id": reg.school_id,
        "schema_version": state.schema_version(),
        "app_version": app_version,
        "created_at": now.astimezone(UTC).isoformat(),
        "seq_from": seq_from,
        "seq_to": entries[-1].device_seq if entries else seq_from - 1,
        "pull_cursor": pulled,
        "push_cursor": acknowledged,
        "change_count": len(entries),
        "has_more": False,
    }
    code = _safe(school.code if school is not None else "")
    return _write_zip(Path(path_dir), name or f"sotb-{code}-{_stamp(now)}.zip", header, parts, key)


def write_reply_bundle(
    path_dir: Path,
    *,
    device_id: str,
    school_id: str,
    key: bytes,
    since: int,
    pages: list[PullResponse],
    acks: list[PushResponse] | None = None,
    push_cursor: int = 0,
    schema_version: str | None = None,
    app_version: str = __version__,
    now: datetime | None = None,
    name: str | None = None,
    resend_from: int | None = None,
) -> Path:
    """The district's reply for one device: answers to its batches and pull pages.

    ``pages`` were pulled one after the other starting at ``since``; ``key`` is the
    device's signing key (``bundle_key_from_hash`` of the hash the server keeps).
    """
    now = now or datetime.now(UTC)
    parts: list[tuple[PartInfo, bytes]] = []
    answers = acks or []
    if answers:
        lines = [a.model_dump_json() for a in answers]
        parts.append(_part("acks-0001.jsonl", "acks", lines, 0, 0))
    cursor = since
    for i, page in enumerate(pages):
        lines = [c.model_dump_json() for c in page.changes]
        parts.append(_part(f"changes-{i + 1:04d}.jsonl", "changes", lines, cursor, page.next_since))
        cursor = page.next_since
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": "reply",
        "protocol_version": PROTOCOL_VERSION,
        "device_id": device_id,
        "school_id": school_id,
        "schema_version": schema_version or state.schema_version(),
        "app_version": app_version,
        "created_at": now.astimezone(UTC).isoformat(),
        "seq_from": since,
        "seq_to": cursor,
        "pull_cursor": cursor,
        "push_cursor": push_cursor,
        "change_count": sum(len(p.changes) for p in pages),
        "has_more": bool(pages and pages[-1].has_more),
        "resend_from": resend_from,
    }
    filename = name or f"sotb-tra-loi-{_safe(device_id[:8])}-{_stamp(now)}.zip"
    return _write_zip(Path(path_dir), filename, header, parts, key)


# -- reading --------------------------------------------------------------------------


def _version_error(detail: str) -> BundleError:
    return BundleError("version", _VERSION.format(detail=detail))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise BundleError("too_large", TOO_LARGE)
    with zf.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise BundleError("too_large", TOO_LARGE)
    return data


def _check_members(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    if len(infos) > MAX_PARTS + 1:
        raise BundleError("too_large", TOO_LARGE)
    for info in infos:
        name = info.filename
        if name in members or (name != MANIFEST and not _PART_NAME.match(name)):
            raise BundleError("corrupt", CORRUPT)  # unexpected, duplicated, or a path
        if info.flag_bits & 0x1:
            raise BundleError("corrupt", CORRUPT)  # encrypted
        limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_PART_BYTES
        big = info.file_size > 1024 * 1024
        if info.file_size > limit or (big and info.file_size > MAX_RATIO * info.compress_size):
            raise BundleError("too_large", TOO_LARGE)
        total += info.file_size
        members[name] = info
    if total > MAX_TOTAL_BYTES:
        raise BundleError("too_large", TOO_LARGE)
    if MANIFEST not in members:
        raise BundleError("corrupt", CORRUPT)
    return members


def _known_schema(version: str) -> bool:
    from alembic.script import ScriptDirectory

    from app.models.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return any(s.revision == version for s in script.walk_revisions())


def _verified_manifest(
    raw: bytes, lookup: SecretLookup, kind: Kind | None, school_id: str | None
) -> Manifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError("corrupt", CORRUPT) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError("corrupt", CORRUPT)
    version = data.get("format_version")
    if not isinstance(version, int) or version not in SUPPORTED_FORMAT_VERSIONS:
        raise _version_error(
            f"định dạng tệp {version!r}, phần mềm này đọc định dạng {FORMAT_VERSION}"
        )
    signature = data.get("signature")
    device = data.get("device_id")
    if not isinstance(signature, str) or not isinstance(device, str):
        raise BundleError("corrupt", CORRUPT)
    signing = lookup(device)
    if signing is None:
        raise BundleError("unknown_device", UNKNOWN_DEVICE)
    if not hmac.compare_digest(sign(data, signing.key), signature):
        raise BundleError("tampered", TAMPERED)
    data.pop("signature")
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        raise BundleError("corrupt", CORRUPT) from exc
    expected_school = school_id or signing.school_id
    if expected_school is not None and manifest.school_id != expected_school:
        raise BundleError("wrong_school", WRONG_SCHOOL)
    if kind is not None and manifest.kind != kind:
        raise BundleError(
            "wrong_kind",
            f"Đây là {_KINDS[manifest.kind]}, không phải {_KINDS[kind]}. "
            "Hãy chọn đúng tệp. Chưa có gì thay đổi.",
        )
    if not _known_schema(manifest.schema_version):
        raise _version_error(f"cấu trúc sổ {manifest.schema_version} chưa biết")
    return manifest


def _lines(data: bytes) -> list[str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError("corrupt", CORRUPT) from exc
    return [line for line in text.split("\n") if line]


def _check_ranges(manifest: Manifest, parts: list[PartInfo], seqs: list[list[int]]) -> None:
    """Parts follow each other without gaps and every seq lies in its part's range."""
    bad = BundleError("corrupt", CORRUPT)
    if sum(len(s) for s in seqs) != manifest.change_count:
        raise bad
    flat = [seq for part in seqs for seq in part]
    if any(b <= a for a, b in zip(flat, flat[1:], strict=False)):
        raise bad
    if manifest.kind == "changes":
        expected = manifest.seq_from
        for part, part_seqs in zip(parts, seqs, strict=True):
            if part.seq_from != expected or not part_seqs or part.count > MAX_BATCH:
                raise bad
            if part_seqs[0] < part.seq_from or part_seqs[-1] != part.seq_to:
                raise bad
            expected = part.seq_to + 1
        if manifest.seq_to != expected - 1:
            raise bad
    else:
        cursor = manifest.seq_from
        for part, part_seqs in zip(parts, seqs, strict=True):
            if part.seq_from != cursor or part.seq_to < part.seq_from:
                raise bad
            if part.count > MAX_REPLY_PAGE:
                raise bad
            if part_seqs and (part_seqs[0] <= part.seq_from or part_seqs[-1] > part.seq_to):
                raise bad
            cursor = part.seq_to
        if manifest.seq_to != cursor or manifest.pull_cursor != cursor:
            raise bad


def read_bundle(
    path: Path,
    secret_lookup: SecretLookup,
    *,
    kind: Kind | None = None,
    school_id: str | None = None,
) -> Bundle:
    """Read and verify a bundle: readable zip, expected members only, sizes within
    limits, known format, valid signature, the expected school, every part's sha256,
    and unbroken seq ranges. Raises BundleError; nothing is applied here.

    ``secret_lookup(device_id)`` gives the signing key of the device named in the
    manifest (None: unknown or revoked device).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError("corrupt", CORRUPT) from exc
    if size > MAX_BUNDLE_BYTES:
        raise BundleError("too_large", TOO_LARGE)
    try:
        with zipfile.ZipFile(path) as zf:
            members = _check_members(zf.infolist())
            raw = _read_member(zf, members[MANIFEST], MAX_MANIFEST_BYTES)
            manifest = _verified_manifest(raw, secret_lookup, kind, school_id)
            listed = [p.name for p in manifest.parts]
            if len(set(listed)) != len(listed) or set(listed) != set(members) - {MANIFEST}:
                raise BundleError("corrupt", CORRUPT)
            contents: list[tuple[PartInfo, bytes]] = []
            for part in manifest.parts:
                data = _read_member(zf, members[part.name], MAX_PART_BYTES)
                if len(data) != part.size or hashlib.sha256(data).hexdigest() != part.sha256:
                    raise BundleError("tampered", TAMPERED)
                contents.append((part, data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise BundleError("corrupt", CORRUPT) from exc
    except (RuntimeError, NotImplementedError) as exc:  # encrypted / unknown compression
        raise BundleError("corrupt", CORRUPT) from exc
    return _parse(path, manifest, contents)


def _parse(path: Path, manifest: Manifest, contents: list[tuple[PartInfo, bytes]]) -> Bundle:
    acks: list[PushResponse] = []
    batches: list[tuple[PartInfo, list[Change]]] = []
    pages: list[tuple[PartInfo, list[PulledChange]]] = []
    try:
        for part, data in contents:
            lines = _lines(data)
            if len(lines) != part.count:
                raise BundleError("corrupt", CORRUPT)
            if part.content == "acks":
                if manifest.kind != "reply":
                    raise BundleError("corrupt", CORRUPT)
                acks.extend(PushResponse.model_validate_json(line) for line in lines)
            elif manifest.kind == "changes":
                batches.append((part, [Change.model_validate_json(line) for line in lines]))
            else:
                pages.append((part, [PulledChange.model_validate_json(line) for line in lines]))
    except ValidationError as exc:
        raise BundleError("corrupt", CORRUPT) from exc
    if manifest.kind == "changes":
        _check_ranges(
            manifest, [p for p, _ in batches], [[c.device_seq for c in cs] for _, cs in batches]
        )
    else:
        _check_ranges(
            manifest, [p for p, _ in pages], [[c.server_seq for c in cs] for _, cs in pages]
        )
    return Bundle(path=path, manifest=manifest, batches=batches, pages=pages, acks=acks)


# -- the school's side of a reply -----------------------------------------------------


def own_key_lookup(reg: Register) -> SecretLookup:
    """Accepts only bundles signed for this PC's device, of this register's school."""
    with reg.read() as s:
        device = state.device_id(s)
        key = bundle_key(state.device_secret(s))
    school = reg.school_id

    def lookup(device_id: str) -> SigningKey | None:
        return SigningKey(key, school) if hmac.compare_digest(device_id, device) else None

    return lookup


def read_reply_bundle(path: Path, reg: Register) -> Bundle:
    return read_bundle(path, own_key_lookup(reg), kind="reply", school_id=reg.school_id)


def import_reply(reg: Register, bundle: Bundle) -> ApplyResult:
    """Take a verified reply: acknowledge the answered batches, then apply the pages in
    order (each page with its cursor in one transaction). Importing the same reply
    again, an older one, or one after a network sync changes nothing."""
    if bundle.manifest.kind != "reply":
        raise BundleError("wrong_kind", f"Đây là {_KINDS[bundle.manifest.kind]}.")
    total = ApplyResult()
    with reg.read() as s:
        total.cursor = state.pull_cursor(s)
    pages = bundle.pull_pages()
    if pages and pages[0][0] > total.cursor:
        raise ApplyError(GAP)  # before anything is taken
    for response in bundle.acks:
        acknowledge(reg, response)
    for since, page in pages:
        if page.next_since <= total.cursor and all(
            c.server_seq <= total.cursor for c in page.changes
        ):
            total.skipped += len(page.changes)
            continue  # an older reply, or already pulled over the network
        result = apply_page(reg, page, since=since)
        total.applied += result.applied
        total.skipped += result.skipped
        total.conflicts += result.conflicts
        total.missing.extend(result.missing)
        total.cursor = result.cursor
    lost_at = bundle.manifest.resend_from
    with reg.read() as s:
        acknowledged = state.push_cursor(s)
    if lost_at is not None and lost_at < acknowledged:
        total.resent = resend_everything(reg, lost_at)
    return total
