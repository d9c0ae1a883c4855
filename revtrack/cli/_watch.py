"""The web forms of ``revtrack snapshot``: one scheduled pass, or the URLs given."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from revtrack.cli._common import load_settings, print_out
from revtrack.report import clean_for_terminal
from revtrack.store import GitStore
from revtrack.store.refs import utc_now
from revtrack.watch.run import Progress, run_pass
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
) -> None:
    """Run the pass, print failures on stderr and a summary with -v; exit 1 on failures.

    A store busy with another run gives one plain line on stderr and exit code 0.
    """
    settings = load_settings(config)
    path = store if store is not None else settings.store_path
    try:
        with GitStore.open(path) as opened, _progress_bar(sys.stderr.isatty()) as progress:
            report = run_pass(settings, opened, now=utc_now(), urls=urls or None, progress=progress)
    except RunLockedError as exc:
        # Overlapping cron runs are expected, not an error: one plain line, exit 0.
        print(clean_for_terminal(str(exc)), file=sys.stderr)
        raise typer.Exit(exc.exit_code) from None
    for url, error in report.failures:
        print(f"Error: {clean_for_terminal(url)}: {clean_for_terminal(error)}", file=sys.stderr)
    for source in report.paused:
        print(
            f"Warning: {clean_for_terminal(source)} failed again and again and is paused; "
            "it is tried again once a day.",
            file=sys.stderr,
        )
    if verbose:
        print_out(report.summary())
    if report.exit_code:
        raise typer.Exit(report.exit_code)
