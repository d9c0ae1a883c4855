"""Scoring a passage for the signals a reader takes a correction notice by.

A notice names the piece or the publication itself ("this article", "an earlier version",
"our obituary", "as we said", a citation of our own page such as "(Red card, 15 May, page
34)"), says it was wrong ("misstated", "incorrectly said", "was wrong") and puts it right
("not", "rather than", "in fact", "has been corrected"); it may apologise. No one of these
makes a notice: news uses every one of them. Together, in any order and tense, they do.

Each way of giving a signal is a ``Rule``: a name, a language, the signal it gives, a
weight and a regular expression, with the sentences it must and must not match beside it
(the test suite runs them all). A language's rules are made from its module in
``revtrack.lang``; the few rules below hold for every language. ``score`` finds every
signal in a paragraph, turns away those that stand where a reader would not take them as
ours (inside quotation marks, in speech attributed to someone else, after another outlet
as the subject, in a general rule such as "When we make a correction ..."), and adds up
what stands in a window of neighbouring sentences.

Every expression is bounded (no nested unbounded repetition), so a search costs time in
proportion to the paragraph; ``WORK`` counts the characters searched, for the test that
holds the finder to linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from revtrack.lang import Language, get
from revtrack.notices.gate import Gate, required
from revtrack.notices.lexicon import ITEM
from revtrack.notices.segments import inside_quotes

SELF = "self"  # the piece or the publication names itself
ITEM_SUBJECT = "item_subject"  # a sentence opens with one of the pieces as its subject
DATED = "dated"  # a piece named with when or where it ran: "a Nov. 22 article"
CITED = "cited"  # a bracketed citation of our page: "(Red card, 15 May, page 34)"
FIRST_PERSON = "first_person"  # we, us, our: counted only beside another signal
ERROR = "error"  # the piece was wrong
ERROR_WORD = "error_word"  # an error is spoken of
CONTRAST = "contrast"  # not, rather than, instead of
FIX = "fix"  # in fact, the correct figure is, has been corrected
CLAIM = "claim"  # what the piece said
APOLOGY = "apology"
SIGNALS = (
    *(SELF, ITEM_SUBJECT, DATED, CITED, FIRST_PERSON, ERROR, ERROR_WORD, CONTRAST, FIX, CLAIM),
    APOLOGY,
)
STRONG = 2
# A passage is a notice when its signals in one window reach this, with a self-reference,
# another kind of signal beside it and at least one strong signal among them.
THRESHOLD = 4
_WINDOW = 3  # sentences
_SHORT_SENTENCES = 4  # a paragraph of at most this many sentences is one window
_MAX_PARAGRAPH = 6_000


@dataclass(frozen=True)
class Rule:
    """One way of giving one signal, with the sentences it must and must not match."""

    name: str
    language: str  # a language code, or "*" for every language
    signal: str
    weight: int
    pattern: str
    matches: tuple[str, ...] = ()
    misses: tuple[str, ...] = ()
    case_sensitive: bool = False

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The rule's expression, compiled on first use."""
        return _compile(_alternation([self.pattern], self.signal), self.case_sensitive)

    @cached_property
    def needs(self) -> frozenset[str] | None:
        """Strings one of which every match contains (``gate.required``), or None."""
        return required(self.pattern)


@cache
def _compile(pattern: str, case_sensitive: bool) -> re.Pattern[str]:
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)


