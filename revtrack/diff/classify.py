"""What kind of change a reader would call each edit, and how much it matters.

The kinds follow what corrections are about: a name, a number, a date, a quote, a typo.
Everything here looks only at the changed words and the sentences around them, so the
rules can be read and tested one by one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from revtrack.diff.lexicon import lexicon
from revtrack.diff.tokens import words
from revtrack.notices.cue import may_hold_notice
from revtrack.sentences import is_abbreviation
from revtrack.textnorm import alnum_only, cosmetic_only, whitespace_only


def _words(text: str) -> list[str]:
    return text.split()


KINDS = (
    "headline",
    "byline",
    "date",
    "name",
    "number",
    "quote",
    "subheading",
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
    "quote_added",
    "quote_removed",
    "subheading_added",
    "subheading_removed",
    "notice_added",
    "notice_removed",
    "whitespace",
    "punctuation",
    "markup",
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
        each every any few several such still also however meanwhile later earlier everyone
        everybody everything someone somebody something anyone anybody anything nobody
        nothing none we're we've they're it's that's there's let's yes"""
    )
)
# An apostrophe with a letter on both sides, or a plural's ("its", "it's"; "players'").
_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])|(?<=[sS])['’](?![^\W\d_])")
_AFTER_HOUR = frozenset(
    _words(
        "a.m p.m am pm o'clock o’clock gmt utc bst cet et est edt ct cst cdt mt mst mdt pt pst pdt"
    )
)
# Up to this many changed words, an edit is about any date, number or name in it.
_SMALL_EDIT_WORDS = 4
# A name this long is seldom one letter away from another name.
_LONG_NAME = 8
# Titles and roles: changing one changes who someone is.
_ROLES = frozenset(
    _words(
        """president vice chairman chairwoman chair chief deputy assistant associate acting
        interim former senior junior director secretary minister spokesman spokeswoman
        spokesperson senator representative congressman congresswoman governor mayor
        lawmaker commissioner superintendent sheriff judge justice attorney prosecutor
        general officer detective captain lieutenant sergeant ceo founder owner professor
        adviser advisor aide ambassador candidate executive manager coach councilman
        councilwoman treasurer chancellor premier envoy inspector principal dean editor
        rep sen gov lt gen col sgt capt cmdr adm maj cpl pvt supt atty amb"""
    )
)
# Titles as news copy abbreviates them before a name, and the words that qualify a role:
# "Rep." to "Sen." or "Former" added changes a role even where capitals make it look
# like part of the name.
_TITLE_MARKS = frozenset(
    _words(
        "rep sen gov lt gen col sgt capt cmdr adm maj cpl pvt supt atty amb former acting interim"
    )
)
# Courtesy titles: adding or dropping one is house style ("Mr. Smith" to "Smith"), not
# a change of who someone is.
_COURTESY = frozenset(_words("mr mrs ms miss mx"))
_DIGIT = re.compile(r"\d")
# How a figure is written, reduced to its value: "$1.2m", "$1.2 million" and "$1.2mn" say
# the same; so do "62%", "62 percent" and "62 per cent", and "nine" and "9".
_SCALES = {
    **dict.fromkeys(_words("k thousand"), "e3"),
    **dict.fromkeys(_words("m mn mln million"), "e6"),
    **dict.fromkeys(_words("b bn bln billion"), "e9"),
    **dict.fromkeys(_words("tn trn trillion"), "e12"),
    **dict.fromkeys(_words("% pc percent"), "%"),
}
_SMALL_NUMBERS = {
    word: str(value)
    for value, word in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
}
_ORDINALS = {
    word: f"{value}th"
    for value, word in enumerate(
        _words("zeroth first second third fourth fifth sixth seventh eighth ninth tenth"), 0
    )
}
_FIGURE_PART = re.compile(r"(\d+(?:[.,]\d+)*)(st|nd|rd|th)?([a-z%]*)|([a-z]+)|(\S)")
# Marks that are not punctuation but content: emoji and other pictographs.
_SYMBOL_CATEGORIES = frozenset({"So"})


# Page furniture that extraction lets through: a slot for an advertisement, a link to
# another story, an invitation to subscribe or follow. Added or removed, such a line
# tells the reader nothing about the story, so its change is trivial.
_FURNITURE_LINE = re.compile(
    r"""^(?:advertisement|ad|skip\ advertisement|story\ continues(?:\ below)?(?:\ advertisement)?
    |continue\ reading(?:\ the\ main\ story)?|scroll\ to\ continue(?:\ with\ content)?
    |share(?:\ this)?(?:\ article|\ story)?|related(?:\ stories|\ coverage|\ articles)?
    |recommended|most\ read|trending(?:\ now)?|listen\ to\ this\ article)$""",
    re.I | re.X,
)
_FURNITURE_OPENING = re.compile(
    r"""^(?:(?:read\ more|also\ read|read\ also|related|see\ also|more|watch|listen
    |recommended|trending)\s*:
    |sign\ up\b.*\bnewsletters?\b|sign\ up\ (?:for|to)\ our\b
    |subscribe\ (?:to\ our|now|today|for\ free)\b|get\ (?:our|the)\b.*\bnewsletter
    |follow\ (?:us|\S+(?:\ \S+)?)\ on\ (?:twitter|x|facebook|instagram|threads|bluesky)
    |click\ here\ to|download\ (?:our|the)\b.*\bapp\b
    |this\ content\ is\ not\ available)""",
    re.I | re.X,
)
_FURNITURE_WORDS = 30


def is_furniture(text: str) -> bool:
    """Whether a paragraph or sentence is page furniture ("Advertisement", "Read more:
    ...", "Sign up for our newsletter"), not reporting."""
    line = text.strip().rstrip(".!:»›>→ ").strip()
    if not line or "\n" in line or len(line.split()) > _FURNITURE_WORDS:
        return False
    return bool(_FURNITURE_LINE.match(line) or _FURNITURE_OPENING.match(line))


@functools.lru_cache(maxsize=64)
def notice_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``revtrack.notices.find_notices`` sees notices in ``text``, as offsets.

    The notice parser is the one judge of what is a notice, so that the diff and the
    correction log never disagree. Its quick check (``may_hold_notice``, built from the
    parser's own word lists) turns ordinary reporting away first, so that a diff without
    a notice never loads the parser. Answers are kept for the last few texts: a hunk's
    added text is asked about when it might be a rewrite and again when its pieces are
    marked, and the quick check alone costs a few microseconds a character.
    """
    if not may_hold_notice(text):
        return ()
    from revtrack.notices.finder import notice_spans as spans

    return tuple(spans(text))


def covered_by(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a notice in ``spans`` begins no later than ``start`` and, with the others,
    covers at least half of ``start:end``.

    A paragraph of new reporting that ends with "This story has been updated." is news
    first, and is reported as an added paragraph: the notice parser gives such an update
    line a span of its own sentence, which begins after the paragraph does. A notice that
    runs over two pieces (a "Correction" heading, then its text) covers the second from
    before its start.
    """
    if end <= start or not any(lo <= start < hi for lo, hi in spans):
        return False
    overlap = sum(max(0, min(end, hi) - max(start, lo)) for lo, hi in spans)
    return 2 * overlap >= end - start


Flag = bool | Callable[[], bool]
"""A yes or no about an edit's surroundings, or a function that works it out when asked."""


def classify_edit(
    before: str,
    after: str,
    *,
    in_quote: bool = False,
    beside_date: bool = False,
    opens_sentence: bool = False,
    ordinary: Callable[[str], bool] | None = None,
    known_before: Callable[[str], bool] | None = None,
) -> str:
    """The kind of an edit inside a sentence (``before`` and ``after`` are the changed text).

    ``in_quote`` says the edit sits inside quotation marks. ``beside_date`` that a month
    name comes just before it or a month or time of day just after it, so that "Dec. 30"
    to "Dec. 31", "3 September" to "4 September" and "10 a.m." to "11 a.m." are dates,
    not numbers. ``opens_sentence`` says the edit starts its sentence (or a quotation),
    where every word is capitalised: there its first word counts as a name only if
    ``ordinary`` (a check that the word also appears in lower case in the article) says
    it is not an ordinary word. ``known_before`` tells whether a word already appears in
    the old version; see ``_plainly_misspelt`` for what it decides.

    A date, number or name in a long rewrite names the change only when it is on both
    sides of it: "burned for hours" rewritten as "took most of the night to contain" is
    a change of wording, not of a time of day.
    """
    return _kind(
        before,
        after,
        _EditWords(before, after, words),
        in_quote=in_quote,
        beside_date=beside_date,
        opens_sentence=opens_sentence,
        ordinary=ordinary,
        known_before=known_before,
    )


def rate_edit(
    before: str,
    after: str,
    *,
    in_quote: Flag = False,
    beside_date: Flag = False,
    opens_sentence: Flag = False,
    ordinary: Callable[[str], bool] | None = None,
    known_before: Callable[[str], bool] | None = None,
    words_of: Callable[[str], list[str]] = words,
    language: str = "en",
    before_figure: Flag = False,
    named_inside: Callable[[str], bool] | None = None,
) -> tuple[str, str, tuple[str, ...]]:
    """``classify_edit`` and ``significance`` of one edit at once.

    A heavy rewrite has a thousand edits to classify, so the work they share is done
    once: the edit's words are split and counted once for both (``words_of`` may be a
    look-up that remembers the words of texts seen before), and the surroundings may be
    given as functions, asked only when a rule needs them, since most edits are decided
    before the quote and date rules are reached. The third value is the edit's facets:
    the other kinds that fit it too (``facets``).
    """
    changed = _EditWords(before, after, words_of)
    kind = _kind(
        before,
        after,
        changed,
        in_quote=in_quote,
        beside_date=beside_date,
        opens_sentence=opens_sentence,
        ordinary=ordinary,
        known_before=known_before,
        language=language,
        before_figure=before_figure,
        named_inside=named_inside,
    )
    found = facets(kind, changed, in_quote, opens_sentence, ordinary, language)
    return kind, _significance(kind, changed), found


# The kinds an edit can have besides its primary one: a number in a name's sentence
# ("Officer Jon Doe, 43"), a name inside a quotation.
_FACET_KINDS = frozenset({"date", "number", "name"})


def facets(
    kind: str,
    changed_words: _EditWords,
    in_quote: Flag,
    opens_sentence: Flag,
    ordinary: Callable[[str], bool] | None,
    language: str = "en",
) -> tuple[str, ...]:
    """The other kinds that fit an edit whose primary kind is a date, number or name:
    a name or a number changed with it, or quotation marks around it. Most edits are
    wording and never get here."""
    if kind not in _FACET_KINDS:
        return ()
    removed, added = changed_words.changed()
    changed = removed + added
    small = len(changed) <= _SMALL_EDIT_WORDS

    def about(test: Callable[[str], bool]) -> bool:
        if small:
            return any(map(test, changed))
        return any(map(test, removed)) and any(map(test, added))

    date_word, number_word = _word_tests(language)
    first = set()
    if _asked(opens_sentence):
        first = {
            changed_words.first(changed_words.before),
            changed_words.first(changed_words.after),
        }

    def name_word(word: str) -> bool:
        if not _proper(word) or date_word(word) or number_word(word):
            return False
        return not (word in first and (ordinary is None or ordinary(word)))

    found = []
    if kind != "number" and about(number_word):
        found.append("number")
    if kind != "name" and about(name_word):
        found.append("name")
    if _asked(in_quote):
        found.append("quote")
    return tuple(found)


def _kind(
    before: str,
    after: str,
    changed_words: _EditWords,
    *,
    in_quote: Flag,
    beside_date: Flag,
    opens_sentence: Flag,
    ordinary: Callable[[str], bool] | None,
    known_before: Callable[[str], bool] | None,
    language: str = "en",
    before_figure: Flag = False,
    named_inside: Callable[[str], bool] | None = None,
) -> str:
    letters_before = alnum_only(before)
    letters_after = alnum_only(after)
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
        if _WORD_APOSTROPHE.sub("", before) == _WORD_APOSTROPHE.sub("", after):
            return "spelling"  # "its" to "it's": the apostrophe is part of the word
        if not _symbols_changed(marks_before, marks_after):
            return "punctuation"
        # An emoji or other pictograph came or went: content, read as words are below.
    if letters_before != letters_after and letters_before.lower() == letters_after.lower():
        if _restyled_name(before, after):
            return "name"  # "Atome" to "ATOME": the name as its owner writes it
        return "spelling"  # capitalisation
    if not (letters_before.isascii() and letters_after.isascii()) and _folded(
        letters_before
    ) == _folded(letters_after):
        return "spelling"  # "Jose" to "José": an accent, not another name
    markup = _MARKUP_GATE.search(before) or _MARKUP_GATE.search(after)
    if markup and _markup_only(before) and _markup_only(after):
        return "markup"  # a link target, a tag: nothing a reader sees changed
    removed, added = changed_words.changed()
    changed = removed + added
    small = len(changed) <= _SMALL_EDIT_WORDS

    def about(test: Callable[[str], bool]) -> bool:
        """The edit is about such words: they are on both sides, or it is a small edit."""
        if small:
            return any(map(test, changed))
        return any(map(test, removed)) and any(map(test, added))

    date_word, number_word = _word_tests(language)
    if about(date_word) or (
        small and any(w[:1].isdigit() for w in changed) and _asked(beside_date)
    ):
        if small and _abbreviation_of(removed, added):
            return "spelling"  # "Sept." to "September": the same date in house style
        return "date"
    if about(number_word):
        if small and _same_figures(before, after):
            return "wording"  # "$1.2m" to "$1.2 million": the figure is unchanged
        return "number"
    if small and _qualifies_figure(changed, language, before_figure):
        return "number"  # "almost 32 million" to "more than 32 million"
    # The words that open the sentence, worked out the first time a capitalised word
    # needs them: most edits have none, and placing an edit in its sentence costs more
    # than the rest of its rules.
    found: list[set[str]] = []

    def openers() -> set[str]:
        if not found:
            found.append(
                {changed_words.first(before), changed_words.first(after)}
                if _asked(opens_sentence)
                else set()
            )
        return found[0]

    def proper(word: str) -> bool:
        return _proper(word) and not (word in openers() and (ordinary is None or ordinary(word)))

    if len(removed) == 1 and len(added) == 1 and _possessive_of(removed[0], added[0]):
        return "spelling"  # "Wang vurdering" to "Wangs vurdering": the name's grammar
    if len(removed) == 1 and len(added) == 1 and _is_typo(removed[0], added[0]):
        old, new = removed[0], added[0]

        def slip_at_opening(word: str) -> bool:
            # A long word a letter from another at a sentence's start, that the article
            # never writes with a capital inside a sentence: a typo, not a name (a name
            # this long is seldom a letter from another name).
            return (
                len(word) >= _LONG_NAME
                and word in openers()
                and named_inside is not None
                and not named_inside(word)
            )

        if (
            (proper(old) or proper(new))
            and not (slip_at_opening(old) and slip_at_opening(new))
            and not _plainly_misspelt(old, new, known_before)
        ):
            return "name"
        return "spelling"

    if _grammar_slip(removed, added, language):
        return "spelling"  # "support and transparency" to "support the transparency"

    def named(words: list[str]) -> bool:
        """``any(map(proper, words))``, with the opener rule asked only of the words that
        ``_proper`` (cached, run from C by ``filter``) lets through: few, in most edits."""
        return any(
            not (word in openers() and (ordinary is None or ordinary(word)))
            for word in filter(_proper, words)
        )

    if named(changed) if small else (named(removed) and named(added)):
        # Asked only of edits that would be names: most edits never get here.
        if small and _abbreviation_of(removed, added):
            return "spelling"  # "Texas" to "Tex.", "Governor" to "Gov.": house style
        if small and _titles_only(changed):
            return "wording"  # "Rep." to "Sen.", "Former" added: a role, not a name
        return "name"
    if _asked(in_quote):
        return "quote"
    return "wording"


@functools.cache
def _word_tests(code: str) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """The date-word and number-word tests for an article in language ``code``: English's
    words, and that language's from the registry (``diff/lexicon.py``)."""
    if code == "en":
        return _date_word, _number_word
    lex = lexicon(code)
    numbers = _NUMBER_WORDS | lex.number_words
    # Another language's months and weekdays whatever their case (Danish writes
    # "september"), but an English month only as English allows ("may" is a verb).
    own_months = (lex.months | lex.weekdays) - _MONTHS - _DATE_WORDS

    @functools.lru_cache(maxsize=_WORD_CACHE)
    def date_word(word: str) -> bool:
        return _date_word(word) or word.lower() in own_months

    @functools.lru_cache(maxsize=_WORD_CACHE)
    def number_word(word: str) -> bool:
        return bool(_DIGIT.search(word)) or word.lower() in numbers

    return date_word, number_word


# Commonest words whose swap for one another changes who or what is meant: one person's
# pronoun for another's, a definite article for an indefinite one ("The crowd" to "A crowd").
_MEANING_WORDS = frozenset(
    _words("he she it him her his hers its they them their we you i a an the")
)


def _grammar_slip(removed: list[str], added: list[str], code: str) -> bool:
    """Whether an edit only puts one of the language's commonest words for another, or
    adds or drops one ("and" for "the", "som" for "der", a stray "her" cut): a slip of
    grammar an editor fixes as a typo, which changes no fact. A negation never is one
    ("not" added), nor one person's pronoun put for another's ("he" for "she"), nor
    "a" for "the"."""
    if len(removed) > 1 or len(added) > 1 or not (removed or added):
        return False
    words = [w.lower() for w in (*removed, *added)]
    if any(w in _NEGATIONS for w in words):
        return False
    if removed and added and all(w in _MEANING_WORDS for w in words):
        return False
    common = _common_words(code)
    return all(w in common for w in words)


@functools.cache
def _common_words(code: str) -> frozenset[str]:
    """The commonest words of the article's language and of English (the registry's)."""
    from revtrack.lang import get

    languages = [get("en"), get(code)]
    return frozenset().union(*(lang.stopwords for lang in languages if lang is not None))


def _qualifies_figure(changed: list[str], code: str, before_figure: Flag) -> bool:
    """Whether the changed words only qualify the figure that follows them: "more than
    40" to "about 40", "almost 32 million" to "more than 32 million", "rund 40" added."""
    words = lexicon(code).qualifier_words
    return bool(changed) and all(w.lower() in words for w in changed) and _asked(before_figure)


def _possessive_of(old: str, new: str) -> bool:
    """Whether one name is the other with or without its possessive ending ("Wang" and
    "Wangs", "Smith" and "Smith's"): the same name, its grammar fixed."""
    short, long = (old, new) if len(old) < len(new) else (new, old)
    if not short[:1].isupper() or not long.startswith(short):
        return False
    return long[len(short) :].lower() in {"s", "'s", "’s", "'", "’", "es"}


# Markup a text file may carry that a reader of the page never sees: a Markdown link's
# target, an HTML tag, a template tag.
_MARKUP_GATE = re.compile(r"\]\(|<[/a-zA-Z!]|\{[%{]")
_MARKUP = re.compile(r"\]\([^)\s]*\)|<[/!]?[a-zA-Z][^<>]*>|<!--|-->|\{%.*?%\}|\{\{.*?\}\}")


def _markup_only(text: str) -> bool:
    """Whether ``text`` holds nothing but markup, once link targets and tags are gone."""
    return not any(ch.isalnum() for ch in _MARKUP.sub("", text))


def _asked(flag: Flag) -> bool:
    return flag() if callable(flag) else flag


def significance(kind: str, before: str = "", after: str = "") -> str:
    """trivial, minor or substantive: what the correction log and --ignore-trivial use.

    A change of wording is minor unless it changes more than four words, adds or removes
    a negation, or changes a title or role ("deputy chief" to "assistant chief", "the
    mayor" to "the former mayor"): who someone is, like what they said, is a fact.
    """
    return _significance(kind, _EditWords(before, after, words))


def _significance(kind: str, changed_words: _EditWords) -> str:
    if kind in {"whitespace", "punctuation", "markup"}:
        return "trivial"
    if kind in {"spelling", "sentence_moved", "paragraph_moved", "sentence_split"}:
        return "minor"
    if kind in {"subheading_added", "subheading_removed"}:
        return "minor"  # a heading organises the story; it states nothing by itself
    if kind == "sentence_merged":
        return "minor"
    if kind == "wording":
        removed, added = changed_words.changed()
        if len(removed) + len(added) > 4:
            return "substantive"
        lowered = [w.lower() for w in removed + added]
        if any(w in _NEGATIONS or w in _ROLES for w in lowered):
            return "substantive"
        if removed and added and any(w in _COURTESY for w in lowered):
            return "substantive"  # "Mr." to "Ms.": the story now says someone else
        return "minor"
    if kind == "name":
        removed, added = changed_words.changed()
        if [w.lower() for w in removed] == [w.lower() for w in added]:
            return "minor"  # the same name, restyled: it names no one else
    return "substantive"


def _restyled_name(before: str, after: str) -> bool:
    """Whether a capitalised word kept its first capital and changed the case of the
    rest ("Atome" to "ATOME", "Mcdonald" to "McDonald"): a name restyled, where a
    sentence's first word or a common word only ever changes its first letter."""
    return (
        before[:1].isupper()
        and after[:1].isupper()
        and before[1:] != after[1:]
        and any(ch.isupper() for ch in before[1:] + after[1:])
    )


def _symbols_changed(marks_before: list[str], marks_after: list[str]) -> bool:
    """Whether an emoji or other pictograph differs between the two sides' marks."""
    if all(c.isascii() for c in marks_before) and all(c.isascii() for c in marks_after):
        return False
    symbols = [
        [c for c in marks if unicodedata.category(c) in _SYMBOL_CATEGORIES]
        for marks in (marks_before, marks_after)
    ]
    return symbols[0] != symbols[1]


def _folded(text: str) -> str:
    """``text`` without accents, case-folded: "José" and "Jose" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _titles_only(changed: list[str]) -> bool:
    """Whether the changed words are all titles or roles, one of them a title as written
    before a name ("Sen", "Former", "Mr")."""
    return all(map(_title_word, changed)) and any(
        w.lower() in _TITLE_MARKS or w.lower() in _COURTESY for w in changed
    )


def _abbreviation_of(removed: list[str], added: list[str]) -> bool:
    """Whether one word was swapped for its abbreviation or back."""
    return len(removed) == 1 and len(added) == 1 and _abbreviates(removed[0], added[0])


def _title_word(word: str) -> bool:
    """A title, role or courtesy title ("Sen", "former", "Mr"), in any case.

    A spelled-out capitalised role alone ("Deputy" to "Assistant" Police Chief) is left
    to the name rules: there it is part of a name-like title.
    """
    lowered = word.lower()
    return lowered in _ROLES or lowered in _COURTESY


def _abbreviates(old: str, new: str) -> bool:
    """Whether one word is the other's usual abbreviation: a period abbreviation news copy
    uses ("Tex.", "Calif.", "Gov.", "Sept.") whose letters open the long form in order."""
    short, long = (old, new) if len(old) < len(new) else (new, old)
    if len(short) < 2 or not is_abbreviation(short):
        return False
    short, long = short.lower(), long.lower()
    if short[0] != long[0] or not long.isalpha():
        return False
    letters = iter(long[1:])
    return all(c in letters for c in short[1:])


def _figures(text: str) -> list[str] | None:
    """The figures in ``text`` as values ("$1.2m" gives ["$", "1.2e6"]), or None when the
    text holds any word that is not part of a figure."""
    found: list[str] = []
    text = text.lower().replace("per cent", "percent")
    for digits, ordinal, suffix, word, mark in _FIGURE_PART.findall(text):
        if digits:
            value = digits.replace(",", "") + (ordinal and "th")
            if suffix and suffix not in _SCALES:
                return None
            found.append(value + _SCALES.get(suffix, ""))
        elif word:
            if word in _SMALL_NUMBERS:
                found.append(_SMALL_NUMBERS[word])
            elif word in _ORDINALS:
                found.append(_ORDINALS[word])
            elif word in _SCALES and found and found[-1][:1].isdigit():
                found[-1] += _SCALES[word]
            else:
                return None
        elif mark in "$£€¥":
            found.append(mark)
    return found


def _same_figures(before: str, after: str) -> bool:
    """Whether an edit only rewrites how a figure is written ("62%" to "62 percent")."""
    if not (_DIGIT.search(before) or _DIGIT.search(after)):
        return False
    old, new = _figures(before), _figures(after)
    return old is not None and bool(old) and old == new


class _EditWords:
    """The words an edit removed and added, worked out when first asked and then kept,
    since both the kind and the significance of an edit are read from them."""

    __slots__ = ("_after", "_before", "_changed", "_words_of")

    @property
    def before(self) -> str:
        return self._before

    @property
    def after(self) -> str:
        return self._after

    def __init__(self, before: str, after: str, words_of: Callable[[str], list[str]]) -> None:
        self._before = before
        self._after = after
        self._words_of = words_of
        self._changed: tuple[list[str], list[str]] | None = None

    def changed(self) -> tuple[list[str], list[str]]:
        """Words in ``before`` but not ``after`` and the reverse, counted with repeats."""
        if self._changed is None:
            self._changed = _changed_words(
                self._words_of(self._before), self._words_of(self._after)
            )
        return self._changed

    def first(self, text: str) -> str:
        """The first word of ``text`` (the edit's before or after), or nothing."""
        found = self._words_of(text)
        return found[0] if found else ""


def _changed_words(old_words: list[str], new_words: list[str]) -> tuple[list[str], list[str]]:
    """The words of ``old_words`` not in ``new_words`` and the reverse, with repeats, each
    in order of first use (what ``Counter`` subtraction gives, at a fraction of its cost:
    its ``-`` is written in Python and builds a third Counter)."""
    old_set, new_set = set(old_words), set(new_words)
    if old_set.isdisjoint(new_set):
        return old_words, new_words
    if len(old_set) == len(old_words) and len(new_set) == len(new_words):
        # No word repeated on either side (most edits): each word is removed or added
        # once if the other side lacks it, and the lists keep their order.
        return (
            [w for w in old_words if w not in new_set],
            [w for w in new_words if w not in old_set],
        )
    old, new = Counter(old_words), Counter(new_words)
    old_get, new_get = old.get, new.get
    removed = [w for w, n in old.items() for _ in range(n - new_get(w, 0))]
    added = [w for w, n in new.items() for _ in range(n - old_get(w, 0))]
    return removed, added


# The word tests below are pure functions of one word, and a rewrite asks them about
# every word it changed: a heavy rewrite asks some ten thousand times, mostly about the
# same few hundred words. Cached, a repeated word costs a dictionary look-up made in C
# rather than a Python call, and ``any(map(test, words))`` runs without a Python frame.
# The bound keeps a long-running watcher's memory flat.
_WORD_CACHE = 8192


@functools.lru_cache(maxsize=_WORD_CACHE)
def _date_word(word: str) -> bool:
    """A month or weekday name, a time of day, a year: "may" and "march" only capitalised."""
    lowered = word.lower()
    if lowered in _MONTHS:
        return word[:1].isupper()
    # Every form _TIME takes opens with a digit, so most words skip the regex.
    return lowered in _DATE_WORDS or (word[:1].isdecimal() and bool(_TIME.match(word)))


@functools.lru_cache(maxsize=_WORD_CACHE)
def _number_word(word: str) -> bool:
    """A figure ("6,000", "3.5%") or a number written out ("three", "million")."""
    return bool(_DIGIT.search(word)) or word.lower() in _NUMBER_WORDS


@functools.lru_cache(maxsize=_WORD_CACHE)
def _proper(word: str) -> bool:
    """A capitalised word that is not a function word: a name, a place, an organisation."""
    return word[:1].isupper() and word.lower() not in _FUNCTION_WORDS


def _is_typo(old: str, new: str) -> bool:
    """A small letter-level fix of one word ("recieve" to "receive"), not another word."""
    if not (old.isalpha() and new.isalpha()) or min(len(old), len(new)) < 3:
        return False
    if old.lower() in _NEGATIONS or new.lower() in _NEGATIONS:
        return False
    if min(len(old), len(new)) == 3:
        # Too short for a changed letter to be a slip ("cat", "cut"), but two
        # neighbouring letters swapped ("teh", "adn") is one.
        return len(old) == len(new) and _swapped(old.lower(), new.lower())
    limit = 2 if min(len(old), len(new)) >= 8 and old.islower() and new.islower() else 1
    return edit_distance(old.lower(), new.lower(), limit) <= limit


def _swapped(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring letters swapped."""
    wrong = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(wrong) == 2
        and wrong[1] == wrong[0] + 1
        and (a[wrong[0]], a[wrong[1]]) == (b[wrong[1]], b[wrong[0]])
    )


def _plainly_misspelt(old: str, new: str, known_before: Callable[[str], bool] | None) -> bool:
    """Whether a name changed by a letter is the same name mistyped rather than another.

    A letter changed in a name usually changes who or what is meant: Holt and Hult,
    Lopez and Lopes, Jon and John are different people, and newsrooms correct them as
    misidentifications. So a name edit is a name change unless the old form is plainly
    a slip of the keyboard, or the article itself already spelled the name the new way:

    - two neighbouring letters swapped ("Petres" to "Peters");
    - a letter typed three times ("Lightfooot"), or a doubled letter doubled or not in a
      long word ("Massachussetts"), where no second name is that close;
    - the new form was already in the old version (``known_before``): "Hult ... Holt
      ... Hult" made consistent is a typo fix of a name the story had right.

    A dropped or doubled letter in a short name ("Philips", "Phillips") stays a name
    change: both are real, different names.
    """
    if known_before is not None and known_before(new):
        return True
    a, b = old.lower(), new.lower()
    if len(a) == len(b):
        wrong = [i for i in range(len(a)) if a[i] != b[i]]
        return (
            len(wrong) == 2
            and wrong[1] == wrong[0] + 1
            and (a[wrong[0]], a[wrong[1]]) == (b[wrong[1]], b[wrong[0]])
        )
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1:
        return False
    at = next((i for i in range(len(shorter)) if longer[i] != shorter[i]), len(shorter))
    letter = longer[at]
    run = 1
    left = at - 1
    while left >= 0 and longer[left] == letter:
        run, left = run + 1, left - 1
    right = at + 1
    while right < len(longer) and longer[right] == letter:
        run, right = run + 1, right + 1
    return run >= 3 or (run == 2 and len(shorter) >= _LONG_NAME)


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


def is_time_of_day(word: str) -> bool:
    """True for the words that follow an hour: "a.m.", "pm", "o'clock", a time zone."""
    return word.lower().rstrip(".") in _AFTER_HOUR


def is_month(word: str) -> bool:
    """True for a month's name or its abbreviation ("Dec", "December")."""
    return word.rstrip(".").lower() in _MONTHS
