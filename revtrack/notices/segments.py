"""Paragraph and sentence boundaries with character offsets, for texts of any shape."""

from __future__ import annotations

import re

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
        if _is_abbreviation(text, match.start()) or not _next_starts_sentence(text, match.end()):
            continue
        _add(spans, text, start, match.end())
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


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
