"""Score ``revtrack diff`` on a set of real revisions with hand-labelled changes.

    .venv/bin/python benchmarks/eval_revisions.py SET_DIR [--quiet]

SET_DIR holds ``index.yaml`` (articles, each with its versions' files, the version pairs
to compare, which pairs have no editorial change, and the expected changes with their
exact ``before`` and ``after`` text and a type) and one folder per article with the
version files. Every pair is compared as a user would: ``revtrack diff OLD NEW --format
json``, one process each, so extraction, alignment and kinds are judged together.

The matching rules are those of the project's sealed scorer, so that a figure here and
one there mean the same thing:

- a labelled change is *surfaced* when every run of the word diff between its ``before``
  and ``after`` (words and single marks, tags stripped, typography normalised) lies
  inside the ``before`` and inside the ``after`` of some reported change;
- its kind *fits* when the kinds of those reported changes name its type (``typo`` ->
  spelling, ``rewrite`` -> wording, sentence or edited, ``added_paragraph`` -> added, ...);
- a pair with no editorial change is *quiet* when nothing substantive is reported.

Misses are listed with the article, the pair and the labelled text (cut short), so the
weak spots can be read; the figures go in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import difflib
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# A label's type, and the words one of the reported kinds must contain to fit it.
KINDS: dict[str, tuple[str, ...]] = {
    "number": ("number", "date"),
    "name": ("name",),
    "typo": ("spelling",),
    "quote": ("quote",),
    "headline": ("headline",),
    "notice_added": ("notice",),
    "added_paragraph": ("added",),
    "removed_paragraph": ("removed",),
    "rewrite": ("wording", "sentence", "edited"),
    "other": ("",),
}
_TAG = re.compile(r"<[^>]+>")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_TYPOGRAPHY = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "))


def norm(text: str | None) -> str:
    """Text as the scorer compares it: tags gone, entities read, typography plain."""
    text = html.unescape(_TAG.sub(" ", text or ""))
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    for a, b in _TYPOGRAPHY:
        text = text.replace(a, b)
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def runs(before: str, after: str) -> list[tuple[str, str]]:
    """The word diff's changed runs between a label's two sides, as (removed, added)."""
    a, b = tokens(before), tokens(after)
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return [(" ".join(a[i1:i2]), " ".join(b[j1:j2])) for op, i1, i2, j1, j2 in ops if op != "equal"]


def within(run: str, text: str | None) -> bool:
    """Whether a run of tokens stands, as whole tokens, inside ``text`` (an empty run
    stands anywhere)."""
    return not run or f" {run} " in f" {' '.join(tokens(norm(text)))} "


def surfaced_by(expected: dict, changes: list[dict]) -> list[list[dict]] | None:
    """For each run of a labelled change, the reported changes that cover it; None when
    some run is covered by none (or the label has no run at all)."""
    want = runs(norm(expected["before"]), norm(expected["after"]))
    hits = [
        [c for c in changes if within(removed, c.get("before")) and within(added, c.get("after"))]
        for removed, added in want
    ]
    return hits if want and all(hits) else None


def kind_fits(label: str, hits: list[list[dict]]) -> bool:
    kinds = " ".join(str(c.get("kind")) for hit in hits for c in hit)
    return any(word in kinds for word in KINDS.get(label, ("",)))


@dataclass
class Score:
    labelled: int = 0
    surfaced: int = 0
    kind_ok: int = 0
    quiet_pairs: int = 0
    quiet_ok: int = 0
    failed: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    misses: list[str] = field(default_factory=list)


def revtrack_command() -> list[str]:
    """The ``revtrack`` next to this interpreter, else ``python -m revtrack``."""
    beside = Path(sys.executable).with_name("revtrack")
    if beside.exists():
        return [str(beside)]
    return [sys.executable, "-m", "revtrack"]


def diff_changes(command: list[str], old: Path, new: Path) -> tuple[list[dict] | None, str]:
    """The changes ``revtrack diff --format json`` reports, or None and why it failed."""
    result = subprocess.run(
        [*command, "diff", str(old), str(new), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode not in (0, 1):
        return None, (result.stderr.strip().splitlines() or ["no output"])[-1]
    try:
        return json.loads(result.stdout).get("changes", []), ""
    except json.JSONDecodeError:
        return None, "the output is not JSON"


def _short(text: str | None, size: int = 70) -> str:
    text = norm(text)
    return text if len(text) <= size else text[: size - 1] + "…"


def _kinds(changes: list[dict]) -> str:
    return ", ".join(sorted({str(c.get("kind")) for c in changes})) or "nothing"


def score_set(set_dir: Path) -> Score:
    index = yaml.safe_load((set_dir / "index.yaml").read_text(encoding="utf-8"))
    command = revtrack_command()
    score = Score()
    with tempfile.TemporaryDirectory(prefix="revtrack-eval-") as tmp:
        for article in index["articles"]:
            # Source Markdown is compared as the text files it is, as the sealed scorer
            # does; pages keep their extension so that they are extracted.
            suffix = ".txt" if article.get("format") == "md" else f".{article.get('format')}"
            files: dict[str, Path] = {}
            for version in article["versions"]:
                target = Path(tmp) / f"{article['id']}-{version['version']}{suffix}"
                shutil.copyfile(set_dir / article["id"] / version["file"], target)
                files[version["version"]] = target
            for pair in article["pairs"]:
                old, new = pair["from_version"], pair["to_version"]
                changes, why = diff_changes(command, files[old], files[new])
                where = f"{article['id']} {old}->{new}"
                if pair.get("no_editorial_change"):
                    score.quiet_pairs += 1
                    loud = [c for c in changes or [] if c.get("significance") == "substantive"]
                    if changes is not None and not loud:
                        score.quiet_ok += 1
                    else:
                        said = why or "; ".join(
                            f"{c.get('kind')} {_short(c.get('before') or c.get('after'), 50)!r}"
                            for c in loud[:3]
                        )
                        score.misses.append(f"LOUD   {where}: {said}")
                    continue
                for expected in article["expected_changes"]:
                    if (expected["from_version"], expected["to_version"]) != (old, new):
                        continue
                    label = expected["type"]
                    score.labelled += 1
                    counts = score.by_type[label]
                    counts[2] += 1
                    text = f"{_short(expected['before'])!r} -> {_short(expected['after'])!r}"
                    if changes is None:
                        score.failed += 1
                        score.misses.append(f"FAILED {where} [{label}]: {why}")
                        continue
                    hits = surfaced_by(expected, changes)
                    if hits is None:
                        score.misses.append(f"MISSED {where} [{label}]: {text}")
                        continue
                    score.surfaced += 1
                    counts[0] += 1
                    if kind_fits(label, hits):
                        score.kind_ok += 1
                        counts[1] += 1
                    else:
                        found = _kinds([c for hit in hits for c in hit])
                        score.misses.append(f"KIND   {where} [{label}, got {found}]: {text}")
    return score


def report(score: Score, name: str, *, misses: bool = True) -> str:
    def ratio(a: int, b: int) -> str:
        return f"{a}/{b} = {a / max(1, b):.2f}"

    lines = [
        f"revisions ({name})",
        f"  changes surfaced     {ratio(score.surfaced, score.labelled)}",
        f"  kind fits the label  {ratio(score.kind_ok, score.surfaced)}",
        f"  pairs with no editorial change reported quiet  {score.quiet_ok}/{score.quiet_pairs}",
        f"  diffs that failed    {score.failed}",
        "  by type (surfaced, kind fit / labelled): "
        + ", ".join(f"{k} {a},{b}/{c}" for k, (a, b, c) in sorted(score.by_type.items())),
    ]
    if misses and score.misses:
        lines.append("misses:")
        lines.extend(f"  {line}" for line in score.misses)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_dir", type=Path, help="a folder with index.yaml and the versions")
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    args = parser.parse_args(argv)
    if not (args.set_dir / "index.yaml").is_file():
        message = f"No index.yaml in {args.set_dir}; give the folder of a revision set."
        print(message, file=sys.stderr)
        return 2
    score = score_set(args.set_dir)
    print(report(score, args.set_dir.name, misses=not args.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main())
