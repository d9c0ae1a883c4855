"""Where a notice begins and ends when it stands before the body or inside a paragraph."""

from __future__ import annotations

from revtrack.notices import find_notices

BODY = (
    "The storm crossed the county on Tuesday, cutting power to 40,000 homes and closing two"
    " roads, the fire service said."
)


def test_a_labelled_bracket_inside_a_paragraph_is_the_notice_and_the_prose_is_not():
    para = (
        "The council voted 5-2 to close the pool. (Correction: An earlier version of this"
        " story gave the vote as 5-3.) Residents plan to appeal."
    )
    (notice,) = find_notices(f"{BODY}\n\n{para}\n\n{BODY}")
    assert notice.text == ("(Correction: An earlier version of this story gave the vote as 5-3.)")
    assert notice.kind == "correction"


def test_an_update_in_square_brackets_mid_paragraph_keeps_its_time():
    para = (
        "Residents started a petition. [Update, 5 p.m.: The council has agreed to delay"
        " the closure by a month.] The pool was built in 1970."
    )
    (notice,) = find_notices(f"{BODY}\n\n{para}")
    assert notice.text.startswith("[Update, 5 p.m.:")
    assert notice.text.endswith("by a month.]")
    assert notice.kind == "update"


def test_a_bracket_of_prose_is_no_notice():
    para = "The pool (built in 1970, when the town had 9,000 people) needs a new roof."
    assert find_notices(f"{BODY}\n\n{para}\n\n{BODY}") == []


def test_a_one_line_notice_in_brackets_or_asterisks_is_not_a_heading():
    for line in (
        "[UPDATE: The utility says every home has power again.]",
        "** Correction: The storm closed two roads, not three. **",
    ):
        found = find_notices(f"{BODY}\n\n{line}\n\n{BODY}")
        assert [n.text for n in found] == [line]


def test_an_editors_note_above_the_body_is_a_note():
    note = "Editor's note: The author sat on the board of the trust until 2021."
    (notice,) = find_notices(f"Storm cuts power\n\n{note}\n\n{BODY}")
    assert notice.kind == "editors_note"
    assert notice.position == "top"


def test_an_editors_note_heading_a_newsletter_is_not_a_note():
    issue = (
        "Editors' Note\nInstead of our usual feature, this week we bring you two appeals"
        " from the society's members, which you can read below."
    )
    assert find_notices(f"{issue}\n\n{BODY}") == []
