"""The server's own key, kept in a file outside the database, and the devices' USB
bundle keys wrapped with it.

A device signs its bundles with a key derived from its secret (``bundle_key``). The
server must hold that key to check them, but the database keeps only what is useless
alone: the key XORed with a pad derived from the server key, and a tag that tells
whether a key file is the one it was wrapped with. A copy of the database (a leaked
backup) therefore cannot sign a bundle; the key file must travel with it. Every worker
reads the same file; back it up apart from the database.

Only ``sotb-server serve`` makes the file (``ensure_server_key``): an admin command run
from another folder must not quietly make a second key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from app.services.errors import ServiceError

KEY_FILE_ENV = "SOTB_SERVER_KEY_FILE"
DEFAULT_KEY_FILE = "sotb-server.key"  # beside the trial database (sotb-server.sqlite)
KEY_BYTES = 32
TAG_BYTES = 16

NO_KEY_FILE = (
    "Không tìm thấy tệp khóa của máy chủ ({path}). Hãy chạy lệnh với --key-file chỉ tới "
    "tệp khóa mà máy chủ đang dùng (tệp này được tạo khi chạy sotb-server serve lần đầu)."
)
WRONG_KEY_FILE = (
    "Tệp khóa {path} không phải tệp khóa đã dùng khi đăng ký máy này. Hãy dùng đúng tệp "
    "khóa của máy chủ (--key-file), hoặc, nếu đã mất, cho máy ở trường đăng ký lại. "
    "Chưa có gì thay đổi."
)


def key_file() -> Path:
    return Path(os.environ.get(KEY_FILE_ENV) or DEFAULT_KEY_FILE).resolve()


def ensure_server_key() -> Path:
    """Make the key file if there is none: written to a temporary file, flushed to disk
    and renamed, so a power cut leaves either no file or a whole one."""
    path = key_file()
    if path.exists():
        server_key()  # a damaged file is said now, not at the first USB file
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(secrets.token_hex(KEY_BYTES) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
    if hasattr(os, "O_DIRECTORY"):  # POSIX: the rename itself reaches the disk
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return path


def server_key() -> bytes:
    """The server key; a clear ServiceError when the file is missing or damaged."""
    path = key_file()
    try:
        text = path.read_text("ascii").strip()
    except FileNotFoundError:
        raise ServiceError(NO_KEY_FILE.format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ServiceError(f"Không đọc được tệp khóa {path}: {exc}") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise ServiceError(f"Tệp {path} không phải tệp khóa của máy chủ (64 chữ số hex).")
    return key


def _pad(key: bytes, device_id: str) -> bytes:
    return hmac.new(key, b"sotb-bundle-key:" + device_id.encode("ascii"), hashlib.sha256).digest()


def _tag(key: bytes, device_id: str, masked: bytes) -> bytes:
    message = b"sotb-bundle-tag:" + device_id.encode("ascii") + masked
    return hmac.new(key, message, hashlib.sha256).digest()[:TAG_BYTES]


def _xor(data: bytes, pad: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, pad, strict=True))


def wrap(bundle_key: bytes, device_id: str, key: bytes) -> str:
    """What the database keeps of a device's bundle key (hex: masked key, then tag)."""
    masked = _xor(bundle_key, _pad(key, device_id))
    return (masked + _tag(key, device_id, masked)).hex()


def unwrap(wrapped: str, device_id: str, key: bytes) -> bytes:
    """The device's bundle key; a clear ServiceError when ``key`` is not the key file it
    was wrapped with."""
    raw = bytes.fromhex(wrapped)
    masked, tag = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if not hmac.compare_digest(tag, _tag(key, device_id, masked)):
        raise ServiceError(WRONG_KEY_FILE.format(path=key_file()))
    return _xor(masked, _pad(key, device_id))
