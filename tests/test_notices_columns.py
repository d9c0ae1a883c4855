"""Corrections columns: one notice per item, each with the piece it names."""

from __future__ import annotations

import pytest

from revtrack.notices import find_notices
from revtrack.notices.citation import Piece, cited_piece

COLUMN = "\n\n".join(
    [
        "Corrections and clarifications",
        "The harbour tunnel is 2.1 miles long, not 3 miles as we said (Under the water, "
        "4 June, page 12).",
        "A June 3 article about school meals mistakenly said the scheme began in 2015. It "
        "began in 2016.",
        "Our obituary of the painter Lena Hart gave her birthplace as Leeds. She was born in York.",
        "'A day by the sea' (Travel, last week) described the pier as Victorian. It was "
        "built in 1923.",
    ]
)


def test_each_item_of_a_column_is_a_notice():
    """Four items, four notices, each starting where its item starts; the heading is none."""
    found = find_notices(COLUMN)
    items = COLUMN.split("\n\n")[1:]
    assert [n.text for n in found] == items
    assert all(n.kind == "correction" for n in found)


@pytest.mark.parametrize(
    ("text", "title", "date", "page"),
    [
        (
            "Ann Lee is the club's secretary, not its chair (Show him the red card, 15 May, "
            "page 34).",
            "Show him the red card",
            "15 May",
            "34",
        ),
        (
            "'A day by the sea' (Travel, last week) described the pier as Victorian.",
            "A day by the sea",
            "last week",
            None,
        ),
        (
            "The deadline is 2025, not 2026, as an article said (Voters go to the polls, "
            "2 April, p41).",
            "Voters go to the polls",
            "2 April",
            "41",
        ),
    ],
)
def test_a_column_item_names_the_piece_it_corrects(text, title, date, page):
    """Title, date as written and page, read from the item's citation."""
    (notice,) = find_notices(text)
    assert (notice.piece_title, notice.piece_date, notice.piece_page) == (title, date, page)


def test_a_notice_without_a_citation_names_no_piece():
    """An ordinary notice leaves the piece fields empty."""
    (notice,) = find_notices("An earlier version of this article misstated the mayor's age.")
    assert (notice.piece_title, notice.piece_date, notice.piece_page) == (None, None, None)


def test_a_notice_s_own_dateline_in_brackets_cites_no_piece() -> None:
    """ "CORRECTION (Dec. 31, 2019, 10:31 a.m.):" dates the notice; it names no other piece."""
    (notice,) = find_notices(
        "CORRECTION (March 4, 2022, 9:15 a.m.): An earlier version of this story misstated "
        "the bridge's length. It is 410 metres, not 140."
    )
    assert notice.date is not None and notice.date.startswith("2022-03-04")
    assert (notice.piece_title, notice.piece_date, notice.piece_page) == (None, None, None)


def test_a_year_beside_a_cited_date_stays_with_the_date() -> None:
    piece = cited_piece("We gave the wrong score (Late winner sinks City, 14 May, 2023, page 40).")
    assert piece == Piece(title="Late winner sinks City", date="14 May, 2023", page="40")
