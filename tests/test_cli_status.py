"""``revtrack status``: what a user sees about the watching runs."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

from revtrack.cli._common import when
from revtrack.store import GitStore
from revtrack.watch.state import WatchState
from tests._http_server import LocalServer, Request, http_server
from tests.conftest import Invoke

__all__ = ["http_server"]

PAGE = (
    b"<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    b"<p>The harbour board approved the new quay after a long meeting on Tuesday night.</p>"
    b"</article></body></html>"
)

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
    assert (
        "  https://news.example.com/rss, tried again after 2026-03-03 08:00 UTC: HTTP 500"
    ) in result.stdout
    rows = json.loads(invoke("status", "--store", str(store.path), "--json").stdout)
    assert [(r["kind"], r["state"]) for r in rows] == [("article", "due"), ("source", "paused")]
    assert rows[1]["id"] == "https://news.example.com/rss" and rows[1]["error"] == "HTTP 500"


def test_status_without_a_store_is_one_sentence(invoke: Invoke, tmp_path: Path) -> None:
    """A missing store gives a plain error and exit code 2."""
    result = invoke("status", "--store", str(tmp_path / "nowhere"), code=2)
    assert result.stderr.startswith("Error: No revtrack store")


def _watch_config(tmp_path: Path, store: GitStore, **sources: object) -> str:
    path = tmp_path / "config.yaml"
    fetch = {"timeout": 5, "min_delay_seconds": 0, "allow_private": True}
    path.write_text(yaml.safe_dump({"store": str(store.path), "fetch": fetch, "sources": sources}))
    return str(path)


def test_status_gives_the_time_a_real_pass_finished(
    invoke: Invoke, store: GitStore, http_server: LocalServer, tmp_path: Path
) -> None:
    """A pass whose page takes over a second to answer finished over a second after it
    started, and status says so (the run log once held the start time twice)."""

    def slow(_request: Request) -> tuple[int, dict[str, str], bytes]:
        time.sleep(1.2)
        return 200, {"Content-Type": "text/html"}, PAGE

    http_server.routes["/slow"] = slow
    config = _watch_config(tmp_path, store)
    invoke("snapshot", http_server.url("/slow"), "--config", config)
    first = invoke("status", "--config", config).stdout.splitlines()[0]
    match = re.fullmatch(
        r"Last run: started (.+ UTC), finished (.+ UTC) \((\d+) s\): 1 checked, 1 changed, "
        r"0 failed\.",
        first,
    )
    assert match, first
    assert int(match.group(3)) >= 1
    assert match.group(2) >= match.group(1)


def test_a_paused_feed_says_once_when_it_is_tried_next(
    invoke: Invoke, store: GitStore, http_server: LocalServer, tmp_path: Path
) -> None:
    """The pass that pauses a feed says when it is tried again, in one warning; the passes
    while it rests say nothing of it; status gives the same time; the failed trial a day
    later says the new time once more."""
    http_server.routes["/rss"] = lambda _r: (500, {"Content-Type": "text/plain"}, b"down")
    feed = http_server.url("/rss")
    config = _watch_config(tmp_path, store, feeds=[feed], pause_after_failures=2)
    invoke("snapshot", "--config", config, code=1)
    before = datetime.now(UTC)
    pausing = invoke("snapshot", "--config", config, code=1).stderr.splitlines()
    after = datetime.now(UTC)
    times = {when(t + timedelta(hours=24)) for t in (before, after)}
    warnings = [line for line in pausing if line.startswith("Warning: ")]
    assert len(warnings) == 1 and pausing[0].startswith("Error: ")
    said = re.fullmatch(
        rf"Warning: {re.escape(feed)} keeps failing and is paused( \(and so is its host "
        r"[^ ]+, with its articles\))?; it is tried again after (.+ UTC)\.",
        warnings[0],
    )
    assert said and said.group(2) in times, warnings
    resting = invoke("snapshot", "--config", config)
    assert (resting.stdout, resting.stderr, http_server.hits["/rss"]) == ("", "", 2)
    shown = invoke("status", "--config", config).stdout
    assert any(f"  {feed}, tried again after {t}: " in shown for t in times), shown
    rows = json.loads(invoke("status", "--json", "--config", config).stdout)
    assert [r["kind"] for r in rows] == ["source", "host"]  # the documented order
    row = rows[0]
    assert (row["state"], row["id"]) == ("paused", feed)
    assert when(datetime.fromisoformat(row["retry_at"])) in times
    # A day on (the pause moved back in the state database): one trial, one warning.
    with sqlite3.connect(store.path / "revtrack" / "state.sqlite3") as db:
        db.execute("UPDATE source SET paused_at = ?", ((before - timedelta(hours=25)).isoformat(),))
    trial = invoke("snapshot", "--config", config, code=1).stderr
    assert http_server.hits["/rss"] == 3
    assert trial.count("Warning: ") == 1 and "tried again after" in trial
