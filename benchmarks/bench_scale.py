"""A store at newsroom scale: ingest speed, query speed from the index, rebuild, memory, size.

Builds a synthetic store of ARTICLES articles x VERSIONS versions (10,000 x 10 at
``--scale 1``) from generated article-like text with the edits newsrooms make (a figure
corrected, a name fixed, a sentence added or cut, a word changed, a headline rewritten,
now and then a correction notice with its fix), plus one article with 200 versions, and
measures, in one run:

- ingest: ``GitStore.put`` in one process, versions per second over the first and the
  last 10,000 versions (a tenth of the run when it is smaller), as the median of
  1,000-version batches; and the same commits (same files, paths, messages and times)
  written by one ``git fast-import`` process, timed batch by batch with its ``progress``
  command, as the practical limit;
- ``revtrack reindex`` from scratch, and the queries (``log`` of the 200-version article,
  ``articles``, ``corrections``, ``corrections --stealth``) just after it and warm (median
  of 5), each as a whole ``revtrack`` process and as the library call alone; with the
  same listings read straight from git for the ratio;
- ``reindex`` again on the same store (the memo of notices and changes kept), and the
  first ``corrections`` after one more version of the 200-version article, with the memo
  and with it emptied;
- the peak memory of each process (its own VmHWM);
- the store's size on disk after ``git gc`` against the size of the text it holds.

    python benchmarks/bench_scale.py --scale 0.05     # a quick run (500 articles)
    python benchmarks/bench_scale.py                  # the full run: 100,000 versions
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

START = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
BATCH = 1000
LONG_VERSIONS = 200

FIRST = [
    "Maria",
    "James",
    "Ahmed",
    "Chen",
    "Olga",
    "Pedro",
    "Aisha",
    "Tom",
    "Ingrid",
    "Kofi",
    "Lena",
    "Ravi",
    "Sofia",
    "Jonas",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Haddad",
    "Novak",
    "Brennan",
    "Ferreira",
    "Kowalski",
    "Mensah",
    "Duarte",
    "Schultz",
    "Rahman",
    "Castillo",
    "Byrne",
    "Ivanova",
    "Nakamura",
    "Osei",
    "Whitfield",
    "Sorensen",
]
ROLES = [
    "mayor",
    "spokeswoman",
    "spokesman",
    "director",
    "chairman",
    "minister",
    "professor",
    "chief",
]
ORGS = [
    "city council",
    "harbour board",
    "health ministry",
    "school district",
    "transit authority",
    "water utility",
    "county court",
    "university",
    "police department",
    "chamber of commerce",
]
THINGS = [
    "new bridge",
    "budget",
    "rail line",
    "flood barrier",
    "housing plan",
    "school merger",
    "tax increase",
    "hospital wing",
    "bus network",
    "recycling scheme",
    "stadium deal",
    "port expansion",
]
PLACES = [
    "Riverton",
    "Eastbrook",
    "Millford",
    "Ashgate",
    "Port",
    "Sable",
    "Northwick",
    "Dunmore",
    "Calder",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SWAPS = {
    "said": "added",
    "approved": "backed",
    "cost": "total",
    "would": "could",
    "new": "planned",
    "reporters": "journalists",
    "residents": "locals",
    "plan": "proposal",
}
TEMPLATES = (
    "{name}, the {role} of the {org}, said the {thing} would cost ${n} million.",
    "The {org} voted {a} to {b} on {day} to approve the {thing} in {place}.",
    '"We have waited {n} years for this," {name} told reporters on {day}.',
    "About {n},000 residents of {place} signed a petition against the {thing}.",
    "Work on the {thing} is expected to start in {place} within {a} months.",
    "{name} said the {org} had not been consulted before the vote on {day}.",
    "Critics say the {thing} will cost {place} more than ${n} million over a decade.",
    "The {org} will meet again on {day} to discuss the {thing}, {name} said.",
    "Officials in {place} said {n} people attended the hearing on {day}.",
    "Supporters of the {thing} say it will create {n}0 jobs in {place}.",
)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        name=_name(rng),
        role=rng.choice(ROLES),
        org=rng.choice(ORGS),
        thing=rng.choice(THINGS),
        place=rng.choice(PLACES),
        day=rng.choice(DAYS),
        n=rng.randint(2, 95),
        a=rng.randint(2, 9),
        b=rng.randint(1, 6),
    )


@dataclass
class Article:
    """One synthetic article as it is edited version after version."""

    url: str
    title: str
    paragraphs: list[list[str]]
    rng: random.Random
    noticed: bool = False

    @classmethod
    def new(cls, n: int, seed: int) -> Article:
        rng = random.Random(seed * 1_000_003 + n)
        host = f"www.{rng.choice(PLACES).lower()}-{rng.choice(['times', 'post', 'herald'])}.com"
        section = rng.choice(["news", "politics", "local", "business"])
        url = f"https://{host}/{section}/2026/01/story-{n:06d}"
        title = (
            f"{rng.choice(ORGS).capitalize()} backs {rng.choice(THINGS)} in {rng.choice(PLACES)}"
        )
        paragraphs = [[_sentence(rng) for _ in range(rng.randint(2, 3))] for _ in range(12)]
        return cls(url, title, paragraphs, rng)

    def text(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs)

    def edit(self) -> None:
        """One to three of the edits a newsroom makes between two versions (never none)."""
        before = (self.title, self.text())
        while (self.title, self.text()) == before:
            self._edit()

    def _edit(self) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 3)):
            roll = rng.random()
            p = rng.randrange(len(self.paragraphs))
            para = self.paragraphs[p]
            s = rng.randrange(len(para))
            words = para[s].split(" ")
            if roll < 0.05 and not self.noticed:
                self._correct()
            elif roll < 0.25:  # a figure changed
                spots = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
                if spots:
                    i = rng.choice(spots)
                    digits = "".join(c for c in words[i] if c.isdigit())
                    words[i] = words[i].replace(digits, str(int(digits) + rng.randint(1, 9)))
            elif roll < 0.40:  # a name fixed
                spots = [i for i, w in enumerate(words) if w.strip(",.") in LAST]
                if spots:
                    i = rng.choice(spots)
                    words[i] = words[i].replace(words[i].strip(",."), rng.choice(LAST))
            elif roll < 0.55:  # a word changed
                spots = [i for i, w in enumerate(words) if w in SWAPS]
                if spots:
                    i = rng.choice(spots)
                    words[i] = SWAPS[words[i]]
            elif roll < 0.75:  # a sentence added
                para.insert(rng.randint(0, len(para)), _sentence(rng))
            elif roll < 0.85 and len(para) > 1:  # a sentence cut
                para.pop(s)
                continue
            elif roll < 0.92:  # a paragraph added (an update)
                self.paragraphs.insert(p, [_sentence(rng), _sentence(rng)])
                continue
            else:  # the headline rewritten
                self.title = f"{self.title.split(' in ')[0]} in {rng.choice(PLACES)}"
                continue
            para[s] = " ".join(words)

    def _correct(self) -> None:
        """A figure fixed, with a correction notice saying so."""
        rng = self.rng
        wrong, right = rng.randint(20, 60), rng.randint(61, 99)
        self.paragraphs[0][0] = self.paragraphs[0][0].rstrip(".") + f", with {right} members."
        thing = rng.choice(THINGS)
        self.paragraphs.append(
            [
                f"Correction: An earlier version of this article misstated the number of "
                f"members of the {thing} committee. It is {right}, not {wrong}."
            ]
        )
        self.noticed = True


def versions_stream(
    articles: int, versions: int, seed: int
) -> Iterator[tuple[str, str, str, datetime]]:
    """(url, title, text, observed_at) for every version, round by round, as cron sees them."""
    pool = [Article.new(n, seed) for n in range(articles)]
    long = Article.new(articles, seed)
    at = START
    for rnd in range(versions):
        for article in pool:
            if rnd:
                article.edit()
            at += timedelta(seconds=7)
            yield article.url, article.title, article.text(), at
        for _ in range(LONG_VERSIONS // versions):
            long.edit()
            at += timedelta(seconds=7)
            yield long.url, long.title, long.text(), at


# --- ingest ---------------------------------------------------------------------------------


def ingest_put(
    store_dir: Path,
    items: Iterable[tuple[str, str, str, datetime]],
    every: int | None,
    packs: list[int] | None = None,
) -> list[float]:
    """Write ``items`` with GitStore.put, in batches of ``every`` (None: one by one, each
    version its own loose objects); the time after each write. ``packs`` gets the
    store's pack count after each batch."""
    from revtrack.models import Document
    from revtrack.store import GitStore

    store = GitStore.init(store_dir)
    pack_dir = store_dir / "objects" / "pack"
    stamps = [time.perf_counter()]
    with store.batch(every=every) if every else contextlib.nullcontext():
        for n, (url, title, text, at) in enumerate(items, 1):
            store.put(Document(text, url=url, title=title), at=at)
            stamps.append(time.perf_counter())
            if packs is not None and every and n % every == 0:
                packs.append(len(list(pack_dir.glob("*.pack"))))
    stamps[-1] = time.perf_counter()  # the last checkpoint included
    store.index_history()
    store.close()
    return stamps


