"""Alignment: paragraphs, then sentences, paired by their words before any word is diffed.

Each case is a revision a reader would describe in one breath ("a paragraph was cut",
"one paragraph replaced by another"); the differ must say the same, not report the
smallest token edit that happens to turn one text into the other.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.diff import compare
from revtrack.diff.align import THRESHOLD, align, bag, dice

UNION = "The drivers' union said on Monday it would study the ministry's reply before deciding."
AWARE = "We are aware of the action, a spokesman for the ministry said."
PROTEST = "The union plans a protest outside parliament next week."
LARGER = "The union plans a second, larger protest outside parliament next week."
FERRY = "Ferry services to the islands were cancelled for a third day because of high winds."


def _body(comparison):
    return [(c.kind, c.before.strip(), c.after.strip()) for c in comparison.body_changes]


def _laws(old: str, new: str):
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    assert comparison.invert().apply(new) == old
    return comparison


def test_a_removed_paragraph_is_not_merged_into_the_next_ones_edit() -> None:
    old = "\n\n".join([UNION, AWARE, PROTEST])
    new = "\n\n".join([UNION, LARGER])
    changes = _body(_laws(old, new))
    assert ("paragraph_removed", AWARE, "") in changes
    edits = [c for c in changes if c[0] != "paragraph_removed"]
    assert edits and all(AWARE not in before for _, before, _ in edits)
    assert all(len(before.split()) <= 2 for _, before, _ in edits)  # "a" -> "a second, larger"


def test_a_paragraph_replaced_by_another_is_one_removed_and_one_added() -> None:
    old = "\n\n".join([UNION, AWARE, PROTEST])
    new = "\n\n".join([UNION, FERRY, PROTEST])
    kinds = sorted(kind for kind, _, _ in _body(_laws(old, new)))
    assert kinds == ["paragraph_added", "paragraph_removed"]


def test_a_sentence_cut_from_an_edited_paragraph_is_its_own_change() -> None:
    old = f"{AWARE} {PROTEST} {FERRY}"
    new = f"{AWARE} {LARGER}"
    changes = _body(_laws(old, new))
    assert ("sentence_removed", FERRY, "") in changes
    assert not any(kind == "sentence_merged" for kind, _, _ in changes)


def test_a_paragraph_split_in_two_keeps_its_words() -> None:
    old = f"{UNION}\n\n{AWARE} {PROTEST}\n\n{FERRY}"
    new = f"{UNION}\n\n{AWARE}\n\n{PROTEST}\n\n{FERRY}"
    comparison = _laws(old, new)
    assert all(c.significance == "trivial" for c in comparison.body_changes)


def test_two_texts_that_share_nothing_are_replaced_paragraph_for_paragraph() -> None:
    rng = random.Random(7)  # noqa: S311 - repeatable test data
    first = [f"alpha{i} beta{i} gamma{i} delta{i} epsilon{i}." for i in range(200)]
    second = [f"omega{i} psi{i} chi{i} phi{i} upsilon{i}." for i in range(150)]
    rng.shuffle(second)
    old, new = "\n\n".join(first), "\n\n".join(second)
    comparison = _laws(old, new)
    counts = comparison.counts()
    assert counts == {"paragraph_removed": 200, "paragraph_added": 150}


@pytest.mark.slow
def test_two_long_unrelated_texts_are_compared_without_a_word_diff() -> None:
    """150k words each: without pairing by words, the token diff of two unrelated texts
    grows with the product of their lengths and does not finish."""
    rng = random.Random(11)  # noqa: S311 - repeatable test data

    def article(prefix: str, words: int) -> str:
        paragraphs, total = [], 0
        while total < words:
            size = rng.randint(20, 80)
            paragraphs.append(" ".join(f"{prefix}{rng.randrange(5000)}" for _ in range(size)) + ".")
            total += size
        return "\n\n".join(paragraphs)

    old, new = article("a", 150_000), article("b", 150_000)
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    assert set(comparison.counts()) <= {"paragraph_added", "paragraph_removed"}


def test_pairing_keeps_order_and_the_best_total_overlap() -> None:
    bags = [bag(s) for s in (UNION, AWARE, PROTEST, FERRY)]
    edited = [bags[0], bags[2] | {"second"}, bags[3]]
    assert align(bags, edited) == [
        (range(0, 1), range(0, 1)),
        (range(1, 2), range(1, 1)),
        (range(2, 3), range(1, 2)),
        (range(3, 4), range(2, 3)),
    ]
    assert dice(bags[1], bags[3]) < THRESHOLD  # "the", "of", "a", "for" say nothing


def test_the_commonest_words_do_not_make_units_alike() -> None:
    assert bag("The cat sat on the mat.") == {"cat", "sat", "mat"}
    assert bag("Of the.") == {"of", "the"}  # nothing else to go by


_BAG = st.frozensets(st.sampled_from("abcdefghij"), min_size=1, max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(_BAG, max_size=8), st.lists(_BAG, max_size=8))
def test_alignment_covers_every_unit_once_in_order(old, new) -> None:
    groups = align(old, new)
    assert [i for olds, _ in groups for i in olds] == list(range(len(old)))
    assert [j for _, news in groups for j in news] == list(range(len(new)))
    for olds, news in groups:
        if olds and news and len(olds) == len(news) == 1:
            pass  # a pair, or units removed and added in one place


def test_units_of_different_roles_never_pair() -> None:
    caption = bag("[caption] Minister Ana Ruiz at the harbour board meeting")
    paragraph = bag("Minister Ana Ruiz spoke at the harbour board meeting")
    assert dice(caption, paragraph) == 0
    assert dice(caption, bag("[caption] Minister Ana Ruiz at the board meeting")) >= THRESHOLD
