"""Claims and their fixes across sentences, and the frames cut from the values read.

The structures of ``contrast`` that piece values together from more than one sentence
read here: "misnamed ... as Y" (``as_named``) with the fix the sentence goes on to state,
the next one states or the one before stated; a claim ("stated that X was born in 1922",
"abbiamo scritto che ...") and the sentence that corrects it, aligned word by word
(``claim_and_fix``, ``align``); and one value alone ("corrected to X", "gave the wrong
year. It opened in 1987": ``one_side``). The frames a reading leaves around its values
are cut here too (``_trim_frame``, ``_number_cores``, ``_drop_lead_word``,
``_drop_shared_preposition``): a linking verb one side lacks, the words around a figure
the other side gives alone, a preposition of time or place both share.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from revtrack.notices.align import (
    NUMBER,
    STRIP,
    claim_then_fix,
    diff_values,
    is_measure,
    is_unit,
    values_of_kind,
)
from revtrack.notices.align import norm as norm_word
from revtrack.notices.language import wordset
from revtrack.notices.patterns import ADVERB_ERR, ERROR_VERB_RE, MIS_VERB
from revtrack.sentences import sentence_spans

if TYPE_CHECKING:
    from revtrack.notices.contrast import Clause

_Y_END = re.compile(
    r"\s+as\s+(?:stated|reported|we|the|it|was|previously|originally|earlier|had|an?\s)|"
    r"\s+(?:which|who|como|come|wie|comme)\s+|[;!?](?:\s|$)|,\s+(?!\d|[A-Z][a-z]{0,4}\.)|\s+\(|$",
    re.I,
)
_QUOTED = re.compile(r"[\"“„«‘‚‹]([^\"“”„«»‘’‚‹›]{1,300}?)[,.]?[\"”“»’‘›](?!\w)")
_AS_VALUE = re.compile(
    rf"(?P<verb>{ERROR_VERB_RE.pattern}|\breferred\s+to|\bdescribed|\bidentified|\blisted|\bgave|"
    # the passive of a claim: "was inadvertently given as 25", "was mentioned as Rs. 500 crore"
    r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:given|mentioned|published|printed|captioned|named|"
    r"spelt|spelled|rendered|written|shown|stated|reported|quoted|credited|labell?ed|titled|"
    r"listed|described|identified|referred\s+to)(?:\s+\w+ly)?)"
    r"(?:\s+(?P<object>[^;]{0,200}?))?\s+as\s+(?P<wrong>[^;]{1,200}?)"
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
    r"(?<!\bSgt)(?<!\bCol)(?<!\bLt)(?<!\bCapt)(?<!\bProf)(?<!\b[A-Z])(?<!\bRs)(?<!\bNo)"
    r"(?=[.;](?:\s|$)|,\s+(?:and|but|when|while|which)\b|$)",
    re.I,
)
_CORRECTED_TO = re.compile(
    r"\b(?:corrected|reverted|restored)\s+(?:\w+\s+){0,3}?to\s+(?:(?:show|say|reflect|note|indicate|state|make\s+clear)"
    r"\s+(?:that\s+)?)?(?P<right>[\"“'‘][^\"”'’]{1,80}[\"”'’]|(?:[^,;.)]|[,.](?=\d)){1,80})",
    re.I,
)
# A wire trailer that gives only the new value: "(Corrects size of bond sale in second
# paragraph to $500 million.)". The value opens with a figure or a capital: "to show ..."
# and "to remove ..." are the trailer's purpose, not a value.
_CORRECTS_TO = re.compile(
    r"\bcorrects?\s+(?:[\w’'-]+\s+){1,12}?to\s+(?P<right>(?-i:[$€£\d]|[A-Z])(?:[^,;()]|,(?=\d)){0,79}?)"
    r"(?=[;)]|,(?!\d)|\.(?:\s|$)|$)",
    re.I,
)
_SHOULD_HAVE = re.compile(
    r"\bshould\s+have\s+(?:said|read|stated|been|indicated|identified|noted|named|called|"
    r"referred\s+to|described|given)\s+(?:that\s+|as\s+)?(?P<right>[^;]{1,200}?)(?=;|\.?$)",
    re.I,
)
_CLAIM = re.compile(
    r"(?:\b(?:stated|said|reported|indicated|suggested|mentioned|wrote|claimed|asserted|"
    r"implied|had\s+said|had\s+reported)\s+(?:that\s+)?|^\s*that\s+|\breferred\s+to\s+|"
    r"\bhieß\s+es,?\s+(?:dass\s+)?|\bstand,?\s+(?:dass\s+)?|\b(?:schrieben|berichteten|meldeten)\s+wir,?\s+(?:dass\s+)?|"
    r"\b(?:indiquait|affirmait|écrivait|précisait|annonçait|disait)\s+(?:qu['’]\s*|que\s+)|"
    r"\b(?:écrit|indiqué|affirmé|annoncé)\s+(?:par\s+erreur\s+|à\s+tort\s+)?(?:qu['’]\s*|que\s+)|"
    r"^\s*(?:que\s+|qu['’]\s*|dass\s+)|"
    r"\b(?:se\s+)?(?:indicó|afirmó|informó|dijo|afirmaba|indicaba|decía|publicó)\s+que\s+|"
    r"\b(?:abbiamo|avevamo|era|è\s+stato)\s+(?:erroneamente\s+)?(?:scritto|indicato|riportato|"
    r"affermato)\s+che\s+|\b(?:si\s+leggeva|si\s+affermava|si\s+diceva)\s+che\s+|"
    r"\b(?:escrevemos|publicamos|informamos|dissemos|informava|dizia|afirmava)\s+"
    r"(?:(?:incorretamente|erroneamente|equivocadamente|erradamente)\s+)?que\s+|"
    r"\bfoi\s+(?:publicado|informado|escrito)\s+que\s+)"
    r"(?P<claim>[^;]{3,400})$",
    re.I,
)
_CALLED = re.compile(
    r"\b(?:called|named|labell?ed|described|termed)\s+(?:[A-Z][\w.'’-]*\s+){1,5}"
    r"(?P<wrong>(?:an?|the)\s+[^.;,]{1,80})",
)
# The fix's lead-in: "asked us to make clear that ...", "has since clarified the figure is".
_MAKE_CLEAR = re.compile(
    r"\b(?:(?:make|made|makes)\s+clear|clarif(?:y|ied|ies)|point(?:ed|s)?\s+out|"
    r"confirm(?:ed|s)?)\s+(?:that\s+)?",
    re.I,
)
_NOW = re.compile(
    r"\bnow\s+(?:correctly\s+)?(?:states?|says?|reads?|reports?)\s+(?:correctly\s+)?(?:that\s+)?",
    re.I,
)
_CORRECTION_LEAD = re.compile(
    r"^(?:in\s+fact,?\s+|actually,?\s+|however,?\s+|but\s+|rather,?\s+|instead,?\s+|"
    r"tatsächlich\s+|in\s+wahrheit\s+|richtig\s+ist:?\s+|das\s+ist\s+falsch[,:;]?\s+|"
    r"c['’]est\s+faux[,:;]?\s+|eso\s+es\s+falso[,:;]?\s+|(?:this|that|it)\s+(?:is|was)\s+(?:wrong|incorrect|not\s+(?:correct|true|the\s+case))[,:;.]?\s+|en\s+réalité,?\s+|en\s+fait,?\s+|"
    r"en\s+realidad,?\s+|de\s+hecho,?\s+|in\s+realtà,?\s+|na\s+verdade,?\s+|"
    r"na\s+realidade,?\s+|in\s+wirklichkeit,?\s+|richtig\s+ist\s+vielmehr,?\s+|"
    r"(?:subsequent|further|later|new)\s+(?:reporting|information|research)\s+"
    r"(?:indicates|shows|revealed|reveals|indicated|showed)\s+(?:that\s+)?|"
    r"(?:however,?\s+)?subsequent\s+information\s+revealed\s+that\s+)+",
    re.I,
)
_NAME_PART = re.compile(
    r"\b(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s\s+"
    r"(?P<part>forename|first\s+name|given\s+name|surname|last\s+name|family\s+name|name)\b",
)
_PART_WORDS = re.compile(
    r"\b(?P<part>first\s+name|forename|given\s+name|surname|last\s+name|family\s+name)\b", re.I
)
_LEADING_POSSESSIVE = re.compile(r"^(?:the|its|his|her|their)\s+[\w-]+['’]s?\s+(?=\w)", re.I)


# Brackets that cite or date the notice rather than state a value: a column item's
# "(“Headline”, 3 March, page 22)" and the WSJ's "(Corrected on April 22, 2024)".
_ASIDE = re.compile(
    r"\([^()\n]{3,160}?,\s*(?:p\.|page|pages|p)\s*\d{1,3}\s*\)|"
    r"\((?:corrected|updated|amended|clarified)\s+(?:on\s+)?[^()\n]{3,60}\)",
    re.I,
)


@cache
def _citation() -> re.Pattern[str]:
    """A bracket that cites the piece: it opens with the piece's quoted title ("(“Town hall
    row”, News, 14 June)") or dates it ("(News, May 3)", "(Sport, last week)"), in the
    month and day names of any registered language."""
    from revtrack.lang import registered

    names = {w for lang in registered() for w in (*lang.months, *lang.weekdays)}
    dated = "|".join(sorted((re.escape(n) for n in names if len(n) > 2), key=len, reverse=True))
    # Before the date, only the names of sections and pages: "(Observer Magazine, 26 October)".
    lead = r"(?:(?-i:[A-Z0-9])[\w&'’.-]*,?\s+){0,5}"
    return re.compile(
        r"\((?:[“\"‘][^()\n]{1,160}?[”\"’][^()\n]{0,80}|"
        rf"{lead}(?:\d{{1,2}}\s+)?(?:{dated}|last\s+week|yesterday)\b\.?[^()\n]{{0,60}})\)",
        re.I,
    )


def _blank_asides(text: str) -> str:
    """``text`` with its citing and dating brackets turned to spaces: the offsets stay, so
    every value read from it still stands in the notice as it is written."""
    text = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    return _citation().sub(lambda m: " " * len(m.group(0)), text)


_BE = re.compile(r"^(?:was|were|is|are|being)\s+(?=\S)", re.I)
_NUMERIC_TOKEN = re.compile(r"^(?:[$€£]\s?)?\d[\d,.]*(?:-\d+|%|[A-Za-z]{1,3}\b)?$")


def _trim_frame(wrong: str | None, right: str | None) -> tuple[str | None, str | None]:
    """The two values without the sentence frame they share.

    A claim is often read as a whole predicate: "was approved" against "rejected",
    "8GB of RAM" against "12GB". A leading "was" that the other side lacks, and the
    claim's words around its number when the fix is that number alone, are the
    sentence's, not the value's. The fix keeps its words: "ten years later" against
    "1937" is how the notice puts it.
    """
    if not wrong or not right:
        return wrong, right
    if _BE.match(wrong) and not _BE.match(right):
        wrong = _BE.sub("", wrong, count=1)
    if _BE.match(right) and not _BE.match(wrong):
        right = _BE.sub("", right, count=1)
    wrong = _number_of(wrong, right) or wrong
    return wrong, _after_preposition(right, wrong)


# The prepositions that set a figure in a sentence: "a coupon of 4.75%".
_FIGURE_LEADS = wordset("of at to for by from with ")


def _after_preposition(value: str, other: str) -> str:
    """ "of 4.75%" against "4.5%": the preposition before a lone figure is the sentence's.
    Other words stay ("ten years later" against "1937")."""
    words = value.split()
    if (
        len(words) == 2
        and words[0].lower() in _FIGURE_LEADS
        and _is_number(words[1].strip(STRIP))
        and len(other.split()) == 1
        and _is_number(other.strip(STRIP))
    ):
        return words[1]
    return value


def _number_of(value: str, other: str) -> str | None:
    """The one number in ``value`` when ``other`` is a bare number: "five straight
    games" against "four" is "five", "voted 7-4" against "8-3" is "7-4"."""
    other_words = other.split()
    if len(other_words) != 1 or not _is_number(other_words[0]):
        return None
    words = value.split()
    numbers = [i for i, w in enumerate(words) if _is_number(w.strip(STRIP))]
    if len(words) > 1 and len(numbers) == 1:
        at = numbers[0]
        if at + 1 < len(words) and is_unit(words[at + 1]) and words[at + 1].lower() in _SHORT_UNITS:
            return f"{words[at].strip(STRIP)} {words[at + 1].strip(STRIP)}"  # "125 ml"
        return words[at].strip(STRIP)
    return None


