"""Stress: many articles in one pass, and a run killed mid-pass (marked slow; CI runs them).

Both go through the real local server and real stores; the killed run is a real process
sent SIGKILL, so nothing in it gets to clean up.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from revtrack.config import Settings
from revtrack.store import GitStore
from revtrack.store.paths import article_path, normalise_url
from revtrack.watch.run import run_pass
from tests._http_server import LocalServer, Request, http_server

__all__ = ["http_server"]

pytestmark = pytest.mark.slow

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ARTICLES = 200
KINDS = ("changing", "etag", "gone", "flaky", "static")


def _html(n: int, revision: int) -> bytes:
    lead = f"Story {n} revision {revision}: the harbour board met again on Tuesday night."
    rest = "".join(
        f"<p>Paragraph {p} of story {n} says the quay will take about two years to build.</p>"
        for p in range(1, 4)
    )
    return (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
        f"<p>{lead}</p>{rest}</article></body></html>"
    ).encode()


def _route(n: int, kind: str):  # type: ignore[no-untyped-def]
    """A page that behaves as its kind says, pass after pass (count 1, 2, 3)."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        html = {"Content-Type": "text/html"}
        if kind == "changing":
            return 200, html, _html(n, request.count)
        if kind == "etag":
            if request.headers.get("if-none-match") == f'"{n}"':
                return 304, {"ETag": f'"{n}"'}, b""
            return 200, {**html, "ETag": f'"{n}"'}, _html(n, 1)
        if kind == "gone" and request.count > 1:
            return 404, html, b"missing"
        if kind == "flaky" and request.count == 1:
            return 500, html, b"down"
        return 200, html, _html(n, 1)

    return route


def _git(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "--git-dir", str(store), *args], capture_output=True, text=True)


def _fsck_clean(store: Path) -> None:
    result = _git(store, "fsck", "--strict", "--no-dangling")
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_three_passes_over_a_feed_of_hundreds_store_exactly_the_history(
    http_server: LocalServer, store: GitStore
) -> None:
    """Changes, 304s, 404s and errors across 200 articles: each kind's history is exact."""
    kinds = {n: KINDS[n % len(KINDS)] for n in range(ARTICLES)}
    for n, kind in kinds.items():
        http_server.routes[f"/story/{n}"] = _route(n, kind)
    items = "".join(f"<item><link>/story/{n}?utm_source=rss</link></item>" for n in range(ARTICLES))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()
    http_server.page("/rss", feed, "application/rss+xml")
    settings = Settings.model_validate(
        {
            "sources": {"feeds": [http_server.url("/rss")]},
            "fetch": {"timeout": 2, "min_delay_seconds": 0, "allow_private": True},
            "schedule": {
                "tiers": [{"until_hours": 100, "every_minutes": 0}],
                "max_fetches": 1000,
            },
        }
    )
    reports = [run_pass(settings, store, now=T0 + timedelta(minutes=15 * i)) for i in range(3)]

    per_kind = ARTICLES // len(KINDS)
    assert [r.checked for r in reports] == [ARTICLES] * 3
    assert reports[0].new_articles == ARTICLES
    assert [r.exit_code for r in reports] == [1, 0, 0]
    assert len(reports[0].failures) == per_kind  # the flaky ones, tried again next pass
    assert [len(r.changed) for r in reports] == [4 * per_kind, 2 * per_kind, per_kind]
    expected = {
        "changing": (3, []),
        "etag": (1, []),
        "gone": (1, ["gone"]),
        "flaky": (1, []),
        "static": (1, []),
    }
    for n, kind in kinds.items():
        article = article_path(normalise_url(http_server.url(f"/story/{n}")))
        versions = store.versions(article)
        events = [e.kind for e in store.events(article)]
        assert (len(versions), events) == expected[kind], (n, kind)
        if kind == "changing":
            assert f"revision {len(versions)}:" in store.read(versions[-1]).text
    etag_requests = [r for r in http_server.log if r.path == "/story/1"]
    assert [r.headers.get("if-none-match") for r in etag_requests] == [None, '"1"', '"1"']
    commits = int(_git(store.path, "rev-list", "--count", "main").stdout)
    assert commits == sum(len(r.changed) + len(r.events) for r in reports)
    _fsck_clean(store.path)


def _config(tmp_path: Path, store: Path) -> Path:
    path = tmp_path / "config.yaml"
    settings = {
        "store": str(store),
        "fetch": {"timeout": 2, "min_delay_seconds": 0, "allow_private": True},
    }
    path.write_text(yaml.safe_dump(settings))
    return path


def test_a_run_killed_mid_pass_loses_nothing_and_the_next_run_completes(
    http_server: LocalServer, store: GitStore, tmp_path: Path
) -> None:
    """SIGKILL at three points of a pass: the store stays valid, every earlier version is
    still there, and an uninterrupted run afterwards stores all that was left."""
    count = 80
    revision = {"now": 1}
    for n in range(count):

        def route(r: Request, n: int = n) -> tuple[int, dict[str, str], bytes]:
            # With validators: a state that ran ahead of the store (a validator kept for a
            # version the branch lost) would get 304 and never store the new text.
            time.sleep(0.002)
            etag = f'"{n}-{revision["now"]}"'
            if r.headers.get("if-none-match") == etag:
                return 304, {"ETag": etag}, b""
            return 200, {"Content-Type": "text/html", "ETag": etag}, _html(n, revision["now"])

        http_server.routes[f"/story/{n}"] = route
    urls = [http_server.url(f"/story/{n}") for n in range(count)]
    articles = [article_path(normalise_url(url)) for url in urls]
    config = _config(tmp_path, store.path)
    command = [sys.executable, "-m", "revtrack", "snapshot", *urls, "--config", str(config)]

    first = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    before = {a: store.versions(a)[0].commit for a in articles}

    revision["now"] = 2  # every page changes; the runs below store the new text
    for pause in (0.0, 0.1, 0.25):  # kill points: mid-fetch, mid-store, later
        hits = sum(http_server.hits.values())
        run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while sum(http_server.hits.values()) < hits + count // 3 and run.poll() is None:
            time.sleep(0.01)
        time.sleep(pause)
        run.send_signal(signal.SIGKILL)
        assert run.wait(10) == -signal.SIGKILL, "the run ended before it could be killed"
        _fsck_clean(store.path)
        for article in articles:
            versions = store.versions(article)
            assert versions[0].commit == before[article]  # nothing stored before is lost
            assert len(versions) in (1, 2)
            assert "revision 1:" in store.read(versions[0]).text

    done_before_last = sum(len(store.versions(a)) == 2 for a in articles)
    assert done_before_last < count  # the kills did land mid-pass
    last = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert (last.returncode, last.stderr) == (0, "")
    for article in articles:
        versions = store.versions(article)
        assert len(versions) == 2
        assert "revision 2:" in store.read(versions[-1]).text
    _fsck_clean(store.path)
    status = subprocess.run(
        [sys.executable, "-m", "revtrack", "status", "--config", str(config), "--json"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert status.returncode == 0, status.stderr
