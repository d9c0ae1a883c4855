"""Opening the store's index from a command: a progress bar on stderr while it catches up."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from revtrack.index import Index, Progress
    from revtrack.models import Version
    from revtrack.store import GitStore


@contextmanager
def progress_bar() -> Iterator[Progress | None]:
    """A progress callback drawing a bar on stderr, on a terminal only; None elsewhere.

    The bar appears on the first report, so a query on an index that is up to date
    (the usual case) prints nothing at all; under cron or in a pipe there is never one.
    """
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as Bar

    state: dict[str, Any] = {}

    def report(stage: str, done: int, total: int) -> None:
        if "bar" not in state:
            state["bar"] = Bar(console=Console(stderr=True), transient=True)
            state["bar"].start()
        bar = state["bar"]
        if state.get("stage") != stage:
            state["stage"], state["task"] = stage, bar.add_task(stage, total=total)
        bar.update(state["task"], completed=done, total=total)

    try:
        yield report
    finally:
        if "bar" in state:
            state["bar"].stop()


@contextmanager
def query_index(store: GitStore) -> Iterator[Index]:
    """The store's index, brought up to date first (with a bar when that takes a while)."""
    from revtrack.index import open_index

    with progress_bar() as progress, open_index(store, progress=progress) as index:
        yield index


def named_versions(store: GitStore, commits: dict[str, str | None]) -> dict[str, Version]:
    """Each article's version with the given commit, or its latest when the commit is
    None, numbered (@N) as every lookup numbers it; an article with none is left out."""
    if not commits:
        return {}
    found = {}
    with query_index(store) as index:
        for path, commit in commits.items():
            versions = index.versions(path)
            chosen = [v for v in versions if v.commit == commit] if commit else versions[-1:]
            if chosen:
                found[path] = chosen[-1]
    return found