_PAREN_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+(?-i:[A-Za-zéûä]{3,10})\.?|(?-i:[A-Z][a-zé]{2,9})\.?\s+"
    r"\d{1,2}\b|last\s+(?:week|month|\w+day)|yesterday|(?-i:[A-Z][a-zé]{3,9})(?=\s*\)))"
)
UNIVERSAL: tuple[Rule, ...] = (
    Rule(
        name="cited_page",
        language="*",
        signal=CITED,
        weight=3,
        pattern=(
            r"\([^()\n]{2,160}?,\s*(?:p\.?|pp\.?|pages?|seite|página|pagina|pag\.)\s*"
            r"(?-i:[A-Z])?\d{1,3}\b[^()\n]{0,40}\)"
        ),
        matches=(
            "not 1,000 as we said (Memories in music, 25 February, page 12, G2).",
            "(Bridges of the north, 2 April, p41)",
        ),
        misses=("The report (published in 2019) ran to 40 pages.", "(see page 3)"),
    ),
    Rule(
        name="cited_piece",
        language="*",
        signal=CITED,
        weight=3,
        # "(Review, 9 July)", "(Sport, 26 Oct)", "('Title' Escape, last week)", "(OFM,
        # September)": a title or section, a comma, then when it ran.
        # A bracket that credits an agency, a photographer or a source is a byline.
        pattern=(
            r"\((?!\s*(?:AP|AFP|Reuters|dpa|EFE|ANSA|Lusa|ANP|Belga|PA|Bloomberg|Photo|Foto|"
            r"Picture|Image|Credit|Source|Quelle|Fuente|Fonte|Bron|File|Archive|Archiv)\b)"
            rf"[^()\n]{{2,120}}?,\s*{_PAREN_DATE}[^()\n]{{0,60}}\)"
        ),
        matches=("as we said in an interview (Review, 9 July).", "('A day out' Escape, last week)"),
        misses=(
            "The talks (which began in May) ended.",
            "(Reuters) - Shares rose",
            "the harbour at dawn (Photo: Ann Lee, 3 May).",
            "as the minister said (AFP, 12 June).",
        ),
    ),
    Rule(
        name="quoted_title_dated",
        language="*",
        signal=CITED,
        weight=3,
        # A quoted title and when it ran: 'Way of the cross' (Comment, last week), a report
        # “Assam votes” (April 23, 2009), „Neue Wege“ vom 12. Juni.
        pattern=(
            r"[‘'“\"„«][^‘’“”\"„«»\n]{3,160}[’'”\"“»]\s*,?\s*(?:\([^()\n]{0,60}?"
            r"(?:\d|last\s+week|yesterday|(?-i:[A-Z][a-z]{3,9})\s*\))|"
            r"(?:vom|du|del|de|van|do|di)\s+\d+)"
        ),
        matches=(
            "'Way of the cross' (Comment, last week) was wrong to state",
            "a report “Assam goes to the polls” (April 23, 2009) gave it as",
            "In „Neue Wege am Fluss“ vom 12. Juni",
        ),
        misses=("He called it “a disgrace” (again) on Monday.",),
    ),
)


@cache
def rules_for(code: str) -> tuple[Rule, ...]:
    """The rules of one language, made from its module in the registry, and the
    universal ones."""
    language = get(code)
    made = list(UNIVERSAL)
    if language is not None:
        made.extend(_language_rules(language))
    return tuple(made)


_FIELDS: tuple[tuple[str, str, int], ...] = (
    ("self_references", SELF, 2),
    ("dated_references", DATED, 3),
    ("item_subjects", ITEM_SUBJECT, 1),
    ("first_person", FIRST_PERSON, 1),
    ("error_predicates", ERROR, 2),
    ("error_words", ERROR_WORD, 1),
    ("contrast_patterns", CONTRAST, 1),
    ("fix_patterns", FIX, 2),
    ("claim_verbs", CLAIM, 1),
    ("apologies", APOLOGY, 2),
)


def _language_rules(language: Language) -> list[Rule]:
    made = []
    for field_name, signal, weight in _FIELDS:
        for number, pattern in enumerate(getattr(language, field_name)):
            made.append(
                Rule(
                    name=f"{language.code}.{field_name}[{number}]",
                    language=language.code,
                    signal=signal,
                    weight=weight,
                    pattern=pattern,
                    # "us" is a pronoun; "US" is a country.
                    case_sensitive=signal == FIRST_PERSON and pattern in {"us", "(?-i:I)"},
                )
            )
    return made


# Signals made of whole words: "we" is not the start of "week", nor "not" of "nothing".
_WHOLE_WORDS = frozenset({FIRST_PERSON, CONTRAST, CLAIM, ERROR_WORD, APOLOGY})


def _alternation(patterns: list[str], signal: str) -> str:
    tail = r"(?!\w)" if signal in _WHOLE_WORDS else ""
    return r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + tail


