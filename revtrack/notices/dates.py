"""A notice's own date, as written, turned into ISO form.

Notices write their dates in a handful of ways ("Dec. 31, 2019, 10:31 a.m.", "5 June
2018", "31. Dezember 2019", "31 de diciembre de 2019", "2019-12-31"), and those are read
here by a small explicit reader. dateparser reads everything else, but it takes a fifth
of a second to import and load its language data, which would double the time of a diff
that adds a dated notice; so it is loaded only for a date the small reader declines.

The small reader gives dateparser's answer or declines: its month and weekday names are
the ones dateparser knows for the notice's language, it reads a time only in forms whose
meaning is plain, and anything else (a word it does not know, two-figure hours past 23,
a day that does not exist) is left to dateparser. A test compares the two over every
form the reader accepts.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from revtrack import lang as registry
from revtrack.notices.language import wordset

_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}")
_TIME = re.compile(
    r"\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{1,2}\s*uhr", re.I
)
_DOTTED_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})\s*([ap])\.?\s?m\.?", re.I)
_SPACED_H = re.compile(r"\b(\d{1,2})\s+h\s+(\d{2})\b", re.I)
# Not a part of "12.05.2023", and not "5." before a month name: digits on both sides.
_BARE_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.([0-5]\d)(?![\d.])")
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
    cleaned = clean(date_text)
    parsed = read_date(cleaned, language) or _parse(cleaned, language, _order(cleaned, language))
    if parsed is None:
        return None
    if _TIME.search(_NUMERIC_DATE.sub(" ", cleaned)):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.strftime("%Y-%m-%d")


def clean(date_text: str) -> str:
    """The date as both readers take it: "10.31 a.m." as "10:31 am", no "at", "um", "à"."""
    cleaned = _DOTTED_TIME.sub(lambda m: f"{m[1]}:{m[2]} {m[3]}m", date_text)
    # "15 h 45" (French typography) and a bare "15.45" (Spanish, Italian) are clock times.
    cleaned = _SPACED_H.sub(r"\1h\2", cleaned)
    cleaned = _BARE_DOTTED.sub(r"\1:\2", cleaned)
    cleaned = _MERIDIEM.sub(lambda m: f"{m[1]}m", cleaned)
    cleaned = re.sub(r"\s+at\s+|\s+um\s+|\s+à\s+|\s+a\s+las\s+", " ", cleaned)
    return cleaned.replace("Sept.", "Sep.").strip(" ,.;:")


def _order(cleaned: str, language: str) -> str | None:
    """Day first for "12.03.2023" and outside English; dateparser's own order otherwise."""
    return "DMY" if _NUMERIC_DMY.search(cleaned) or language != "en" else None


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


# --- the small reader ----------------------------------------------------------------------


