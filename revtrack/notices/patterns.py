"""The words and sentence shapes that mark a correction notice, per language.

Two families: labels that open a paragraph ("Correction:", "Berichtigung", "Fe de
errores") and sentences that lead a notice without a label ("An earlier version of this
article misstated ..."). Every pattern is anchored and bounded so that no text, however
long or odd, makes a search backtrack without end.

Every expression here is a ``LazyPattern``: written out as source text on import, and
compiled on its first use. Compiling all of them takes most of a tenth of a second,
while a call reads only those its text leads it to (a labelled notice needs the label
and date expressions, not the sentence rules or the column cues), and a diff calls the
parser once, from a short-lived process.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

from revtrack.notices.lexicon import ADVERB_ERR, FIRST_SAID, LABELS, MIS_VERB, TRAILER_HEAD


class LazyPattern:
    """A regular expression kept as its source text and compiled on its first use.

    It answers ``match``, ``fullmatch``, ``search``, ``finditer`` and ``sub`` as a compiled pattern
    does, and its ``pattern`` is the source, so other expressions can be built from it
    without compiling it. Two threads may both compile it on its first use; the two
    compiled expressions are alike, and either serves.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression: compiled now if this is its first use."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.compiled.search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.compiled.finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """``re.Pattern.sub``."""
        return self.compiled.sub(repl, string, count)

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not yet compiled"
        return f"<LazyPattern {self.pattern[:40]!r}, {state}>"


# Quotation marks seen around values, straight and typographic, in the four languages.
QUOTES = '"“”„«»‘’‚‹›'

# --- dates as notices write them -----------------------------------------------------------
# Month and weekday names of every registered language, longest first. Three-letter
# abbreviations that are everyday words elsewhere ("ago", "set", "out") are left out: a
# notice's date is read whole, and they would make a date of an ordinary word.
_NOT_MONTHS = frozenset({"ago", "set", "out", "gen", "mag", "ene", "abr", "giu", "lug", "ott"})


def _names(field: str) -> str:
    from revtrack.lang import registered

    names = {n for lang in registered() for n in getattr(lang, field)} - _NOT_MONTHS
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


_MONTHS = _names("months")
_WEEKDAYS = _names("weekdays")
_TIME = (
    r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|uur|h\b)|"
    r"\d{1,2}(?:[:h]|\s+h\s+)\d{2}(?:\s*(?:[ap]\.?\s?m\.?|uhr|uur|h\b))?"
)
_DATE_TOKEN = (
    rf"(?:{_TIME}|(?:{_MONTHS})(?![^\W\d_])\.?|(?:{_WEEKDAYS})(?![^\W\d_])\.?|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|"
    r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?|"
    # A time with a full stop and nothing after it, as Spanish and Italian notices write
    # it ("5 de marzo de 2024, 15.45", "delle 15.45"): only inside a date, never alone.
    r"(?<=[,\s])\d{1,2}\.[0-5]\d(?![\d.])|\d{1,4}(?:st|nd|rd|th|er|\.)?|"
    r"et|gmt|utc|bst|cet|cest|[ecmp][sd]t)"
)
_DATE_GLUE = (
    r"(?:\s*,\s*|\s+|\s*[-–]\s*)(?:(?:at|on|um|am|à|a\s+las|le|el|de|del|du|the|of|às|"
    r"alle|delle|om|kl\.?)\s+)?"
)
DATE = rf"(?:{_DATE_TOKEN}(?:{_DATE_GLUE}{_DATE_TOKEN}){{0,8}})"
# A time of day and nothing else ("3:15 p.m.", "14 h 35", "16.30 uur", "8.40am BST"): the
# stamp of a live blog's entry, which names no day.
CLOCK_ONLY = LazyPattern(
    rf"(?:{_TIME}|\d{{1,2}}[:.]\d{{2}})(?:\s*(?:et|gmt|utc|bst|cet|cest|[ecmp][sd]t))?\.?", re.I
)
DATE_RE = LazyPattern(rf"^\s*({DATE})", re.I)

# --- labels --------------------------------------------------------------------------------

_LABEL_ALT = "|".join(f"(?P<{kind}>{'|'.join(words)})" for kind, words in LABELS.items())
_LEAD = r"^[\s*_#>•·|\-–—\[(]*"
# A live blog's entry time may come first: "8.40am: Clarification on ...".
_ENTRY_TIME = rf"(?:(?P<entry_time>{_TIME})\s*[:\-–—]\s*)?"
# "Update VIII", "Correction 2"; not the day of a date ("Correction 12 May 2023:")
_NUMBERING = (
    rf"(?:\s+(?:[IVX]{{1,5}}|\d{{1,3}}|#\d{{1,3}})\b(?![\s.]+(?:{_MONTHS})(?![^\W\d_]))"
    # nor the hour of a time ("Update 1:40 p.m.:", "Update 14:32 Uhr:").
    r"(?![:.h]\d|\s*(?:[ap]\.?\s?m\b|uhr\b|uur\b|h\b)))?"
)
# The date after a label: in brackets, after a comma ("Correction, May 3:"), after "on"
# ("Updated on May 3:") or bare ("Update 3 May 2023 - "), which a full stop may not end.
# The three unbracketed forms share one copy of DATE, the longest expression here: the
# bare form sets the empty group ``bare``, and the lookahead after the date asks for it.
# Tried in that order, this matches as three alternatives each with its own DATE would,
# and compiles in half their time.
# The word between a label and its date: "Updated on May 3", "Mise à jour, le 3 juin".
_ON = r"(?:on|at|am|vom|le|el|du|delle|alle|del|às|as|em|op|den)"
LABEL_RE = LazyPattern(
    rf"{_LEAD}{_ENTRY_TIME}(?P<label>(?:{_LABEL_ALT})){_NUMBERING}"
    rf"(?:\s*\((?P<paren_date>[^()\n]{{3,80}})\)"
    rf"|(?:\s*,\s*(?:{_ON}\s+)?|\s+{_ON}\s+|\s+(?P<bare>))(?P<date>{DATE})"
    rf"(?(bare)(?=\s*[:\-–—])|(?=\s*[:.\-–—]))"
    rf")?\s*(?P<sep>[:：]|\s[\-–—]\s|[.\]](?=\s)|\n|$|(?<=\S)\s+(?=on\s)(?P<entry_on>))",
    re.I,
)

# --- the things a newsroom corrects ---------------------------------------------------------
ERROR_VERB = (
    rf"(?:{MIS_VERB}|[a-z]{{3,}}ed\s+{ADVERB_ERR}\b|{ADVERB_ERR}\s+(?:[a-z]+\s+){{0,1}}?[a-z]+(?:ed|said|gave|put|wrote|"
    r"called|spelt|read|led|left|ran|took|made|had|showed|shown|cited|stated)?\b|"
    r"omitted|transposed|confused|conflated|should\s+have\s+(?:been\s+)?[a-z]+|"
    r"failed\s+to\s+(?:note|mention|say|include|disclose|make\s+clear|credit|attribute|identify|state)|"
    r"contained\s+(?:an?\s+)?(?:incorrect|inaccurate|wrong|erroneous|outdated)|"
    r"contained\s+(?:an?\s+)?(?:errors?|mistakes?|inaccurac(?:y|ies))|"
    r"(?:gave|had|used|included|showed|listed)\s+(?:an?\s+|the\s+)?(?:wrong|incorrect|inaccurate)|"
    rf"{FIRST_SAID}|"
    r"falsch\s+(?:geschrieben|angegeben|zitiert|dargestellt|wiedergegeben|bezeichnet)|"
    r"fälschlich(?:erweise)?|irrtümlich|par\s+erreur|à\s+tort|mal\s+orthographié|erronément|"
    r"erróneamente|por\s+error|incorrectamente|equivocadamente)"
)
ERROR_VERB_RE = LazyPattern(rf"\b{ERROR_VERB}", re.I)

# Words that make a column opener a notice: an error, or "should have".
COLUMN_CUE = LazyPattern(
    rf"\b(?:{ERROR_VERB}|should\s+(?:have|not\s+have)|errors?\b|in\s+doubt\b|"
    r"incorrect(?:ly)?\b|inaccura|set\s+the\s+record\s+straight|we\s+regret|"
    r"(?:^|[.!?]\s+)(?:In\s+fact|Actually|In\s+reality),)",
    re.I,
)
# Wire trailers: "(Corrects paragraph 3 to show ...)", "(Adds closing prices)".
TRAILER_RE = LazyPattern(rf"^\s*{TRAILER_HEAD}", re.I)
TRAILER_KIND = {
    "correct": "correction",
    "fix": "correction",
    "clarif": "clarification",
    "withdraw": "retraction",
    "retract": "retraction",
}

# Kinds judged from a notice's own words.
CLARIFY_CUE = LazyPattern(
    r"\b(?:clarif(?:y|ied|ies|ication)|more\s+(?:precisely|accurately|fully|clearly)|"
    r"should\s+have\s+made\s+clear|make\s+(?:it\s+)?clear(?:er)?|präzisiert|klargestellt|"
    r"précis(?:er|é)|aclara[rd]?)\b",
    re.I,
)
# Words that make a notice a correction whatever its label says.
STRONG_ERROR = LazyPattern(
    rf"\b(?:{MIS_VERB}|{ADVERB_ERR}|omitted|transposed|contained\s+(?:an?\s+)?"
    r"(?:incorrect|inaccurate|errors?|wrong)|(?:gave|had|used|included|listed|showed)\s+"
    r"(?:an?\s+|the\s+)?(?:wrong|incorrect|inaccurate))\b",
    re.I,
)
STRONG_CORRECT = LazyPattern(
    rf"{STRONG_ERROR.pattern}|\b(?:earlier|previous|prior|original)\s+(?:version|edition)|"
    r"\bfrüheren\s+(?:Version|Fassung)|précédente\s+version|versión\s+anterior|"
    r"versão\s+anterior|\b(?:eerdere|vorige)\s+versie|versione\s+precedente|"
    r"precedente\s+versione|"
    r"\b(?:was|were|been|later|has\s+been|have\s+been)\s+corrected\b|\bcorrected\s+(?:to|from)\b|"
    r"\bto\s+correct\b|\b(?:pour\s+corriger|para\s+corregir|zu\s+korrigieren)\b|"
    r"\b(?:korrigiert|berichtigt|corrigée?s?|rectifiée?s?|corregid[oa]s?|rectificad[oa]s?|"
    r"corrigid[oa]s?|corrett[oa])\b|"
    r"\bincorrect|\bcorrects\b|\b(?:initially|originally|first)\s+(?:said|stated|reported|"
    r"indicated|suggested)\b|\bshould\s+have\s+(?!made\s+clear)|contrairement\s+à\s+ce|en\s+dépit\s+de\s+ce|par\s+erreur|à\s+tort|"
    r"fälschlich|irrtümlich|por\s+error|erróneamente|\banders\s+als\b|\bten\s+onrechte\b|"
    r"\babusievelijk\b|\berroneamente\b|\berradamente\b|\bper\s+(?:un\s+)?errore\b|"
    # "two people were arrested, not three as reported earlier": a live blog's "Update:"
    # that takes back its own earlier figure.
    r"\bnot\s+[^.;]{1,60}?\s+as\s+(?:was\s+|we\s+|had\s+been\s+)?(?:reported|stated|said)\s+"
    r"(?:earlier|previously|originally|before)\b",
    re.I,
)

# A retraction: the outlet takes the whole item back.
RETRACTION = LazyPattern(
    r"\b[Ww]e\s+(?:have\s+|are\s+)?(?:\w+ly\s+)?(?:retracted|retracting|withdrawn|withdrawing)\b|"
    r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:retracted|withdrawn)\b|"
    r"\b(?:was|is|were)\s+(?:\w+ly\s+)?retracted\b|\bno\s+longer\s+stand\s+by\b|"
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:retracted|withdrawn)\s+(?:this|our|the)\s+(?:[\w-]+\s+)?"
    r"(?:story|article|report|piece|post|column|essay|item)\b|"
    r"\b(?:zurückgezogen|retiré|retirad[oa]|retractamos)\b"
)

# Look-alikes: sentences that use the vocabulary about someone else's text.
# Someone else speaking at the end of a sentence: "..., the spokesman said", "said Smith".
ATTRIBUTION_TAIL = LazyPattern(
    r",\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|wrote|added|"
    r"claimed|argued|insisted|alleged|tweeted|acknowledged|admitted|conceded|noted|confirmed|"
    r"announced|complained|explained|pointed\s+out|recalled|observed)\b|\baccording\s+to\b|"
    r"\b(?:said|says|told|claimed)\s+(?:the\s+)?(?:[A-Z][\w.'’-]+|spokes\w+|officials?)\b"
)
# Someone else's correction reported as news: "The Globe ran a correction on Sunday", "the
# paper later corrected the error". The subject is checked apart: "we" makes it our own.
# Each of its three forms needs a word from one of these lists, followed by a space; the
# lists are kept apart so that ``may_report_a_correction`` can look for them cheaply.
_REPORTING_VERBS = (
    *("issued", "issues", "ran", "runs", "printed", "prints", "published", "publishes"),
    *("appended", "appends", "posted", "attached", "added", "carried", "made"),
)
_AFTERWARDS = ("later", "since", "subsequently", "quickly", "quietly", "eventually")
_IN_ITS = ("In", "With")
_ITS = ("its", "their", "his", "her")
REPORTED_CORRECTION = LazyPattern(
    rf"\b(?:{'|'.join(_REPORTING_VERBS)})\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:corrections?|clarifications?|editor['’]s\s+notes?|retractions?)\b|"
    rf"\b(?:{'|'.join(_AFTERWARDS)})\s+(?:corrected|retracted|amended|"
    r"withdrew|deleted)\s+(?:its|their|the|that|this)\s+(?:\w+\s+){0,2}?(?:error|mistake|story|"
    r"article|report|tweet|post|claim|segment|headline|caption|figure)s?\b|"
    rf"^(?:{'|'.join(_IN_ITS)})\s+(?:{'|'.join(_ITS)})\s+(?:\w+\s+)?"
    r"(?:correction|clarification|retraction)\b",
    re.I,
)
# Characters that ``re.I`` matches to an ASCII letter, or that ``str.lower`` turns into
# one: with any of them in a text, a search of its lower-cased words could miss a match.
_FOLDS_TO_ASCII = "İıſK"
_REPORTING_WORDS = tuple(f"{word} " for word in (*_REPORTING_VERBS, *_AFTERWARDS))
_IN_ITS_WORDS = tuple(f" {a.lower()} {b} " for a in _IN_ITS for b in _ITS)


def may_report_a_correction(text: str) -> bool:
    """False only when no sentence of ``text`` can match ``REPORTED_CORRECTION``.

    That expression costs about a tenth of a microsecond a character, and almost every
    paragraph the finder reads (a labelled notice among them) has none of the words it
    needs, so looking for those words first spares the sentence split and the searches.
    The words are sought in the text lower-cased with its whitespace made single spaces,
    which finds every word the expression would; a text holding a character that folds
    to an ASCII letter is passed on to the expression unread.
    """
    if not text.isascii() and any(map(text.__contains__, _FOLDS_TO_ASCII)):
        return True
    words = f" {' '.join(text.lower().split())} "
    return any(map(words.__contains__, _REPORTING_WORDS)) or any(
        map(words.__contains__, _IN_ITS_WORDS)
    )


# Words that make a subject our own: we, our, this article, this newspaper.
OWN_SUBJECT = LazyPattern(r"\b(?:we|our|us|this|these)\b", re.I)
