"""The word diff is exact, fast on long texts, and the same whichever engine runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from revtrack.diff.engine import available_engines, char_diff, diff_hunks, split_chunks
from revtrack.diff.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("It cost 6,000 dollars.", ["It", " ", "cost", " ", "6,000", " ", "dollars", "."]),
        (
            "At 10:31 a.m. on the 82nd day",
            ["At", " ", "10:31", " ", "a.m.", " ", "on", " ", "the", " ", "82nd", " ", "day"],
        ),
        ("the U.S. envoy's car", ["the", " ", "U.S.", " ", "envoy's", " ", "car"]),
        ("a—b  \n\nc", ["a", "—", "b", "  \n\n", "c"]),
    ],
)
def test_tokens_are_words_numbers_punctuation_and_spaces(text: str, tokens: list[str]) -> None:
    """A number such as "6,000" or "10:31" changes as one unit, not digit by digit."""
    assert tokenize(text) == tokens


@given(st.text())
def test_tokens_and_chunks_give_the_text_back(text: str) -> None:
    """Nothing is lost or added by cutting a text into tokens or paragraphs."""
    assert "".join(tokenize(text)) == text
    assert "".join(split_chunks(text)) == text


_SPACED = st.lists(
    st.sampled_from(["A.", "b c", "\n", "\n\n", " ", "\t", "\u00a0", "\u2028", "\r\n", "x"]),
    max_size=14,
).map("".join)


@given(text=_SPACED | st.text())
def test_each_paragraph_ends_with_the_blank_lines_after_it(text: str) -> None:
    """A chunk ends where a blank line (with any spacing after it) ends, and nowhere else:
    every chunk but the last ends with one, and none holds one before its end."""
    import re

    separator = re.compile(r"\n[^\S\n]*\n\s*")
    chunks = split_chunks(text)
    assert all(chunks)
    for i, chunk in enumerate(chunks):
        found = list(separator.finditer(chunk))
        if i < len(chunks) - 1 or found:
            assert len(found) == 1 and found[0].end() == len(chunk), (chunk, chunks)


@given(
    items=st.lists(
        st.lists(st.sampled_from(["a", "b", "c", "", " ", "dd"]), max_size=8), max_size=4
    )
)
def test_the_alphabet_gives_equal_items_and_only_those_one_code(items: list[list[str]]) -> None:
    """Items become characters that are equal exactly when the items are, across every
    text encoded with one alphabet: the diff of the characters is the diff of the items."""
    from revtrack.diff.engine import _Alphabet

    alphabet = _Alphabet()
    encoded = [alphabet.encode(group) for group in items]
    flat = [item for group in items for item in group]
    codes = "".join(code for code in encoded if code is not None)
    assert len(codes) == len(flat)
    pairs = list(zip(codes, flat, strict=True))
    assert all((a == b) == (x == y) for a, x in pairs for b, y in pairs)


def test_paragraph_chunks_keep_their_separators() -> None:
    """Joining the paragraph chunks gives the text back, separators included."""
    text = "A.\n\nB.\n \n\nC."
    assert split_chunks(text) == ["A.\n\n", "B.\n \n\n", "C."]


@pytest.mark.parametrize("engine", available_engines())
def test_a_one_word_change_in_a_long_text_is_one_hunk(engine: str) -> None:
    """Among a thousand paragraphs, one changed word gives exactly one hunk."""
    paragraphs = [f"Paragraph {i} says something about item {i}." for i in range(1000)]
    old = "\n\n".join(paragraphs)
    paragraphs[500] = paragraphs[500].replace("something", "nothing")
    new = "\n\n".join(paragraphs)
    hunks = diff_hunks(old, new, engine=engine)
    assert [(old[a:b], new[c:d]) for a, b, c, d in hunks] == [("something", "nothing")]


def test_both_engines_find_edits_of_the_same_size() -> None:
    """The compiled engine and the pure-Python fallback agree on how much changed."""
    old = "The quick brown fox jumps over the lazy dog. " * 20
    new = old.replace("quick", "slow").replace("lazy dog", "sleeping cat", 7)
    sizes = {
        engine: sum(b - a + d - c for a, b, c, d in diff_hunks(old, new, engine=engine))
        for engine in available_engines()
    }
    assert len(set(sizes.values())) == 1


def test_the_character_diff_has_no_time_limit() -> None:
    """A diff that would time out under the default one-second limit is still minimal."""
    import random

    rng = random.Random(3)  # noqa: S311 - repeatable test data
    old = "".join(rng.choice("abcdefgh ") for _ in range(6000))
    new = "".join(c if rng.random() > 0.3 else rng.choice("abcdefgh ") for c in old)
    ops = char_diff(old, new)
    removed = sum(n for op, n in ops if op == "-")
    kept = sum(n for op, n in ops if op == "=")
    assert kept + removed == len(old)
    # About 30% of characters were redrawn (one in nine to the same letter): an exact
    # diff keeps most of the rest; a timed-out one keeps far less.
    assert kept > 0.7 * len(old)


def test_importing_the_differ_stays_light() -> None:
    """The differ loads without git, trafilatura or the diff engines, so diffs start fast."""
    code = (
        "import sys, revtrack.diff, revtrack.diffview, revtrack.textnorm; "
        "print(sorted(m for m in ('git', 'trafilatura', 'lxml', 'diff_match_patch', "
        "'fast_diff_match_patch', 'rich', 'typer') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_fallback_engine_finds_the_same_seed_changes(seed_v1: Path, seed_v2: Path) -> None:
    """Without the compiled engine, the seed correction reads exactly the same."""
    from revtrack.diff import compare

    old, new = seed_v1.read_text(encoding="utf-8"), seed_v2.read_text(encoding="utf-8")
    fast, python = compare(old, new, engine="fast"), compare(old, new, engine="python")
    assert fast.changes == python.changes


# Texts built from what the ASCII shortcuts in ``words`` and ``alnum_only`` must treat
# as the regular expressions do: runs glued by periods, commas, colons and apostrophes,
# underscores, percent signs, curly quotes and other spacing.
_GLUED_PIECES = st.sampled_from(
    ["a", "B", "7", "U.S.", "6,000", "10:31", "don't", "’s", "_", "%", ".", ",", ":", "'",
     " ", "  ", "\n", "\t", "-", '"', "“", "”", "—", "–", "é", "\u00ad", "82nd", "1990s",
     "3.5%"]
)  # fmt: skip
_GLUED = st.one_of(st.lists(_GLUED_PIECES, max_size=12).map("".join), st.text(max_size=20))


@given(text=_GLUED)
def test_words_match_the_word_pattern_for_every_text(text: str) -> None:
    """``words`` cuts plain ASCII with str methods; it finds what the pattern finds."""
    from revtrack.diff.tokens import _WORD, words

    assert words(text) == _WORD.findall(text)


@given(text=_GLUED)
def test_letters_and_digits_match_the_pattern_for_every_text(text: str) -> None:
    """``alnum_only`` deletes ASCII marks by translation; it keeps what the pattern keeps."""
    import re

    from revtrack.textnorm import alnum_only

    assert alnum_only(text) == re.sub(r"[\W_]+", "", text)


def test_compare_leaves_the_garbage_collector_as_it_found_it() -> None:
    """``compare`` pauses the cyclic collector while it works; it restores either state."""
    import gc

    from revtrack.diff import compare

    assert gc.isenabled()
    compare("One fire. Two dead.", "One fire. Three dead.")
    assert gc.isenabled()
    gc.disable()
    try:
        compare("One fire. Two dead.", "One fire. Three dead.")
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("trailing", ["", "  ", "\n", " \t"])
def test_a_paragraph_added_at_the_end_comes_with_its_separator(trailing: str) -> None:
    """The last paragraph gains only the blank line before the new one: the diff is one
    addition, separator and all, whatever spacing the old text ended with."""
    old = "First one. Second one here.\n\nLast paragraph. It ends." + trailing
    new = "First one. Second one here.\n\nLast paragraph. It ends.\n\nCorrection: It erred."
    [hunk] = diff_hunks(old, new)
    assert old[hunk.old_start : hunk.old_end] == trailing
    assert new[hunk.new_start : hunk.new_end] == "\n\nCorrection: It erred."
