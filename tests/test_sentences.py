"""The one sentence splitter: where a reader ends a sentence, in any language we read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.sentences import is_abbreviation, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no." ends a sentence; "No. 4" does not.
        ("Sen. Ruiz said no. The bill failed.", ["Sen. Ruiz said no.", "The bill failed."]),
        ("Bill No. 4 failed. Sen. Ruiz said no.", ["Bill No. 4 failed.", "Sen. Ruiz said no."]),
        ("He lives in St. Paul. Others do not.", ["He lives in St. Paul.", "Others do not."]),
        ("A. B. Smith wrote it. Fine.", ["A. B. Smith wrote it.", "Fine."]),
        # A day's ordinal before a month, as German and Danish write dates.
        ("Er kam am 3. Oktober. Dann ging er.", ["Er kam am 3. Oktober.", "Dann ging er."]),
        ("Mødet er den 16. September. Alle kom.", ["Mødet er den 16. September.", "Alle kom."]),
        ("Das kostet z.B. Geld. Viel.", ["Das kostet z.B. Geld.", "Viel."]),
        ("Attendez… Rien ne vient. Bon!", ["Attendez…", "Rien ne vient.", "Bon!"]),
        ('"Stop!" Ana cried. «Ya.» Fin.', ['"Stop!"', "Ana cried.", "«Ya.»", "Fin."]),
        # A heading on its own line is a sentence; a line wrapped mid-sentence is not cut.
        (
            "Correction\nThe article misstated a date.",
            ["Correction", "The article misstated a date."],
        ),
        ("The report was\nreleased today.", ["The report was\nreleased today."]),
        ("He met Sen.\nRuiz on Monday.", ["He met Sen.\nRuiz on Monday."]),
        ("Prices:\n- Bread went up", ["Prices:", "- Bread went up"]),
        ("  \n ", []),
    ],
)
def test_sentences_end_where_a_reader_ends_them(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_range_is_split_in_the_whole_texts_offsets() -> None:
    text = "Intro line.\n\nOne here. Two here."
    start = text.index("One")
    assert [text[a:b] for a, b in sentence_spans(text, start, len(text))] == [
        "One here.",
        "Two here.",
    ]


def test_abbreviations_are_the_splitters_own() -> None:
    assert is_abbreviation("Calif.") and is_abbreviation("sept")
    assert not is_abbreviation("said.")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.!?\n “”«»…-#No3.")), max_size=80))
def test_spans_are_ordered_stripped_and_cover_every_visible_character(text: str) -> None:
    spans = sentence_spans(text)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