# Units of measure written apart from their figure: "125 ml", "3 lb", "40 km".
_SHORT_UNITS = wordset("ml g kg mg lb lbs oz cm mm km m mi ft in l")


def _is_number(word: str) -> bool:
    return bool(NUMBER.match(word) or _NUMERIC_TOKEN.match(word))


# Calendar words in the notices' languages: a value that starts with one is a date.
_CALENDAR = wordset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag janvier février mars avril juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero "
    "marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes "
    "miércoles jueves viernes sábado domingo gennaio febbraio aprile maggio giugno luglio "
    "settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "janeiro fevereiro março maio junho julho setembro outubro dezembro segunda-feira "
    "terça-feira quarta-feira quinta-feira sexta-feira "
)
# Words that put a date, a time, a year or a place into a sentence ("on Tuesday", "in
# Cumbria", "il 3 giugno", "no dia 5"): the sentence's, not the value's.
_DATE_LEAD = re.compile(
    r"^(?:on|am|le|il|el|no\s+dia|em|en|el\s+día|il\s+giorno|au|à|in|im|at|um|alle|às)\s+(?=\S)",
    re.I,
)
_PLACE_LEAD = re.compile(r"^(?:in|at|on)\s+(?=(?-i:[A-Z]))", re.I)


