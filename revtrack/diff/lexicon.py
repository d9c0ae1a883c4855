"""The words the differ's kinds read, in the language of the article, from the registry.

"drei" to "vier" is a number and "3. Oktober" a date only to a differ that knows German;
the words come from the language registry (``revtrack.lang``), the one place every
reader of words takes them from, so a language added there is read here too. English
is always known: copy in every language quotes English names and figures.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

# How much of a text is read to tell its language: enough words, little time.
_SAMPLE_CHARS = 1000


@dataclass(frozen=True)
class Lexicon:
    """One language's words for the kinds, English's included, all lower-case."""

    code: str
    number_words: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    # The words of the phrases that qualify a figure ("more than", "rund", "omkring").
    qualifier_words: frozenset[str]
    speech_verbs: frozenset[str]


@functools.cache
def lexicon(code: str = "en") -> Lexicon:
    """The words for ``code`` and English together (English alone for "en" or an
    unknown code)."""
    from revtrack.lang import get

    english, own = get("en"), get(code)
    languages = [lang for lang in (english, own if own is not english else None) if lang]

    def union(name: str) -> frozenset[str]:
        return frozenset().union(*(frozenset(getattr(lang, name)) for lang in languages))

    qualifiers = frozenset(
        word for lang in languages for phrase in lang.number_qualifiers for word in phrase.split()
    )
    return Lexicon(
        code=code if get(code) is not None else "en",
        number_words=union("number_words"),
        months=union("months"),
        weekdays=union("weekdays"),
        qualifier_words=qualifiers,
        speech_verbs=union("speech_verbs"),
    )


def text_language(text: str) -> str:
    """The registered language whose commonest words make up most of ``text`` (its
    start is enough), English when none stands out (ties go to English)."""
    from revtrack.lang import registered

    # Common words stand between spaces; each distinct word is counted once, in C, and
    # each language sums the counts of its words among them.
    found = Counter(text[:_SAMPLE_CHARS].lower().split())
    best, best_count = "en", 0
    for language in registered():
        count = sum(map(found.__getitem__, found.keys() & language.stopwords))
        if count > best_count:
            best, best_count = language.code, count
    return best
