"""One bounded watching pass: read the sources, fetch what is due, store what changed.

A pass never stops for one bad item: each item's work runs inside the one boundary of
``watch/boundary.py``, so whatever it raises is noted in the report and the state (the
article stays due, so the next run tries again), and the pass goes on. Only faults of
the store or the state database end a run. Fetches run concurrently, but everything
written to the store and the state database is written from one thread, article by
article, so a killed run leaves both valid and the next run picks up what was left.

Bounds: the pass has a time budget (``fetch.pass_budget_seconds``) that every wait and
request honours; a host that keeps failing is paused like a source (its articles are
not asked for a day); an article whose host is at a private address is refused once
and no longer watched.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from revtrack.config import Settings
from revtrack.connect import Resolve, system_resolve
from revtrack.errors import ItemError
from revtrack.extract import document_from_html, document_from_text
from revtrack.feeds import declared_canonical_url, read_feed, read_page_links
from revtrack.fetch import Fetcher, Page, PageGoneError, RefusedURLError
from revtrack.models import Document
from revtrack.pagedecode import decode_page
from revtrack.schedule import due_articles
from revtrack.store import GitStore
from revtrack.store.paths import article_path, normalise_url
from revtrack.urls import canonical_url, same_site
from revtrack.watch.boundary import as_item_error, contained
from revtrack.watch.state import PAUSED_RETRY, ArticleState, WatchState, run_lock
from revtrack.weburl import check_url, show_url

# A new extraction below this share of the previous text means the layout changed.
SHRINK_RATIO = 0.5
SHRINK_MIN_CHARS = 400

# What a refusal for a private address adds: what follows, and how to allow it.
_REFUSED_HINT = (
    "It is no longer watched; to fetch private addresses (a test server, an intranet), "
    "set 'fetch: allow_private: true' in the config."
)

# Feed entries refused in one feed that are each reported; the rest are counted.
_REFUSED_SHOWN = 5

# Called with (url, items done, items due): once with 0 done before the first fetch,
# then after each item is written, so it advances by items finished, not started.
Progress = Callable[[str, int, int], None]


@dataclass
class RunReport:
    """What one pass did, for the summary line, the exit code and ``status``."""

    checked: int = 0
    changed: list[str] = field(default_factory=list)
    events: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    paused: list[str] = field(default_factory=list)
    paused_hosts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    new_articles: int = 0
    # Each URL whose page reached the store (stored or unchanged): its article's path,
    # and the commit of the version stored, so the caller can name what was done.
    articles: dict[str, str] = field(default_factory=dict)
    commits: dict[str, str] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 when every item went through, 1 when some failed (retried next run)."""
        return 1 if self.failures else 0

    def summary(self) -> str:
        """One line for ``-v``."""
        return (
            f"{self.checked} checked, {len(self.changed)} changed, {len(self.events)} events, "
            f"{len(self.failures)} failed, {self.new_articles} new articles"
        )


def _host(url: str) -> str:
    return urlsplit(url).netloc


def _listed_url(raw: str, report: RunReport) -> str | None:
    """A URL from the config or the command line, checked; None (reported) when unusable."""
    checked = contained(lambda: canonical_url(check_url(raw)), what=f"The URL {show_url(raw)}")
    if isinstance(checked, ItemError):
        report.failures.append((show_url(raw), str(checked)))
        return None
    return checked


def _read_source(fetcher: Fetcher, source: str, pattern: str | None) -> tuple[list[str], list[str]]:
    # Inside the item boundary: fetching and reading one feed or section page.
    page = fetcher.fetch(source, feed=pattern is None)
    if pattern is None:
        found = read_feed(page.raw, base_url=page.url)
        return found.urls, found.refused
    # A section page's links that are not web addresses are mostly not articles.
    return read_page_links(page.text, base_url=page.url, pattern=pattern).urls, []


def _discover(
    settings: Settings, fetcher: Fetcher, state: WatchState, now: datetime, report: RunReport
) -> None:
    sources = settings.sources
    for raw in sources.articles:
        url = _listed_url(raw, report)
        if url is not None and state.add_article(url, now=now):
            report.new_articles += 1
    paused = state.sources_to_skip(now=now, retry_after=PAUSED_RETRY)
    listed: list[tuple[str, str | None]] = [(url, None) for url in sources.feeds]
    listed += [(page.url, page.pattern) for page in sources.pages]
    for source, pattern in listed:
        if source in paused:
            continue
        result = contained(
            lambda s=source, p=pattern: _read_source(fetcher, s, p),  # type: ignore[misc]
            what=f"The source {show_url(source)}",
        )
        if isinstance(result, ItemError):
            report.failures.append((source, str(result)))
            if state.source_failed(
                source, str(result), now=now, pause_after=sources.pause_after_failures
            ):
                report.paused.append(source)
            continue
        state.source_ok(source)
        found, refused = result
        for message in refused[:_REFUSED_SHOWN]:
            report.failures.append((source, message))
        if len(refused) > _REFUSED_SHOWN:
            report.failures.append(
                (source, f"{len(refused) - _REFUSED_SHOWN} more feed entry links were refused.")
            )
        for url in found:
            if state.add_article(url, now=now):
                report.new_articles += 1


