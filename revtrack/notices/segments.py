"""Paragraph and sentence boundaries with character offsets, for texts of any shape."""

from __future__ import annotations

import re
from functools import cache

from revtrack.lang import registered
from revtrack.notices.language import wordset

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’'»)\]]*\s+|[;:]\s*\n|\n")
# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = wordset(
    "mr mrs ms dr prof sgt gen col lt capt cpl maj adm gov sen rep rev st jr sr co "
    "corp inc ltd jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu "
    "fri sat sun no nos vs ill ind fla calif mass penn ariz conn mich minn tenn wis "
    "ky la md mo nev okla ore pa va wash u.s u.k u.n a.m p.m e.g i.e etc approx dept "
    "univ ave blvd ft mt z.b bzw vgl nr s.a sra sr mme mlle m "
)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; paragraphs are split by blank lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _add(spans, text, start, match.start())
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, keeping abbreviations whole."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if (
            _is_abbreviation(text, match.start())
            or not _next_starts_sentence(text, match.end())
            or _ordinal_date(text, match.start(), match.end())
        ):
            continue
        _add(spans, text, start, match.end())
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


@cache
def _months() -> frozenset[str]:
    return frozenset(m for lang in registered() for m in lang.months)


_DAY_DOT = re.compile(r"(?<!\d)\d{1,2}$")
_NEXT_WORD = re.compile(r"[^\W\d_]+")


def _ordinal_date(text: str, dot: int, after: int) -> bool:
    """True when the full stop belongs to a day written as an ordinal ("vom 3. Mai", "am
    12. Juni"): the German and Danish way of writing a date, not a sentence's end."""
    if text[dot : dot + 1] != "." or not _DAY_DOT.search(text, max(0, dot - 3), dot):
        return False
    word = _NEXT_WORD.match(text, after)
    return bool(word) and word.group(0).lower() in _months()


_OPENERS = "„«‹"
_QUOTE_CHARS = re.compile('["“”„«»‹›]')


def inside_quotes(text: str, pos: int) -> bool:
    """True when ``pos`` stands inside quotation marks opened before it in ``text``.

    The marks pair as each language writes them: “…” and "…" in English, „…“ in German,
    «…» in French and »…« in German books, so a German title („Neue Wege“) closes where it
    ends instead of leaving the rest of the paragraph inside a quotation.
    """
    stack: list[str] = []
    for match in _QUOTE_CHARS.finditer(text, 0, pos):
        mark = match.group(0)
        top = stack[-1] if stack else ""
        if mark == '"':
            if top == '"':
                stack.pop()
            else:
                stack.append(mark)
        elif mark in _OPENERS:
            if (mark == "«" and top == "»") or (mark == "‹" and top == "›"):
                stack.pop()  # »…« closes with «
            else:
                stack.append(mark)
        elif mark == "“":
            if top == "„":
                stack.pop()
            else:
                stack.append(mark)
        elif mark == "”":
            if top in ("“", "„"):
                stack.pop()
        elif mark in "»›":
            if top in ("«", "‹"):
                stack.pop()
            else:
                stack.append(mark)  # German »…«
    return bool(stack)


def _is_abbreviation(text: str, dot: int) -> bool:
    if dot >= len(text) or text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if word_start > 0 and text[word_start - 1].isdigit() and "." not in word:
        return False  # "fined £3m." and "40bn." end on an amount, not an initial
    return word in _ABBREVIATIONS or len(word) == 1 or ("." in word and len(word) <= 5)


def _next_starts_sentence(text: str, pos: int) -> bool:
    if pos >= len(text):
        return True
    char = text[pos]
    return not (char.islower() or char in ",;")