@cache
def _strong_rules(code: str) -> tuple[Rule, ...]:
    """The rules a notice cannot do without one of: strong signals, and a piece opening a
    sentence (strong in a column, and it makes its "said" strong)."""
    return tuple(
        r for r in rules_for(code) if r.weight >= STRONG or r.signal in (ITEM_SUBJECT, DATED, CITED)
    )


@cache
def _gate(code: str, strong: bool) -> Gate:
    rules = _strong_rules(code) if strong else rules_for(code)
    return Gate([(rule.compiled, rule.needs) for rule in rules])


@lru_cache(maxsize=512)
def has_strong_signal(text: str, code: str) -> bool:
    """True when some strong signal of the language stands in ``text``: without one, no
    passage is a notice by its signals. Kept for the last few texts: the finder asks
    again of a paragraph when it reads it beside its neighbour."""
    return bool(_gate(code, True).find(text, first=True))


@cache
def _refusals(code: str) -> tuple[re.Pattern[str] | None, ...]:
    """(a general rule's opener, a law as subject, an outlet as subject) of a language."""
    language = get(code)
    if language is None:
        return None, None, None
    generic = (
        _compile(r"^\W{0,3}(?:" + "|".join(language.generic_openers) + r")\b", False)
        if language.generic_openers
        else None
    )
    legal = (
        _compile(r"\b(?:" + "|".join(language.legal_subjects) + r")\b", False)
        if language.legal_subjects
        else None
    )
    outlet = (
        _compile(r"^\W{0,3}(?:" + "|".join(language.outlet_subjects) + r")\b", False)
        if language.outlet_subjects
        else None
    )
    return generic, legal, outlet


# Someone else speaking: "..., the spokesman said", "according to": the whole sentence is
# theirs. "Smith said", "said Smith," name a speaker inside it: the sentence is theirs
# unless our own piece is named first ("A May 3 article mistakenly said Canada ...").
_ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|wrote|"
    r"added|claimed|argued|insisted|alleged|tweeted|acknowledged|admitted|conceded|noted|"
    r"confirmed|announced|complained|explained|pointed\s+out|recalled|observed)\b|"
    r"\baccording\s+to\b"
)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
# A count of corrections or of the pieces they fixed: "we corrected 212 articles", "328
# corrections in 2010", "dozens of stories": a newsroom's statistics, not one notice.
_TALLY = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*|dozens|hundreds|scores)\s+(?:of\s+)?(?:corrections|clarifications|"
    r"articles|stories|errors|mistakes|notices|Korrekturen|Artikel|Fehler|rectificatifs|"
    r"erreurs|correcciones|rectificaciones|errores|artículos|correções|erros|artigos|"
    r"correcties|fouten|artikelen|rettifiche|errori|articoli)\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(
    r"^\W{0,2}(?:The|A|An)\s+(?:[\w’'-]+\s+){0,3}?(?:said|says|told|claimed|insisted|argued|"
    r"alleged)\b|"
    r"\b(?:said|says|told|claimed)\s+(?:the\s+)?(?:[A-Z][\w.'’-]+|spokes\w+|officials?)"
    r"(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:[,.;]|$)|"
    r"\b(?:[A-Z][\w.'’-]+)\s+(?:said|says|told|tweeted|claimed|insisted)\b"
)
# Our own words in what looks like attribution: "as we said", "as an article said".
_OWN_WORDS = re.compile(
    r"\b(?:we|our|us|as|it|article|story|report|piece|item|column|editorial|headline|caption|"
    r"analysis|interview|obituary|review|feature|subheading|version)\b",
    re.IGNORECASE,
)
# Another outlet, named as the one that did something.
_OUTLET = re.compile(
    r"\b(?:Times|Post|Journal|Tribune|Guardian|Reuters|Associated\s+Press|AP|CNN|BBC|Fox|NBC|"
    r"ABC|CBS|MSNBC|NPR|Bloomberg|Herald|Telegraph|Mail|Gazette|Politico|Axios|HuffPost|"
    r"BuzzFeed|Vox|Economist|Spiegel|Monde|País|Figaro|Zeit|Courier|Sentinel|Chronicle|"
    r"Mercury|Ledger|Examiner|Globe|Bulletin|Inquirer|Register|Dispatch|Independent|Atlantic|"
    r"Newsweek|Spectator|Express|Mirror|Standard|Slate|Ombudsman)\b"
)
# A paper's name opening a sentence, as its subject: "The Times ...", "The Daily Record ...".
_OWN_NAME_SUBJECT = re.compile(
    r"\W{0,3}The\s+(?:[A-Z][\w.-]*\s+){0,2}?"
    + _OUTLET.pattern
    + r"(?:\s+[A-Z][\w.-]*){0,2}(?=\s+[a-z])"
)
_EMBEDDED = re.compile(r"\b(?:what|whether|how)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_AMENDED = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+amended\b", re.IGNORECASE)

