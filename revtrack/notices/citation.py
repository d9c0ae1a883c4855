"""The piece a corrections-column item refers to, when the item names it.

Columns cite the corrected piece in brackets: "(Show him the red card, 15 May, page 34)",
"(Musical memories, 25 February, page 12, G2)", "('A day out' Escape, last week)", or
after a quoted title: 'Way of the cross' (Comment, last week). The parts are read by
their shape, in any order after the title: a page ("page 34", "p41"), a date or a day
("15 May", "last week"), and the rest (a section, a supplement) left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from revtrack.lang import registered


@dataclass(frozen=True)
class Piece:
    """What a notice says of the piece it corrects: its title, when it ran, its page."""

    title: str | None
    date: str | None
    page: str | None


_BRACKETS = re.compile(r"\(([^()\n]{2,200})\)")
_PAGE = re.compile(r"^(?:p\.?|pp\.?|pages?|seite|página|pagina|pag\.)\s*([A-Z]?\d{1,3})\b", re.I)
# A year or a clock time beside a date belongs to the date ("Dec. 31, 2019, 10:31 a.m."),
# never to a title.
_YEAR_OR_TIME = re.compile(
    r"^(?:1[89]\d\d|20\d\d|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h\d*|uhr|Uhr)?|\d{1,2}[:.]\d{2})$",
    re.I,
)
_QUOTED_BEFORE = re.compile(r"[‘'“\"„«]([^‘’“”\"„«»\n]{3,160})[’'”\"“»]\s*,?\s*$")
_QUOTED_INSIDE = re.compile(r"^[‘'“\"„«]([^‘’“”\"„«»\n]{3,160})[’'”\"“»]\s*(.*)$")


@cache
def _date() -> re.Pattern[str]:
    months = sorted({m for lang in registered() for m in lang.months}, key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(m) for m in months) + r")\.?"
    return re.compile(
        rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{month}(?:\s+\d{{4}})?|{month}\s+\d{{1,2}}(?:,\s*\d{{4}})?|"
        rf"{month}(?:\s+\d{{4}})?|last\s+(?:week|month|\w+day)|yesterday|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
        re.I,
    )


def cited_piece(text: str) -> Piece | None:
    """The first bracketed citation of a piece in ``text`` that gives a date or a page."""
    for match in _BRACKETS.finditer(text[:3000]):
        parts = [part.strip() for part in match.group(1).split(",")]
        title = None
        quoted = _QUOTED_INSIDE.match(parts[0])
        if quoted:
            title, parts[0] = quoted.group(1).strip(), quoted.group(2).strip()
        date = page = None
        rest = []
        for part in parts:
            found = _PAGE.match(part)
            if found and page is None:
                page = found.group(1)
            elif date is None and _date().match(part):
                date = part
            elif date is not None and _YEAR_OR_TIME.match(part):
                date = f"{date}, {part}"
            elif part:
                rest.append(part)
        if date is None and page is None:
            continue
        before = _QUOTED_BEFORE.search(text, 0, match.start())
        if title is None and before:
            title = before.group(1).strip()
        elif title is None and rest:
            title = rest[0]
        if title is None and page is None:
            # A date alone in brackets dates the notice itself ("CORRECTION (Dec. 31,
            # 2019)"): it names no piece.
            continue
        return Piece(title=title, date=date, page=page)
    return None
