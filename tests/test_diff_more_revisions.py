"""More revisions of news stories, each with the kinds, significances and sentence labels an
editor gives them.

These cover edits of other shapes than ``test_diff_revisions``: a figure written another
way, a title abbreviated or changed before a name, an accent added to a name, a word
moved within a sentence, a sentence moved to the end of its paragraph, page furniture
("Advertisement", "Read more: ...") coming and going, invisible characters and an emoji.
Each expectation was written by hand before the case was run; the laws (the changes
rebuild the new text, inverted ones the old) are checked on each.
"""

from __future__ import annotations

from collections import Counter

import pytest

from revtrack.diff import compare
from revtrack.extract import document_from_html
from revtrack.models import Document

S, M, T = "substantive", "minor", "trivial"

LONG = " ".join(
    [
        "The proposal, which has been debated for more than two years, would require landlords in the city to register every rental unit with the housing department, submit to inspections at least once every three years, and pay an annual fee that supporters say would fund a team of inspectors.",
        "Tenant groups have argued that the registry is the only way to find buildings where heat, hot water and basic repairs are routinely neglected.",
        "Landlord associations counter that the fee would be passed on to renters and that the department already struggles to respond to complaints it receives.",
        "At a hearing last month, more than 80 people signed up to speak, and the session stretched past midnight as council members questioned housing officials about staffing, software and the backlog of open cases.",
        "The council's housing committee is expected to take up the measure again in the spring, according to its chair.",
    ]
)