# Characters searched by the scorer's expressions since the module was loaded: a
# deterministic measure of its work, which the linear-time test reads.
WORK = [0]


@dataclass(frozen=True)
class Signal:
    """One signal found in a paragraph."""

    signal: str
    weight: int
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Score:
    """The verdict on one paragraph: where the notice starts, and what it rests on."""

    start: int
    total: int
    signals: tuple[Signal, ...] = field(default=())

    def has(self, signal: str) -> bool:
        """True when the window the verdict rests on holds this signal."""
        return any(s.signal == signal for s in self.signals)


def score(
    paragraph: str,
    sentences: list[tuple[int, int]],
    language: str,
    *,
    alone: bool = False,
    dated: bool = False,
) -> Score | None:
    """The notice ``paragraph`` holds by its signals, or None.

    ``sentences`` are the paragraph's sentence spans; ``language`` the code whose rules
    apply; ``alone`` says no article prose stands beside the paragraph (a corrections
    column's item, a notice given on its own), where an outlet's name is its own;
    ``dated`` says the paragraph stands under a line that is only a date, as the items
    of a dated corrections column do: the date cites the column as a day cites a piece.
    """
    paragraph = paragraph[:_MAX_PARAGRAPH]
    WORK[0] += len(paragraph)
    if not dated and not has_strong_signal(paragraph, language):
        # Without a strong signal only our own claim set right can make a notice, in a
        # short item given alone or one that says "we".
        if len(paragraph) > _CLAIM_CHARS or not (alone or _WE_WORD.search(paragraph)):
            return None
        if addresses_us(paragraph, language):
            return None
        return _own_claim(
            paragraph, sentences, _signals(paragraph, sentences, language, alone), alone
        )
    if addresses_us(paragraph, language):
        return None
    found = _signals(paragraph, sentences, language, alone)
    if dated and found:
        found.append(Signal(DATED, 3, 0, 0, 0))
    # A piece opening a sentence that another self-reference names already ("An article"
    # of "An article on Monday") is that reference, not a second one.
    named = [s for s in found if s.signal in (SELF, DATED, CITED)]
    # A short item given alone that cites our page ("Joan Pike chaired the society from
    # 1962 (Obituaries, 3 August).") is a column's item by its citation alone.
    cites = (
        alone
        and len(sentences) <= 3
        and len(paragraph) <= 600
        and any(s.signal == CITED for s in found)
    )
    found = [
        s
        for s in found
        if s.signal != ITEM_SUBJECT or not any(o.start < s.end and s.start < o.end for o in named)
    ]
    # In a column of items, or a notice given alone, a piece opening a sentence is ours,
    # and a piece named with its day or page is cited as a column cites it.
    found = [
        Signal(SELF, 2 if alone else 1, s.start, s.end, s.sentence)
        if s.signal == ITEM_SUBJECT
        else Signal(SELF, 3 if alone else STRONG, s.start, s.end, s.sentence)
        if s.signal == DATED
        else Signal(SELF, s.weight, s.start, s.end, s.sentence)
        if s.signal == CITED
        else s
        for s in found
    ]
    # What our own piece said ("Our obituary ... said", "as we said") is the claim a
    # notice takes back: stronger than a "said" of anyone's.
    found = [
        Signal(CLAIM, STRONG, s.start, s.end, s.sentence)
        if s.signal == CLAIM
        and any(
            o.signal == SELF
            and o.weight >= STRONG
            and o.sentence == s.sentence
            and o.start < s.start
            for o in found
        )
        else s
        for s in found
    ]
    if not found:
        return None
    if cites:
        return Score(start=0, total=THRESHOLD, signals=tuple(found))
    short = len(sentences) <= _SHORT_SENTENCES
    windows = [(0, len(sentences))] if short else _windows(len(sentences))
    for first, last in windows:
        inside = [s for s in found if first <= s.sentence < last]
        total = _total(inside)
        if total is None:
            continue
        start = (
            0 if short and len(paragraph) <= 900 else sentences[min(s.sentence for s in inside)][0]
        )
        return Score(start=start, total=total, signals=tuple(inside))
    return _own_claim(paragraph, sentences, found, alone)


