"""A change drawn inline: the new text with removed words struck and added words marked.

This only lays out what ``compare`` found: each ``Change`` carries its exact ranges in
the old and new texts, so the changed paragraphs of the new text are cut at those ranges
and the removed text is put back at its place. Nothing is diffed here, except that a
headline or byline change (which ``compare`` gives whole) is split into its changed words
by the differ's own word diff. The result is plain segments; the templates escape them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from revtrack.diff import Change, Comparison

SAME, REMOVED, ADDED, MOVED, NOTE = "same", "removed", "added", "moved", "note"
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


@dataclass(frozen=True)
class Segment:
    """A run of text and what happened to it (``note``: words about a change, such as where
    a moved passage came from); ``change`` indexes the step's changes."""

    op: str
    text: str
    change: int | None = None


@dataclass(frozen=True)
class Region:
    """Changed paragraphs of the new text, ``first`` counted from 1 as people count them."""

    first: int
    paragraphs: list[list[Segment]]


def word_segments(before: str, after: str, index: int | None = None) -> list[Segment]:
    """A short text (a headline, a byline) with its changed words marked."""
    from revtrack.diff.engine import diff_hunks

    out: list[Segment] = []
    cursor = 0
    for a0, a1, b0, b1 in diff_hunks(before, after):
        if b0 > cursor:
            out.append(Segment(SAME, after[cursor:b0]))
        if a1 > a0:
            out.append(Segment(REMOVED, before[a0:a1], index))
        if b1 > b0:
            out.append(Segment(ADDED, after[b0:b1], index))
        cursor = b1
    if cursor < len(after):
        out.append(Segment(SAME, after[cursor:]))
    return out


def body_regions(comparison: Comparison, changes: Sequence[tuple[int, Change]]) -> list[Region]:
    """The paragraphs the body changes touch, each drawn with its changes inline.

    ``changes`` pairs each change with its index in the step, so a mark can point at the
    change's before/after text. Changes that overlap one already drawn are skipped (the
    differ does not produce them; a hand-built comparison might).
    """
    body = sorted(((i, c) for i, c in changes if c.field == "body"), key=lambda p: p[1].new_start)
    if not body:
        return []
    spans = comparison.new_paragraphs
    groups: list[list] = []  # [first paragraph, last paragraph, members]
    for index, change in body:
        first, last = _paragraph_range(spans, *_core_range(change))
        if groups and first <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], last)
            groups[-1][2].append((index, change))
        else:
            groups.append([first, last, [(index, change)]])
    regions = []
    text = comparison.new_text
    for first, last, members in groups:
        start = min([spans[first][0] if spans else 0, *(c.new_start for _, c in members)])
        end = max([spans[last][1] if spans else 0, *(c.new_end for _, c in members)])
        segments: list[Segment] = []
        cursor = start
        for index, change in sorted(members, key=lambda p: (p[1].new_start, p[1].new_end)):
            if change.new_start < cursor:
                continue
            segments.append(Segment(SAME, text[cursor : change.new_start]))
            segments.extend(_change_segments(index, change))
            cursor = change.new_end
        segments.append(Segment(SAME, text[cursor:end]))
        regions.append(Region(first + 1, _paragraphs(segments)))
    return regions


def _change_segments(index: int, change: Change) -> list[Segment]:
    before, after = change.before, change.after
    if change.kind.endswith("_moved"):
        lead, core, trail = _edges(after)
        where = ""
        if change.old_paragraph is not None:
            where = f"moved from paragraph {change.old_paragraph + 1}"
        moved = [Segment(MOVED, core, index)]
        if before.strip() != core:
            # Moved and edited on the way: the moved words as moved, the edit marked in them.
            moved = [
                Segment(MOVED, s.text, index) if s.op == SAME else s
                for s in word_segments(before.strip(), core, index)
            ]
        note = [Segment(NOTE, f" ({where})", index)] if where else []
        return [Segment(SAME, lead), *moved, *note, Segment(SAME, trail)]
    if before.strip() and after.strip():
        return [Segment(REMOVED, before, index), Segment(ADDED, after, index)]
    if after.strip():
        lead, core, trail = _edges(after)
        return [Segment(SAME, lead), Segment(ADDED, core, index), Segment(SAME, trail)]
    lead, core, trail = _edges(before)
    # A removed paragraph keeps its own paragraph: its separating break is drawn, not struck.
    out = [Segment(SAME, "\n\n")] if "\n" in lead else []
    out.append(Segment(REMOVED, core, index))
    if "\n" in trail:
        out.append(Segment(SAME, "\n\n"))
    return out


def _paragraphs(segments: list[Segment]) -> list[list[Segment]]:
    """Segments cut at paragraph breaks; empty paragraphs dropped."""
    paragraphs: list[list[Segment]] = [[]]
    for segment in segments:
        pieces = _PARAGRAPH_BREAK.split(segment.text)
        for n, piece in enumerate(pieces):
            if n:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append(Segment(segment.op, piece, segment.change))
    return [p for p in paragraphs if any(s.text.strip() for s in p)]


def _core_range(change: Change) -> tuple[int, int]:
    lead, core, _ = _edges(change.after)
    if not core:
        return change.new_start, change.new_end
    start = change.new_start + len(lead)
    return start, start + len(core)


def _paragraph_range(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    touched = [i for i, (s, e) in enumerate(spans) if s <= end and start <= e]
    if touched:
        return touched[0], touched[-1]
    following = [i for i, (s, _) in enumerate(spans) if s >= start]
    index = following[0] if following else max(len(spans) - 1, 0)
    return index, index


def _edges(text: str) -> tuple[str, str, str]:
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core[0])
    return text[:start], core, text[start + len(core) :]
