"""Where a value starts and ends: what belongs to it, and what is its sentence's.

A contrast gives one value whole (what follows "not", "rather than", "sondern") and
leaves the other to be found in the words before it. A reader finds it by parallelism:
the value set against "Y" has Y's shape. A quotation answers a quotation, a figure a
figure (with its unit: "3 lb", "40 percent"), a name a name (with its article: "the
Conservatives"), a noun phrase a noun phrase from its article ("a rebuilding year", "la
statue d'un soldat"), a phrase with a preposition the phrase from the same preposition.
What is not the value is cut: the verb that links it ("It is", "He was"), the clause
before it, a verb's particle after it in German or Dutch.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from revtrack.lang import wordset
from revtrack.notices.align import CONTRACTED, NUMBER, STRIP

if TYPE_CHECKING:
    from revtrack.notices.contrast import Words

QUOTED = re.compile(r"[\"“„«‘‚‹]([^\"“”„«»‘’‚‹›]{1,300}?)[,.]?[\"”“»’‘›](?!\w)")
# Where the value after a contrast word ends: "as we said", a relative clause, a bracket,
# a clause's comma (not the one inside "September 4, 2016" or "Joliet, Ill.").
_Y_END = re.compile(
    r"\s+as\s+(?:stated|reported|we|the|it|was|previously|originally|earlier|had|an?\s|in\s|"
    r"said|wrongly|incorrectly|first)|\s+(?:comme|como|come|wie|zoals)\s+|"
    r"\s+(?:which|who)\s+|[;!?)](?:\s|$)|\)|,\s+(?!\d|[A-Z][a-z]{0,4}\.|[A-Z][\w-]+\.?$)|\s+\(|"
    r"\s+[—–]\s+|$",
    re.I,
)
# A relative clause after a value is about it, not part of it: "X, which ...", "X, que ...".
RELATIVE = re.compile(r",\s+(?:which|who|whose|que|qui|quien|quienes|che|die|der|das|dat|wo)\b")
# Prepositions of place, in every language: a place answers a place from the first of them.
_LOCATIVE = wordset(
    "in on at among near under over into inside outside behind beside between above below "
    "dans sur sous chez près en sobre entre su presso em no na nos nas im am auf unter neben "
    "vor hinter op bij onder naast achter"
)
_Y_LEAD = re.compile(r"^(?:de\s+|d['’]|del\s+|von\s+|van\s+)(?=\S)", re.I)
_TOKEN = re.compile(r"\S+")
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w.'’&-]*|\d[\w.,-]*)"
_LINK = r"(?:of|on|for|and|&|de|du|des|del|della|di|da|do|dos|van|von|der|den|la|le|el|y|e)"
_NAME_RUN = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w.'’&-]*(?:\s+(?:{_LINK}\s+)?{_CAP})*")
_TRAILING_NAME = re.compile(
    rf"[A-ZÀ-ÖØ-Þ][\w.'’&-]*(?:(?:\s+(?:{_LINK}\s+)?|,\s+(?=[A-Z][a-zA-Z.]{{0,5}}\.?$|[A-Z][a-z]+$)){_CAP})*$"
)
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s[—–]\s*|[—–]|\(|\s(?:that|dass|que|qu['’]|che|dat)\s", re.I)
_ELIDED = re.compile(r"^(?:d|l|dell|dall|nell|all|sull)['’]", re.I)
_FIGURE = re.compile(r"^[$€£¥]?\d[\d,.]*(?:[-–]\d[\d,.]*)?(?:[a-zA-Z%]{1,3})?$")
# A currency written before the figure as a word of its own: "R$ 12", "US$ 4".
_CURRENCY = re.compile(r"^(?:[A-Z]{0,3}\$|€|£|¥|[A-Z]{3})$")
_HEDGES = wordset(
    "about around nearly almost roughly approximately some over under just only rund etwa "
    "fast knapp über environ près presque cerca quasi circa ongeveer bijna ruim aproximadamente "
    "casi unos unas"
)


def unquote(value: str | None) -> str | None:
    """The value without the quotation marks and outer punctuation around it; a full stop
    that belongs to an abbreviation ("Ill.", "U.S.") stays."""
    if value is None:
        return None
    from revtrack.notices.claims import clean

    value = value.strip()
    if len(value) > 2 and value[0] == value[-1] == "'":
        value = value[1:-1]  # 'Rates hold': single quotes around a value, not apostrophes
    return clean(value)


def is_number(word: str, words: Words | None = None) -> bool:
    """A figure ("3,709", "£620", "40%", "500ml") or a number word of the language."""
    token = word.strip(STRIP)
    if NUMBER.match(token) or _FIGURE.match(token):
        return True
    if words is not None:
        from revtrack.lang import get

        language = get(words.code)
        return bool(language and token.lower() in language.number_words)
    return False


def numbers_in(text: str) -> list[str]:
    return [t.strip(STRIP) for t in text.split() if is_number(t)]


_FRAMED_QUOTE = re.compile(
    r"^(?:[\w'’-]+\s+){1,5}?[\"“„«‘‚‹]([^\"“”„«»‘’‚‹›]{1,300}?)[,.]?[\"”“»’‘›](?!\w)\s*[,.;)]*\s*$"
)


def y_value(after: str, words: Words) -> tuple[str | None, bool]:
    """The value that follows a contrast word, to the end of its clause; and whether it
    was quoted."""
    after = after.lstrip()
    quoted = QUOTED.match(after)
    if quoted:
        return quoted.group(1).strip(STRIP) or None, True
    framed = _FRAMED_QUOTE.match(after)
    if framed:
        # "not that it would “never back down”": the words quoted are the value, not the
        # frame that reports them.
        return framed.group(1).strip(STRIP) or None, True
    after = _Y_LEAD.sub("", after)
    end = _Y_END.search(after)
    value = cut_at_full_stop(after[: end.start()] if end else after)
    value = unquote(value) or ""
    if not 0 < len(value.split()) <= 15:
        return None, False
    return value, False


# A name, then a description of it set off by a comma, at the end of a clause.
_DESCRIBED_NAME = re.compile(
    r"^(?P<head>.*\b(?-i:[A-ZÀ-Þ])[\w.'’-]+),\s+(?:the|a|an|his|her|its|their|our)\s+"
    r"(?:(?-i:[a-zß-ÿ])[\w'’-]*\s*){1,6}$"
)


def parallel(before: str, y: str, quoted: bool, words: Words) -> str | None:
    """The phrase at the end of ``before`` that has the shape of ``y``: the value a
    contrast sets against it."""
    before = before.rstrip(" ,—–-(\t\n")
    if not before.strip(STRIP):
        return None
    quotes = list(QUOTED.finditer(before + " "))
    if quotes and (quoted or quotes[-1].end() >= len(before) - 1):
        return tail_like(quotes[-1].group(1), y)
    y_words = y.split()
    first = y_words[0]
    described = _DESCRIBED_NAME.match(before)
    named = first[:1].isupper() and first.lower() not in words.raw.articles
    by_name = (
        len(y_words) > 1
        and first.lower() in words.raw.prepositions | {"by"}
        and y_words[1][:1].isupper()
    )
    if described and (named or by_name):
        # "He is Derek Ainsworth, the council's finance director, not Peter Gaskill": a
        # name answers the name, not the description set after it.
        before = described.group("head")
    titled = _titled_name(before, y_words, words)
    if titled:
        return titled
    core = (first.lower() in _HEDGES or _CURRENCY.match(first)) and len(y_words) > 1
    tail = clause_tail(before, words)
    lead = first.lower()
    marked = lead in words.raw.prepositions or lead in words.raw.articles
    if (
        _after_copula(before, words)
        and tail.split()
        and len(tail.split()) <= len(y_words) + 1
        and (not marked or tail.split()[0].lower() == lead)
        and not is_number(tail.split()[0])
        and not is_number(first)  # a figure is answered by the figure, below
    ):
        return tail.strip(STRIP)  # "zero is undefined, not zero": what the verb links
    if is_number(y_words[1] if core else first, words):
        run = _last_number(before, y, words)
        if run:
            return run
    raw = words.raw
    first_lower = first.lower()
    if _is_date(y_words, words):
        date = _last_date(before, y_words, words)
        if date:
            return date
    if first[:1].isupper() and first_lower not in raw.articles:
        end = before.rstrip(' ,;:—–)"”’»')
        name = _TRAILING_NAME.search(end)
        if name and not name.group(0)[:1].isdigit():
            value = unquote(name.group(0)) or name.group(0)
            return _with_article(end, name.start(), value, words)
        # "Dana Pruitt won the race, not Alan Cole": the name set against Y is the subject.
        opening = before.rsplit(":", 1)[-1].lstrip(STRIP)
        subject = _NAME_RUN.match(opening)
        if subject and re.match(r"\s+[a-zß-ÿ]", opening[subject.end() :]):
            value = subject.group(0).rstrip(STRIP)
            if value.split()[0].lower() not in raw.articles | raw.pronouns | {"it", "the"}:
                return value
    tokens = tail.split()
    if not tokens:
        return None
    if first_lower in raw.articles or _ELIDED.match(first):
        start = _phrase_start(tokens, words)
        if start is not None:
            return " ".join(tokens[start:]).strip(STRIP)
    if first_lower in raw.prepositions or first_lower in _LOCATIVE:
        lowered = [t.lower() for t in tokens]
        if first_lower in lowered:
            start = len(lowered) - 1 - lowered[::-1].index(first_lower)
            return " ".join(tokens[start:]).strip(STRIP)
        if first_lower in _LOCATIVE:
            # "huddled among bushes near the tents, not in the bushes": from the first
            # preposition of place on.
            start = next((i for i, t in enumerate(lowered) if t in _LOCATIVE), None)
            if start is not None:
                return " ".join(tokens[start:]).strip(STRIP)
    if len(tokens) <= max(4, 2 * len(y_words)):
        return tail.strip(STRIP)
    return " ".join(tokens[-len(y_words) :]).strip(STRIP)


def clause_tail(before: str, words: Words) -> str:
    """The words of ``before``'s last clause after its last linking verb: "the photo is
    Sonoya Mizuno" gives "Sonoya Mizuno"."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before
    for found in reversed(breaks):
        if before[found.end() :].strip(STRIP):
            clause = before[found.end() :]
            break
    copulas = list(words.copula.finditer(clause))
    if copulas and clause[copulas[-1].end() :].strip(STRIP):
        clause = clause[copulas[-1].end() :]
    return clause.strip()