# Who makes a claim a notice takes back: "We", with at most a time or an adverb before
# the verb. A name there ("Newsnight suggested", "Police initially said") may be a
# programme of ours or anyone at all, so it is left to the other signals.
_OWN_CLAIMANT = re.compile(
    r"\W{0,3}[Ww]e\s+(?:(?:last\s+(?:week|month|\w+day)|yesterday|on\s+\w+day|also|had|have|\w+ly)\s+){0,3}"
)
_CLAIM_CHARS = 800
_WE_WORD = re.compile(r"\bwe\b", re.IGNORECASE)


def _own_claim(
    paragraph: str, sentences: list[tuple[int, int]], found: list[Signal], alone: bool
) -> Score | None:
    """A short item in which we said something, and the same or the next sentence sets it
    right with a contrast, an error or a fix: "We said the lane was 3 miles long; it is
    1.8, not 3." The claim's subject is what makes it ours."""
    if len(paragraph) > _CLAIM_CHARS or len(sentences) > _SHORT_SENTENCES:
        return None
    for claim in found:
        if claim.signal != CLAIM:
            continue
        a = sentences[claim.sentence][0]
        if _OWN_CLAIMANT.fullmatch(paragraph, a, claim.start) is None:
            continue
        near = [
            s
            for s in found
            if s.signal in (CONTRAST, ERROR, FIX)
            and claim.sentence <= s.sentence <= claim.sentence + 1
        ]
        if near:
            return Score(start=0, total=THRESHOLD, signals=(claim, *near))
    return None


@cache
def _reader_address(code: str) -> re.Pattern[str] | None:
    language = get(code)
    if language is None or not language.reader_addresses:
        return None
    return _compile(r"(?<!\w)(?:" + "|".join(language.reader_addresses) + ")", False)


# A letter's signature closing the paragraph: "... not £4m. John Smith, York", "— Ann
# Cole, Leeds".
_SIGNED = re.compile(
    r"(?:[.!?]\s+|[—–]\s*)(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+,\s+[A-Z][\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]+)?\s*$"
)


def addresses_us(paragraph: str, code: str) -> bool:
    """True when the paragraph is a reader's letter: it speaks to the publication about
    its piece ("Your article on the library was wrong", "I was surprised to read ...") or
    ends with its writer's name and town. A letter's complaint is no notice of ours."""
    if _SIGNED.search(paragraph[-120:]):
        return True
    pattern = _reader_address(code)
    if pattern is None:
        return False
    for match in pattern.finditer(paragraph):
        WORK[0] += match.end() - match.start()
        if not _quoted(paragraph, match.start()):
            return True
    return False


def _windows(count: int) -> list[tuple[int, int]]:
    return [(i, min(count, i + _WINDOW)) for i in range(max(1, count - _WINDOW + 1))]


