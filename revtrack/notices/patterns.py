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

from revtrack.notices.lexicon import (
    ADVERB_ERR,
    EARLIER,
    EARLIER_VERSION,
    FIRST_SAID,
    ITEM,
    LABELS,
    MIS_VERB,
    THIS_ITEM_CHANGED,
    TRAILER_HEAD,
    WE_HAD_SAID,
    WE_WITHDREW,
)
from revtrack.notices.lexicon import PAGE_CITATION as PAGE_CITATION_TEXT


class LazyPattern:
    """A regular expression kept as its source text and compiled on its first use.

    It answers ``match``, ``search``, ``finditer`` and ``sub`` as a compiled pattern
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
_MONTHS = (
    r"jan(?:uary|uar|vier|\.)?|feb(?:ruary|ruar|\.)?|févr(?:ier|\.)?|mar(?:ch|\.)?|märz|mars|"
    r"apr(?:il|\.)?|avr(?:il|\.)?|may|mai|june?|juin|juni|july?|juil(?:let|\.)?|juli|"
    r"aug(?:ust|\.)?|août|sept?(?:ember|embre|\.)?|oct(?:ober|obre|\.)?|okt(?:ober|\.)?|"
    r"nov(?:ember|embre|\.)?|dec(?:ember|\.)?|dez(?:ember|\.)?|déc(?:embre|\.)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"janvier|février|juillet|janeiro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    r"ottobre|dicembre|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_TIME = (
    r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h\b)|"
    r"\d{1,2}(?:[:h]|\s+h\s+)\d{2}(?:\s*(?:[ap]\.?\s?m\.?|uhr|h\b))?"
)
_DATE_TOKEN = (
    rf"(?:{_TIME}|(?:{_MONTHS})(?![^\W\d_])\.?|(?:{_WEEKDAYS})(?![^\W\d_])\.?|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|"
    r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?|"
    # A time with a full stop and nothing after it, as Spanish and Italian notices write
    # it ("5 de marzo de 2024, 15.45", "delle 15.45"): only inside a date, never alone.
    r"(?<=[,\s])\d{1,2}\.[0-5]\d(?![\d.])|\d{1,4}(?:st|nd|rd|th|er|\.)?|"
    r"et|gmt|utc|bst|cet|cest|[ecmp][sd]t)"
)
_DATE_GLUE = r"(?:\s*,\s*|\s+(?:at|on|um|am|à|a\s+las|le|el|de|del|du|the|of)\s+|\s+|\s*[-–]\s*)"
DATE = rf"(?:{_DATE_TOKEN}(?:{_DATE_GLUE}{_DATE_TOKEN}){{0,8}})"
DATE_RE = LazyPattern(rf"^\s*({DATE})", re.I)

# --- labels --------------------------------------------------------------------------------

_LABEL_ALT = "|".join(f"(?P<{kind}>{'|'.join(words)})" for kind, words in LABELS.items())
_LEAD = r"^[\s*_#>•·|\-–—\[(]*"
# A live blog's entry time may come first: "8.40am: Clarification on ...".
_ENTRY_TIME = rf"(?:(?P<entry_time>{_TIME})\s*[:\-–—]\s*)?"
# "Update VIII", "Correction 2"; not the day of a date ("Correction 12 May 2023:").
_NUMBERING = rf"(?:\s+(?:[IVX]{{1,5}}|\d{{1,3}}|#\d{{1,3}})\b(?![\s.]+(?:{_MONTHS})(?![^\W\d_])))?"
# The date after a label: in brackets, after a comma ("Correction, May 3:"), after "on"
# ("Updated on May 3:") or bare ("Update 3 May 2023 - "), which a full stop may not end.
# The three unbracketed forms share one copy of DATE, the longest expression here: the
# bare form sets the empty group ``bare``, and the lookahead after the date asks for it.
# Tried in that order, this matches as three alternatives each with its own DATE would,
# and compiles in half their time.
LABEL_RE = LazyPattern(
    rf"{_LEAD}{_ENTRY_TIME}(?P<label>(?:{_LABEL_ALT})){_NUMBERING}"
    rf"(?:\s*\((?P<paren_date>[^()\n]{{3,80}})\)"
    rf"|(?:\s*,\s*|\s+(?:on|at|am|vom|le|el|du|delle|alle|del|às|as)\s+|\s+(?P<bare>))(?P<date>{DATE})"
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

_SENT_START = r"(?:^|(?<=[.!?:;])[\"”’)\]]?\s+|(?<=\n)|(?<=[.!?][\"”’]\s))"

# Sentence-led notices: (name, kind, regex). Kind None means: judged from the notice's words.
_EARLIER = EARLIER
SENTENCE_LED: list[tuple[str, str | None, LazyPattern]] = [
    (
        "earlier_version",
        None,
        LazyPattern(
            rf"\b(?:(?:An?|The)\s+)?{EARLIER_VERSION}(?:s)?"
            rf"(?:\s+of\s+(?:(?:this|our)\s+(?:[\w’'-]+\s+){{0,2}}?|the\s+(?:[a-z-]+\s+)?){ITEM}\b"
            rf"|(?!\s+of\b))",
            re.I,
        ),
    ),
    (
        "earlier_item",
        None,
        LazyPattern(
            rf"\b(?:An?|The)\s+{_EARLIER}\s+(?:headline|tweet|post|story|article|report|caption|"
            rf"photo\s+caption|graphic|chart|summary)\s+(?=(?:[\w’',-]+\s+){{0,6}}?{ERROR_VERB})",
            re.I,
        ),
    ),
    (
        "this_item_changed",
        None,
        LazyPattern(
            THIS_ITEM_CHANGED,
            re.I,
        ),
    ),
    (
        # "This article originally misstated ...", "This story incorrectly said ...": the
        # item owns up to its own error, without "an earlier version".
        "this_item_erred",
        "correction",
        LazyPattern(
            rf"\bThis\s+(?:[\w-]+\s+)?{ITEM}\s+(?:(?:originally|initially|previously|first|"
            rf"also|had)\s+)?(?:{MIS_VERB}|{ADVERB_ERR}\s+\w+)\b",
            re.I,
        ),
    ),
    (
        # "A clarification was appended to this article on 11 October 2023 ...": the
        # Guardian's wording for a note added below the text; its noun gives the kind.
        "note_appended",
        None,
        LazyPattern(
            r"\b(?:An?|The)\s+(?:correction|clarification|editor['’]s\s+note|footnote|note)\s+"
            rf"(?:was|has\s+been|have\s+been|had\s+been)\s+(?:appended|added|attached)\s+to\s+"
            rf"(?:this|the)\s+{ITEM}\b",
            re.I,
        ),
    ),
    (
        "editing_error",
        "correction",
        LazyPattern(
            r"\b(?:Because\s+of|Due\s+to|Owing\s+to|As\s+a\s+result\s+of|Through)\s+an?\s+"
            r"(?:editing|editor['’]?s|editorial|reporting|production|transcription|translation|"
            r"typographical|technical|an?\s+)?\s*(?:error|mistake)s?\b|"
            r"\bAn?\s+(?:editing|editorial|reporting|production|transcription|translation)\s+"
            r"(?:error|mistake)\b",
            re.I,
        ),
    ),
    (
        "we_erred",
        None,
        LazyPattern(
            rf"\b[Ww]e\s+(?:(?:had|have)\s+)?(?:\w+ly\s+)?(?:{MIS_VERB}|{ADVERB_ERR}\s+\w+)|"
            rf"{WE_HAD_SAID}|{WE_WITHDREW}",
        ),
    ),
    (
        "passive_in_item",
        "correction",
        LazyPattern(
            rf"\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+)?"
            rf"(?:{MIS_VERB}|{ADVERB_ERR}\s+\w+)\s+in\s+(?:an?|the|our|this|"
            rf"(?:yesterday|today|\w+day)['’]s)\s+(?:[\w’'-]+\s+){{0,3}}?{ITEM}\b",
            re.I,
        ),
    ),
    (
        "set_record",
        "correction",
        LazyPattern(
            r"\b(?:set|put)\s+the\s+record\s+straight\b|\b(?:we|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+"
            r"regrets?\s+(?:the|this|these|any)\s+(?:errors?|mistakes?)\b|"
            r"\b[Ww]e\s+apologi[sz]e\s+for\s+(?:the|this|these|our)\s+(?:errors?|mistakes?)\b",
        ),
    ),
    # French, German, Spanish sentence-led notices.
    (
        "fr_led",
        None,
        LazyPattern(
            r"\b(?:(?:Dans\s+)?(?:Une|La|une|la))\s+(?:(?:précédente|première|ancienne)\s+version|"
            r"version\s+(?:précédente|antérieure|initiale|originale))\s+de\s+(?:cet|cette|notre|"
            r"ce\s+(?:texte|reportage|portrait|papier|billet|live|direct|sujet))\b|"
            r"\b(?:Cet|Cette)\s+(?:article|dépêche|information)\s+a\s+été\s+(?:corrigée?|modifiée?|"
            r"mise?\s+à\s+jour|rectifiée?|actualisée?)|"
            r"\b[Cc]ontrairement\s+à\s+ce\s*-?\s*(?:que|qu['’])\s*(?:nous|indiqu|écri|affirm|"
            r"laiss|annonç)|"
            r"\b[Ee]n\s+dépit\s+de\s+ce\s*-?\s*qu['’]\s*(?:indiqu|écri|affirm|laiss|annonç)|"
            r"\b(?:Une|Des)\s+erreurs?\s+(?:s['’]est|se\s+sont)\s+glissée?s?|"
            r"\b[Nn]ous\s+avons\s+(?:écrit|indiqué|affirmé|annoncé)\s+(?:par\s+erreur|à\s+tort)",
        ),
    ),
    (
        "de_led",
        None,
        LazyPattern(
            r"\b(?:In\s+einer|Eine)\s+(?:früheren|vorherigen|ersten|älteren)\s+(?:Version|Fassung)|"
            r"\b(?:Dieser|Der)\s+(?:Artikel|Text|Beitrag)\s+(?:wurde|ist)\s+(?:[\w.,]+\s+){0,4}?"
            r"(?:korrigiert|geändert|aktualisiert|ergänzt|berichtigt|präzisiert)|"
            r"\b(?:Anders\s+als|Entgegen\s+der\s+Darstellung)\s+(?:zunächst\s+)?(?:in\s+)?"
            r"(?:unserem|unserer|dem|der|diesem)\s+|"
            r"\b[Ww]ir\s+(?:haben|hatten)\s+(?:\w+\s+){0,4}?(?:fälschlich(?:erweise)?|irrtümlich)|"
            r"\b(?:Hier|Dort|In\s+dem\s+Artikel)\s+(?:\w+\s+){0,3}?hieß\s+es\s+(?:fälschlich|irrtümlich)",
        ),
    ),
    (
        "es_led",
        None,
        LazyPattern(
            r"\b(?:(?:En\s+)?(?:Una|La|una|la))\s+(?:versión|edición)\s+(?:anterior|previa|original)\s+"
            r"de\s+(?:esta|este|nuestr[oa]|(?:la|el)\s+(?:nota|noticia|información|crónica|"
            r"reportaje|entrevista|columna)\b)|"
            r"\b(?:Este|Esta)\s+(?:artículo|nota|noticia|información)\s+(?:fue|ha\s+sido)\s+"
            r"(?:corregid[oa]|modificad[oa]|actualizad[oa]|rectificad[oa])|"
            r"\b[Pp]or\s+(?:un\s+)?error\s+(?:de\s+\w+\s+)?(?:se\s+)?(?:publicó|publicamos|"
            r"escribimos|informamos|indicamos|se\s+dijo|se\s+indicó|se\s+afirmó)|"
            r"\b[Cc]ontrariamente\s+a\s+lo\s+(?:publicado|informado)|"
            r"\b[Ee]n\s+(?:una|la)\s+(?:nota|información|noticia)\s+(?:publicada\s+)?(?:\w+\s+){0,6}?"
            r"(?:se\s+)?(?:indicó|informó|dijo|afirmó|publicó)\s+(?:erróneamente|por\s+error)",
        ),
    ),
]

# Italian and Portuguese: read for their notices only, as the other languages are.
SENTENCE_LED += [
    (
        "it_led",
        None,
        LazyPattern(
            r"\b(?:In\s+una|Una|La)\s+(?:precedente|prima)\s+versione\s+(?:di|del|dell['’])|"
            r"\b(?:In\s+una|Una|La)\s+versione\s+(?:precedente|originale)\s+(?:di|del|dell['’])|"
            r"\b(?:Questo|Quest['’])\s*(?:articolo|testo)\s+(?:è\s+stato|era\s+stato)\s+"
            r"(?:corretto|modificato|aggiornato|rettificato)",
        ),
    ),
    (
        "pt_led",
        None,
        LazyPattern(
            r"\b(?:Numa|Em\s+uma|Uma|A)\s+versão\s+(?:anterior|original|inicial)\s+d(?:esta|este|o|a)\b|"
            r"\b(?:Esta|Este)\s+(?:reportagem|notícia|texto|artigo|matéria)\s+(?:foi|já\s+foi)\s+"
            r"(?:corrigid[oa]|atualizad[oa]|alterad[oa]|actualizad[oa])|"
            # Público's timed line: "Notícia corrigida às 15h20: ...", "Texto actualizado às ...".
            r"^(?:Not[ií]cia|Texto|Artigo|Reportagem|Mat[ée]ria)\s+(?:corrigid[oa]|atualizad[oa]|"
            r"actualizad[oa]|alterad[oa])\s+(?:às|em|a)\s+\d",
        ),
    ),
]

# A corrections-column item: a sentence that opens by naming one of our own items.
_DAYREF = (
    rf"(?:(?:{_WEEKDAYS})['’]s|yesterday['’]s|last\s+\w+['’]s|"
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))"
)
# The items an undated opener may name: not those usually someone else's (a report by an
# inspector, an interview with a senator).
COLUMN_ITEM = (
    r"(?:article|story|stories|post|blog\s+post|column|editorial|feature|headline|subhead(?:line)?|"
    r"caption|photo(?:graph)?|picture|image|chart|graphic|map|table|video|obituary|review|item|"
    r"piece|tweet|newsletter|episode|segment|broadcast|podcast|op-ed|essay|recap|section|edition|"
    r"photo\s+caption|news\s+alert|live\s+blog|liveblog)"
)
# Between the opening words and the item: no verb, no possessive pronoun ("In a statement,
# the paper said its story ..." is about someone else's story).
_NOT_A_VERB = r"(?![a-z]+ed\b|(?:its|their|his|her|has|had|was|is|said|says|told)\b)"
COLUMN_OPENER = LazyPattern(
    rf"^(?:[^.!?\n]{{1,60}}?\s[—–]\s)?"  # an optional headline: "Director's name — "
    rf"(?:(?:An?|The|Our)\s+(?:{_NOT_A_VERB}[\w’'.,&-]+\s+){{0,5}}?{COLUMN_ITEM}\b"
    rf"|(?:An?|The)\s+{_DAYREF}\s+(?:[\w’'.,&-]+\s+){{0,3}}?{ITEM}\b"
    rf"|(?:(?:{_WEEKDAYS})['’]s|yesterday['’]s|last\s+\w+['’]s)\s+(?:[\w’'.,&-]+\s+){{0,3}}?{COLUMN_ITEM}\b"
    rf"|In\s+(?:an?|the|our|this|last|yesterday['’]s|{_DAYREF})\s+(?:{_NOT_A_VERB}[\w’'.,&()-]+\s+){{0,6}}?"
    rf"(?:{COLUMN_ITEM}\b|(?<=\d\s)(?-i:[A-Z])[\w-]+|(?<=\d,\s)(?-i:[A-Z])[\w-]+)"
    rf"|In\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}\s+(?=we\b)"
    rf"|On\s+{_DAYREF}?\d{{0,2}}\s*(?:{_MONTHS})?\.?\s*(?:\d{{4}}\s*)?,?\s*we\s+(?:published|ran|reported|said)\b)",
    re.I,
)
# Words that make a column opener a notice: an error, or "should have".
COLUMN_CUE = LazyPattern(
    rf"\b(?:{ERROR_VERB}|should\s+(?:have|not\s+have)|errors?\b|in\s+doubt\b|"
    r"incorrect(?:ly)?\b|inaccura|set\s+the\s+record\s+straight|we\s+regret|"
    r"(?:^|[.!?]\s+)(?:In\s+fact|Actually|In\s+reality),)",
    re.I,
)
DATED_COLUMN_OPENER = LazyPattern(
    rf"^(?:An?|The|Our)\s+(?:{_DAYREF}\s+)?{ITEM}\s+(?:on|in|of|published|last)\s+", re.I
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
ATTRIBUTION = LazyPattern(
    r"\b(?:said|says|told|according\s+to|claimed|claims|argued|insisted|alleged|alleges|"
    r"tweeted|complained|wrote\s+(?:on|in)\s+(?:twitter|x|facebook))\b",
    re.I,
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

# Newspaper and journal words: an item "in the Sentinel" or "by the Gazette" is theirs.
OUTLET_WORDS = (
    r"(?:Times|Post|Journal|Tribune|Guardian|Reuters|Associated\s+Press|AP|CNN|BBC|Fox|NBC|ABC|"
    r"CBS|MSNBC|NPR|Bloomberg|Herald|Telegraph|Mail|Gazette|Politico|Axios|HuffPost|BuzzFeed|"
    r"Vox|Economist|Spiegel|Monde|País|Figaro|Zeit|Courier|Sentinel|Chronicle|Mercury|Ledger|"
    r"Examiner|Observer|Globe|Bulletin|Inquirer|Register|Dispatch|Independent|Nature|Science|"
    r"Lancet|Atlantic|Newsweek|Spectator|Express|Mirror|Standard|Record|Star|Sun|Press|Daily|"
    r"Weekly|Reuters|Bloomberg)"
)
# After the item of a column opener: words that make the item someone else's ("in the
# Sentinel", "in The Spectator", "in its Sunday edition", "in the rival paper's").
OTHERS_ITEM = LazyPattern(
    rf"^(?:\s+[\w-]+){{0,4}}?[\s,]*(?:\([^()]{{0,80}}\)\s*)?(?:in|by|from|for|of)\s+(?:"
    rf"(?:the\s+|an?\s+)?(?:[\w’'.-]+\s+){{0,3}}?(?-i:{OUTLET_WORDS})\b|"
    r"(?-i:The\s+[A-Z])|(?:its|their|his|her|a\s+rival|the\s+rival|another|other)\b|"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?!(?:yesterday|today|tomorrow|week|weekend|month|"
    r"year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)[\w-]+['’]s\s)",
    re.I,
)
# A possessive in the opener before the item ("The station's story") names its owner;
# days and our own words do not ("Monday's article", "this newspaper's review").
OPENER_POSSESSIVE = LazyPattern(
    r"(?<!\bthis\s)(?<!\bour\s)\b(?!(?:yesterday|today|tomorrow|week|weekend|month|year|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)(?P<owner>[\w-]+)['’]s\s",
    re.I,
)
# A Guardian-style citation of our own item: "(Turbines approved, 2 March, page 14)".
CITED_OPENER = LazyPattern(rf"^(?:An?|The|Our)\s+(?:[\w’'.,&-]+\s+){{0,5}}?{ITEM}\b", re.I)
PAGE_CITATION = LazyPattern(PAGE_CITATION_TEXT, re.I)