def _after_copula(before: str, words: Words) -> bool:
    """``before``'s last clause ends on what a linking verb links ("It was X")."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks and before[breaks[-1].end() :].strip() else before
    return bool(words.copula.search(clause))


def _phrase_start(tokens: list[str], words: Words) -> int | None:
    """Where the noun phrase that ends ``tokens`` starts: at the first article after which
    every further article is tied to it by "of" ("the murders of the king"), else the last."""
    articles = words.raw.articles
    links = {"of", "de", "di", "del", "della", "van", "von", "des", "du", "do", "da"}
    positions = [
        i
        for i, t in enumerate(tokens)
        if t.lower() in articles or (_ELIDED.match(t) and len(t) > 2)
    ]
    for i in positions:
        if all(
            tokens[j - 1].lower() in links or _ELIDED.match(tokens[j]) for j in positions if j > i
        ):
            return i
    return positions[-1] if positions else None


def _with_article(text: str, start: int, name: str, words: Words) -> str:
    """A name with the article before it: "the Conservatives", "la CNMC"."""
    before = text[:start].split()
    raw = words.raw
    if (
        before
        and before[-1].lower() in raw.articles
        and before[-1].lower() not in raw.pronouns | raw.prepositions  # "de Jean Dupont"
    ):
        return f"{before[-1]} {name}"
    return name


def _last_number(before: str, y: str, words: Words) -> str | None:
    """The last figure in ``before``, with the hedge before it and the unit after it
    when ``y`` has one ("about 3,000", "40 percent", "700 Tonnen")."""
    tokens = before.split()
    y_tokens = y.split()
    for i in range(len(tokens) - 1, -1, -1):
        if not is_number(tokens[i], words):
            continue
        start = i
        while start > 0 and is_number(tokens[start - 1], words):
            start -= 1
        if start > 0 and tokens[start - 1].lower() in _HEDGES:
            start -= 1  # "about 3,000, not 30,000": the hedge is the value's
        if start > 0 and _CURRENCY.match(tokens[start - 1]):
            start -= 1
        end = i + 1
        # As many words after the figure as Y has there, when they are words of a
        # measure, not of the sentence: "2 tbsp" against "2 cups", "12. März".
        y_after = (
            len(y_tokens) - 1 - next((k for k, t in enumerate(y_tokens) if is_number(t, words)), 0)
        )
        raw = words.raw
        frame = raw.articles | raw.prepositions | raw.pronouns | set(raw.copulas)
        while y_after > 0 and end < len(tokens):
            word = tokens[end].strip(STRIP).lower()
            if not word or word in frame or tokens[end - 1].endswith(","):
                break
            end += 1
            y_after -= 1
        # The unit, and the words after the figure that Y has too ("80 years ago").
        figure = next((k for k, t in enumerate(y_tokens) if _FIGURE.match(t.strip(STRIP))), 0)
        y_rest = {t.strip(STRIP).lower() for t in y_tokens[figure + 1 :]}
        while y_rest and end < len(tokens):
            word = tokens[end].strip(STRIP).lower()
            if word not in words.raw.units and word not in y_rest and not NUMBER.match(word):
                break
            end += 1
        return " ".join(tokens[start:end]).strip(STRIP)
    return None


def _is_date(y_words: list[str], words: Words) -> bool:
    from revtrack.lang import get

    language = get(words.code)
    first = y_words[0].strip(STRIP).rstrip(".").lower()
    return bool(language and (first in language.months or first in language.weekdays))


def _last_date(before: str, y_words: list[str], words: Words) -> str | None:
    """The last date in ``before``, as many words long as Y: "March 14, 2022"."""
    from revtrack.lang import get

    language = get(words.code)
    if language is None:
        return None
    tokens = before.split()
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].strip(STRIP).rstrip(".").lower()
        if word in language.months or word in language.weekdays:
            return " ".join(tokens[i : i + len(y_words)]).strip(STRIP + " ") or None
    return None


def tail_like(quote: str, y: str) -> str:
    """A long quotation set against a short value: only its end, as long as the value,
    when that end shares a word with it (“... sia ai veicoli che HAI pedoni” against
    “ai pedoni” is “HAI pedoni”)."""
    q_words, y_words = quote.split(), y.split()
    if len(q_words) > 3 * len(y_words) + 2:
        tail = q_words[-len(y_words) :]
        if {w.lower().strip(STRIP) for w in tail} & {w.lower().strip(STRIP) for w in y_words}:
            return " ".join(tail).strip(STRIP)
    return quote.strip(STRIP)


def like(value: str | None, model: str | None) -> str | None:
    """``value`` cut to the shape of ``model``: a name answered by a name and a verb's
    particle ("in Pforzen gefunden" against "in Pfronten" is "in Pforzen")."""
    if not value or not model:
        return value
    tokens = value.split()
    if model.split()[-1][:1].isupper() or is_number(model.split()[-1]):
        while (
            len(tokens) > 1
            and tokens[-1][:1].islower()
            and not is_number(tokens[-1])
            and (tokens[-2][:1].isupper() or is_number(tokens[-2]))
        ):
            tokens = tokens[:-1]
    return " ".join(tokens)


_AUXILIARY = re.compile(
    r"^(?:ha\s+sido|han\s+sido|fue|es|est\s+|a\s+été|été|ist|wurde|war|è\s+stat[oa]|"
    r"foi|tem\s+sido|is|was|were|are)\s+(?=\S)",
    re.I,
)


def drop_auxiliary(value: str) -> str:
    """ "no ha sido cancelada, sino aplazada" contrasts the participles, not the auxiliary."""
    return _AUXILIARY.sub("", value)


_ABBREVIATIONS = wordset(
    "maj capt lt col cpl pvt adm brig cmdr rev hon prof det insp supt no vol fig sept gen sgt "
    "mr mrs ms dr st gov sen rep jr sr inc corp co ltd rs jan feb mar apr jun jul aug sep oct nov "
    "dec ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa penn tenn tex vt va wash wis wyo"
)


def cut_at_full_stop(value: str) -> str:
    """The value up to the first full stop that ends a sentence (not "Gen.", "U.S." or the
    ordinal day of "am 12. März")."""
    for match in re.finditer(r"\.(?:\s|$)", value):
        word = re.search(r"[\w.]*$", value[: match.start()])
        token = word.group(0) if word else ""
        if len(token) <= 1 or "." in token or token.lower() in _ABBREVIATIONS:
            continue
        following = value[match.end() :].split()
        if token.isdigit() and following and following[0].strip(STRIP).lower() in _months():
            continue
        return value[: match.start()]
    return value


@cache
def _months() -> frozenset[str]:
    from revtrack.lang import registered

    return frozenset(m for lang in registered() for m in lang.months)


_QUOTE_MARKS = frozenset('"“”„«»‹›')


def within_quote(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The text before ``start`` and after ``end``, bounded by the quotation they stand in
    when a contrast is quoted whole (the error “roghi invece che rovi”)."""
    before, after = sentence[:start], sentence[end:]
    marks = [i for i, ch in enumerate(before) if ch in _QUOTE_MARKS]
    if len(marks) % 2 == 1:  # an odd number of quotation marks: the contrast is quoted
        closing = next((i for i, ch in enumerate(after) if ch in _QUOTE_MARKS), -1)
        if closing >= 0:
            return before[marks[-1] + 1 :], after[:closing]
    return before, after