# Month names per language come from the language registry, for the languages whose dates
# this reader is held to dateparser's reading of (the comparison test checks each spelling).
_READ_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")
_MONTHS: dict[str, dict[str, int]] = {
    code: language.months
    for code in _READ_LANGUAGES
    if (language := registry.get(code)) is not None
}
# Weekday names, which say nothing a full date does not: read and passed over.
_WEEKDAYS: dict[str, frozenset[str]] = {
    "en": wordset(
        "monday mon tuesday tue tues wednesday wed thursday thu friday fri saturday sat sunday sun"
    ),
    "de": wordset("montag dienstag mittwoch donnerstag freitag samstag sonntag"),
    "fr": wordset("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": wordset("lunes martes miércoles jueves viernes sábado domingo"),
    "it": wordset("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    "pt": wordset("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
}
# Words between the parts of a date or before its time: "31 de diciembre de 2019",
# "martedì 31 dicembre 2019 alle 17:30", "31 de dezembro de 2019 às 17h30".
_GLUE: dict[str, frozenset[str]] = {
    "en": frozenset({"of", "the", "on"}),
    "de": frozenset(),
    "fr": frozenset({"le"}),
    "es": frozenset({"de", "del", "el"}),
    "it": frozenset({"alle", "il", "del", "delle", "dalle"}),
    "pt": frozenset({"de", "às", "as"}),
}
_ZONES = wordset("et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest")
_ORDINAL = {"en": ("st", "nd", "rd", "th"), "fr": ("er",)}
# Clock forms dateparser reads in one language only: "17h30" in French, "17.30 Uhr" in German.
_H_CLOCK = frozenset({"fr"})
_UHR_CLOCK = frozenset({"de"})

_TOKENS = re.compile(
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?:[T ](?P<ih>\d{2}):(?P<imin>\d{2})"
    r"(?::\d{2})?)?(?![\w:+-])"
    r"|(?P<num>(?P<n1>\d{1,2})(?P<nsep>[./])(?P<n2>\d{1,2})(?P=nsep)(?P<n3>\d{4}|\d{2}))(?![\w./])"
    r"|(?P<clock>(?P<ch>\d{1,2})(?:(?P<csep>[:h])(?P<cmin>\d{2})|\.(?P<cdmin>\d{2})(?=\s*uhr))"
    r"(?:\s*(?P<cmer>[ap]m))?(?:\s*uhr)?)(?![\w:.])"
    r"|(?P<hour>(?P<hh>\d{1,2})\s*(?P<hmer>[ap]m))(?!\w)"
    r"|(?P<number>\d{1,4})(?P<suffix>st|nd|rd|th|er|\.)?(?![\w])"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)(?P<dot>\.)?"
    r"|(?P<gap>[\s,]+|\s*[-–—]\s*)",
    re.I,
)


def read_date(text: str, language: str = "en") -> datetime | None:
    """The date (and time) ``text`` gives in one of the usual written forms, or None when
    the form is not one the small reader knows, and dateparser must decide."""
    months = _MONTHS.get(language)
    if months is None:
        return None
    weekdays, glue = _WEEKDAYS[language], _GLUE[language]
    ordinals = _ORDINAL.get(language, ())
    date: tuple[int, int, int] | None = None
    clock: tuple[int, int] | None = None
    parts: list[tuple[str, int]] = []  # ("day", 31), ("month", 12), ("year", 2019)
    position = 0
    lowered = text.lower()
    while position < len(lowered):
        match = _TOKENS.match(lowered, position)
        if match is None or match.end() == position:
            return None
        position = match.end()
        if match.group("gap") is not None:
            continue
        if match.group("iso"):
            if date or parts:
                return None
            date = (int(match["iy"]), int(match["im"]), int(match["id"]))
            if match["ih"]:
                clock = _clock(int(match["ih"]), int(match["imin"]), None)
                if clock is None:
                    return None
        elif match.group("num"):
            if date or parts:
                return None
            date = _numeric(match, language)
            if date is None:
                return None
        elif match.group("clock") or match.group("hour"):
            if clock is not None:
                return None
            if match.group("clock"):
                minute = match["cmin"] or match["cdmin"]
                if match["csep"] == "h" and (match["cmer"] or language not in _H_CLOCK):
                    return None
                if "uhr" in match["clock"] and language not in _UHR_CLOCK:
                    return None
                clock = _clock(int(match["ch"]), int(minute), match["cmer"])
            else:
                clock = _clock(int(match["hh"]), 0, match["hmer"])
            if clock is None:
                return None
        elif match.group("number"):
            value, suffix = int(match["number"]), match["suffix"]
            if len(match["number"]) == 4 and not suffix:
                parts.append(("year", value))
            elif len(match["number"]) <= 2 and (
                not suffix or suffix in ordinals or (suffix == "." and language == "de")
            ):
                parts.append(("day", value))
            else:
                return None
        else:
            word = match["word"]
            if word in months:
                parts.append(("month", months[word]))
            elif word in weekdays or word in _ZONES or (word in glue and not match["dot"]):
                continue
            else:
                return None
    if parts:
        if date is not None:
            return None
        shape = [name for name, _ in parts]
        values = dict(parts)
        if shape not in (["month", "day", "year"], ["day", "month", "year"]):
            return None
        date = (values["year"], values["month"], values["day"])
    if date is None:
        return None
    hour, minute = clock or (0, 0)
    try:
        return datetime(date[0], date[1], date[2], hour, minute)
    except ValueError:
        return None  # "Feb. 30": left to dateparser, which has its own view of it


def _numeric(match: re.Match[str], language: str) -> tuple[int, int, int] | None:
    """A date in figures: day first with full stops ("17.01.17"), and with slashes day
    first except in English, where the month comes first ("3/4/2023" is March 4)."""
    first, second, year_text = int(match["n1"]), int(match["n2"]), match["n3"]
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 69 else 1900  # as dateparser reads "17.01.17"
    if match["nsep"] == "/" and language == "en":
        if first > 12:
            return None
        return year, first, second
    return year, second, first


def _clock(hour: int, minute: int, meridiem: str | None) -> tuple[int, int] | None:
    """Hour and minute on the 24-hour clock; None for a time that is not plainly one."""
    if minute > 59:
        return None
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    elif hour > 23:
        return None
    return hour, minute
