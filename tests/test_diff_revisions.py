"""Realistic revisions of news stories, each with the kinds a standards editor gives it.

Every pair below was written by hand after the way stories change in practice: a name
or a title corrected, a toll or a date updated, a quote softened, a typo fixed, a
sentence added or moved, a notice put on top or at the bottom, typography cleaned up.
The expected kinds and significances are an editor's judgement, written before the
code was run; the laws (changes rebuild the new text, inverted ones the old) are
checked on each.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from revtrack.diff import compare
from revtrack.diff.classify import may_hold_notice
from revtrack.models import Document
from revtrack.notices import find_notices

S, M, T = "substantive", "minor", "trivial"
FIRE = "\n\n".join(
    [
        "A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.",
        "The blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.",
        '"This is one of the worst fires we have seen in this city in decades," Nigro said.',
        "About 200 firefighters responded. Residents described waking to smoke and screaming.",
        "The cause of the fire is under investigation.",
    ]
)

CASES = [
    pytest.param(
        "His press secretary, Stephanie Graham, said the president would respond.",
        "His press secretary, Stephanie Grisham, said the president would respond.",
        [("name", "substantive")],
        id="name_graham_grisham",
    ),
    pytest.param(
        "The company's chief executive, Anders Holt, said the plant would reopen in March.",
        "The company's chief executive, Anders Hult, said the plant would reopen in March.",
        [("name", "substantive")],
        id="name_holt_hult",
    ),
    pytest.param(
        "Council member Jon Ferris voted against the measure.",
        "Council member John Ferris voted against the measure.",
        [("name", "substantive")],
        id="name_jon_john",
    ),
    pytest.param(
        '"We are not going anywhere," said Maria Lopez, who has lived on the block for 30 years.',
        '"We are not going anywhere," said Maria Lopes, who has lived on the block for 30 years.',
        [("name", "substantive")],
        id="name_surname_after_said",
    ),
    pytest.param(
        "The storm made landfall near Port Arthur late Sunday.",
        "The storm made landfall near Port Lavaca late Sunday.",
        [("name", "substantive")],
        id="name_place",
    ),
    pytest.param(
        "Gov. Gretchen Whitmer and Sen. Gary Petres toured the plant.",
        "Gov. Gretchen Whitmer and Sen. Gary Peters toured the plant.",
        [("spelling", "minor")],
        id="name_typo_transposed",
    ),
    pytest.param(
        "Anders Hult, the chief executive, spoke first. Later Holt said the plant would reopen. Hult declined to give a date.",
        "Anders Hult, the chief executive, spoke first. Later Hult said the plant would reopen. Hult declined to give a date.",
        [("spelling", "minor")],
        id="name_typo_consistent_elsewhere",
    ),
    pytest.param(
        "Schools across Massachussetts closed on Friday.",
        "Schools across Massachusetts closed on Friday.",
        [("spelling", "minor")],
        id="name_typo_long_place_doubled",
    ),
    pytest.param(
        "Deputy Police Chief Mark Ruiz said no arrests had been made.",
        "Assistant Police Chief Mark Ruiz said no arrests had been made.",
        [("name", "substantive")],
        id="title_role_corrected_capitalised",
    ),
    pytest.param(
        "Mark Ruiz, the department's deputy chief, said no arrests had been made.",
        "Mark Ruiz, the department's assistant chief, said no arrests had been made.",
        [("wording", "substantive")],
        id="title_role_corrected_lower",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 15 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.',
        [("number", "substantive")],
        id="death_toll",
    ),
    pytest.param(
        "Organizers said about 6,000 people marched downtown.",
        "Organizers said about 6,500 people marched downtown.",
        [("number", "substantive")],
        id="number_commas",
    ),
    pytest.param(
        "The settlement is worth $1.2 million, according to court filings.",
        "The settlement is worth $1.2 billion, according to court filings.",
        [("number", "substantive")],
        id="million_billion",
    ),
    pytest.param(
        "Unemployment fell to 3.9 percent in May, down from 4.1 percent.",
        "Unemployment fell to 3.8 percent in May, down from 4.1 percent.",
        [("number", "substantive")],
        id="percent",
    ),
    pytest.param(
        "Turnout was 62% in the district.",
        "Turnout was 58% in the district.",
        [("number", "substantive")],
        id="percent_sign",
    ),
    pytest.param(
        "Two people were taken to the hospital.",
        "Three people were taken to the hospital.",
        [("number", "substantive")],
        id="number_words",
    ),
    pytest.param(
        "The vote is expected Tuesday.",
        "The vote is expected Wednesday.",
        [("date", "substantive")],
        id="weekday",
    ),
    pytest.param(
        "The hearing begins at 10 a.m. in Courtroom 4.",
        "The hearing begins at 11 a.m. in Courtroom 4.",
        [("date", "substantive")],
        id="time_am",
    ),
    pytest.param(
        "The deadline was moved to Dec. 30, officials said.",
        "The deadline was moved to Dec. 31, officials said.",
        [("date", "substantive")],
        id="month_day",
    ),
    pytest.param(
        "Parliament returns on 3 September after the recess.",
        "Parliament returns on 4 September after the recess.",
        [("date", "substantive")],
        id="day_month_british",
    ),
    pytest.param(
        "The bridge opened in 1958 and was last repaired in 2009.",
        "The bridge opened in 1962 and was last repaired in 2009.",
        [("date", "substantive")],
        id="year",
    ),
    pytest.param(
        '"This is a complete disaster for our city," the mayor said.',
        '"This is a serious setback for our city," the mayor said.',
        [("quote", "substantive")],
        id="quote_softened",
    ),
    pytest.param(
        "She called the ruling “deeply flawed” and said she would appeal.",
        "She called the ruling “flawed” and said she would appeal.",
        [("quote", "substantive")],
        id="quote_curly_changed",
    ),
    pytest.param(
        "The goverment has not commented on the report.",
        "The government has not commented on the report.",
        [("spelling", "minor")],
        id="typo_goverment",
    ),
    pytest.param(
        "The agency said its review found no wrongdoing, and that its safe to return.",
        "The agency said its review found no wrongdoing, and that it's safe to return.",
        [("spelling", "minor")],
        id="typo_apostrophe_its",
    ),
    pytest.param(
        "The senator said the report was accurate.",
        "The senator claimed the report was accurate.",
        [("wording", "minor")],
        id="said_claimed",
    ),
    pytest.param(
        "The fire started around midnight and burned for hours before crews could contain it.",
        "The fire broke out just after midnight, and crews needed most of the night to bring it under control.",
        [("wording", "substantive")],
        id="rephrased_sentence",
    ),
    pytest.param(
        "The company said it would cut jobs.",
        "The company said it would not cut jobs.",
        [("wording", "substantive")],
        id="negation",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Two of them were injured. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.',
        [("sentence_added", "substantive")],
        id="sentence_added",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded.\n\nThe cause of the fire is under investigation.',
        [("sentence_removed", "substantive")],
        id="sentence_removed",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.',
        [("paragraph_moved", "minor")],
        id="paragraph_moved",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded.\n\nResidents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.',
        [("whitespace", "trivial")],
        id="paragraph_split",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming. The cause of the fire is under investigation.',
        [("whitespace", "trivial")],
        id="paragraph_merged",
    ),
    pytest.param(
        "Officials said the road would stay closed through the weekend, and they urged drivers to avoid the area.",
        "Officials said the road would stay closed through the weekend. They urged drivers to avoid the area.",
        [("sentence_split", "minor")],
        id="sentence_split",
    ),
    pytest.param(
        FIRE,
        'The death toll rose to 17 on Wednesday after five more victims died at hospitals, the mayor said.\n\nA fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.',
        [("paragraph_added", "substantive")],
        id="developing_story_new_top",
    ),
    pytest.param(
        FIRE,
        "A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.",
        [("quote_removed", "substantive")],  # the removed paragraph is Nigro's quotation
        id="paragraph_removed_middle",
    ),
    pytest.param(
        '"We will rebuild," she said.',
        "“We will rebuild,” she said.",
        [("punctuation", "trivial"), ("punctuation", "trivial")],
        id="curly_quotes",
    ),
    pytest.param(
        "The storm hit at 5\xa0p.m. on Friday.",
        "The storm hit at 5 p.m. on Friday.",
        [("whitespace", "trivial")],
        id="nbsp",
    ),
    pytest.param(
        "Police closed the road.  Traffic was diverted.",
        "Police closed the road. Traffic was diverted.",
        [("whitespace", "trivial")],
        id="double_space",
    ),
    pytest.param(
        "Police closed the road",
        "Police closed the road.",
        [("punctuation", "trivial")],
        id="trailing_period",
    ),
    pytest.param(
        "The plan -- which passed narrowly -- takes effect in June.",
        "The plan — which passed narrowly — takes effect in June.",
        [("punctuation", "trivial"), ("punctuation", "trivial")],
        id="em_dash",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.\n\nCorrection: An earlier version of this article misstated the number of firefighters who responded. It was about 200, not 100.',
        [("notice_added", "substantive")],
        id="correction_bottom",
    ),
    pytest.param(
        FIRE,
        'Editor\'s note: This article has been updated to remove the name of a minor.\n\nA fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.',
        [("notice_added", "substantive")],
        id="editors_note_top",
    ),
    pytest.param(
        FIRE,
        'Update, 5:15 p.m. ET: Officials raised the death toll to 15.\n\nA fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.',
        [("notice_added", "substantive")],
        id="update_line_top",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.\n\nThis story has been updated with additional information.',
        [("notice_added", "substantive")],
        id="this_story_updated_bottom",
    ),
    pytest.param(
        'CORRECTION: A previous version of this story gave the wrong day for the fire. It was Tuesday.\n\nA fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.',
        FIRE,
        [("notice_removed", "substantive")],
        id="notice_removed",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation. An earlier version of this article misstated the time the fire began.',
        [("notice_added", "substantive")],
        id="earlier_version_sentence_appended",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.\n\nThe city will update residents on the investigation at a briefing on Thursday.',
        [("paragraph_added", "substantive")],
        id="not_a_notice_update_in_text",
    ),
    pytest.param(
        "Stocks rose on Monday.",
        "Stocks rose on Monday.\n\nThe correction in tech shares that began in July appears to be over, analysts said.",
        [("paragraph_added", "substantive")],
        id="not_a_notice_correction_market",
    ),
    pytest.param(
        "The agency defended its work.",
        'The agency defended its work.\n\n"Correction: we made no errors," the spokesman joked to reporters on Friday.',
        [("quote_added", "substantive")],  # a quotation added, not a notice
        id="not_a_notice_quoted",
    ),
    pytest.param(
        "Holt said the plant would reopen in March.",
        "Hult said the plant would reopen in March.",
        [("name", "substantive")],
        id="name_at_sentence_start",
    ),
    pytest.param(
        '"Everyone here is scared," said one resident.',
        '"Nobody here is sleeping," said one resident.',
        [("quote", "substantive"), ("quote", "substantive")],
        id="ordinary_word_opening_quote",
    ),
    pytest.param(
        '"The goverment has failed us," she said.',
        '"The government has failed us," she said.',
        [("spelling", "minor")],
        id="typo_in_quote",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.\n\nCorrection: Jan. 12, 2022\n\nAn earlier version of this article misstated the floor on which the fire started. It was the second floor, not the third.',
        [("notice_added", "substantive")],
        id="notice_heading_two_paragraphs",
    ),
    pytest.param(
        "Crews worked through the night. The road reopened at dawn. Officials thanked residents for their patience.",
        "The road reopened at dawn. Crews worked through the night. Officials thanked residents for their patience.",
        [("sentence_moved", "minor")],
        id="sentence_moved",
    ),
    pytest.param(
        "The decision was un\xadprecedented, analysts said.",
        "The decision was unprecedented, analysts said.",
        [("whitespace", "trivial")],
        id="soft_hyphen",
    ),
    pytest.param(
        "The mayor's office declined to comment.",
        "The mayor’s office declined to comment.",
        [("punctuation", "trivial")],
        id="curly_apostrophe",
    ),
    pytest.param(
        "Police said 12 people died in the fire on Tuesday morning.",
        "The fire killed at least 15 people, according to the police department.",
        [("number", "substantive")],
        id="number_rewrite_both_sides",
    ),
    pytest.param(
        "Police said 12 people died on Tuesday.",
        "Police said 15 people died on Wednesday.",
        [("number", "substantive"), ("date", "substantive")],
        id="two_edits_one_sentence",
    ),
    pytest.param(
        "The mayor, Eric Adams, visited the scene.",
        "The former mayor, Eric Adams, visited the scene.",
        [("wording", "substantive")],
        id="role_former",
    ),
    pytest.param(
        "Sen. Joe Manchin, a Democrat, opposed the bill.",
        "Sen. Joe Manchin, an independent, opposed the bill.",
        [("name", "substantive")],
        id="party_affiliation",
    ),
    pytest.param(
        "The company denied the claims.",
        "The company denied the claims in a statement released late on Monday evening.",
        [("wording", "substantive")],
        id="added_clause_with_date",
    ),
    pytest.param(
        "The company denied the claims.",
        "The company denied the claims on Monday.",
        [("date", "substantive")],
        id="short_added_date",
    ),
    pytest.param(
        "Polls close at 7:30 p.m. Eastern.",
        "Polls close at 8 p.m. Eastern.",
        [("date", "substantive")],
        id="pm_time_colon",
    ),
    pytest.param(
        "The comittee will meet again next week.",
        "The committee will meet again next week.",
        [("spelling", "minor")],
        id="lower_typo_doubled",
    ),
    pytest.param(
        "Residents said there homes were destroyed.",
        "Residents said their homes were destroyed.",
        [("wording", "minor")],
        id="their_there",
    ),
    pytest.param(
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.\n\nEditor\'s note: This story will be updated as more information becomes available.',
        FIRE,
        [("notice_removed", "substantive")],
        id="notice_removed_bottom_editors_note",
    ),
    pytest.param(
        FIRE,
        'A fire that tore through a four-story apartment building in the Bronx early Tuesday killed 12 people, including three children, officials said.\n\nThe blaze started shortly after 3 a.m. on the second floor and spread quickly up a stairwell, Fire Commissioner Daniel Nigro said at a news conference.\n\n"This is one of the worst fires we have seen in this city in decades," Nigro said.\n\nAbout 200 firefighters responded. Residents described waking to smoke and screaming.\n\nThe cause of the fire is under investigation.\n\n(Updates with death toll in first paragraph)',
        [("notice_added", "substantive")],
        id="update_wire_trailer",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASES)
def test_each_revision_gets_the_kinds_an_editor_gives_it(
    old: str, new: str, expected: list[tuple[str, str]]
) -> None:
    """Kinds and significances match the hand-written judgement, in order."""
    comparison = compare(old, new)
    assert [(c.kind, c.significance) for c in comparison.changes] == expected


@pytest.mark.parametrize(("old", "new", "expected"), CASES)
def test_each_revision_obeys_the_laws(old: str, new: str, expected: list[tuple[str, str]]) -> None:
    """The changes rebuild the new text, inverted the old one; a text has no change with itself."""
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    assert comparison.invert().apply(new) == old
    assert not compare(old, old).changes
    assert len(comparison.changes) == len(expected)


def test_pages_report_headline_and_byline_first_and_a_recapitalised_headline_as_minor() -> None:
    """A new headline and an added author are substantive; title case alone is a style change."""
    old = Document(text=FIRE, title="Bronx fire kills 12", byline="Jane Doe")
    new = Document(
        text=FIRE.replace("killed 12", "killed 15"),
        title="Bronx fire kills 15, including 3 children",
        byline="Jane Doe and Sam Roe",
    )
    assert [(c.field, c.kind, c.significance) for c in compare(old, new).changes] == [
        ("title", "headline", S),
        ("byline", "byline", S),
        ("body", "number", S),
    ]
    restyled = Document(text=FIRE, title="Bronx Fire Kills 12", byline="Jane Doe")
    assert [(c.kind, c.significance) for c in compare(old, restyled).changes] == [("headline", M)]


def test_a_live_blog_with_many_new_entries_and_a_correction() -> None:
    """New time-stamped entries on top are paragraphs added; the correction is the one notice."""
    entries = [
        f"{9 + i // 4}:{(i * 15) % 60:02d}: Crews reported {i + 3} roads closed and "
        f"{(i + 1) * 1_250:,} homes without power in the county."
        for i in range(40)
    ]
    old = "\n\n".join(reversed(entries[:25]))
    updated = entries[:40]
    updated[5] = updated[5].replace("roads closed", "highways closed")
    new = "\n\n".join(reversed(updated)) + (
        "\n\nCorrection: An earlier version of this live blog misstated the number of homes "
        "without power at 10:15. It was 8,750, not 7,850."
    )
    comparison = compare(old, new)
    counts = comparison.counts()
    assert counts == {"paragraph_added": 15, "wording": 1, "notice_added": 1}
    assert comparison.apply(old) == new
    assert comparison.invert().apply(new) == old


def _literal_strings(path: Path) -> list[str]:
    return [
        node.value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_the_quick_no_never_hides_a_notice_the_notice_parser_finds() -> None:
    """The diff skips the notice parser only for text that cannot hold a notice: every
    notice in the notice parser's own tests passes the quick check."""
    tests = Path(__file__).parent
    texts = [
        text
        for path in [*sorted(tests.glob("test_notices*.py")), tests / "test_corrections.py"]
        if path.exists()
        for text in _literal_strings(path)
    ]
    notices = [text for text in texts if find_notices(text)]
    assert len(notices) > 50  # the parser's tests are there to check against
    assert [text for text in notices if not may_hold_notice(text)] == []


def test_ordinary_reporting_does_not_load_the_notice_parser() -> None:
    """An added paragraph of news is told apart from a notice without the parser."""
    for text in (
        "Officials said the road would reopen on Friday after crews cleared the debris.",
        "4:05 p.m.: Police say two suspects are in custody.",
    ):
        assert not may_hold_notice(text)
