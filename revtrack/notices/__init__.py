"""Correction notices as data: find them in an article's text or page and read their fields.

``find_notices(text)`` is pure text work; ``notices_from_jsonld(html)`` adds the notices a
page states in its schema.org JSON-LD. Nothing here imports dateparser until a notice
gives a date, so importing the package stays fast.
"""

from __future__ import annotations

from revtrack.notices.finder import MAX_SCAN_CHARS, find_notices
from revtrack.notices.jsonld import date_modified, notices_from_jsonld
from revtrack.notices.model import KINDS, Notice
from revtrack.notices.page import notices_from_bytes

__all__ = [
    "KINDS",
    "MAX_SCAN_CHARS",
    "Notice",
    "date_modified",
    "find_notices",
    "notices_from_bytes",
    "notices_from_jsonld",
]
