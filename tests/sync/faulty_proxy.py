"""A small fault-injecting HTTP/1.1 proxy on 127.0.0.1, for the sync fault tests.

It sits between a school's PC and the district server and forwards one HTTP request
at a time. Each request is matched against a script of ``Fault`` rules (method, path
prefix, how many times); the first rule that matches and has uses left decides what
happens to that request:

- ``PASS``: forwarded both ways (also what happens when no rule matches);
- ``DELAY``: wait ``delay`` seconds, then forward (still forwarded if the client gave
  up meanwhile: the server commits, the answer goes nowhere);
- ``DROP_RESPONSE``: the whole request reaches the server and its whole answer is read,
  then the client's connection is closed without a byte of it (server committed,
  client sees a dropped connection);
- ``CUT_REQUEST``: only the first ``fraction`` of the request's bytes reach the server,
  then both connections are closed;
- ``CUT_RESPONSE``: the request is forwarded and the answer read in full, then only its
  first ``fraction`` of bytes reach the client before the connection is closed;
- ``RESET``: the connection is closed before anything is forwarded.

A rule's ``hook`` is called once the request went to the server (before its answer is
read): the fault tests kill the server there. Everything seen is kept in ``log``.

Only loopback addresses are used; every socket has a timeout and the accept loop
checks a stop flag, so the proxy always stops by itself (``stop()`` or the ``with``
block's end).
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

LOOPBACK = "127.0.0.1"
SOCKET_TIMEOUT = 15.0
MAX_HEADER_BYTES = 64 * 1024


class Action(StrEnum):
    PASS = "pass"
    DELAY = "delay"
    DROP_RESPONSE = "drop_response"
    CUT_REQUEST = "cut_request"
    CUT_RESPONSE = "cut_response"
    RESET = "reset"


@dataclass
class Fault:
    action: Action
    method: str | None = None  # None: any method
    path: str | None = None  # a prefix of the request path (query included); None: any
    times: int = 1  # uses left
    delay: float = 0.0  # DELAY: seconds
    fraction: float = 0.5  # CUT_*: share of the bytes that get through
    hook: Callable[[], None] | None = None  # called after the request was forwarded

    def matches(self, method: str, path: str) -> bool:
        return (
            self.times > 0
            and (self.method is None or self.method == method)
            and (self.path is None or path.startswith(self.path))
        )


@dataclass
class Seen:
    """One request the proxy handled."""

    method: str
    path: str
    body: bytes  # as the server reads it: gunzipped when sent with Content-Encoding: gzip
    action: Action
    status: int | None = None  # the server's answer, when one was read
    delivered: bool = False  # the whole answer was handed to the client's socket


class ProxyError(Exception):
    pass


class _Reader:
    """Buffered reads of HTTP messages from a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""

    def _fill(self) -> bool:
        chunk = self.sock.recv(65536)
        if not chunk:
            return False
        self.buf += chunk
        return True

    def head(self) -> bytes | None:
        """Start line and headers up to the blank line; None at a clean end of stream."""
        while b"\r\n\r\n" not in self.buf:
            if len(self.buf) > MAX_HEADER_BYTES:
                raise ProxyError("header too long")
            if not self._fill():
                if self.buf:
                    raise ProxyError("stream ended inside a header")
                return None
        end = self.buf.index(b"\r\n\r\n") + 4
        head, self.buf = self.buf[:end], self.buf[end:]
        return head

    def exactly(self, n: int) -> bytes:
        while len(self.buf) < n:
            if not self._fill():
                raise ProxyError("stream ended inside a body")
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def line(self) -> bytes:
        while b"\r\n" not in self.buf:
            if not self._fill():
                raise ProxyError("stream ended inside a chunk")
        end = self.buf.index(b"\r\n") + 2
        data, self.buf = self.buf[:end], self.buf[end:]
        return data

    def until_close(self) -> bytes:
        while self._fill():
            pass
        data, self.buf = self.buf, b""
        return data


