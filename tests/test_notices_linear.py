"""No input makes the notice scorer do more than linear work.

Wall-clock limits make flaky tests; the scorer instead counts the characters its
expressions search (``signals.WORK``), a deterministic measure. Its expressions are
bounded (no nested unbounded repetition), so the work per character searched is bounded
too; these tests hold the count itself to the length of the input: doubling the text
roughly doubles the work, whatever the text is made of.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from revtrack.notices import find_notices, signals
from revtrack.notices.segments import sentence_spans

PIECES = st.sampled_from(
    [
        "word ",
        "not ",
        ", ",
        "“",
        "”",
        '"',
        "'",
        "(",
        ")",
        "An earlier version of this article ",
        "misstated ",
        "incorrectly said ",
        "as we said ",
        "(Title, 3 May, page 4) ",
        "In fact, ",
        "12 March 2024: Corrected ",
        "we apologise ",
        ". ",
        "\n",
        "\n\n",
    ]
)


def _work(text: str) -> int:
    """The scorer's work on ``text`` taken as one paragraph."""
    before = signals.WORK[0]
    signals.score(text, sentence_spans(text), "en", alone=True)
    return signals.WORK[0] - before


@settings(max_examples=60, deadline=None)
@example(unit="word word word word as we said not An earlier version of this article ", times=2)
@given(st.lists(PIECES, min_size=1, max_size=30).map("".join), st.integers(2, 40))
def test_doubling_the_input_at_most_doubles_the_work(unit: str, times: int) -> None:
    """Runs of words, commas, quotes and notice fragments: work grows with length."""
    text = (unit * times)[:2500]
    once = _work(text)
    twice = _work(text + text)
    assert once <= 30 * len(text)
    # Where the two copies meet, one more window of sentences straddles the seam, so the
    # second copy may cost a little more than the first; quadratic work would be 4x.
    assert twice <= 2.25 * once + 64


def test_a_fifty_thousand_word_paragraph_costs_bounded_work():
    """One paragraph of 50,000 words: the scorer reads a bounded prefix of a paragraph,
    and the whole finder returns on it and on twice it."""
    para = "misstated as we said, not “the " * 10_000
    assert _work(para) == _work(para + " " + para) <= 30 * 6_000
    assert isinstance(find_notices(para + " " + para), list)
