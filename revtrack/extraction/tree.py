"""Parsing a page into a tree trafilatura reads the same way, whole page or fragment.

A page saved as a fragment (its root a ``<main>``, ``<article>`` or ``<div>``, no
``<html><body>``) is not a document to trafilatura: it falls back to a pass that keeps
paragraphs only and drops every heading and list item. ``lxml.html.document_fromstring``
always builds ``<html>`` with a ``<body>``, so a fragment and the same markup saved inside
a whole page give the same tree.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Characters no XML text may hold (C0 controls but tab and line breaks, lone surrogates,
# U+FFFE/U+FFFF): lxml refuses to set them, so trafilatura would give up on the page.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Marks a paragraph made from a figure caption, so that the body can give it its role
# after trafilatura (which drops <figure> with everything in it) has kept it as text.
CAPTION_MARK = "\ue000caption\ue001 "


def parse_page(html: str) -> HtmlElement | None:
    """The page as a whole document; None when nothing in it parses as HTML."""
    from lxml import etree

    html = _NOT_XML.sub("", html)
    try:
        return _document(html)
    except ValueError:  # a str that declares its own encoding, such as <?xml encoding=...?>
        pass
    except (etree.ParserError, etree.XMLSyntaxError):
        return None
    try:
        return _document(html.encode("utf-8"), encoding="utf-8")
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        return None


def _document(markup: str | bytes, encoding: str | None = None) -> HtmlElement:
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
        encoding=encoding,
    )
    return lxml_html.document_fromstring(markup, parser=parser)


def mark_captions(tree: HtmlElement) -> None:
    """Replace each figure by a paragraph holding its caption, marked with CAPTION_MARK.

    A caption says what a photo shows and who is in it; publishers correct captions as
    they correct text ("Meeting with [Vice Minister] ..."), so they are part of the
    article, in their own role. A figure without a caption goes, as trafilatura would
    drop it anyway.
    """
    from lxml import html as lxml_html

    for figure in list(tree.iter("figure")):
        if figure.getparent() is None:
            continue
        caption = figure.find(".//figcaption")
        text = " ".join("".join(caption.itertext()).split()) if caption is not None else ""
        if text:
            paragraph = lxml_html.Element("p")
            paragraph.text = CAPTION_MARK + text
            paragraph.tail = figure.tail
            figure.getparent().replace(figure, paragraph)
        else:
            figure.drop_tree()
    for caption in list(tree.iter("figcaption")):  # a caption outside any figure
        text = " ".join("".join(caption.itertext()).split())
        if text and caption.getparent() is not None:
            paragraph = lxml_html.Element("p")
            paragraph.text = CAPTION_MARK + text
            paragraph.tail = caption.tail
            caption.getparent().replace(caption, paragraph)