CASES = [
    pytest.param(
        "Three people were taken to a hospital with minor injuries. The investigation is continuing.",
        "Four people were taken to a hospital with minor injuries. The investigation is continuing.",
        [("number", S)],
        "edited:1 kept:1",
        id="toll_words",
    ),
    pytest.param(
        "The president will speak at 3 p.m. ET from the Oval Office. The investigation is continuing.",
        "The president will speak at 4:30 p.m. ET from the Oval Office. The investigation is continuing.",
        [("date", S)],
        "edited:1 kept:1",
        id="time_et",
    ),
    pytest.param(
        "The company said in a statement that it would cooperate with investigators.",
        "The company said in a statement Tuesday that it would cooperate with investigators.",
        [("date", S)],
        "edited:1",
        id="date_added_to_attribution",
    ),
    pytest.param(
        "Police are searching for a man who they say robbed three banks in the city over the weekend.\n\nHe was last seen driving a gray sedan.",
        "Police on Monday arrested a man suspected of robbing three banks in the city, ending a weekend manhunt.\n\nHe was last seen driving a gray sedan.",
        [("wording", S)],
        "edited:1 kept:1",
        id="lede_rewritten_no_figures",
    ),
    pytest.param(
        "The club paid $1.2m for the striker last summer.",
        "The club paid $1.2 million for the striker last summer.",
        [("wording", M)],
        "edited:1",
        id="money_style_m_to_million",
    ),
    pytest.param(
        "Turnout was 62% in the district, officials said.",
        "Turnout was 62 percent in the district, officials said.",
        [("wording", M)],
        "edited:1",
        id="percent_style",
    ),
    pytest.param(
        "Forecasters expect 3-4 inches of snow overnight.",
        "Forecasters expect 3-5 inches of snow overnight.",
        [("number", S)],
        "edited:1",
        id="range_changed",
    ),
    pytest.param(
        "It was the second time this year that the plant had been shut down.",
        "It was the third time this year that the plant had been shut down.",
        [("number", S)],
        "edited:1",
        id="ordinal_changed",
    ),
    pytest.param(
        "The earthquake killed 12 people, officials said.",
        "The earthquake killed at least 12 people, officials said.",
        [("number", S)],  # "12" became "at least 12": what the figure claims changed
        "edited:1",
        id="qualifier_at_least",
    ),
    pytest.param(
        "The bridge will stay closed until engineers finish their review, the mayor said.",
        "The bridge will stay closed until engineers finish their review, the mayor told reporters.",
        [("wording", M)],
        "edited:1",
        id="said_told_reporters",
    ),
    pytest.param(
        "Rep. Ted Cruz, a Republican from Texas, criticized the plan.",
        "Sen. Ted Cruz, a Republican from Texas, criticized the plan.",
        [("wording", S)],
        "edited:1",
        id="title_rep_to_sen",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo is expected to attend the dinner.",
        "Former Secretary of State Mike Pompeo is expected to attend the dinner.",
        [("wording", S)],
        "edited:1",
        id="former_added",
    ),
    pytest.param(
        "Sen. John Cornyn (R-Texas) said he would support the nominee. The investigation is continuing.",
        "Sen. John Cornyn (R-Tex.) said he would support the nominee. The investigation is continuing.",
        [("spelling", M)],
        "edited:1 kept:1",
        id="state_label_style",
    ),
    pytest.param(
        "Rep. Jane Doe (D-N.Y.) voted against the bill.",
        "Rep. Jane Doe (D-NY) voted against the bill.",
        [("punctuation", T)],
        "edited:1",
        id="state_label_periods",
    ),
    pytest.param(
        "Mr. Smith declined to comment on the lawsuit.",
        "Smith declined to comment on the lawsuit.",
        [("wording", M)],
        "edited:1",
        id="honorific_dropped",
    ),
    pytest.param(
        '"The bridge is safe," said Mayor Ann Lee.',
        '"The bridge is safe," Mayor Ann Lee said.',
        [("wording", M)],
        "edited:1",
        id="attribution_reordered",
    ),
    pytest.param(
        "The ministry's spokesman, Jose Alvarez, confirmed the arrests.",
        "The ministry's spokesman, José Alvarez, confirmed the arrests.",
        [("spelling", M)],
        "edited:1",
        id="name_diacritic_added",
    ),
    pytest.param(
        "The suspect, John Smith, 34, was arrested at his home.",
        "The suspect, John H. Smith, 34, was arrested at his home.",
        [("name", S)],
        "edited:1",
        id="name_middle_initial",
    ),
    pytest.param(
        "Officer John Doe, 34, was treated at a hospital and released.",
        "Officer Jon Doe, 43, was treated at a hospital and released.",
        [("name", S), ("number", S)],
        "edited:1",
        id="name_and_age",
    ),
    pytest.param(
        "The well known author will speak at the library.",
        "The well-known author will speak at the library.",
        [("punctuation", T)],
        "edited:1",
        id="hyphen_added",
    ),
    pytest.param(
        "The plan -- which critics call a giveaway -- passed narrowly.",
        "The plan — which critics call a giveaway — passed narrowly.",
        [("punctuation", T), ("punctuation", T)],
        "edited:1",
        id="em_dash",
    ),
    pytest.param(
        "The organisation said it would appeal the ruling.",
        "The organization said it would appeal the ruling.",
        [("spelling", M)],
        "edited:1",
        id="british_american",
    ),
    pytest.param(
        "The mayor said teh budget would be balanced.",
        "The mayor said the budget would be balanced.",
        [("spelling", M)],
        "edited:1",
        id="typo_teh",
    ),
    pytest.param(
        "The agency said its reviewing the complaint.",
        "The agency said it's reviewing the complaint.",
        [("spelling", M)],
        "edited:1",
        id="its_apostrophe",
    ),
    pytest.param(
        "Prices rose 4 per cent last year.",
        "Prices rose 4 percent last year.",
        [("spelling", M)],
        "edited:1",
        id="per_cent",
    ),
    pytest.param(
        '"We will rebuild, and we will come back stronger than we were before," she said.',
        '"We will rebuild," she said.',
        [("quote", S)],
        "edited:1",
        id="quote_trimmed",
    ),
    pytest.param(
        '"We are ready," the coach said. The investigation is continuing.',
        "“We are ready,” the coach said. The investigation is continuing.",
        [("punctuation", T), ("punctuation", T)],
        "kept:2",
        id="quote_style_only",
    ),
    pytest.param(
        "The storm knocked out power to 40,000 homes, and crews expect to restore it by Friday.",
        "The storm knocked out power to 40,000 homes. Crews expect to restore it by Friday.",
        [("sentence_split", M)],
        "split:1",
        id="sentence_split",
    ),
    pytest.param(
        "The museum will reopen next month. It has been closed since the flood.",
        "The museum will reopen next month, after being closed since the flood.",
        [("sentence_merged", M)],
        "merged:1",
        id="sentence_merged",
    ),
    pytest.param(
        "The fire began in a kitchen. No one was hurt. It spread to the roof within minutes.\n\nThe investigation is continuing.",
        "The fire began in a kitchen. It spread to the roof within minutes. No one was hurt.\n\nThe investigation is continuing.",
        [("sentence_moved", M)],
        "moved:1 kept:3",
        id="sentence_moved",
    ),
    pytest.param(
        "The council voted 7-2 to approve the budget.\n\nThe budget includes money for 40 new officers.\n\nTwo members said the plan cut too deeply into parks.\n\nThe mayor is expected to sign it.",
        "The council voted 7-2 to approve the budget.\n\nTwo members said the plan cut too deeply into parks.\n\nThe budget includes money for 40 new officers.\n\nThe mayor is expected to sign it.",
        [("paragraph_moved", M)],
        "moved:1 kept:3",
        id="paragraphs_reordered",
    ),
    pytest.param(
        "The council voted 7-2 to approve the budget.\n\nThe mayor is expected to sign it.",
        "The council voted 7-2 to approve the budget.\n\nSign up for our newsletter\n\nThe mayor is expected to sign it.",
        [("paragraph_added", T)],
        "added:1 kept:2",
        id="newsletter_added",
    ),
    pytest.param(
        "The council voted 7-2 to approve the budget.\n\nRead more: City faces $40 million shortfall as tax revenue drops\n\nThe mayor is expected to sign it.",
        "The council voted 7-2 to approve the budget.\n\nThe mayor is expected to sign it.",
        [("paragraph_removed", T)],
        "removed:1 kept:2",
        id="read_more_removed",
    ),
    pytest.param(
        "The council voted 7-2 to approve the budget.\n\nAdvertisement\n\nThe mayor is expected to sign it.",
        "The council voted 7-2 to approve the budget.\n\nThe mayor is expected to sign it.",
        [("paragraph_removed", T)],
        "removed:1 kept:2",
        id="advertisement_removed",
    ),
    pytest.param(
        "The council voted 7-2 to approve the budget.\n\nThe mayor is expected to sign it.",
        "Editor's note: This story has been updated to include comment from the mayor's office.\n\nThe council voted 7-2 to approve the budget.\n\nThe mayor is expected to sign it.",
        [("notice_added", S)],
        "added:1 kept:2",
        id="editors_note_top",
    ),
    pytest.param(
        "The hearing begins at 10 a.m. on Monday.",
        "The hearing begins at 10\u00a0a.m. on Monday.",
        [("whitespace", T)],
        "kept:1",
        id="nbsp",
    ),
    pytest.param(
        "The administration announced new telecommunications rules.",
        "The administration announced new tele\u00adcommuni\u00adcations rules.",
        [("whitespace", T)],
        "kept:1",
        id="soft_hyphen",
    ),
    pytest.param(
        "The agency released its report on Friday.",
        "The agency released its\u200b report on Friday.",
        [("whitespace", T)],
        "kept:1",
        id="zero_width",
    ),
    pytest.param(
        'The singer posted a photo with the caption "Home at last."',
        'The singer posted a photo with the caption "Home at last 🏠."',
        [("quote", S)],
        "edited:1",
        id="emoji_added",
    ),
    pytest.param(
        LONG,
        LONG.replace("according to its chair", "its chair said"),
        [("wording", M)],
        "edited:1 kept:4",
        id="long_para_one_word",
    ),
    pytest.param(
        "Three people were injured in the crash on Interstate 95 on Tuesday.\n\nState police said the driver of the truck was not hurt.\n\nThe investigation is continuing.",
        "Four people were injured in the crash on Interstate 95 on Tuesday.\n\nState police said the driver of the truck was not injured.\n\nThe investigation is continuing.",
        [("number", S), ("wording", M)],
        "edited:2 kept:1",
        id="two_paragraphs_two_edits",
    ),
]