def _starts_like_date(rest: str) -> bool:
    first = rest.split()[0].strip(STRIP).lower() if rest.split() else ""
    return first[:1].isdigit() or first in _CALENDAR


def _drop_lead_word(value: str | None, other: str | None) -> str | None:
    """``value`` without the preposition or article that sets a date, time, year or place
    in its sentence: "on March 14" is "March 14", "in Cumbria" "Cumbria", "il 3 giugno"
    "3 giugno". Words after it in lower case stay ("in the low millions of dollars"), and
    so do German nouns ("im Totenreich"), which are capitalised but no place names.
    """
    if not value:
        return value
    lead = _DATE_LEAD.match(value)
    if lead and _starts_like_date(value[lead.end() :]):
        return value[lead.end() :]
    lead = _PLACE_LEAD.match(value)
    # A place both sides name ("in Dayton" against "in Toledo") or the other side names
    # bare: the preposition belongs to the sentence.
    if (
        lead
        and len(value.split()) <= 5
        and (other is None or _PLACE_LEAD.match(other) or other[:1].isupper())
    ):
        return value[lead.end() :]
    return value


_AGENT_LEAD = re.compile(r"^(?:by|por|par|von|da|per|pelo|pela|for|para|pour|für)\s+(?=\S)", re.I)


def _drop_shared_preposition(
    wrong: str | None, right: str | None, language: str = "en"
) -> tuple[str | None, str | None]:
    """ "por la CNMC y no por el Gobierno": a preposition both values open with is the
    sentence's; what each names is the value ("la CNMC", "el Gobierno"). Only the notice's
    own language's prepositions count: "a" is one in Italian and an article in English."""
    if not wrong or not right:
        return wrong, right
    lead_w, lead_r = _AGENT_LEAD.match(wrong), _AGENT_LEAD.match(right)
    if lead_w and lead_r and lead_w.group(0).lower() == lead_r.group(0).lower():
        return wrong[lead_w.end() :], right[lead_r.end() :]
    # "à Lyon et non à Lille", "niet op vrijdag maar op zaterdag": any language's
    # preposition both open with, before a name, a figure or a day.
    w_words, r_words = wrong.split(), right.split()
    if (
        len(w_words) > 1
        and len(r_words) > 1
        and w_words[0].lower() == r_words[0].lower()
        and w_words[0].lower() in _prepositions_of(language)
        and all(_named_or_dated(v[1]) for v in (w_words, r_words))
    ):
        return " ".join(w_words[1:]), " ".join(r_words[1:])
    return wrong, right


@cache
def _prepositions_of(language: str) -> frozenset[str]:
    from revtrack.notices.contrast import words_for

    raw = words_for(language).raw
    return frozenset(raw.prepositions - raw.articles)


def _named_or_dated(word: str) -> bool:
    token = word.strip(STRIP)
    return token[:1].isupper() or token[:1].isdigit() or token.lower() in _calendar_words()


@cache
def _calendar_words() -> frozenset[str]:
    from revtrack.lang import registered

    return _CALENDAR | frozenset(w for lang in registered() for w in (*lang.months, *lang.weekdays))


_NUMBER_RUN = re.compile(
    r"(?:(?:about|around|nearly|almost|roughly|approximately|some|only|just|more\s+than|"
    r"fewer\s+than|less\s+than|at\s+least)\s+)?"
    r"(?:[$€£]\s?)?\d[\d,.:]*(?:-\d+)?(?:%|[A-Za-z]{1,3}\b)?"
    r"(?:\s+(?:million|billion|trillion|thousand|mila|mil|millones|milioni|millions|milliards|"
    r"Millionen|Milliarden|milhões|bilhões|p\.m\.|a\.m\.|pm|am)(?!\w))?",
    re.I,
)


def _number_cores(wrong: str | None, right: str | None) -> tuple[str | None, str | None]:
    """Two numbers each read with words of their own sentence: just the numbers.

    "won 3-1" against "The final score was 3-2", "approved the budget 5-2" against "The
    vote was 6-1": when both sides hold one number and words the other side does not
    share, those words are each sentence's frame. A unit both sides put after their
    numbers stays ("40 metres"); a side that is its number alone leaves the other as it is
    ("1937" against "ten years later").
    """
    if not wrong or not right:
        return wrong, right
    if any(w.strip(STRIP).lower() in _CALENDAR for v in (wrong, right) for w in v.split()):
        return wrong, right  # "15 de maio" is a date, not the number 15
    cores = [list(_NUMBER_RUN.finditer(v)) for v in (wrong, right)]
    if any(len(c) != 1 for c in cores):
        return wrong, right
    values = (wrong, right)
    tails = [value[match.end() :].split() for (match,), value in zip(cores, values, strict=True)]
    firsts = [norm_word(t[0]) if t else "" for t in tails]
    found = []
    for (match,), value, tail, mine, theirs in zip(
        cores, values, tails, firsts, reversed(firsts), strict=True
    ):
        # A unit right after the number is the value's: "187 times", "14 percent". A noun
        # that counts ("1,200 workers") is the value's only when the other side counts it too.
        unit = tail[0].strip(STRIP) if tail and is_unit(tail[0]) else ""
        if unit and not is_measure(unit) and mine != theirs:
            unit = ""
        core = f"{match.group(0).strip()} {unit}".strip()
        if core == value.strip(STRIP):
            return wrong, right
        left = value[: match.start()] + " " + " ".join(tail[1:] if unit else tail)
        found.append((core, {w.lower().strip(STRIP) for w in left.split()} - {""}))
    (wrong_core, wrong_rest), (right_core, right_rest) = found
    if not wrong_rest or not right_rest or wrong_rest == right_rest:
        return wrong, right
    return wrong_core.strip(STRIP), right_core.strip(STRIP)


