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
    """Lower-cased strings one of which every match of ``pattern`` contains, or None."""
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    found = _sequence(list(parsed.data))
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


def _sequence(items: list) -> set[str] | None:
    best: set[str] | None = None
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            best = _better(best, {run})
            run = ""
        best = _better(best, _element(op, av))
    if run:
        best = _better(best, {run})
    return best


def _element(op: object, av: object) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1].data))  # type: ignore[index]
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            part = _sequence(list(branch.data))
            if part is None:
                return None
            out |= part
        return out if len(out) <= _MAX_WORDS else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av  # type: ignore[misc]
        return _sequence(list(sub.data)) if low >= 1 else None
    return None  # a class, an assertion, any character: no word is required


_WORD = re.compile(r"\w+")
_PREFIX = 8  # letters of a word's opening that are compared


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
        lower = text.lower()
        words = set(_WORD.findall(lower))
        openings = {w[:n] for w in words for n in range(1, min(len(w), _PREFIX) + 1)}
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
