"""Compressed request bodies: a pure-ASGI middleware that gunzips a body sent with
``Content-Encoding: gzip`` before FastAPI reads it.

The body is decompressed while it arrives, never beyond ``max_size`` bytes (zlib's
``max_length``), so a gzip bomb costs at most the cap in memory. A body over either cap
is answered 413, a damaged one 400, any other encoding 415; each with an ErrorBody and
before the application sees the request, so a refused request changes nothing. Bodies
without Content-Encoding pass through untouched (older clients send plain JSON).
"""

from __future__ import annotations

import logging
import zlib

import anyio.to_thread
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sync.protocol import ErrorBody, ErrorCode

log = logging.getLogger(__name__)

MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024
MAX_COMPRESSED_BYTES = 32 * 1024 * 1024
# Deflate expands at most ~1000x, so a chunk this small decompresses in a few ms on the
# event loop; larger chunks go to a worker thread so other requests are not held up.
INLINE_CHUNK_BYTES = 4 * 1024
GZIP_WBITS = 16 + zlib.MAX_WBITS  # gzip header and trailer, not raw deflate or zlib


class BodyTooLarge(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BodyCorrupt(Exception):
    pass


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n} byte"


def too_large_message(limit: int, *, packed: bool) -> str:
    what = "mỗi lần, ở dạng nén" if packed else "sau khi giải nén"
    return (
        f"Dữ liệu gửi lên quá lớn (máy chủ nhận tối đa {_size(limit)} {what}). "
        "Hãy cập nhật Sổ Thiết Bị lên bản mới nhất rồi đồng bộ lại; nếu vẫn lỗi, báo Phòng GD&ĐT."
    )


CORRUPT_MESSAGE = (
    "Dữ liệu nén gửi lên bị hỏng nên máy chủ không đọc được. Hãy đồng bộ lại; nếu vẫn lỗi, "
    "kiểm tra đường truyền mạng hoặc báo Phòng GD&ĐT. Dữ liệu trên máy vẫn được giữ nguyên."
)


def unsupported_message(encoding: str) -> str:
    return (
        f"Máy chủ không đọc được dữ liệu nén kiểu “{encoding[:40]}” (chỉ nhận gzip). "
        "Hãy cập nhật Sổ Thiết Bị lên bản mới nhất; nếu vẫn lỗi, báo Phòng GD&ĐT."
    )


class GunzipStream:
    """Incremental, bounded gunzip of one body (several gzip members are allowed)."""

    def __init__(self, max_size: int) -> None:
        self.max_size = max_size
        self.parts: list[bytes] = []
        self.size = 0
        self._inflater = zlib.decompressobj(GZIP_WBITS)
        self._in_member = False

    def feed(self, data: bytes) -> None:
        try:
            while data:
                self._in_member = True
                # One byte over the cap is enough to know the body is too large.
                out = self._inflater.decompress(data, self.max_size - self.size + 1)
                self.size += len(out)
                if self.size > self.max_size:
                    raise BodyTooLarge(too_large_message(self.max_size, packed=False))
                if out:
                    self.parts.append(out)
                if self._inflater.eof:  # end of a member: what follows is the next one
                    data = self._inflater.unused_data
                    self._inflater = zlib.decompressobj(GZIP_WBITS)
                    self._in_member = False
                else:
                    data = self._inflater.unconsumed_tail
        except zlib.error as exc:
            raise BodyCorrupt from exc

    def finish(self) -> bytes:
        if self._in_member:
            raise BodyCorrupt  # cut short inside a member
        return b"".join(self.parts)


class GzipRequestMiddleware:
    """Gunzips ``Content-Encoding: gzip`` request bodies within the size caps."""

    def __init__(
        self,
        app: ASGIApp,
        max_size: int = MAX_DECOMPRESSED_BYTES,
        max_compressed_size: int = MAX_COMPRESSED_BYTES,
    ) -> None:
        self.app = app
        self.max_size = max_size
        self.max_compressed_size = max_compressed_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "").strip().lower()
        if encoding in ("", "identity"):
            await self.app(scope, receive, send)
            return
        if encoding != "gzip":
            await _refuse(415, unsupported_message(encoding), scope, receive, send)
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_compressed_size:
            message = too_large_message(self.max_compressed_size, packed=True)
            await _refuse(413, message, scope, receive, send)
            return
        try:
            body = await self._read_body(receive)
        except BodyTooLarge as exc:
            await _refuse(413, exc.message, scope, receive, send)
            return
        except BodyCorrupt:
            await _refuse(400, CORRUPT_MESSAGE, scope, receive, send)
            return
        if body is None:  # the client went away while sending
            return
        raw = [
            (k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")
        ]
        raw.append((b"content-length", str(len(body)).encode("ascii")))
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # e.g. http.disconnect

        await self.app({**scope, "headers": raw}, replay, send)

    async def _read_body(self, receive: Receive) -> bytes | None:
        stream = GunzipStream(self.max_size)
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk: bytes = message.get("body", b"")
            received += len(chunk)
            if received > self.max_compressed_size:
                raise BodyTooLarge(too_large_message(self.max_compressed_size, packed=True))
            if len(chunk) > INLINE_CHUNK_BYTES:
                await anyio.to_thread.run_sync(stream.feed, chunk)
            elif chunk:
                stream.feed(chunk)
            if not message.get("more_body", False):
                break
        if received == 0:
            return b""  # no body at all: nothing to decompress
        return stream.finish()


async def _refuse(status: int, message: str, scope: Scope, receive: Receive, send: Send) -> None:
    log.warning("refused a request body on %s (%d): %s", scope.get("path", "?"), status, message)
    body = ErrorBody(code=ErrorCode.BAD_REQUEST, message=message)
    # The rest of the body is not read: close the connection rather than drain it.
    response = JSONResponse(
        body.model_dump(mode="json"), status_code=status, headers={"Connection": "close"}
    )
    await response(scope, receive, send)