def ingest_fast_import(
    repo: Path, articles: int, versions: int, seed: int, every: int = BATCH
) -> list[float]:
    """The same commits through one ``git fast-import``; the time after each batch."""
    from revtrack.models import Document
    from revtrack.store import IDENTITY
    from revtrack.store.paths import article_path, normalise_url
    from revtrack.store.records import encode_document

    subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    process = subprocess.Popen(
        ["git", "--git-dir", str(repo), "fast-import", "--quiet", "--done"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    stamps = [time.perf_counter()]

    def read_progress() -> None:
        assert process.stdout is not None
        for _line in process.stdout:
            stamps.append(time.perf_counter())

    reader = threading.Thread(target=read_progress)
    reader.start()
    out = process.stdin
    for n, (url, title, text, at) in enumerate(versions_stream(articles, versions, seed), 1):
        url = normalise_url(url)
        path = article_path(url)
        data = encode_document(Document(text, url=url, title=title))
        message = (
            f"{path}: {title}\n\nArticle: {path}\nArticle-Url: {url}\n"
            f"Observed-At: {at.isoformat()}\nArticle-Title: {title}\n"
        ).encode()
        stamp = f"{IDENTITY} {int(at.timestamp())} +0000"
        out.write(f"commit refs/heads/main\nauthor {stamp}\ncommitter {stamp}\n".encode())
        out.write(b"data %d\n%s\n" % (len(message), message))
        out.write(f"M 100644 inline {path}\n".encode())
        out.write(b"data %d\n%s\n" % (len(data), data))
        if n % every == 0:
            out.write(f"progress {n}\n".encode())
    out.write(b"done\n")
    out.close()
    process.wait()
    reader.join()
    stamps.append(time.perf_counter())  # the pack finished and its index written
    return stamps


def batch_rates(stamps: list[float], every: int) -> list[float]:
    """Versions per second in each batch of ``every`` versions."""
    return [every / (b - a) for a, b in itertools.pairwise(stamps) if b > a]


# --- processes, timed and measured ----------------------------------------------------------


# Peak memory of the process itself: ru_maxrss would report at least this script's own
# size, which a child inherits at fork. The peak of the child's own memory map (VmHWM) is
# written out as it exits.
_PEAK = """
import atexit, os, runpy, sys
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            open(os.environ["BENCH_PEAK_FILE"], "w").write(line.split()[1])
atexit.register(_peak)
mode, target, *rest = sys.argv[1:]
sys.argv = [target, *rest]
if mode == "-m":
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    sys.argv[0] = "-c"
    exec(compile(target, "<bench>", "exec"), {"__name__": "__main__"})
"""
# CPU seconds (user + system, its git processes included) of the last ``measured`` run:
# on a shared machine wall time includes waiting for the cores.
LAST_CPU = [0.0]


def measured(command: list[str], *, env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """Run ``command``; its wall time in seconds, peak memory in MB and stdout."""
    peak_file = tempfile.NamedTemporaryFile(delete=False)  # noqa: SIM115
    peak_file.close()
    if command[0] == sys.executable and command[1] in ("-m", "-c"):
        command = [sys.executable, "-c", _PEAK, *command[1:]]
    env = {**(env or os.environ), "BENCH_PEAK_FILE": peak_file.name}
    started = time.perf_counter()
    # Both streams go to files: a child that fills a pipe nobody reads until it exits
    # would wait for ever.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        LAST_CPU[0] = usage.ru_utime + usage.ru_stime
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        error = err.read().decode(errors="replace")
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {error}")
        out.seek(0)
        text = Path(peak_file.name).read_text().strip()
        Path(peak_file.name).unlink()
        return elapsed, int(text or 0) // 1024, out.read().decode()


def library_time(
    store_dir: Path, what: str, article: str, *, direct: bool = False
) -> tuple[float, int]:
    """The library call alone, in a fresh process (seconds, MB)."""
    code = f"""
import sys, time, resource, pathlib
from revtrack.store import GitStore
from revtrack.index import open_index
from revtrack import corrections
store = GitStore.open(pathlib.Path({str(store_dir)!r}))
t = time.perf_counter()
if {direct!r}:
    if {what!r} == "log":
        store.versions({article!r}); store.events({article!r})
    elif {what!r} == "articles":
        store.articles()
    elif {what!r} == "corrections":
        corrections.correction_log(store, [{article!r}])
else:
    with open_index(store) as index:
        if {what!r} == "log":
            index.versions({article!r}); index.events({article!r})
        elif {what!r} == "articles":
            index.articles()
        elif {what!r} == "corrections":
            index.correction_log()
        elif {what!r} == "stealth":
            index.stealth_edits()
print(time.perf_counter() - t)
"""
    _wall, memory, out = measured([sys.executable, "-c", code])
    return float(out.strip()), memory


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def disk_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def listings_only(store_dir: Path, scale: float, seed: int) -> None:
    """The commit rows of the index from scratch, and ``log`` and ``articles`` from them.

    Neither listing needs the differ, so on a store whose derived rows would take long to
    compute this measures what they cost at full size.
    """
    from revtrack.index import INDEX_FILE
    from revtrack.store.paths import article_path, normalise_url

    revtrack = [sys.executable, "-m", "revtrack"]
    store_arg = ["--store", str(store_dir)]
    long_path = article_path(normalise_url(Article.new(max(int(10_000 * scale), 10), seed).url))
    commits = subprocess.run(
        ["git", "--git-dir", str(store_dir), "rev-list", "--count", "main"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    print(f"machine: {cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"store of {commits} commits")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_dir / INDEX_FILE}{suffix}").unlink(missing_ok=True)
    first_s, first_mb, _ = measured([*revtrack, "articles", *store_arg])
    print(f"index commit rows from scratch (the first `articles`): {first_s:.1f} s "
          f"({LAST_CPU[0]:.1f} s CPU), peak {first_mb} MB")  # fmt: skip
    print("| query | warm s (median of 5) | CPU s | peak MB | library, index s | library, git s |")
    print("|---|---|---|---|---|---|")
    for name, command, what in (
        ("log (200 versions)", ["log", long_path], "log"),
        ("articles", ["articles"], "articles"),
    ):
        warm, cpu = [], []
        for _ in range(5):
            warm.append(measured([*revtrack, *command, *store_arg]))
            cpu.append(LAST_CPU[0])
        ours = statistics.median(library_time(store_dir, what, long_path)[0] for _ in range(3))
        theirs = library_time(store_dir, what, long_path, direct=True)[0]
        print(f"| {name} | {statistics.median(w[0] for w in warm):.2f} | "
              f"{statistics.median(cpu):.2f} | {max(w[1] for w in warm)} | {ours:.3f} | "
              f"{theirs:.2f} |")  # fmt: skip


def ingest_only(scale: float, versions: int, seed: int, batch: int = BATCH) -> None:
    """The batched writer and fast-import alone, in one run: the rate and the store's pack
    count batch by batch, and the first and last windows of up to 10,000 versions (the
    first and second halves at ``--scale 0.2``); ``batch`` versions a pack (a smaller
    batch leaves as many packs in a short run as a full-scale run does)."""
    articles = max(int(10_000 * scale), 10)
    total = articles * versions + LONG_VERSIONS
    window = min(10_000, total // 2)
    root = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        print(f"machine: {cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"{total} versions, batches of {batch}; windows: the first and last {window}")
        packs: list[int] = []
        put = ingest_put(root / "store", versions_stream(articles, versions, seed), batch, packs)
        fast = ingest_fast_import(root / "fast-import.git", articles, versions, seed, batch)
        put_rates = batch_rates(put[::batch], batch)
        fast_rates = batch_rates(fast[: len(fast) - 1], batch)
        print("| batch | versions/s | fast-import versions/s | packs after it |")
        print("|---|---|---|---|")
        for n, (ours, theirs, count) in enumerate(zip(put_rates, fast_rates, packs, strict=False)):
            print(f"| {n + 1} | {ours:.0f} | {theirs:.0f} | {count} |")
        per = window // batch
        first, last = statistics.median(put_rates[:per]), statistics.median(put_rates[-per:])
        f_first = statistics.median(fast_rates[:per])
        f_last = statistics.median(fast_rates[-per:])
        whole = total / (put[-1] - put[0])
        f_whole = total / (fast[-1] - fast[0])
        print(
            f"batches: first {first:.0f}, last {last:.0f} versions/s, last/first "
            f"{last / first:.2f}; whole run {whole:.0f}; most packs at once {max(packs)}"
        )
        print(
            f"fast-import: first {f_first:.0f}, last {f_last:.0f}, last/first "
            f"{f_last / f_first:.2f}; whole run {f_whole:.0f}"
        )
        print(f"batches / fast-import: first {first / f_first:.2f}, last {last / f_last:.2f}, "
              f"whole run {whole / f_whole:.2f}")  # fmt: skip
        fsck = subprocess.run(
            ["git", "--git-dir", str(root / "store"), "fsck", "--strict", "--no-dangling"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        print(f"git fsck --strict: {'clean' if fsck.returncode == 0 else fsck.stderr.strip()}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 10,000 articles")
    parser.add_argument("--versions", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    parser.add_argument(
        "--listings-on",
        type=Path,
        metavar="STORE",
        help="only time the index's commit rows and log/articles on a store built before",
    )
    parser.add_argument(
        "--ingest-only",
        action="store_true",
        help="only the batched writer and fast-import, batch by batch, with the pack count",
    )
    parser.add_argument(
        "--batch", type=int, default=BATCH, help="with --ingest-only: versions a pack"
    )
    args = parser.parse_args()
    if args.ingest_only:
        ingest_only(args.scale, args.versions, args.seed, args.batch)
        return
    if args.listings_on:
        listings_only(args.listings_on, args.scale, args.seed)
        return
    articles = max(int(10_000 * args.scale), 10)
    total = articles * args.versions + LONG_VERSIONS
    window = min(10_000, total // 10)
    revtrack = [sys.executable, "-m", "revtrack"]
    root = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    store_dir = args.keep or root / "store"
    try:
        print(f"machine: {cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"{articles} articles x {args.versions} versions + one of {LONG_VERSIONS}: {total}")
        # Ingest: batches, one by one, and fast-import, all in this one run.
        batch = min(BATCH, max(window // 5, 10))
        per = max(window // batch, 1)
        put = ingest_put(store_dir, versions_stream(articles, args.versions, args.seed), batch)
        fast = ingest_fast_import(
            root / "fast-import.git", articles, args.versions, args.seed, every=batch
        )
        # One by one: the first versions into an empty store, then the next ones (an
        # eleventh version of the first articles) on top of the full store.
        stream = versions_stream(articles, args.versions + 1, args.seed)
        single_first = ingest_put(root / "single", itertools.islice(stream, window), None)
        tail = itertools.islice(
            versions_stream(articles, args.versions + 1, args.seed), total, total + window
        )
        single_last = ingest_put(store_dir, tail, None)
        rows = []
        for name, stamps in (
            (f"GitStore.put in batches (a pack per {batch})", put),
            ("GitStore.put one by one (outside a batch)", [*single_first, *single_last]),
            ("git fast-import (one process)", fast[: len(fast) - 1]),
        ):
            if name.startswith("GitStore.put one"):
                rates_first = batch_rates(single_first[::batch], batch)
                rates_last = batch_rates(single_last[::batch], batch)
                elapsed = (single_first[-1] - single_first[0]) + (single_last[-1] - single_last[0])
                count = 2 * window
            else:
                rates = batch_rates(stamps[::batch] if stamps is put else stamps, batch)
                rates_first, rates_last = rates[:per], rates[-per:]
                elapsed, count = stamps[-1] - stamps[0], total
            rows.append((name, count / elapsed, statistics.median(rates_first),
                         statistics.median(rates_last)))  # fmt: skip
        print(f"\ningest, versions/s: median of {batch}-version batches over the first and the")
        print(f"last {window} versions")
        print("| writer | whole run | first | last | last/first |")
        print("|---|---|---|---|---|")
        for name, whole, first, last in rows:
            print(f"| {name} | {whole:.0f} | {first:.0f} | {last:.0f} | {last / first:.2f} |")
        fast_row = rows[-1]
        for name, whole, first, last in rows[:-1]:
            ratios = first / fast_row[2], last / fast_row[3], whole / fast_row[1]
            print(f"{name} / fast-import: first {ratios[0]:.2f}, last {ratios[1]:.2f}, "
                  f"whole run {ratios[2]:.2f}")  # fmt: skip

        from revtrack.store import GitStore
        from revtrack.store.paths import article_path, normalise_url

        long_url = Article.new(articles, args.seed).url
        long_path = article_path(normalise_url(long_url))
        store_arg = ["--store", str(store_dir)]
        # Reindex from scratch (no index yet), then the queries just after it and warm.
        reindex_s, reindex_mb, _ = measured([*revtrack, "reindex", *store_arg])
        print(f"\nreindex from scratch: {reindex_s:.1f} s ({LAST_CPU[0]:.1f} s CPU), "
              f"peak {reindex_mb} MB, {reindex_s / total * 1000:.1f} ms a version")  # fmt: skip
        again_s, again_mb, _ = measured([*revtrack, "reindex", *store_arg])
        print(f"reindex again, the memo of notices and changes kept: {again_s:.1f} s "
              f"({LAST_CPU[0]:.1f} s CPU), peak {again_mb} MB, "
              f"{again_s / total * 1000:.1f} ms a version")  # fmt: skip
        queries = {
            "log (200 versions)": ["log", long_path],
            "articles": ["articles"],
            "corrections": ["corrections"],
            "corrections --stealth": ["corrections", "--stealth"],
        }
        print("\nqueries, whole `revtrack` process (median of 5 warm runs)")
        print("| query | after reindex s | warm s | warm CPU s | peak MB |")
        print("|---|---|---|---|---|")
        for name, command in queries.items():
            first_s, _mb, _ = measured([*revtrack, *command, *store_arg])
            warm, cpu = [], []
            for _ in range(5):
                warm.append(measured([*revtrack, *command, *store_arg]))
                cpu.append(LAST_CPU[0])
            print(f"| {name} | {first_s:.2f} | {statistics.median(w[0] for w in warm):.2f} "
                  f"| {statistics.median(cpu):.2f} | {max(w[1] for w in warm)} |")  # fmt: skip
        # One more version of the 200-version article, as a snapshot stores it (the index
        # reads the commit at once), then the first `corrections`: with the memo only the
        # new text and the new pair are worked out; without it, all 201 versions again.
        with GitStore.open(store_dir) as store:
            from revtrack.index import catch_up
            from revtrack.models import Document

            latest = store.versions(long_path)[-1]
            doc = store.read(latest)
            for label, forget in (("with the memo", False), ("memo emptied (as before it)", True)):
                text = doc.text + f"\n\nThis story was updated ({label})."
                at = latest.observed_at + timedelta(hours=1 + forget)
                store.put(Document(text, url=doc.url, title=doc.title), at=at)
                catch_up(store)
                if forget:
                    import sqlite3

                    from revtrack.index import INDEX_FILE

                    with sqlite3.connect(store_dir / INDEX_FILE) as conn:
                        conn.execute("DELETE FROM memo_notices")
                        conn.execute("DELETE FROM memo_changes")
                new_s, new_mb, _ = measured([*revtrack, "corrections", *store_arg])
                print(f"`corrections` after a new version of the 200-version article, {label}: "
                      f"{new_s:.2f} s ({LAST_CPU[0]:.2f} s CPU), peak {new_mb} MB")  # fmt: skip
        start_s = statistics.median(measured([*revtrack, "--version"])[0] for _ in range(5))
        print(f"(`revtrack --version`, the start-up alone: {start_s:.2f} s)")
        print("\nthe library call alone, warm (median of 3), against the same read from git")
        print("| query | index s | git s | git / index |")
        print("|---|---|---|---|")
        for what in ("log", "articles", "corrections", "stealth"):
            ours = statistics.median(library_time(store_dir, what, long_path)[0] for _ in range(3))
            if what in ("log", "articles"):
                theirs = statistics.median(
                    library_time(store_dir, what, long_path, direct=True)[0] for _ in range(3)
                )
                print(f"| {what} | {ours:.3f} | {theirs:.3f} | {theirs / ours:.0f}x |")
            elif what == "corrections":
                theirs = library_time(store_dir, what, long_path, direct=True)[0]
                print(f"| {what} (git: the 200-version article only) | {ours:.3f} | {theirs:.3f} "
                      f"| {theirs / ours:.0f}x |")  # fmt: skip
            else:
                print(f"| {what} | {ours:.3f} | (as reindex) | |")
        # Size after git gc against the text held.
        with GitStore.open(store_dir) as store:
            from revtrack.index import open_index

            with open_index(store) as index:
                text_bytes = index.rows("SELECT sum(size) FROM versions")[0][0]
        before = disk_size(store_dir / "objects")
        gc_s, _mb, _ = measured(["git", "--git-dir", str(store_dir), "gc", "--quiet"])
        after = disk_size(store_dir / "objects")
        index_bytes = disk_size(store_dir / "revtrack")
        print(f"\ntext held (every version's file): {text_bytes / 1e6:.0f} MB")
        print(f"objects before gc: {before / 1e6:.0f} MB; after gc ({gc_s:.0f} s): "
              f"{after / 1e6:.0f} MB = {after / text_bytes:.3f} of the text")  # fmt: skip
        print(f"index and state files: {index_bytes / 1e6:.0f} MB")
    finally:
        shutil.rmtree(root, ignore_errors=True)  # a kept store is outside it


if __name__ == "__main__":
    main()
