"""The watch state database: what runs remember, and the lock between runs."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from revtrack.watch.state import STATE_FILE, RunLockedError, WatchState, run_lock

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_state_survives_reopening(tmp_path: Path) -> None:
    """What one run noted about an article is there for the next run."""
    with WatchState(tmp_path) as state:
        assert state.add_article("https://e.example/a", now=T0)
        assert not state.add_article("https://e.example/a", now=T0 + timedelta(hours=1))
        state.record_check(
            "https://e.example/a",
            now=T0 + timedelta(minutes=5),
            changed=True,
            etag='"e1"',
            text_hash="h1",
        )
    with WatchState(tmp_path) as state:
        article = state.article("https://e.example/a")
    assert article is not None
    assert article.first_seen == T0
    assert article.last_checked == T0 + timedelta(minutes=5)
    assert article.last_changed == T0 + timedelta(minutes=5)
    assert article.etag == '"e1"'
    assert article.recent_hashes == ("h1",)


def test_the_database_is_plain_sqlite_in_the_store(tmp_path: Path) -> None:
    """The state is a real SQLite file under the store's revtrack folder."""
    with WatchState(tmp_path) as state:
        state.add_article("https://e.example/a", now=T0)
    rows = sqlite3.connect(tmp_path / STATE_FILE).execute("SELECT url FROM article").fetchall()
    assert rows == [("https://e.example/a",)]


def test_failures_count_up_and_a_success_resets_them(tmp_path: Path) -> None:
    """Consecutive failures are counted, and forgotten after a good fetch."""
    url = "https://e.example/a"
    with WatchState(tmp_path) as state:
        state.add_article(url, now=T0)
        assert state.record_failure(url, now=T0) == 1
        assert state.record_failure(url, now=T0) == 2
        state.record_check(url, now=T0)
        article = state.article(url)
    assert article is not None and article.failures == 0


def test_recent_hashes_keep_the_newest_first_without_repeats(tmp_path: Path) -> None:
    """A text seen again moves to the front, so an A/B flip is recognised."""
    url = "https://e.example/a"
    with WatchState(tmp_path) as state:
        state.add_article(url, now=T0)
        for h in ["a", "b", "a"]:
            state.record_check(url, now=T0, text_hash=h)
        article = state.article(url)
    assert article is not None and article.recent_hashes == ("a", "b")


def test_a_source_is_paused_after_repeated_failures(tmp_path: Path) -> None:
    """The third failure in a row pauses a feed; a success clears its record."""
    feed = "https://e.example/rss"
    with WatchState(tmp_path) as state:
        assert not state.source_failed(feed, "HTTP 500", now=T0, pause_after=3)
        assert not state.source_failed(feed, "HTTP 500", now=T0, pause_after=3)
        assert state.source_failed(feed, "HTTP 502", now=T0, pause_after=3)
        assert state.paused_sources() == {feed: "HTTP 502"}
        state.resume_source(feed)
        assert state.paused_sources() == {}


def test_the_run_log_keeps_the_last_run(tmp_path: Path) -> None:
    """status can say when the last run was and which hosts failed."""
    with WatchState(tmp_path) as state:
        run = state.start_run(now=T0)
        state.finish_run(
            run,
            now=T0 + timedelta(seconds=30),
            fetched=4,
            changed=1,
            failed=2,
            failures_by_host={"e.example": 2},
        )
        last = state.last_run()
    assert last is not None
    assert (last.fetched, last.changed, last.failed) == (4, 1, 2)
    assert last.finished == T0 + timedelta(seconds=30)
    assert last.failures_by_host == {"e.example": 2}


def test_a_second_run_stops_at_once_while_the_first_holds_the_lock(tmp_path: Path) -> None:
    """Two cron runs never work on one store at once; the second says so in one line."""
    with run_lock(tmp_path):
        with (
            pytest.raises(RunLockedError, match="Another revtrack run is busy"),
            run_lock(tmp_path),
        ):
            pass
        code = (
            "import sys, pathlib\n"
            "from revtrack.watch.state import run_lock, RunLockedError\n"
            "try:\n"
            "    with run_lock(pathlib.Path(sys.argv[1])): print('got it')\n"
            "except RunLockedError: print('busy')\n"
        )
        other = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
        )
        assert other.stdout.strip() == "busy"
    with run_lock(tmp_path):
        pass  # released: the next run gets it
