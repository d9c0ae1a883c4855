"""The bytes of a stored version: YAML front matter with the metadata, then the text.

One block per line with a blank line between, each block in the form of its role
(``revtrack.blocks``: ``## `` heading, ``- `` list item, ``> `` quotation, ...), so that
plain ``git log -p --word-diff`` on the store is already readable.

Format 2 (block roles) replaced format 1 (paragraphs only). A format-1 file is read with
every line as a paragraph, escaped where it would read as a marker, since format 1 wrote
no markers; ``revtrack reextract`` rewrites such versions from their kept pages.

The observation time is deliberately not in the file (it is in the commit): identical
content must give an identical blob.
"""

from __future__ import annotations

from typing import Any

from revtrack.blocks import render_block
from revtrack.models import Document

FORMAT_VERSION = 2
_FIELDS = ("url", "title", "byline", "published", "modified")
_FENCE = "---\n"


def encode_document(doc: Document) -> bytes:
    """Serialise ``doc`` for the store."""
    import yaml  # loaded on first use: the listings answer from the index without it

    meta: dict[str, Any] = {k: getattr(doc, k) for k in _FIELDS if getattr(doc, k)}
    meta["format"] = FORMAT_VERSION
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1_000_000)
    return f"{_FENCE}{front}{_FENCE}\n{doc.text.rstrip()}\n".encode()


def decode_document(data: bytes) -> Document:
    """Read a stored version back; a file without front matter is all text."""
    text = data.decode("utf-8", "replace")
    meta: dict[str, Any] = {}
    if text.startswith(_FENCE):
        import yaml

        end = text.find("\n" + _FENCE, len(_FENCE) - 1)
        if end != -1:
            loaded = yaml.safe_load(text[len(_FENCE) : end + 1])
            meta = loaded if isinstance(loaded, dict) else {}
            text = text[end + 1 + len(_FENCE) :]
    fields = {k: str(meta[k]) for k in _FIELDS if meta.get(k) is not None}
    text = text.strip("\n")
    if meta.get("format") == 1:
        text = "\n\n".join(render_block("paragraph", p) for p in text.split("\n\n") if p)
    return Document(text=text, **fields)
