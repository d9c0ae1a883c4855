"""``may_report_a_correction`` may say True too often, but never False for a report."""

from __future__ import annotations

import pytest

from revtrack.notices import patterns as p
from revtrack.notices.segments import sentence_spans


def _reported(text: str) -> bool:
    return any(p.REPORTED_CORRECTION.search(text[a:b]) for a, b in sentence_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Ledger ran a correction on Sunday.",
        "The council PUBLISHED\ta clarification later that week.",
        "The paper later corrected its error about the vote.",
        "Officials met. In its Friday correction the station named the wrong road.",
        "With\ntheir retraction the authors withdrew the paper.",
        "The site issued an editor’s note.",
        # Characters that re.I folds to ASCII letters: left to the expression.
        "The Ledger ran a corrections ſection.",
        "İn its correction the paper named the road.",
        "The board quıetly deleted the post.",
    ],
)
def test_never_false_for_a_report(text: str) -> None:
    assert _reported(text)
    assert p.may_report_a_correction(text)


@pytest.mark.parametrize(
    "text",
    [
        "Correction: An earlier version of this article misstated a figure.",
        "CORRECTION (Jan. 4, 2021): The story gave the wrong street. It is Elm Road.",
    ],
)
def test_false_for_a_labelled_notice(text: str) -> None:
    assert not p.may_report_a_correction(text)
    assert not _reported(text)