# "An earlier version of this story said ...": the item's own verb, when no error verb is used.
_ITEM_VERB = re.compile(
    r"(?:(?<=version\s)|(?<=article\s)|(?<=story\s)|(?<=headline\s)|(?<=caption\s))"
    r"(?:said|stated|reported|described|referred\s+to|called|gave|listed|identified|suggested|"
    r"indicated|included)\b",
    re.I,
)


def _normalise_verb(verb: str) -> str:
    return " ".join(verb.lower().split())


_SUBJECT_END = re.compile(
    r"\s+(?:as|in|on|at|when|because|who|which|by|after|and\s+(?:its|his|her|their)|"
    r"with)\s+|[.;(]|,(?!\d)|\s[—–]\s|$"
)


_PASSIVE_SUBJECT = re.compile(
    r"(?:^|[:.]\s+)(?:(?:the\s+)?(?:name|spelling)\s+of\s+)?(?P<subject>[^.:;]{3,100}?)\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?$",
    re.I,
)
_IN_ITEM = re.compile(
    r"\s+in\s+(?:an?|the|our|this)\s+(?:[\w-]+\s+){0,2}?(?:version|edition|article|story|headline|"
    r"caption|report|post|column|item)\b.*$",
    re.I | re.S,
)


def _subject(text: str, verb_start: int, start: int) -> str | None:
    rest = text[start : start + 200].lstrip()
    if re.match(r"(?:as|in|on)\b", rest, re.I):
        # A passive: "The name of X was misspelled as Y" is about X.
        passive = _PASSIVE_SUBJECT.search(text[max(0, verb_start - 200) : verb_start])
        return passive.group("subject").strip(STRIP) if passive else None
    rest = re.sub(r"^(?:that|the\s+name\s+of|the\s+spelling\s+of)\s+", "", rest, flags=re.I)
    end = _SUBJECT_END.search(rest)
    subject = rest[: end.start()] if end else rest
    subject = subject.strip(STRIP)
    if not subject or len(subject.split()) > 12:
        return None
    return subject


# A short abbreviation before a figure does not end a sentence: "Rs. 500", "No. 4".
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?-i:[A-Z])[a-z]{0,2}\.$")


def _sentences(text: str) -> list[str]:
    """Sentences, and the clauses a semicolon sets apart: "said 2019; it was 2020"."""
    spans: list[str] = []
    for a, b in sentence_spans(text):
        piece = text[a:b]
        if spans and _ABBREVIATION_END.search(spans[-1].rstrip()) and piece.lstrip()[:1].isdigit():
            spans[-1] = spans[-1].rstrip() + " " + piece.lstrip()
        else:
            spans.append(piece)
    found: list[str] = []
    for piece in spans:
        found.extend(c for c in _CLAUSE_SPLIT.split(piece) if c.strip())
    return found


# A semicolon parts two clauses; so does the full stop after an acronym ("belonged to the
# PP. It is in the PSOE."), which the sentence splitter takes for an abbreviation's.
_CLAUSE_SPLIT = re.compile(r";\s+|(?:(?<=\b[A-Z]{2}\.)|(?<=\b[A-Z]{3}\.))\s+(?=[A-ZÀ-Þ][a-zß-ÿ])")


# Auxiliaries before a participle: "no ha sido cancelada, sino aplazada" is about "cancelada".
_AUXILIARY = re.compile(
    r"^(?:ha\s+sido|han\s+sido|fue|es|est\s+|a\s+été|été|ist|wurde|war|è\s+stat[oa]|"
    r"foi|tem\s+sido)\s+(?=\S)",
    re.I,
)


# "to correct the name of the school's principal, who is Gloria Adeyemi".
_CORRECT_WHO_IS = re.compile(
    r"\bto\s+correct\s+the\s+(?:[\w-]+\s+){0,2}?of\s+[^.;]{1,120}?,\s+(?:who|which)\s+"
    r"(?:is|was|are|were)\s+(?P<right>[^,;]{1,80}?)\.?$",
    re.I,
)
_TO_CORRECT_PART = re.compile(
    r"\bto\s+correct\s+the\s+(?:[\w-]+\s+){0,2}?(?:name|spelling|title|age|figure|number|date|"
    r"year|day|time|location|score|total|amount)\b",
    re.I,
)
_PRONOUN_IS = re.compile(
    r"^\s*(?:He|She|It|They|(?:His|Her|Its|Their)\s+\w+)\s+(?:is|was|are|were)\s"
)
# "gave the wrong year for the opening. It opened in 1987.": the kind of value named, and
# the one value of that kind in the next sentence.
_WRONG_KIND = re.compile(
    r"\b(?:(?:gave|had|used|listed|included|showed|printed|reported|stated|published(?:\s+with)?)"
    r"\s+(?:an?\s+|the\s+)?(?:wrong|incorrect|inaccurate|erroneous|outdated)(?:\s+final)?|"
    r"misstated\s+(?:the|his|her|their|its)(?:\s+[\w-]+)?|"  # "misstated the vote count"
    r"(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:reported|stated|gave|listed|said)\s+the|"
    r"(?:reported|stated|gave|listed)\s+(?:incorrectly|wrongly|erroneously|mistakenly)\s+the|"
    r"(?:gave|reported|stated|listed)\s+(?:his|her|their|its|the)(?=\s+\w+\s+(?:incorrectly|"
    r"wrongly|erroneously|mistakenly)\b))\s+"
    r"(?P<kind>year|date|day|age|figure|number|total|amount|cost|price|score|time|tally|count|"
    r"percentage|value|size|height|length|distance|capacity|population|"
    r"byline|credit|author|photographer|location|place|venue|site|address)\b",
    re.I,
)
_YEAR_VALUE = re.compile(r"\b(?:1[5-9]|20)\d{2}\b")
_TIME_VALUE = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|[ap]m\b)|\b(?:noon|midnight)\b", re.I
)
_AT_PLACE = re.compile(
    r"\b(?:at|in|on)\s+(?:the\s+)?((?-i:[A-Z])[\w.'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.'’-]*){0,4})"
)


