"""Notices a page states for machines: schema.org ``correction`` in its JSON-LD.

Publishers that follow schema.org put a correction on the article object, as plain text
or as a ``CorrectionComment`` with its own date, and give ``dateModified``. These come
with the page's HTML, not its extracted text, so they are read from the raw HTML.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from revtrack.notices.dates import to_iso
from revtrack.notices.model import Notice
from revtrack.notices.values import extract_values
from revtrack.pagemeta import json_objects, jsonld_documents


def _documents(html: str) -> list[Any]:
    # Read from the parsed page (linear time on any input), not by regex over raw HTML.
    return jsonld_documents(html)


_objects = json_objects


def _iso(date_text: str | None) -> str | None:
    if not date_text:
        return None
    try:
        parsed = datetime.fromisoformat(date_text.replace("Z", "+00:00"))
    except ValueError:
        return to_iso(date_text)
    if len(date_text) <= 10:
        return parsed.strftime("%Y-%m-%d")
    return parsed.strftime("%Y-%m-%dT%H:%M")


def _type_names(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {str(n).rsplit("/", 1)[-1] for n in names if n}


def _correction_items(obj: dict[str, Any]) -> Iterator[tuple[str, str | None]]:
    value = obj.get("correction")
    items = value if isinstance(value, list) else [value] if value else []
    for item in items:
        if isinstance(item, str) and item.strip():
            yield item.strip(), None
        elif isinstance(item, dict):
            text = item.get("text") or item.get("description") or item.get("name")
            date = item.get("datePublished") or item.get("dateCreated") or item.get("dateModified")
            if isinstance(text, str) and text.strip():
                yield text.strip(), date if isinstance(date, str) else None


def notices_from_jsonld(html: str) -> list[Notice]:
    """The corrections a page declares in JSON-LD, each once, in page order."""
    found: list[Notice] = []
    seen: set[str] = set()
    for document in _documents(html):
        for obj in _objects(document):
            items = list(_correction_items(obj))
            if "CorrectionComment" in _type_names(obj):
                text = obj.get("text") or obj.get("description")
                date = obj.get("datePublished") or obj.get("dateCreated")
                if isinstance(text, str) and text.strip():
                    items.append((text.strip(), date if isinstance(date, str) else None))
            for text, date in items:
                if text in seen:
                    continue
                seen.add(text)
                values = extract_values(text)
                found.append(
                    Notice(
                        kind="correction",
                        text=text,
                        date_text=date,
                        date=_iso(date),
                        error_verb=values.error_verb,
                        subject=values.subject,
                        wrong=values.wrong,
                        right=values.right,
                        paragraph=None,
                        position="inline",
                        source="jsonld",
                    )
                )
    return found


def date_modified(html: str) -> str | None:
    """The page's ``dateModified`` from JSON-LD, as the page wrote it, or None."""
    for document in _documents(html):
        for obj in _objects(document):
            value = obj.get("dateModified")
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None
