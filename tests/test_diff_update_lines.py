"""How a diff reports the "This story has been updated." line that developing stories carry.

Only the notice's own words make a change a notice: a paragraph of new reporting that
ends with the line is an added paragraph, while the line added on its own, or appended
to a paragraph that was already there, is an added notice.
"""

from __future__ import annotations

from revtrack.diff import compare

LEAD = "A gas line ruptured on Elm Street on Tuesday morning, the fire department said."
TAIL = "Crews expect to finish repairs by Thursday, the utility said in a statement."
NEWS = (
    "Two people were taken to hospital, and crews evacuated about forty homes as a "
    "precaution while the leak was found and shut off."
)
LINE = "This story has been updated."


def _kinds(old: str, new: str) -> dict[str, int]:
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    return dict(comparison.counts())


def test_a_news_paragraph_ending_with_the_line_is_an_added_paragraph() -> None:
    old = f"{LEAD}\n\n{TAIL}"
    new = f"{LEAD}\n\n{NEWS} {LINE}\n\n{TAIL}"
    assert _kinds(old, new) == {"paragraph_added": 1}


def test_a_short_news_paragraph_ending_with_the_line_is_an_added_paragraph() -> None:
    """However short the reporting, it is not outweighed by the boilerplate after it."""
    old = f"{LEAD}\n\n{TAIL}"
    new = f"{LEAD}\n\nTwo were hurt. {LINE}\n\n{TAIL}"
    assert _kinds(old, new) == {"paragraph_added": 1}


def test_the_line_as_a_paragraph_of_its_own_is_an_added_notice() -> None:
    old = f"{LEAD}\n\n{TAIL}"
    new = f"{LEAD}\n\n{TAIL}\n\n{LINE}"
    assert _kinds(old, new) == {"notice_added": 1}


def test_the_line_appended_to_an_existing_paragraph_is_an_added_notice() -> None:
    old = f"{LEAD}\n\n{NEWS}\n\n{TAIL}"
    new = f"{LEAD}\n\n{NEWS} {LINE}\n\n{TAIL}"
    changes = compare(old, new).body_changes
    assert [(c.kind, c.after.strip()) for c in changes] == [("notice_added", LINE)]


def test_a_promise_of_updates_is_added_reporting() -> None:
    old = f"{LEAD}\n\n{NEWS}\n\n{TAIL}"
    new = f"{LEAD}\n\n{NEWS} This story will be updated.\n\n{TAIL}"
    assert _kinds(old, new) == {"sentence_added": 1}


def test_a_timed_update_paragraph_is_an_added_notice() -> None:
    old = f"{LEAD}\n\n{TAIL}"
    new = f"Updated at 5 p.m.: The leak has been shut off.\n\n{LEAD}\n\n{TAIL}"
    assert _kinds(old, new) == {"notice_added": 1}


def test_a_correction_in_a_short_item_is_still_a_notice_from_its_first_word() -> None:
    """The update-line rule is for updates: a short correction item stays whole."""
    item = "We misspelled the street's name. It is Elm Street, not Elmm Street."
    old = f"{LEAD}\n\n{TAIL}"
    new = f"{LEAD}\n\n{TAIL}\n\n{item}"
    assert _kinds(old, new) == {"notice_added": 1}
