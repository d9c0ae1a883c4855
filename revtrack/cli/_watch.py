"""The web forms of ``revtrack snapshot``: one scheduled pass, or the URLs given."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from revtrack.cli._common import load_settings
from revtrack.cli._output import emit, emit_error, emit_listing, emit_note, emit_warning
from revtrack.listings import SNAPSHOT
from revtrack.store import GitStore
from revtrack.store.refs import utc_now
from revtrack.urls import canonical_url
from revtrack.watch.run import Progress, RunReport, run_pass
from revtrack.watch.state import RunLockedError


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Progress | None]:
    """A rich progress bar on a terminal; nothing at all under cron."""
    if not enabled:
        yield None
        return
    from rich.progress import Progress as Bar

    with Bar(transient=True) as bar:
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

    With URLs given, each gets one line saying what was done with it. A store busy with
    another run gives one plain line on stderr and exit code 0.
    """
    settings = load_settings(config)
    path = store if store is not None else settings.store_path
    try:
        with GitStore.open(path) as opened, _progress_bar(sys.stderr.isatty()) as progress:
            report = run_pass(settings, opened, now=utc_now(), urls=urls or None, progress=progress)
    except RunLockedError as exc:
        # Overlapping cron runs are expected, not an error: one plain line, exit 0.
        emit_note(str(exc))
        raise typer.Exit(exc.exit_code) from None
    rows = _rows(urls, report)
    if fmt:
        emit_listing(SNAPSHOT, rows, fmt)
    for url, error in report.failures:
        # Most fetch errors name their URL already; it is said once.
        emit_error(error if url in error else f"{url}: {error}")
    for source in report.paused:
        emit_warning(
            f"{source} failed again and again and is paused; it is tried again once a day."
        )
    if urls and not fmt:
        for row in rows:
            if row["outcome"] != "failed":
                done = "stored a new version" if row["outcome"] == "stored" else "unchanged"
                emit(f"{row['id']}: {done}; watched from now on by 'revtrack snapshot'.")
    for host in report.paused_hosts:
        emit_warning(
            f"{host} failed pass after pass and is paused; its articles are tried again "
            "once a day."
        )
    if verbose:
        emit(report.summary())
    if report.exit_code:
        raise typer.Exit(report.exit_code)


def _rows(urls: list[str], report: RunReport) -> list[dict[str, Any]]:
    """One row per URL given; for a scheduled pass, the stored then the failed ones."""
    failed = dict(report.failures)
    changed = set(report.changed)
    listed = [canonical_url(u) for u in urls] if urls else [*report.changed, *failed]
    rows = []
    for url in dict.fromkeys(listed):
        outcome = "failed" if url in failed else "stored" if url in changed else "unchanged"
        rows.append(SNAPSHOT.row(id=url, outcome=outcome, url=url, error=failed.get(url)))
    return rows
