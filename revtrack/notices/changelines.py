"""Change lines: one sentence in which the piece says it was changed.

"This article was updated on March 5 with comment from the board.", "Dieser Artikel wurde
am 12. Mai korrigiert.", "We have retracted this story." Such a line needs no error word,
no contrast and no label: the piece itself is the subject (or, in the active voice, the
object of "we"), and the verb says what was done to it. That is a notice whatever the
sentence before it says, and only that sentence is the notice when it follows news
("Police named the victims. This story has been updated.").

Each way of saying so is a ``ChangeLine``: a name, a language, the kind of change its verb
names, its expression, and the sentences it must and must not match. The lines of every
registered language are made from its module (``Language.change_lines``); the cases below
are run by ``tests/test_notices_change_lines.py``. A line must open its sentence: "the
council said this article was updated" is someone's report of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from revtrack.lang import registered
from revtrack.notices.gate import Gate, required

KINDS = ("update", "correction", "clarification", "editors_note", "retraction")


@dataclass(frozen=True)
class ChangeLine:
    """One way a sentence says its piece was changed, with the kind of the change."""

    name: str
    language: str
    kind: str
    pattern: str
    matches: tuple[str, ...] = ()
    misses: tuple[str, ...] = ()

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The line's expression, compiled on first use; it matches at a word's start."""
        return re.compile(rf"(?<!\w)(?:{self.pattern})", re.IGNORECASE)

    @cached_property
    def needs(self) -> frozenset[str] | None:
        """Strings one of which every match contains (``gate.required``), or None."""
        return required(self.pattern)


# Cases for the lines of every language, run by the test suite against ``lines()``: each
# ``matches`` sentence must be found by some line of that language and kind, each
# ``misses`` sentence by none.
CASES: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("en", "update"): (
        (
            "This article was updated on March 5, 2023 with comment from the board.",
            "This story has been updated.",
            "This story was updated at 9:12 a.m. to add comments from the sheriff.",
            "We have updated this story with the names of the victims.",
        ),
        (
            "This story will be updated.",
            "The council said the plan was updated last year.",
            "Check back: we will update this story as it develops.",
        ),
    ),
    ("en", "correction"): (
        (
            "This article has been corrected.",
            "This is a corrected version of a story first published on Monday.",
            "A correction was appended to this article on 11 October 2023.",
        ),
        ("The error in the council's minutes has been corrected.",),
    ),
    ("en", "retraction"): (
        (
            "We are retracting this story because we can no longer verify it.",
            "This article has been withdrawn.",
        ),
        ("The minister has withdrawn from the race.",),
    ),
    ("de", "update"): (
        ("Dieser Artikel wurde am 12.03.2023 aktualisiert.", "Der Text wurde ergänzt."),
        ("Die Liste der Bewerber wurde aktualisiert.",),
    ),
    ("de", "correction"): (("Dieser Artikel wurde nachträglich korrigiert.",), ()),
    ("fr", "update"): (
        ("Cet article a été mis à jour le 4 avril à 18 h.", "Cette dépêche a été actualisée."),
        ("Le règlement a été mis à jour en mars.",),
    ),
    ("es", "update"): (
        ("Este artículo fue actualizado el 12 de marzo de 2023.",),
        ("El reglamento fue actualizado en marzo.",),
    ),
    ("it", "update"): (
        ("Questo articolo è stato aggiornato alle 18.", "Articolo aggiornato alle 18.40"),
        ("Il regolamento è stato aggiornato a marzo.",),
    ),
    ("pt", "update"): (
        ("Esta reportagem foi atualizada às 14h20.", "Notícia actualizada às 19h45 com a reacção."),
        ("O regulamento foi atualizado em março.",),
    ),
    ("nl", "update"): (
        ("Dit artikel is aangevuld met een reactie van de gemeente.",),
        ("De dienstregeling is aangepast.",),
    ),
    ("da", "update"): (
        ("Denne artikel er blevet opdateret med en kommentar fra kommunen.",),
        ("Køreplanen er blevet opdateret.",),
    ),
}


@cache
def lines() -> tuple[ChangeLine, ...]:
    """Every registered language's change lines, English first."""
    made = []
    for language in registered():
        for kind, patterns in language.change_lines.items():
            matches, misses = CASES.get((language.code, kind), ((), ()))
            for number, pattern in enumerate(patterns):
                made.append(
                    ChangeLine(
                        name=f"{language.code}.change_lines[{kind}][{number}]",
                        language=language.code,
                        kind=kind,
                        pattern=pattern,
                        matches=matches if number == 0 else (),
                        misses=misses,
                    )
                )
    return tuple(made)


@cache
def _gate() -> Gate:
    return Gate([(line.compiled, line.needs) for line in lines()])


def find_lines(text: str) -> list[tuple[ChangeLine, re.Match[str]]]:
    """Every change line's match in ``text``, in the order of the lines (where each
    opens its sentence is for the caller to judge)."""
    every = lines()
    return [(every[number], match) for number, match in _gate().find(text)]


def may_hold_line(text: str) -> bool:
    """True when some change line matches somewhere in ``text``: the quick check's part."""
    return bool(_gate().find(text, first=True))
