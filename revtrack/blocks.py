"""The role of each block of a stored text, written so that plain ``git log -p`` reads it.

A stored text has one block per line and a blank line between blocks. Where Markdown has
a form for a role, the block is written in it; where it has none, a bracketed tag says it:

    ## A heading                     heading
    - An item                        list item (two spaces before "-" per level of nesting)
    > A quoted paragraph             quotation
    | a cell | another |             table row
    [caption] A photo's caption      caption
    [history] 3 May 2024: Fixed ...  an entry of the publisher's change history
    Anything else                    paragraph

A paragraph whose own text would read as a marker is written with a backslash before it
("\\- 5 degrees", "\\#MeToo"), as CommonMark escapes, so no text can change its role by
what it says. Extraction writes roles; the differ and the notice parser read them back
with ``parse_blocks`` and judge a change by the role of the block it is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROLES = ("paragraph", "heading", "list_item", "quote", "table_row", "caption", "history")

_TAGS = {"caption": "[caption] ", "history": "[history] "}
# One anchored expression per line: a marker, or nothing (a paragraph).
_MARKER = re.compile(
    r"(?P<heading>\#{1,6}[ ])"
    r"|(?P<list_item>(?P<indent>(?:[ ]{2})*)-[ ])"
    r"|(?P<quote>>[ ]?)"
    r"|(?P<table_row>\|(?=.*\|\s*$))"
    r"|(?P<caption>\[caption\][ ])"
    r"|(?P<history>\[history\][ ])"
    r"|(?P<escape>\\(?=[-#>|\[\\]))"
)
# What a paragraph must not start with, or it would be read as a marker.
_NEEDS_ESCAPE = re.compile(
    r"(?:\#{1,6}[ ]|(?:[ ]{2})*-[ ]|>|\|.*\|\s*$|\[(?:caption|history)\][ ]|\\)"
)


@dataclass(frozen=True)
class Block:
    """One block: its role, its text without the marker, and where its line stands.

    ``start`` and ``end`` are offsets of the whole line in the parsed text (marker
    included); ``marker_end`` is where the block's own text begins, so ``text`` is
    ``source[marker_end:end]`` except for a table row, whose text keeps its bars.
    """

    role: str
    text: str
    start: int
    end: int
    marker_end: int
    depth: int = 0


def render_block(role: str, text: str, depth: int = 0) -> str:
    """One block's line, with the marker of its role (``text`` must hold no newline)."""
    if role == "paragraph":
        return "\\" + text if _NEEDS_ESCAPE.match(text) else text
    if role == "heading":
        return "## " + text
    if role == "list_item":
        return "  " * depth + "- " + text
    if role == "quote":
        return "> " + text
    if role == "table_row":
        return text if text.startswith("|") and text.rstrip().endswith("|") else f"| {text} |"
    if role in _TAGS:
        return _TAGS[role] + text
    raise ValueError(f"unknown block role: {role!r}")


def parse_line(line: str, start: int = 0) -> Block:
    """The block one line holds (``start``: the line's offset in its text)."""
    end = start + len(line)
    m = _MARKER.match(line)
    if m is None:
        return Block("paragraph", line, start, end, start)
    kind = m.lastgroup if m.lastgroup != "indent" else "list_item"
    if m.group("list_item") is not None:
        kind = "list_item"
    if kind == "escape":
        return Block("paragraph", line[m.end() :], start, end, start + m.end())
    if kind == "table_row":
        return Block("table_row", line, start, end, start)
    depth = len(m.group("indent") or "") // 2 if kind == "list_item" else 0
    return Block(kind, line[m.end() :], start, end, start + m.end(), depth)


def parse_blocks(text: str) -> list[Block]:
    """Every non-blank line of ``text`` as a block, in order, with its offsets."""
    blocks: list[Block] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(parse_line(line, offset))
        offset += len(line) + 1
    return blocks


def plain_text(text: str) -> str:
    """``text`` with every marker removed: what a reader sees, block by block."""
    return "\n\n".join(block.text for block in parse_blocks(text))
