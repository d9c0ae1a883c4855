"""The YAML header of a text file: a page's metadata, not its text.

Markdown sources (Jekyll, Hugo, Decap) and revtrack's own stored files open with
``---``, YAML, ``---``. Kept as text, that header reads as a paragraph that changes with
every permalink or layout edit, and a changed headline as a changed word in it. Read as
metadata, the title is the headline and the rest of the header is not article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_HEADER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# Header keys to Document fields, the first key present winning.
_FIELDS = {
    "title": ("title", "headline"),
    "byline": ("byline", "author", "authors"),
    "published": ("published", "date", "publishDate", "pubDate"),
    "modified": ("modified", "updated", "last_modified_at", "lastmod", "dateModified"),
    "url": ("url",),
}


# Header keys whose text the page shows under the headline (the standfirst), the first
# present winning: Jekyll's and Decap's ``excerpt``, a ``subtitle`` or ``dek``, a lead.
# An SEO ``description`` is not shown on the page and is left out.
_STANDFIRST = ("excerpt", "subtitle", "standfirst", "dek", "lead", "lede", "teaser", "summary")
# Header flags by which a publisher marks the article as changed since publication: a
# theme shows a box for ``updated: true`` ("this article has been edited since it was
# published"). Such a flag is the page's change history, as far as the source tells it.
_CHANGE_FLAGS = ("updated", "corrected", "correction", "amended", "revised", "erratum")


@dataclass(frozen=True)
class Header:
    """What a text's YAML header says, and the text after it."""

    fields: dict[str, str]
    body: str
    present: bool = False  # the text opens with a YAML header
    stored: bool = False  # the header is revtrack's own (it names the store ``format``)
    standfirst: str | None = None  # the text the page shows under the headline
    change_flags: tuple[str, ...] = ()  # "updated: true", as the header writes it


def split_front_matter(text: str) -> Header:
    """The header's metadata as Document fields, and the text after it.

    Text without a header, or whose header is not a YAML mapping, is returned whole
    with no metadata: a file that merely starts with a rule of dashes is all text.
    """
    match = _HEADER.match(text)
    if not match:
        return Header({}, text)
    import yaml  # only for a text that has a header: yaml costs a plain diff 15 ms to load

    try:
        loaded = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return Header({}, text)
    if not isinstance(loaded, dict):
        return Header({}, text)
    fields: dict[str, str] = {}
    for field, keys in _FIELDS.items():
        for key in keys:
            value = _as_text(loaded.get(key))
            if value:
                fields[field] = value
                break
    stored = isinstance(loaded.get("format"), int) and not isinstance(loaded.get("format"), bool)
    standfirst = next((value for key in _STANDFIRST if (value := _as_prose(loaded.get(key)))), None)
    flags = tuple(f"{key}: true" for key in _CHANGE_FLAGS if loaded.get(key) is True)
    return Header(
        fields,
        text[match.end() :],
        present=True,
        stored=stored,
        standfirst=standfirst,
        change_flags=flags,
    )


def _as_prose(value: Any) -> str | None:
    """A header value that reads as text shown to a reader, spaces folded."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _as_text(value: Any) -> str | None:
    """A scalar or a list of names as text; flags such as ``updated: true`` are not values."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value) or None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    return None
