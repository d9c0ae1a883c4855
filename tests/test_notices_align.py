"""A claim and its fix, aligned: what differs between the two clauses is the value, read
to its whole constituent, in every registered language with the registry's words."""

from __future__ import annotations

import pytest

from revtrack.notices.align import contrasted
from revtrack.notices.values import extract_values


@pytest.mark.parametrize(
    ("claim", "fix", "language", "wrong", "right"),
    [
        # Aligned word by word: the shared preposition is the sentence's, not the value's.
        (
            "the charity was based in Sheffield",
            "It is based in Rotherham",
            "en",
            "Sheffield",
            "Rotherham",
        ),
        ("the trail ran until April", "it runs until 30 June", "en", "April", "30 June"),
        # A figure keeps the unit or counted noun both sides put after it.
        ("the bakery employed 35 people", "It employed 53 people", "en", "35 people", "53 people"),
        ("le pont mesure 120 mètres", "il mesure 210 mètres", "fr", "120 mètres", "210 mètres"),
        # A name keeps its article and the rest of its run.
        (
            "der Bürgermeister gehöre der CSU an",
            "Er ist Mitglied der ÖDP",
            "de",
            "der CSU",
            "der ÖDP",
        ),
        (
            "the fund was set up by Lena Ortiz",
            "It was set up by Lena Ortega",
            "en",
            "Lena Ortiz",
            "Lena Ortega",
        ),
        # Too little shared to align: values of one shape, when the fix speaks of the
        # claim's subject (a pronoun, or no subject at all).
        (
            "the photograph was credited to Tom Lusk",
            "It was taken by Ana Prieto",
            "en",
            "Tom Lusk",
            "Ana Prieto",
        ),
        ("la concejala pertenecía al PNV", "Es de EH Bildu", "es", "PNV", "EH Bildu"),
        (
            "wethouder Kees Bos is lid van het CDA",
            "Hij zit namens de SP in de raad",
            "nl",
            "het CDA",
            "de SP",
        ),
        # A fix that only adds to the claim's value.
        (
            "the song was written by Ed Marr",
            "It was written by Ed Marr and Joy Tull",
            "en",
            "Ed Marr",
            "Ed Marr and Joy Tull",
        ),
    ],
)
def test_the_contrasted_constituent_is_the_value(claim, fix, language, wrong, right):
    assert contrasted(claim, fix, language) == (wrong, right)


@pytest.mark.parametrize(
    ("claim", "fix"),
    [
        # A name set against a kind of thing is no contrast.
        ("misidentified the goalkeeper", "He is Ravi Sen"),
        # A fix with a subject of its own states another fact.
        ("the museum holds 400 paintings", "The gallery next door has 40"),
    ],
)
def test_no_contrast_gives_no_value(claim, fix):
    assert contrasted(claim, fix, "en", salient_only=True) == (None, None)


@pytest.mark.parametrize(
    ("text", "language", "wrong", "right"),
    [
        (
            "Correction: An earlier version of this article said the ferry left from Oban. "
            "It leaves from Mallaig.",
            "en",
            "Oban",
            "Mallaig",
        ),
        (
            "Berichtigung: In unserem Bericht vom Montag hieß es, der Neubau koste 12 Millionen "
            "Euro. Er kostet 21 Millionen Euro.",
            "de",
            "12 Millionen Euro",
            "21 Millionen Euro",
        ),
        (
            "Rettelse: I en tidligere version af artiklen stod der, at festivalen havde 800 "
            "frivillige. Den havde 1.800 frivillige. Vi beklager fejlen.",
            "da",
            "800 frivillige",
            "1.800 frivillige",
        ),
        (
            "Rectificación: una versión anterior de esta noticia atribuía la frase a Luis Vega. "
            "Fue pronunciada por Marta Gil, portavoz del grupo.",
            "es",
            "Luis Vega",
            "Marta Gil",
        ),
        (
            "Correction : une version précédente de cet article indiquait que le festival "
            "avait lieu à Nantes. Il a lieu à Angers.",
            "fr",
            "Nantes",
            "Angers",
        ),
        # The notice's own frame ("This article was amended on ...") is no claim, and an
        # apology after the claim is no fix.
        (
            "This article was amended on 3 June 2024. An earlier version said the bridge "
            "reopened in 2019. It reopened in 2021. We apologise for the error.",
            "en",
            "2019",
            "2021",
        ),
    ],
)
def test_a_claim_and_the_next_sentence_give_the_values(text, language, wrong, right):
    values = extract_values(text, language)
    assert (values.wrong, values.right) == (wrong, right)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # The error names only the kind of value; the fix gives the one value of that kind,
        # read whole: a tally, a month with its day, a figure with its unit.
        (
            "Correction: Saturday's match report gave the wrong final score. Rovers won 3-2.",
            None,
            "3-2",
        ),
        (
            "An earlier version of this article gave the wrong date for the hearing. It is on "
            "Oct. 14.",
            None,
            "Oct. 14",
        ),
        (
            "A profile on Tuesday of the sculptor Ines Braga gave her age incorrectly. She is 64.",
            None,
            "64",
        ),
        # A name answers the name, not the description set after it.
        (
            "A caption misidentified the woman beside the coach. She is Rosa Lind, the club's "
            "physio, not Rosa Lund.",
            "Rosa Lund",
            "Rosa Lind",
        ),
        (
            "Correction: The remark was made by Omar Tallis, the union's treasurer, not by "
            "Dana Frey.",
            "Dana Frey",
            "Omar Tallis",
        ),
    ],
)
def test_values_of_a_kind_and_names_with_descriptions(text, wrong, right):
    values = extract_values(text, "en")
    assert (values.wrong, values.right) == (wrong, right)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # Speech after the error is the words as said: the right value.
        (
            "Correction: A quotation in an earlier version of this story was wrong. The coach "
            "said, “We expected to lose.”",
            None,
            "We expected to lose",
        ),
        # The quoted words are the value, not the frame that reports them.
        (
            "An earlier version misquoted the mayor. She said the plan was “a fair deal,” not "
            "that it was “a done deal.”",
            "a done deal",
            "a fair deal",
        ),
        # A fix may report what a source said without naming the error.
        (
            "An earlier version of this article quoted the survey as saying 30% of drivers "
            "speed. It said 13%.",
            "30%",
            "13%",
        ),
        # A name set against its own capitalisation is a contrast.
        (
            "An earlier version of this article misspelled the architect's name. She is Lena "
            "DeMarco, not Lena Demarco.",
            "Lena Demarco",
            "Lena DeMarco",
        ),
        # A name called by another name is the right one.
        (
            "An earlier version of this story referred to Pia van Dijk as Pia van Dyke.",
            "Pia van Dyke",
            "Pia van Dijk",
        ),
    ],
)
def test_quotations_speech_and_names(text, wrong, right):
    values = extract_values(text, "en")
    assert (values.wrong, values.right) == (wrong, right)