def _headers(head: bytes) -> tuple[str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return lines[0], headers


def _readable(body: bytes, headers: dict[str, str]) -> bytes:
    """The body the tests look into: push bodies travel gzipped."""
    if headers.get("content-encoding", "").strip().lower() == "gzip" and body:
        return gzip.decompress(body)
    return body


def _body(reader: _Reader, headers: dict[str, str], *, response: bool) -> tuple[bytes, bool]:
    """The raw body bytes as they came (chunked kept chunked), and whether the
    connection ends with this message."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raw = b""
        while True:
            size_line = reader.line()
            raw += size_line
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while True:  # trailers, then the blank line
                    trailer = reader.line()
                    raw += trailer
                    if trailer == b"\r\n":
                        return raw, False
            raw += reader.exactly(size + 2)
    if "content-length" in headers:
        return reader.exactly(int(headers["content-length"])), False
    if response:
        return reader.until_close(), True
    return b"", False


class FaultyProxy:
    """``with FaultyProxy(upstream_port) as proxy: ... proxy.url ...``"""

    def __init__(self, upstream_port: int, upstream_host: str = LOOPBACK) -> None:
        if upstream_host not in (LOOPBACK, "localhost"):
            raise ValueError("the fault proxy only talks to loopback addresses")
        self.upstream = (LOOPBACK, upstream_port)
        self.rules: list[Fault] = []
        self.log: list[Seen] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: set[socket.socket] = set()
        self._busy = 0
        self._listener = socket.create_server((LOOPBACK, 0))
        self._listener.settimeout(0.1)
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://{LOOPBACK}:{self.port}"
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    # -- script ---------------------------------------------------------------------------

    def add(self, action: Action, **kw: object) -> Fault:
        rule = Fault(action, **kw)  # type: ignore[arg-type]
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        with self._lock:
            return [
                s
                for s in self.log
                if (method is None or s.method == method)
                and (path is None or s.path.startswith(path))
            ]

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Until no request is being handled (a delayed one finishes in the background)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self._busy == 0:
                    return
            time.sleep(0.01)
        raise TimeoutError("the proxy is still handling a request")

    def _pick(self, method: str, path: str) -> Fault:
        with self._lock:
            for rule in self.rules:
                if rule.matches(method, path):
                    rule.times -= 1
                    return rule
        return Fault(Action.PASS, times=0)

    # -- life -------------------------------------------------------------------------------

    def start(self) -> FaultyProxy:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._acceptor.join(timeout=5)
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    def __enter__(self) -> FaultyProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    def _track(self, sock: socket.socket) -> socket.socket:
        sock.settimeout(SOCKET_TIMEOUT)
        with self._lock:
            self._sockets.add(sock)
        return sock

    def _close(self, *socks: socket.socket | None) -> None:
        for sock in socks:
            if sock is None:
                continue
            with self._lock:
                self._sockets.discard(sock)
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    # -- one client connection -----------------------------------------------------------

    def _serve(self, client: socket.socket) -> None:
        self._track(client)
        upstream: socket.socket | None = None
        try:
            reader = _Reader(client)
            up_reader: _Reader | None = None
            while not self._stop.is_set():
                head = reader.head()
                if head is None:
                    return
                with self._lock:
                    self._busy += 1
                try:
                    start, headers = _headers(head)
                    body, _ = _body(reader, headers, response=False)
                    method, path = (start.split(" ") + ["", ""])[:2]
                    rule = self._pick(method, path)
                    seen = Seen(method, path, _readable(body, headers), rule.action)
                    with self._lock:
                        self.log.append(seen)
                    if rule.action == Action.RESET:
                        return
                    if rule.action == Action.DELAY:
                        time.sleep(rule.delay)
                    if upstream is None:
                        try:
                            upstream = self._track(socket.create_connection(self.upstream, 5.0))
                        except OSError:
                            return  # the server is down: the client sees a dropped line
                        up_reader = _Reader(upstream)
                    assert up_reader is not None
                    request = head + body
                    if rule.action == Action.CUT_REQUEST:
                        upstream.sendall(request[: int(len(request) * rule.fraction)])
                        time.sleep(0.05)  # let the server see the partial request first
                        return
                    upstream.sendall(request)
                    if rule.hook is not None:
                        rule.hook()
                    answer_head = up_reader.head()
                    if answer_head is None:
                        return
                    status_line, answer_headers = _headers(answer_head)
                    answer_body, ends = _body(up_reader, answer_headers, response=True)
                    seen.status = int(status_line.split(" ")[1])
                    answer = answer_head + answer_body
                    if rule.action == Action.DROP_RESPONSE:
                        return
                    if rule.action == Action.CUT_RESPONSE:
                        client.sendall(answer[: int(len(answer) * rule.fraction)])
                        return
                    try:
                        client.sendall(answer)
                    except OSError:
                        return  # the client gave up (a DELAY past its timeout)
                    seen.delivered = True
                    closing = "close" in answer_headers.get("connection", "").lower()
                    if ends or closing or "close" in headers.get("connection", "").lower():
                        return
                finally:
                    with self._lock:
                        self._busy -= 1
        except (OSError, ProxyError, ValueError, IndexError):
            return
        finally:
            self._close(client, upstream)
