"""A publisher's source file (a YAML header, then Markdown or HTML) read as its page.

Publishers who keep their articles in git keep source files: Jekyll, Hugo or Decap
Markdown, or a CMS's stored post body in HTML, often with markup inside (an embedded
tweet, an ad script, a chart's data). Read as plain text, every change to that markup is
a change to the article; read by trafilatura as a web page, the bare Markdown text is
mostly lost. Here a Markdown body is rendered (CommonMark with tables, raw HTML kept,
soft line breaks kept as line breaks) and an HTML body is parsed, and the resulting
elements are all read as blocks, since a source holds no menus or footers: what a
browser never shows (scripts, styles, templates) is left out, nothing else.

Whether a body is HTML is the page sniff's question (HTML block elements near the top):
rendering a CMS's HTML as Markdown would turn its indentation into code and its "1."
lines into lists, and make markup-only edits look like text edits (measured on the real
revision sets: three of ten markup-only pairs reported substantive changes that way).
But Markdown may hold HTML blocks too (an embedded tweet, a ``<cite>`` in a quotation),
and read as HTML its headings, quotations and links stay as literal marks, its lines run
together into one paragraph: a body written in Markdown's own syntax (links, reference
definitions, ``#`` headings, ``>`` quotations, ``**`` emphasis, several of them) is
Markdown whatever HTML it holds (``reads_as_html``).
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from markdown_it import MarkdownIt

    from revtrack.extraction.body import RoleBlock

# HTML elements to the vocabulary of trafilatura's body tree, which ``body`` reads.
_RENAMES = {
    **{f"h{n}": "head" for n in range(1, 7)},
    "ul": "list",
    "ol": "list",
    "dl": "list",
    "li": "item",
    "dt": "item",
    "dd": "item",
    "blockquote": "quote",
    "tr": "row",
    "td": "cell",
    "th": "cell",
    "br": "lb",
    "pre": "code",
}
_UNSEEN = ("script", "style", "template", "noscript", "iframe", "svg", "object", "embed")
# A footnote's text ("[^1]: The ministry said ...") is a link reference definition to
# CommonMark, which shows nothing of it; Jekyll's kramdown prints it at the foot.
_FOOTNOTE = re.compile(r"^(\[\^[^\]\n]+\]:)", re.M)
# Liquid (Jekyll's templates): a comment block is never shown, nor is a line that holds
# only a tag ({% include ... %}, {% raw %}).
_LIQUID = re.compile(
    r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}|^[ \t]*\{%[^%\n]*%\}[ \t]*$",
    re.S | re.M,
)


# Syntax only Markdown writes (a CMS's HTML has none of it): inline and reference links,
# reference definitions, ATX headings, quotation lines, strong emphasis.
_MARKDOWN_SYNTAX = re.compile(
    r"\[[^\]\n]+\]\([^)\s]+\)|\[[^\]\n]+\]\[[^\]\n]*\]|^\[[^\]\n]+\]:[ \t]*\S"
    r"|^\#{1,6}[ \t]+\S|^>[ \t]|\*\*[^*\n]+\*\*",
    re.M,
)
# This many marks of Markdown's syntax make a body Markdown (one may be chance).
_MARKDOWN_MARKS = 3


def reads_as_html(body: str) -> bool:
    """Whether a source's body is HTML (a CMS's stored post) rather than Markdown: it
    sniffs as HTML and is not written in Markdown's own syntax."""
    from revtrack.pagedecode import is_html

    if not is_html(body.encode()):
        return False
    marks = itertools.islice(_MARKDOWN_SYNTAX.finditer(body), _MARKDOWN_MARKS)
    return sum(1 for _ in marks) < _MARKDOWN_MARKS


@cache
def _renderer() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True, "breaks": True}).enable("table")


def without_templates(source: str) -> str:
    """``source`` without the Liquid comments and tag lines a reader never sees."""
    return _LIQUID.sub("", source)


def markdown_tree(source: str) -> HtmlElement | None:
    """The HTML document that ``source`` (Markdown without its header) renders to."""
    from revtrack.extraction.tree import parse_page

    rendered = _renderer().render(_FOOTNOTE.sub(r"\n\\\1", source))
    return parse_page(f"<html><body>{rendered}</body></html>")


def write_links(tree: HtmlElement) -> None:
    """Write each link of a rendered Markdown source as the source writes it, its text
    in brackets and its target after: ``[the report](https://...)``.

    A Markdown source is read as text by its writers and by those who check its history,
    and a link's text is prose while its target is not: kept in this form, an edit of
    the text is an edit of words, an edit of the target alone is markup a reader never
    sees (``markup``, trivial), and a link moved from one phrase to another is seen as
    the link it is. A link with no text of its own (around an image) is left out, as
    the image is."""
    for link in list(tree.iter("a")):
        href = (link.get("href") or "").strip()
        if not href or any(c.isspace() or c in "()" for c in href):
            link.drop_tag()
            continue
        if not "".join(link.itertext()).strip():
            link.drop_tag()
            continue
        link.text = "[" + (link.text or "")
        if len(link):
            last = link[-1]
            last.tail = (last.tail or "") + f"]({href})"
        else:
            link.text += f"]({href})"
        link.drop_tag()


def source_blocks(tree: HtmlElement) -> list[RoleBlock]:
    """The blocks of a source's page, every visible element kept."""
    from revtrack.extraction.body import body_blocks

    for element in list(tree.iter(*_UNSEEN)):
        if element.getparent() is not None:
            element.drop_tree()
    body = tree.find("body")
    if body is None:
        return []
    for element in body.iter():
        if isinstance(element.tag, str):
            element.tag = _RENAMES.get(element.tag, element.tag)
    return body_blocks(body)
