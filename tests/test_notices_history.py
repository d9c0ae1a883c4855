"""Change histories: one notice per dated entry, its kind from its words."""

from __future__ import annotations

import pytest

from revtrack.notices import find_notices
from revtrack.notices.history import history_entry

HISTORY = (
    "Updates to this page\n\n"
    "Published 3 May 2021\n\n"
    "14 February 2024\nCorrected the figure for average waiting times in table 2.\n\n"
    "2 January 2024\nAdded the guidance for the winter period.\n\n"
    "9 June 2023\nTypo corrected in the section on eligibility.\n\n"
    "3 May 2021\nFirst published."
)


def test_each_dated_entry_is_a_notice_of_its_own_kind():
    """Three entries that changed the page; "First published" and the heading are none."""
    found = find_notices(HISTORY)
    assert [(n.kind, n.date) for n in found] == [
        ("correction", "2024-02-14"),
        ("update", "2024-01-02"),
        ("correction", "2023-06-09"),
    ]
    assert found[0].text.startswith("14 February 2024\nCorrected the figure")


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("12 March 2024: Corrected the figure for rural bus routes.", "correction", "2024-03-12"),
        ("March 12, 2024 — Fixed a broken link to the form.", "correction", "2024-03-12"),
        ("2024-03-12: Updated the contact details.", "update", "2024-03-12"),
        (
            "12 March 2024\nVersion 2 of the form was published in error.",
            "correction",
            "2024-03-12",
        ),
        (
            "12 March 2024\nUnder 4.2 Housing, the address changed from Leeds to York.",
            "update",
            None,
        ),
    ],
)
def test_a_single_entry_passed_alone_is_found(text, kind, date):
    """The differ passes an added entry by itself: it must still be a notice."""
    found = find_notices(text)
    assert len(found) == 1 and found[0].kind == kind
    if date:
        assert found[0].date == date


def test_an_entry_marked_by_the_extractor_is_found_without_its_marker():
    """A block written as ``[history] `` is an entry; the notice text leaves out the marker."""
    text = "The guidance explains who can apply.\n\n[history] 12 March 2024: Corrected the fee."
    found = find_notices(text)
    assert len(found) == 1
    assert found[0].text == "12 March 2024: Corrected the fee."
    assert found[0].kind == "correction"


@pytest.mark.parametrize(
    "text",
    [
        "3 May 2021\nFirst published.",
        "12 March 2024: The council met to discuss the budget for the coming year.",
        "LONDON, March 12, 2024 — Updated figures showed inflation fell to 3.4%.",
    ],
)
def test_other_dated_paragraphs_are_no_entries(text):
    """A dated paragraph is an entry only when what follows the date is a change."""
    assert history_entry(text) is None or text.startswith("3 May")
    assert find_notices(text) == []
