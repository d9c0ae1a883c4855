"""The words a language states a notice's values with: its contrasts and value shapes.

A correction names what was wrong and what is right by contrasting them ("X, not Y",
"nicht Y, sondern X", "X et non Y", "Y rather than X"), by restating a claim and its fix
("we said Y. In fact X"), or by naming what should have stood ("should have said X",
"debe decir X"). The structures that read those are the same in every language
(``revtrack.notices.contrast``); only the words differ, and they live here, one
``ValueWords`` per language module. Phrases are regular-expression source text, matched
case-insensitively on word boundaries; ``()`` means the language has no such phrase.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ValueWords:
    """The contrast words and value shapes of one language."""

    # "X, not Y": the negation that follows a comma, a dash or a bracket ...
    not_words: tuple[str, ...] = ()
    # ... and the joins that need none: "X and not Y", "X et non Y", "X y no Y".
    and_not: tuple[str, ...] = ()
    # "not Y but X": the negation before Y and the adversative before X.
    but_words: tuple[str, ...] = ()
    # "X rather than Y", "X instead of Y": the right value comes first, unless the
    # sentence speaks of the error ("we printed Y instead of X").
    instead_words: tuple[str, ...] = ()
    # "In fact X", "Actually X": the lead of a sentence that states the fix.
    fix_leads: tuple[str, ...] = ()
    # The verbs that link a subject to a value: "It is X", "Er heißt X".
    copulas: tuple[str, ...] = ()
    # "should have said X", "debe decir X", "il fallait lire X": the right value follows.
    should_words: tuple[str, ...] = ()
    # "The correct figure is X", "Richtig ist X": the right value follows.
    correct_words: tuple[str, ...] = ()
    # "misnamed ... as Y", "als Y bezeichnet", "identifié comme Y": the word before Y.
    as_words: tuple[str, ...] = ()
    # The verbs that introduce a claim's content: "said that Y", "schrieben wir, dass Y".
    claim_words: tuple[str, ...] = ()
    # The words of an error: a sentence with one states the claim, not the fix.
    error_words: tuple[str, ...] = ()
    # "corrected ... from Y to X": the change verbs, then (from, to) word pairs.
    change_words: tuple[str, ...] = ()
    from_to: tuple[tuple[str, str], ...] = ()
    # "For Y read X", "donde dice Y debe decir X": (marker before Y, marker before X).
    for_read: tuple[tuple[str, str], ...] = ()
    # "previously read Y", "(after initially stating 19)": the wrong value follows.
    previously_words: tuple[str, ...] = ()
    # Value shapes: articles and possessives that open a noun phrase (kept with it),
    # prepositions that set a value in its sentence (dropped when both sides share one),
    # subject pronouns, and the units a number keeps ("3 lb", "14 percent").
    articles: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