def _statuses(text: str) -> Counter[str]:
    return Counter({status: int(n) for status, n in (part.split(":") for part in text.split())})


@pytest.mark.parametrize(("old", "new", "expected", "statuses"), CASES)
def test_each_revision_gets_the_kinds_and_sentence_labels_an_editor_gives_it(
    old: str, new: str, expected: list[tuple[str, str]], statuses: str
) -> None:
    """Kinds and significances match, in order, and so do the sentences' labels."""
    comparison = compare(old, new)
    assert [(c.kind, c.significance) for c in comparison.changes] == expected
    assert Counter(pair.status for pair in comparison.sentences) == _statuses(statuses)


@pytest.mark.parametrize(("old", "new", "expected", "statuses"), CASES)
def test_each_revision_obeys_the_laws(
    old: str, new: str, expected: list[tuple[str, str]], statuses: str
) -> None:
    """The changes rebuild the new text and, inverted, the old one."""
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    assert comparison.invert().apply(new) == old


PAGE = """<!doctype html><html><head><title>{title}</title></head><body><article>
<h1>{title}</h1><p>The council voted 7-2 to approve the budget.</p>
<p>The mayor is expected to sign it.</p></article></body></html>"""


def test_a_page_whose_headline_gains_a_figure_has_one_substantive_headline_change() -> None:
    """Only the headline changed: the body's sentences are all kept."""
    old = document_from_html(PAGE.format(title="Council approves budget"))
    new = document_from_html(PAGE.format(title="Council approves $2 billion budget"))
    comparison = compare(old, new)
    assert [(c.field, c.kind, c.significance) for c in comparison.changes] == [
        ("title", "headline", S)
    ]
    assert {pair.status for pair in comparison.sentences} == {"kept"}


