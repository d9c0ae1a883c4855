"""How fast and how exact ``revtrack.compare`` is, against baselines measured in the same run.

Article-like texts of 1k, 20k and 100k words, each with light edits (a few words, one
new paragraph) and with a heavy rewrite (30% of sentences changed), compared by:

- ``compare``: the whole comparison (word diff, sentences, kinds);
- the paragraph-first word diff alone on fast-diff-match-patch (``diff_hunks``), the
  floor ``compare`` is held to (within 2x);
- plain diff-match-patch in Python at character level with its default settings (a one
  second time limit), which is fast only because it gives up;
- ``git diff --no-index --word-diff`` on the same files, as a whole process.

It also checks exactness: the edit ``compare`` reports is measured against an exact
whole-text token diff (no paragraph split, no time limit), and where plain
diff-match-patch hit its time limit, its edit is shown as a multiple of ours.

Times are CPU seconds of this process (``time.process_time``: user and system), and
``compare`` and the word diff are timed in turns, one run each, so that both see the
same moments of a shared machine; the whole-process figures are the CPU time of the
child (``os.wait4``), with wall time beside.

Run: ``.venv/bin/python benchmarks/bench_diff.py`` (about a minute; ``--quick`` skips
100k words). Read the ratios, not the absolute times: the machines are shared.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from revtrack.diff import compare
from revtrack.diff.engine import char_diff, diff_hunks, split_chunks
from revtrack.diff.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Grisham", "Murphy", "Abdul-Mahdi", "Esper", "Pompeo", "Khamenei", "Trump", "Soleimani"]
PLACES = ["Baghdad", "Tehran", "Washington", "Kuwait", "Anbar", "Basra", "the Green Zone"]
_VOCABULARY = (
    "the embassy protesters officials said militia security forces compound gate crowd "
    "government statement airstrikes killed wounded troops helicopters week attack response "
    "president spokesman tuesday night according to a an of in on at for with from by "
    "and but after before while during as that which who would could will had has was were "
    "stormed gathered chanted burned set fire walls reception area marines deployed "
    "sovereignty violation accused responsible escalation defense secretary coalition"
)
WORDS = _VOCABULARY.split()


def make_article(words: int, rng: random.Random) -> list[list[str]]:
    """Paragraphs of sentences, with names, places, numbers and quotes as news copy has."""
    paragraphs: list[list[str]] = []
    total = 0
    while total < words:
        sentences = []
        for _ in range(rng.randint(1, 4)):
            length = rng.randint(12, 30)
            body = [rng.choice(WORDS) for _ in range(length)]
            body[rng.randrange(length)] = rng.choice(NAMES)
            body[rng.randrange(length)] = rng.choice(PLACES)
            if rng.random() < 0.4:
                body[rng.randrange(length)] = f"{rng.randint(2, 9)},{rng.randint(100, 999)}"
            if rng.random() < 0.25:
                start = rng.randrange(length - 4)
                body[start] = "“" + body[start]
                body[start + 3] += ",”"
            sentence = " ".join(body)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
            total += length
        paragraphs.append(sentences)
    return paragraphs


def edit_article(paragraphs: list[list[str]], heavy: bool, rng: random.Random) -> list[list[str]]:
    """Light: a few words and one new paragraph. Heavy: 30% of sentences rewritten."""
    edited = [list(p) for p in paragraphs]
    sentences = [(i, j) for i, p in enumerate(edited) for j in range(len(p))]
    share = 0.30 if heavy else 0.02
    for i, j in rng.sample(sentences, max(1, int(len(sentences) * share))):
        words = edited[i][j].rstrip(".").split(" ")
        churn = 0.5 if heavy else 0.1
        words = [rng.choice(WORDS) if rng.random() < churn else w for w in words]
        if heavy and rng.random() < 0.2:
            words = words[: len(words) // 2]  # a sentence cut short
        edited[i][j] = " ".join(words) + "."
    if heavy:
        for _ in range(len(edited) // 20):
            edited.insert(
                rng.randrange(len(edited)), ["A new paragraph about " + rng.choice(PLACES) + "."]
            )
    edited.append(["Correction: An earlier version of this article misstated a figure."])
    return edited


def as_text(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def timed(
    func: Callable[[], object], repeat: int, clock: Callable[[], float] = time.process_time
) -> tuple[float, object]:
    """Median seconds of ``repeat`` runs by ``clock`` (CPU time unless told), and the last
    result."""
    times = []
    result: object = None
    for _ in range(repeat):
        start = clock()
        result = func()
        times.append(clock() - start)
    return statistics.median(times), result


def timed_in_turns(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[float, float, object]:
    """Median CPU seconds of each of two functions run in turns, and the first's result.

    A shared machine slows everything now and then; timed in turns, both functions see
    the same slow moments, so their ratio holds where two separate series drift apart.
    """
    ones, twos = [], []
    result: object = None
    for _ in range(repeat):
        start = time.process_time()
        result = first()
        ones.append(time.process_time() - start)
        start = time.process_time()
        second()
        twos.append(time.process_time() - start)
    return statistics.median(ones), statistics.median(twos), result


def wall_timed(func: Callable[[], object], repeat: int) -> float:
    """Median wall seconds of ``repeat`` runs (for a child process, whose CPU this
    process's clock does not count)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def plain_dmp(old: str, new: str) -> list[tuple[int, str]]:
    """diff-match-patch exactly as a newcomer would call it: defaults, one-second limit."""
    from diff_match_patch import diff_match_patch

    return diff_match_patch().diff_main(old, new)


def git_word_diff(old_path: Path, new_path: Path) -> None:
    subprocess.run(
        ["git", "diff", "--no-index", "--word-diff", "--no-color", str(old_path), str(new_path)],
        capture_output=True,
        check=False,
    )


def paragraph_word_diff(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The baseline: equal paragraphs matched, then one exact token diff (C++) over each
    run of paragraphs that differ, no alignment, no cleanup, no classification."""
    old_chunks, new_chunks = split_chunks(old), split_chunks(new)
    codes: dict[str, str] = {}

    def encode(items: list[str]) -> str:
        for item in items:
            if item not in codes:
                value = 0x100 + len(codes)
                codes[item] = chr(value + 0x800 if value >= 0xD800 else value)
        return "".join(codes[item] for item in items)

    hunks: list[tuple[int, int, int, int]] = []

    def tokens_diff(a_text: str, b_text: str, ao: int, bo: int) -> None:
        a_tokens, b_tokens = tokenize(a_text), tokenize(b_text)
        ai = bi = 0
        for op, length in char_diff(encode(a_tokens), encode(b_tokens)):
            if op == "=":
                ao += sum(map(len, a_tokens[ai : ai + length]))
                bo += sum(map(len, b_tokens[bi : bi + length]))
                ai += length
                bi += length
            elif op == "-":
                size = sum(map(len, a_tokens[ai : ai + length]))
                hunks.append((ao, ao + size, bo, bo))
                ao += size
                ai += length
            else:
                size = sum(map(len, b_tokens[bi : bi + length]))
                hunks.append((ao, ao, bo, bo + size))
                bo += size
                bi += length

    ai = bi = ao = bo = 0
    start: tuple[int, int] | None = None
    for op, length in char_diff(encode(old_chunks), encode(new_chunks)):
        if op == "=":
            if start is not None:
                tokens_diff(old[start[0] : ao], new[start[1] : bo], *start)
                start = None
            for _ in range(length):
                ao += len(old_chunks[ai])
                bo += len(new_chunks[bi])
                ai += 1
                bi += 1
            continue
        if start is None:
            start = (ao, bo)
        for _ in range(length):
            if op == "-":
                ao += len(old_chunks[ai])
                ai += 1
            else:
                bo += len(new_chunks[bi])
                bi += 1
    if start is not None:
        tokens_diff(old[start[0] :], new[start[1] :], *start)
    return hunks


def unrelated_article(words: int, prefix: str, rng: random.Random) -> str:
    """An article that shares no word with another made with another prefix."""
    paragraphs, total = [], 0
    while total < words:
        size = rng.randint(20, 80)
        body = " ".join(f"{prefix}{rng.randrange(5000)}" for _ in range(size))
        paragraphs.append(body.capitalize() + ".")
        total += size
    return "\n\n".join(paragraphs) + "\n"


def edit_size(hunks: list[tuple[int, int, int, int]]) -> int:
    """Characters removed plus characters added."""
    return sum((b - a) + (d - c) for a, b, c, d in hunks)


def exact_token_edit(old: str, new: str) -> int:
    """Characters removed plus added by an exact whole-text token diff (no paragraph split)."""
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    codes: dict[str, str] = {}

    def encode(tokens: list[str]) -> str:
        out = []
        for token in tokens:
            if token not in codes:
                value = 0x100 + len(codes)
                codes[token] = chr(value + 0x800 if value >= 0xD800 else value)
            out.append(codes[token])
        return "".join(out)

    a, b = encode(old_tokens), encode(new_tokens)
    size = ai = bi = 0
    for op, length in char_diff(a, b):
        if op == "=":
            ai += length
            bi += length
        elif op == "-":
            size += sum(len(t) for t in old_tokens[ai : ai + length])
            ai += length
        else:
            size += sum(len(t) for t in new_tokens[bi : bi + length])
            bi += length
    return size


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.01 else f"{seconds * 1000:.0f} ms"


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.strip()
    return (
        f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, {git}, "
        f"diff-match-patch {version('diff-match-patch')}, "
        f"fast-diff-match-patch {version('fast-diff-match-patch')}"
    )


def child_cpu(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """CPU seconds (user and system) and wall seconds of one run of ``command``."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed ({status})")
    return usage.ru_utime + usage.ru_stime, wall


def whole_process(
    old_path: Path, new_path: Path, repeat: int = 9
) -> dict[str, tuple[float, float]]:
    """Median CPU and wall seconds of ``revtrack diff a b`` and of a bare Python as
    processes, run in turns, and the wall seconds of ``git diff --word-diff``."""
    # As an installed revtrack runs: from byte-code caches (written by the untimed first
    # run, to a folder of their own), even where the environment turns them off.
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "NO_COLOR": "1",
        "PYTHONPYCACHEPREFIX": str(old_path.parent / "pycache"),
    }
    commands = {
        "revtrack": [sys.executable, "-m", "revtrack", "diff", str(old_path), str(new_path)],
        "python": [sys.executable, "-c", "pass"],
    }
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for command in commands.values():  # once each, untimed: the file caches warm up
        child_cpu(command, env)
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(child_cpu(command, env))
    medians = {
        name: (statistics.median(c for c, _ in got), statistics.median(w for _, w in got))
        for name, got in runs.items()
    }
    medians["git"] = (0.0, wall_timed(lambda: git_word_diff(old_path, new_path), repeat))
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 100k-word texts")
    args = parser.parse_args()
    rng = random.Random(2019)
    sizes = [1_000, 20_000] if args.quick else [1_000, 20_000, 100_000]
    print(f"Machine: {machine()}\n")
    print(
        "| text | compare (CPU) | word diff (C++, paragraphs first; CPU) | compare / word diff "
        "| plain dmp (char, 1 s limit; wall) | plain / compare | git --word-diff (process, "
        "wall) | compare / git "
        "| our edit / exact | shown edit / exact | plain edit / ours |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for words in sizes:
            base = make_article(words, rng)
            for heavy in (False, True):
                old, new = as_text(base), as_text(edit_article(base, heavy, rng))
                old_path, new_path = folder / "old.txt", folder / "new.txt"
                old_path.write_text(old, encoding="utf-8")
                new_path.write_text(new, encoding="utf-8")
                # Python specialises code over its first calls: the first row timed
                # compare while it was still warming up (the word diff warms up inside
                # compare's calls), by a third of its time. So each is called once
                # untimed, and the 1k-word texts, which take a millisecond, are timed
                # 51 times, so that the median is past the warm-up.
                compare(old, new)
                paragraph_word_diff(old, new)
                repeat = 51 if words <= 1_000 else 9 if words <= 20_000 else 5
                t_compare, t_words, comparison = timed_in_turns(
                    lambda o=old, n=new: compare(o, n),
                    lambda o=old, n=new: paragraph_word_diff(o, n),
                    repeat,
                )
                raw = diff_hunks(old, new, semantic=False)
                # Its one-second limit is on the clock: timed by the clock.
                t_plain, plain = timed(
                    lambda o=old, n=new: plain_dmp(o, n),
                    1 if words > 1000 else 3,
                    time.perf_counter,
                )
                t_git = wall_timed(lambda a=old_path, b=new_path: git_word_diff(a, b), repeat)
                assert comparison.apply(old) == new  # type: ignore[attr-defined]
                ours = edit_size(raw)  # type: ignore[arg-type]
                shown = edit_size(diff_hunks(old, new))
                exact = exact_token_edit(old, new)
                plain_size = sum(len(text) for op, text in plain if op != 0)  # type: ignore[union-attr]
                gave_up = " (gave up)" if t_plain >= 0.95 else ""
                label = f"{words // 1000}k {'heavy' if heavy else 'light'}"
                cells = [
                    label,
                    _ms(t_compare),
                    _ms(t_words),
                    f"{t_compare / t_words:.2f}x",
                    _ms(t_plain) + gave_up,
                    f"{t_plain / t_compare:.1f}x",
                    _ms(t_git),
                    f"{t_compare / t_git:.1f}x",
                    f"{ours / exact:.3f}",
                    f"{shown / exact:.2f}",
                    f"{plain_size / ours:.2f}x",
                ]
                print("| " + " | ".join(cells) + " |", flush=True)
        print("\n| unrelated texts | compare | word diff (C++, paragraphs first) |")
        print("|---|---|---|")
        for words in (40_000,) if args.quick else (40_000, 150_000):
            old = unrelated_article(words, "a", rng)
            new = unrelated_article(words, "b", rng)
            t_compare, comparison = timed(lambda o=old, n=new: compare(o, n), 1)
            assert comparison.apply(old) == new  # type: ignore[attr-defined]
            if words <= 40_000:
                t_words, _ = timed(lambda o=old, n=new: paragraph_word_diff(o, n), 1)
                baseline = _ms(t_words)
            else:
                baseline = "not run (does not finish)"
            print(f"| {words // 1000}k words each | {_ms(t_compare)} | {baseline} |", flush=True)
        base = make_article(1_000, random.Random(1))
        (folder / "a.txt").write_text(as_text(base), encoding="utf-8")
        (folder / "b.txt").write_text(
            as_text(edit_article(base, False, random.Random(2))), encoding="utf-8"
        )
        got = whole_process(folder / "a.txt", folder / "b.txt")
        (ours, ours_wall), (bare, bare_wall), (_, git) = got["revtrack"], got["python"], got["git"]
        print(
            f"\nWhole process on 1k-word files (median of 9, in turns): `revtrack diff a.txt "
            f"b.txt` {ours * 1000:.0f} ms CPU ({ours_wall * 1000:.0f} ms wall; target: under "
            f"300 ms), `python -c pass` {bare * 1000:.0f} ms CPU ({bare_wall * 1000:.0f} ms "
            f"wall), `git diff --no-index --word-diff` {git * 1000:.0f} ms wall."
        )


if __name__ == "__main__":
    main()
