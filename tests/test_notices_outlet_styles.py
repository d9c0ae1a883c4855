"""Notice wordings of particular newsrooms: the WSJ's "Corrections & Amplifications",
Reuters' dated trailers, Bloomberg's value-only trailers, the Guardian's column, live-blog
updates that take a figure back, NYT's softer error words, Zeit's dated "Korrekturhinweis
vom ...", Folha's "Erramos", and the values those notices state.

Each case stands after a paragraph of reporting (or on its own, as a wire corrective or a
column item does) and is checked for its kind, its ISO date and the wrong and right values
exactly as the notice writes them: amounts keep their unit ("£3.3m", "40bn litres"), a
vote keeps its whole tally ("51 to 49"), a date its month ("Nov. 14"). The look-alikes use
a notice's words for something else.
"""

from __future__ import annotations

import pytest

from revtrack.notices import Notice
from tests._notice_cases import Case, case_notices, notices_after

BODY = {
    "en": "The county commission met for four hours on Tuesday and heard from dozens of residents about the landfill expansion.",
    "de": "Der Kreistag hat am Dienstag vier Stunden lang über die Erweiterung der Deponie beraten und nichts beschlossen.",
    "pt": "A câmara municipal discutiu na terça-feira durante quatro horas a ampliação do aterro sanitário da cidade.",
}


CASES: list[Case] = [
    # The Wall Street Journal: the fact first, then the error, then when it was corrected.
    Case(
        "Corrections & Amplifications\nThe bonds pay a coupon of 4.75%. An earlier version of this article incorrectly said the coupon was 4.5%. (Corrected on June 9, 2023)",
        "correction",
        "2023-06-09",
        "4.5%",
        "4.75%",
    ),
    # Reuters: a trailer that dates the story it corrects, and one that corrects a date.
    Case(
        "(This Feb. 3 story corrects the year the mine closed to 1986, not 1968, in paragraph 5)",
        "correction",
        None,
        "1968",
        "1986",
        alone=True,
    ),
    Case(
        "(Corrects date of the runoff in paragraph 2 to Oct. 21 from Oct. 12)",
        "correction",
        None,
        "Oct. 12",
        "Oct. 21",
        alone=True,
    ),
    # Bloomberg: a trailer that gives only the new value.
    Case(
        "(Corrects size of share buyback in third paragraph to $750 million.)",
        "correction",
        None,
        None,
        "$750 million",
        alone=True,
    ),
    # The Guardian's column: a page-cited item, an amount in pounds, a "we said" claim.
    Case(
        "A report on a reservoir scheme (Dry summer ahead, 4 July, page 11) said the work would cost £6m. The cost is £6.4m.",
        "correction",
        None,
        "£6m",
        "£6.4m",
        alone=True,
    ),
    Case(
        "In an article about a bus operator (Rural routes axed, 9 May, page 3), we said that Dalesway Buses had cut six routes without notice. Dalesway Buses has asked us to make clear that it consulted the council first. We are happy to do so.",
        "clarification",
        None,
        "had cut six routes without notice",
        "it consulted the council first",
        alone=True,
    ),
    Case(
        "This article was amended on 3 April 2024. An earlier version said the lake held 90bn litres; the correct figure is 9bn litres.",
        "correction",
        "2024-04-03",
        "90bn litres",
        "9bn litres",
    ),
    # A fix the notice says someone "has since clarified".
    Case(
        "Correction: This article originally said the new bridge would cost £45m. The council has since clarified the figure is £54m.",
        "correction",
        None,
        "£45m",
        "£54m",
    ),
    # A live blog's "Update:" that takes its own earlier figure back is a correction.
    Case(
        "Update: the fire service now says four homes were damaged, not six as reported earlier.",
        "correction",
        None,
        "six",
        "four",
    ),
    # A vote keeps its whole tally; two numbers before a shared noun keep the noun.
    Case(
        "Correction: An earlier version of this story incorrectly said the bill passed the House 60 to 39. The vote was 59 to 40.",
        "correction",
        None,
        "60 to 39",
        "59 to 40",
    ),
    Case(
        "In a story published June 1, 2022, The Associated Press reported erroneously that floods had closed 30 schools. The closures affected 13 schools.",
        "correction",
        None,
        "30 schools",
        "13 schools",
        alone=True,
    ),
    # "... to correct the name of X. She is Y." and a caption's age after the name.
    Case(
        "UPDATE: This story has been updated to correct the name of the board's treasurer. He is Tomas Reyna.",
        "correction",
        None,
        None,
        "Tomas Reyna",
    ),
    Case(
        "A photo caption in Saturday's edition misidentified the boy holding the trophy. He is Eli Strand, 9, of Milbrook.",
        "correction",
        None,
        None,
        "Eli Strand",
        alone=True,
    ),
    # The phrase from the preposition both values open with.
    Case(
        "Clarification: This article has been updated to make clear that the minister's comments were made at a closed party meeting, not at a press conference.",
        "clarification",
        None,
        "at a press conference",
        "at a closed party meeting",
    ),
    # The New York Times' softer error words open a column item too; both values keep
    # the preposition they share.
    Case(
        "An article on Thursday about a pension dispute referred imprecisely to the arbitrator's award. She awarded back pay to 40 of the workers, not to all of them.",
        "correction",
        None,
        "to all of them",
        "to 40 of the workers",
        alone=True,
    ),
    # Zeit: the date after "vom".
    Case(
        "Korrekturhinweis vom 14. Mai 2024: In einer früheren Version hieß es, die Sitzung finde im Juli statt. Sie findet im August statt.",
        "correction",
        "2024-05-14",
        "Juli",
        "August",
        language="de",
    ),
    # Folha: a currency written as a word, and an adverb between the verb and "que".
    Case(
        "Erramos: Diferentemente do que foi publicado, a reforma custou R$ 8 milhões, e não R$ 18 milhões. O texto foi corrigido.",
        "correction",
        None,
        "R$ 18 milhões",
        "R$ 8 milhões",
        language="pt",
    ),
    Case(
        "ERRAMOS: O texto informava incorretamente que a ponte tinha 40 anos. Ela tem 48 anos. A informação foi corrigida.",
        "correction",
        None,
        "40 anos",
        "48 anos",
        language="pt",
    ),
]

LOOK_ALIKES: list[str] = [
    "Editor's Note: The views expressed in this commentary are solely those of the author.",
    "The opinions expressed here changed little over the years, the author said.",
    "The bonds were trading at 98 cents on the dollar, as previously reported, before the downgrade.",
    "The regulator said the bank's filing was incomplete and referred imprecisely to its reserves, according to the ruling.",
]


def _notice_for(case: Case) -> Notice:
    found = case_notices(case, BODY)[0]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_notice_kind_date_and_values(case: Case) -> None:
    """Each newsroom's wording gives the notice's kind, date and values as written."""
    notice = _notice_for(case)
    assert notice.kind == case.kind
    assert notice.date == case.date
    assert notice.wrong == case.wrong
    assert notice.right == case.right


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=[t[:40] for t in LOOK_ALIKES])
def test_look_alike_is_no_notice(text: str) -> None:
    """The same words about an opinion page or someone else's text are no notice."""
    assert notices_after(BODY["en"], text)[0] == []
