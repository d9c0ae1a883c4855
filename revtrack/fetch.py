"""Fetching article pages over HTTP, politely and within bounds.

Every request names revtrack in its User-Agent, obeys robots.txt, waits between
requests to one host and caps how many run at once, so a cron job cannot hammer a
site. Every answer is bounded and checked before anything is stored:

- every URL (the one asked for, each ``Location``) passes ``revtrack.weburl`` first;
- connections go only to global addresses, judged at connect time (``revtrack.connect``);
- each request, headers and robots.txt included, ends by one deadline (``timeout``),
  and no wait (a host's turn, a Retry-After) outlasts the pass's own deadline;
- bodies are read within ``max_bytes`` on the wire and inflated (``revtrack.bodies``);
- numbers and dates from headers are parsed defensively: clamped or ignored, never raised.

A failure is a ``FetchError`` with one plain sentence, and the batch that asked goes on
with its other items. A host that fails several requests in a row (timeouts, refused
connections, 5xx, "slow down") is not asked again in the same pass.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import mktime_tz, parsedate_tz
from urllib.parse import urlsplit

import httpx
from protego import Protego

from revtrack import __version__
from revtrack.bodies import ACCEPT_ENCODING, read_body
from revtrack.config import FetchSettings
from revtrack.connect import (
    LOCATION,
    GuardedBackend,
    GuardedTransport,
    RefusedAddressError,
    Resolve,
    request_deadline,
    system_resolve,
)
from revtrack.errors import FetchError, InputError
from revtrack.pagedecode import binary_kind, decode_page
from revtrack.weburl import check_url, show_url

DEFAULT_USER_AGENT = f"revtrack/{__version__} (news article revision tracker; respects robots.txt)"
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# What feeds are served as; accepted only when a feed is asked for, never as an article.
_FEED_TYPES = (
    *_TEXT_TYPES,
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Google reads the first 500 KiB of a robots.txt; more is ignored, not an error.
ROBOTS_MAX_BYTES = 500_000
# A robots.txt rule longer than this, or with more wildcards, is dropped: matching such
# rules against a URL can take time without bound.
_ROBOTS_MAX_RULE = 500
_ROBOTS_MAX_WILDCARDS = 8
# Consecutive requests to one host that got no answer in time (or no connection) after
# which it is not asked again in the same pass: each would cost a whole timeout.
HOST_TRIP = 3
# Longest wait a Retry-After can name that is still counted (about 30 years).
_RETRY_AFTER_CAP = 1e9
_VALIDATOR = re.compile(r"[\x21-\x7e][\x20-\x7e]{0,199}")


class PageGoneError(FetchError):
    """The server says the page is not there (404) or gone for good (410)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class HostFaultError(FetchError):
    """The host itself failed (no answer in time, refused, 5xx, "slow down")."""


class HostDownError(HostFaultError):
    """The host did not answer at all, or not in time: asking it again costs a timeout."""


class RefusedURLError(FetchError):
    """The URL's host is at an address revtrack never connects to (private, loopback, ...)."""


