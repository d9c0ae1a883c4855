"""Trying an expression only on a text that holds a word every match of it needs.

Python's ``re`` tries a long alternation at every position of a text, so searching a
paragraph for every signal of a language costs microseconds a character, though almost
no paragraph holds one. Most signals need some literal word ("misstated" needs "mis",
"an earlier version" needs "version" or "earlier"), and the words can be read from the
expression itself: ``required`` walks its parsed form and gives a set of strings one of
which every match contains, or None when it finds none. ``Gate.find`` first asks which
expressions' strings stand in the lower-cased text (a substring test, done in C), then
searches with those expressions only. The result is the same as searching with all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as C
from re import _parser as P

_MAX_WORDS = 300


def required(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains, or None.

    ``Gate`` looks for a string of letters only at the opening of a word, so one is
    required only where it opens a word: at the start of the pattern (every expression
    gated here matches at a word's start), or after a space or another character that
    is no letter. "mis" of "mis(?:stated|named)" opens a word; "ed" of "\\w+ed" does not,
    and neither does "tualizad" of "a(?:tualizad|ctualizad)", which ``re`` factors out of
    "atualizad|actualizad" (the "a" is put back in front of each alternative).
    """
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    found = _sequence(list(parsed.data), True)
    if not found or len(found) > _MAX_WORDS or any(len(s) < 2 and s.isalnum() for s in found):
        return None
    return frozenset(found)


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """Of two requirements, the one whose shortest string is longest (rarer to meet)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _sequence(items: list, at_start: bool) -> set[str] | None:
    """The requirement of a sequence; ``at_start`` says a word may open where it begins."""
    best: set[str] | None = None
    run = ""
    run_opens = at_start  # the run begins where a word may open
    here = at_start  # a word may open at the current place
    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av).lower()
            if not run:
                run_opens = here
            run += ch
            here = not _word_char(ch)
            continue
        if run:
            if op in (C.BRANCH, C.SUBPATTERN) and run_opens:
                joined = _joined(run, op, av)
                if joined is not None:
                    best = _better(best, joined)
            best = _better(best, _usable(run, run_opens))
            run = ""
        best = _better(best, _element(op, av, here))
        here = _after(op, av, here)
    if run:
        best = _better(best, _usable(run, run_opens))
    return best


def _usable(run: str, opens: bool) -> set[str] | None:
    """A literal run as a requirement: letters only where they open a word; a run with a
    space or a mark in it is looked for as it is, wherever it stands."""
    if opens or not all(map(_word_char, run)):
        return {run}
    return None


def _joined(run: str, op: object, av: object) -> set[str] | None:
    """The run put in front of each alternative's opening letters, when every one has some."""
    branches = _alternatives(op, av)
    if branches is None:
        return None
    out = set()
    for branch in branches:
        lead = _lead(branch)
        if not lead:
            return None
        out.add(run + lead)
    return out if len(out) <= _MAX_WORDS else None


def _alternatives(op: object, av: object) -> list[list] | None:
    if op is C.SUBPATTERN:
        data = list(av[-1].data)  # type: ignore[index]
        if len(data) == 1:
            return _alternatives(*data[0])
        return [data]
    if op is C.BRANCH:
        return [list(branch.data) for branch in av[1]]  # type: ignore[index]
    return None


def _lead(items: list) -> str:
    """The literal letters every match of the sequence opens with ("" when none)."""
    lead = ""
    for op, av in items:
        if op is not C.LITERAL:
            break
        lead += chr(av).lower()
    return lead


def _element(op: object, av: object, here: bool) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1].data), here)  # type: ignore[index]
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            part = _sequence(list(branch.data), here)
            if part is None:
                return None
            out |= part
        return out if len(out) <= _MAX_WORDS else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av  # type: ignore[misc]
        return _sequence(list(sub.data), here) if low >= 1 else None
    return None  # a class, an assertion, any character: no word is required


def _after(op: object, av: object, here: bool) -> bool:
    """Whether a word may open right after the element, given whether one may before it:
    after a space or a mark, and after an assertion or an optional part where one could
    before."""
    if op is C.LITERAL:
        return not _word_char(chr(av))  # type: ignore[arg-type]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return here
    if op is C.IN:
        return all(
            item == (C.CATEGORY, C.CATEGORY_SPACE)
            or (item[0] is C.LITERAL and not _word_char(chr(item[1])))
            for item in av  # type: ignore[union-attr]
        )
    if op is C.SUBPATTERN:
        return _sequence_after(list(av[-1].data), here)  # type: ignore[index]
    if op is C.BRANCH:
        return all(_sequence_after(list(b.data), here) for b in av[1])  # type: ignore[index]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av  # type: ignore[misc]
        taken = _sequence_after(list(sub.data), here)
        # An optional space ("der\\s*Artikel") is written where words meet: no text
        # joins them.
        return taken if low >= 1 or _spaces(sub) else here and taken
    return False


def _spaces(sub: object) -> bool:
    data = list(sub.data)  # type: ignore[attr-defined]
    return len(data) == 1 and data[0][0] is C.IN and _after(*data[0], False)


def _sequence_after(items: list, here: bool) -> bool:
    for op, av in items:
        here = _after(op, av, here)
    return here


_WORD = re.compile(r"\w+")
_PREFIX = 8  # letters of a word's opening that are compared


_LAST: tuple[str, str, frozenset[str]] = ("", "", frozenset())


def _openings(text: str) -> tuple[str, frozenset[str]]:
    """``text`` lower-cased and the openings of its words, kept for the last text: the
    quick check asks every language's gate about the same text in turn."""
    global _LAST
    last = _LAST  # one read: another thread may replace it meanwhile
    if last[0] is text or last[0] == text:
        return last[1], last[2]
    lower = text.lower()
    words = set(_WORD.findall(lower))
    openings = frozenset(w[:n] for w in words for n in range(1, min(len(w), _PREFIX) + 1))
    _LAST = (text, lower, openings)
    return lower, openings


class Gate:
    """Many expressions, each searched only in a text that holds a word it needs.

    The needed strings are nearly all the openings of words ("mis" of "misstated"); a
    text's word openings are collected once, in C, and each needed string looked up in
    them. A needed string with a non-word character in it is looked for as it is.
    """

    __slots__ = ("_needs", "_patterns")

    def __init__(self, patterns: Sequence[tuple[re.Pattern[str], frozenset[str] | None]]) -> None:
        self._patterns = [compiled for compiled, _ in patterns]
        self._needs = [
            None
            if needs is None
            else (
                frozenset(w[:_PREFIX] for w in needs if w.isalnum()),
                tuple(w for w in needs if not w.isalnum()),
            )
            for _, needs in patterns
        ]

    def find(self, text: str, *, first: bool = False) -> list[tuple[int, re.Match[str]]]:
        """(expression number, match) for every match of every expression, in the order
        of the expressions; with ``first``, only the first found."""
        lower, openings = _openings(text)
        found: list[tuple[int, re.Match[str]]] = []
        for number, compiled in enumerate(self._patterns):
            needs = self._needs[number]
            if (
                needs is not None
                and openings.isdisjoint(needs[0])
                and not any(w in lower for w in needs[1])
            ):
                continue
            for match in compiled.finditer(text):
                found.append((number, match))
                if first:
                    return found
        return found
