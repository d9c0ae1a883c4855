"""What kind of change a reader would call each edit, and how much it matters.

The kinds follow what corrections are about: a name, a number, a date, a quote, a typo.
Everything here looks only at the changed words and the sentences around them, so the
rules can be read and tested one by one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from revtrack.diff.tokens import words
from revtrack.textnorm import cosmetic_only, whitespace_only


def _words(text: str) -> list[str]:
    return text.split()


KINDS = (
    "headline",
    "byline",
    "date",
    "name",
    "number",
    "quote",
    "spelling",
    "wording",
    "sentence_added",
    "sentence_removed",
    "sentence_moved",
    "sentence_split",
    "sentence_merged",
    "paragraph_added",
    "paragraph_removed",
    "paragraph_moved",
    "notice_added",
    "notice_removed",
    "whitespace",
    "punctuation",
)
SIGNIFICANCES = ("trivial", "minor", "substantive")

_MONTHS = frozenset(
    _words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
_DATE_WORDS = _MONTHS | frozenset(
    _words(
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
        "tonight morning afternoon evening night midnight noon a.m. p.m."
    )
)
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$|^(?:1[89]|20)\d\d$|^\d{1,2}(?:am|pm)$", re.I)
_NUMBER_WORDS = frozenset(
    _words(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion billions
    trillion dozen dozens half quarter percent first second third fourth fifth sixth
    seventh eighth ninth tenth twice thrice"""
    )
)
_NEGATIONS = frozenset(
    _words(
        "not no never none nobody nothing neither nor n't don't didn't doesn't isn't wasn't "
        "weren't won't can't cannot"
    )
)
# Capitalised at the start of a sentence, never names.
_FUNCTION_WORDS = frozenset(
    _words(
        """i a an the he she it they we you i'm his her its their our my your this that these
        those there here but and or so yet then when while after before if in on at as for by
        with from to of what who whom whose why how where some many most no not one all both
        each every any few several such still also however meanwhile later earlier"""
    )
)
_NOTICE = re.compile(
    r"""^[\W_]*
    (?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*[:,–—-]?\s*)?   # a live blog's time stamp
    (?:
      (?:correction|clarification|editor['’]?s\s+note|updated?|retraction|corrected)\b
    | this\s+(?:article|story|report|post|piece|headline)\s+(?:was|has\s+been|is)\s+
      (?:amended|updated|corrected|clarified|changed|revised|edited)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_NOT_ALNUM = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
_EARLIER_VERSION = re.compile(
    r"\b(?:an?\s+)?(?:earlier|previous|prior|original)\s+version\s+of\s+this\b", re.IGNORECASE
)


def is_notice(text: str) -> bool:
    """True when a paragraph or sentence reads as a correction, clarification or update."""
    if _NOTICE.search(text) or _EARLIER_VERSION.search(text[:300]):
        return True
    try:
        from revtrack.notices import find_notices
    except ImportError:
        return False
    return bool(find_notices(text))


def classify_edit(
    before: str,
    after: str,
    *,
    in_quote: bool = False,
    after_month: bool = False,
    opens_sentence: bool = False,
    ordinary: Callable[[str], bool] | None = None,
) -> str:
    """The kind of an edit inside a sentence (``before`` and ``after`` are the changed text).

    ``in_quote`` says the edit sits inside quotation marks; ``after_month`` that the
    word before it is a month name, so that "Dec. 31" to "Dec. 30" is a date.
    ``opens_sentence`` says the edit starts its sentence, where every word is
    capitalised: there its first word counts as a name only if ``ordinary`` (a check
    that the word also appears in lower case in the article) says it is not an
    ordinary word.
    """
    letters_before = _NOT_ALNUM.sub("", before)
    letters_after = _NOT_ALNUM.sub("", after)
    maybe_cosmetic = letters_before == letters_after or not (
        unicodedata.is_normalized("NFC", before) and unicodedata.is_normalized("NFC", after)
    )
    if maybe_cosmetic and cosmetic_only(before, after):
        return "whitespace" if whitespace_only(before, after) else "punctuation"
    if letters_before == letters_after:
        marks_before = [c for c in before if not c.isalnum() and not c.isspace()]
        marks_after = [c for c in after if not c.isalnum() and not c.isspace()]
        if marks_before == marks_after:
            return "spelling"  # "every day" to "everyday": spacing inside words
        return "punctuation"
    if letters_before.lower() == letters_after.lower():
        return "spelling"  # capitalisation
    removed, added = _changed_words(before, after)
    changed = removed + added
    lowered = [w.lower() for w in changed]
    if any(_date_word(w) for w in changed) or (
        after_month and any(w[:1].isdigit() for w in changed)
    ):
        return "date"
    if _DIGIT.search(" ".join(changed)) or any(w in _NUMBER_WORDS for w in lowered):
        return "number"
    if len(removed) == 1 and len(added) == 1 and _is_typo(removed[0], added[0]):
        return "spelling"
    openers = {_first_word(before), _first_word(after)} if opens_sentence else set()
    if any(
        _proper(w) and not (w in openers and (ordinary is None or ordinary(w))) for w in changed
    ):
        return "name"
    if in_quote:
        return "quote"
    return "wording"


def significance(kind: str, before: str = "", after: str = "") -> str:
    """trivial, minor or substantive: what the correction log and --ignore-trivial use."""
    if kind in {"whitespace", "punctuation"}:
        return "trivial"
    if kind in {"spelling", "sentence_moved", "paragraph_moved", "sentence_split"}:
        return "minor"
    if kind == "sentence_merged":
        return "minor"
    if kind == "wording":
        removed, added = _changed_words(before, after)
        if len(removed) + len(added) > 4 or any(w.lower() in _NEGATIONS for w in removed + added):
            return "substantive"
        return "minor"
    return "substantive"


def _changed_words(before: str, after: str) -> tuple[list[str], list[str]]:
    """Words in ``before`` but not ``after`` and the reverse, counted with repeats."""
    old_words, new_words = words(before), words(after)
    if set(old_words).isdisjoint(new_words):
        return old_words, new_words
    old, new = Counter(old_words), Counter(new_words)
    return list((old - new).elements()), list((new - old).elements())


def _date_word(word: str) -> bool:
    """A month or weekday name, a time of day, a year: "may" and "march" only capitalised."""
    lowered = word.lower()
    if lowered in _MONTHS:
        return word[:1].isupper()
    return lowered in _DATE_WORDS or bool(_TIME.match(word))


def _proper(word: str) -> bool:
    """A capitalised word that is not a function word: a name, a place, an organisation."""
    return word[:1].isupper() and word.lower() not in _FUNCTION_WORDS


def _first_word(text: str) -> str:
    found = words(text)
    return found[0] if found else ""


def _is_typo(old: str, new: str) -> bool:
    """A small letter-level fix of one word ("recieve" to "receive"), not another word."""
    if not (old.isalpha() and new.isalpha()) or min(len(old), len(new)) < 4:
        return False
    if old.lower() in _NEGATIONS or new.lower() in _NEGATIONS:
        return False
    limit = 2 if min(len(old), len(new)) >= 8 and old.islower() and new.islower() else 1
    return edit_distance(old.lower(), new.lower(), limit) <= limit


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours counts once), capped above
    ``limit`` so that long unrelated words cost little to reject."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def is_month(word: str) -> bool:
    """True for a month's name or its abbreviation ("Dec", "December")."""
    return word.rstrip(".").lower() in _MONTHS
