"""Reading values takes work linear in the notice's length, whatever the notice is made of.

The measure is deterministic (``contrast.WORK``: the characters the structures are handed
to scan), not a clock: runs of words, commas, quotes, contrast words and whole paragraphs
without a full stop must cost at most a fixed amount per character, and doubling the text
at most doubles the work.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.notices import contrast, values
from revtrack.notices.values import extract_values

PIECES = st.sampled_from(
    [
        "word ",
        "Name ",
        ", ",
        ", not ",
        " not ",
        "not ",
        " but ",
        " rather than ",
        " instead of ",
        " from ",
        " to ",
        " as ",
        "“",
        "”",
        '"',
        "(",
        ")",
        "—",
        ". ",
        "; ",
        "1,000 ",
        "It is ",
        "should have said ",
        "misspelled ",
        "In fact, ",
        "et non ",
        "sondern ",
        "e não ",
        "niet ",
    ]
)
# Generous: every structure reads a sentence and the next once, in a few languages.
PER_CHAR = 400


def work(text: str, language: str = "en") -> int:
    contrast.WORK.chars = 0
    values._extract.cache_clear()  # a remembered reading would cost nothing
    extract_values(text, language)
    return contrast.WORK.chars


@settings(max_examples=40, deadline=None)
@given(unit=st.lists(PIECES, min_size=1, max_size=12).map("".join), times=st.integers(50, 400))
def test_work_is_bounded_per_character(unit: str, times: int) -> None:
    text = unit * times
    assert work(text) <= PER_CHAR * len(text) + 10_000


@settings(max_examples=25, deadline=None)
@given(
    unit=st.lists(PIECES, min_size=1, max_size=8).map("".join),
    language=st.sampled_from(["en", "de", "fr", "es", "it", "pt", "nl"]),
)
def test_doubling_the_text_at_most_doubles_the_work(unit: str, language: str) -> None:
    short = unit * 200
    assert work(short + short, language) <= 2 * work(short, language) + 10_000


def test_a_fifty_thousand_word_paragraph_costs_no_more_than_its_bound() -> None:
    paragraph = "the council, not the board, said the plan was approved " * 5_000
    assert work(paragraph) <= PER_CHAR * len(paragraph)
