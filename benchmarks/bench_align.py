"""Measure the word overlap at which two paragraphs (or sentences) are the same unit edited.

    .venv/bin/python benchmarks/bench_align.py SET_DIR

The differ pairs the units of two versions when their word overlap (Dice of their word
sets, ``revtrack.diff.align.dice``) reaches ``revtrack.diff.align.THRESHOLD``. This
script reads the real articles of a revision set (the format of ``eval_revisions.py``),
extracts each version as ``revtrack diff`` does, and measures the overlap of

- real units edited as editors edit them, made from each unit of the set: one word
  changed; a fifth, a third or half of its words changed; a clause added at the end
  (a third more words); for paragraphs of two or more sentences, one sentence cut, and
  a new sentence added;
- units that are *not* the same: every other unit of the same version of the same
  article (same topic, same names: the nearest thing to a false partner).

It prints percentiles of each and, for candidate thresholds, the share of edited units
that would still be paired and of same-article pairs that would be paired by mistake.
Nothing of the set is kept: the texts are read at run time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

import yaml

from revtrack.diff.align import REWRITE_THRESHOLD, THRESHOLD, bag, dice
from revtrack.diff.sentences import paragraph_spans
from revtrack.errors import InputError
from revtrack.extract import document_from_bytes
from revtrack.sentences import sentence_spans

CANDIDATES = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
_MIN_WORDS = 6


def units_of(set_dir: Path) -> list[tuple[list[str], list[str]]]:
    """For each version of each article: its paragraphs and its sentences."""
    index = yaml.safe_load((set_dir / "index.yaml").read_text(encoding="utf-8"))
    found = []
    for article in index["articles"]:
        for version in article["versions"]:
            data = (set_dir / article["id"] / version["file"]).read_bytes()
            try:
                text = document_from_bytes(data).text
            except InputError:  # a version that does not extract is skipped
                continue
            paragraphs = [text[a:b] for a, b in paragraph_spans(text)]
            sentences = [
                text[a:b] for p in paragraph_spans(text) for a, b in sentence_spans(text, *p)
            ]
            found.append((paragraphs, sentences))
    return found


def edits(unit: str, vocabulary: list[str], rng: random.Random) -> dict[str, str]:
    """The unit edited in the usual ways, each edit named."""
    tokens = unit.split()
    out: dict[str, str] = {}

    def replaced(share: float) -> str:
        count = max(1, round(share * len(tokens)))
        picked = set(rng.sample(range(len(tokens)), min(count, len(tokens))))
        return " ".join(rng.choice(vocabulary) if i in picked else t for i, t in enumerate(tokens))

    out["one word"] = replaced(0)
    for share in (0.2, 0.33, 0.5):
        out[f"{round(share * 100)}% of words"] = replaced(share)
    clause = " ".join(rng.choice(vocabulary) for _ in range(max(3, len(tokens) // 3)))
    out["clause added"] = unit.rstrip(".") + ", " + clause + "."
    # Rewritten in other words around the same names and figures: what stays of a unit
    # rewritten in place (the rewrite threshold is judged on these).
    out["rewritten"] = " ".join(
        t if t[:1].isupper() or any(c.isdigit() for c in t) else rng.choice(vocabulary)
        for t in tokens
    )
    spans = sentence_spans(unit)
    if len(spans) >= 2:
        cut = rng.randrange(len(spans))
        out["sentence cut"] = " ".join(unit[a:b] for k, (a, b) in enumerate(spans) if k != cut)
        added = " ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "."
        out["sentence added"] = unit + " " + added
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def measure(level: str, versions: list[list[str]], rng: random.Random) -> None:
    positives: dict[str, list[float]] = {}
    negatives: list[float] = []
    for units in versions:
        units = [u for u in units if len(u.split()) >= _MIN_WORDS]
        vocabulary = [w for u in units for w in u.split()] or ["word"]
        bags = [bag(u) for u in units]
        for i, unit in enumerate(units):
            for name, edited in edits(unit, vocabulary, rng).items():
                positives.setdefault(name, []).append(dice(bags[i], bag(edited)))
            negatives.extend(dice(bags[i], bags[j]) for j in range(i + 1, len(units)))
    print(f"\n{level}: {sum(map(len, positives.values()))} edited, {len(negatives)} other pairs")
    print(f"  {'edit':<16} {'n':>5} {'min':>5} {'p1':>5} {'p5':>5} {'median':>6}")
    for name, values in positives.items():
        print(
            f"  {name:<16} {len(values):>5} {min(values):>5.2f} {percentile(values, 0.01):>5.2f} "
            f"{percentile(values, 0.05):>5.2f} {statistics.median(values):>6.2f}"
        )
    print(
        f"  same-article other units: median {statistics.median(negatives):.2f}, "
        f"p95 {percentile(negatives, 0.95):.2f}, p99 {percentile(negatives, 0.99):.2f}, "
        f"p99.9 {percentile(negatives, 0.999):.2f}, max {max(negatives):.2f}"
    )
    rewritten = positives.pop("rewritten")
    everything = [v for values in positives.values() for v in values]
    print("  threshold  edited kept paired  (of which half the words changed)  others paired")
    for t in CANDIDATES:
        kept = sum(v >= t for v in everything) / len(everything)
        half = positives["50% of words"]
        kept_half = sum(v >= t for v in half) / len(half)
        wrong = sum(v >= t for v in negatives) / len(negatives)
        mark = "  <- THRESHOLD" if t == THRESHOLD else ""
        print(f"  {t:>9.2f}  {kept:>18.3f}  {kept_half:>33.3f}  {wrong:>13.4f}{mark}")
    print(
        f"  rewritten around its names and figures: n {len(rewritten)}, "
        f"median {statistics.median(rewritten):.2f}, p25 {percentile(rewritten, 0.25):.2f}"
    )
    print("  threshold  rewrites taken as one  others taken as a rewrite")
    for t in (0.1, 0.15, 0.2, 0.25, 0.3):
        kept = sum(v >= t for v in rewritten) / len(rewritten)
        wrong = sum(v >= t for v in negatives) / len(negatives)
        mark = "  <- REWRITE_THRESHOLD" if t == REWRITE_THRESHOLD else ""
        print(f"  {t:>9.2f}  {kept:>21.3f}  {wrong:>25.4f}{mark}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_dir", type=Path)
    args = parser.parse_args(argv)
    if not (args.set_dir / "index.yaml").is_file():
        print(
            f"No index.yaml in {args.set_dir}; give the folder of a revision set.", file=sys.stderr
        )
        return 2
    rng = random.Random(20261203)
    versions = units_of(args.set_dir)
    measure("paragraphs", [p for p, _ in versions], rng)
    measure("sentences", [s for _, s in versions], rng)
    return 0


if __name__ == "__main__":
    sys.exit(main())
