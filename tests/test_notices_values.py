"""What a notice says: its date, error verb, subject, and the wrong and right values."""

from __future__ import annotations

from pathlib import Path

import pytest

from revtrack.notices import find_notices
from revtrack.notices.dates import to_iso


def test_the_seed_notice_comes_out_as_data(seed_v2: Path) -> None:
    """The seed's notice reads as kind, date, verb, subject, right and wrong values."""
    found = find_notices(seed_v2.read_text(encoding="utf-8"))
    assert len(found) == 1
    notice = found[0]
    assert notice.kind == "correction"
    assert notice.date_text == "Dec. 31, 2019, 10:31 a.m."
    assert notice.date == "2019-12-31T10:31"
    assert notice.error_verb == "misidentified"
    assert notice.subject == "the White House press secretary"
    assert notice.right == "Grisham"
    assert notice.wrong == "Graham"
    assert notice.position == "bottom"
    assert notice.text.startswith("CORRECTION (Dec. 31, 2019")


def test_the_seed_before_its_correction_has_no_notice(seed_v1: Path) -> None:
    """The uncorrected version of the seed holds no notice."""
    assert find_notices(seed_v1.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("notice", "wrong", "right"),
    [
        # "She is X, not Y"
        (
            "Correction: An earlier version of this article misidentified the ferry's captain. He is Omar Haddad, not Omar Hadid.",
            "Omar Hadid",
            "Omar Haddad",
        ),
        # quoted values, the comma inside the quotes
        (
            "Correction: An earlier version of this story misstated the name of the report. It is called “Water Ahead,” not “Waters Ahead.”",
            "Waters Ahead",
            "Water Ahead",
        ),
        # "X — not Y", with no verb before X
        (
            "The bridge was opened in 1931 — not 1913. A story on Friday gave the wrong year.",
            "1913",
            "1931",
        ),
        # "incorrectly gave ... as Y. It is X"
        (
            "A Sunday article incorrectly gave the population of Millbrook as 12,400. It is 21,400.",
            "12,400",
            "21,400",
        ),
        # a name part: "misspelled X's surname as Y"
        (
            "In a review on Saturday, we misspelled Dana Whitcombe's surname as Whitcomb.",
            "Whitcomb",
            "Whitcombe",
        ),
        # "should have said X"
        (
            "A caption on Tuesday should have said the photo was taken in Leeds.",
            None,
            "the photo was taken in Leeds",
        ),
        # "rather than Y"
        (
            "Correction: An earlier version of this article misquoted the coach. She called the season a rebuilding year, rather than a lost year.",
            "a lost year",
            "a rebuilding year",
        ),
        # a claim and the sentence that corrects it
        (
            "An earlier version of this story stated that the museum was founded in 1952. It was founded in 1925.",
            "1952",
            "1925",
        ),
        # "to X from Y" after a change word
        (
            "(This story corrects the turnout figure to 48 percent from 84 percent)",
            "84 percent",
            "48 percent",
        ),
        # a number in words keeps all its words
        (
            "Correction: An earlier version of this article misstated the cost. It is nine million pounds, not six million pounds.",
            "six million pounds",
            "nine million pounds",
        ),
        # the item's own verb, then the fact
        (
            "An earlier version of this article said the pool would reopen in 2026. It is due to reopen in 2027.",
            "2026",
            "2027",
        ),
        # a short wrong value after a longer clause
        (
            "CORRECTION: This story has been updated to reflect that the vote was held on Tuesday, not Monday.",
            "Monday",
            "Tuesday",
        ),
        # verb before adverb
        (
            "Correction: An earlier version of this article referred incorrectly to the club's owner as Peter Marsh. His name is Paul Marsh.",
            "Peter Marsh",
            "Paul Marsh",
        ),
        # "updated on DATE to correct ..., which is X, not Y"
        (
            "This article was updated on May 4, 2022 to correct the hall's capacity, which is 3,000, not 4,000.",
            "4,000",
            "3,000",
        ),
        # a passive: the name in the subject is the right one
        (
            "Correction: The name of the goalkeeper, Jan Olsen, was misspelled as Jan Olson in an earlier version of this article.",
            "Jan Olson",
            "Jan Olsen",
        ),
        # "identified as Y in an earlier version": the place of the error is not the value
        (
            "Correction: Ruth Amos was incorrectly identified as a surgeon in an earlier version of this article. She is a cardiologist.",
            "a surgeon",
            "a cardiologist",
        ),
        # "corrected to show that X"
        (
            "Correction: This article has been corrected to show that the bridge reopened on Friday.",
            None,
            "the bridge reopened on Friday",
        ),
        # a misquotation: the quoted words are the values
        (
            "Correction: An earlier version of this article misquoted the coach as saying the team was “finished.” He said it was “unfinished.”",
            "finished",
            "unfinished",
        ),
        # a place with its state, and a date with its month
        (
            "A caption on Wednesday misidentified the town shown. It was Salem, Ore., not Albany, Ore.",
            "Albany, Ore.",
            "Salem, Ore.",
        ),
        (
            "Correction: An earlier version of this article misstated the date of the vote. It is Nov. 5, not Nov. 3.",
            "Nov. 3",
            "Nov. 5",
        ),
        (
            "This article has been corrected to reflect that the company is based in Austin, Texas, not Dallas.",
            "Dallas",
            "Austin, Texas",
        ),
        # words aligned across a plural or third-person -s
        (
            "Correction: An earlier version of this article said the trial would begin on Monday. It begins on Tuesday.",
            "Monday",
            "Tuesday",
        ),
        # a misattribution and the name it belongs to
        (
            "Correction: An earlier version of this story misattributed a quote to Senator Lisa Grant. It was said by Senator Lisa Brandt.",
            "Senator Lisa Grant",
            "Senator Lisa Brandt",
        ),
        # a number keeps only as many words as the wrong value has
        (
            "Correction: This article originally misstated the number of people killed. Twelve people died, not 20.",
            "20",
            "Twelve",
        ),
        # "referred to X as Y. It is Z."
        (
            "CORRECTION: An earlier version of this story referred to the group as the Dairy Farmers Union. It is the Dairy Farmers' Federation.",
            "the Dairy Farmers Union",
            "the Dairy Farmers' Federation",
        ),
        # a notice that states no values
        (
            "Correction: An earlier version of this article misspelled the name of a witness.",
            None,
            None,
        ),
        # a date as the value, with its comma
        (
            "Correction: This story has been corrected to say the hearing was on March 14, 2022, not March 4, 2022.",
            "March 4, 2022",
            "March 14, 2022",
        ),
        # an abbreviation inside the value
        (
            "CORRECTION: An earlier version of this story misidentified the commander. It was Lt. Col. Ana Ruiz, not Maj. Ana Ruiz.",
            "Maj. Ana Ruiz",
            "Lt. Col. Ana Ruiz",
        ),
    ],
)
def test_wrong_and_right_values_are_read_as_written(
    notice: str, wrong: str | None, right: str | None
) -> None:
    """The erroneous and correct values come out exactly as the notice writes them."""
    found = find_notices(notice)
    assert len(found) == 1
    assert (found[0].wrong, found[0].right) == (wrong, right)


