"""The contrast structures a notice states its values in, each a named, tested rule.

A notice says what was wrong and what is right by setting them against each other, and
it does so in a handful of structures whatever the outlet: "X, not Y"; "not Y but X";
"X rather than Y" (or "we printed Y instead of X": the direction follows the sentence);
"from Y to X"; "For Y read X"; "misnamed ... as Y"; a claim and its fix ("said Y. In
fact X", "It is X"); "should have said X"; "The correct figure is X"; "previously read
Y". Each ``Structure`` here is one of them: its name, how it reads a sentence (with the
sentences around it), and the examples it must read, which the tests run
(``tests/test_notices_contrast.py``). The words are the language's
(``revtrack.lang.<code>.VALUES``); the structures are the same in every language.

A structure only finds where the values stand; ``shapes`` decides where each value
starts and ends (keeping its article and unit, cutting appositions and sentence frame).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import islice

from revtrack.lang import get
from revtrack.lang.valuewords import ValueWords
from revtrack.notices import claims, shapes

Pair = tuple[str | None, str | None]
# A sentence holds a few contrasts at most; reading more of them would make a run of
# "not"s cost the square of its length.
MAX_CONTRASTS = 8


@dataclass
class Work:
    """A deterministic measure of what reading values costs: the characters the
    structures were handed to scan. Tests hold it linear in the input's length."""

    chars: int = 0


WORK = Work()


@dataclass(frozen=True)
class Example:
    """A notice sentence (or a few) and the values a structure must read from it."""

    text: str
    wrong: str | None
    right: str | None
    language: str = "en"


@dataclass(frozen=True)
class Words:
    """A language's value words, compiled once into the expressions the structures use."""

    code: str
    raw: ValueWords
    not_join: re.Pattern[str]
    not_but: re.Pattern[str]
    instead: re.Pattern[str]
    fix_lead: re.Pattern[str]
    copula: re.Pattern[str]
    should: re.Pattern[str]
    correct: re.Pattern[str]
    as_word: re.Pattern[str]
    claim: re.Pattern[str]
    error: re.Pattern[str]
    change: re.Pattern[str]
    from_to: tuple[re.Pattern[str], ...]
    for_read: tuple[re.Pattern[str], ...]
    previously: re.Pattern[str]
    negation_lead: re.Pattern[str]
    but_lead: re.Pattern[str]
    pronoun_copula: re.Pattern[str]
    # The piece or the newsroom named in a clause ("An earlier version", "A caption",
    # "we"): a clause about it speaks of the error, not of the fact.
    piece: re.Pattern[str]
    # Any word that states a contrast or a fix outright: a language none of whose such
    # words a notice uses is not worth reading it in a second time.
    explicit: re.Pattern[str]