def cut_appositive(value: str | None) -> str | None:
    """ "eight of her great-grandchildren and two grandchildren, Lady Louise and James": the
    names set after a comma are an apposition, not the value. A name before the comma keeps
    what follows ("Kansas City, Missouri", "Salem, Ore.")."""
    if not value:
        return value
    match = re.match(r"^(?P<head>.*?[a-z]\w*),\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])", value)
    if (
        match
        and len(match.group("head").split()) >= 3
        and match.group("head").split()[-1].islower()
    ):
        return match.group("head")
    return value


def head_phrase(value: str, words: Words) -> str:
    """A phrase without the verb that follows it in a verb-second or verb-final clause:
    "auf dem Weg zur Schlacht befanden sich ..." is "auf dem Weg zur Schlacht"."""
    tokens = value.split()
    raw = words.raw
    function = raw.articles | raw.prepositions | raw.pronouns
    for i in range(1, len(tokens)):
        word = tokens[i].strip(STRIP)
        if (
            word[:1].islower()
            and word.lower() not in function
            and tokens[i - 1].strip(STRIP)[:1].isupper()
            and not is_number(word)
        ):
            return " ".join(tokens[:i]).strip(STRIP)
    return value


def same_start(text: str, model: str, words: Words) -> str:
    """The part of ``text`` that opens as ``model`` does: from its first preposition when
    the model opens with one, from its first capitalised word for a name."""
    tokens = text.split()
    first = model.split()[0].lower()
    if first in words.raw.prepositions:
        start = next((i for i, t in enumerate(tokens) if t.lower() in words.raw.prepositions), None)
    elif model[:1].isupper():
        start = next((i for i, t in enumerate(tokens) if t[:1].isupper()), None)
    else:
        start = 0
    return " ".join(tokens[start:]) if start is not None else text


