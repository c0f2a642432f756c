"""The network side of sync: enroll once, then push the outbox and pull the district's
changes whenever the server answers. Every failure is a SyncError with a Vietnamese
message; nothing is lost, the next try starts where this one stopped."""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from app import __version__
from app.services.errors import ServiceError
from app.services.register import Register
from app.sync import outbox_reader, state
from app.sync.apply import apply_page
from app.sync.enrollment import adopt_school, resend_everything
from app.sync.protocol import (
    API_PREFIX,
    APP_HEADER,
    CURSOR_HEADER,
    DEFAULT_PULL_LIMIT,
    DEVICE_HEADER,
    SCHEMA_HEADER,
    ChangeStatus,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    ErrorCode,
    PullResponse,
    PushResponse,
)

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 30.0
# gzip level of push bodies. On the 500-change batches of a 2,000-item demo school
# (~360 KB of JSON each): level 1 packs to 13.9 % in 1.4 ms, level 6 to 11.3 % in 3.3 ms,
# level 9 to 10.8 % in 7.5 ms. Level 6: a fifth fewer bytes than 1 for ~2 ms a batch.
PUSH_GZIP_LEVEL = 6
Progress = Callable[[str, int, int], None]  # stage ("push" / "pull"), done, total


class SyncError(ServiceError):
    """Sync could not finish; ``code`` is the server's ErrorCode or "network"."""

    def __init__(
        self, message: str, code: str = "network", server_cursor: int | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.server_cursor = server_cursor  # a refused push: what the server holds


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    clock_offset_seconds: float | None = None


NO_CONNECTION = (
    "Không kết nối được máy chủ của Phòng GD&ĐT ({detail}). Dữ liệu vẫn được giữ trên máy; "
    "chương trình sẽ tự thử lại khi có mạng, hoặc hãy dùng tệp đồng bộ qua USB."
)


class SyncClient:
    def __init__(self, reg: Register, http: httpx.Client | None = None) -> None:
        self.reg = reg
        self._http = http

    # -- HTTP -----------------------------------------------------------------------------

    def _client(self, base_url: str) -> httpx.Client:
        if self._http is not None:
            return self._http
        return httpx.Client(base_url=base_url, timeout=TIMEOUT_SECONDS)

    def _request(
        self, method: str, base_url: str, path: str, headers: dict[str, str] | None = None, **kw
    ) -> httpx.Response:  # type: ignore[no-untyped-def]
        client = self._client(base_url)
        try:
            response = client.request(method, f"{API_PREFIX}{path}", headers=headers, **kw)
        except httpx.HTTPError as exc:
            raise SyncError(NO_CONNECTION.format(detail=type(exc).__name__)) from exc
        finally:
            if self._http is None:
                client.close()
        if response.status_code >= 400:
            raise _error(response)
        return response

    def _headers(self, settings: state.SyncSettings) -> dict[str, str]:
        return {
            DEVICE_HEADER: settings.device_id,
            "Authorization": f"Bearer {settings.device_secret}",
            SCHEMA_HEADER: state.schema_version(),
            APP_HEADER: __version__,
            # httpx asks for this by default; said here so an injected client does too.
            "Accept-Encoding": "gzip",
        }

    def _push_headers(self, settings: state.SyncSettings) -> dict[str, str]:
        return {
            **self._headers(settings),
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
        }

    # -- enrollment -----------------------------------------------------------------------

    def enroll(self, server_url: str, code: str, device_name: str = "") -> EnrollResponse:
        """Enroll this PC with the one-time code; the register joins the district's school."""
        request = EnrollRequest(
            code=code.strip(),
            device_name=device_name,
            app_version=__version__,
            schema_version=state.schema_version(),
        )
        response = self._request(
            "POST", server_url, "/enroll", json=request.model_dump(mode="json")
        )
        answer = EnrollResponse.model_validate(response.json())
        adopt_school(self.reg, answer.school_id)
        state.save_enrollment(self.reg, server_url, answer.device_id, answer.device_secret)
        return answer

    # -- one sync -------------------------------------------------------------------------

    def sync_once(self, progress: Progress | None = None) -> SyncReport:
        """Push everything pending, then pull until the server has nothing more."""
        settings = state.load(self.reg)
        if not settings.enrolled:
            raise SyncError(state.NOT_ENROLLED, "not_enrolled")
        report = SyncReport()
        try:
            self._push_all(settings, report, progress)
            lost_at = self._pull_all(settings, report, progress)
            if lost_at is not None:
                self._resend(lost_at)
                self._push_all(settings, report, progress)
                self._pull_all(settings, report, progress)
        except SyncError as exc:
            state.record_error(self.reg, exc.message)
            raise
        except ServiceError as exc:
            # e.g. a pulled page this register refuses: keep the queue loud, not silent.
            error = SyncError(
                f"Không áp dụng được thay đổi từ máy chủ: {exc.message} "
                "Hãy báo cho Phòng GD&ĐT; dữ liệu trên máy vẫn được giữ nguyên.",
                "apply_failed",
            )
            state.record_error(self.reg, error.message)
            raise error from exc
        return report

    def _packed(self, after: int | None) -> tuple[outbox_reader.PendingBatch | None, bytes]:
        batch = outbox_reader.pending_batch(self.reg, after=after)
        return batch, b"" if batch is None else gzip.compress(batch.body, PUSH_GZIP_LEVEL)

    def _push_all(
        self, settings: state.SyncSettings, report: SyncReport, progress: Progress | None
    ) -> None:
        total, done, resent = outbox_reader.pending_count(self.reg), 0, False
        # The last answer's times, recorded once the queue is empty: one commit (an
        # fsync) a batch less, and "last sync" means the whole queue went.
        answered: tuple[datetime, datetime, datetime] | None = None
        # The PC's share runs on one thread beside the requests (a first upload is 160
        # batches): the next batch is read and packed, and an answer is taken (one
        # commit), while the following batch travels. Answers are taken in order; one
        # lost to a crash is taken again from the server's stored answer on resend.
        taken: Future[None] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sotb-push") as packer:
            upcoming = packer.submit(self._packed, None)
            while True:
                batch, body = upcoming.result()
                if batch is None:
                    if taken is not None:
                        taken.result()
                    if answered is not None:
                        report.clock_offset_seconds = state.record_success(self.reg, *answered)
                    return
                upcoming = packer.submit(self._packed, batch.last_seq)
                sent = datetime.now(UTC)
                try:
                    response = self._request(
                        "POST",
                        settings.server_url,
                        "/sync/push",
                        headers=self._push_headers(settings),
                        content=body,
                    )
                except SyncError as exc:
                    held = exc.server_cursor
                    if held is None or held >= batch.first_seq - 1 or resent:
                        raise
                    if taken is not None:
                        taken.result()
                    upcoming.result()  # packed from the old queue: wait for it, drop it
                    total = done + self._resend(held)
                    resent = True
                    upcoming = packer.submit(self._packed, None)
                    continue
                answer = PushResponse.model_validate(response.json())
                if taken is not None:
                    taken.result()  # the previous answer's failure stops the sync here
                taken = packer.submit(outbox_reader.acknowledge, self.reg, answer)
                statuses = [r.status for r in answer.results]
                report.pushed += sum(
                    s in (ChangeStatus.APPLIED, ChangeStatus.CONFLICT) for s in statuses
                )
                report.rejected += statuses.count(ChangeStatus.REJECTED)
                report.conflicts += statuses.count(ChangeStatus.CONFLICT)
                answered = (answer.server_time, sent, datetime.now(UTC))
                done += batch.count
                if progress is not None:  # counted here: COUNT(*) of a big outbox is not free
                    progress("push", min(done, total), total)

    def _resend(self, server_cursor: int) -> int:
        """The server holds fewer of our changes than it acknowledged: it was restored
        from a backup. Queue the whole register again, from its cursor."""
        with self.reg.read() as s:
            acknowledged = state.push_cursor(s)
        log.warning(
            "the server holds changes up to %s of %s acknowledged: sending the register again",
            server_cursor,
            acknowledged,
        )
        return resend_everything(self.reg, server_cursor)

    def _pull_all(
        self, settings: state.SyncSettings, report: SyncReport, progress: Progress | None
    ) -> int | None:
        """Pull until the server has nothing more. Returns the server's cursor of this
        device if it is below what the server acknowledged (a restored server)."""
        lost_at: int | None = None
        while True:
            with self.reg.read() as s:
                since = state.pull_cursor(s)
                acknowledged = state.push_cursor(s)
            sent = datetime.now(UTC)
            response = self._request(
                "GET",
                settings.server_url,
                "/sync/pull",
                headers=self._headers(settings),
                params={"since": since, "limit": DEFAULT_PULL_LIMIT},
            )
            page = PullResponse.model_validate(response.json())
            if page.device_cursor is not None and page.device_cursor < acknowledged:
                lost_at = page.device_cursor
            result = apply_page(self.reg, page, since=since)
            report.pulled += len(page.changes)
            report.conflicts += result.conflicts
            report.clock_offset_seconds = state.record_success(
                self.reg, page.server_time, sent, datetime.now(UTC)
            )
            if progress is not None:
                progress("pull", report.pulled, report.pulled + (1 if page.has_more else 0))
            if not page.has_more:
                return lost_at


def _error(response: httpx.Response) -> SyncError:
    try:
        body = ErrorBody.model_validate(response.json())
    except ValueError:
        return SyncError(
            f"Máy chủ trả lời lỗi {response.status_code}. Hãy thử lại sau ít phút; "
            "nếu vẫn lỗi, báo cho Phòng GD&ĐT.",
            "server_error",
        )
    if body.code == ErrorCode.REVOKED:
        return SyncError(body.message, "revoked")
    cursor = response.headers.get(CURSOR_HEADER, "")
    return SyncError(body.message, body.code.value, int(cursor) if cursor.isdigit() else None)
