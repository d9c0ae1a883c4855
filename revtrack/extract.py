"""Turn the bytes of a saved page or a text file into a Document.

HTML goes through trafilatura (imported only when HTML is seen: it costs a fifth of a
second to import, and plain-text diffs must start fast). Plain text is kept as it is,
only re-flowed to one paragraph per line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from revtrack.errors import InputError
from revtrack.models import Document

if TYPE_CHECKING:
    from lxml.etree import _Element

_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|p|div|meta)\b", re.I)
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v]+")
# The byte-order marks and zero bytes that betray binary data or UTF-16 text.
_MAX_BYTES = 20 * 1024 * 1024


def document_from_bytes(
    data: bytes, *, url: str | None = None, source: str = "<input>"
) -> Document:
    """Decode ``data`` and extract its article, HTML or plain text.

    Raises InputError naming ``source`` when the input is empty, binary, too large or
    not valid UTF-8 (text) / not decodable (HTML), since none of them is an article.
    """
    if not data.strip():
        raise InputError(f"{source} is empty; give a file that holds the article's text or HTML.")
    if len(data) > _MAX_BYTES:
        raise InputError(
            f"{source} is larger than {_MAX_BYTES // (1024 * 1024)} MiB; "
            "give the article's page, not an archive or a media file."
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{source} looks like a binary file; give an HTML page or a text file.")
    if is_html(data):
        return document_from_html(decode_html(data, source=source), url=url, source=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} is not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first, "
            "for example with iconv."
        ) from exc
    return document_from_text(text, url=url, source=source)


def is_html(data: bytes) -> bool:
    """Guess whether ``data`` is an HTML page from its first kilobytes."""
    return bool(_HTML_SNIFF.search(data[:4096]))


def decode_html(data: bytes, *, source: str = "<input>", charset: str | None = None) -> str:
    """Decode an HTML page: the given charset, then a meta charset, then UTF-8, then a guess."""
    candidates: list[str] = []
    if charset:
        candidates.append(charset)
    meta = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", data[:4096], re.I)
    if meta:
        candidates.append(meta.group(1).decode("ascii"))
    candidates.append("utf-8")
    for name in candidates:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            f"{source} is in no text encoding revtrack can recognise; save it as UTF-8."
        )
    return str(best)


def document_from_text(text: str, *, url: str | None = None, source: str = "<input>") -> Document:
    """Keep plain text as it is, one paragraph per line with blank lines between."""
    body = normalise_paragraphs(re.split(r"\n\s*\n", text))
    if not body:
        raise InputError(f"{source} holds no text; give a file that holds the article.")
    return Document(text=body, url=url)


def document_from_html(html: str, *, url: str | None = None, source: str = "<input>") -> Document:
    """Extract the article body and its metadata from an HTML page with trafilatura."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except Exception as exc:  # trafilatura raises many types on hostile markup
        raise InputError(f"{source} could not be parsed as HTML ({exc}); check the file.") from exc
    if result is None:
        raise InputError(f"{source} has no article text that could be extracted.")
    paragraphs = _body_paragraphs(result.body) if result.body is not None else []
    if not paragraphs and result.text:
        paragraphs = [result.text]
    title = _str_or_none(result.title)
    if paragraphs and title and paragraphs[0].strip() == title:
        # The headline is metadata; keeping it in the body would report every headline
        # change twice.
        paragraphs = paragraphs[1:]
    body = normalise_paragraphs(paragraphs)
    if not body:
        raise InputError(f"{source} has no article text that could be extracted.")
    return Document(
        text=body,
        url=url or _str_or_none(result.url),
        title=title,
        byline=_str_or_none(result.author),
        published=_str_or_none(result.date),
        modified=_modified_date(html),
    )


def normalise_paragraphs(paragraphs: list[str]) -> str:
    """Join paragraphs one per line, blank line between, inner whitespace folded."""
    cleaned = (_SPACES.sub(" ", p.replace("\n", " ")).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def _body_paragraphs(body: _Element) -> list[str]:
    """One paragraph per block element of trafilatura's body tree (p, head, list item, quote)."""
    paragraphs: list[str] = []
    for element in body:
        if element.tag in {"list"}:
            paragraphs.extend("".join(item.itertext()) for item in element)
        elif element.tag == "table":
            paragraphs.extend(" | ".join("".join(c.itertext()) for c in row) for row in element)
        else:
            paragraphs.append("".join(element.itertext()))
    return paragraphs


def _str_or_none(value: Any) -> str | None:
    return str(value).strip() or None if value else None


_MODIFIED = re.compile(
    r"""(?:property|name|itemprop)=["'](?:article:modified_time|dateModified|last-modified)["']"""
    r"""[^>]*content=["']([^"']+)["']""",
    re.I,
)
_JSONLD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]+)"')


def _modified_date(html: str) -> str | None:
    """The page's own last-modified date, from meta tags or JSON-LD, as the page wrote it."""
    match = _MODIFIED.search(html) or _JSONLD_MODIFIED.search(html)
    return match.group(1) if match else None
