"""Rewrites read as a reader reads them: one passage rewritten is one change.

A reader who compares two versions and sees a sentence, a run of sentences or a paragraph
give way to others in the same place says "this was rewritten", and points at the old
passage and the new one. The check used here is the one a reader's note implies: every
run of words that differs between the old and the new passage (a plain ``difflib`` token
diff, which knows nothing of the differ) lies inside the ``before`` and the ``after`` of
one reported change. The passages were written for these tests; each expectation was
written by hand before the case was run, and the laws (the changes rebuild the new text,
inverted ones the old) are checked on each.
"""

from __future__ import annotations

import difflib
import re

import pytest

from revtrack.diff import compare

_TOKEN = re.compile(r"\w+|[^\w\s]")


def _laws(old: str, new: str):
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    assert comparison.invert().apply(new) == old
    return comparison


def _runs(before: str, after: str) -> list[tuple[str, str]]:
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return [(" ".join(a[i:j]), " ".join(b[k:m])) for op, i, j, k, m in ops if op != "equal"]


def _inside(run: str, text: str) -> bool:
    return not run or f" {run} " in f" {' '.join(_TOKEN.findall(text))} "


def _covering(comparison, before: str, after: str) -> list:
    """For each differing run of the passage, the changes that hold it whole."""
    return [
        [c for c in comparison.body_changes if _inside(r, c.before) and _inside(a, c.after)]
        for r, a in _runs(before, after)
    ]


REWRITES = [
    pytest.param(
        "The council met on Tuesday.",
        "It voted to close the library on Elm Street because repairs would cost too much.",
        "Members agreed that the Elm Street branch must shut, citing a repair bill they could not meet.",
        "Residents were angry.",
        id="one_sentence_in_another_place",
    ),
    pytest.param(
        "Intro paragraph stays.\n\n",
        "The report found that most schools in the region lacked enough teachers. It blamed low pay.",
        "Most schools in the region are short of teachers, the report found, largely because pay is low.",
        " Unions welcomed it.\n\nEnd.",
        id="two_sentences_merged_and_rewritten",
    ),
    pytest.param(
        "Start here. ",
        "The bill passed the Senate by a vote of 52 to 48 on Thursday. It now goes to the House, where its fate is unclear.",
        "The Senate narrowly approved the bill on Thursday. The House is expected to take it up next week, though leaders there have not committed to a vote.",
        " End here.",
        id="two_sentences_rewritten_side_by_side",
    ),
    pytest.param(
        "The ferry company announced its timetable.\n\n",
        "The company expects to carry about 40,000 passengers between the harbour and the island this summer, most of them day visitors.",
        "Most of the passengers will be day visitors.\n\nThe harbour-to-island route should carry about 40,000 people this summer, the company said.",
        "\n\nTickets go on sale in May.",
        id="paragraph_rewritten_into_two",
    ),
]


@pytest.mark.parametrize(("lead", "before", "after", "tail"), REWRITES)
def test_a_passage_rewritten_in_place_is_covered_by_one_change(
    lead: str, before: str, after: str, tail: str
) -> None:
    sep = "" if lead.endswith((" ", "\n")) else " "
    old = (
        f"{lead}{sep}{before}{tail if tail[:1] in ' .' or tail.startswith(chr(10)) else ' ' + tail}"
    )
    new = (
        f"{lead}{sep}{after}{tail if tail[:1] in ' .' or tail.startswith(chr(10)) else ' ' + tail}"
    )
    comparison = _laws(old, new)
    covering = _covering(comparison, before, after)
    assert covering and all(covering), [(c.kind, c.before, c.after) for c in comparison.changes]
    # and a reader calls it a rewrite, not a removal and an addition
    kinds = {c.kind for hit in covering for c in hit}
    assert kinds & {"wording", "sentence_split", "sentence_merged"}, kinds


def test_a_paragraph_replaced_by_one_about_something_else_stays_removed_and_added() -> None:
    old = "Lead.\n\nThe mayor opened the new bridge on Friday.\n\nEnd."
    new = "Lead.\n\nHeavy snow closed three schools in the valley.\n\nEnd."
    kinds = sorted(c.kind for c in _laws(old, new).body_changes)
    assert kinds == ["paragraph_added", "paragraph_removed"]


def test_sentences_removed_one_after_another_are_one_passage_removed() -> None:
    kept = "The museum reopened on Saturday after two years of work."
    gone = " Its new wing holds the city's textile collection. Entry to it is free until June."
    tail = "\n\nThe mayor attended."
    old = f"{kept}{gone}{tail}"
    new = f"{kept}{tail}"
    changes = _laws(old, new).body_changes
    assert [(c.kind, c.before) for c in changes] == [("sentence_removed", gone)]


def test_the_end_of_a_sentence_cut_with_the_sentences_after_it_is_one_removal() -> None:
    # A passage pasted twice, in two languages, and the second copy taken out: the cut
    # starts inside the sentence before it (after "scared") and keeps its full stop.
    old = (
        "Q: Were you surprised?\n\nA: Not really. I understand that she was scared, "
        "»Egentlig ikke. Jeg forstår godt, at hun blev bange.\n\nQ: What next?"
    )
    new = "Q: Were you surprised?\n\nA: Not really. I understand that she was scared.\n\nQ: What next?"
    changes = _laws(old, new).body_changes
    assert len(changes) == 1, [(c.kind, c.before, c.after) for c in changes]
    (change,) = changes
    assert change.kind == "sentence_removed"
    assert "»Egentlig ikke. Jeg forstår godt, at hun blev bange" in change.before
    assert change.significance == "substantive"


def test_a_notice_added_in_a_sentence_s_place_is_still_a_notice() -> None:
    old = "The plant employs 300 people. It opened in 1990. Production resumes Monday."
    new = (
        "The plant employs 300 people. Correction: An earlier version of this article "
        "misstated the year the plant opened. Production resumes Monday."
    )
    kinds = {c.kind for c in _laws(old, new).body_changes}
    assert "notice_added" in kinds, kinds