def trim_to(longer: str | None, model: str | None) -> str | None:
    """A quotation set against a shorter one, cut where its match with it ends: the
    claim “X could be fired from land or air, but ...” against “Y could be fired from
    land or air …” is read to "air"."""
    if not longer or not model:
        return longer
    long_words, model_words = longer.split(), model.strip(" ….").split()
    if not model_words or len(long_words) <= len(model_words) + 2:
        return longer
    last = model_words[-1].strip(STRIP).lower()
    for i, word in enumerate(long_words):
        if i >= len(model_words) - 2 and word.strip(STRIP).lower() == last:
            return " ".join(long_words[: i + 1]).strip(STRIP)
    return longer


# --- the one boundary every value passes ------------------------------------------------------

# "2019, the company says", "14, according to the police": who says so is not the value.
_ATTRIBUTION_TAIL = re.compile(
    r",?\s+according\s+to\s+[^,;]{1,80}$|"
    r",\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'.-]+\s+){0,3}?"
    r"(?:says|said|say|reports|reported|confirmed|added|announced|explained|notes|noted)$",
    re.I,
)
# "It has been suspended", "They have moved": the subject and auxiliaries of a fix.
_FIX_SUBJECT = re.compile(
    r"^(?:it|he|she|they)\s+(?:has|have|had|will|would)\s+(?:been\s+)?(?=\S+\s*\S)", re.I
)
# "Ruth Abara, a nurse at St. Mary's": the name, not the description set after it.
_NAME_APPOSITION = re.compile(
    r"^(?P<name>(?-i:[A-ZÀ-Þ])[\w.'’-]*(?:\s+(?:(?:de|van|von|da|di|du|del|le|la|bin)\s+)?"
    r"(?-i:[A-ZÀ-Þ])[\w.'’-]*)+),\s+(?:a|an|the|his|her|its|their)\s+\S",
)
# "Anna Fabbri, vicesindaca": a name, then what she is, in lower case, to the end.
_NAME_DESCRIBED = re.compile(
    r"^(?P<name>(?-i:[A-ZÀ-Þ])[\w.'’-]*(?:\s+(?:(?:de|van|von|da|di|du|del|le|la|bin)\s+)?"
    r"(?-i:[A-ZÀ-Þ])[\w.'’-]*)+),\s+(?-i:[a-zß-ÿ])[\w'’-]+(?:\s+[\w'’-]+){0,5}$",
)