def _fetch(
    fetcher: Fetcher, url: str, etag: str | None, last_modified: str | None
) -> Page | ItemError:
    # Runs in a worker thread: no database or store access here.
    return contained(
        lambda: fetcher.fetch(url, etag=etag, last_modified=last_modified),
        what=f"The page {show_url(url)}",
    )


@dataclass(frozen=True)
class _Checked:
    """What one fetched page comes to, worked out before anything is written."""

    identity: str
    doc: Document
    digest: str


def _check_page(url: str, page: Page) -> _Checked:
    # Inside the item boundary: decoding, extracting, naming the article.
    identity = _identity(url, page)
    decoded = decode_page(page.raw, charset=page.charset, source=f"The page {show_url(url)}")
    if decoded.html:
        doc = document_from_html(decoded.text, url=url, source=show_url(url))
    else:
        doc = document_from_text(decoded.text, url=url, source=show_url(url))
    doc = replace(doc, url=identity)
    return _Checked(identity, doc, hashlib.sha256(doc.text.encode()).hexdigest())


def _store_page(
    settings: Settings,
    store: GitStore,
    state: WatchState,
    url: str,
    result: Page | ItemError,
    now: datetime,
    report: RunReport,
    *,
    named: bool = False,
) -> None:
    known = state.article(url)
    checked: _Checked | ItemError | None = None
    if isinstance(result, Page) and not result.not_modified:
        checked = contained(lambda: _check_page(url, result), what=f"The page {show_url(url)}")
        if isinstance(checked, ItemError):
            result, checked = checked, None
    identity = known.identity if known and known.identity else url
    if checked is not None:
        identity = checked.identity
    article = article_path(normalise_url(identity))
    was_gone = bool(known and known.gone)
    if isinstance(result, PageGoneError):
        if named and store.current(article) is None:
            # Named on the command line and never stored: a mistyped or not yet
            # published address, not an article that went away. It fails (and is tried
            # again next run); a dead feed link stays a quiet "gone".
            state.record_failure(url, now=now)
            report.failures.append((url, f"{result} Nothing was stored."))
            return
        if not was_gone:
            store.record_event(article, "gone", at=now, detail=f"HTTP {result.status}")
            report.events.append((url, "gone"))
        state.record_check(url, now=now, gone=True)
        return
    if isinstance(result, RefusedURLError):
        state.refuse(url, str(result))
        report.refused.append(url)
        report.failures.append((url, f"{result} {_REFUSED_HINT}"))
        return
    if isinstance(result, ItemError):
        state.record_failure(url, now=now)
        report.failures.append((url, str(result)))
        return
    if was_gone:
        store.record_event(article, "back", at=now, detail=f"HTTP {result.status}")
        report.events.append((url, "back"))
    if result.not_modified or checked is None:
        state.record_check(url, now=now)
        report.articles[url] = article
        return
    _store_version(settings, store, state, url, result, checked, known, now, report)


def _store_version(
    settings: Settings,
    store: GitStore,
    state: WatchState,
    url: str,
    page: Page,
    checked: _Checked,
    known: ArticleState | None,
    now: datetime,
    report: RunReport,
) -> None:
    doc, digest, identity = checked.doc, checked.digest, checked.identity
    article = article_path(normalise_url(identity))
    report.articles[url] = article
    recent = known.recent_hashes if known else ()
    validators = {"etag": page.etag, "last_modified": page.last_modified}
    if recent and digest != recent[0] and digest in recent[1:]:
        store.record_event(article, "ab-flip", at=now, detail="text went back to an earlier one")
        report.events.append((url, "ab-flip"))
        state.record_check(url, now=now, text_hash=digest, identity=identity, **validators)
        return
    raw = page.raw if settings.fetch.keep_raw else None
    previous = store.current(article)
    if previous is not None:
        before = len(previous.text)
        if before >= SHRINK_MIN_CHARS and len(doc.text) < before * SHRINK_RATIO:
            store.record_event(
                article,
                "layout-changed",
                at=now,
                detail=f"extracted text fell from {before} to {len(doc.text)} characters",
            )
            report.events.append((url, "layout-changed"))
            raw = page.raw
    version = store.put(doc, at=now, raw=raw)
    if version is not None:
        report.changed.append(url)
        report.commits[url] = version.commit
    # The identity is remembered so that a 304, a gone page or ``unwatch`` later find the
    # article this URL's text is stored under.
    state.record_check(
        url,
        now=now,
        changed=version is not None,
        text_hash=digest,
        identity=identity,
        **validators,
    )