def _kind_of_value(sentence: str, following: str) -> tuple[str | None, str | None]:
    """The right value of the kind an error names, when the next sentence gives just one."""
    named = _WRONG_KIND.search(sentence)
    if not named or not following:
        return None, None
    kind = named.group("kind").lower()
    if kind in {"byline", "credit", "author", "photographer"}:
        by = _BY_NAME.search(following)  # "It was written by Omar Dentz."
        return (None, by.group("name").rstrip(STRIP)) if by else (None, None)
    if kind in {"location", "place", "venue", "site", "address"}:
        places = _AT_PLACE.findall(following)  # "It will be held at Memorial Park."
        return (None, places[0].rstrip(STRIP)) if len(places) == 1 else (None, None)
    if kind == "time":
        found = {m.group(0).strip() for m in _TIME_VALUE.finditer(following)}
    elif kind == "year":
        found = {m.group(0) for m in _YEAR_VALUE.finditer(following)}
    else:
        shape = "date" if kind in {"date", "day"} else "figure"
        found = set(values_of_kind(following, shape))
    return (None, found.pop()) if len(found) == 1 else (None, None)


_VERB_IN_OBJECT = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b[a-z]+ed\b")


def _as_value(sentence: str, following: str) -> tuple[str | None, str | None]:
    """ "misspelled X's forename as Y", "referred to X as Y. X's title is Z"."""
    as_value = _AS_VALUE.search(sentence)
    if not as_value:
        return None, None
    if _VERB_IN_OBJECT.search(as_value.group("object") or "") and re.match(
        r"(?:it|he|she|they|we|you|i)\s", as_value.group("wrong"), re.I
    ):
        return None, None  # "noted the rise as it reported": "as" opens a clause
    wrong = _IN_ITEM.sub("", as_value.group("wrong")).split(" (")[0]
    wrong = re.sub(r"^(?:saying|having\s+said)\s+(?:that\s+)?", "", wrong, flags=re.I)
    quoted = _QUOTED.search(wrong + " ")
    if quoted:
        wrong = quoted.group(1)  # "misquoted X as saying the plan was “dead”"
    right = _copula_predicate(following) if following else None
    if not (right and right.split()[0].lower() in _DETERMINERS):
        # "as the league's head of referees" against "Her title is deputy head of
        # referees": the owner is the sentence's. Against a fix that opens with its own
        # article ("She is the assistant principal") the whole phrase answers it.
        wrong = _LEADING_POSSESSIVE.sub("", wrong.strip(STRIP))
    wrong = wrong.strip(STRIP)
    if right is None and not (as_value.group("object") or "").strip():
        # "The name of the keeper, Jan Olsen, was misspelled as Jan Olson": the name is right.
        auxiliary = re.match(r"(?:was|were|been)\s+", as_value.group("verb"), re.I)
        passive = _PASSIVE_SUBJECT.search(
            sentence[: as_value.start() + (auxiliary.end() if auxiliary else 0)]
        )
        names = (
            re.findall(r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z])[\w.'’-]*)+", passive.group(0))
            if passive
            else []
        )
        right = names[-1] if names else None
    target = (as_value.group("object") or "").strip()
    if (
        right is None
        and re.search(r"identified$", as_value.group("verb"), re.I)
        and _CAPITALISED_RUN.fullmatch(target)
        and len(target.split()) <= 6
    ):
        # "incorrectly identified Sen. Lisa Ortega as Sen. Lisa Ortiz": the person named
        # first is who it was.
        right = target
    name_part = _NAME_PART.search(as_value.group("object") or "")
    if name_part:
        right = _name_part(name_part.group("name"), name_part.group("part"))
    part = _PART_WORDS.search(following or "") or _PART_WORDS.search(sentence)
    if part and right and len(wrong.split()) > len(right.split()):
        wrong = _name_part(wrong, part.group("part"))
    return wrong, right


# "wurde ... fälschlich als Sabine Hollmann bezeichnet", "è stato indicato come Marco
# Fedeli", "présenté comme", "identificado como": a name given in error, in four languages.
_AS_ABROAD = re.compile(
    r"\bals\s+(?P<de>[^.;,]{1,80}?)\s+(?:bezeichnet|genannt|angegeben|vorgestellt|identifiziert|"
    r"aufgeführt)\b|"
    r"\b(?:indicat[oaie]|definit[oaie]|descritt[oaie]|presentat[oaie]|identificat[oaie]|"
    r"présentée?s?|désignée?s?|identifiée?s?|décrite?s?|qualifiée?s?|indicad[oa]s?|"
    r"identificad[oa]s?|descrit[oa]s?|presentad[oa]s?|apresentad[oa]s?|citad[oa]s?)\s+"
    r"(?:\w+\s+){0,2}?(?:come|comme|como)\s+(?P<rom>[^.;,]{1,80}?)(?=[.;,]|$)",
    re.I,
)
# How the next sentence gives the right name or thing: "Er heißt Markus Kessler", "Si
# chiama Mario Fedeli", "Richtig ist Sabine Hellmann", "Il s'agit de ...".
_ABROAD_PREDICATE = re.compile(
    r"^(?:(?:er|sie|es|il|elle|él|ella|lui|lei|ele|ela)\s+)?(?:heißt|hieß|ist|war|est|s['’]appelle|"
    r"s['’]agit\s+de|se\s+llama|es|si\s+chiama|è|chama-se|se\s+chama|é)\s+(?P<value>.+?)\.?$",
    re.I,
)