@dataclass(frozen=True)
class Page:
    """One answer from a server, with what the store and the next request need."""

    url: str
    status: int
    text: str
    raw: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304: the page is as it was last time."""
        return self.status == 304


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """The wait a Retry-After header asks for, in seconds, or None when it says nothing usable.

    Either form (seconds, or an HTTP date) is read; a date in the past is no wait; any
    value, however large or odd, gives a number between 0 and about 30 years, or None.
    """
    if value is None:
        return None
    text = value.strip()
    if not text or len(text) > 64:
        return None
    if text.isascii() and text.isdigit():
        return float(int(text)) if len(text) <= 9 else _RETRY_AFTER_CAP
    try:
        parsed = parsedate_tz(text)
        if parsed is None:
            return None
        when = mktime_tz(parsed)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    current = time.time() if now is None else now
    return min(max(0.0, when - current), _RETRY_AFTER_CAP)


def _validator(value: str | None, *, date: bool = False) -> str | None:
    """An ETag or Last-Modified worth sending back: short printable ASCII, a real date."""
    if value is None or not _VALIDATOR.fullmatch(value.strip()):
        return None
    value = value.strip()
    if date:
        try:
            if parsedate_tz(value) is None:
                return None
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    return value


class _HostGate:
    """Per-host spacing, concurrency and health, shared by the threads of one run."""

    def __init__(self, min_delay: float, per_host: int, sleep: Callable[[float], None]) -> None:
        self._min_delay = min_delay
        self._per_host = per_host
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_start: dict[str, float] = {}
        self._slots: dict[str, threading.Semaphore] = {}
        self._faults_in_row: dict[str, int] = {}
        self.faults: dict[str, str] = {}
        self.healthy: set[str] = set()

    def slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            return self._slots.setdefault(host, threading.Semaphore(self._per_host))

    def wait_turn(self, host: str, latest: float | None) -> bool:
        """Wait for the host's turn; False (without waiting) when it comes after ``latest``."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, now))
            if latest is not None and start > latest:
                return False
            self._next_start[host] = start + self._min_delay
        if start > now:
            self._sleep(start - now)
        return True

    def hold_off(self, host: str, seconds: float) -> None:
        with self._lock:
            until = time.monotonic() + seconds
            self._next_start[host] = max(self._next_start.get(host, until), until)

    def fault(self, host: str, message: str, *, down: bool) -> None:
        with self._lock:
            if down:
                self._faults_in_row[host] = self._faults_in_row.get(host, 0) + 1
            self.faults[host] = message

    def ok(self, host: str) -> None:
        with self._lock:
            self._faults_in_row[host] = 0
            self.healthy.add(host)

    def tripped(self, host: str) -> bool:
        with self._lock:
            return self._faults_in_row.get(host, 0) >= HOST_TRIP


def _safe_robots(text: str) -> str:
    kept = []
    for line in text.splitlines():
        if len(line) > _ROBOTS_MAX_RULE or line.count("*") > _ROBOTS_MAX_WILDCARDS:
            continue
        kept.append(line)
    return "\n".join(kept)


