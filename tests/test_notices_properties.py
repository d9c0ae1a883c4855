"""Laws of the notice finder over any text: a list back, never a crash, in bounded time."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.notices import MAX_SCAN_CHARS, Notice, find_notices

NOTICE = "Correction: An earlier version of this article misstated the toll. It is $4, not $6."
PIECES = st.sampled_from(
    [
        "Correction:",
        "CORRECTION (",
        "Update:",
        "Editor's note:",
        "Berichtigung",
        "Fe de errores:",
        "An earlier version of this article",
        "misstated",
        "misspelled",
        " not ",
        ", not ",
        "“",
        "”",
        '"',
        "(",
        ")",
        "—",
        "\n\n",
        "\n",
        ". ",
        "Dec. 31, 2019, 10:31 a.m.",
        "It is ",
        "as ",
        "rather than ",
        "to 5 from 6",
        "In a story on Monday",
        "we incorrectly said that",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_list_of_notices(text: str) -> None:
    """Whatever the input, the finder returns a list and does not raise."""
    found = find_notices(text)
    assert isinstance(found, list)
    assert all(isinstance(n, Notice) for n in found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join))
def test_notice_shaped_noise_never_crashes_and_spans_are_in_the_text(text: str) -> None:
    """Fragments of notices in any order give notices whose offsets point into the text."""
    for notice in find_notices(text):
        assert 0 <= notice.start < notice.end <= len(text)
        assert text[notice.start : notice.end] == notice.text
        assert notice.kind in {
            "correction",
            "clarification",
            "update",
            "editors_note",
            "retraction",
        }
        assert notice.position in {"top", "bottom", "inline"}


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(lambda t: "\n\n" not in t and t.strip()))
def test_a_notice_is_still_found_after_any_paragraph(prefix: str) -> None:
    """A paragraph of any text before a standard notice does not hide it."""
    text = f"{prefix.strip()}\n\n{NOTICE}"
    found = find_notices(text)
    assert any(n.text == NOTICE for n in found) or any(NOTICE in n.text for n in found)


def test_a_thousand_notices_are_all_returned() -> None:
    """An article of a thousand notices gives a thousand entries, each read in full."""
    found = find_notices("\n\n".join([NOTICE] * 1_000))
    assert len(found) == 1_000
    assert found[-1].wrong == "$6"


@pytest.mark.slow
def test_ten_thousand_notices_are_all_returned_quickly() -> None:
    """An article of ten thousand notices gives ten thousand entries in seconds."""
    text = "\n\n".join([NOTICE] * 10_000)
    started = time.perf_counter()
    found = find_notices(text)
    assert len(found) == 10_000
    assert time.perf_counter() - started < 20
    assert found[-1].wrong == "$6"


def test_huge_text_is_scanned_only_up_to_the_bound() -> None:
    """A notice beyond the scanning bound is not read, and the call stays fast."""
    filler = ("lorem ipsum dolor sit amet " * 40 + "\n\n") * (MAX_SCAN_CHARS // 1000 + 10)
    started = time.perf_counter()
    assert find_notices(filler + NOTICE) == []
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02 binary \xff\xfe" * 1000,
        "“" * 100_000 + "An earlier version of this article misstated " + "x, not y, " * 10_000,
        "Correction: " + "a" * 100_000,
        "(" * 50_000 + "Corrects" + ")" * 50_000,
        "CORRECTION (" + "Dec. " * 10_000 + "):",
    ],
)
def test_pathological_inputs_return_quickly(text: str) -> None:
    """Unbalanced quotes, endless labels and binary noise neither crash nor hang."""
    started = time.perf_counter()
    assert isinstance(find_notices(text), list)
    assert time.perf_counter() - started < 10
