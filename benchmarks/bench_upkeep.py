"""What the upkeep after a run costs on a grown store: small packs merged, big ones kept.

Builds a store holding BASE versions in one pack (what an earlier upkeep left), then 51
runs of a few versions each (a pack each; past 32 the batches roll them up as they go,
without deltas), and times, on two
copies of that store, the upkeep revtrack runs after a run (``GitStore.maintain``:
``git repack --geometric=2``) against the baseline in the same run, ``git gc --auto``
with git's defaults, which repacks the whole store once there are more than 50 packs.

    python benchmarks/bench_upkeep.py [--base 20000] [--runs 51]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from revtrack.models import Document
from revtrack.store import GitStore

START = datetime(2020, 1, 1, tzinfo=UTC)


def _text(i: int) -> str:
    return "\n\n".join(
        f"Paragraph {p} of take {i}: the council met on {i % 28 + 1} May about item {p * i}."
        for p in range(15)
    )


def _build(root: Path, base: int, runs: int) -> Path:
    store = GitStore.init(root)
    with store.batch():
        for i in range(base):
            store.put(
                Document(_text(i), url=f"https://ex.com/a{i % 2000}"),
                at=START + timedelta(minutes=i),
            )
    subprocess.run(["git", "--git-dir", str(store.path), "gc", "--quiet"], check=True)
    for r in range(runs):
        with store.batch():
            for j in range(5):
                n = base + r * 5 + j
                store.put(
                    Document(_text(n), url=f"https://ex.com/a{n % 2000}"),
                    at=START + timedelta(minutes=n),
                )
    path = store.path
    store.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=51)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        built = _build(Path(tmp) / "s", args.base, args.runs)
        packs = len(list((built / "objects" / "pack").glob("*.pack")))
        copy = Path(tmp) / "copy"
        shutil.copytree(built, copy, symlinks=True)
        ours = GitStore.open(built)
        started = time.perf_counter()
        ours.maintain()
        geometric = time.perf_counter() - started
        left = len(list((built / "objects" / "pack").glob("*.pack")))
        ours.close()
        started = time.perf_counter()
        subprocess.run(
            ["git", "-c", "gc.autoDetach=false", "--git-dir", str(copy), "gc", "--auto", "--quiet"],
            check=True,
        )
        full = time.perf_counter() - started
        left_full = len(list((copy / "objects" / "pack").glob("*.pack")))
        fsck = subprocess.run(
            ["git", "--git-dir", str(built), "fsck", "--strict", "--no-progress"],
            capture_output=True,
            text=True,
        )
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"store: {args.base} versions in one pack + {args.runs} runs of 5 ({packs} packs)")
    print(f"revtrack upkeep (repack --geometric=2): {geometric:.2f} s, {left} packs left")
    print(f"git gc --auto (whole store):            {full:.2f} s, {left_full} packs left")
    print(
        f"ratio: {geometric / full:.2f}; git fsck --strict after revtrack's upkeep: "
        f"{'clean' if fsck.returncode == 0 and not fsck.stdout.strip() else fsck.stdout[:200]}"
    )


if __name__ == "__main__":
    main()
