"""Each change gets the kind a reader would give it, checked on hand-made examples."""

from __future__ import annotations

import pytest

from revtrack.diff import Change, compare
from revtrack.models import Document


def _only(old: str, new: str) -> Change:
    changes = compare(old, new).changes
    assert len(changes) == 1, changes
    return changes[0]


@pytest.mark.parametrize(
    ("old", "new", "kind", "before", "after"),
    [
        (
            "The mayor, Ellen Brooke, spoke first.",
            "The mayor, Ellen Brooks-Hart, spoke first.",
            "name",
            "Brooke",
            "Brooks-Hart",
        ),
        (
            "About 4,500 people marched.",
            "About 45,000 people marched.",
            "number",
            "4,500",
            "45,000",
        ),
        (
            "Three firefighters were hurt.",
            "Four firefighters were hurt.",
            "number",
            "Three",
            "Four",
        ),
        ("The vote is on Thursday.", "The vote is on Friday.", "date", "Thursday", "Friday"),
        ("Polls close on Nov. 4 at night.", "Polls close on Nov. 5 at night.", "date", "4", "5"),
        (
            "It opened at 9:15 this morning.",
            "It opened at 9:45 this morning.",
            "date",
            "9:15",
            "9:45",
        ),
        (
            'She called it "a grave mistake" on air.',
            'She called it "a serious mistake" on air.',
            "quote",
            "grave",
            "serious",
        ),
        (
            "The goverment denied it.",
            "The government denied it.",
            "spelling",
            "goverment",
            "government",
        ),
        (
            "Officials recieved the report.",
            "Officials received the report.",
            "spelling",
            "recieved",
            "received",
        ),
        ("The council will meet.", "The board will meet.", "wording", "council", "board"),
        ("He left  early.", "He left early.", "whitespace", "  ", " "),
        ("The deal is off — for now.", "The deal is off – for now.", "punctuation", "—", "–"),
        ("Rain fell, then it stopped.", "Rain fell; then it stopped.", "punctuation", ",", ";"),
    ],
)
def test_a_single_edit_gets_its_kind(
    old: str, new: str, kind: str, before: str, after: str
) -> None:
    """One edit inside a sentence is named for what changed: a name, a number, a typo..."""
    change = _only(old, new)
    assert (change.kind, change.before, change.after) == (kind, before, after)


def test_curly_quotes_made_straight_are_punctuation_changes() -> None:
    """Each quote mark swapped for a straight one is a trivial punctuation change."""
    changes = compare("The “deal” is off.", 'The "deal" is off.').changes
    assert [(c.kind, c.before, c.after, c.significance) for c in changes] == [
        ("punctuation", "“", '"', "trivial"),
        ("punctuation", "”", '"', "trivial"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("The crowd left.", "A crowd left.", "wording"),
        ("He said no.", "She said no.", "wording"),
        (
            "Police said so. Later officials and police left.",
            "Officials said so. Later officials and police left.",
            "wording",
        ),
        ("Graham said so.", "Grisham said so.", "name"),
    ],
)
def test_a_capital_at_the_start_of_a_sentence_is_not_taken_for_a_name(
    old: str, new: str, kind: str
) -> None:
    """Every sentence starts with a capital: only a word never written in lower case is a name there."""
    assert _only(old, new).kind == kind


def test_a_misspelled_name_fixed_by_one_letter_is_a_spelling_fix() -> None:
    """Adding the missing letter to a name is a typo fix, not a different person."""
    change = _only("Mayor Jon Smiht spoke.", "Mayor Jon Smith spoke.")
    assert (change.kind, change.significance) == ("spelling", "minor")


def test_a_replaced_phrase_reads_as_whole_words() -> None:
    """Two neighbouring replaced words are one change, not two with a space between."""
    change = _only("The tall man left.", "The short woman left.")
    assert (change.before, change.after) == ("tall man", "short woman")


def test_an_added_sentence_is_one_change_with_the_sentence_as_context() -> None:
    """A sentence slipped into a paragraph is reported whole, as an added sentence."""
    change = _only(
        "Crowds gathered. Police watched.", "Crowds gathered. Some threw stones. Police watched."
    )
    assert change.kind == "sentence_added"
    assert change.new_sentence == "Some threw stones."
    assert change.old_sentence == ""


def test_a_removed_sentence_is_one_change() -> None:
    """A sentence cut from the story is reported as removed, with its text."""
    change = _only(
        "Crowds gathered. Some threw stones. Police watched.", "Crowds gathered. Police watched."
    )
    assert (change.kind, change.old_sentence) == ("sentence_removed", "Some threw stones.")


def test_an_added_paragraph_is_a_paragraph_added() -> None:
    """A new paragraph at the end is one addition of a paragraph."""
    change = _only(
        "First part.\n\nSecond part.", "First part.\n\nSecond part.\n\nA third part arrives."
    )
    assert (change.kind, change.new_sentence, change.new_paragraph) == (
        "paragraph_added",
        "A third part arrives.",
        2,
    )


def test_a_removed_paragraph_is_a_paragraph_removed() -> None:
    """A paragraph taken out of the middle is reported as removed."""
    change = _only("One.\n\nTwo is gone.\n\nThree.", "One.\n\nThree.")
    assert (change.kind, change.old_sentence, change.old_paragraph) == (
        "paragraph_removed",
        "Two is gone.",
        1,
    )


def test_a_moved_paragraph_is_one_move() -> None:
    """Swapping a paragraph further down is one move, not a deletion and an insertion."""
    old = "Alpha leads.\n\nBravo follows.\n\nCharlie ends."
    new = "Bravo follows.\n\nCharlie ends.\n\nAlpha leads."
    change = _only(old, new)
    assert change.kind == "paragraph_moved"
    assert change.significance == "minor"
    assert (change.old_paragraph, change.new_paragraph) == (0, 2)


