"""Fetching article pages over HTTP, politely and within bounds.

Every request names revtrack in its User-Agent, obeys robots.txt, waits between
requests to one host and caps how many run at once, so a cron job cannot hammer a
site. Every answer is bounded (time, redirects, body size) and checked (status,
content type) before anything is stored: a failure is a ``FetchError`` with one plain
sentence, and the batch that asked goes on with its other items.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import httpx
from protego import Protego

from revtrack import __version__
from revtrack.config import FetchSettings
from revtrack.errors import FetchError
from revtrack.urls import is_allowed_url

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
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Google reads the first 500 KiB of a robots.txt; more is ignored, not an error.
_ROBOTS_MAX_BYTES = 500_000


class PageGoneError(FetchError):
    """The server says the page is not there (404) or gone for good (410)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


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


def decode_body(raw: bytes, header_charset: str | None) -> tuple[str, str | None]:
    """Decode a page: the header's charset, else the page's meta tag, else a guess.

    A declared charset that does not decode the bytes is ignored rather than trusted,
    since servers often send Latin-1 pages labelled UTF-8.
    """
    declared: list[str] = []
    if header_charset:
        declared.append(header_charset)
    meta = _META_CHARSET.search(raw[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii", "replace"))
    for name in declared:
        try:
            return raw.decode(name), name.lower()
        except (LookupError, UnicodeDecodeError):
            continue
    matches = charset_normalizer.from_bytes(raw)
    best = matches.best()
    if best is None:
        raise FetchError("The page's bytes are in no text encoding revtrack can read.")
    # Windows-1252 is the web's default for unlabelled Western pages; when it reads the
    # bytes as cleanly as the best guess, it is the likelier one.
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.01:
            return str(match), "cp1252"
    return str(best), best.encoding


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _HostGate:
    """Per-host spacing and concurrency, shared by the threads of one run."""

    def __init__(self, min_delay: float, per_host: int, sleep: Callable[[float], None]) -> None:
        self._min_delay = min_delay
        self._per_host = per_host
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_start: dict[str, float] = {}
        self._slots: dict[str, threading.Semaphore] = {}

    def slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            return self._slots.setdefault(host, threading.Semaphore(self._per_host))

    def wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self._min_delay
        if start > now:
            self._sleep(start - now)

    def hold_off(self, host: str, seconds: float) -> None:
        with self._lock:
            until = time.monotonic() + seconds
            self._next_start[host] = max(self._next_start.get(host, until), until)


class Fetcher:
    """An HTTP client for one run: reuse it for every page, close it at the end."""

    def __init__(
        self,
        settings: FetchSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.user_agent = settings.user_agent or DEFAULT_USER_AGENT
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": self.user_agent},
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
            trust_env=False,
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
        seen: set[str] = set()
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if current in seen:
                raise FetchError(f"The page {url} redirects in a loop; check the URL.")
            seen.add(current)
            self._check_allowed(current)
            response_or_page = self._request(current, etag, last_modified, types)
            if isinstance(response_or_page, Page):
                return response_or_page
            current = response_or_page
        raise FetchError(
            f"The page {url} redirected more than {self.settings.max_redirects} times; "
            "check the URL."
        )

    def _check_allowed(self, url: str) -> None:
        if not is_allowed_url(url, allow_private=self.settings.allow_private):
            raise FetchError(
                f"The URL {url} is not a public http or https address, so it is not fetched."
            )
        if self.settings.respect_robots and not self._robots_allow(url):
            raise FetchError(f"The site's robots.txt does not allow revtrack to fetch {url}.")

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
        return rules is None or rules.can_fetch(url, self.user_agent)

    def _load_robots(self, origin: str, host: str) -> Protego | None:
        """The site's rules, or None (everything allowed) when it has no usable robots.txt.

        robots.txt is a request to the site like any other, so it takes a per-host slot
        and waits its turn: a run starting on many articles of one site must not send it
        two requests at once, nor one right after the other.
        """
        with self._gate.slot(host):
            self._gate.wait_turn(host)
            try:
                with self._client.stream("GET", origin + "/robots.txt") as response:
                    if response.status_code != 200:
                        return None
                    body = b""
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) >= _ROBOTS_MAX_BYTES:
                            break
            except httpx.HTTPError:
                return None
        return Protego.parse(body[:_ROBOTS_MAX_BYTES].decode("utf-8", errors="replace"))

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
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = urlsplit(url).netloc
        with self._gate.slot(host):
            self._gate.wait_turn(host)
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    return self._answer(url, response, etag, last_modified, types, retried)
            except httpx.TimeoutException as exc:
                raise FetchError(
                    f"The server for {url} did not answer within {self.settings.timeout:g} "
                    "seconds; it is tried again next run."
                ) from exc
            except httpx.HTTPError as exc:
                raise FetchError(
                    f"The page {url} could not be fetched ({type(exc).__name__}); "
                    "it is tried again next run."
                ) from exc

    def _answer(
        self,
        url: str,
        response: httpx.Response,
        etag: str | None,
        last_modified: str | None,
        types: tuple[str, ...],
        retried: bool,
    ) -> Page | str:
        status = response.status_code
        if status in _REDIRECTS:
            location = response.headers.get("Location")
            if not location:
                raise FetchError(f"The page {url} redirects without saying where to.")
            return urljoin(url, location)
        if status == 304:
            return Page(url, 304, "", b"", "", None, etag, last_modified)
        if status in (429, 503):
            wait = _retry_after_seconds(response.headers.get("Retry-After"))
            host = urlsplit(url).netloc
            if wait is not None:
                self._gate.hold_off(host, wait)
            if not retried and wait is not None and wait <= self.settings.max_retry_after:
                response.close()
                self._sleep(wait)
                return self._request(url, etag, last_modified, types, retried=True)
            raise FetchError(
                f"The server for {url} asked revtrack to slow down (HTTP {status}); "
                "it is tried again next run."
            )
        if status in (404, 410):
            raise PageGoneError(f"The page {url} is gone (HTTP {status}).", status)
        if status != 200:
            raise FetchError(
                f"The server answered HTTP {status} for {url}; it is tried again next run."
            )
        content_type = response.headers.get("Content-Type", "")
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime and mime not in types:
            raise FetchError(f"The page {url} is {mime}, not HTML or text, so it is not tracked.")
        raw = self._read_capped(url, response)
        if raw.startswith(b"%PDF-") or b"\x00" in raw[:1024]:
            raise FetchError(f"The page {url} is a binary file, not HTML or text.")
        text, charset = decode_body(raw, response.charset_encoding)
        return Page(
            url=str(response.url),
            status=200,
            text=text,
            raw=raw,
            content_type=mime or "text/html",
            charset=charset,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        cap = self.settings.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"The page {url} is larger than the {cap} byte limit.")
        deadline = time.monotonic() + self.settings.timeout * 3
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"The page {url} is larger than the {cap} byte limit.")
            if time.monotonic() > deadline:
                raise FetchError(f"The page {url} took too long to arrive; it is tried again.")
            chunks.append(chunk)
        return b"".join(chunks)