def _total(signals: list[Signal]) -> int | None:
    """The window's score when it makes a notice, else None."""
    with_other = {s.sentence for s in signals if s.signal not in (SELF, FIRST_PERSON)}
    selves = [s for s in signals if s.signal == SELF]
    counted: dict[str, int] = {}
    for s in signals:
        if s.signal == FIRST_PERSON and (
            s.sentence not in with_other or any(o.start <= s.start < o.end for o in selves)
        ):
            continue  # "we" alone says nothing, nor twice the "our" of "our story"
        # Each kind counts once, at its strongest: three "not"s are one contrast.
        counted[s.signal] = max(counted.get(s.signal, 0), s.weight)
    # A second, different self-reference ("In some editions of yesterday's Style section")
    # adds one.
    # Two spans that overlap ("An article" and "article on Monday") are one reference.
    second = len({(s.start, s.end) for s in selves}) > 1 and len({s.start for s in selves}) > 1
    own = counted.get(SELF, 0) + counted.get(FIRST_PERSON, 0) + (1 if second else 0)
    other = sum(w for k, w in counted.items() if k not in (SELF, FIRST_PERSON))
    # A strong signal besides the self-reference, or a self-reference that alone is
    # strong (a citation of our page, two different ones): "our usual article" and
    # "instead of" make no notice.
    own_only = counted.get(SELF, 0) + (1 if second else 0)
    strong = own_only >= 3 or any(
        w >= STRONG for k, w in counted.items() if k not in (SELF, FIRST_PERSON)
    )
    if own >= 1 and other >= 1 and strong and own + other >= THRESHOLD:
        return own + other
    return None


def _signals(
    paragraph: str,
    sentences: list[tuple[int, int]],
    language: str,
    alone: bool,
) -> list[Signal]:
    generic, legal, outlet_subject = _refusals(language)
    refused = set()
    # Where someone else's speech starts in a sentence: only our own item named before it
    # ("A May 3 article mistakenly said Canada ...") keeps the sentence ours.
    speech: dict[int, int] = {}
    cited: dict[int, int] = {}
    outlet_before: dict[int, int] = {}
    for index, (a, b) in enumerate(sentences):
        sentence = paragraph[a:b]
        said = _attribution(sentence, _SPEAKER)
        if said is None:
            said = _reported_speech(sentence, language)
        tail = _attribution(sentence, _ATTRIBUTION_TAIL)
        if (
            (generic is not None and generic.match(sentence))
            or (outlet_subject is not None and outlet_subject.match(sentence))
            or _ACCORDING.search(sentence)
            or _TALLY.search(sentence)
        ):
            refused.add(index)
        elif tail is not None:
            # ", the spokesman said": someone else's words, unless a citation of our own
            # page stands before ("In a piece (How to make toast, page 34), the chef says").
            cited[index] = a + tail
        elif said is not None:
            speech[index] = a + said
        elif not alone:
            outlet = _OUTLET.search(sentence)
            if outlet:
                outlet_before[index] = a + outlet.start()
    found: list[Signal] = []
    if alone:
        # In a corrections column a paper names itself: "The Times incorrectly identified
        # ...", "The Herald misstated ...". In an article the same words are another's.
        for index, (a, b) in enumerate(sentences):
            own = _OWN_NAME_SUBJECT.match(paragraph, a, b)
            if own is not None and index not in refused:
                found.append(Signal(SELF, STRONG, own.start(), own.end(), index))
    rules = rules_for(language)
    for number, match in _gate(language, False).find(paragraph):
        rule = rules[number]
        signal, weight = rule.signal, rule.weight
        WORK[0] += match.end() - match.start()
        index = _sentence_index(sentences, match.start())
        if index is None or index in refused:
            continue
        if _quoted(paragraph, match.start()) or _EMBEDDED.search(
            paragraph, max(0, match.start() - 40), match.start()
        ):
            continue
        if signal in (ITEM_SUBJECT, SELF, DATED, CITED) and _owned(paragraph, match, signal, alone):
            continue  # "The station's story", "an earlier version of the council's report"
        if signal in (ERROR, FIX) and outlet_before.get(index, len(paragraph)) < match.start():
            continue  # "The Sentinel misnamed ...": another outlet's error
        if signal == FIX and legal is not None and _AMENDED.match(paragraph, match.start()):
            a = sentences[index][0]
            if legal.search(paragraph, a, match.start()):
                continue  # "The bill was amended to ...": the legal sense
        found.append(Signal(signal, weight, match.start(), match.end(), index))
    if speech:
        own = {
            s.sentence
            for s in found
            if s.signal in (SELF, ITEM_SUBJECT, DATED)
            and s.sentence in speech
            and s.start < speech[s.sentence]
        }
        found = [s for s in found if s.sentence not in speech or s.sentence in own]
    if cited:
        own = {
            s.sentence
            for s in found
            if s.signal == SELF
            and s.weight > STRONG
            and s.sentence in cited
            and s.start < cited[s.sentence]
        }
        found = [s for s in found if s.sentence not in cited or s.sentence in own]
    return found


