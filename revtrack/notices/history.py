"""Entries of a publisher's change history: "12 March 2024: Corrected the figure for X."

Government and some news sites keep a dated log at the foot of a page ("Updates to this
page", "Full page history", "Update history"): a date, then what changed. Each entry that
says what changed is a notice of its own, whose kind its words give: "Corrected ...",
"Fixed ...", "Typo corrected" put an error right (a correction); "Added ...", "Updated
...", "Removed ..." change the page (an update). "First published" records no change.

An entry is read alone as well as in its history, because the differ passes an added
entry by itself: a block the extractor marked as history (``[history] `` in the stored
text, see ``revtrack.blocks``) is always an entry, any other paragraph only when it opens
with a full calendar date and the words after it open with a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from revtrack.lang import registered


@dataclass(frozen=True)
class Entry:
    """One dated entry: its kind and the date as written (None when it gives none)."""

    kind: str
    date_text: str | None


@cache
def _date() -> re.Pattern[str]:
    """A full calendar date at the start of a paragraph, in any registered language."""
    months = sorted({m for lang in registered() for m in lang.months}, key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(m) for m in months) + ")"
    day = r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?"
    year = r"\d{4}"
    time = r"(?:,?\s+(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?)?"
    return re.compile(
        rf"^\s*(?P<date>(?:{day}\s+(?:de\s+)?{month}\.?,?\s+(?:de\s+)?{year}|"
        rf"{month}\.?\s+{day},?\s+{year}|{year}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]{year})"
        rf"{time})(?![\w/])\s*(?:\n|[:|—–-]\s*|,\s+|\s+(?=[A-ZÀ-Ý]))",
        re.IGNORECASE,
    )


@cache
def _verbs() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(any change verb at an entry's start, a correction's words, "first published")."""
    every = [v for lang in registered() for kind in lang.history_verbs.values() for v in kind]
    fixes = [v for lang in registered() for v in lang.history_verbs.get("correction", ())]
    opens = re.compile(
        r"^\W{0,2}(?:(?:under|in|on|for|within)\s+(?:[^.\n]|\.(?=\d)){1,80}?,\s+"
        r"(?:[^.\n]{0,120}?\b)?)?(?:" + "|".join(every) + r")",
        re.IGNORECASE,
    )
    correction = re.compile(r"\b(?:" + "|".join(fixes) + r")", re.IGNORECASE)
    first = re.compile(
        r"^\W{0,2}(?:first\s+published|published|erstveröffentlichung|publié|publicado|"
        r"pubblicato|gepubliceerd)\W*$",
        re.IGNORECASE,
    )
    return opens, correction, first


_HEADING_WORDS = 12


def history_entry(paragraph: str, *, marked: bool = False) -> Entry | None:
    """The change-history entry ``paragraph`` is, or None.

    ``marked``: the extractor marked the block as an entry of the page's history.
    """
    text = paragraph.strip()
    if not text or len(text) > 1500:
        return None
    date = _date().match(text)
    body = text[date.end() :].strip() if date else text
    opens, correction, first = _verbs()
    if not body or first.match(body):
        return None
    # A dated line that opens with a change, or names an error in its first words.
    if not marked and (date is None or not (opens.match(body) or correction.search(body[:300]))):
        return None
    if marked and date is None and len(body.split()) < 2:
        return None
    kind = "correction" if correction.search(body) else "update"
    return Entry(kind=kind, date_text=date.group("date").strip() if date else None)
