"""Crash safety and concurrency of writing, proven with real processes killed by SIGKILL.

Marked slow (CI runs them): each kills real writer processes at random moments, many
times, and checks what a user relies on afterwards: ``git fsck --strict`` is clean, the
branch is on a complete commit, every version a writer had reported as stored is there,
and the next run stores the rest with no duplicate. The killed web run and the busy
second run are in tests/test_watch_stress.py and tests/test_watch_cli.py; two snapshots
of files started together, and a killed one's lock, in tests/test_snapshot_runs.py.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from revtrack.index import open_index
from revtrack.store import GitStore

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 40
TAKES = 5

# A writer that reports each version as its put returns (flushed at once), as a caller of
# the library would; in batch mode it reports the versions of a batch after its checkpoint.
WRITER = """
import json, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from revtrack.models import Document
from revtrack.store import GitStore
from revtrack.store.paths import article_path, normalise_url

store = GitStore.open(Path(sys.argv[1]))
articles, takes, batch = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
t0 = datetime(2026, 5, 1, tzinfo=UTC)
pending = []

def report(items):
    for v in items:
        print(json.dumps([v.article, v.commit]), flush=True)

def url(n):
    return f"https://news.example.com/story/{n}"

def done(n):
    # What an earlier, killed run stored already: a rerun carries on from there.
    current = store.current(article_path(normalise_url(url(n))))
    return int(current.text.rsplit(" ", 1)[1].rstrip(".")) if current else 0

def write():
    start = {n: done(n) for n in range(articles)}
    for take in range(1, takes + 1):
        for n in range(articles):
            if take <= start[n]:
                continue
            text = f"Story {n} says the quay opens in spring. This is take {take}."
            doc = Document(text, url=url(n), title=f"Story {n}")
            v = store.put(doc, at=t0 + timedelta(minutes=take * 1000 + n))
            sys.stderr.write("."); sys.stderr.flush()  # progress, for the test to kill by
            if v is not None:
                pending.append(v)
                if not batch:
                    report(pending); pending.clear()

if batch:
    with store.batch(every=batch):
        write()
    report(pending)
else:
    write()