def _named_as_abroad(sentence: str, following: str) -> tuple[str | None, str | None]:
    """A value named "als"/"come"/"comme"/"como", and what the next sentence names instead."""
    match = _AS_ABROAD.search(sentence)
    if not match:
        return None, None
    wrong = (match.group("de") or match.group("rom") or "").strip(STRIP)
    right = None
    fix = _CORRECTION_LEAD.sub("", following.strip())
    predicate = _ABROAD_PREDICATE.match(fix)
    if predicate:
        right = predicate.group("value")
    elif fix != following.strip() and 0 < len(fix.split()) <= 6:
        right = fix  # "Richtig ist Sabine Hellmann."
    return wrong or None, right.strip(STRIP) if right else None


_MISATTRIBUTED = re.compile(
    r"\bmisattributed\s+(?:[^.;]{0,80}?\s+)?to\s+(?P<wrong>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4})",
    re.I,
)
_BY_NAME = re.compile(r"\bby\s+(?P<name>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4})")


def _attributed_to(sentence: str, following: str) -> tuple[str | None, str | None]:
    """ "misattributed a remark to X. It was made by Y"."""
    match = _MISATTRIBUTED.search(sentence)
    if not match:
        return None, None
    by = _BY_NAME.search(following or "")
    return match.group("wrong"), by.group("name") if by else _copula_predicate(following or "")


def _called(sentence: str, following: str) -> tuple[str | None, str | None]:
    """ "wrongly called X a tenor. He is a baritone."."""
    called = _CALLED.search(sentence)
    if not called:
        return None, None
    return called.group("wrong"), _copula_predicate(following) if following else None


_MISIDENTIFIED = re.compile(
    r"\bmisidentified\s+(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov)\.?\s+)?(?:[A-Z][\w'’-]+\s+)*?(?P<surname>[A-Z][\w'’-]+)\b"
)
_WHICH_WAS = re.compile(
    rf"^(?P<right>[A-Z][^,;]{{0,60}}?(?:,\s*[A-Z][\w.]{{0,8}})?),\s+which\s+(?:was|were)\s+"
    rf"(?:also\s+)?(?:{MIS_VERB}|{ADVERB_ERR}\s+\w+)"
)


def _named_elsewhere(text: str) -> str | None:
    """ "Ana Ruiz chairs the board. An editing error misidentified Ms. Ruiz ..."."""
    match = _MISIDENTIFIED.search(text)
    if not match:
        return None
    surname = re.escape(match.group("surname"))
    full = re.search(
        rf"(?:^|(?<=[.!?]\s))(?P<name>(?:[A-Z][\w.'’-]*\s+){{1,3}}{surname})\s+(?:is|was|are|were)\b",
        text,
    )
    if full and full.group("name") != match.group(0).split(None, 1)[-1]:
        return full.group("name")
    return None


def _cut_at_full_stop(value: str) -> str:
    """The value up to the first full stop that ends a sentence (not "Gen." or "U.S.")."""
    for match in re.finditer(r"\.(?:\s|$)", value):
        word = re.search(r"[\w.]*$", value[: match.start()])
        token = word.group(0) if word else ""
        if len(token) <= 1 or "." in token or token.lower() in _ABBREVIATIONS:
            continue
        return value[: match.start()]
    return value


_CAPITALISED_RUN = re.compile(
    r"(?-i:[A-Z])[\w.'’&-]*(?:(?:,\s+|\s+(?:&\s+|of\s+|de\s+)?)(?-i:[A-Z])[\w.'’&-]*)*"
)
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})
_ABBREVIATIONS = wordset(
    "maj capt lt col cpl pvt adm brig cmdr rev hon prof det insp supt no vol fig sept "
    "gen sgt mr mrs ms dr st col lt gov sen rep jr sr inc corp co ltd rs "
    "jan feb mar apr jun jul aug sep oct nov dec "
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont "
    "neb nev okla ore pa penn tenn tex vt va wash wis wyo "
)


def _claim_and_fix(
    sentence: str, rest: list[str], previous: str = ""
) -> tuple[str | None, str | None]:
    """A claim ("stated that X was born in 1922") and the sentence that corrects it."""
    following = rest[0] if rest else ""
    verb = ERROR_VERB_RE.search(sentence) or _ITEM_VERB.search(sentence)
    tail = sentence[verb.end() :] if verb else sentence
    right_from_next = _copula_predicate(following) if following else None
    quoted_wrong = _QUOTED.search(tail)
    ends_clause = quoted_wrong and re.match(r"\s*(?:[.,;:)]|as\b|$)", tail[quoted_wrong.end() :])
    if quoted_wrong and quoted_wrong.start() < 40 and ends_clause:
        right = None
        for later in rest[:3]:
            now = _NOW.search(later)
            if now:
                quoted_right = _QUOTED.search(later[now.end() :])
                right = quoted_right.group(1) if quoted_right else None
                break
        if right is None and following:
            quoted_right = _QUOTED.search(following)
            right = quoted_right.group(1) if quoted_right else right_from_next
        return quoted_wrong.group(1), right
    claim = _CLAIM.search(tail) or _CLAIM.search(sentence)
    if not claim:
        return None, right_from_next
    claim_text = claim.group("claim")
    inline_fix = re.search(r",\s+(?:when|while|but)\s+(?:in\s+fact|actually|really)\s+", claim_text)
    if inline_fix:
        fix = claim_text[inline_fix.end() :]
        claim_text = claim_text[: inline_fix.start()]
    elif following:
        fix = following
        restated = _SHOULD_HAVE_SAID.match(fix.strip())
        if restated:
            # "The story should have said Y": the whole claim and its restatement.
            return claim_text.strip(STRIP), restated.group("right")
        clear = _MAKE_CLEAR.search(fix)
        if clear:
            fix = fix[clear.end() :]
    elif (
        previous
        and verb
        and not _SHOULD_HAVE.search(sentence)
        and not ERROR_VERB_RE.search(previous)
        and not previous.rstrip().endswith("?")
    ):
        fix = previous  # the fact came first
    else:
        return None, None
    claim_text = claim_text.strip(STRIP)
    fix = _CORRECTION_LEAD.sub("", fix.strip(STRIP))
    return _number_only(claim_text, *diff_values(claim_text, fix))


