"""Turn the bytes of a saved page or a text file into a Document.

HTML goes through trafilatura (imported only when HTML is seen: it costs a fifth of a
second to import, and plain-text diffs must start fast), with the steps around it in
``revtrack.extraction``. The stored text keeps each block's role (``revtrack.blocks``):
headings, list items, quotations, table rows, captions and the publisher's change history
are marked, so the differ can tell them apart and ``git log -p`` still reads as prose.
Plain text is kept as it is, only re-flowed to one paragraph per line; a publisher's
source file (a YAML header, then Markdown or HTML) is read as the page it makes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from revtrack.blocks import render_block
from revtrack.errors import InputError
from revtrack.models import Document
from revtrack.pagedecode import decode_page
from revtrack.pagemeta import modified_date as _modified_date

if TYPE_CHECKING:
    from revtrack.extraction.body import RoleBlock
    from revtrack.extraction.frontmatter import Header

_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v]+")
# A text file that opens with a YAML header is a Markdown source (or a stored version),
# even when the Markdown holds some HTML: it is read as text, its header as metadata.
_FRONT_MATTER = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n")
# A document that opens with markup may be XML rather than a page (its root decides).
_XML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<")


def document_from_bytes(
    data: bytes, *, url: str | None = None, source: str = "<input>"
) -> Document:
    """Decode ``data`` and extract its article, HTML or plain text.

    Raises InputError naming ``source`` when the input is empty, binary, too large or
    not valid UTF-8 (text) / not decodable (HTML), since none of them is an article.
    """
    page = decode_page(data, source=source, html=False if _FRONT_MATTER.match(data) else None)
    if _XML_START.match(data):
        from revtrack.extraction.xml_document import is_xml_document

        if is_xml_document(page.text):
            xml = document_from_xml(page.text, url=url, source=source)
            if xml is not None:
                return xml
    if page.html:
        return document_from_html(page.text, url=url, source=source)
    return document_from_text(page.text, url=url, source=source)


def document_from_text(text: str, *, url: str | None = None, source: str = "<input>") -> Document:
    """Keep plain text as it is, one paragraph per line with blank lines between.

    A text that opens with a YAML header is a publisher's source file (Jekyll, Hugo,
    Decap): its header gives the title, byline and dates, and its body is read as the
    page it makes (``_document_from_source``). A version written by revtrack (its header
    names the store ``format``) is read back as it was stored.
    """
    from revtrack.extraction.frontmatter import split_front_matter

    header = split_front_matter(text)
    if header.stored:  # a version written by revtrack, in any of its formats
        from dataclasses import replace

        from revtrack.store.records import decode_document

        stored = decode_document(text.encode())
        if not stored.text:
            raise InputError(f"{source} holds no text; give a file that holds the article.")
        return replace(stored, url=url or stored.url)
    if header.present:
        return _document_from_source(header, url=url, source=source)
    body = normalise_paragraphs(text_paragraphs(header.body))
    if not body:
        raise InputError(f"{source} holds no text; give a file that holds the article.")
    meta = header.fields
    return Document(
        text=body,
        url=url or meta.get("url"),
        title=meta.get("title"),
        byline=meta.get("byline"),
        published=meta.get("published"),
        modified=meta.get("modified"),
    )


def _document_from_source(header: Header, *, url: str | None, source: str) -> Document:
    """A source file's body: HTML when it holds HTML blocks (a CMS's stored post body),
    Markdown otherwise, read element by element (a source has no boilerplate).

    What the header has the page show is read too: the standfirst under the headline
    opens the text (unless the body opens with it already), and a flag marking the
    article as changed ("updated: true", shown as a box on the page) is an entry of its
    change history, after the page's own."""
    from revtrack.extraction import history, source_file, tree
    from revtrack.extraction.body import RoleBlock

    meta = header.fields
    body = source_file.without_templates(header.body)
    markdown = not source_file.reads_as_html(body)
    page = source_file.markdown_tree(body) if markdown else tree.parse_page(body)
    if page is None:
        raise InputError(f"{source} holds no text; give a file that holds the article.")
    if markdown:
        source_file.write_links(page)
    entries = history.take_history(page) + list(header.change_flags)
    tree.mark_captions(page)
    blocks = _finished(source_file.source_blocks(page), meta.get("title"))
    if header.standfirst and not (blocks and blocks[0].text.startswith(header.standfirst)):
        blocks = [RoleBlock("paragraph", header.standfirst), *blocks]
    if not blocks and not entries:
        raise InputError(f"{source} holds no text; give a file that holds the article.")
    return Document(
        text=_render(blocks, entries),
        url=url or meta.get("url"),
        title=meta.get("title"),
        byline=meta.get("byline"),
        published=meta.get("published"),
        modified=meta.get("modified"),
    )


def document_from_xml(
    text: str, *, url: str | None = None, source: str = "<input>"
) -> Document | None:
    """An XML document read by its elements (``extraction.xml_document``): its title,
    date and the blocks of its text; None when it does not parse as XML, so that it is
    read as text instead.

    Raises InputError when it parses but holds no text a reader would see."""
    from revtrack.extraction.xml_document import read_xml

    article = read_xml(text)
    if article is None:
        return None
    blocks = _finished(article.blocks, article.title)
    if not blocks:
        raise InputError(f"{source} is an XML document with no article text in it.")
    return Document(
        text=_render(blocks, []),
        url=url,
        title=article.title,
        published=article.published,
    )


