"""``revtrack status``: what a user sees about the watching runs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from revtrack.store import GitStore
from revtrack.watch.state import WatchState
from tests.conftest import Invoke

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def test_status_before_any_run_says_never(invoke: Invoke, store: GitStore) -> None:
    """A fresh store reports that no run happened yet and nothing is tracked."""
    result = invoke("status", "--store", str(store.path))
    assert "Last run: never" in result.stdout
    assert "Watched articles: 0; due now: 0." in result.stdout


def test_status_reports_the_last_run_failures_and_paused_sources(
    invoke: Invoke, store: GitStore
) -> None:
    """The last run's counts, failing hosts and paused feeds are all shown."""
    with WatchState(store.path) as state:
        state.add_article("https://news.example.com/a", now=datetime.now(UTC))
        run = state.start_run(now=T0)
        state.finish_run(
            run,
            now=T0 + timedelta(seconds=20),
            fetched=3,
            changed=1,
            failed=2,
            failures_by_host={"news.example.com": 2},
        )
        for _ in range(5):
            state.source_failed("https://news.example.com/rss", "HTTP 500", now=T0, pause_after=5)
    result = invoke("status", "--store", str(store.path))
    assert (
        "Last run: started 2026-03-02 08:00 UTC, finished 2026-03-02 08:00 UTC (20 s): "
        "3 checked, 1 changed, 2 failed."
    ) in (result.stdout)
    assert "failures at news.example.com: 2" in result.stdout
    assert "Watched articles: 1; due now: 1." in result.stdout
    assert "https://news.example.com/rss: HTTP 500" in result.stdout
    rows = json.loads(invoke("status", "--store", str(store.path), "--json").stdout)
    assert [(r["kind"], r["state"]) for r in rows] == [("article", "due"), ("source", "paused")]
    assert rows[1]["id"] == "https://news.example.com/rss" and rows[1]["error"] == "HTTP 500"


def test_status_without_a_store_is_one_sentence(invoke: Invoke, tmp_path: Path) -> None:
    """A missing store gives a plain error and exit code 2."""
    result = invoke("status", "--store", str(tmp_path / "nowhere"), code=2)
    assert result.stderr.startswith("Error: No revtrack store")