_SHOULD_HAVE_SAID = re.compile(
    r"^(?:The|This|That|Our)\s+(?:[\w-]+\s+)?(?:story|article|report|item|headline|caption|"
    r"post|version)\s+should\s+have\s+(?:said|reported|stated|read)\s+(?:that\s+)?"
    r"(?P<right>[^;]{3,300}?)\.?$",
    re.I,
)


def _number_only(claim: str, wrong: str | None, right: str | None) -> tuple[str | None, str | None]:
    """A bare number against a number with words the claim also has: the words are the
    sentence's, not the value's ("1962" against "1965 eröffnet"; "ten years later" stays)."""
    if wrong and right and NUMBER.match(wrong.strip(STRIP)):
        words = right.split()
        if (
            len(words) == 2
            and NUMBER.match(words[0].strip(STRIP))
            and not is_unit(words[1])
            and not NUMBER.match(words[1].strip(STRIP))
        ):
            return wrong, words[0].strip(STRIP)  # "Dat moet 30 zijn": the figure, not the verb
        if (
            len(words) > 1
            and NUMBER.match(words[0].strip(STRIP))
            and all(w.strip(STRIP).lower() in claim.lower() for w in words[1:])
        ):
            return wrong, words[0]
    return wrong, right


def _copula_predicate(sentence: str) -> str | None:
    sentence = _CORRECTION_LEAD.sub("", sentence.strip())
    match = re.match(
        r"^(?:(?:he|she|it|they|this|that)|(?:[\w.'’-]+\s+){1,6}?)"
        r"(?:is|are|was|were|should\s+(?:be|read|have\s+been|have\s+read)|must\s+be)\s+"
        r"(?:(?:actually|in\s+fact|correctly|of\s+course)\s+)?(?P<value>.+)$",
        sentence,
        re.I | re.S,
    )
    if not match:
        return None
    value = match.group("value")
    value = _cut_at_full_stop(re.split(r",\s+(?:and|but|which|who)\b|;", value, maxsplit=1)[0])
    value = value.strip(STRIP)
    if value[:1].isupper():
        # "She is Maya Reyes, 6, of Elkton": a caption's age and home town follow the name.
        value = re.sub(r",\s+\d{1,3}(?:,.*)?$", "", value)
    return value if 0 < len(value.split()) <= 15 else None


def _name_part(name: str, part: str) -> str:
    words = name.strip(STRIP).split()
    if not words:
        return name
    part = part.lower()
    if part in {"forename", "given name"} or part.startswith("first"):
        return words[0]
    if part in {"surname", "family name"} or part.startswith("last"):
        return words[-1]
    return name.strip(STRIP)


def _first_value(text: str) -> str:
    words = text.strip(STRIP).split()
    if words and NUMBER.match(words[0]):
        return words[0]
    return text.strip(STRIP)


def clean(value: str | None) -> str | None:
    """The value without quotes and outer punctuation, keeping an abbreviation's full stop."""
    if value is None:
        return None
    ending = re.search(r"([\w.]+)\.[\"”’»)]*\s*$", value)
    token = ending.group(1) if ending else ""
    kept_stop = (
        ending
        and not NUMBER.match(token)  # "21.000." ends a sentence; "U.S." keeps its stop
        and (token.lower() in _ABBREVIATIONS or "." in token)
    )
    value = value.strip(STRIP)
    while value.endswith((")", "]")) and value.count("(") + value.count("[") < value.count(
        ")"
    ) + value.count("]"):
        value = value[:-1].strip(STRIP)  # the close of a wire trailer: "(... not rose)"
    if kept_stop and value:
        value += "."
    return value or None


# --- the structures read across sentences, as ``contrast`` calls them ------------------------


def as_named(c: Clause) -> tuple[str | None, str | None]:
    """ "misnamed ... as Y", "als Y bezeichnet", "identifié comme Y", "called X a tenor",
    "misattributed to Y", "to remove ... “Y”", with the fix the sentence goes on to state
    ("..., was in fact X"), the next sentence states, or the one before stated."""
    sentence, following = c.sentence, c.following
    found = _named_as_abroad(sentence, following)
    if not found[0] and (
        ERROR_VERB_RE.search(sentence)
        or _CLAIM.search(sentence)
        or _ITEM_VERB.search(sentence)
        or c.words.claim.search(sentence)
        or c.words.error.search(sentence)
        or _inline_lead(c).search(sentence)
    ):
        for reader in (_as_value, _called, _attributed_to):
            found = reader(sentence, following)
            if found[0] or found[1]:
                break
    wrong, right = found
    if not wrong:
        return found
    inline = _inline_fix(sentence, wrong, c)
    if inline:
        return inline
    if right is None:
        right = (
            _part_of_name(sentence)
            or _named_before_as(sentence, wrong)
            or (_fact_first(c, wrong) if c.previous else None)
        )
    return wrong, right


def _named_before_as(sentence: str, wrong: str) -> str | None:
    """ "referred to Juan de la Vega as Juan de la Cruz": a name called by another name is
    the right one; a thing called something ("described the centre as a charity") is not."""
    if not wrong[:1].isupper():
        return None
    at = sentence.find(" " + wrong)
    head = sentence[:at] if at > 0 else ""
    match = re.search(
        r"\b(?:to|of)?\s*(?P<name>(?-i:[A-ZÀ-Þ])[\w.'’-]*(?:\s+(?:(?:de|la|del|van|von|der|da|di|du|le|al|bin)\s+)*(?-i:[A-ZÀ-Þ])[\w.'’-]*)+)\s+as$",
        head.rstrip(),
    )
    return match.group("name") if match else None


_STRONG_LEAD_SKIP = frozenset(
    [
        "but",
        "however",
        "rather",
        "instead",
        "aber",
        "allerdings",
        "mais",
        "or",
        "cependant",
        "tuttavia",
        "invece",
        "porém",
        "echter",
        "wel",
        "maar",
    ]
)