def without_prepositions(
    wrong: str | None, right: str | None, language: str = "en"
) -> tuple[str | None, str | None]:
    """The values without the preposition that sets a name or a figure in its sentence
    ("by Chief Tom Brandt", "a Javier Olmedo", "in Adelaide"), as the two sides agree: a
    preposition is the sentence's when the other side has none or the same one and drops
    it too; two unlike prepositions are the contrast ("in Chelsea" / "on the South Bank"),
    and a phrase of common words keeps its own ("in the bushes")."""
    if not wrong or not right:
        one = wrong or right
        cut = _preposition_cut(one, language) if one else None
        return (cut or wrong, right) if wrong else (wrong, cut or right)
    w_lead, r_lead = _lead_preposition(wrong, language), _lead_preposition(right, language)
    w_cut, r_cut = _preposition_cut(wrong, language), _preposition_cut(right, language)
    if w_lead and r_lead:
        if w_lead == r_lead and w_cut and r_cut:
            return w_cut, r_cut
        return wrong, right
    return w_cut or wrong, r_cut or right


def _lead_preposition(value: str, language: str) -> str | None:
    from revtrack.notices.contrast import words_for

    raw = words_for(language).raw
    prepositions = raw.prepositions | {"by"} if language == "en" else raw.prepositions
    first = value.split()[0] if value.split() else ""
    if first.lower() in prepositions and first.lower() not in raw.articles | CONTRACTED:
        return first.lower() if first[:1].islower() else None
    return None


