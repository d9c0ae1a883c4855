"""trafilatura's body tree written as blocks, each with its role, nothing glued.

trafilatura gives the body as a small XML vocabulary: ``p``, ``head`` (headings),
``list``/``item`` (nested to any depth), ``quote`` (holding paragraphs of its own),
``table``/``row``/``cell``, ``lb`` (a line break), and inline ``hi``/``ref``. Joining an
element's text as it comes glues its inner blocks ("said:This decision", "a hall with a
café and a ticket office"): each block is cut here where the page cuts it, text inside
one block is joined with the spaces a reader sees, and the block keeps its role, so the
stored text says "- " for a list item and "> " for a quoted paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from revtrack.extraction.tree import CAPTION_MARK

if TYPE_CHECKING:
    from lxml.etree import _Element

# Elements that start a block of their own; everything else runs inline.
_BLOCKS = frozenset(
    {"p", "head", "list", "item", "quote", "table", "row", "cell", "code", "div", "section"}
)
_SKIPPED = frozenset({"graphic", "figure", "img", "image"})
_SPACES = re.compile(r"\s+")
_WIDE = "\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t]*\n\s*(?=[{_WIDE}])")


@dataclass(frozen=True)
class RoleBlock:
    """One block of the body before it is written: its role, text and list depth."""

    role: str
    text: str
    depth: int = 0


def body_blocks(body: _Element) -> list[RoleBlock]:
    """The blocks of trafilatura's body element, in order."""
    out: list[RoleBlock] = []
    _walk(body, "paragraph", 0, out)
    return out


def _walk(element: _Element, role: str, depth: int, out: list[RoleBlock]) -> None:
    """Emit ``element``'s blocks: its own text as blocks of ``role``, its block children
    as blocks of theirs."""
    pending: list[str] = [element.text or ""]

    def flush() -> None:
        text = _fold("".join(pending))
        pending.clear()
        if text:
            out.append(_block(role, text, depth))

    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _SKIPPED:
            pass
        elif tag == "lb":
            pending.append("\n")
        elif tag == "p" and role == "list_item" and not _has_blocks(child):
            pending.append(f" {_inline(child)} ")  # paragraphs of one item stay one item
        elif tag in _BLOCKS or _has_blocks(child):
            flush()
            _child_blocks(child, tag, role, depth, out)
        else:
            pending.append(_inline(child))
        pending.append(child.tail or "")
    flush()


def _child_blocks(child: _Element, tag: str, role: str, depth: int, out: list[RoleBlock]) -> None:
    if tag == "head":
        _walk(child, "heading", 0, out)
    elif tag == "list":
        inner = depth + 1 if role == "list_item" else 0
        for item in child:
            if isinstance(item.tag, str) and item.tag in _SKIPPED:
                continue
            _walk(item, "list_item", inner, out)
            if item.tail and item.tail.strip():
                out.append(_block("list_item", _fold(item.tail), inner))
    elif tag == "quote":
        _walk(child, "quote", 0, out)
    elif tag == "table":
        for row in child.iter("row"):
            cells = [_fold(_inline(cell)).replace("|", "\\|") for cell in row.iter("cell")]
            if any(cells):
                out.append(RoleBlock("table_row", "| " + " | ".join(cells) + " |"))
    elif tag in {"row", "cell"}:  # a row or cell outside a table: its text as a paragraph
        _walk(child, role if role != "list_item" else "paragraph", depth, out)
    else:  # p, code, div, section: a block in the role around it
        _walk(child, role, depth, out)


def _block(role: str, text: str, depth: int) -> RoleBlock:
    if role == "paragraph" and text.startswith(CAPTION_MARK.strip()):
        return RoleBlock("caption", _fold(text[len(CAPTION_MARK.strip()) :]))
    return RoleBlock(role, text, depth)


def _has_blocks(element: _Element) -> bool:
    return any(isinstance(e.tag, str) and e.tag in _BLOCKS for e in element.iterdescendants())


def _inline(element: _Element) -> str:
    """The text of an inline element, line breaks as spaces."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _SKIPPED:
            pass
        elif child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _fold(text: str) -> str:
    """Spaces folded; a line break between two East Asian wide characters goes away, as a
    browser renders it (CSS Text 3), since those scripts put no space between words."""
    text = _WIDE_BREAK.sub("", text)
    return _SPACES.sub(" ", text).strip()