def _inline_fix(sentence: str, wrong: str, c: Clause) -> tuple[str, str] | None:
    """ "identified as depicting Kansas, the state, was in fact Kansas City": the fix the
    same sentence goes on to state after a fix lead ("in fact", "tatsächlich")."""
    from revtrack.notices import shapes

    pattern = _inline_lead(c)
    at = sentence.find(wrong)
    if at < 0:
        return None
    lead = pattern.search(sentence, at)
    if not lead:
        return None
    head = sentence[at : lead.start()] if lead.start() < at + len(wrong) else wrong
    rest = (
        c.words.copula.sub("", sentence[lead.end() :], count=1)
        if c.words.copula.match(sentence[lead.end() :])
        else sentence[lead.end() :]
    )
    right, _ = shapes.y_value(rest, c.words)
    head = re.sub(r"^(?:depicting|showing|being|saying)\s+", "", head.strip(STRIP), flags=re.I)
    return (head, right) if head and right else None


@cache
def _inline_lead_for(code: str) -> re.Pattern[str]:
    from revtrack.notices.contrast import words_for

    raw = words_for(code).raw
    leads = sorted((p for p in raw.fix_leads if p.lower() not in _STRONG_LEAD_SKIP), key=len)
    copulas = "|".join(sorted(raw.copulas, key=len, reverse=True))
    alternatives = "|".join(reversed(leads)) or r"(?!x)x"
    return re.compile(
        rf",?\s+(?:(?:{copulas})\s+)?(?:{alternatives})\b,?\s+(?:aber\s+|but\s+)?", re.I
    )


def _inline_lead(c: Clause) -> re.Pattern[str]:
    """ "..., was in fact X", "..., war tatsächlich aber X": a fix inside the sentence."""
    return _inline_lead_for(c.words.code)


_NAME_OF = re.compile(
    r"\b(?:name|spelling)\s+of\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){0,4}?(?:of\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3})\s+(?:as|als|comme|come|como)\s"
)
_PART_OF = re.compile(
    r"\b(?P<part>first\s+name|forename|given\s+name|surname|last\s+name|family\s+name)\s+of\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})",
    re.I,
)


def _part_of_name(sentence: str) -> str | None:
    """ "The first name of Martin Pel ... was rendered as Martine": the part, as it is."""
    match = _PART_OF.search(sentence)
    if match:
        return _name_part(match.group("name"), match.group("part"))
    named = _NAME_OF.search(sentence)  # "misspelled the name of the town of X as Y"
    return named.group("name") if named else None


_NAME_RUNS = re.compile(r"(?-i:[A-ZÀ-Þ])[\w.'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w.'’-]+)*")
_PRONOUN_OBJECT = re.compile(
    r"\b(?:him|her|them|it|ihn|sie|es|le|la|lo|lui|o|a)\s+(?:as|als|comme|como|come)\s", re.I
)


def _fact_first(c: Clause, wrong: str) -> str | None:
    """The fact stated before the error: a name in the sentence before that shares a word
    with the wrong name ("Herbert Peters heißt der Bildhauer. ... als „Herbert Preis“"), or
    what it says the thing is when the error names it only as "it" or "him"."""
    # The sentence before, or the two before when a date's full stop split it ("vom 18. Juli").
    previous = " ".join(c.sentences[max(0, c.index - 2) : c.index])
    if c.words.error.search(c.previous) or ERROR_VERB_RE.search(c.previous):
        return None
    wrong_words = {w.lower().strip(STRIP) for w in wrong.split()}
    if wrong[:1].isupper():
        for run in _NAME_RUNS.findall(previous):
            words = {w.lower().strip(STRIP) for w in run.split()}
            if (
                len(run.split()) > 1
                and words & wrong_words
                and run.strip(STRIP) != wrong.strip(STRIP)
            ):
                return run.strip(STRIP)
    if _PRONOUN_OBJECT.search(c.sentence):
        linked = list(c.words.copula.finditer(c.previous))
        if linked:
            # "is a member of the X and a director of the Y": the first of the two.
            value = re.split(r"\s+and\s+(?=(?:a|an|the)\s)|,\s|;", c.previous[linked[0].end() :])[0]
            value = _cut_at_full_stop(value).strip(STRIP)
            if 0 < len(value.split()) <= 12:
                return value
    return None


def claim_and_fix(c: Clause) -> tuple[str | None, str | None]:
    """A claim ("stated that X was born in 1922") and the sentence that corrects it, or
    the fact stated first ("X is based in Dayton. An earlier version said Toledo")."""
    sentence = c.sentence
    # "misstated the year the school was founded. It was founded in 1887.": the error's
    # object is the kind of value, so the sentence states no claim to align; the fix gives
    # its one value of that kind.
    if _kind_of_value(sentence, c.following)[1]:
        return None, None  # ``one_side`` reads it
    # The general reading first, where it sets a name, a figure, a date or a quotation
    # against one of its kind; the readings below cover the clauses it leaves.
    general = claim_then_fix(
        c.sentences, c.index, c.words.code, c.words.fix_lead, True, c.words.negation_lead
    )
    if general[0] and general[1]:
        return general
    english = ERROR_VERB_RE.search(sentence) or _CLAIM.search(sentence)
    if english or _ITEM_VERB.search(sentence):
        found = _claim_and_fix(sentence, c.rest, c.previous)
        if found[0] or found[1]:
            return found
    if english or c.words.code == "en":
        return None, None
    # The language's own claim words, for what the English-led reading above lacks: the
    # same reader, now for clauses of common words too ("stond dat de school dichtgaat").
    return claim_then_fix(
        c.sentences, c.index, c.words.code, c.words.fix_lead, False, c.words.negation_lead
    )


def one_side(c: Clause) -> tuple[str | None, str | None]:
    """One value alone: the right value of the kind an error names ("gave the wrong year.
    It opened in 1987"), "corrected to X", "to correct the name of ..., who is X"."""
    sentence, following = c.sentence, c.following
    found = _kind_of_value(sentence, following)
    if found[1]:
        return found
    corrected = _CORRECTED_TO.search(sentence)
    if corrected:
        return None, _first_value(corrected.group("right"))
    corrects = _CORRECTS_TO.search(sentence)
    if corrects:
        return None, corrects.group("right")
    who_is = _CORRECT_WHO_IS.search(sentence)
    if who_is:
        return None, who_is.group("right")
    if following and _TO_CORRECT_PART.search(sentence) and _PRONOUN_IS.match(following):
        return None, _copula_predicate(following)
    if c.index == 0:
        which = _WHICH_WAS.match(" ".join(c.sentences).strip(STRIP))
        if which:
            return None, which.group("right")
        named = _named_elsewhere(" ".join(c.sentences))
        if named:
            return None, named
    return None, None
