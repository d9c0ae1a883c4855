"""Values as the notice states them: a date, year or place without the word that sets it
in its sentence, a number without its sentence's frame, and the shapes other languages use
for "we wrote X; it is Y"."""

from __future__ import annotations

import pytest

from revtrack.notices import find_notices

BODY = "Residents packed the hall for the second night of hearings on the plan."


@pytest.mark.parametrize(
    ("notice", "wrong", "right"),
    [
        # A date, year or place is the value without its preposition or article.
        (
            "Correction: An earlier version of this article said the clinic opened in 1994. It opened in 1949.",
            "1994",
            "1949",
        ),
        (
            "This article was amended on 9 May 2024. An earlier version said Keswick was in Northumberland. It is in Cumbria.",
            "Northumberland",
            "Cumbria",
        ),
        (
            "Correction: An earlier version of this story gave the wrong date for the book sale. It is on April 27.",
            None,
            "April 27",
        ),
        (
            "Correction: The parade steps off on May 4, not May 14, as an earlier version of this article said.",
            "May 14",
            "May 4",
        ),
        (
            "Errata corrige: la sagra si terrà il 9 settembre e non il 19 settembre come indicato in precedenza.",
            "19 settembre",
            "9 settembre",
        ),
        # A time or a place in the sentence after "gave the wrong time/location".
        (
            "Correction: A story on Thursday gave the wrong time for the zoning hearing. It begins at 5:30 p.m.",
            None,
            "5:30 p.m.",
        ),
        (
            "Correction: An earlier version of this article gave the wrong location for the food drive. Donations will be collected at Lincoln Middle School.",
            None,
            "Lincoln Middle School",
        ),
        # Two numbers, each framed by its own sentence: just the numbers.
        (
            "Correction: An earlier version of this story said the Hornets won 2-0. The final score was 2-1.",
            "2-0",
            "2-1",
        ),
        (
            "Correction: A previous version of this article said the commission approved the permit 6-3. The vote was 7-2.",
            "6-3",
            "7-2",
        ),
        # A role answered by a role with its own article keeps its owner.
        (
            "Correction: An earlier version of this story incorrectly identified Nadia Kerr as the club's treasurer. She is the assistant treasurer.",
            "the club's treasurer",
            "the assistant treasurer",
        ),
        # Wire shapes.
        ("(Corrects paragraph 3 to say prices fell, not rose)", "rose", "fell"),
        ("Eds: Corrects that the measure passed 61-39, sted 60-40.", "60-40", "61-39"),
        (
            "Correction: An earlier version of this article said the new buses would run on diesel. They will run on electricity rather than diesel.",
            "diesel",
            "electricity",
        ),
        # German. A party's name keeps its article on both sides, as "the Conservatives" does.
        (
            "Korrektur: In einer früheren Version hieß es, der Abgeordnete gehöre der AfD an. Er ist Mitglied der FDP.",
            "der AfD",
            "der FDP",
        ),
        (
            "Korrekturhinweis: Das Konzert findet am Samstag statt und nicht am Freitag, wie zunächst gemeldet.",
            "Freitag",
            "Samstag",
        ),
        (
            "Korrektur: In einer früheren Fassung wurde der Trainer fälschlich als Jonas Behrend bezeichnet. Er heißt Jonas Berend.",
            "Jonas Behrend",
            "Jonas Berend",
        ),
        # French.
        (
            "Rectificatif : nous avions écrit par erreur que la maire était écologiste. Elle est centriste.",
            "écologiste",
            "centriste",
        ),
        # Spanish.
        (
            "Fe de errores: En la crónica de ayer sobre el puerto, donde dice 85 buques debe decir 58 buques.",
            "85 buques",
            "58 buques",
        ),
        (
            "Nota de la redacción: Se ha corregido este artículo para aclarar que la sanción fue impuesta por el Ayuntamiento y no por la Generalitat.",
            "la Generalitat",
            "el Ayuntamiento",
        ),
        (
            "Corrección: La final se jugará el jueves y no el miércoles, como se publicó en una primera versión.",
            "miércoles",
            "jueves",
        ),
        # Italian.
        (
            "Rettifica: nella prima versione abbiamo scritto che la provincia conta 40 mila imprese. In realtà sono 14 mila.",
            "40 mila",
            "14 mila",
        ),
        (
            "Rettifica: per un errore, il presidente della società è stato indicato come Paolo Renzi. Si chiama Piero Renzi.",
            "Paolo Renzi",
            "Piero Renzi",
        ),
        # Portuguese.
        (
            "Correção: por lapso, escrevemos que o túnel tem 3 quilômetros. Tem 13 quilômetros.",
            "3 quilômetros",
            "13 quilômetros",
        ),
        (
            "Correção: uma versão anterior deste texto informava que a obra custou 40 milhões. Na verdade, custou 48 milhões.",
            "40 milhões",
            "48 milhões",
        ),
        (
            "Erramos: A feira começa no dia 22 de junho, e não no dia 2, como informado anteriormente.",
            "2",
            "22 de junho",
        ),
    ],
)
def test_values_follow_the_cutting_conventions(
    notice: str, wrong: str | None, right: str | None
) -> None:
    """Each notice's values read exactly as the notice states them, no more."""
    found = find_notices(f"{BODY}\n\n{notice}")
    assert len(found) == 1
    assert (found[0].wrong, found[0].right) == (wrong, right)


def test_a_value_read_with_its_unit_keeps_it() -> None:
    """A unit straight after each number is the value's: the frame rule leaves it."""
    found = find_notices(
        f"{BODY}\n\nCorrection: An earlier version of this article said the pier was cut by "
        "12 percent. It was cut by 12 percentage points."
    )
    assert (found[0].wrong, found[0].right) == ("12 percent", "12 percentage points")


def test_a_german_noun_after_im_is_not_a_place() -> None:
    """German capitalises nouns: "im Lager" keeps its preposition; only places and dates
    lose theirs."""
    from revtrack.notices.claims import _drop_lead_word

    assert _drop_lead_word("im Lager", "auf der Straße") == "im Lager"
    assert _drop_lead_word("am Dienstag", None) == "Dienstag"
    assert _drop_lead_word("in the low thousands", "in the low millions") == (
        "in the low thousands"
    )