@pytest.mark.parametrize(
    ("notice", "verb", "subject"),
    [
        (
            "Correction: An earlier version of this article misspelled the name of the museum's director.",
            "misspelled",
            "the museum's director",
        ),
        (
            "Correction: An earlier version of this article incorrectly reported the date of the vote.",
            "incorrectly reported",
            "the date of the vote",
        ),
        (
            "Correction: An earlier version of this article omitted the name of the second candidate.",
            "omitted",
            "the second candidate",
        ),
        (
            "Correction: An earlier version of this article misstated the age of the mayor. She is 54.",
            "misstated",
            "the age of the mayor",
        ),
    ],
)
def test_error_verb_and_subject(notice: str, verb: str, subject: str) -> None:
    """The notice's error verb and what it was wrong about are given short."""
    found = find_notices(notice)
    assert (found[0].error_verb, found[0].subject) == (verb, subject)


@pytest.mark.parametrize(
    ("date_text", "language", "iso"),
    [
        ("Dec. 31, 2019, 10:31 a.m.", "en", "2019-12-31T10:31"),
        ("June 5, 2018", "en", "2018-06-05"),
        ("29 December 2016", "en", "2016-12-29"),
        ("23.02.18 at 6.15 pm", "en", "2018-02-23T18:15"),
        ("Aug. 14 2:05 p.m.", "en", None),
        ("8.40am", "en", None),
        ("5. Juni 2018", "de", "2018-06-05"),
        ("12 mars 2020 à 14h30", "fr", "2020-03-12T14:30"),
        ("31 de diciembre de 2019", "es", "2019-12-31"),
        (None, "en", None),
        ("yesterday", "en", None),
    ],
)
def test_notice_dates_become_iso_only_when_they_name_a_year(
    date_text: str | None, language: str, iso: str | None
) -> None:
    """A date with a year becomes ISO (with the time when given); a yearless one stays None."""
    assert to_iso(date_text, language) == iso


def test_the_date_of_the_original_article_is_not_the_notice_date() -> None:
    """'An article on Nov. 3, 2021 ...' dates the article, not the correction."""
    found = find_notices(
        "An article on Nov. 3, 2021, about a school merger misstated the number of pupils. There are 640, not 460."
    )
    assert found[0].date_text is None
    assert (found[0].wrong, found[0].right) == ("460", "640")


def test_amended_on_gives_the_notice_date() -> None:
    """'This article was amended on 8 May 2021' dates the notice."""
    found = find_notices(
        "This article was amended on 8 May 2021. The singer in the photograph is Ella Shore, not Emma Shore as stated in an earlier version."
    )
    assert found[0].date == "2021-05-08"
    assert (found[0].wrong, found[0].right) == ("Emma Shore", "Ella Shore")


@pytest.mark.parametrize(
    ("notice", "wrong", "right"),
    [
        (
            "Korrekturhinweis: In einer früheren Version stand, der Tunnel koste 30 Millionen Euro. Er kostet dreizehn Millionen Euro.",
            "30",
            "dreizehn",
        ),
        (
            "Korrektur: Die Sängerin heißt nicht Lena Vogt, sondern Lea Vogt.",
            "Lena Vogt",
            "Lea Vogt",
        ),
        (
            "Rectificatif : une précédente version de cet article indiquait que la directrice avait 62 ans. Elle a 56 ans.",
            "62 ans",
            "56 ans",
        ),
        (
            # the preposition both places share is the sentence's, as "in" is in English
            "Rectificatif : le festival se tiendra à Nantes, et non à Rennes.",
            "Rennes",
            "Nantes",
        ),
        (
            "Fe de errores: El puente mide 240 metros, y no 420 metros como se publicó.",
            "420 metros",
            "240 metros",
        ),
        (
            "Correction : il s'agit de Jean Dupont et non de Jean Dupond.",
            "Jean Dupond",
            "Jean Dupont",
        ),
        ("Corrección: El alcalde se llama Juan Pérez, no Juan Páez.", "Juan Páez", "Juan Pérez"),
    ],
)
def test_values_in_other_languages(notice: str, wrong: str, right: str) -> None:
    """German, French and Spanish value shapes give the values as written."""
    found = find_notices(notice)
    assert len(found) == 1
    assert (found[0].wrong, found[0].right) == (wrong, right)