def _preposition_cut(value: str, language: str) -> str | None:
    """``value`` without its leading preposition, when a name or a figure follows it."""
    tokens = value.split()
    if (
        len(tokens) > 1
        and _lead_preposition(value, language)
        and (tokens[1][:1].isupper() or is_number(tokens[1]))
    ):
        return " ".join(tokens[1:])
    return None


_DANGLING = wordset("and or but that which who whose of to in on at by for from with as the a an")


def bound(value: str | None, other: str | None, fix: bool = False) -> str | None:
    """Where a value ends, whatever structure read it: without the attribution after it
    ("…, the company says"), the description set after a name ("Anna Fabbri,
    vicesindaca"), a fix's pronoun subject and auxiliaries ("It has been …", on the ``fix``
    side only: a claim is quoted as it was printed), and a function word left dangling at
    either end."""
    if not value:
        return value
    value = _ATTRIBUTION_TAIL.sub("", value.strip()).strip()
    named = _NAME_APPOSITION.match(value) or _NAME_DESCRIBED.match(value)
    if named and not (other and "," in other):
        value = named.group("name")
    subject = _FIX_SUBJECT.match(value)
    if fix and subject and not (other and _FIX_SUBJECT.match(other)):
        value = value[subject.end() :]
    tokens = value.split()
    while len(tokens) > 1 and tokens[-1].lower() in _DANGLING:
        tokens.pop()
    while len(tokens) > 1 and tokens[0].lower() in {"and", "or", "but", "that"}:
        tokens.pop(0)
    from revtrack.notices.claims import clean

    return clean(" ".join(tokens))


