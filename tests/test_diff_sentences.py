"""Sentences are split where a reader would split them and paired across versions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from revtrack.diff import compare
from revtrack.diff.sentences import paragraph_spans, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Ada Lowe, D-Conn., spoke. Others waited.",
            ["Sen. Ada Lowe, D-Conn., spoke.", "Others waited."],
        ),
        (
            "The U.S. Embassy in Lisbon closed. Staff left.",
            ["The U.S. Embassy in Lisbon closed.", "Staff left."],
        ),
        (
            "Talks end Dec. 31 at noon. Then what?",
            ["Talks end Dec. 31 at noon.", "Then what?"],
        ),
        (
            "It began at 8 a.m. Friday and ended at 6 p.m. The crowd left.",
            ["It began at 8 a.m. Friday and ended at 6 p.m.", "The crowd left."],
        ),
        (
            "Troops came home from the U.S. The war was over.",
            ["Troops came home from the U.S.", "The war was over."],
        ),
        (
            '"Is it safe?" she asked. "No." He left!',
            ['"Is it safe?" she asked.', '"No."', "He left!"],
        ),
        ("Dr. Ruth K. Tam and Mr. Ode met.", ["Dr. Ruth K. Tam and Mr. Ode met."]),
        (
            "A fee of No. 4 applies. No. It does not.",
            ["A fee of No. 4 applies.", "No.", "It does not."],
        ),
    ],
)
def test_sentences_split_only_where_they_end(text: str, expected: list[str]) -> None:
    """Abbreviations, initials and dates do not end a sentence; real endings do."""
    assert _sentences(text) == expected


def test_paragraphs_are_the_blocks_between_blank_lines() -> None:
    """Blank lines, even with spaces on them, separate paragraphs; ends are trimmed."""
    text = "\nOne line\nstill one.\n  \nTwo. \n\n\n Three"
    assert [text[a:b] for a, b in paragraph_spans(text)] == [
        "One line\nstill one.",
        "Two.",
        "Three",
    ]


def test_alignment_labels_each_sentence_like_newsedits() -> None:
    """Kept, edited, added, removed, split and merged sentences are labelled as such."""
    old = "Alpha stays. Bravo changes slightly. Charlie goes. Delta ran home and Echo stayed."
    new = "Alpha stays. Bravo changes a lot. Delta ran home. Echo stayed. Golf arrives."
    statuses = sorted({p.status for p in compare(old, new).sentences})
    assert statuses == ["added", "edited", "kept", "removed", "split"]
    merged = compare("Fox is. One more.", "Fox is one more.").sentences
    assert [p.status for p in merged] == ["merged"]
    assert merged[0].old == (0, 1)
    assert merged[0].new == (0,)


def test_alignment_marks_a_moved_sentence_as_moved() -> None:
    """A sentence that only changed place is moved, not removed and added."""
    pairs = compare(
        "One went first. Two next. Three last.", "Two next. Three last. One went first."
    ).sentences
    assert sorted(p.status for p in pairs) == ["kept", "kept", "moved"]


@given(
    text=st.lists(
        st.sampled_from(["A b.", "C", " ", "\n", "\n\n", " \n ", "\t", "\u00a0", "\r", "\x0b"]),
        max_size=12,
    ).map("".join)
)
def test_paragraphs_from_the_word_diffs_chunks_are_the_texts_paragraphs(text: str) -> None:
    """``compare`` takes paragraph spans from the word diff's chunks: they must agree."""
    from revtrack.diff.engine import split_chunks
    from revtrack.diff.sentences import chunk_paragraph_spans

    assert chunk_paragraph_spans(split_chunks(text)) == paragraph_spans(text)
