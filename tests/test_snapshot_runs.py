"""Snapshots of files as runs: one at a time, written in batches, the index kept up.

The concurrency tests use real ``revtrack snapshot`` processes. Each reads its input from
a named pipe the test holds shut, so a run that got the store's run lock stays inside
its work until the test lets it go: "started together" does not depend on how fast the
machine is.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from revtrack.config import Settings
from revtrack.index import INDEX_FILE, open_index
from revtrack.models import Document
from revtrack.snapshot import snapshot_inputs
from revtrack.store import GitStore
from revtrack.watch.run import run_pass
from revtrack.watch.state import WatchState
from tests._http_server import LocalServer, Request, http_server

__all__ = ["http_server"]

URL = "https://news.example.com/harbour/quay-vote"
T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
BUSY = (
    "Error: Another revtrack run is writing to the store {store}, so nothing was stored; "
    "run this snapshot again when it has finished.\n"
)


def _page(take: int) -> str:
    return (
        f"<html><head><title>Quay vote</title></head><body><article><h1>Quay vote</h1>"
        f"<p>The harbour board voted on Tuesday to build the new quay, take {take} says.</p>"
        "<p>Work starts in spring and takes about two years.</p></article></body></html>"
    )


def _snapshot(store: Path, source: Path, at: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "revtrack", "snapshot", str(source), "--url", URL]
    command += ["--at", at, "--store", str(store)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _writer(pipe: Path, run: subprocess.Popen[str], deadline: float) -> int | None:
    """The write end of ``pipe`` once ``run`` has it open for reading (so it holds the run
    lock and waits for its page), or None if it ends first. The end is kept open: closing
    it would hand the run an empty page and let it go on."""
    while time.monotonic() < deadline and run.poll() is None:
        try:
            return os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: nobody reads the pipe yet
            time.sleep(0.02)
    return None


def _feed(fd: int, text: str) -> None:
    """Let the run read its page through the write end ``fd``, then close it."""
    os.set_blocking(fd, True)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


def _stop(runs: list[subprocess.Popen[str]]) -> None:
    for run in runs:
        if run.poll() is None:
            run.kill()
        run.communicate(timeout=10)


def _count_objects(store: Path) -> dict[str, str]:
    out = subprocess.run(
        ["git", "--git-dir", str(store), "count-objects", "-v"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(line.split(": ", 1) for line in out.splitlines())


def _texts(store: Path) -> list[str]:
    with GitStore.open(store) as opened:
        return [opened.read(v).text for vs in opened.all_versions().values() for v in vs]


def test_two_snapshots_started_together_one_works_the_other_stops_at_once(
    store: GitStore, tmp_path: Path
) -> None:
    pipes = [tmp_path / "first.html", tmp_path / "second.html"]
    for pipe in pipes:
        os.mkfifo(pipe)
    runs = [
        _snapshot(store.path, pipes[0], "2026-06-01T09:00Z"),
        _snapshot(store.path, pipes[1], "2026-06-01T10:00Z"),
    ]
    try:
        # The run that lost the race ends by itself, without its pipe ever being opened.
        deadline = time.monotonic() + 60
        while all(r.poll() is None for r in runs) and time.monotonic() < deadline:
            time.sleep(0.02)
        stopped = next(i for i, r in enumerate(runs) if r.poll() is not None)
        working = 1 - stopped
        out, err = runs[stopped].communicate(timeout=10)
        assert (runs[stopped].returncode, out, err) == (1, "", BUSY.format(store=store.path))
        assert runs[working].poll() is None  # still inside its work, holding the lock
        fd = _writer(pipes[working], runs[working], time.monotonic() + 60)
        assert fd is not None
        _feed(fd, _page(working + 1))
        out, err = runs[working].communicate(timeout=60)
    finally:
        _stop(runs)
    assert (runs[working].returncode, err) == (0, "")
    assert "stored" in out
    assert [f"take {working + 1} says" in t for t in _texts(store.path)] == [True]


def test_a_lock_left_by_a_killed_snapshot_is_recovered(store: GitStore, tmp_path: Path) -> None:
    pipe = tmp_path / "page.html"
    os.mkfifo(pipe)
    run = _snapshot(store.path, pipe, "2026-06-01T09:00Z")
    try:
        fd = _writer(pipe, run, time.monotonic() + 60)
        assert fd is not None  # it holds the run lock, waiting for its page
        run.send_signal(signal.SIGKILL)
        run.communicate(timeout=10)
        os.close(fd)
    finally:
        _stop([run])
    assert run.returncode == -signal.SIGKILL
    page = tmp_path / "page-2.html"
    page.write_text(_page(2))
    after = _snapshot(store.path, page, "2026-06-01T10:00Z")
    _out, err = after.communicate(timeout=60)
    assert (after.returncode, err) == (0, "")
    assert [("take 2 says" in t) for t in _texts(store.path)] == [True]


def test_a_snapshot_of_many_files_writes_one_pack_and_no_loose_object(
    store: GitStore, tmp_path: Path
) -> None:
    files = []
    for n in range(30):
        page = tmp_path / f"story-{n}.html"
        page.write_text(
            f'<html><head><title>Story {n}</title><link rel="canonical" '
            f'href="https://news.example.com/story/{n}"></head><body><article>'
            f"<p>Story {n}: the harbour board met on Tuesday and voted {n} to 2.</p>"
            "</article></body></html>"
        )
        files.append(str(page))
    results = snapshot_inputs(store, files, at=T0)
    assert [r.error for r in results] == [None] * 30
    assert all(r.version is not None for r in results)
    fields = _count_objects(store.path)
    assert fields["count"] == "0"  # nothing loose: every version went into a pack
    assert fields["garbage"] == "0"
    assert len(store.articles()) == 30


def test_after_a_snapshot_the_index_holds_the_new_versions_already(
    store: GitStore, tmp_path: Path
) -> None:
    """The snapshot reads its own commits into an index the store has (from the last
    commit the index knew), so the next query has nothing to catch up; the derived rows
    of the articles it did not touch are kept."""
    store.put(Document("The council met on Monday.", url=URL, title="Council"), at=T0)
    other = "https://news.example.com/weather/storm"
    store.put(Document("Storm warning for the coast tonight.", url=other), at=T0)
    with open_index(store) as index:
        index.stealth_edits()  # derived rows of both articles
    database = store.path / INDEX_FILE
    before = dict(sqlite3.connect(database).execute("SELECT path, derived FROM articles"))
    page = tmp_path / "v2.txt"
    page.write_text("The council met on Monday night.")
    [result] = snapshot_inputs(store, [str(page)], at=T0 + timedelta(hours=2), url=URL)
    assert result.version is not None
    head = subprocess.run(
        ["git", "--git-dir", str(store.path), "rev-parse", "main"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    with sqlite3.connect(database) as conn:  # read as it is, without any query first
        assert conn.execute("SELECT value FROM meta WHERE key = 'head'").fetchone() == (head,)
        rows = conn.execute(
            "SELECT number, commit_sha FROM versions WHERE article = ? ORDER BY number",
            (result.version.article,),
        ).fetchall()
        derived = dict(conn.execute("SELECT path, derived FROM articles"))
    assert rows[-1] == (2, result.version.commit)
    untouched = next(p for p in before if p != result.version.article)
    assert derived[untouched] == before[untouched] is not None
    assert derived[result.version.article] is None  # computed by the query that asks


def test_a_watching_pass_writes_a_pack_keeps_its_state_in_step_and_the_index_up(
    http_server: LocalServer, store: GitStore
) -> None:
    """A pass stores its versions in a batch (no loose object), records each page's
    validator only with its version on the branch, and reads its commits into the index."""
    for n in range(12):

        def route(r: Request, n: int = n) -> tuple[int, dict[str, str], bytes]:
            page = f"<html><head><title>Story {n}</title></head><body><article>"
            page += f"<p>Story {n}: the harbour board met on Tuesday and voted {n} to 2.</p>"
            page += f"<p>Revision {r.count}.</p></article></body></html>"
            return 200, {"Content-Type": "text/html", "ETag": f'"{n}-{r.count}"'}, page.encode()

        http_server.routes[f"/story/{n}"] = route
    urls = [http_server.url(f"/story/{n}") for n in range(12)]
    settings = Settings.model_validate(
        {
            "sources": {"articles": urls},
            "fetch": {"timeout": 5, "min_delay_seconds": 0, "allow_private": True},
        }
    )
    store.put(Document("An older story.", url="https://news.example.com/old"), at=T0)
    with open_index(store) as index:
        assert len(index.articles()) == 1
    report = run_pass(settings, store, now=T0 + timedelta(hours=1))
    assert (report.exit_code, len(report.changed)) == (0, 12)
    fields = _count_objects(store.path)
    # Loose: only the five objects of the one version put above (blob, three trees along
    # its path, commit); the pass's twelve went into a pack.
    assert (fields["count"], fields["garbage"]) == ("5", "0")
    with WatchState(store.path) as state:
        etags = {url: state.article(url).etag for url in urls}  # type: ignore[union-attr]
    assert etags == {url: f'"{n}-1"' for n, url in enumerate(urls)}
    head = subprocess.run(
        ["git", "--git-dir", str(store.path), "rev-parse", "main"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    with sqlite3.connect(store.path / INDEX_FILE) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'head'").fetchone() == (head,)
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (13,)
