"""Telling apart the languages notices are read in, from their commonest words.

A notice is only trusted when it is written in the language of the article around it: a
notice quoted inside an article in another language is someone else's correction.
"""

from __future__ import annotations

import re

from revtrack.lang import registered


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for long word lists."""
    return frozenset(text.split())


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# The commonest words of every registered language (``revtrack.lang``).
STOPWORDS: dict[str, frozenset[str]] = {lang.code: lang.stopwords for lang in registered()}


def _weights() -> dict[str, dict[str, float]]:
    """Each language's common words, weighted by how few other languages share them.

    "la", "un", "con" and "per" are common words of Spanish, Italian and French alike,
    so a short Italian notice counted word by word reads as Spanish; a word that only one
    language uses ("nell", "gli", "della") says more than one that three share. Each word
    counts 1/k, where k is the number of registered languages it is common in.
    """
    shared: dict[str, int] = {}
    for common in STOPWORDS.values():
        for word in common:
            shared[word] = shared.get(word, 0) + 1
    return {code: {word: 1 / shared[word] for word in common} for code, common in STOPWORDS.items()}


WEIGHTS = _weights()
# The same, by word: each common word's languages and weights, so a text is read once.
_BY_WORD: dict[str, tuple[tuple[str, float], ...]] = {}
for _code, _weights_of in WEIGHTS.items():
    for _word, _weight in _weights_of.items():
        _BY_WORD[_word] = (*_BY_WORD.get(_word, ()), (_code, _weight))


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` (letters only)."""
    return [w.lower() for w in _WORD.findall(text)]


def stopword_share(text: str, language: str) -> tuple[float, int]:
    """Share of ``text``'s words that are common words of ``language``, and the word count."""
    found = words(text)
    if not found:
        return 0.0, 0
    common = STOPWORDS.get(language, frozenset())
    return _count(found, common) / len(found), len(found)


def _count(found: list[str], common: frozenset[str]) -> int:
    """How many of ``found`` are in ``common``: the set's own lookup, mapped over the
    words, runs about twice as fast as a generator asking ``w in common`` of each."""
    return sum(map(common.__contains__, found))


def _scores(found: list[str]) -> dict[str, float]:
    """Each language's weighted count of the common words in ``found``."""
    scores = dict.fromkeys(WEIGHTS, 0.0)
    get = _BY_WORD.get
    for word in found:
        for code, weight in get(word, ()):
            scores[code] += weight
    return scores


def detect_language(text: str, default: str = "en") -> str:
    """The registered language whose common words ``text`` uses most, each word weighted
    by how distinctive it is (``WEIGHTS``)."""
    found = words(text)
    if not found:
        return default
    scores = _scores(found)
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] > 0 else default


def is_foreign_to(text: str, language: str, *, min_words: int = 12) -> bool:
    """True when ``text`` is long enough to judge and clearly not written in ``language``.

    Clearly: almost none of its words are common words of ``language`` (a language we do
    not read, such as Turkish), or another of our languages fits it at least twice as well.
    """
    found = [w for w in words(text) if len(w) >= 2 and w.isalpha()]
    if sum(len(w) >= 3 for w in found) < min_words:
        return False  # too little real text to judge: a headline, a caption, noise
    own = _count(found, STOPWORDS.get(language, frozenset()))
    if own / len(found) < 0.06:
        return True
    scores = _scores(found)
    mine = scores.get(language, 0.0)
    return any(
        score >= 2 * mine and score >= 3 for lang, score in scores.items() if lang != language
    )