def _alt(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """One alternation, longest phrase first; a space in a phrase matches any spacing."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(p.replace(" ", r"\s+") for p in ordered) or r"(?!x)x"


_NEVER = r"(?!x)x"


@cache
def words_for(code: str) -> Words:
    """The compiled value words of a language; English for a language not registered."""
    language = get(code) or get("en")
    if language is None:  # the registry always holds English
        raise LookupError("the language registry holds no English")
    w = language.values
    if not w.not_words:
        return words_for("en") if code != "en" else _compile("en", w)
    return _compile(language.code, w)


def _compile(code: str, w: ValueWords) -> Words:
    flags = re.I
    explicit = (
        w.not_words
        + w.but_words
        + w.instead_words
        + w.should_words
        + w.correct_words
        + w.as_words
        + tuple(a for pair in w.for_read for a in pair)
    )
    nots, and_nots = _alt(w.not_words), _alt(w.and_not)
    # Y runs to the end of its clause; the clause is at most a few lines long.
    y_part = r"(?P<y>[^;]{1,200}?)"
    from_to = []
    _phrase = r"(?:[^,;]|,(?=\d))"  # a comma inside a figure ("3,120") is the figure's
    for before, after in w.from_to:
        # A value never holds the structure's own words ("to correct the date to June 4").
        y = rf"(?:(?!\b{before}\s|\b{after}\s){_phrase})"
        end = r"(?=[;)]|,(?!\d)|\.(?:\s+(?=[A-Z])|\s*$)|\s+(?:in|under|on)\s+(?:the\s+)?\w+\s|$)"
        from_to.append(
            re.compile(
                rf"\b{before}\s+(?P<y>{y}{{1,80}}?),?\s+{after}\s+(?P<x>{y}{{1,120}}?){end}|"
                rf"\b{after}\s+(?P<x2>{y}{{1,80}}?),?\s+{before}\s+(?P<y2>{y}{{1,80}}?){end}",
                flags,
            )
        )
    for_read = tuple(
        re.compile(
            rf"\b{a}\s*:?\s+{y_part},?\s+{b}\s*:?\s+(?P<x>[^;]{{1,200}}?)\.?$".replace(" ", r"\s"),
            flags,
        )
        for a, b in w.for_read
    )
    return Words(
        code=code,
        raw=w,
        not_join=re.compile(
            rf"(?:,|\s[—–-]+|[—–]|\s*\(|(?<=[”\"’»]))\s*(?:{nots})\s+|\s+(?:{and_nots})\s+", flags
        ),
        not_but=re.compile(
            rf"\b(?:{nots})\s+(?P<y>[^,;.]{{1,100}}?)\s*,?\s+(?:{_alt(w.but_words)})\s+"
            r"(?P<x>[^,;]{1,150}?)(?=[,;)]|\.(?:\s|$)|$)",
            flags,
        ),
        instead=re.compile(rf"\s*,?\s+(?:{_alt(w.instead_words)})\s*", flags),
        fix_lead=re.compile(rf"^\s*(?:(?:{_alt(w.fix_leads)})\b[,:]?\s*)+", flags),
        copula=re.compile(rf"\b(?:{_alt(w.copulas)})\s+", flags),
        should=re.compile(rf"\b(?:{_alt(w.should_words)})\s*:?\s*", flags),
        correct=re.compile(rf"\b(?:{_alt(w.correct_words)})\s*:?\s+", flags),
        as_word=re.compile(rf"\b(?:{_alt(w.as_words)})\s+", flags),
        claim=re.compile(rf"\b(?:{_alt(w.claim_words)})\b,?\s*", flags),
        error=re.compile(rf"\b(?:{_alt(w.error_words)})\b", flags),
        change=re.compile(rf"\b(?:{_alt(w.change_words)})\b", flags),
        from_to=tuple(from_to),
        for_read=for_read,
        previously=re.compile(
            rf"\b(?:{_alt(w.previously_words)})\s+(?P<y>[^;)]{{1,120}}?)(?=[;)]|\.(?:\s|$)|$)",
            flags,
        ),
        explicit=re.compile(rf"\b(?:{_alt(explicit)})\b", flags),
        negation_lead=re.compile(rf"^\s*(?:{_alt(w.not_words)})\s+", flags),
        but_lead=re.compile(rf"^\s*(?:{_alt(w.but_words + w.fix_leads)})\b,?\s*", flags),
        pronoun_copula=re.compile(
            rf"^\s*(?:(?:{_alt(w.pronouns)})\s*)?(?:{_alt(w.copulas)})\s+", flags
        ),
        piece=_piece_pattern(code),
    )


def _piece_pattern(code: str) -> re.Pattern[str]:
    """The language's words for the piece and the newsroom, as one expression."""
    language = get(code)
    if language is None:
        return re.compile(_NEVER)
    parts = (*language.self_references, *language.item_subjects)
    people = "|".join(language.first_person)
    source = "|".join(f"(?:{p})" for p in parts) or _NEVER
    if people:
        source += rf"|\b(?:{people})\b"
    return re.compile(source, re.I)


# "X rather than Y, as we said": what follows the contrast says where Y was printed. The
# "as" of a role ("instead of Y as the winner") says nothing of the kind.
_ATTRIBUTED_AFTER = re.compile(
    r"\s*,?\s*(?:as|comme|como|come|wie|zoals)\s+(?:(?:we|nous|wir|noi|nós|wij|we)\b|"
    r"(?:previously|originally|earlier|first|initially|wrongly|incorrectly|mistakenly|"
    r"erroneamente|erróneamente|erradamente|irrtümlich|zunächst|eerder|par\s+erreur)\b|"
    r"(?:[\w’'-]+\s+){0,4}?(?:said|stated|reported|wrote|written|printed|published|claimed|"
    r"suggested|indicated|described|appeared|had\s+it|écrit|indiqué|publié|annoncé|affirmé|"
    r"dit|publicó|informó|dijo|indicó|publicado|informado|escrito|berichtet|geschrieben|"
    r"gemeldet|behauptet|angegeben|riportato|scritto|indicato|pubblicato|vermeld|geschreven|"
    r"gemeld|bericht|noticiado)\b)",
    re.I,
)
# "has been updated to reflect that X rather than Y": the frame of a fix.
_FIX_FRAME = re.compile(
    r"\b(?:corrected|updated|amended|changed|clarified|revised)\s+(?:[\w’'-]+\s+){0,6}?to\s+"
    r"(?:reflect|show|say|state|make\s+clear|note|indicate|clarify)\b",
    re.I,
)


@dataclass(frozen=True)
class Clause:
    """One sentence of a notice, with its neighbours: what a structure reads."""

    sentences: tuple[str, ...]
    index: int
    words: Words

    @property
    def sentence(self) -> str:
        return self.sentences[self.index]

    @property
    def following(self) -> str:
        return self.sentences[self.index + 1] if self.index + 1 < len(self.sentences) else ""

    @property
    def previous(self) -> str:
        return self.sentences[self.index - 1] if self.index else ""

    @property
    def rest(self) -> list[str]:
        return list(self.sentences[self.index + 1 :])


@dataclass(frozen=True)
class Structure:
    """One way notices state values: a name, a reader and the examples it must read.

    ``within`` says the structure states both values in its own sentence (an explicit
    contrast), which makes its reading stronger than one pieced together across
    sentences.
    """

    name: str
    read: Callable[[Clause], Pair]
    examples: tuple[Example, ...]
    within: bool = True


# --- the structures ---------------------------------------------------------------------------


def _for_read(c: Clause) -> Pair:
    for pattern in c.words.for_read:
        match = pattern.search(c.sentence)
        # "For Y read X" sets a value against a value; a Y of a dozen words is a clause
        # ("for the photograph ... should be read as X"), not this structure.
        if match and len(match.group("y").split()) <= 8:
            return shapes.unquote(match.group("y")), shapes.unquote(match.group("x"))
    return None, None


def _not_but(c: Clause) -> Pair:
    match = c.words.not_but.search(c.sentence)
    if not match:
        return None, None
    wrong = shapes.unquote(shapes.drop_auxiliary(match.group("y")))
    right = shapes.unquote(match.group("x"))
    quoted = shapes.QUOTED.match(match.group("y").strip())
    if wrong and right and not quoted and len(right.split()) == 1 and len(wrong.split()) > 2:
        # "n'a pas eu lieu mardi, mais jeudi": what is set against "jeudi" is "mardi".
        wrong = " ".join(wrong.split()[-len(right.split()) :])
    return wrong, shapes.like(right, wrong)


def _x_not_y(c: Clause) -> Pair:
    sentence = c.sentence
    for split in islice(c.words.not_join.finditer(sentence), MAX_CONTRASTS):
        WORK.chars += len(sentence)
        before, after = shapes.within_quote(sentence, split.start(), split.end())
        wrong, quoted = shapes.y_value(after, c.words)
        if not wrong:
            continue
        right = shapes.like(shapes.parallel(before, wrong, quoted, c.words), wrong)
        if right:
            return wrong, shapes.without_lone_preposition(right, wrong, c.words)
    return None, None


def _instead(c: Clause) -> Pair:
    sentence = c.sentence
    for split in islice(c.words.instead.finditer(sentence), MAX_CONTRASTS):
        WORK.chars += len(sentence)
        before, after = shapes.within_quote(sentence, split.start(), split.end())
        context = sentence[: split.start()]
        other, quoted = shapes.y_value(after, c.words)
        if not other:
            continue
        first = shapes.like(shapes.parallel(before, other, quoted, c.words), other)
        if not first:
            continue
        # "X rather than Y as we said": Y is the claim. "We printed Y instead of X": the
        # sentence speaks of the error, so the first value is the wrong one.
        marked_after = _ATTRIBUTED_AFTER.match(after[len(other) :])
        fixing = (
            c.words.should.search(context)
            or c.words.fix_lead.search(context)
            or _FIX_FRAME.search(context)
        )
        erring = (
            c.words.error.search(context)
            or c.words.claim.search(context)
            or c.words.piece.search(context)
        )
        if erring and not fixing and not marked_after:
            return first, other
        return other, first
    return None, None


def _not_then_but(c: Clause) -> Pair:
    """ "Not in Leeds, as we said. Rather in York.": the negation opens one sentence and the
    adversative or fix the next ("Nicht Y ... . Vielmehr X")."""
    negation = c.words.negation_lead.match(c.sentence)
    lead = c.words.but_lead.match(c.following) if negation and c.following else None
    if not negation or not lead:
        return None, None
    wrong, _ = shapes.y_value(c.sentence[negation.end() :], c.words)
    fix, _ = shapes.y_value(c.following[lead.end() :], c.words)
    if not wrong or not fix:
        return None, None
    wrong = shapes.head_phrase(wrong, c.words)
    right = shapes.head_phrase(shapes.same_start(fix, wrong, c.words), c.words)
    return (wrong, right) if right else (None, None)


def _quoted_claim(c: Clause) -> Pair:
    """ "An analysis said: “Q”": the words the piece printed, quoted whole. Said by
    someone in a sentence after the error ("A quote was incorrect. The mayor said, “Q”"),
    they are the words as spoken: the right value."""
    claim = c.words.claim.search(c.sentence)
    if not claim:
        return None, None
    quoted = shapes.QUOTED.match(c.sentence[claim.end() :].lstrip(" :,"))
    if not quoted:
        return None, None
    head = c.sentence[: claim.start()]
    if c.index and not _signalled(head, c.words) and _signalled(c.previous, c.words):
        return None, quoted.group(1).strip()
    return quoted.group(1).strip(), None


def _it_is(c: Clause) -> Pair:
    """ "Il s'agissait de l'épouse du chef de l'Etat, Carla Bruni-Sarkozy.": a fix that names
    what it was, opening a notice or following the sentence that states the error."""
    if c.index and not c.words.error.search(c.previous):
        return None, None
    linked = c.words.pronoun_copula.match(c.sentence)
    if not linked:
        return None, None
    rest = shapes.RELATIVE.split(c.sentence[linked.end() :], maxsplit=1)[0]
    value = shapes.unquote(shapes.cut_at_full_stop(rest.split(";")[0]))
    if not value or len(value.split()) > 15:
        return None, None
    named = re.search(r",\s+((?-i:[A-ZÀ-Þ])[\w.'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w.'’-]+)*)$", value)
    if named:
        return None, named.group(1)  # the description, then the name it describes
    return (None, value) if value[:1].isupper() and len(value.split()) <= 6 else (None, None)


def _from_to(c: Clause) -> Pair:
    for pattern in c.words.from_to:
        for match in islice(pattern.finditer(c.sentence), MAX_CONTRASTS):
            if not c.words.change.search(c.sentence[: match.start()]):
                continue
            if match.group("x"):
                wrong, right = match.group("y"), match.group("x")
            else:
                wrong, right = match.group("y2"), match.group("x2")
            if len(wrong.split()) > 8 or len(right.split()) > 8:
                continue
            return shapes.unquote(wrong), shapes.unquote(right)
    return None, None


# "Changes ‘billion’ to ‘million’", "corrected 1,200 to 1,020": the change verb's object is
# the wrong value itself when it is quoted or a figure, and what follows "to" the right one.
_QUOTED_OR_FIGURE = r"(?:[‘'“\"][^‘'“”\"’]{1,80}[’'”\"]|[$€£]?\d[\d,.]*(?:\s?%)?)"
_CHANGED_TO = re.compile(
    rf"\b(?P<verb>\w+)\s+(?P<y>{_QUOTED_OR_FIGURE})\s+to\s+(?P<x>{_QUOTED_OR_FIGURE})", re.I
)


def _changed_to(c: Clause) -> Pair:
    for match in islice(_CHANGED_TO.finditer(c.sentence), MAX_CONTRASTS):
        if c.words.change.fullmatch(match.group("verb")):
            return shapes.unquote(match.group("y")), shapes.unquote(match.group("x"))
    return None, None


# The sentence that gives the words as they were said: "He said it “…”", "What she said
# was “…”", "The lyric is “…”".
_SPEECH_FIX = re.compile(
    r"^\s*(?:(?:he|she|they|it|(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3})\s+"
    r"(?:actually\s+|in\s+fact\s+)?(?:said|says|wrote|told\s+\w+|sang|had\s+said)\b|"
    r"what\s+(?:he|she|they|it)\s+(?:actually\s+)?(?:said|wrote)\s+was\b|"
    r"(?:the|his|her|their)\s+(?:correct\s+|actual\s+)?(?:quote|quotation|remark|words|lyric|"
    r"line|sentence|comment)\s+(?:is|was|reads|read)\b)",
    re.I,
)


def _quote_pair(c: Clause) -> Pair:
    """ "quoted X as saying “A”. He said “B”.": the quotation a sentence about the piece
    gives, and the one the next sentence gives as said."""
    quotes = list(shapes.QUOTED.finditer(c.sentence))
    if not quotes or not c.following:
        return None, None
    head = c.sentence[: quotes[-1].start()]
    if not (
        c.words.error.search(head)
        or c.words.claim.search(head)
        or c.words.piece.search(head)
        or re.search(r"\bquot", head, re.I)
    ):
        return None, None
    said = _SPEECH_FIX.match(c.following)
    if not said:
        return None, None
    answer = shapes.QUOTED.search(c.following, said.end())
    if not answer or answer.start() - said.end() > 40:
        return None, None
    return shapes.unquote(quotes[-1].group(1)), shapes.unquote(answer.group(1))


def _should_have(c: Clause) -> Pair:
    match = c.words.should.search(c.sentence)
    if not match:
        return None, None
    rest = c.sentence[match.end() :].lstrip()
    linked = c.words.copula.match(rest)  # "debió nombrarse es la X": what "es" links
    rest = rest[linked.end() :] if linked else rest
    quoted = shapes.QUOTED.match(rest.strip())
    value = quoted.group(1) if quoted else shapes.cut_at_full_stop(rest.split(";")[0])
    value = re.sub(r"^(?:that|dass|que|che|dat)\s+", "", value.strip(), flags=re.I)
    value = shapes.RELATIVE.split(value, maxsplit=1)[0]  # "X, que son quienes ..."
    wrong = _quoted_before(c, match.start()) if quoted else None
    return wrong, shapes.unquote(value) or None


def _quoted_before(c: Clause, at: int) -> str | None:
    """ "The headline “A” should have been “B”", "A sentence read: “A.” It should have read:
    “B.”": a quotation set against the quoted fix is the words printed, when it stands
    before the fix in the same sentence, or alone in the sentence before it."""
    quotes = list(shapes.QUOTED.finditer(c.sentence[:at]))
    if quotes:
        return shapes.unquote(quotes[-1].group(1))
    earlier = list(shapes.QUOTED.finditer(c.previous)) if c.previous else []
    head = c.previous[: earlier[0].start()] if len(earlier) == 1 else ""
    if head and (c.words.claim.search(head) or c.words.piece.search(head)):
        return shapes.unquote(earlier[0].group(1))
    return None


def _correct_is(c: Clause) -> Pair:
    match = c.words.correct.search(c.sentence)
    if not match:
        return None, None
    value, _ = shapes.y_value(c.sentence[match.end() :], c.words)
    return None, value


def _previously(c: Clause) -> Pair:
    match = c.words.previously.search(c.sentence)
    if not match:
        return None, None
    wrong, _ = shapes.y_value(match.group("y"), c.words)
    right = None
    bracketed = "(" in c.sentence[max(0, match.start() - 8) : match.start()]
    if wrong and bracketed and shapes.is_number(wrong.split()[0]):
        # "eight activists were sentenced (after initially stating 19)": the number before.
        numbers = shapes.numbers_in(c.sentence[: match.start()])
        right = numbers[0] if numbers else None
    return wrong, right


GRAMMAR: tuple[Structure, ...] = (
    Structure(
        "for_read",
        _for_read,
        (
            Example("For Smithe, read Smith.", "Smithe", "Smith"),
            Example(
                "Donde dice 140 plazas debe decir 410 plazas.", "140 plazas", "410 plazas", "es"
            ),
            Example(
                "Onde se lê Castelo Branco, leia-se Castelo Novo.",
                "Castelo Branco",
                "Castelo Novo",
                "pt",
            ),
        ),
    ),
    Structure(
        "not_but",
        _not_but,
        (
            Example(
                "Der Brunnen steht nicht in Altdorf, sondern in Neudorf.",
                "Altdorf",
                "Neudorf",
                "de",
            ),
            Example("La réunion n'a pas eu lieu mardi, mais jeudi.", "mardi", "jeudi", "fr"),
            Example(
                "El premio no fue para Ana Gil, sino para Eva Gil.", "Ana Gil", "Eva Gil", "es"
            ),
            Example("De brug is niet in 1921 geopend maar in 1912.", "1921", "1912", "nl"),
        ),
    ),
    Structure(
        "x_not_y",
        _x_not_y,
        (
            Example("He is Omar Haddad, not Omar Hadid.", "Omar Hadid", "Omar Haddad"),
            Example("The dam was finished in 1931 — not 1913.", "1913", "1931"),
            Example("Those are barn owls, not tawny owls.", "tawny owls", "barn owls"),
            Example(
                "It was the county council, not the city, that paid.",
                "the city",
                "the county council",
            ),
            Example("Le prix est de 12 euros et non de 21 euros.", "21 euros", "12 euros", "fr"),
            Example(
                "A ponte custou 30 milhões, e não 13 milhões.", "13 milhões", "30 milhões", "pt"
            ),
            Example("Il sindaco è Paolo Neri, non Paolo Nardi.", "Paolo Nardi", "Paolo Neri", "it"),
            Example(
                "De burgemeester heet Jan de Vries, niet Jan de Wit.",
                "Jan de Wit",
                "Jan de Vries",
                "nl",
            ),
        ),
    ),
    Structure(
        "instead",
        _instead,
        (
            Example(
                "She trained in the 1970s rather than the 1960s, as we said.",
                "the 1960s",
                "the 1970s",
            ),
            Example("We printed Harwick instead of Hardwick.", "Harwick", "Hardwick"),
            Example("Il titolo diceva “gatti” anziché “ratti”.", "gatti", "ratti", "it"),
        ),
    ),
    Structure(
        "from_to",
        _from_to,
        (
            Example("Corrected the total from £410 to £401.", "£410", "£401"),
            Example("The figure was changed to 3,120 from 3,210.", "3,210", "3,120"),
            Example("Het bedrag is gecorrigeerd van 40 naar 14 euro.", "40", "14 euro", "nl"),
        ),
    ),
    Structure(
        "changed_to",
        _changed_to,
        (
            Example(
                "(Changes ‘thousand’ to ‘million’ in the third paragraph)", "thousand", "million"
            ),
            Example("Corrected 1,240 to 1,420 in table 2.", "1,240", "1,420"),
        ),
    ),
    Structure(
        "quote_pair",
        _quote_pair,
        (
            Example(
                "An earlier version quoted the coach as saying the team was “tired”. He said it "
                "was “wired”.",
                "tired",
                "wired",
            ),
            Example(
                "Our interview quoted her as saying “I left in 1990”. What she said was "
                "“I left in 1999”.",
                "I left in 1990",
                "I left in 1999",
            ),
        ),
        within=False,
    ),
    Structure(
        "as_named",
        claims.as_named,
        (
            Example("We misspelled Dana Whitcombe's surname as Whitcomb.", "Whitcomb", "Whitcombe"),
            Example(
                "An article wrongly described the centre as a charity. It is a company.",
                "a charity",
                "a company",
            ),
        ),
        within=False,
    ),
    Structure(
        "not_then_but",
        _not_then_but,
        (
            Example("Not in Leeds, as we said. Rather in York.", "Leeds", "York"),
            Example(
                "Nicht im Rathaus fand die Feier statt. Vielmehr traf man sich im Stadtpark.",
                "Rathaus",
                "Stadtpark",
                "de",
            ),
        ),
        within=False,
    ),
    Structure(
        "claim_and_fix",
        claims.claim_and_fix,
        (
            Example(
                "An earlier version said the mill opened in 1952. It opened in 1925.",
                "1952",
                "1925",
            ),
            Example(
                "Berichtigung: Wir haben die Stadträtin fälschlich der FDP zugeordnet. Sie ist "
                "Mitglied der SPD.",
                "der FDP",
                "der SPD",
                "de",
            ),
            Example(
                "Rettelse: I artiklen stod der, at koncerten fandt sted i Aalborg. Den fandt sted "
                "i Horsens.",
                "Aalborg",
                "Horsens",
                "da",
            ),
            Example(
                "Una versión anterior atribuía la frase a Pedro Sanz. Fue pronunciada por Rosa "
                "Gil.",
                "Pedro Sanz",
                "Rosa Gil",
                "es",
            ),
        ),
        within=False,
    ),
    Structure(
        "should_have",
        _should_have,
        (
            Example(
                "A review said: “The lake is the deepest in Europe.” It should have said: "
                "“The lake is the deepest in the Alps.”",
                "The lake is the deepest in Europe",
                "The lake is the deepest in the Alps",
            ),
            Example(
                "The headline “Mayor opens bridge” should have been “Mayor visits bridge”.",
                "Mayor opens bridge",
                "Mayor visits bridge",
            ),
            Example(
                "A caption should have said the photo was taken in Hull.",
                None,
                "the photo was taken in Hull",
            ),
        ),
    ),
    Structure(
        "correct_is",
        _correct_is,
        (Example("The correct figure is 4,210.", None, "4,210"),),
    ),
    Structure(
        "previously",
        _previously,
        (
            Example(
                "The agency now says nine were hurt (after initially stating 19).", "19", "nine"
            ),
            Example("Line two previously read £3,120.", "£3,120", None),
        ),
    ),
    Structure(
        "quoted_claim",
        _quoted_claim,
        (
            Example(
                "A review said: “The river is the longest in Wales.” The Towy is longer.",
                "The river is the longest in Wales",
                None,
            ),
        ),
    ),
    Structure(
        "it_is",
        _it_is,
        (
            Example("Il s'agissait du maire de Vernac, Paul Morin.", None, "Paul Morin", "fr"),
            Example("Es handelte sich um einen Irrtum. Es war Anna Kern.", None, None, "de"),
        ),
    ),
    Structure(
        "one_side",
        claims.one_side,
        (
            Example("This story was corrected to 412 seats.", None, "412"),
            Example(
                "The story misstated the year the hall opened. It opened in 1987.", None, "1987"
            ),
        ),
        within=False,
    ),
)


def read(sentences: list[str], code: str = "en") -> tuple[Pair, str | None]:
    """The values the sentences state, read in the words of ``code`` first; failing that,
    of English and the other registered languages (a short notice's language is easily
    misread, and a contrast is a contrast in any language)."""
    from revtrack.lang import codes

    first = read_in(sentences, code)
    if first[1] is not None:
        return first
    text = " ".join(sentences)
    for other in dict.fromkeys(("en", *codes())):
        if other == code or words_for(other).code != other:
            continue
        if not words_for(other).explicit.search(text):
            continue  # none of its contrast words: nothing to read in that language
        found = read_in(sentences, other)
        if found[1] is not None:
            return found
    return first


def read_in(sentences: list[str], code: str = "en") -> tuple[Pair, str | None]:
    """The values the notice's sentences state, and the name of the structure that read them.

    Sentences are read in order. In each, an explicit contrast within the sentence wins;
    then one pieced together with the next sentence, unless that sentence holds an
    explicit contrast of its own (it is then the one that states the values). A reading
    of one value is completed by a reading of the other value elsewhere in the notice
    ("previously read £34,512. ... corrects this figure to £33,975").
    """
    words = words_for(code)
    frozen = tuple(sentences)
    single: list[tuple[Pair, str]] = []
    best: dict[int, tuple[Pair, Structure] | None] = {}

    def best_at(index: int) -> tuple[Pair, Structure] | None:
        if index not in best:
            best[index] = _best(Clause(frozen, index, words))
        return best[index]

    for index in range(len(frozen)):
        found = best_at(index)
        if found is None:
            continue
        pair, structure = found
        if pair[0] and pair[1]:
            later = _signalled_instead(frozen, index, words, best_at)
            if later is not None:
                return later
            if not structure.within and index + 1 < len(frozen):
                # A reading pieced together with the next sentence gives way to that
                # sentence's own explicit contrast ("misstated the title. It is A, not B").
                nxt = best_at(index + 1)
                used_next = any(v and v in frozen[index + 1] for v in pair)
                if used_next and nxt and nxt[1].within and nxt[0][0] and nxt[0][1]:
                    return nxt[0], nxt[1].name
            return pair, structure.name
        single.append((pair, structure.name))
    if not single:
        return (None, None), None
    (wrong, right), name = single[0]
    for (other_wrong, other_right), _ in single[1:]:
        if wrong is None and other_wrong and not other_right:
            return (shapes.trim_to(other_wrong, right), right), name
        if right is None and other_right and not other_wrong:
            return (shapes.trim_to(wrong, other_right), other_right), name
    return (wrong, right), name


def _signalled(sentence: str, words: Words) -> bool:
    """The sentence speaks of the error or its fix (an error word, "should have", "the
    correct figure", a fix lead, the piece or the newsroom), not only of the facts."""
    return bool(
        words.error.search(sentence)
        or words.should.search(sentence)
        or words.correct.search(sentence)
        or words.fix_lead.search(sentence)
        or words.piece.search(sentence)
        or _FIX_FRAME.search(sentence)
    )


def _signalled_instead(
    sentences: tuple[str, ...],
    index: int,
    words: Words,
    best_at: Callable[[int], tuple[Pair, Structure] | None],
) -> tuple[Pair, str] | None:
    """A contrast in a sentence that only states facts ("A breach is a hole rather than an
    overrun.") gives way to one in a later sentence that states the fix ("The story should
    have made clear that X, rather than Y"); a later contrast that only names another error
    does not (a column item's first correction is its values)."""
    if _signalled(sentences[index], words):
        return None
    for later in range(index + 1, len(sentences)):
        found = best_at(later)
        if found is None:
            continue
        (wrong, right), structure = found
        sentence = sentences[later]
        fixing = words.should.search(sentence) or _FIX_FRAME.search(sentence)
        if wrong and right and structure.within and fixing:
            return (wrong, right), structure.name
    return None


def _same(a: str, b: str) -> bool:
    """The same words, as written: a name set against its own capitalisation ("DuVernay",
    not "Duvernay") is a contrast."""
    return " ".join(a.split()).strip(" .,;:") == " ".join(b.split()).strip(" .,;:")


def _best(clause: Clause) -> tuple[Pair, Structure] | None:
    """The strongest reading of one sentence: both values before one, within before across."""
    readings: list[tuple[int, int, Pair, Structure]] = []
    for rank, structure in enumerate(GRAMMAR):
        WORK.chars += len(clause.sentence) + len(clause.following)
        pair = structure.read(clause)
        if pair[0] and pair[1] and _same(pair[0], pair[1]):
            continue  # a value set against itself is no contrast: the sentence says more
        if pair[0] or pair[1]:
            both = bool(pair[0] and pair[1])
            strength = (0 if both else 2) + (0 if structure.within else 1)
            readings.append((strength, rank, pair, structure))
            if both and structure.within:
                break
    if not readings:
        return None
    readings.sort(key=lambda r: (r[0], r[1]))
    _, _, pair, structure = readings[0]
    return pair, structure