def _identity(url: str, page: Page) -> str:
    """One story, one article: the URL the page names as its own, else where it ended up.

    A page may only name a URL on its own site, so a hostile page cannot write its text
    into another site's article.
    """
    final = canonical_url(page.url)
    declared = declared_canonical_url(page.text, base_url=page.url)
    if declared and same_site(declared, url):
        return declared
    return final if same_site(final, url) else url


def _remember_hosts(
    settings: Settings, fetcher: Fetcher, state: WatchState, now: datetime, report: RunReport
) -> None:
    """Hosts that answered are well again; hosts that never did count towards a pause."""
    for host in fetcher.healthy_hosts:
        state.host_ok(host)
    pause_after = settings.sources.pause_after_failures
    for host, error in fetcher.failing_hosts.items():
        if state.host_failed(host, error, now=now, pause_after=pause_after):
            report.paused_hosts.append(host)


def run_pass(
    settings: Settings,
    store: GitStore,
    *,
    now: datetime,
    urls: Sequence[str] | None = None,
    progress: Progress | None = None,
    resolve: Resolve = system_resolve,
) -> RunReport:
    """Do one bounded pass; with ``urls``, fetch just those at once, due or not.

    ``resolve`` turns host names into addresses (the system's resolver unless a test
    gives its own). Raises RunLockedError (before doing anything) when another pass
    holds the store.
    """
    report = RunReport()
    began = time.monotonic()
    deadline = began + settings.fetch.pass_budget_seconds
    with run_lock(store.path), WatchState(store.path) as state:
        run_id = state.start_run(now=now)
        # Versions go in batches, the state in step with them (``WatchState.in_step_with``).
        with (
            Fetcher(settings.fetch, resolve=resolve, deadline=deadline) as fetcher,
            state.in_step_with(store),
        ):
            if urls is None:
                _discover(settings, fetcher, state, now, report)
                resting = state.hosts_to_skip(now=now, retry_after=PAUSED_RETRY)
                timings = [
                    a.timing for a in state.articles() if a.watched and _host(a.url) not in resting
                ]
                due = due_articles(timings, settings.schedule, now)
            else:
                due = []
                for raw in urls:
                    url = _listed_url(raw, report)
                    if url is None:
                        continue
                    due.append(url)
                    if state.add_article(url, now=now):
                        report.new_articles += 1
                    # Named on the command line: watched again if it had been unwatched.
                    state.watch_again(url)
            if progress is not None:
                progress("", 0, len(due))  # the total is known before the first fetch
            with ThreadPoolExecutor(max_workers=settings.fetch.concurrency) as pool:
                results = []
                for url in due:
                    known = state.article(url)
                    etag = known.etag if known and not known.gone else None
                    modified = known.last_modified if known and not known.gone else None
                    results.append(pool.submit(_fetch, fetcher, url, etag, modified))
                for done, (url, future) in enumerate(zip(due, results, strict=True), 1):
                    try:
                        result = future.result()
                    except Exception as exc:  # the worker's own boundary failed
                        result = as_item_error(exc, f"The page {show_url(url)}")
                    named = urls is not None
                    _store_page(settings, store, state, url, result, now, report, named=named)
                    store.settle()
                    report.checked += 1
                    if progress is not None:
                        progress(url, done, len(due))
            _remember_hosts(settings, fetcher, state, now, report)
        failed_hosts = Counter(_host(url) for url, _ in report.failures)
        state.finish_run(
            run_id,
            # ``now`` is the pass's one observation time; the run log wants the clock.
            now=now + timedelta(seconds=time.monotonic() - began),
            fetched=report.checked,
            changed=len(report.changed),
            failed=len(report.failures),
            failures_by_host=dict(failed_hosts),
        )
    if report.changed or report.events:
        from revtrack.index import catch_up

        store.index_history()
        catch_up(store)
    return report
