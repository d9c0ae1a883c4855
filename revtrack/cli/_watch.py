"""The web forms of ``revtrack snapshot``: one scheduled pass, or the URLs given."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import typer

from revtrack.cli._common import load_settings, when
from revtrack.cli._index import named_versions
from revtrack.cli._output import emit, emit_error, emit_listing, emit_note, emit_warning
from revtrack.listings import SNAPSHOT
from revtrack.store import GitStore
from revtrack.store.paths import article_path, normalise_url
from revtrack.store.refs import utc_now
from revtrack.urls import canonical_url
from revtrack.watch.run import Progress, RunReport, run_pass
from revtrack.watch.state import PAUSED_RETRY, RunLockedError

if TYPE_CHECKING:
    from revtrack.models import Version


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Progress | None]:
    """A rich progress bar on a terminal; nothing at all under cron."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
    from rich.progress import Progress as Bar

    columns = (TextColumn("Checking articles"), BarColumn(), MofNCompleteColumn())
    # On stderr, so a listing on stdout stays clean.
    with Bar(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Checking articles", total=None)

        def advance(_url: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def run_web_snapshot(
    urls: list[str],
    *,
    store: Path | None = None,
    config: Path | None = None,
    verbose: bool = False,
    fmt: str | None = None,
) -> None:
    """Run the pass, print failures on stderr and a summary with -v; exit 1 on failures.

    With URLs given, each gets one line saying what was done with it (the version stored,
    or the one it is unchanged since) and that it is watched. A store busy with another
    run gives one plain line on stderr and exit code 0.
    """
    settings = load_settings(config)
    path = store if store is not None else settings.store_path
    now = utc_now()
    try:
        with GitStore.open(path) as opened:
            with _progress_bar(sys.stderr.isatty()) as progress:
                report = run_pass(settings, opened, now=now, urls=urls or None, progress=progress)
            # Naming versions costs an index query: only when a person or a script asks.
            wanted = {p: report.commits.get(u) for u, p in report.articles.items()}
            named = named_versions(opened, wanted) if urls or fmt else {}
    except RunLockedError as exc:
        # Overlapping cron runs are expected, not an error: one plain line, exit 0.
        emit_note(str(exc))
        raise typer.Exit(exc.exit_code) from None
    rows = _rows(urls, report, named)
    if fmt:
        emit_listing(SNAPSHOT, rows, fmt)
    for url, error in report.failures:
        # Most fetch errors name their URL already; it is said once.
        said = error if url in error else f"{url}: {error}"
        if urls and url not in report.refused:
            said += (
                f" It stays watched and is tried again next run; 'revtrack unwatch {url}' "
                "stops that."
            )
        emit_error(said)
    retry = when(now + PAUSED_RETRY)
    # A source and its host paused by the same failures are said in one line.
    hosts = list(report.paused_hosts)
    for source in report.paused:
        host = urlsplit(source).netloc
        also = ""
        if host in hosts:
            hosts.remove(host)
            also = f" (and so is its host {host}, with its articles)"
        emit_warning(
            f"{source} keeps failing and is paused{also}; it is tried again after {retry}."
        )
    for host in hosts:
        emit_warning(
            f"{host} failed pass after pass and is paused; its articles are tried again "
            f"after {retry}."
        )
    if urls and not fmt:
        for row in rows:
            if row["outcome"] == "failed":
                continue
            number = f"version {row['version']}" if row["version"] else "a version"
            done = f"stored {number}" if row["outcome"] == "stored" else f"unchanged since {number}"
            moved = "" if row["article"] == _path_of(row["id"]) else f" (as {row['article']})"
            emit(f"{row['id']}: {done}{moved}; watched from now on.")
    if verbose:
        emit(report.summary())
    if report.exit_code:
        raise typer.Exit(report.exit_code)


def _path_of(url: str) -> str:
    return article_path(normalise_url(url))


def _rows(urls: list[str], report: RunReport, named: dict[str, Version]) -> list[dict[str, Any]]:
    """One row per URL given; for a scheduled pass, the stored then the failed ones."""
    failed = dict(report.failures)
    changed = set(report.changed)
    listed = [canonical_url(u) for u in urls] if urls else [*report.changed, *failed]
    rows = []
    for url in dict.fromkeys(listed):
        outcome = "failed" if url in failed else "stored" if url in changed else "unchanged"
        article = report.articles.get(url)
        version = named.get(article) if article else None
        rows.append(
            SNAPSHOT.row(
                id=url,
                outcome=outcome,
                article=article,
                version=version.number if version else None,
                commit=report.commits.get(url),
                url=url,
                title=version.title if version else None,
                error=failed.get(url),
            )
        )
    return rows
