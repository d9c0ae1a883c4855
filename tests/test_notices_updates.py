"""Update notices: labels that carry a time, and the "this story has been updated" line.

Decisions, so that they stay decided:

- "Updated at 5 p.m.:", "UPDATE 2 p.m.:", "Update (March 3):" are labelled update notices
  and their time or day is the notice's ``date_text`` (its ``date`` stays None without a
  year, as for every notice).
- "This story has been updated." says the outlet changed the article, so it is an update
  notice even when it does not say what changed; but only that sentence is the notice,
  never the reporting before it in the same paragraph.
- "This story will be updated." / "This is a developing story." promise a change that has
  not happened: not a notice.
"""

from __future__ import annotations

import pytest

from revtrack.notices import find_notices

BEFORE = "The county board met for three hours on Tuesday night to hear from residents."
AFTER = "The board is expected to vote on the plan at its next meeting in two weeks."


def _in_article(paragraph: str) -> str:
    return f"{BEFORE}\n\n{paragraph}\n\n{AFTER}"


@pytest.mark.parametrize(
    ("paragraph", "date_text"),
    [
        ("Updated at 5 p.m.: Fire crews have put out the last of the flames.", "5 p.m."),
        (
            "Updated at 10:15 a.m. ET: The governor has declared a state of emergency.",
            "10:15 a.m. ET",
        ),
        ("UPDATE 2 p.m.: The bridge has reopened to traffic in both directions.", "2 p.m."),
        ("Update (March 3): The vote has been moved to the following Monday.", "March 3"),
        ("Update, 4:40 p.m.: Officials now say nobody was hurt.", "4:40 p.m."),
    ],
)
def test_a_timed_update_label_is_an_update_with_its_time(paragraph: str, date_text: str) -> None:
    """The time or day after the label is the notice's own, and there is no year to guess."""
    found = find_notices(_in_article(paragraph))
    assert [(n.kind, n.date_text, n.date, n.text) for n in found] == [
        ("update", date_text, None, paragraph)
    ]


def test_an_update_label_with_a_full_date_gives_the_iso_date() -> None:
    found = find_notices(_in_article("Updated at 9:05 a.m., May 2, 2023: The road is open."))
    assert [(n.kind, n.date) for n in found] == [("update", "2023-05-02T09:05")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Correction appended: An earlier version of this report gave the wrong year for the "
        "school's opening. It opened in 1962, not 1926.",
        "Correction appended\nAn earlier version of this report gave the wrong year for the "
        "school's opening. It opened in 1962, not 1926.",
        "Correction Appended (June 5, 2018): An earlier version of this report gave the wrong "
        "year for the school's opening. It opened in 1962, not 1926.",
    ],
)
def test_correction_appended_is_a_correction_label(paragraph: str) -> None:
    found = find_notices(_in_article(paragraph))
    assert [(n.kind, n.wrong, n.right) for n in found] == [("correction", "1926", "1962")]
    assert found[0].text == paragraph


NEWS = (
    "Two people were taken to hospital after a gas line ruptured on Elm Street on Tuesday "
    "morning, and crews evacuated about forty homes as a precaution."
)


@pytest.mark.parametrize("line", ["This story has been updated.", "This article was updated."])
def test_an_update_line_after_news_is_a_notice_of_one_sentence(line: str) -> None:
    """The reporting before the line in the same paragraph is not part of the notice."""
    text = _in_article(f"{NEWS} {line}")
    assert [(n.kind, n.text) for n in find_notices(text)] == [("update", line)]


def test_an_update_line_on_its_own_is_an_update_notice() -> None:
    line = "This story has been updated."
    assert [(n.kind, n.text) for n in find_notices(_in_article(line))] == [("update", line)]


def test_an_update_line_that_says_what_changed_is_still_only_that_sentence() -> None:
    line = "This story has been updated to include the names of the two people hurt."
    assert [(n.kind, n.text) for n in find_notices(_in_article(f"{NEWS} {line}"))] == [
        ("update", line)
    ]


def test_an_updated_to_correct_line_keeps_the_whole_short_item() -> None:
    """A correction ends a short item that is a notice from its first word."""
    item = (
        "The article said the bridge opened in 1926. It opened in 1962. "
        "This article has been updated to correct the date."
    )
    assert [(n.kind, n.text) for n in find_notices(_in_article(item))] == [("correction", item)]


@pytest.mark.parametrize(
    "line",
    [
        "This story will be updated.",
        "This is a developing story and will be updated.",
        "This is a developing story.",
    ],
)
def test_a_promise_of_updates_is_no_notice(line: str) -> None:
    assert find_notices(_in_article(f"{NEWS} {line}")) == []
    assert find_notices(_in_article(line)) == []
