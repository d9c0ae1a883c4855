"""The comparison form: typography and spacing differences vanish, words do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from revtrack.textnorm import cosmetic_only, normalise, whitespace_only


def test_curly_and_straight_quotes_compare_equal() -> None:
    """A CMS switching to curly quotes is not reported as a wording change."""
    assert normalise("“It’s over,” she said") == '"It\'s over," she said'


def test_non_breaking_and_repeated_spaces_become_one_space() -> None:
    """Spacing differences from copy-paste or templates do not count as edits."""
    assert normalise("10:31\u00a0a.m.  on\tTuesday") == "10:31 a.m. on Tuesday"


def test_soft_hyphens_and_zero_width_characters_disappear() -> None:
    """Invisible hyphenation hints inside a word leave the word unchanged."""
    assert normalise("embas\u00adsy com\u200bpound") == "embassy compound"


def test_dashes_and_ellipses_get_one_spelling() -> None:
    """An em dash swapped for an en dash, or "…" for "...", is cosmetic."""
    assert normalise("Iraq — again…") == normalise("Iraq – again...") == "Iraq - again..."


def test_blank_line_runs_become_one_paragraph_break() -> None:
    """Extra blank lines between paragraphs do not make a change."""
    assert normalise("  First.\n \n\n\nSecond. \n") == "First.\n\nSecond."


def test_composed_and_decomposed_accents_compare_equal() -> None:
    """ "é" typed as one character or as e plus an accent is the same letter."""
    assert normalise("caf\u00e9") == normalise("cafe\u0301")


def test_a_different_word_is_not_cosmetic() -> None:
    """Normalising never hides a real edit: Graham and Grisham stay different."""
    assert not cosmetic_only("Stephanie Graham", "Stephanie Grisham")
    assert cosmetic_only("“Graham”", '"Graham"')


def test_whitespace_only_ignores_quotes_no_more_than_words() -> None:
    """Spacing-only means spacing: a changed quote mark is punctuation, not spacing."""
    assert whitespace_only("a\u00a0b", "a  b")
    assert not whitespace_only("“a”", '"a"')


@given(st.text())
def test_normalising_twice_changes_nothing_more(text: str) -> None:
    """The comparison form is stable: normalising it again gives the same text."""
    once = normalise(text)
    assert normalise(once) == once