def test_a_paragraph_moved_and_edited_is_one_move_as_significant_as_its_edit() -> None:
    """A paragraph moved down with a figure changed on the way is one substantive move."""
    old = "The plan would cost 5 million dollars in total.\n\nVoters decide in May."
    new = "Voters decide in May.\n\nThe plan would cost 7 million dollars in total."
    change = _only(old, new)
    assert (change.kind, change.significance) == ("paragraph_moved", "substantive")
    assert (change.before.strip(), change.after.strip()) == (
        "The plan would cost 5 million dollars in total.",
        "The plan would cost 7 million dollars in total.",
    )


def test_a_moved_sentence_is_one_move() -> None:
    """A sentence moved to the end of its paragraph is one sentence move."""
    old = "Smoke rose early. Fire crews came. Roads closed."
    new = "Fire crews came. Roads closed. Smoke rose early."
    change = _only(old, new)
    assert (change.kind, change.old_sentence) == ("sentence_moved", "Smoke rose early.")


def test_two_sentences_joined_into_one_is_a_merge() -> None:
    """Turning a full stop into a comma and a conjunction merges two sentences."""
    change = _only("The talks failed. Both sides left.", "The talks failed, and both sides left.")
    assert change.kind == "sentence_merged"
    assert change.old_sentence == "The talks failed. Both sides left."


def test_one_sentence_cut_in_two_is_a_split() -> None:
    """Ending a sentence early and starting another is a split."""
    change = _only("The talks failed, and both sides left.", "The talks failed. Both sides left.")
    assert change.kind == "sentence_split"


def test_an_appended_correction_is_a_notice_added() -> None:
    """A correction paragraph added at the bottom is a notice, not an ordinary paragraph."""
    change = _only(
        "The bridge is 40 years old.",
        "The bridge is 40 years old.\n\nClarification: This story has been updated to say who built the bridge.",
    )
    assert (change.kind, change.significance) == ("notice_added", "substantive")


def test_a_removed_editors_note_is_a_notice_removed() -> None:
    """Taking an editor's note off the top of a story is reported as such."""
    change = _only("Editor's note: Names were changed.\n\nThe story.", "The story.")
    assert change.kind == "notice_removed"


def test_an_update_line_is_a_notice_even_inside_a_paragraph() -> None:
    """An update sentence added to a paragraph counts as a notice."""
    change = _only(
        "Roads are closed.", "Roads are closed. Update, 5 p.m.: Two roads have reopened."
    )
    assert change.kind == "notice_added"


@pytest.mark.parametrize(
    ("kind", "significance"),
    [
        ("whitespace", "trivial"),
        ("punctuation", "trivial"),
        ("spelling", "minor"),
        ("name", "substantive"),
        ("number", "substantive"),
    ],
)
def test_significance_follows_the_kind(kind: str, significance: str) -> None:
    """Cosmetic edits are trivial, typo fixes minor, facts substantive."""
    examples = {
        "whitespace": ("A  b.", "A b."),
        "punctuation": ("Rain fell, then stopped.", "Rain fell; then stopped."),
        "spelling": ("The goverment.", "The government."),
        "name": ("Said Ann Pike.", "Said Ann Peck."),
        "number": ("It cost 12 dollars.", "It cost 21 dollars."),
    }
    change = _only(*examples[kind])
    assert (change.kind, change.significance) == (kind, significance)


def test_a_negation_makes_a_small_wording_change_substantive() -> None:
    """Adding "not" turns a sentence around, however short the edit."""
    change = _only("The mayor will run again.", "The mayor will not run again.")
    assert (change.kind, change.significance) == ("wording", "substantive")


def test_headline_byline_and_date_changes_come_first_and_are_named() -> None:
    """For pages, a new headline, byline or date is reported before any body change."""
    old = Document(
        text="Winds rose.", title="Storm hits coast", byline="A. Reporter", published="2024-01-01"
    )
    new = Document(
        text="Winds fell.",
        title="Storm batters coast",
        byline="A. Reporter and B. Editor",
        published="2024-01-01",
    )
    kinds = [c.kind for c in compare(old, new).changes]
    assert kinds == ["headline", "byline", "wording"]
    headline = compare(old, new).changes[0]
    assert (headline.before, headline.after, headline.field) == (
        "Storm hits coast",
        "Storm batters coast",
        "title",
    )


def test_a_new_publication_date_is_a_minor_date_change() -> None:
    """A page's own date moving is named as a date, worth less than a changed fact."""
    old = Document(text="Same text.", published="2024-05-01", modified="2024-05-01T10:00")
    new = Document(text="Same text.", published="2024-05-02", modified="2024-05-01T10:00")
    [change] = compare(old, new).changes
    assert (change.kind, change.significance, change.field) == ("date", "minor", "published")
    assert (change.before, change.after) == ("2024-05-01", "2024-05-02")


def test_comparing_documents_applies_to_the_body_only() -> None:
    """Metadata changes do not disturb rebuilding the body text."""
    old = Document(text="Body one.", title="A")
    new = Document(text="Body two.", title="B")
    assert compare(old, new).apply(old.text) == new.text


def test_a_change_made_the_fast_way_is_the_dataclass_it_stands_for() -> None:
    """``compare`` fills a Change's fields directly, for speed: the result must be the
    very object the dataclass would make, field for field and in the same order."""
    from dataclasses import fields

    from revtrack.diff.compare import _body_change

    values = ("wording", "minor", "a", "b", 1, 2, 3, 4, "a c", "b c", 0, None)
    fast = _body_change(*values)
    made = Change(*values)
    assert fast == made
    assert list(vars(fast)) == [f.name for f in fields(Change)]
    assert vars(fast) == vars(made)
