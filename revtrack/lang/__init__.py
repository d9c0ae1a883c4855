"""The language registry: everything revtrack knows about one language, in one module.

Every piece that reads words (the notice parser, the differ's kinds, the date reader) asks
this registry instead of keeping word lists of its own, so a language added here reaches
all of them at once, and a language missing a piece fails the contract test
(``tests/test_lang_contract.py``) instead of silently finding nothing.

Adding a language is one module in this package defining ``LANGUAGE = Language(...)``,
listed in ``_MODULES`` below, plus its test cases.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache

from revtrack.lang.valuewords import ValueWords


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for long word lists."""
    return frozenset(text.split())


def alternatives(text: str) -> str:
    """One regular-expression group of the alternatives written space-separated in ``text``."""
    return "(?:" + "|".join(text.split()) + ")"


def month_names(*groups: str) -> dict[str, int]:
    """Month names, one string per month (spellings separated by spaces), to numbers 1-12."""
    return {name: number for number, group in enumerate(groups, 1) for name in group.split()}


def changed(subject: str, auxiliary: str, participles: str, gap: int = 1) -> str:
    """A sentence in which the piece says it was changed: the piece (``subject``), an
    auxiliary, at most ``gap`` words (an adverb, a date: "wurde am 12.03.2023"), then
    the participle ("This article was updated", "Cet article a été mis à jour")."""
    return rf"{subject}\s+(?:{auxiliary})\s+(?:[\w.,:/'’-]+\s+){{0,{gap}}}?(?:{participles})(?!\w)"


def number_names(text: str) -> dict[str, int]:
    """Number words written as "word value" pairs in one string: "one 1 two 2"."""
    parts = text.split()
    return {word: int(value) for word, value in zip(parts[::2], parts[1::2], strict=True)}


@dataclass(frozen=True)
class Language:
    """What one language contributes. Word lists are lower-case; ``*_patterns`` fields hold
    regular-expression source text (compiled by their users, lazily), so importing the
    registry costs nothing.

    Fields with a default may be empty for a language that has no such thing (German has no
    clock in "h"); the contract test says which fields every language must fill.
    """

    code: str
    name: str
    # The commonest words: telling languages apart, and words that are never a value.
    stopwords: frozenset[str]
    # Month spellings (full and abbreviated, without the full stop) to 1-12.
    months: dict[str, int]
    weekdays: frozenset[str]
    # Cardinal number words to their value: "drei" 3, "twenty" 20, "hundred" 100.
    number_words: dict[str, int]
    # Words between the parts of a date: "31 de diciembre de 2019".
    date_glue: frozenset[str] = frozenset()
    # Words and phrases that qualify a figure: "more than 40", "rund 40", "environ 40".
    number_qualifiers: tuple[str, ...] = ()
    # Verbs that introduce a quotation after a speaker ("Dr Ross said:", "sagte sie:"):
    # the paragraph after "X said:" is a quotation even without quotation marks.
    speech_verbs: frozenset[str] = frozenset()
    # The word that opens reported speech after such a verb ("dijo que", "zei dat", "ha
    # detto che"): the clause after it is the speaker's, not the newsroom's.
    complementizers: tuple[str, ...] = ()
    # Notice vocabulary, as regular-expression source text (matched case-insensitively, at
    # word starts), by the signal it gives the notice scorer (``notices/signals.py``).
    # Labels that open a notice, by the kind they announce ("Correction", "Berichtigung").
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The publication or the piece naming itself: "this article", "an earlier version",
    # "our obituary", "in yesterday's paper". A strong signal.
    self_references: tuple[str, ...] = ()
    # A piece named with when or where it ran: "a Nov. 22 article", "Monday's story", "the
    # photo on page 3", "het artikel van dinsdag", "im Bericht vom 3. Mai", "as reported
    # last Sunday". Worth as much as a bracketed citation of our page: a reader of a
    # corrections column knows the item is ours by it, whatever else the item says.
    dated_references: tuple[str, ...] = ()
    # Someone writing to the publication about its piece: "your article", "Ihr Bericht",
    # "votre article". A letter to the editor, not a notice: its signals do not count.
    reader_addresses: tuple[str, ...] = ()
    # A sentence that opens with one of the pieces as its subject ("An article about the
    # vote ...", "The headline ..."): ours in a corrections column, where nothing else
    # stands around it, and only a weak hint inside an article.
    item_subjects: tuple[str, ...] = ()
    # The first person of the newsroom or its author: "we", "us", "our". A weak signal.
    first_person: tuple[str, ...] = ()
    # Saying that the piece was wrong: "misstated", "incorrectly said", "was wrong". Strong.
    error_predicates: tuple[str, ...] = ()
    # Words about an error that do not say the piece made it: "error", "mistake". Weak.
    error_words: tuple[str, ...] = ()
    # The contrast between wrong and right: "not", "rather than", "instead of". Weak.
    contrast_patterns: tuple[str, ...] = ()
    # The fix itself: "in fact", "the correct figure is", "has been corrected". Strong.
    fix_patterns: tuple[str, ...] = ()
    # How notices state their values: contrast words and value shapes (``valuewords``).
    values: ValueWords = field(default_factory=ValueWords)
    # What the piece said, before it is put right: "said", "described", "reported". Weak.
    claim_verbs: tuple[str, ...] = ()
    # The newsroom's apology: "we apologise", "nous présentons nos excuses". Strong.
    apologies: tuple[str, ...] = ()
    # Openers that make a sentence a general rule, not an event ("When we make a
    # correction ...", "Whenever ..."): its words are no signal.
    generic_openers: tuple[str, ...] = ()
    # A sentence led by an outlet as its subject ("The newspaper corrected ...", "El diario
    # rectificó ..."): someone else's correction reported, not a notice.
    outlet_subjects: tuple[str, ...] = ()
    # Subjects of "was amended" that are laws, not pieces: "the bill", "the constitution".
    legal_subjects: tuple[str, ...] = ()
    # The verbs of a change-history entry, by the kind they give ("Corrected ..." is a
    # correction, "Added ..." an update), and the headings such a history stands under.
    history_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    history_headings: tuple[str, ...] = ()
    # Words that give a notice its kind whatever its label, by kind: "retraction" (the
    # piece taken back: "zurückgezogen", "n'aurait pas dû être publié") and
    # "clarification" ("klarstellen", "tenons à préciser"). Read by ``notices/kinds.py``.
    kind_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Sentences in which the piece says it was changed, by the kind of change their verb
    # names: "This article was updated on March 5", "Dieser Artikel wurde korrigiert",
    # "We have updated this story". Each must open its sentence; read by
    # ``notices/changelines.py`` (usually written with ``changed`` above).
    change_lines: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Sentences of notices in this language, and look-alikes, that the contract test
    # runs through ``find_notices``: every language shows what it finds and refuses.
    notice_examples: tuple[str, ...] = ()
    lookalike_examples: tuple[str, ...] = ()


_MODULES = ("en", "de", "fr", "es", "it", "pt", "nl", "da")


@cache
def get(code: str) -> Language | None:
    """The registered language with this code (``"en"``), or None."""
    if code not in _MODULES:
        return None
    module = importlib.import_module(f"revtrack.lang.{code}")
    language: Language = module.LANGUAGE
    return language


def registered() -> tuple[Language, ...]:
    """Every registered language, English first."""
    return tuple(lang for code in _MODULES if (lang := get(code)) is not None)


def codes() -> tuple[str, ...]:
    """The codes of every registered language, English first."""
    return _MODULES