class Fetcher:
    """An HTTP client for one run: reuse it for every page, close it at the end.

    ``deadline`` (a ``time.monotonic()`` value) is the end of the pass: nothing waits
    past it, and a fetch asked for after it fails at once. ``resolve`` turns a host name
    into addresses (the system resolver unless a test gives another).
    """

    def __init__(
        self,
        settings: FetchSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        resolve: Resolve = system_resolve,
        deadline: float | None = None,
    ) -> None:
        self.settings = settings
        self.user_agent = settings.user_agent or DEFAULT_USER_AGENT
        self.deadline = deadline
        self._sleep = sleep
        backend = GuardedBackend(resolve=resolve, allow_private=settings.allow_private)
        self._client = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
            trust_env=False,
            transport=GuardedTransport(backend),
        )
        self._gate = _HostGate(settings.min_delay_seconds, settings.per_host_concurrency, sleep)
        self._robots: dict[str, Protego | None] = {}
        self._robots_loading: dict[str, threading.Lock] = {}
        self._robots_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connections."""
        self._client.close()

    @property
    def failing_hosts(self) -> dict[str, str]:
        """Hosts that failed in this run and never answered well, with their last error."""
        return {h: m for h, m in self._gate.faults.items() if h not in self._gate.healthy}

    @property
    def healthy_hosts(self) -> set[str]:
        """Hosts that answered at least once in this run."""
        return set(self._gate.healthy)

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        feed: bool = False,
    ) -> Page:
        """Fetch one page, following redirects; 304 when the validators still match.

        ``feed`` also accepts the XML types feeds are served as (RSS, Atom), which an
        article page is not.
        """
        types = _FEED_TYPES if feed else _TEXT_TYPES
        current = check_url(url)
        shown = show_url(current)
        seen: set[str] = set()
        for _ in range(self.settings.max_redirects + 1):
            if current in seen:
                raise FetchError(f"The page {shown} redirects in a loop; check the URL.")
            seen.add(current)
            self._check_robots(current)
            answer = self._request(current, etag, last_modified, types)
            if isinstance(answer, Page):
                return answer
            current = check_url(answer, base=current, what=f"redirect target of {shown}")
        raise FetchError(
            f"The page {shown} redirected more than {self.settings.max_redirects} times; "
            "check the URL."
        )

    def _out_of_time(self, shown: str) -> FetchError:
        return FetchError(
            f"The pass ran out of its time budget before {shown} was fetched; "
            "it is tried again next run."
        )

    def _check_robots(self, url: str) -> None:
        if self.settings.respect_robots and not self._robots_allow(url):
            raise FetchError(
                f"The site's robots.txt does not allow revtrack to fetch {show_url(url)}."
            )

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        # One lock per origin: threads for one site wait for its robots.txt, while other
        # sites' robots.txt (each waiting its own host's turn) load meanwhile.
        with self._robots_lock:
            loading = self._robots_loading.setdefault(origin, threading.Lock())
        with loading:
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin, parts.netloc)
            rules = self._robots[origin]
        if rules is None:
            return True
        try:
            return bool(rules.can_fetch(url, self.user_agent))
        except Exception:  # a rule protego cannot match is no rule
            return True

    def _load_robots(self, origin: str, host: str) -> Protego | None:
        """The site's rules, or None (everything allowed) when it has no usable robots.txt.

        robots.txt is a request to the site like any other, so it takes a per-host slot,
        waits its turn and ends by the same deadline as a page; its first 500 kB are read.
        """
        with self._gate.slot(host):
            self._fail_if_tripped(host, show_url(origin))
            if not self._gate.wait_turn(host, self.deadline):
                raise self._out_of_time(show_url(origin + "/robots.txt"))
            try:
                with (
                    request_deadline(self._request_deadline()),
                    self._client.stream("GET", origin + "/robots.txt") as response,
                ):
                    if response.status_code != 200:
                        return None
                    body = read_body(response, limit=ROBOTS_MAX_BYTES, shown=origin, truncate=True)
            except RefusedAddressError as exc:
                raise self._refused(origin, exc) from None
            except httpx.TimeoutException:
                message = f"The robots.txt of {show_url(origin)} came too slowly."
                self._gate.fault(host, message, down=True)
                return None
            except (httpx.HTTPError, FetchError):
                return None
        try:
            return Protego.parse(_safe_robots(body.decode("utf-8", errors="replace")))
        except Exception:  # a robots.txt protego cannot read allows all
            return None

    def _request_deadline(self) -> float:
        at = time.monotonic() + self.settings.timeout
        return at if self.deadline is None else min(at, self.deadline)

    def _fail_if_tripped(self, host: str, shown: str) -> None:
        if self._gate.tripped(host):
            raise FetchError(
                f"The server for {shown} gave no answer {HOST_TRIP} times in a row in this "
                "pass, so it was not asked again; it is tried again next run."
            )

    def _refused(self, url: str, exc: RefusedAddressError) -> RefusedURLError:
        return RefusedURLError(
            f"The URL {show_url(url)} is not a public address ({show_url(exc.host)} is at "
            f"{exc.address}, {exc.reason}), so it is not fetched."
        )

    def _request(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        types: tuple[str, ...],
        *,
        retried: bool = False,
    ) -> Page | str:
        headers: dict[str, str] = {}
        if etag and _validator(etag):
            headers["If-None-Match"] = etag
        if last_modified and _validator(last_modified, date=True):
            headers["If-Modified-Since"] = last_modified
        host = urlsplit(url).netloc
        shown = show_url(url)
        with self._gate.slot(host):
            self._fail_if_tripped(host, shown)
            if not self._gate.wait_turn(host, self.deadline):
                raise self._out_of_time(shown)
            try:
                with (
                    request_deadline(self._request_deadline()),
                    self._client.stream("GET", url, headers=headers) as response,
                ):
                    answer = self._answer(url, response, etag, last_modified, types, retried)
            except RefusedAddressError as exc:
                raise self._refused(url, exc) from None
            except httpx.TimeoutException:
                error = HostDownError(
                    f"The server for {shown} did not answer in full within "
                    f"{self.settings.timeout:g} seconds; it is tried again next run."
                )
                self._gate.fault(host, str(error), down=True)
                raise error from None
            except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
                error = HostDownError(
                    f"The page {shown} could not be fetched ({type(exc).__name__}); "
                    "it is tried again next run."
                )
                self._gate.fault(host, str(error), down=True)
                raise error from None
            except httpx.HTTPError as exc:
                raise FetchError(
                    f"The page {shown} could not be fetched ({type(exc).__name__}); "
                    "it is tried again next run."
                ) from None
            except HostFaultError as exc:
                self._gate.fault(host, str(exc), down=isinstance(exc, HostDownError))
                raise
        if isinstance(answer, float):
            self._sleep(answer)
            return self._request(url, etag, last_modified, types, retried=True)
        self._gate.ok(host)
        return answer

    def _answer(
        self,
        url: str,
        response: httpx.Response,
        etag: str | None,
        last_modified: str | None,
        types: tuple[str, ...],
        retried: bool,
    ) -> Page | str | float:
        """The page, a redirect target, or the seconds to wait before asking once more."""
        status = response.status_code
        shown = show_url(url)
        if status in _REDIRECTS:
            location = response.headers.get(LOCATION)
            if not location:
                raise FetchError(f"The page {shown} redirects without saying where to.")
            return location
        if status == 304:
            return Page(url, 304, "", b"", "", None, etag, last_modified)
        if status in (429, 503):
            return self._slow_down(url, response, retried)
        if status in (404, 410):
            raise PageGoneError(f"The page {shown} is gone (HTTP {status}).", status)
        if status >= 500:
            raise HostFaultError(
                f"The server answered HTTP {status} for {shown}; it is tried again next run."
            )
        if status != 200:
            raise FetchError(
                f"The server answered HTTP {status} for {shown}; it is tried again next run."
            )
        content_type = response.headers.get("Content-Type", "")
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime and mime not in types:
            raise FetchError(
                f"The page {shown} is {show_url(mime, 60)}, not HTML or text, so it is not tracked."
            )
        raw = read_body(response, limit=self.settings.max_bytes, shown=shown)
        kind = binary_kind(raw)
        if kind is not None:
            raise FetchError(f"The page {shown} is {kind}, not HTML or text.")
        try:
            header_charset = response.charset_encoding
        except Exception:  # a header httpx cannot read names no charset
            header_charset = None
        try:
            decoded = decode_page(
                raw, charset=header_charset, source=f"The page {shown}", html=None
            )
        except InputError as exc:
            raise FetchError(str(exc)) from None
        return Page(
            url=url,
            status=200,
            text=decoded.text,
            raw=raw,
            content_type=mime or "text/html",
            charset=decoded.encoding,
            etag=_validator(response.headers.get("ETag")),
            last_modified=_validator(response.headers.get("Last-Modified"), date=True),
        )

    def _slow_down(self, url: str, response: httpx.Response, retried: bool) -> float:
        """Wait once for a short Retry-After; a long one (or a second) fails the item now.

        A long wait fails this item only: the host's other articles are not held up by
        it (a host that keeps refusing trips after a few tries, like any failing host).
        """
        status = response.status_code
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        host = urlsplit(url).netloc
        fits = self.deadline is None or (
            wait is not None and time.monotonic() + wait < self.deadline
        )
        if not retried and wait is not None and wait <= self.settings.max_retry_after and fits:
            self._gate.hold_off(host, wait)
            return wait
        if wait is not None and wait > self.settings.max_retry_after:
            limit = self.settings.max_retry_after
            asked = f" to slow down for {wait:.0f} seconds, more than max_retry_after ({limit:g})"
        else:
            asked = " to slow down"
        raise HostFaultError(
            f"The server for {show_url(url)} asked revtrack{asked} (HTTP {status}); "
            "it is tried again next run."
        )