_NAME_LINK = re.compile(r"\s+(?:of|on|for|and|&|de|du|des|del|della|di|da|do|dos|van|von)\s+")


def _titled_name(before: str, y_words: list[str], words: Words) -> str | None:
    """ "It was Judge Ana Reyes of the district court, not Judge Amy Jackson": a name that
    opens with a title ("Judge", "Gen.", "Sen.") is answered by the name the same title
    opens in the words before, to the end of its run of capitals."""
    first = y_words[0]
    if len(y_words) < 2 or not first[:1].isupper() or first.lower() in words.raw.articles:
        return None
    if not y_words[1][:1].isupper():
        return None
    at = before.rfind(first + " ")
    if at < 0 or (at and before[at - 1].isalnum()):
        return None
    run = _NAME_RUN.match(before[at:])
    if not run or len(run.group(0).split()) < 2:
        return None
    value = run.group(0)
    # A run of capitals ends at a linking word: "Judge Ana Reyes of the Court" is the judge.
    value = _NAME_LINK.split(value)[0]
    return value.rstrip(STRIP) if len(value.split()) >= 2 else None


def without_lone_preposition(value: str, model: str, words: Words) -> str:
    """ "It was by Valentino, not Versace": the preposition the value opens with and the
    model lacks belongs to the sentence."""
    tokens = value.split()
    lead = tokens[0].lower() if tokens else ""
    if (
        len(tokens) > 1
        and lead in (words.raw.prepositions | _LOCATIVE | {"by"})
        and model.split()[0].lower() != lead
        and (tokens[1][:1].isupper() or is_number(tokens[1], words))
        and not is_number(model.split()[0], words)
    ):
        return " ".join(tokens[1:])
    return value


def _alike(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    a, b = a.strip(STRIP).casefold(), b.strip(STRIP).casefold()
    return a == b or SequenceMatcher(a=a, b=b, autojunk=False).ratio() >= 0.6


def same_length(wrong: str | None, right: str | None) -> tuple[str | None, str | None]:
    """Two names set against each other where one is shorter: "She is Stephanie Grisham,
    not Graham" contrasts the surnames, so the longer name is cut to as many of its last
    words as the shorter has, when those words are the shorter's own, misspelt or not.
    A longer name that is not such a variant stays whole ("Frankie Knuckles and Jamie
    Principle" against "Frankie Knuckles")."""
    if not wrong or not right:
        return wrong, right
    w_words, r_words = wrong.split(), right.split()
    if len(w_words) == len(r_words):
        return wrong, right
    longer, shorter = (w_words, r_words) if len(w_words) > len(r_words) else (r_words, w_words)
    if not all(t[:1].isupper() for t in longer + shorter):
        return wrong, right
    tail = longer[-len(shorter) :]
    if tail == shorter or not all(_alike(a, b) for a, b in zip(tail, shorter, strict=True)):
        return wrong, right
    cut = " ".join(tail)
    return (cut, right) if longer is w_words else (wrong, cut)
