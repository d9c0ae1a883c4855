"""How fast the store's history is read back, as a store grows.

Builds a store of A articles with V versions each, then times, in the same run:

- listing every article's versions with one read of the history
  (``GitStore.all_versions``, what the correction log uses) against the baseline of
  asking ``GitStore.versions`` article by article (one ``git log -- PATH`` each);
- one article's versions (``git log -- PATH``, what ``revtrack log`` and ``diff`` use)
  before and after ``git commit-graph write --reachable --changed-paths``, whose Bloom
  filters let git skip commits that did not touch the path;
- reading every version's text with ``GitStore.read`` against one
  ``git cat-file --batch`` process reading the same blobs.

    python benchmarks/bench_history.py [--articles 500] [--versions 4]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from revtrack.models import Document
from revtrack.store import GitStore

START = datetime(2020, 1, 1, tzinfo=UTC)


def _text(article: int, version: int) -> str:
    return "\n\n".join(
        f"Paragraph {p} of story {article}, as of version {version if p == 3 else 0}."
        for p in range(20)
    )


def _build(root: Path, articles: int, versions: int) -> GitStore:
    store = GitStore.init(root / "store")
    minute = 0
    for version in range(versions):
        for article in range(articles):
            doc = Document(_text(article, version), url=f"https://example.com/news/story-{article}")
            store.put(doc, at=START + timedelta(minutes=minute))
            minute += 1
    return store


def _time(func: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _cat_file_batch(store: GitStore, specs: list[str]) -> None:
    subprocess.run(
        ["git", "-C", str(store.path), "cat-file", "--batch"],
        input="".join(f"{s}\n" for s in specs).encode(),
        capture_output=True,
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--versions", type=int, default=4)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        build_start = time.perf_counter()
        store = _build(Path(tmp), args.articles, args.versions)
        built = time.perf_counter() - build_start
        paths = sorted(store.all_versions())
        every = store.all_versions()
        versions = [v for path in paths for v in every[path]]
        print(
            f"# {args.articles} articles x {args.versions} versions "
            f"({len(versions)} commits, built in {built:.1f} s)"
        )
        print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")

        one_pass = _time(store.all_versions)
        per_article = _time(lambda: [store.versions(p) for p in paths], runs=1)
        print(
            f"all articles' versions: one pass {one_pass * 1000:.0f} ms, "
            f"one git log per article {per_article * 1000:.0f} ms "
            f"-> {per_article / one_pass:.0f}x"
        )

        sample = paths[:: max(len(paths) // 20, 1)]
        without = _time(lambda: [store.versions(p) for p in sample]) / len(sample)
        subprocess.run(
            [
                "git", "-C", str(store.path), "commit-graph", "write",
                "--reachable", "--changed-paths",
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        with_graph = _time(lambda: [store.versions(p) for p in sample]) / len(sample)
        print(
            f"one article's versions: {without * 1000:.1f} ms, with a commit-graph "
            f"{with_graph * 1000:.1f} ms -> {without / with_graph:.1f}x"
        )

        specs = [f"{v.commit}:{v.article}" for v in versions]
        read_all = _time(lambda: [store.read(v) for v in versions])
        batch = _time(lambda: _cat_file_batch(store, specs))
        print(
            f"reading {len(versions)} versions: GitStore.read {read_all * 1000:.0f} ms, "
            f"git cat-file --batch {batch * 1000:.0f} ms -> {read_all / batch:.1f}x the baseline"
        )
        store.close()


if __name__ == "__main__":
    main()
