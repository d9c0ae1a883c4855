"""A document served as XML (a press office's message feed, a CMS export) read by its elements.

Some publishers serve a release as an XML record rather than a page: the title, the lead
and the body in elements of their own (``<title>``, ``<lead>``, ``<text>``), the body's
HTML escaped inside its element, and around them what a reader never sees as text: the
record's ``<version>``, ids and sizes of attachments, addresses, dates and codes in
attributes. Read as plain text, all of it is one paragraph, and every new version of the
record (its version number, an attachment's new id) is a change of figures. Read by its
elements, it is the article it holds.

Which elements are text is decided by what they hold, not by their names, which differ
from one publisher's schema to the next:

- an element whose text is HTML (escaped or not) is read as the page it makes, block by
  block with their roles, as a source file's body is;
- a title (``title``, ``headline``, ``subtitle``, ``h1``...) beside text of its own is a
  heading; the first is the document's title;
- any other element holding prose is a paragraph: a sentence or more (words and a
  sentence's end) or a long run of words;
- everything else is data: attributes, numbers, dates, sizes, addresses, codes and
  labels (a department's name, an attachment's file format) are not body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.etree import _Element

    from revtrack.extraction.body import RoleBlock

# The first element of a document, past its prolog (XML declaration, comments, doctype).
_ROOT = re.compile(
    r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)\s*)*"
    r"<([A-Za-z_][\w.:-]*)",
    re.S,
)
# Elements of HTML that lxml's list (HTML 4 with some of HTML 5) lacks.
_HTML5_TAGS = frozenset({"main", "template", "picture", "dialog", "search", "slot"})
_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# A title's element names (local names, lower case).
_TITLES = frozenset({"title", "headline", "heading", "subtitle", "subheading", "h1", "h2", "h3"})
_DATES = frozenset({"pubdate", "published", "date", "datepublished", "issued", "created"})
# Markup of an HTML body: an element's text that holds it is read as a page.
_HTML_INSIDE = re.compile(
    r"<\s*/?\s*(?:p|h[1-6]|ul|ol|li|br|div|blockquote|table|tr|td|strong|em|b|i|a|span)\b[^<>]*>",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]*)(?:\s|$)")
# Prose is a sentence (this many words and a sentence's end), or this long a run of words.
_SENTENCE_WORDS = 3
_RUN_WORDS = 12
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class XmlArticle:
    """What an XML document holds for a reader: its title, date and body blocks."""

    title: str | None
    published: str | None
    blocks: list[RoleBlock]


def is_xml_document(text: str) -> bool:
    """Whether ``text`` is an XML document other than a web page: its root element is
    not ``html``, and either it declares itself XML or its root is no HTML element (a
    page saved as a fragment, ``<main>`` or ``<article>``, is HTML)."""
    match = _ROOT.match(text[:8192])
    if match is None:
        return False
    name = match.group(1).rsplit(":", 1)[-1].lower()
    if name == "html":
        return False
    if text.lstrip().startswith("<?xml"):
        return True
    from lxml.html import defs

    return name not in defs.tags and name not in _HTML5_TAGS


def read_xml(text: str) -> XmlArticle | None:
    """The article an XML document holds; None when it does not parse as XML."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        huge_tree=False,
    )
    try:
        root = etree.fromstring(_DECLARATION.sub("", text, count=1), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    reader = _Reader()
    reader.walk(root)
    return XmlArticle(reader.title, reader.published, reader.blocks)


class _Reader:
    """Walks the elements in document order, collecting blocks, title and date."""

    def __init__(self) -> None:
        self.blocks: list[RoleBlock] = []
        self.title: str | None = None
        self.published: str | None = None

    def walk(self, element: _Element) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if len(child) and not _own_text(child):
                self.walk(child)  # a container: its children say what they are
                continue
            self.read(child)

    def read(self, element: _Element) -> None:
        from revtrack.extraction.body import RoleBlock

        raw = "".join(element.itertext())
        name = _local(element)
        if _HTML_INSIDE.search(raw):
            self.blocks.extend(_html_blocks(raw))
            return
        text = _SPACES.sub(" ", raw).strip()
        if not text:
            return
        if name in _DATES and self.published is None and text[:1].isdigit():
            self.published = text
            return
        if name in _TITLES and _WORD.search(text) and _beside_text(element):
            if self.title is None:
                self.title = text
            else:
                self.blocks.append(RoleBlock("heading", text))
            return
        if is_prose(text):
            self.blocks.append(RoleBlock("paragraph", text))


def is_prose(text: str) -> bool:
    """Whether an element's text reads as prose rather than a datum or a label: a
    sentence (a few words and a sentence's end), or a long run of words. A single token
    (a number, a date, an address, a code) never is."""
    if " " not in text:
        return False
    count = len(_WORD.findall(text))
    return count >= _RUN_WORDS or (count >= _SENTENCE_WORDS and bool(_SENTENCE_END.search(text)))


def _beside_text(element: _Element) -> bool:
    """Whether a title stands beside text of its own (a lead, a body), rather than
    naming an attachment or a keyword among data."""
    parent = element.getparent()
    if parent is None:
        return True
    for sibling in parent:
        if sibling is element or not isinstance(sibling.tag, str):
            continue
        raw = "".join(sibling.itertext())
        if _HTML_INSIDE.search(raw) or is_prose(_SPACES.sub(" ", raw).strip()):
            return True
    return False


def _own_text(element: _Element) -> bool:
    """Whether an element with children holds text between them (mixed content: an
    XHTML paragraph with a link in it), so that it is read whole."""
    if (element.text or "").strip():
        return True
    return any((child.tail or "").strip() for child in element)


def _local(element: _Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _html_blocks(markup: str) -> list[RoleBlock]:
    """The blocks of an HTML body held inside an element, read as a source's page."""
    from revtrack.extraction import source_file, tree

    page = tree.parse_page(f"<html><body>{markup}</body></html>")
    if page is None:
        return []
    tree.mark_captions(page)
    return source_file.source_blocks(page)