# A piece named with its owner: "the station's story", "the headline on the rival paper's
# front page", "an article in the Sentinel", "its story". Days are no owners ("Monday's").
_POSSESSIVE = re.compile(
    r"\b(?!(?:yesterday|today|tomorrow|week|weekend|month|year|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)['’]s)[\w-]+['’]s\s",
    re.IGNORECASE,
)
_OWNER_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?[\s,]*(?:in|on|by|from|of|for)\s+(?:(?:the|an?)\s+)?(?:(?:[\w-]+\s+){0,2}?"
    r"[\w-]+['’]s\s|(?:its|their|his|her|a\s+rival|another)\b|(?:[\w.'’-]+\s+){0,3}?"
    + _OUTLET.pattern
    + ")"
)


# A possessive of someone else's just before the piece: "his column", "sa chronique",
# "ihr Bericht", "la sua rubrica", "zijn stuk". Our own pieces are "our", "this", a day's.
_THEIR_BEFORE = re.compile(
    r"(?<!\w)(?:his|her|their|its|sein|seine|seinem|seiner|seinen|ihrem|ihrer|ihren|son|sa|ses|"
    r"leur|leurs|sus|seu|sua|seus|suas|suo|sue|suoi|loro|zijn|haar|hun)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Another outlet named after the piece in the same sentence: "..., published on Monday in
# the Times", "a story last week by Reuters".
_OUTLET_NEAR = re.compile(
    r"[^.;!?\n]{0,80}?\b(?:in|by|from|of)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?" + _OUTLET.pattern
)
# An outlet in the piece's own noun phrase: "A Reuters report on Monday".
_OUTLET_BEFORE = re.compile(
    r"(?<!\w)(?i:an?|the)\s+(?:[\w.'’-]+\s+){0,2}?" + _OUTLET.pattern + r"\s+(?:[\w-]+\s+)?$"
)
# Made by an institution ("A report on Monday by the audit office") or in a named
# publication ("in The Lancet"); our reporters are named by their names, not so.
_MADE_BY = re.compile(
    r"(?:\s+[\w-]+){0,3}?[\s,]+(?:by\s+(?:the|an?)\s+(?-i:[a-z])|in\s+(?-i:The\s+[A-Z]))"
)


# After a dated piece: "in the Gazette", "by Reuters", "in its Sunday edition", "in the
# rival paper's"; not a day ("in Monday's paper" is ours) nor a section ("in Sport").
_DATED_OWNER = re.compile(
    r"(?:\s+[\w-]+){0,2}?[\s,]*(?:in|by|from)\s+(?:(?:the|an?)\s+)?(?:(?:its|their|his|her|"
    r"a\s+rival|another)\b|(?:[\w.'’-]+\s+){0,3}?"
    + _OUTLET.pattern
    + r"|(?:[\w-]+\s+)?(?!(?i:yesterday|today|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|last)['’]s)[\w-]+['’]s\s)"
)


# For a piece opening a sentence: "by" someone, "in" a named publication ("An article in
# Nature", "A report by the inspector").
_MAKER_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:by\s+(?!our\b|us\b|me\b)|in\s+(?-i:[A-Z])[\w-]+(?![\w-]*['’]s))"
)


def _owned(paragraph: str, match: re.Match[str], signal: str, alone: bool = False) -> bool:
    """True when the piece a signal names is someone else's.

    ``alone``: no article prose stands beside the paragraph, as in a corrections column,
    where a paper names its own pieces by its own name ("The Post's Jan. 3 story").
    """
    if alone and _OWN_NAME_BEFORE.search(paragraph, max(0, match.start() - 40), match.start()):
        return False
    if signal == DATED and _DATED_OWNER.match(paragraph, match.end()):
        return True  # "A story on Monday in the Gazette", "an article last week by Reuters"
    if match.group(0)[:1].isalpha() and _THEIR_BEFORE.search(
        paragraph, max(0, match.start() - 30), match.start()
    ):
        return True  # "in his column on Sunday", "nella sua rubrica di ieri"
    if _OUTLET_BEFORE.search(paragraph, max(0, match.start() - 50), match.start()):
        return True  # "A Reuters report on Monday": the outlet's piece
    if signal == ITEM_SUBJECT and _OUTLET.search(match.group(0)):
        return True  # "A Reuters report", "The BBC documentary"
    if _OUTLET_NEAR.match(paragraph, match.end()) or _MADE_BY.match(paragraph, match.end()):
        return True  # "The obituary of the poet, published on Monday in the Times"
    if signal == SELF and _VERSION_END.search(match.group(0)):
        owner = _VERSION_OF.match(paragraph, match.end())
        if owner is not None and not _ITEM_WORD.search(owner.group(0)):
            return True  # "the previous version of the software", "earlier editions of the guide"
    if signal in (SELF, DATED, CITED):
        # Our own piece, then "of the council's report": the earlier version is theirs;
        # "The Gazette's story on Tuesday": a piece with an owner before it is theirs too.
        return bool(
            _SELF_OWNER.match(paragraph, match.end())
            or _OWNER_BEFORE.search(paragraph, max(0, match.start() - 60), match.start())
        )
    return bool(
        _POSSESSIVE.search(match.group(0))
        or _OWNER_AFTER.match(paragraph, match.end())
        or _MAKER_AFTER.match(paragraph, match.end())
    )


# A paper's own name as the owner of the piece right before it: "The Post's", "The Times'".
_OWN_NAME_BEFORE = re.compile(
    r"(?<!\w)The\s+(?:[A-Z][\w.-]*\s+){0,2}?"
    + _OUTLET.pattern
    + r"(?:['’]s?)\s+(?:[\w.-]+\s+){0,3}$"
)


# "An earlier version", "later editions": whose version it is, when an "of" says so.
_VERSION_END = re.compile(r"(?:versions?|editions?|drafts?|iterations?)$", re.IGNORECASE)
# Only a common noun owns it: "of The Hindu" names the paper's own editions.
_VERSION_OF = re.compile(
    r"\s+of\s+(?:the|an?|his|her|its|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*"
)
_ITEM_WORD = re.compile(r"\b" + ITEM + r"\b", re.IGNORECASE)


_SELF_OWNER = re.compile(
    r"\s+(?:of|in|by|from)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?!(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)"
    r"[\w-]+['’]s\s",
    re.IGNORECASE,
)


_OWNER_BEFORE = re.compile(
    r"(?<![\w'’])(?<!\bthis\s)(?<!\bour\s)(?!(?:yesterday|today|tomorrow|week|weekend|month|"
    r"year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)[\w-]+['’]s\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


@cache
def _speech(code: str) -> re.Pattern[str] | None:
    """A verb of speech and the word that opens what was said: "dijo que", "zei dat"."""
    language = get(code)
    if code == "en" or language is None or not language.complementizers:
        return None
    verbs = "|".join(sorted(map(re.escape, language.speech_verbs), key=len, reverse=True))
    after = "|".join(language.complementizers)
    return re.compile(rf"(?<!\w)(?:{verbs}),?\s+(?:{after})(?!\w)", re.IGNORECASE)


def _reported_speech(sentence: str, code: str) -> int | None:
    """Where someone's reported words start in a sentence of another language than
    English ("El ministro dijo que la noticia ..."), or None. English is read by
    ``_SPEAKER``; our own piece named before the verb keeps the sentence ours."""
    pattern = _speech(code)
    if pattern is None:
        return None
    match = pattern.search(sentence)
    return match.start() if match else None


def _sentence_index(sentences: list[tuple[int, int]], pos: int) -> int | None:
    for index, (start, end) in enumerate(sentences):
        if start <= pos < end:
            return index
    return None


def _attribution(sentence: str, pattern: re.Pattern[str]) -> int | None:
    """Where the sentence reports what someone else said ("..., the spokesman said"), or
    None; our own "as we said" and "as an article said" are not attribution."""
    for match in pattern.finditer(sentence):
        if not _OWN_WORDS.search(match.group(0)):
            return match.start()
    return None


def _quoted(paragraph: str, pos: int) -> bool:
    """True when ``pos`` stands inside quotation marks opened earlier in the paragraph."""
    return inside_quotes(paragraph, pos)
