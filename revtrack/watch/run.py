"""One bounded watching pass: read the sources, fetch what is due, store what changed.

A pass never stops for one bad item: each failure is noted in the report and the
state (the article stays due, so the next run tries again), and the pass goes on.
Fetches run concurrently, but everything written to the store and the state database
is written from one thread, article by article, so a killed run leaves both valid and
the next run picks up what was left.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from revtrack.config import Settings
from revtrack.errors import RevtrackError
from revtrack.extract import document_from_bytes
from revtrack.feeds import declared_canonical_url, feed_article_urls, page_article_urls
from revtrack.fetch import Fetcher, Page, PageGoneError
from revtrack.schedule import due_articles
from revtrack.store import GitStore
from revtrack.store.paths import article_path, normalise_url
from revtrack.urls import canonical_url, is_allowed_url, same_site
from revtrack.watch.state import WatchState, run_lock

# A new extraction below this share of the previous text means the layout changed.
SHRINK_RATIO = 0.5
SHRINK_MIN_CHARS = 400

# A paused source is tried once again after this long; success resumes it.
PAUSED_RETRY = timedelta(hours=24)

Progress = Callable[[str, int, int], None]


@dataclass
class RunReport:
    """What one pass did, for the summary line, the exit code and ``status``."""

    checked: int = 0
    changed: list[str] = field(default_factory=list)
    events: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    paused: list[str] = field(default_factory=list)
    new_articles: int = 0

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


def _discover(
    settings: Settings, fetcher: Fetcher, state: WatchState, now: datetime, report: RunReport
) -> None:
    sources = settings.sources
    allow = settings.fetch.allow_private
    for url in sources.articles:
        if state.add_article(canonical_url(url), now=now):
            report.new_articles += 1
    paused = state.sources_to_skip(now=now, retry_after=PAUSED_RETRY)
    listed: list[tuple[str, str | None]] = [(url, None) for url in sources.feeds]
    listed += [(page.url, page.pattern) for page in sources.pages]
    for source, pattern in listed:
        if source in paused:
            continue
        try:
            page = fetcher.fetch(source, feed=pattern is None)
            if pattern is None:
                found = feed_article_urls(page.raw, base_url=page.url)
            else:
                found = page_article_urls(page.text, base_url=page.url, pattern=pattern)
        except RevtrackError as exc:
            report.failures.append((source, str(exc)))
            if state.source_failed(
                source, str(exc), now=now, pause_after=sources.pause_after_failures
            ):
                report.paused.append(source)
            continue
        state.source_ok(source)
        for url in found:
            if is_allowed_url(url, allow_private=allow) and state.add_article(url, now=now):
                report.new_articles += 1


def _fetch(
    fetcher: Fetcher, url: str, etag: str | None, last_modified: str | None
) -> Page | RevtrackError:
    # Runs in a worker thread: no database or store access here.
    try:
        return fetcher.fetch(url, etag=etag, last_modified=last_modified)
    except RevtrackError as exc:
        return exc


def _store_page(
    settings: Settings,
    store: GitStore,
    state: WatchState,
    url: str,
    result: Page | RevtrackError,
    now: datetime,
    report: RunReport,
) -> None:
    known = state.article(url)
    identity = known.identity if known and known.identity else url
    if isinstance(result, Page) and not result.not_modified:
        identity = _identity(url, result)
    article = article_path(normalise_url(identity))
    was_gone = bool(known and known.gone)
    if isinstance(result, PageGoneError):
        if not was_gone:
            store.record_event(article, "gone", at=now, detail=f"HTTP {result.status}")
            report.events.append((url, "gone"))
        state.record_check(url, now=now, gone=True)
        return
    if isinstance(result, RevtrackError):
        state.record_failure(url, now=now)
        report.failures.append((url, str(result)))
        return
    if was_gone:
        store.record_event(article, "back", at=now, detail=f"HTTP {result.status}")
        report.events.append((url, "back"))
    if result.not_modified:
        state.record_check(url, now=now)
        return
    try:
        doc = document_from_bytes(result.raw, url=url, source=url)
    except RevtrackError as exc:
        state.record_failure(url, now=now)
        report.failures.append((url, str(exc)))
        return
    doc = replace(doc, url=identity)
    digest = hashlib.sha256(doc.text.encode()).hexdigest()
    recent = known.recent_hashes if known else ()
    validators = {"etag": result.etag, "last_modified": result.last_modified}
    if recent and digest != recent[0] and digest in recent[1:]:
        store.record_event(article, "ab-flip", at=now, detail="text went back to an earlier one")
        report.events.append((url, "ab-flip"))
        state.record_check(url, now=now, text_hash=digest, identity=identity, **validators)
        return
    raw = result.raw if settings.fetch.keep_raw else None
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
            raw = result.raw
    version = store.put(doc, at=now, raw=raw)
    if version is not None:
        report.changed.append(url)
    state.record_check(url, now=now, changed=version is not None, text_hash=digest, **validators)


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


def run_pass(
    settings: Settings,
    store: GitStore,
    *,
    now: datetime,
    urls: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """Do one bounded pass; with ``urls``, fetch just those at once, due or not.

    Raises RunLockedError (before doing anything) when another pass holds the store.
    """
    report = RunReport()
    with run_lock(store.path), WatchState(store.path) as state:
        run_id = state.start_run(now=now)
        with Fetcher(settings.fetch) as fetcher:
            if urls is None:
                _discover(settings, fetcher, state, now, report)
                timings = [a.timing for a in state.articles()]
                due = due_articles(timings, settings.schedule, now)
            else:
                due = [canonical_url(url) for url in urls]
                for url in due:
                    if state.add_article(url, now=now):
                        report.new_articles += 1
            with ThreadPoolExecutor(max_workers=settings.fetch.concurrency) as pool:
                results = []
                for url in due:
                    known = state.article(url)
                    etag = known.etag if known and not known.gone else None
                    modified = known.last_modified if known and not known.gone else None
                    results.append(pool.submit(_fetch, fetcher, url, etag, modified))
                for done, (url, future) in enumerate(zip(due, results, strict=True), 1):
                    _store_page(settings, store, state, url, future.result(), now, report)
                    report.checked += 1
                    if progress is not None:
                        progress(url, done, len(due))
        failed_hosts = Counter(_host(url) for url, _ in report.failures)
        state.finish_run(
            run_id,
            now=now,
            fetched=report.checked,
            changed=len(report.changed),
            failed=len(report.failures),
            failures_by_host=dict(failed_hosts),
        )
    if report.changed or report.events:
        store.index_history()
    return report
