"""Score the notice parser on a labelled corpus: ``python benchmarks/eval_notices.py CORPUS.yaml``.

The corpus is a YAML list of items with ``is_notice``, ``kind``, ``text``,
``context_before``/``context_after`` (neighbouring paragraphs, or null), ``date_text``,
``date_iso``, ``wrong`` and ``right``. Each item's text is read with its neighbours
around it, as it would stand in an article, so position and look-alike context are
realistic. A notice item is found when a notice overlaps its text; a look-alike is a
false positive when any notice overlaps its text. Fields are scored on the notice that
overlaps the item's text most; values must match exactly (after trimming whitespace).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from revtrack.notices import Notice, find_notices


def _assemble(item: dict[str, Any]) -> tuple[str, int, int]:
    before = (item.get("context_before") or "").strip()
    after = (item.get("context_after") or "").strip()
    text = str(item.get("text") or "").strip()
    head = f"{before}\n\n" if before else ""
    full = head + text + (f"\n\n{after}" if after else "")
    return full, len(head), len(head) + len(text)


def _best(notices: list[Notice], start: int, end: int) -> Notice | None:
    best, best_overlap = None, 0
    for notice in notices:
        overlap = min(end, notice.end) - max(start, notice.start)
        if overlap > best_overlap:
            best, best_overlap = notice, overlap
    return best


def _same(expected: Any, found: Any) -> bool:
    if expected is None:
        return found is None
    return found is not None and str(expected).strip() == str(found).strip()


def evaluate(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts of matched/total per measure, and the misses, for a list of corpus items."""
    counts = {name: [0, 0] for name in ("recall", "precision", "kind", "date", "wrong", "right")}
    misses: list[str] = []
    false_positives = 0
    found_total = 0
    for item in items:
        full, start, end = _assemble(item)
        notice = _best(find_notices(full), start, end)
        ident = item.get("id", "?")
        if not item.get("is_notice"):
            if notice is not None:
                false_positives += 1
                misses.append(f"look-alike matched: {ident} ({notice.kind})")
            continue
        counts["recall"][1] += 1
        if notice is None:
            misses.append(f"notice not found: {ident}")
            continue
        counts["recall"][0] += 1
        found_total += 1
        checks = {
            "kind": (item.get("kind"), notice.kind),
            "date": (item.get("date_iso"), notice.date),
        }
        for name, (expected, got) in checks.items():
            counts[name][1] += 1
            if _same(expected, got):
                counts[name][0] += 1
            else:
                misses.append(f"{name}: {ident}: expected {expected!r}, got {got!r}")
        for name in ("wrong", "right"):
            expected = item.get(name)
            if expected is None:
                continue
            counts[name][1] += 1
            got = getattr(notice, name)
            if _same(expected, got):
                counts[name][0] += 1
            else:
                misses.append(f"{name}: {ident}: expected {expected!r}, got {got!r}")
    counts["precision"] = [found_total, found_total + false_positives]
    return {"counts": counts, "misses": misses}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="YAML corpus in the corrections-dev format")
    args = parser.parse_args(argv)
    try:
        items = yaml.safe_load(args.corpus.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"Error: cannot read {args.corpus}: {exc}", file=sys.stderr)
        return 2
    if not isinstance(items, list):
        print(f"Error: {args.corpus} is not a YAML list of items.", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = evaluate([i for i in items if isinstance(i, dict)])
    elapsed = time.perf_counter() - started
    print(f"corpus: {args.corpus.name}, {len(items)} items, {elapsed:.2f} s")
    labels = {
        "recall": "detection recall (notices found)",
        "precision": "detection precision (found that are notices)",
        "kind": "kind",
        "date": "date (ISO)",
        "wrong": "wrong (exact)",
        "right": "right (exact)",
    }
    for name, (matched, total) in result["counts"].items():
        share = f"{matched / total:.0%}" if total else "n/a"
        print(f"{labels[name]:<46} {matched}/{total}  {share}")
    if result["misses"]:
        print("\nmisses:")
        for miss in result["misses"]:
            print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