"""


def _git(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "--git-dir", str(store), *args], capture_output=True, text=True)


def _fsck(store: Path) -> None:
    """``git fsck --strict`` clean and the branch on a complete commit (or not made yet,
    when the kill came before the first version)."""
    fsck = _git(store, "fsck", "--strict", "--no-dangling")
    if _git(store, "rev-parse", "--verify", "-q", "main").returncode != 0:
        assert fsck.returncode == 0 and "unborn branch" in fsck.stderr, fsck.stderr
        return
    assert (fsck.returncode, fsck.stderr.strip()) == (0, "")
    head = _git(store, "rev-parse", "--verify", "main^{commit}")
    assert head.returncode == 0, head.stderr


def _check_store(store: Path, reported: list[tuple[str, str]]) -> dict[str, list[str]]:
    """fsck clean, the branch on a commit, every reported version there; the texts by article."""
    _fsck(store)
    with GitStore.open(store) as opened:
        texts = {
            path: [opened.read(v).text for v in versions]
            for path, versions in opened.all_versions().items()
        }
        commits = {v.commit for vs in opened.all_versions().values() for v in vs}
    for article, commit in reported:
        assert commit in commits, f"{commit} was reported stored and is not on the branch"
        assert article in texts
    for path, found in texts.items():
        takes = [int(t.rsplit(" ", 1)[1].rstrip(".")) for t in found]
        assert takes == sorted(set(takes)), (path, takes)  # no duplicate, in order
    return texts


def _run_and_kill(store: Path, batch: int, kills: int, seed: int, articles: int = ARTICLES) -> None:
    rng = random.Random(seed)  # noqa: S311  (when to kill, not a secret)
    command = [sys.executable, "-c", WRITER, str(store), str(articles), str(TAKES), str(batch)]
    reported: list[tuple[str, str]] = []
    killed = 0
    per_run = max(2, articles * TAKES // (kills + 4))  # the kills fall well inside the work
    for _ in range(kills):
        before = int(_git(store, "rev-list", "--count", "--all").stdout or 0)
        popen = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
        )
        with popen as writer:
            # Killed after a random number of writes, not after a random time, so the
            # kills land inside the writing on a fast machine and on a loaded one alike.
            assert writer.stderr is not None
            for _ in range(rng.randint(1, per_run)):
                if not writer.stderr.read(1):
                    break
            writer.send_signal(signal.SIGKILL)
            out, _ = writer.communicate(timeout=30)
            killed += writer.returncode == -signal.SIGKILL
        reported += [tuple(json.loads(line)) for line in out.splitlines()]  # type: ignore[misc]
        _check_store(store, reported)
        if batch and writer.returncode == -signal.SIGKILL:
            # Killed inside its batch: the branch moved only at whole checkpoints.
            after = int(_git(store, "rev-list", "--count", "--all").stdout or 0)
            assert (after - before) % batch == 0, (before, after)
    assert killed >= kills // 3, "the runs finished before they could be killed"
    final = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert final.returncode == 0, final.stderr
    reported += [tuple(json.loads(line)) for line in final.stdout.splitlines()]  # type: ignore[misc]
    texts = _check_store(store, reported)
    assert len(texts) == articles
    for found in texts.values():  # the next run completed the rest, with no duplicate
        assert [t.rsplit(" ", 1)[1] for t in found] == [f"{k}." for k in range(1, TAKES + 1)]


def test_writes_killed_at_random_moments_lose_nothing_reported(store: GitStore) -> None:
    _run_and_kill(store.path, batch=0, kills=12, seed=12)


def test_batches_killed_at_random_moments_leave_the_branch_on_a_checkpoint(
    store: GitStore,
) -> None:
    _run_and_kill(store.path, batch=15, kills=12, seed=15, articles=400)


def _page(n: int, take: int) -> str:
    return (
        f'<html><head><title>Story {n}</title><link rel="canonical" '
        f'href="https://news.example.com/story/{n}"></head><body><article><h1>Story {n}</h1>'
        f"<p>Story {n} says the harbour board met on Tuesday and approved the quay.</p>"
        f"<p>The quay will take about two years to build, take {take} says.</p>"
        "</article></body></html>"
    )


def test_a_long_snapshot_killed_many_times_then_completed(store: GitStore, tmp_path: Path) -> None:
    """`revtrack snapshot FILE...` over many pages, killed at random moments: the store
    stays valid each time, and a last uninterrupted run leaves exactly one version per
    page and take."""
    count = 60
    pages = tmp_path / "pages"
    pages.mkdir()
    rng = random.Random(7)  # noqa: S311
    for take in (1, 2):
        files = []
        for n in range(count):
            page = pages / f"story-{n}-take-{take}.html"
            page.write_text(_page(n, take))
            files.append(str(page))
        command = [sys.executable, "-m", "revtrack", "snapshot", *files, "--store", str(store.path)]
        command += ["--at", f"2026-05-0{take}T08:00Z"]
        for _ in range(4):
            with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as run:
                time.sleep(rng.uniform(0.5, 4.0))
                run.send_signal(signal.SIGKILL)
                run.communicate(timeout=30)
            _check_store_pages(store.path)
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        texts = _check_store_pages(store.path)
        assert len(texts) == count
        assert all(len(found) == take for found in texts.values())


def _check_store_pages(store: Path) -> dict[str, list[str]]:
    _fsck(store)
    with GitStore.open(store) as opened:
        texts = {
            path: [opened.read(v).text for v in versions]
            for path, versions in opened.all_versions().items()
        }
    for path, found in texts.items():
        takes = ["take 1 says" in t for t in found]
        assert takes in ([True], [True, False]), (path, takes)
    return texts


def test_a_lock_left_by_a_killed_writer_is_recovered(store: GitStore) -> None:
    """A writer killed while it holds the store's locks (the writer lock, the watch lock,
    the index lock) leaves nothing that stops the next one: the kernel drops the locks."""
    hold = (
        "import sys, time, fcntl, pathlib\n"
        "from revtrack.watch.state import run_lock\n"
        "from revtrack.store import GitStore\n"
        "s = GitStore.open(pathlib.Path(sys.argv[1]))\n"
        "index_lock = open(s.path / 'revtrack' / 'index.lock', 'a')\n"
        "fcntl.flock(index_lock, fcntl.LOCK_EX)\n"
        "with run_lock(s.path), s.batch():\n"
        "    print('holding', flush=True); time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", hold, str(store.path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    (store.path / "refs" / "heads").mkdir(parents=True, exist_ok=True)
    (store.path / "refs" / "heads" / "main.lock").write_text("left by the killed run")
    writer = subprocess.run(
        [sys.executable, "-c", WRITER, str(store.path), "3", "1", "0"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert writer.returncode == 0, writer.stderr
    run = subprocess.run(
        [sys.executable, "-m", "revtrack", "articles", "--json", "--store", str(store.path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)) == 3


@pytest.mark.parametrize("batch", [0, 4], ids=["one-by-one", "batches"])
def test_queries_during_a_snapshot_see_a_consistent_state(store: GitStore, batch: int) -> None:
    """While a writer stores version after version (loose, or in batches as snapshots
    and watching passes write, a new pack at each checkpoint), every query answers from
    one complete commit: the listing's counts agree with each article's versions, the
    numbers run 1..n, the last version's text is the take its number says, and nothing
    goes back. The queries share one open store, as a long-lived reader does, so they
    also find the objects of packs added after it first read one."""
    command = [sys.executable, "-c", WRITER, str(store.path), "12", "12", str(batch)]
    seen_total = 0
    checks = 0
    opened = GitStore.open(store.path)
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=ROOT) as writer:
        while writer.poll() is None or checks < 3:
            with open_index(opened) as index:
                summaries = index.articles()
                every = index.all_versions()
                assert {a.path: a.versions for a in summaries} == {
                    p: len(vs) for p, vs in every.items()
                }
                for versions in every.values():
                    assert [v.number for v in versions] == list(range(1, len(versions) + 1))
                    assert opened.read(versions[-1]).text.endswith(f"take {len(versions)}.")
                total = sum(a.versions for a in summaries)
                assert total >= seen_total  # a later query never sees less
                seen_total = total
                index.stealth_edits()
            checks += 1
    assert writer.returncode == 0
    assert checks > 3
    with open_index(store) as index:
        assert sum(a.versions for a in index.articles()) == 12 * 12
