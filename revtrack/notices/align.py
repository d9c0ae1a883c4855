"""Aligning an erroneous claim with the sentence that corrects it, word by word.

"An earlier version said the museum opened in 1952. It opened in 1925." states its values
only through the difference between two clauses; this module finds that difference, or,
when the two share too few words to align, gives each clause without its subject.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from revtrack.notices.language import wordset
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
    word = token.strip(STRIP).lower()
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
        anchored = _after_anchor(left, right, matcher)
        if anchored:
            return anchored
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


_ARTICLES = wordset("the a an der die das le la les el los las il lo gli o os de het een ")
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


# Articles and prepositions that introduce the value in both clauses: "gehöre der FDP an"
# and "ist Mitglied der CDU" differ only in what follows "der".
_ANCHORS = wordset(
    "der die das dem den des im am zum zur von la le les du des au aux el los las del al "
    "il lo gli della dello delle nel nella dal da do dos das na no nos nas ao "
)


def _after_anchor(
    left: list[str], right: list[str], matcher: SequenceMatcher[str]
) -> tuple[str, str] | None:
    """The words after the one article or preposition two unlike clauses share.

    A clause and its correction often say the same thing with different verbs ("der
    Minister gehöre der FDP an" / "Er ist Mitglied der CDU"); too little is shared to
    align them, but when the last shared word is an article or preposition, what follows
    it on each side is the value. A name keeps only its capitalised words ("FDP", not the
    verb particle "an"); a side with nothing after the anchor gives no values.
    """
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    last = blocks[-1]
    anchor = norm(left[last.a])
    if last.size != 1 or anchor not in _ANCHORS:
        return None
    values = []
    for tokens in (left, right):
        # The anchor's last use on each side: "der Minister gehöre der FDP an".
        start = max(i for i, t in enumerate(tokens) if norm(t) == anchor) + 1
        tail = tokens[start:]
        if not tail or len(tail) > 5:
            return None
        if tail[0][:1].isupper():
            run = 1
            while run < len(tail) and tail[run][:1].isupper():
                run += 1
            tail = tail[:run]
        values.append(" ".join(tail).strip(STRIP))
    if not all(values) or values[0].lower() == values[1].lower():
        return None
    return values[0], values[1]


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
    word = token.strip(STRIP).lower()
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
