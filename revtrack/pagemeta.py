"""What a page says about itself for machines, read from its parsed tree in linear time.

Meta tags (``article:modified_time``, ``dateModified``), JSON-LD blocks, the canonical
link and a section page's links all come from raw HTML a hostile site writes. Regular
expressions over that HTML backtrack (a page ending in a long run of ``<a``, or
thousands of unclosed ``<script>`` tags, took minutes), and the standard library's HTML
parser rescans an unfinished tag on every step. So the page is parsed once by libxml2
(through lxml, in C, linear in the input, no network, no entities) and everything is
read from the tree; the input is capped at ``MAX_HTML`` characters and the number and
size of JSON-LD blocks are bounded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MAX_HTML = 5_000_000
MAX_JSONLD_BLOCKS = 50
MAX_JSONLD_CHARS = 500_000
MAX_JSON_DEPTH = 20
_MODIFIED_NAMES = frozenset({"article:modified_time", "datemodified", "last-modified"})


def parse_tree(html: str) -> HtmlElement | None:
    """The page's element tree, or None when nothing in it parses as HTML."""
    from lxml import etree
    from lxml import html as lxml_html

    text = html[:MAX_HTML].replace("\x00", "")
    if not text.strip():
        return None
    parser = lxml_html.HTMLParser(
        encoding="utf-8", recover=True, no_network=True, remove_comments=True, huge_tree=False
    )
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def _tree(html: str | HtmlElement | None) -> HtmlElement | None:
    return parse_tree(html) if isinstance(html, str) else html


def elements(root: HtmlElement | None, tag: str) -> Iterator[HtmlElement]:
    """Every element named ``tag`` in document order (lower-case names, as lxml gives)."""
    if root is None:
        return
    for element in root.iter(tag):
        if isinstance(element.tag, str):
            yield element


def links(html: str | HtmlElement | None) -> list[str]:
    """The ``href`` of every ``<a>`` on the page, as written, in page order."""
    return [href for a in elements(_tree(html), "a") if (href := (a.get("href") or "").strip())]


def canonical_link(html: str | HtmlElement | None) -> str | None:
    """The URL the page names as its own: ``rel=canonical``, else ``og:url``, as written."""
    root = _tree(html)
    for link in elements(root, "link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href")
    for meta in elements(root, "meta"):
        if (meta.get("property") or "").lower() == "og:url" and meta.get("content"):
            return meta.get("content")
    return None


def jsonld_blocks(html: str | HtmlElement | None) -> list[str]:
    """The text of each ``<script type="application/ld+json">``, at most a bounded many."""
    blocks: list[str] = []
    for script in elements(_tree(html), "script"):
        kind = (script.get("type") or "").strip().lower().split(";", 1)[0].strip()
        if kind != "application/ld+json":
            continue
        text = script.text or ""
        if text.strip() and len(text) <= MAX_JSONLD_CHARS:
            blocks.append(text)
        if len(blocks) >= MAX_JSONLD_BLOCKS:
            break
    return blocks


def _too_deep(text: str) -> bool:
    # json.loads recurses once per level; a block of 100,000 '[' would exhaust the stack.
    depth = 0
    for char in text:
        if char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH * 5:
                return True
        elif char in "]}":
            depth -= 1
    return False


def jsonld_documents(html: str | HtmlElement | None) -> list[Any]:
    """Each JSON-LD block parsed; a broken one is left out (common, and no one's problem)."""
    documents = []
    for block in jsonld_blocks(html):
        if _too_deep(block):
            continue
        try:
            documents.append(json.loads(block.strip()))
        except (ValueError, RecursionError):
            continue
    return documents


def json_objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object inside ``value``, depth-first, bounded in depth."""
    if depth > MAX_JSON_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from json_objects(child, depth + 1)
    elif isinstance(value, list):
        for child in value:
            yield from json_objects(child, depth + 1)


def modified_date(html: str | HtmlElement | None) -> str | None:
    """The page's own last-modified date, from meta tags or JSON-LD, as the page wrote it."""
    root = _tree(html)
    for meta in elements(root, "meta"):
        for attribute in ("property", "name", "itemprop"):
            if (meta.get(attribute) or "").strip().lower() in _MODIFIED_NAMES:
                content = (meta.get("content") or "").strip()
                if content:
                    return content[:100]
    for document in jsonld_documents(root):
        for obj in json_objects(document):
            value = obj.get("dateModified")
            if isinstance(value, str) and value.strip():
                return value.strip()[:100]
    return None
