"""The notices of one saved page or text file: its text's notices, then its JSON-LD ones."""

from __future__ import annotations

import re

from revtrack.notices.finder import find_notices
from revtrack.notices.jsonld import notices_from_jsonld
from revtrack.notices.model import Notice

_SPACE = re.compile(r"\s+")


def notices_from_bytes(data: bytes, *, source: str = "<input>") -> list[Notice]:
    """Every notice in a page or text file, each once.

    HTML is reduced to its article text first; its JSON-LD corrections are added after the
    text's own notices, unless the text already holds the same words. Raises InputError
    (from the extractor) for empty, binary or undecodable input.
    """
    from revtrack.extract import document_from_bytes
    from revtrack.pagedecode import decode_html, is_html

    document = document_from_bytes(data, source=source)
    found = find_notices(document.text)
    if is_html(data):
        seen = {_key(n.text) for n in found}
        html = decode_html(data, source=source)
        found.extend(n for n in notices_from_jsonld(html) if _key(n.text) not in seen)
    return found


def _key(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()
