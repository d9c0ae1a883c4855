"""Laws of ``compare``: its changes rebuild the new text exactly, and undo back to the old."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.diff import compare
from revtrack.diff.engine import available_engines

# Article-like pieces make sentence and paragraph logic fire far more often than random
# characters would; arbitrary unicode covers the rest.
_PIECES = st.sampled_from(
    [
        "The", "U.S.", "Sen.", "Graham", "Grisham", "said", "6,000", "10:31", "a.m.", "Dec.",
        "31", " ", " ", " ", "  ", ".", ". ", "\n\n", "\n", ",", '"', "“", "”", "\u00a0",
        "\u00ad", "—", "Correction:", "An earlier version of this article", "é", "e\u0301",
        "😀", "\t", "?", "! ",
    ]
)  # fmt: skip
_ARTICLEISH = st.lists(_PIECES, max_size=40).map("".join)
_TEXT = st.one_of(st.text(max_size=60), _ARTICLEISH)


def _edited(base: str, data: st.DataObject) -> str:
    """A text sharing most of ``base``: a few pieces cut out or put in."""
    pieces = list(base)
    for _ in range(data.draw(st.integers(0, 4))):
        at = data.draw(st.integers(0, len(pieces)))
        if data.draw(st.booleans()) and at < len(pieces):
            del pieces[at : at + data.draw(st.integers(1, 8))]
        else:
            pieces.insert(at, data.draw(_TEXT))
    return "".join(pieces)


@pytest.mark.parametrize("engine", available_engines())
@settings(max_examples=150, deadline=None)
@given(old=_TEXT, data=st.data())
def test_changes_applied_to_the_old_text_give_the_new_text(
    engine: str, old: str, data: st.DataObject
) -> None:
    """Whatever two texts are compared, replaying the changes rebuilds the new one exactly."""
    new = data.draw(st.one_of(_TEXT, st.just(_edited(old, data))))
    comparison = compare(old, new, engine=engine)
    assert comparison.apply(old) == new


@settings(max_examples=150, deadline=None)
@given(old=_TEXT, data=st.data())
def test_inverted_changes_applied_to_the_new_text_give_the_old_text(
    old: str, data: st.DataObject
) -> None:
    """Undoing a comparison turns the new version back into the old one."""
    new = _edited(old, data)
    assert compare(old, new).invert().apply(new) == old


@settings(max_examples=100, deadline=None)
@given(text=_TEXT)
def test_a_text_compared_with_itself_has_no_change(text: str) -> None:
    """Comparing a version with itself reports nothing, whatever it holds."""
    comparison = compare(text, text)
    assert comparison.changes == []
    assert all(pair.status == "kept" for pair in comparison.sentences)


@settings(max_examples=100, deadline=None)
@given(old=_TEXT, data=st.data())
def test_every_change_states_its_text_and_positions_truthfully(
    old: str, data: st.DataObject
) -> None:
    """Each change's before and after are exactly the text at its positions."""
    new = _edited(old, data)
    for change in compare(old, new).changes:
        assert old[change.old_start : change.old_end] == change.before
        assert new[change.new_start : change.new_end] == change.after
        assert change.before != change.after or change.kind.endswith("_moved")


@pytest.mark.slow
def test_laws_hold_on_a_huge_live_blog() -> None:
    """A 100,000-word text with edits all through it still round-trips exactly."""
    import random

    rng = random.Random(7)  # noqa: S311 - repeatable test data
    words = [
        "Officials",
        "said",
        "the",
        "U.S.",
        "embassy",
        "6,000",
        "protesters",
        "on",
        "Dec.",
        "31",
    ]
    paragraphs = [
        " ".join(rng.choice(words) for _ in range(rng.randint(20, 60))) + "." for _ in range(2500)
    ]
    old = "\n\n".join(paragraphs)
    for index in range(0, len(paragraphs), 7):
        paragraphs[index] = paragraphs[index].replace("said", "told reporters", 1)
    paragraphs.insert(100, "Correction: An earlier version of this live blog misstated a figure.")
    new = "\n\n".join(paragraphs)
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    assert comparison.invert().apply(new) == old
    assert sum(c.kind == "notice_added" for c in comparison.changes) == 1
