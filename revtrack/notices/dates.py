"""A notice's own date, as written, turned into ISO form.

dateparser takes a fifth of a second to import, so it is loaded on the first date only:
``import revtrack.notices`` must stay fast for the command line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}")
_TIME = re.compile(
    r"\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{1,2}\s*uhr", re.I
)
_DOTTED_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})\s*([ap])\.?\s?m\.?", re.I)
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.", re.I)
_NUMERIC_DMY = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
# Dates written in figures, and years, which must not be read as times ("12.03.2023").
_NUMERIC_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}|\b(?:1[89]|20)\d{2}\b"
)
_MAX_DATE_CHARS = 80


def to_iso(date_text: str | None, language: str = "en") -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` for a date that names its year, else None.

    A date without a year ("Aug. 14 2:05 p.m.") or a bare time ("8.40am") gives None: the
    year would be a guess, and a wrong date is worse than none.
    """
    if not date_text or len(date_text) > _MAX_DATE_CHARS or not _YEAR.search(date_text):
        return None
    cleaned = _DOTTED_TIME.sub(lambda m: f"{m[1]}:{m[2]} {m[3]}m", date_text)
    cleaned = _MERIDIEM.sub(lambda m: f"{m[1]}m", cleaned)
    cleaned = re.sub(r"\s+at\s+|\s+um\s+|\s+à\s+|\s+a\s+las\s+", " ", cleaned)
    cleaned = cleaned.replace("Sept.", "Sep.").strip(" ,.;:")
    order = "DMY" if _NUMERIC_DMY.search(cleaned) or language != "en" else None
    parsed = _parse(cleaned, language, order)
    if parsed is None:
        return None
    if _TIME.search(_NUMERIC_DATE.sub(" ", date_text)):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.strftime("%Y-%m-%d")


def _parse(text: str, language: str, order: str | None) -> Any:
    parser = _dateparser()
    settings: dict[str, Any] = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if order:
        settings["DATE_ORDER"] = order
    languages = [language] if language != "en" else ["en"]
    try:
        return parser.parse(text, languages=languages, settings=settings)
    except (ValueError, TypeError, OverflowError, LookupError):
        return None


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    import dateparser

    return dateparser