# How trafilatura is asked to read a page. Its default cascade runs other extractors when
# the first result is shorter than a threshold (250 characters) or covers little of the
# page, and their output has another shape (often the whole page as one paragraph): a
# short article would come out as paragraphs in one version and as one blob in the next.
# Precision and fast mode run its main extractor alone, the same way every time; only a
# page where it finds nothing at all goes through the whole cascade. favor_precision,
# favor_recall, include_formatting and fast gave the same figures on the real revision
# sets (docs/benchmarks.md); tables are article text; comments are not.
_TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,
}
_ONE_EXTRACTOR: dict[str, Any] = {"favor_precision": True, "fast": True}
_DATES = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def document_from_html(html: str, *, url: str | None = None, source: str = "<input>") -> Document:
    """Extract the article body, its change history and its metadata from an HTML page.

    The page is parsed as a whole document even when it was saved as a fragment, site
    rules and the change history are taken out of it, figures become their captions, and
    trafilatura finds the body, which is written block by block with each block's role.
    """
    from revtrack.extraction import history, sites, tree

    page = tree.parse_page(html)
    if page is None:
        raise InputError(f"{source} has no article text that could be extracted.")
    meta = _metadata(page, url, source)  # from the page as published, before anything is taken out
    sites.apply_rules(page, url)
    entries = history.take_history(page)
    tree.mark_captions(page)
    result = _extract(page, url, source, _ONE_EXTRACTOR)
    if result is None or result.body is None or not len(result.body):
        result = _extract(page, url, source, {})
    if result is None:
        raise InputError(f"{source} has no article text that could be extracted.")
    title = _str_or_none(meta.title)
    body = _article_blocks(result, title)
    if not body:
        raise InputError(f"{source} has no article text that could be extracted.")
    return Document(
        text=_render(body, entries),
        url=url or _str_or_none(meta.url),
        title=title,
        byline=_str_or_none(meta.author),
        published=_str_or_none(meta.date),
        modified=_modified_date(html),
    )


def _extract(page: Any, url: str | None, source: str, mode: dict[str, Any]) -> Any:
    """trafilatura's reading of ``page`` (a copy: it prunes the tree it is given)."""
    from copy import deepcopy

    import trafilatura

    try:
        return trafilatura.bare_extraction(
            deepcopy(page),
            url=url,
            with_metadata=False,
            **_TRAFILATURA_OPTIONS,
            **mode,
        )
    except Exception as exc:  # trafilatura raises many types on hostile markup
        raise InputError(f"{source} could not be parsed as HTML ({exc}); check the file.") from exc


def _metadata(page: Any, url: str | None, source: str) -> Any:
    """Title, author, date and URL as trafilatura reads them from the whole page."""
    from copy import deepcopy

    from trafilatura.metadata import extract_metadata

    try:
        return extract_metadata(deepcopy(page), url, _DATES, extensive=False)
    except Exception as exc:  # trafilatura raises many types on hostile markup
        raise InputError(f"{source} could not be parsed as HTML ({exc}); check the file.") from exc


def _article_blocks(result: Any, title: str | None) -> list[RoleBlock]:
    """trafilatura's body as blocks, without the headline and without datelines."""
    from revtrack.extraction.body import RoleBlock, body_blocks

    blocks = body_blocks(result.body) if result.body is not None else []
    if not blocks and result.text:
        blocks = [RoleBlock("paragraph", " ".join(str(result.text).split()))]
    return _finished(blocks, title)


def _finished(blocks: list[RoleBlock], title: str | None) -> list[RoleBlock]:
    """``blocks`` without the headline and without datelines."""
    from revtrack.extraction.history import is_dateline

    if title:
        # The headline is metadata; keeping it in the body would report every headline
        # change twice. It is the first block that is not a caption (a photo may come first).
        first = next((i for i, b in enumerate(blocks) if b.role != "caption"), None)
        if first is not None and blocks[first].text == " ".join(title.split()):
            blocks = blocks[:first] + blocks[first + 1 :]
    return [b for b in blocks if not (b.role == "paragraph" and is_dateline(b.text))]


def _render(blocks: list[RoleBlock], history: list[str]) -> str:
    """The stored text: the body's blocks, then the change history, each on its line."""
    lines = [render_block(b.role, b.text, b.depth) for b in blocks]
    lines += [render_block("history", entry) for entry in history]
    return "\n\n".join(lines)


# A line that ends a sentence: its full stop (or ! ? …), perhaps a closing quote or bracket.
_SENTENCE_LINE = re.compile(r"[.!?…:][\"'”’»)\]]*\s*$")
# A chunk of this many lines or more, this share of them ending a sentence, is written
# one paragraph (or one sentence) per line rather than wrapped.
_LINE_PARAGRAPHS_MIN = 3
_LINE_PARAGRAPHS_SHARE = 0.8


def text_paragraphs(text: str) -> list[str]:
    """The paragraphs of a plain text: blank-line separated chunks, and within a chunk
    each line when the lines end sentences (a text written one paragraph or one
    sentence per line, as sentence lists are), rather than wrapping them mid-sentence.

    A chunk wrapped at a fixed width ends its lines wherever a word ends, so few of them
    end a sentence; lines that nearly all do are the writer's own units, and joining
    them would make the whole text one paragraph, every edit a part of it."""
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        ending = sum(1 for line in lines if _SENTENCE_LINE.search(line))
        if len(lines) >= _LINE_PARAGRAPHS_MIN and ending >= _LINE_PARAGRAPHS_SHARE * len(lines):
            paragraphs.extend(lines)
        else:
            paragraphs.append(chunk)
    return paragraphs


def normalise_paragraphs(paragraphs: list[str]) -> str:
    """Join paragraphs one per line, blank line between, inner whitespace folded."""
    cleaned = (_SPACES.sub(" ", p.replace("\n", " ")).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def _str_or_none(value: Any) -> str | None:
    return str(value).strip() or None if value else None
