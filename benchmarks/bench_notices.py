"""How fast ``find_notices`` reads article-length texts, against a baseline commit, in one run.

Builds a fixed corpus of article-length texts (15 to 30 paragraphs of reporting, a third
of them with a notice at the top, the foot or inside, some in other languages), then
times ``find_notices`` over the whole corpus with this checkout and with a baseline commit
checked out into a temporary ``git worktree`` (default: the parser before detection by
scored signals), each in its own fresh interpreter, alternating, best of N rounds.

    python benchmarks/bench_notices.py [--baseline 43ba356] [--articles 300] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "The council voted on Tuesday to approve the new budget for the coming year.",
    "Officials said the plan would cost about $40 million over five years.",
    "Residents who spoke at the meeting were divided, with some calling it overdue.",
    "“We have waited long enough,” said Maria Lopez, who has lived in the area since 1998.",
    "The proposal still needs the approval of the state board, which meets in March.",
    "Critics argued that the figures were not supported by the city's own estimates.",
    "A spokesman for the mayor did not respond to a request for comment.",
    "The project, first announced in 2019, was delayed twice by the pandemic.",
    "Traffic on the bridge has risen by a third since the new junction opened.",
    "Police said two people had been taken to hospital with minor injuries.",
    "The company reported a quarterly profit of $1.2 billion, up 8% from a year earlier.",
    "Shares fell 3% in early trading before recovering in the afternoon.",
    "Die Stadt will den Bau der neuen Brücke im kommenden Jahr beginnen.",
    "Le conseil municipal a adopté le budget mardi soir après un long débat.",
    "El alcalde anunció que las obras comenzarán el próximo mes de mayo.",
]
NOTICES = [
    "Correction: An earlier version of this article misstated the cost of the plan. It is "
    "$40 million, not $14 million.",
    "This article was updated on March 5, 2024, to include a response from the mayor.",
    "Editor's note: This story has been updated to reflect the board's decision.",
    "An earlier version of this story incorrectly said the vote was unanimous.",
    "The harbour tunnel is 2.1 miles long, not 3 miles as we said (Under the water, 4 June, "
    "page 12).",
    "12 March 2024: Corrected the figure for average rents in the table.",
    "CORRECTION (Dec. 31, 2019, 10:31 a.m.): A photo caption misidentified the mayor.",
]

RUNNER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from revtrack.notices import find_notices
texts = json.loads(sys.stdin.read())
find_notices(texts[0])  # first use: imports and compiles, counted apart
started = time.perf_counter()
found = sum(len(find_notices(t)) for t in texts)
print(json.dumps({"seconds": time.perf_counter() - started, "found": found}))
"""


def corpus(articles: int, seed: int = 7) -> list[str]:
    """Article-length texts, the same on every run."""
    rng = random.Random(seed)
    texts = []
    for number in range(articles):
        paragraphs = [
            " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(15, 30))
        ]
        if number % 3 == 0:
            at = rng.choice([0, len(paragraphs), len(paragraphs) // 2])
            paragraphs.insert(at, rng.choice(NOTICES))
        texts.append("\n\n".join(paragraphs))
    return texts


def _time(source: Path, texts: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(source)],
        input=texts,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="43ba356")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    texts = json.dumps(corpus(args.articles))
    words = sum(len(t.split()) for t in json.loads(texts))
    with tempfile.TemporaryDirectory(prefix="revtrack-bench-") as tmp:
        base = Path(tmp) / "baseline"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.baseline],
            check=True,
            capture_output=True,
        )
        try:
            now, then = [], []
            for _ in range(args.rounds):  # alternating, so load on the machine hits both
                now.append(_time(ROOT, texts))
                then.append(_time(base, texts))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                check=False,
                capture_output=True,
            )
    best_now = min(r["seconds"] for r in now)
    best_then = min(r["seconds"] for r in then)
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}"
    )
    print(f"corpus: {args.articles} articles, {words} words; best of {args.rounds} rounds")
    print(f"baseline {args.baseline}: {best_then:.3f} s, {then[0]['found']} notices")
    print(f"this checkout:   {best_now:.3f} s, {now[0]['found']} notices")
    print(f"ratio: {best_now / best_then:.2f}x the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