def test_a_headline_with_curled_quotes_is_a_trivial_change() -> None:
    """Typography in a headline states nothing new."""
    body = "The council voted 7-2 to approve the budget."
    old = Document(text=body, title="Mayor: 'We will sign it'")
    new = Document(text=body, title="Mayor: \u2018We will sign it\u2019")
    assert [(c.kind, c.significance) for c in compare(old, new).changes] == [("headline", T)]


def test_page_furniture_is_trivial_but_a_short_heading_is_not() -> None:
    """ "Related: ..." and a follow line are furniture; a subheading is the story's own."""
    old = "The council voted 7-2.\n\nThe mayor will sign it."
    for added, level in (
        ("Related: How the budget fight began", T),
        ("Follow Jane Doe on X: @janedoe", T),
        ("What happens next", S),
    ):
        new = f"The council voted 7-2.\n\n{added}\n\nThe mayor will sign it."
        comparison = compare(old, new)
        assert [(c.kind, c.significance) for c in comparison.changes] == [
            ("paragraph_added", level)
        ], added
        assert comparison.apply(old) == new


def test_two_replacements_a_word_apart_stay_two_edits() -> None:
    """Only a removal and an addition around kept words are one rephrasing."""
    comparison = compare(
        "The small company quickly sold its old headquarters.",
        "The tiny company slowly sold its old headquarters.",
    )
    assert [c.before for c in comparison.changes] == ["small", "quickly"]


def test_a_figure_written_another_way_is_not_a_new_figure() -> None:
    """The value decides: "$2bn" and "$2 billion" agree; "$3 billion" and "62 people" do not."""
    cases = [
        ("$2bn", "$2 billion", ("wording", M)),
        ("$2bn", "$3 billion", ("number", S)),
        ("nine hours", "9 hours", ("wording", M)),
        ("62%", "62 people", ("number", S)),
    ]
    for before, after, expected in cases:
        old = f"The bank set aside {before} for losses."
        changes = compare(old, f"The bank set aside {after} for losses.").changes
        assert [(c.kind, c.significance) for c in changes] == [expected], (before, after)
