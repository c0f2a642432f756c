"""The server's own key, kept in a file outside the database, and the devices' USB
bundle keys wrapped with it.

A device signs its bundles with a key derived from its secret (``bundle_key``). The
server must hold that key to check them, but the database keeps only what is useless
alone: the key XORed with a pad derived from the server key. A copy of the database
(a leaked backup) therefore cannot sign a bundle; the key file must travel with it.
Every worker reads the same file; back it up apart from the database.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_FILE_ENV = "SOTB_SERVER_KEY_FILE"
DEFAULT_KEY_FILE = "sotb-server.key"  # beside the trial database (sotb-server.sqlite)
KEY_BYTES = 32


def key_file() -> Path:
    return Path(os.environ.get(KEY_FILE_ENV) or DEFAULT_KEY_FILE)


def server_key() -> bytes:
    """The server key, made (readable by its owner only) the first time it is asked for."""
    path = key_file()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass  # made before, or by another worker a moment ago
    else:
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_hex(KEY_BYTES) + "\n")
    for _ in range(50):  # another worker may be writing it this instant
        text = path.read_text("ascii").strip()
        if len(text) == 2 * KEY_BYTES:
            return bytes.fromhex(text)
    raise RuntimeError(f"{path} is not a server key (64 hex digits)")


def _pad(key: bytes, device_id: str) -> bytes:
    return hmac.new(key, b"sotb-bundle-key:" + device_id.encode("ascii"), hashlib.sha256).digest()


def wrap(bundle_key: bytes, device_id: str, key: bytes) -> str:
    """What the database keeps of a device's bundle key (hex)."""
    return bytes(a ^ b for a, b in zip(bundle_key, _pad(key, device_id), strict=True)).hex()


def unwrap(wrapped: str, device_id: str, key: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(bytes.fromhex(wrapped), _pad(key, device_id), strict=True))
