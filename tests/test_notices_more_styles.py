"""More notice styles: refiled wire stories, AP advisories, timed update lines in five
languages, Folha's "Erramos", appended clarifications, and the values they state.

Each case stands after a paragraph of reporting (or on its own, as a wire corrective
does) and is checked for its kind, its date and the wrong and right values exactly as
the notice writes them. The look-alikes use the same words about something else.
"""

from __future__ import annotations

import pytest

from revtrack.notices import Notice
from tests._notice_cases import Case, case_notices, notices_after

BODY = {
    "en": "The harbour board met for three hours on Monday and heard from more than forty residents about the dredging plan.",
    "de": "Der Stadtrat hat am Montag drei Stunden lang über den Ausbau des Hafens beraten und die Entscheidung vertagt.",
    "fr": "Le conseil portuaire s'est réuni lundi pendant trois heures pour examiner le projet de dragage du chenal.",
    "es": "La junta del puerto se reunió el lunes durante tres horas para estudiar el proyecto de dragado del canal.",
    "it": "Il consiglio del porto si è riunito lunedì per tre ore per discutere il progetto di dragaggio del canale.",
    "pt": "O conselho do porto reuniu-se na segunda-feira durante três horas para discutir o projeto de dragagem do canal.",
}


CASES: list[Case] = [
    # Wire correctives and refiles.
    Case(
        "(This story has been refiled to correct the date of the hearing to June 4 from June 14 in paragraph 3)",
        "correction",
        None,
        "June 14",
        "June 4",
        alone=True,
    ),
    Case(
        "(This article has been refiled to add a link to the earlier report)",
        "update",
        None,
        None,
        None,
        alone=True,
    ),
    Case("(Refiles to fix typo in headline)", "correction", None, None, None, alone=True),
    Case(
        "Eds: Corrects spelling of coach's surname to Marchetti, sted Marcheti.",
        "correction",
        None,
        "Marcheti",
        "Marchetti",
        alone=True,
    ),
    Case(
        "(Corrects third paragraph to say exports fell, not rose)",
        "correction",
        None,
        "rose",
        None,
        alone=True,
    ),
    Case(
        "(Corrects headline to say monthly, not weekly)",
        "correction",
        None,
        "weekly",
        "monthly",
        alone=True,
    ),
    # English notices.
    Case(
        "* This article originally misstated the length of the pier. It is 1,200 feet long.",
        "correction",
        None,
        None,
        None,
    ),
    Case(
        "• An earlier version of this article was illustrated with a photograph of a different ferry. This was changed on 12 June 2023.",
        "correction",
        "2023-06-12",
        None,
        None,
    ),
    Case(
        "• A clarification was appended to this article on 3 October 2023 after the port authority pointed out that the contract had not yet been signed.",
        "clarification",
        "2023-10-03",
        None,
        None,
    ),
    Case(
        "[Editor's note: This story was updated at 6:40 p.m. to include a statement from the dockworkers' union.]",
        "update",
        None,
        None,
        None,
    ),
    Case(
        "Editor's note, April 2, 2024: After this story was published, the port authority revised its cost estimate. The story has been updated to reflect the new figure.",
        "update",
        "2024-04-02",
        None,
        None,
    ),
    Case(
        "Correction: A previous version of this article said the Harriers had won six straight matches. They had won five.",
        "correction",
        None,
        "six",
        "five",
    ),
    Case(
        "Correction April 9th, 2:15PM ET: An earlier version of this article said the tablet ships with 6GB of RAM. It ships with 8GB.",
        "correction",
        None,
        "6GB",
        "8GB",
    ),
    Case(
        "An earlier version of the headline on this article said the bond issue was approved. It was defeated.",
        "correction",
        None,
        "approved",
        "defeated",
    ),
    Case(
        "In an earlier version of this story, a photo caption incorrectly identified Rep. Dana Whitfield as Rep. Dana Whitford.",
        "correction",
        None,
        "Rep. Dana Whitford",
        "Rep. Dana Whitfield",
    ),
    Case(
        "A report on the harbour levy (Dredging costs to double, 2 May, page 9) said the levy would rise to £3,000. It will rise to £2,300.",
        "correction",
        None,
        "£3,000",
        "£2,300",
        alone=True,
    ),
    Case(
        "Corrections & Amplifications\nThe port's annual meeting is scheduled for Sept. 3. An earlier version of this article incorrectly said it was scheduled for Sept. 13. (Corrected on Aug. 20, 2024)",
        "correction",
        "2024-08-20",
        None,
        None,
    ),
    Case(
        "This article has been revised to reflect the following correction:\n\nCorrection: May 6, 2024\n\nAn article on Sunday about a ferry collision misstated the number of crew members aboard. There were 14, not 41.",
        "correction",
        "2024-05-06",
        "41",
        "14",
    ),
    # Timed update lines and corrections in other languages.
    Case(
        "Mise à jour le 7 mai 2024 à 16 h 30 : ajout de la réaction de la préfecture.",
        "update",
        "2024-05-07T16:30",
        None,
        None,
        "fr",
    ),
    Case(
        "Actualización, 7 de mayo de 2024, 16.30: La Guardia Civil ha confirmado que no hay heridos.",
        "update",
        "2024-05-07T16:30",
        None,
        None,
        "es",
    ),
    Case(
        "Aggiornamento delle 16.30 del 7 maggio 2024: la capitaneria ha chiuso il porto.",
        "update",
        "2024-05-07T16:30",
        None,
        None,
        "it",
    ),
    Case(
        "Erramos: Diferentemente do que foi publicado em versão anterior deste texto, o porto recebe 30 mil contêineres por mês, e não 13 mil. O texto foi corrigido.",
        "correction",
        None,
        "13 mil",
        None,
        "pt",
    ),
    Case(
        "Notícia corrigida às 11h10: por lapso, escrevemos que o porto abriu em 1988. Abriu em 1998.",
        "correction",
        None,
        None,
        None,
        "pt",
    ),
    Case(
        "Notícia actualizada às 19h45 com a reacção da administração do porto.",
        "update",
        None,
        None,
        None,
        "pt",
    ),
    Case(
        "Rectificatif : une précédente version de cet article indiquait que le port avait été agrandi en 2009. Il l'a été en 2011.",
        "correction",
        None,
        "2009",
        "2011",
        "fr",
    ),
    Case(
        "Aktualisiert am 7. Mai 2024, 16:30 Uhr: Die Wasserschutzpolizei hat die Sperrung aufgehoben.",
        "update",
        "2024-05-07T16:30",
        None,
        None,
        "de",
    ),
]

LOOK_ALIKES: list[str] = [
    "The state Department of Corrections said the prisoner would be moved to a facility near the coast.",
    "An earlier version of the ordinance would have banned overnight mooring in the inner harbour.",
    "Shipping stocks slid into correction territory on Thursday, down more than 10% from their spring high.",
    "The trade minister demanded a clarification from the port authority about the new fees.",
    "Published: May 7, 2024, 8:00 a.m. ET | Updated: May 7, 2024, 4:30 p.m. ET",
]


def _notice_for(case: Case) -> Notice:
    notices, text, start = case_notices(case, BODY)
    assert notices, f"no notice found in {case.text!r}"
    return max(notices, key=lambda n: min(n.end, len(text)) - max(n.start, start))


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_notice_kind_date_and_values(case: Case) -> None:
    notice = _notice_for(case)
    assert notice.kind == case.kind
    assert notice.date == case.date
    if case.wrong is not None:
        assert notice.wrong == case.wrong
    if case.right is not None:
        assert notice.right == case.right


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=[t[:40] for t in LOOK_ALIKES])
def test_look_alike_is_no_notice(text: str) -> None:
    assert notices_after(BODY["en"], text)[0] == []
