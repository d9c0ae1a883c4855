"""Aligning an erroneous claim with the sentence that corrects it, word by word.

"An earlier version said the museum opened in 1952. It opened in 1925." states its values
only through the difference between two clauses; this module finds that difference, or,
when the two share too few words to align, gives each clause without its subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from revtrack.lang import wordset
from revtrack.notices.patterns import QUOTES

STRIP = QUOTES + " \t\n,;:.—–-"
NUMBER = re.compile(
    r"^(?:\$|€|£|R\$)?\d[\d,.]*(?:%|bn|m|k|tn)?$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|mila|mil|mille|"
    r"tausend|millions?|milliards?|millones|milioni|miliardi|millionen|milliarden|milhões)$",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(
    r"^(?:he|she|it|they|his|her|its|their|this|that|the\s+\w+|[A-Z][\w.'’-]*(?:['’]s)?"
    r"(?:\s+[A-Z][\w.'’-]*(?:['’]s)?){0,3})\s+(?:\w+\s+)?(?:(?:actually|in\s+fact|really|"
    r"correctly|acutally)\s+)?",
)
_VERB_START = re.compile(
    r"\b(?:was|were|is|are|had|has|have|would|will|did|could|can|ran|runs|went|won|lost|"
    r"made|took|gave|got|came|said|says|était|est|sont|ist|war|sei|wäre|seien|es|era|fue|"
    r"è|é|foi)\b|\b\w+ed\b",
    re.I,
)
_AUX = wordset(
    "was were is are had has have would will did could can be been being the a an "
    "actually originally initially really acutally "
)


def word_tokens(text: str) -> list[str]:
    return re.findall(r"[^\s]+", text)


def norm(token: str) -> str:
    """A word for alignment: no punctuation, lower case, a plural or third-person -s dropped."""
    word = token.strip(STRIP + "()[]").lower()
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def diff_values(claim: str, fix: str) -> tuple[str | None, str | None]:
    """The words that differ between a claim and its correction, aligned word by word."""
    clause = re.split(r",\s+(?:and|but|which|who)\b|;", fix, maxsplit=1)[0]
    left, right = word_tokens(claim), word_tokens(clause)
    if not left or not right:
        return None, None
    matcher = SequenceMatcher(a=[norm(t) for t in left], b=[norm(t) for t in right], autojunk=False)
    matched = [t for b in matcher.get_matching_blocks() for t in left[b.a : b.a + b.size]]
    meaningful = [t for t in matched if norm(t) not in _AUX]
    if not meaningful or len(matched) < 0.3 * min(len(left), len(right)):
        fix = _CONSEQUENCE.split(fix, maxsplit=1)[0].strip(STRIP)
        fixed = _fix_value(fix)
        numbers = [t for t in left if NUMBER.match(t.strip(STRIP))]
        fixed_tokens = word_tokens(fixed or "")
        first_number = next(
            (i for i, t in enumerate(fixed_tokens) if NUMBER.match(t.strip(STRIP))), None
        )
        if numbers and first_number is not None:
            # "in 1958" against "four years later"; "54" against "Il a 45 ans"
            where = max(i for i, t in enumerate(left) if NUMBER.match(t.strip(STRIP)))
            unit = left[where + 1] if where + 1 < len(left) else ""
            after = fixed_tokens[first_number + 1] if first_number + 1 < len(fixed_tokens) else ""
            shared_unit = unit and norm(unit) == norm(after) and is_unit(unit)
            wrong = numbers[-1] + (f" {unit}" if shared_unit else "")
            # "10 of her grandchildren" / "eight of her grandchildren and ...": the words
            # both numbers go on with are the values' too.
            shared = 0
            while (
                where + 1 + shared < len(left)
                and first_number + 1 + shared < len(fixed_tokens)
                and norm(left[where + 1 + shared]) == norm(fixed_tokens[first_number + 1 + shared])
            ):
                shared += 1
            if shared > 1:
                wrong = " ".join(left[where : where + 1 + shared])
            # A hedge before a figure is the figure's: "about 250", "nearly 3,000".
            if where > 0 and norm(left[where - 1]) in _HEDGES and not shared > 1:
                wrong = f"{left[where - 1]} {wrong}"
            if first_number > 0 and norm(fixed_tokens[first_number - 1]) in _HEDGES:
                first_number -= 1
            return wrong.strip(STRIP + " "), " ".join(fixed_tokens[first_number:])
        return _up_to_shared_word(subjectless(claim), fix), fixed
    opcodes = matcher.get_opcodes()
    first = opcodes[0]
    if (
        first[0] == "replace"
        and first[2] - first[1] > 1
        and NUMBER.match(left[first[2] - 1].strip(STRIP))
        and NUMBER.match(right[first[4] - 1].strip(STRIP))
    ):
        # "il comune conta 12" / "sono 21": what differs is the number that ends the
        # subject-and-verb stretch, not the whole stretch.
        opcodes[0] = ("replace", first[2] - 1, first[2], first[4] - 1, first[4])
    regions = [
        (i, a0, a1, b0, b1)
        for i, (tag, a0, a1, b0, b1) in enumerate(opcodes)
        if tag != "equal"
        and not (a0 == 0 and b0 == 0)  # the subject: "Maria Lopez" against "She"
        and any(norm(t) not in _AUX for t in left[a0:a1] + right[b0:b1])
    ]
    if not regions:
        first = opcodes[0]
        if first[0] == "replace" and first[2] > 0 and first[4] > 0:
            # Only the start differs: "die Brücke koste 20" / "Sie kostet zwölf" + "Millionen".
            wrong, fixed = left[first[2] - 1], right[first[4] - 1]
            if (
                first[2] < len(left)
                and first[4] < len(right)
                and NUMBER.match(wrong.strip(STRIP))
                and NUMBER.match(fixed.strip(STRIP))
                and left[first[2]].strip(STRIP).lower() in _UNITS
                and norm(left[first[2]]) == norm(right[first[4]])
            ):
                # "tinha 23 anos" / "Ele tem 25 anos": a measure both share is the values'
                # ("Two officers were hurt" / "Three officers were" stays "two", "Three").
                wrong, fixed = f"{wrong} {left[first[2]]}", f"{fixed} {right[first[4]]}"
            return wrong, fixed
        return None, None
    replaced = [r for r in regions if opcodes[r[0]][0] == "replace"]
    if replaced and opcodes[regions[-1][0]][0] == "delete" and regions[-1][2] == len(left):
        # "conta 12 mila abitanti" / "sono 21 mila": the claim's trailing noun the fix
        # leaves unsaid is not the change; the replaced number is.
        i, a0, a1, b0, b1 = replaced[-1]
    else:
        i, a0, a1, b0, b1 = regions[-1] if regions[-1][2] > regions[-1][1] else regions[0]
    if i + 1 < len(opcodes) and a0 > 0:
        # A change inside a phrase: give the phrase, from its preposition on.
        for back in range(a0 - 1, -1, -1):
            if norm(left[back]) in _PREPOSITIONS:
                shift = a0 - back
                if b0 - shift >= 0 and norm(right[b0 - shift]) == norm(left[back]):
                    a0, b0 = back, b0 - shift
                    a1, b1 = len(left), len(right)
                break
    # A day keeps its month: "scheduled for May 11" / "for May 1" differ in "May 11".
    if (
        a0 > 0
        and b0 > 0
        and a1 - a0 == 1
        and b1 - b0 == 1
        and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?,?", left[a0])
        and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?,?", right[b0])
        and norm(left[a0 - 1]) == norm(right[b0 - 1])
        and norm(left[a0 - 1]).rstrip(".") in _MONTHS
    ):
        a0, b0 = a0 - 1, b0 - 1
    # A number keeps its unit and a unit its number: "14 percent", not "percent".
    while (
        a0 > 0
        and b0 > 0
        and NUMBER.match(left[a0 - 1].strip(STRIP))
        and norm(left[a0 - 1]) == norm(right[b0 - 1])
    ):
        a0, b0 = a0 - 1, b0 - 1
    # A unit both sides share after their numbers is the values': "3 miles", "40,000 homes".
    if (
        a1 - a0 == 1
        and b1 - b0 == 1
        and a1 < len(left)
        and b1 < len(right)
        and NUMBER.match(left[a0].strip(STRIP))
        and NUMBER.match(right[b0].strip(STRIP))
        and norm(left[a1]) == norm(right[b1])
        and is_unit(left[a1])
    ):
        a1, b1 = a1 + 1, b1 + 1
        while (  # a unit of two words: "per cent", "por ciento", "millones de euros"
            a1 < len(left)
            and b1 < len(right)
            and norm(left[a1]) == norm(right[b1])
            and (
                left[a1 - 1].strip(STRIP).lower() in {"per", "por", "pour"}
                or _unit_of_unit(left, a1)
            )
        ):
            step = 2 if left[a1].strip(STRIP).lower() in _OF else 1
            if step == 2 and norm(left[a1 + 1]) != norm(
                right[b1 + 1] if b1 + 1 < len(right) else ""
            ):
                break
            a1, b1 = a1 + step, b1 + step
    # The claim's words after the fix has ended, from a preposition on, are an adjunct the
    # fix does not restate: "rated inadequate by Ofsted" / "it was rated good".
    if b1 == len(right) and a1 == len(left) and a1 - a0 > 1 and b1 > b0:
        cut = next(
            (k for k in range(a0 + 1, a1) if norm(left[k]) in _PREPOSITIONS and k - a0 <= b1 - b0),
            None,
        )
        numbered = any(NUMBER.match(t.strip(STRIP)) for t in left[cut:a1]) if cut else False
        if (
            cut is not None
            and not numbered
            and not any(norm(t) in _PREPOSITIONS for t in right[b0:b1])
            and not any(norm(t) in _AUX for t in left[cut:a1])  # a verb after: not an adjunct
        ):
            a1 = cut
    if (
        (a1 - a0 > 1 or b1 - b0 > 1)
        and a0 < a1 < len(left)
        and b0 < b1 < len(right)
        and NUMBER.match(left[a1 - 1].strip(STRIP))
        and NUMBER.match(right[b1 - 1].strip(STRIP))
        and norm(left[a1]) == norm(right[b1])
        and is_unit(left[a1])
    ):
        # "declared an emergency in 40 counties" / "The declaration covered 64 counties":
        # unlike stretches that each end on a number before the same unit differ in that
        # number and its unit; the words before the number are each sentence's own.
        a0, b0 = _number_start(left, a0, a1), _number_start(right, b0, b1)
        a1, b1 = a1 + 1, b1 + 1
    if (
        a0 >= 2
        and b0 >= 2
        and norm(left[a0 - 1]) == norm(right[b0 - 1]) == "to"
        and all(NUMBER.match(t.strip(STRIP)) for t in (left[a0 - 2], right[b0 - 2]))
        and all(NUMBER.match(t.strip(STRIP)) for t in left[a0:a1] + right[b0:b1])
    ):
        # A vote or a score: "passed 52 to 48" / "The vote was 51 to 49" is the whole tally.
        a0, b0 = a0 - 2, b0 - 2
    if (
        a0 > 0
        and b0 > 0
        and a1 > a0
        and b1 > b0
        and norm(left[a0 - 1]) == norm(right[b0 - 1])
        and norm(left[a0 - 1]) in _ARTICLES
    ):
        a0, b0 = a0 - 1, b0 - 1  # "the Senate" / "the House": the article is the value's
    wrong = " ".join(left[a0:a1]) or None
    fixed = " ".join(right[b0:b1]) or None
    if wrong is None and fixed:
        # An addition: "by X" became "by X and Y"; the whole phrase is the value.
        start = a0
        while start > 0 and norm(left[start - 1]) not in _AUX | _PREPOSITIONS:
            start -= 1
        wrong = " ".join(left[start:a0]) or None
        fixed = " ".join(right[b0 - (a0 - start) : b1]) if wrong else fixed
    return wrong, fixed


_ARTICLES = wordset(
    "the a an der die das dem den des ein eine einen einem einer le la les un une el los las "
    "il lo gli o os um uma de het een"
)
_MONTHS = wordset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
)
_HEDGES = wordset("about around nearly almost roughly approximately some over under just only ")


def _number_start(tokens: list[str], lower: int, end: int) -> int:
    """Where the number run that ends at ``end`` starts, with a hedge before it ("about
    nine million"), but not before ``lower``: the start of the differing stretch."""
    start = end - 1
    while start > lower and NUMBER.match(tokens[start - 1].strip(STRIP)):
        start -= 1
    if start > lower and norm(tokens[start - 1]) in _HEDGES:
        start -= 1
    return start


_PREPOSITIONS = wordset("in on at by for of to from with among near under over into ")
_UNITS = wordset(
    "percent % per cent million billion bn m km kilometres kilometers metres meters miles "
    "feet foot inches pounds dollars euros euro prozent jahre jahren menschen ans années "
    "personnes euros años personas millones por ciento anni persone anos pessoas times "
    "mila mil mille tausend millionen milliarden milioni miliardi milhões ml g kg mg lb lbs oz "
    "cm mm teaspoons teaspoon tablespoons tablespoon tsp tbsp cups cup grams kilograms litres "
    "liters ounces pints gallons acres hectares seconds minutes hours days weeks months years "
    "degrees points yards tonnes tons mph kph gb mb tb "
)


def is_unit(token: str) -> bool:
    """A word that measures the number before it: a unit, or a plural noun ("homes")."""
    word = token.strip(STRIP).lower()
    if word in _UNITS or word in _registry_units():
        return True
    return word.isalpha() and len(word) > 3 and word.endswith("s") and word not in _AUX


_OF = ("de", "di", "d’", "d'", "da", "do")
# Scale words: a count of something else, so the unit after them is the value's too.
_SCALE = re.compile(
    r"^(?:thousand|million|billion|trillion|mila|mille|tausend|millions?|milliards?|millones|"
    r"milioni|miliardi|millionen|milliarden|milhões|miljoen|miljard|millioner|milliarder|"
    r"mio|mrd|bn|m)$",
    re.I,
)


def _unit_of_unit(tokens: list[str], at: int) -> bool:
    """ "millones de euros", "millions d’euros": a scale word's own unit, joined by "de"."""
    word = tokens[at].strip(STRIP).lower()
    if not is_measure(tokens[at - 1]):
        return False
    if _SCALE.match(tokens[at - 1].strip(STRIP)) and word not in _OF and is_measure(word):
        return True  # "14 miljoen euro", "52 millioner kroner": a scale and its unit
    if word in _OF[:3] and at + 1 < len(tokens):
        return is_measure(tokens[at + 1])
    return any(word.startswith(e) and is_measure(word[len(e) :]) for e in ("d’", "d'"))


def is_measure(token: str) -> bool:
    """A unit of measure or a scale word ("percent", "metres", "million"), not a plural
    noun that only counts ("workers")."""
    word = token.strip(STRIP + "()[]").lower()
    return word in _UNITS or word in _registry_units()


@cache
def _registry_units() -> frozenset[str]:
    """The units every registered language lists ("Meter", "Tonnen", "anni")."""
    from revtrack.lang import registered

    return frozenset(w for lang in registered() for w in lang.values.units)


_CONSEQUENCE = re.compile(r"\s+and\s+so\b|,?\s+so\s+that\b|,\s+so\b|,?\s+which\s+means\b", re.I)
_PRONOUN_ADVERB = re.compile(
    r"^(?:he|she|it|they)\s+(?:(?:was|is|were|are)\s+(?:of\s+course|actually|in\s+fact)|"
    r"actually|in\s+fact|really|acutally)\s+",
    re.I,
)


_PRONOUN_COPULA = re.compile(
    r"^(?:(?:he|she|it|they)\s+(?:is|was|are|were)|(?:il|elle|ils|elles)\s+(?:est|était|sont|"
    r"étaient)|(?:er|sie|es)\s+(?:ist|war|sind|waren)|(?:él|ella|ellos|ellas)\s+(?:es|era|fue|"
    r"son)|(?:lui|lei|loro)\s+(?:è|era|sono)|(?:ele|ela|eles|elas)\s+(?:é|era|foi|são))\s+(?=\S)",
    re.I,
)


def _fix_value(fix: str) -> str | None:
    """The correcting clause; "It actually runs ..." gives "runs ...", "It is a charity"
    gives "a charity"."""
    lead = _PRONOUN_ADVERB.match(fix) or _PRONOUN_COPULA.match(fix)
    return (fix[lead.end() :] if lead else fix) or None


def _up_to_shared_word(clause: str | None, fix: str) -> str | None:
    """The claim up to the last word the correction also uses ("had resigned", not the rest)."""
    if not clause:
        return clause
    stems = {norm(t)[:5] for t in word_tokens(fix) if len(norm(t)) >= 5}
    tokens = word_tokens(clause)
    for index in range(len(tokens) - 1, 0, -1):
        word = norm(tokens[index])
        if len(word) >= 5 and word[:5] in stems:
            return " ".join(tokens[: index + 1])
    return clause


def subjectless(clause: str) -> str | None:
    """The clause without its subject: "the pipeline ran under X" -> "ran under X"."""
    lead = _PRONOUN_SUBJECT.match(clause)
    if lead and clause[: lead.end()].split()[0].lower() in {"he", "she", "it", "they"}:
        return clause[lead.end() :].strip(STRIP) or None
    verb = _VERB_START.search(clause)
    if verb and verb.start() > 0:
        rest = clause[verb.start() :]
        # "was run by the county": the copula is not the value, the words after it are.
        bare = re.sub(r"^(?:was|were|is|are)\s+(?=\S+\s+\S)", "", rest, flags=re.I)
        # "le maire était socialiste": a copula of another language, and one word after it.
        bare = re.sub(
            r"^(?:était|est|ist|war|sei|wäre|es|era|fue|è|é|foi)\s+(?=\S+$)", "", bare, flags=re.I
        )
        return bare.strip(STRIP) or None
    return clause.strip(STRIP) or None


# --- the one reader of a claim and its fix -----------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A run of tokens ``[start, end)`` of one clause: a value as it stands there."""

    start: int
    end: int


def _shape(token: str) -> str:
    """What kind of value a word opens: a figure, a name, a quotation, or a common word."""
    word = token.strip(STRIP)
    if token[:1] in QUOTES:
        return "quote"
    if NUMBER.match(word) or _FIGURE_WORD.match(word):
        return "figure"
    if word.lower() in _calendar() and (len(word) > 3 or token.rstrip(",;:").endswith(".")):
        return "date"  # "March", "Oct.", not the name "Jan" or "May"
    if word[:1].isupper():
        return "name"
    return "word"


@cache
def _calendar() -> frozenset[str]:
    """Month and weekday names of every registered language: a date is its own shape."""
    from revtrack.lang import registered

    return frozenset(
        w.lower() for lang in registered() for w in (*lang.months, *lang.weekdays) if len(w) > 2
    )


_FIGURE_WORD = re.compile(r"^[$€£¥]?\d[\d,.]*(?:[-–]\d[\d,.]*)?(?:[a-zA-Z%]{1,3})?$")


class Clause:
    """The tokens of a claim or a fix, with what each is: the material both readers of the
    contrast (alignment and parallel shape) work on."""

    def __init__(self, text: str, function: frozenset[str], articles: frozenset[str]) -> None:
        self.tokens = word_tokens(text)
        self.keys = [norm(t) for t in self.tokens]
        self.function = function
        self.articles = articles
        self.shapes = [_shape(t) for t in self.tokens]
        for i in range(len(self.tokens)):
            # A capital that only opens the clause (or a sentence within it) on a function
            # word names nothing: "It", "The", "Er".
            opens = i == 0 or bool(re.search(r"[.:;!?]$", self.tokens[i - 1]))
            if (
                self.shapes[i] == "name"
                and opens
                and (self.keys[i] in function or self.keys[i] in _OPENERS)
            ):
                self.shapes[i] = "word"

    def text(self, span: Span) -> str:
        return " ".join(self.tokens[span.start : span.end]).strip(STRIP)

    def content(self, span: Span) -> bool:
        return any(
            self.shapes[i] != "word"
            or (self.keys[i] not in self.function and self.keys[i] not in _AUX)
            for i in range(span.start, span.end)
        )

    def salient(self, span: Span) -> bool:
        return any(self.shapes[i] != "word" for i in range(span.start, span.end))

    def constituent(self, span: Span) -> Span:
        """The whole value a differing stretch is part of: a figure with its hedge, scale
        and unit ("nearly 3,000", "12 millions d'euros", "42 år"), a name to the ends of its
        run of capitals, a phrase from its article; a preposition or article left at the
        edges of a name or figure is the sentence's, not the value's."""
        start, end = span.start, span.end
        tokens, keys, shapes = self.tokens, self.keys, self.shapes
        opening = next((i for i in range(start, end) if shapes[i] == "quote"), None)
        if opening is None:
            # Inside a quotation: from its opening mark.
            opening = next(
                (i for i in range(start - 1, max(-1, start - 30), -1) if shapes[i] == "quote"), None
            )
            if opening is not None and any(_closes_quote(tokens[k]) for k in range(opening, start)):
                opening = None
        if opening is not None:
            close = next((k for k in range(opening, len(tokens)) if _closes_quote(tokens[k])), None)
            if close is not None and close >= end - 1 and close - opening < 60:
                return Span(opening, close + 1)
        while (
            end - start > 1
            and keys[start] in self.function
            and keys[start] not in self.articles
            and shapes[start] == "word"
        ):
            start += 1  # "by Chief Tom Brandt", "in Adelaide": the name, not its preposition
        if (
            shapes[start] == "word"
            and start > 0
            and shapes[start - 1] == "figure"
            and is_measure(tokens[start])
        ):
            start -= 1  # "percent" / "percentage points" after one figure: the figure's
        if any(shapes[i] == "figure" for i in range(start, end)):
            while start > 0 and (
                keys[start - 1] in _HEDGE_WORDS or _CURRENCY_WORD.match(tokens[start - 1])
            ):
                start -= 1
            if start > 0 and shapes[start - 1] == "date" and _ends_open(tokens[start - 1]):
                start -= 1  # "June 10": the day keeps its month
            while (
                end + 1 < len(tokens)
                and keys[end] in _RANGE_WORDS
                and shapes[end + 1] == "figure"
                and _ends_open(tokens[end - 1])
            ):
                end += 2  # a tally or a range: "60 to 39"
            if end < len(tokens) and shapes[end] == "date" and _ends_open(tokens[end - 1]):
                end += 1  # "10 June"
            while (
                end < len(tokens)
                and _ends_open(tokens[end - 1])
                and (
                    _SCALE.match(tokens[end].strip(STRIP))
                    or is_measure(tokens[end])
                    or _unit_of_unit(tokens, end)
                )
            ):
                end += 1
        elif shapes[start] == "date" or shapes[end - 1] == "date":
            if end < len(tokens) and shapes[end] == "figure" and _ends_open(tokens[end - 1]):
                end += 1  # "Nov. 5": the month and its day
            if end < len(tokens) and keys[end] in _TIME_OF_DAY and _ends_open(tokens[end - 1]):
                end += 1  # "Friday night"
        elif shapes[start] == "name" or shapes[end - 1] == "name":
            while start > 0 and shapes[start] == "name" and _ends_open(tokens[start - 1]):
                if shapes[start - 1] == "name":
                    start -= 1
                    continue
                # "the Democratic Republic of the Congo": links inside a name's run.
                link = start - 1
                while link > 0 and keys[link] in _NAME_LINKS and link > start - 3:
                    link -= 1
                if link < start - 1 and shapes[link] == "name" and keys[start - 1] in _NAME_LINKS:
                    start = link
                    continue
                break
            while end < len(tokens) and shapes[end] == "name" and _ends_open(tokens[end - 1]):
                end += 1
            if start > 0 and keys[start - 1] in self.articles and _ends_open(tokens[start - 1]):
                start -= 1  # "the Conservatives", "der SPD": a name keeps its article
        return Span(start, end)


_OPENERS = wordset(
    "it he she they this that there the a an in on at his her its their we our "
    "er sie es il elle ils elles él ella lui lei ele ela hij zij ze het han hun den det "
    "de der die das"
)
_NAME_LINKS = wordset("of the de la du des del della di da do dos van von")
_RANGE_WORDS = wordset("to bis à a al tot til")
_TIME_OF_DAY = wordset(
    "morning afternoon evening night noon midnight morgen mittag abend nacht matin soir nuit "
    "mañana tarde noche mattina pomeriggio sera notte manhã noite ochtend middag avond "
    "formiddag eftermiddag aften"
)
_HEDGE_WORDS = wordset(
    "about around nearly almost roughly approximately some over under just only more than less "
    "rund etwa fast knapp environ presque cerca quasi circa ongeveer bijna ruim "
    "aproximadamente casi"
)
_CURRENCY_WORD = re.compile(r"^(?:[A-Z]{0,3}\$|€|£|¥)$")


def _closes_quote(token: str) -> bool:
    return bool(re.search(rf"[{QUOTES}][.,;:!?)]*$", token)) and (len(token) > 1 or True)


def _ends_open(token: str) -> bool:
    """The token does not close its clause: no comma, colon, bracket or full stop after it
    (the stop of an abbreviation, "Oct.", "D.", leaves it open)."""
    return not re.search(r"[,;:!?)”\"’»]$|(?:[a-z]{3}|\d)\.$", token)


# A participle or past tense after a figure is the clause's verb ("1962 eröffnet", "1912
# geopend", "in 1931 opened"), not what the figure counts.
_VERB_FORM = re.compile(
    r"^ge\w+(?:t|d|en)$|\w(?:ed|é|ée|és|ées|ado|ada|ados|idas?|idos|ato|ata|ito|ita|ou|eu|iu)$",
    re.I,
)


_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")


def _counted_noun(token: str, function: frozenset[str]) -> bool:
    """ "450 Stellen", "40,000 households": the noun a figure counts, which the label keeps."""
    word = token.strip(STRIP + "()[]")
    if not word.isalpha() or word.lower() in function or word.lower() in _AUX or len(word) < 2:
        return False
    return not _VERB_FORM.search(word)


def contrasted(
    claim: str, fix: str, code: str = "en", salient_only: bool = False
) -> tuple[str | None, str | None]:
    """The values a claim and its fix set against each other.

    Both clauses say the same thing of the same subject, so what differs between them
    is the value: the clauses are aligned word by word and the differing stretch that
    holds a name, a figure or a quotation on both sides (else the last that holds any
    content) is read to the whole constituent it is part of. Clauses that share too little
    to align ("lid is van de VVD" / "wethouder namens D66") are read by parallel shape:
    the fix's salient value (a name, a figure) the claim does not have is set against the
    claim's value of the same shape the fix does not have, the one that shares a word with
    it first, else the last (a value stands at the end of its clause)."""
    function = function_words(code) | _FUNCTION
    articles = article_words(code)
    # The fix's first clause: what it goes on to say ("..., and it has no association
    # with X") is not set against the claim.
    fix = _FIX_CLAUSE_END.split(fix, maxsplit=1)[0]
    left, right = Clause(claim, function, articles), Clause(fix, function, articles)
    if not left.tokens or not right.tokens:
        return None, None
    matcher = SequenceMatcher(a=left.keys, b=right.keys, autojunk=False)
    regions = [
        (Span(a0, a1), Span(b0, b1))
        for tag, a0, a1, b0, b1 in matcher.get_opcodes()
        if tag != "equal" and a1 > a0 and b1 > b0
    ]
    shared = sum(
        1
        for b in matcher.get_matching_blocks()
        for k in left.keys[b.a : b.a + b.size]
        if k not in function and k not in _AUX
    )
    chosen = None
    if shared:
        both = [
            r
            for r in regions
            if left.salient(r[0])
            and right.salient(r[1])
            and r[1].start > 0
            and _kind(left, r[0]) == _kind(right, r[1])
        ]
        some = [r for r in regions if left.content(r[0]) and right.content(r[1]) and r[1].start > 0]
        chosen = (both or some or [None])[-1]
    if chosen is None:
        chosen = _addition(left, right, matcher)
    restating = (right.keys[0] in left.keys and right.keys[0] not in function) or (
        right.shapes[0] == "word"
        and not (
            right.keys[0] in _ARTICLES and len(right.keys) > 1 and right.keys[1] not in left.keys
        )
    )
    if (chosen is None or left.salient(chosen[0]) != right.salient(chosen[1])) and restating:
        # Nothing aligned, or a name set against a common word ("led the inquiry" / "led
        # by Ken Mori"), in a fix that speaks of the claim's subject (a pronoun, no
        # subject at all, or the claim's own): the values are the ones of one shape,
        # wherever they stand. A fix with a subject of its own states another fact.
        chosen = (
            _by_shape(left, right, Span(0, len(left.tokens)), Span(0, len(right.tokens))) or chosen
        )
    elif chosen is not None and left.salient(chosen[0]):
        chosen = _by_shape(left, right, *chosen) or chosen
    if chosen is not None and left.salient(chosen[0]) != right.salient(chosen[1]):
        return None, None  # a name against a kind of thing ("the player"): no contrast
    if chosen is not None and salient_only and not left.salient(chosen[0]):
        return None, None
    if chosen is None and salient_only:
        return None, None
    if chosen is None:
        # No value of a shape: the two predicates, each without its subject ("ran under
        # the bridge" / "It actually runs parallel to the bridge").
        return _up_to_shared_word(subjectless(claim), fix), _fix_value(fix)
    a, b = left.constituent(chosen[0]), right.constituent(chosen[1])
    a, b = _shared_unit(left, a, right, b)
    return left.text(a) or None, right.text(b) or None


_FIX_CLAUSE_END = re.compile(r",\s+(?:and|but|which|who|while|whereas)\b|;")


def _addition(
    left: Clause, right: Clause, matcher: SequenceMatcher[str]
) -> tuple[Span, Span] | None:
    """ "by Frankie Knuckles" / "by Frankie Knuckles and Jamie Principle": a fix that only
    adds to the claim's value; the value is the claim's name, and the fix's with what it adds."""
    for tag, a0, _, b0, b1 in matcher.get_opcodes():
        if tag != "insert" or a0 == 0 or not right.salient(Span(b0, b1)):
            continue
        if left.shapes[a0 - 1] == "word":
            continue
        a = left.constituent(Span(a0 - 1, a0))
        shift = a0 - a.start
        if b0 - shift < 0:
            continue
        return a, Span(b0 - shift, b1)
    return None


def _shared_unit(left: Clause, a: Span, right: Clause, b: Span) -> tuple[Span, Span]:
    """Two figures both followed by the same word count the same thing: "42 år" / "47 år",
    "40,000 households" / "4,000 households"."""
    while (
        left.shapes[a.end - 1] == "figure"
        and right.shapes[b.end - 1] == "figure"
        and not _YEAR.match(left.keys[a.end - 1])  # a year counts nothing: "1958 eröffnet"
        and a.end < len(left.tokens)
        and b.end < len(right.tokens)
        and left.keys[a.end] == right.keys[b.end]
        and _counted_noun(left.tokens[a.end], left.function)
        and _ends_open(left.tokens[a.end - 1])
    ):
        a, b = Span(a.start, a.end + 1), Span(b.start, b.end + 1)
    return a, b


def _by_shape(
    left: Clause, right: Clause, within_left: Span, within_right: Span
) -> tuple[Span, Span] | None:
    """The fix's last salient value the claim lacks, against the claim's of that shape
    that shares a word with it, else the last: a value stands at the end of its clause."""

    def runs(clause: Clause, other: Clause, within: Span) -> list[Span]:
        found, i = [], within.start
        while i < within.end:
            if clause.shapes[i] != "word" and clause.keys[i] not in other.keys:
                span = clause.constituent(Span(i, i + 1))
                found.append(span)
                i = max(span.end, i + 1)
            else:
                i += 1
        return found

    fixes, claims = runs(right, left, within_right), runs(left, right, within_left)
    best: tuple[tuple[int, int, int], tuple[Span, Span]] | None = None
    for bi, b in enumerate(fixes):
        kind = _kind(right, b)
        for ai, a in enumerate(claims):
            if _kind(left, a) != kind:
                continue
            # Alike values first (a shared word, the same unit after a figure), then the
            # last of each: a value stands at the end of its clause.
            alike = bool(_parts(right, b) & _parts(left, a)) or (
                kind == "figure"
                and _after(left, a) is not None
                and _after(left, a) == _after(right, b)
            )
            rank = (int(alike), bi, ai)
            if best is None or rank > best[0]:
                best = (rank, (a, b))
    return best[1] if best else None


def values_of_kind(text: str, kind: str, code: str = "en") -> list[str]:
    """Every value of one kind ("figure", "date", "name") a sentence states, each read to
    its whole constituent: what a fix gives when the error only named the kind of value
    ("gave the wrong final score. Central won 21-17.")."""
    clause = Clause(text, function_words(code) | _FUNCTION, article_words(code))
    found, i = [], 0
    while i < len(clause.tokens):
        if clause.shapes[i] == "word":
            i += 1
            continue
        span = clause.constituent(Span(i, i + 1))
        if _kind(clause, span) == kind:
            found.append(clause.text(span))
        i = max(span.end, i + 1)
    return found


def _kind(clause: Clause, span: Span) -> str:
    kinds = {clause.shapes[k] for k in range(span.start, span.end)}
    for kind in ("quote", "date", "figure", "name"):
        if kind in kinds:
            return kind
    return "word"


def _after(clause: Clause, span: Span) -> str | None:
    return clause.keys[span.end] if span.end < len(clause.keys) else None


def _parts(clause: Clause, span: Span) -> set[str]:
    """The content words of a span, a hyphenated name in its parts ("Congo-Brazzaville")."""
    return {
        part
        for k in range(span.start, span.end)
        for part in re.split(r"[-–]", clause.keys[k])
        if part and part not in clause.function
    }


_FUNCTION = wordset(
    "the a an of in on at by for from to with as and or but that which who is was are were "
    "le la les l de du des d un une et en à au aux par pour sur dans est était "
    "der die das dem den des ein eine einer einem im am zum zur von vom zu mit für und ist war "
    "el los las lo del al un una y en por para con es era fue "
    "il gli i di da della del nel per con è era "
    "o os as do da dos das no na em por para com é era foi "
    "het een van in op bij met voor en is was "
    "en et af i på til med for er var"
)


# --- a claim in one sentence, its fix in the next ----------------------------------------------


@cache
def _markers(
    code: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A language's words that mark a sentence as about the error (a claim verb, an error
    word or predicate, the piece or the newsroom), its apologies, the words that state a
    claim, and those that speak of the error itself (a fix may report speech, "He said
    14%", but names no error): from the registry."""
    from revtrack.lang import get

    language = get(code) or get("en")
    if language is None:  # the registry always holds English
        raise LookupError("the language registry holds no English")
    w = language.values
    parts = (
        *w.claim_words,
        *w.error_words,
        *language.error_predicates,
        *language.self_references,
        *language.item_subjects,
        *(rf"\b{p}\b" for p in language.first_person),
    )
    source = "|".join(f"(?:{p})" for p in parts if p) or r"(?!x)x"
    apologies = (
        "|".join(f"(?:{p})" for p in (*language.apologies, *w.error_words) if p) or r"(?!x)x"
    )
    stated = "|".join(
        f"(?:{p})"
        for p in (*w.claim_words, *w.error_words, *language.error_predicates, *w.as_words)
        if p
    )
    erring = (
        *w.error_words,
        *language.error_predicates,
        *language.self_references,
        *language.item_subjects,
        *(rf"\b{p}\b" for p in language.first_person),
    )
    return (
        re.compile(source, re.I),
        re.compile(apologies, re.I),
        re.compile(rf"\b(?:{stated})", re.I),
        re.compile("|".join(f"(?:{p})" for p in erring if p) or r"(?!x)x", re.I),
    )


_MIS_VERB = re.compile(r"mis[a-z]+", re.I)
_COMPLEMENTIZER = re.compile(r"(?:^|[\s,])(?:that|dass|que|qu['’]|che|dat|at|att)\s+", re.I)
_CHANGED = re.compile(
    r"\b(?:amended|updated|corrected|changed|modified|edited|geändert|aktualisiert|korrigiert|"
    r"modifié|corrigé|mis à jour|modificad[oa]|corregid[oa]|actualizad[oa]|modificat[oa]|"
    r"corrett[oa]|aggiornat[oa]|alterad[oa]|corrigid[oa]|atualizad[oa]|aangepast|gewijzigd|"
    r"gecorrigeerd|rettet|ændret|opdateret)\b",
    re.I,
)


def claim_then_fix(
    sentences: tuple[str, ...],
    index: int,
    code: str,
    fix_lead: re.Pattern[str],
    salient_only: bool = False,
    negation: re.Pattern[str] | None = None,
) -> tuple[str | None, str | None]:
    """ "An earlier version said the authority was based in Adelaide. It is headquartered in
    Canberra.": a sentence about the error, and the next sentence, which states the fact
    without a word of the error, say the same thing of the same subject; their contrast
    is the values (``contrasted``). The claim is read from the last word that marks it as
    the error's (the claim verb, the error word, the piece), so the piece's own title and
    date are not taken for values; an apology after it ("We regret the error") is no fix."""
    if index + 1 >= len(sentences):
        return None, None
    marker, apology, stated, erring = _markers(code)
    sentence, fix = sentences[index], sentences[index + 1]
    marks = list(marker.finditer(sentence))
    if (
        marks
        and _MIS_VERB.fullmatch(marks[-1].group(0))
        and not _COMPLEMENTIZER.search(sentence[marks[-1].end() : marks[-1].end() + 60])
    ):
        return None, None  # "misspelled the name of the mayor": what was wrong, not a claim
    if (
        not marks
        or (erring.search(fix) and not fix_lead.match(fix))
        or apology.search(fix)
        or _CHANGED.search(fix)  # "A sentence was also amended ...": more of the notice
    ):
        return None, None
    if negation is not None and negation.match(fix):
        return None, None  # "Not on the way to the battle ...": a contrast of its own
    if not stated.search(sentence) and _CHANGED.search(sentence):
        return None, None  # "This article was amended on 25 May": the notice's own frame
    claim = sentence[marks[-1].end() :]
    if len(word_tokens(claim)) < 2:
        claim = sentence[marks[0].end() :]
    fix = fix_lead.sub("", fix).strip(STRIP)
    # What the claim said opens after its complementizer: "reported on Monday that X".
    said = _COMPLEMENTIZER.search(claim[:60])
    claim = claim[said.end() :] if said else claim
    if re.match(rf"\s*:?\s*[{QUOTES}]", claim):
        return None, None  # a quotation is the claim whole: the quotation readers' part
    if not claim.strip(STRIP) or not fix:
        return None, None
    return contrasted(claim.strip(STRIP), fix, code, salient_only)


@cache
def article_words(code: str) -> frozenset[str]:
    """The articles and possessives that open a noun phrase in the language (and English,
    whose words every notice may use): a name or a phrase keeps them."""
    from revtrack.lang import get

    found = set(_ENGLISH_ARTICLES)
    for language in (get(code), get("en")):
        if language is not None:
            found |= language.values.articles
    return frozenset(found - CONTRACTED)


_ENGLISH_ARTICLES = wordset("the a an")
# A preposition with an article in it ("im Totenreich", "al PP", "nel Pd") sets a value in
# its sentence as a preposition does; it is no article of the value's.
CONTRACTED = wordset(
    "im am zum zur vom beim ins au aux du des al del nel nella nello sul sulla dal dalla alla "
    "allo no na nos nas do da dos das ao aos"
)


@cache
def function_words(code: str) -> frozenset[str]:
    """The words of a language that name no value: its stop-words, articles, prepositions
    and pronouns (the registry's): what a claim and its fix share without contrasting."""
    from revtrack.lang import get

    language = get(code)
    if language is None:
        return frozenset()
    w = language.values
    return frozenset(language.stopwords) | w.articles | w.prepositions | w.pronouns
