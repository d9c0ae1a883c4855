"""How fast versions are written, and whether writing slows down as the store grows.

Writes N versions spread over A articles with ``GitStore.put`` and, as the baseline in
the same run, with GitPython's index (``index.add`` + ``index.commit`` in a repository
with a work tree, the usual way). Reports commits per second for the first and the last
tenth of the run: a ratio near 1 means writing does not get slower as the store grows.

    python benchmarks/bench_store.py [--versions 2000] [--articles 500]
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from git import Repo

from revtrack.models import Document
from revtrack.store import GitStore
from revtrack.store.paths import article_path

START = datetime(2020, 1, 1, tzinfo=UTC)


def _text(i: int) -> str:
    return "\n\n".join(
        f"Paragraph {p} of version {i}: some words about the story." for p in range(20)
    )


def _rates(stamps: list[float]) -> tuple[float, float]:
    tenth = max(len(stamps) // 10, 1)
    first = tenth / (stamps[tenth] - stamps[0])
    last = tenth / (stamps[-1] - stamps[-1 - tenth])
    return first, last


def bench_revtrack(root: Path, versions: int, articles: int) -> list[float]:
    store = GitStore.init(root / "revtrack-store")
    stamps = [time.perf_counter()]
    for i in range(versions):
        doc = Document(
            text=_text(i), url=f"https://example.com/news/story-{i % articles}", title="T"
        )
        store.put(doc, at=START + timedelta(minutes=i))
        stamps.append(time.perf_counter())
    fsck = subprocess.run(["git", "-C", str(store.path), "fsck"], capture_output=True)
    assert fsck.returncode == 0
    store.close()
    return stamps


def bench_gitpython_index(root: Path, versions: int, articles: int) -> list[float]:
    repo = Repo.init(root / "index-repo")
    stamps = [time.perf_counter()]
    for i in range(versions):
        rel = article_path(f"https://example.com/news/story-{i % articles}")
        path = Path(repo.working_tree_dir or ".") / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_text(i))
        repo.index.add([rel])
        repo.index.commit(f"version {i}")
        stamps.append(time.perf_counter())
    repo.close()
    return stamps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=2000)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ours = bench_revtrack(root, args.versions, args.articles)
        base = bench_gitpython_index(root, args.versions, args.articles)
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    print(f"machine: {cpu}, Python {platform.python_version()}")
    print(f"{args.versions} versions over {args.articles} articles")
    print("| writer | total s | commits/s first 10% | commits/s last 10% | last/first |")
    print("|---|---|---|---|---|")
    for name, stamps in (("GitStore.put", ours), ("GitPython index.add+commit (baseline)", base)):
        first, last = _rates(stamps)
        total = stamps[-1] - stamps[0]
        print(f"| {name} | {total:.1f} | {first:.0f} | {last:.0f} | {last / first:.2f} |")
    ratio = (base[-1] - base[0]) / (ours[-1] - ours[0])
    print(f"GitStore.put is {ratio:.1f}x the baseline's speed over the whole run")


if __name__ == "__main__":
    main()
