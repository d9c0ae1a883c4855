"""Where paragraphs and sentences begin and end, and how sentences pair across versions.

Sentences are cut by the project's one splitter (``revtrack.sentences``), which the
notice parser reads too, so the diff and the correction log see the same sentences.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from revtrack.diff.engine import Hunk
from revtrack.sentences import sentence_spans
from revtrack.textnorm import cosmetic_only

Span = tuple[int, int]

_SEPARATOR = re.compile(r"\n[^\S\n]*\n")


def paragraph_spans(text: str) -> list[Span]:
    """The character spans of the paragraphs (blank-line separated, ends stripped)."""
    spans: list[Span] = []
    start = 0
    for separator in (*_SEPARATOR.finditer(text), None):
        stop = separator.start() if separator else len(text)
        lo, hi = start, stop
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            spans.append((lo, hi))
        if separator:
            start = separator.end()
    return spans


def chunk_paragraph_spans(chunks: Sequence[str]) -> list[Span]:
    """``paragraph_spans("".join(chunks))`` for the paragraphs ``engine.split_chunks`` cut.

    Each chunk is a paragraph with the blank lines after it, and a blank line never
    stands inside one, so stripping each chunk finds the same spans; ``compare`` has
    the chunks from the word diff, and this spares it a second pass over each text.
    Every chunk but the first opens with its paragraph's first character (the separator
    before it took all the spacing), so a chunk costs one ``rstrip``; only a chunk that
    opens with spacing (the text's first, at most) is measured at its start too.
    """
    spans: list[Span] = []
    offset = 0
    for chunk in chunks:
        end = offset + len(chunk.rstrip())
        if end > offset:
            if chunk[0].isspace():
                spans.append((offset + len(chunk) - len(chunk.lstrip()), end))
            else:
                spans.append((offset, end))
        offset += len(chunk)
    return spans


class TextLayout:
    """The paragraphs and sentences of one text, for finding what a position sits in.

    Sentences are split only for the paragraphs asked about, and the full list only
    when sentence alignment is asked for: a light edit to a long live blog should not
    pay for splitting every sentence of it. Look-ups bisect plain lists of start and end
    offsets, kept beside the spans, since ``compare`` asks thousands of them on a heavy
    rewrite and bisecting tuples costs several times as much.
    """

    def __init__(self, text: str, paragraphs: list[Span] | None = None) -> None:
        """``paragraphs``, when given, must be ``paragraph_spans(text)``."""
        self.text = text
        self.paragraphs = paragraph_spans(text) if paragraphs is None else paragraphs
        self._starts = [start for start, _ in self.paragraphs]
        self._ends = [end for _, end in self.paragraphs]
        self._by_paragraph: dict[int, tuple[list[Span], list[int], list[int]]] = {}
        self._touched: dict[tuple[int, int], list[Span]] = {}

    @classmethod
    def of(cls, text: str) -> TextLayout:
        return cls(text)

    @functools.cached_property
    def sentences(self) -> list[Span]:
        """Every sentence of the text, in order."""
        return [s for i in range(len(self.paragraphs)) for s in self.paragraph_sentences(i)]

    def paragraph_sentences(self, index: int) -> list[Span]:
        """The sentences of one paragraph."""
        return self._split(index)[0]

    def _split(self, index: int) -> tuple[list[Span], list[int], list[int]]:
        """One paragraph's sentences with their starts and ends, split on first use."""
        found = self._by_paragraph.get(index)
        if found is None:
            start, end = self.paragraphs[index]
            spans = sentence_spans(self.text, start, end)
            found = (spans, [s for s, _ in spans], [e for _, e in spans])
            self._by_paragraph[index] = found
        return found

    def sentences_within(self, start: int, end: int) -> list[Span]:
        """``sentence_spans(text, start, end)``, from the paragraph's kept split when the
        range is one of the text's paragraphs (the word diff asks exactly that)."""
        index = bisect.bisect_left(self._ends, end)
        if index < len(self._ends) and self._ends[index] == end and self._starts[index] >= start:
            return self._split(index)[0]
        return sentence_spans(self.text, start, end)

    def paragraph_at(self, position: int) -> int | None:
        """The paragraph whose span holds ``position`` (its end included), if any."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and position <= self._ends[index]:
            return index
        return None

    @functools.cached_property
    def _sentence_bounds(self) -> tuple[list[int], list[int]]:
        return [s for s, _ in self.sentences], [e for _, e in self.sentences]

    def sentences_in(self, start: int, end: int) -> range:
        """Indices of the sentences the range touches (the one holding an empty range)."""
        return range(*_touching(*self._sentence_bounds, start, end))

    def sentence_spans_in(self, start: int, end: int) -> list[Span]:
        """The sentences the range touches, without splitting the rest of the text.

        Answers are kept (the list is shared: not to be changed), since ``compare`` asks
        about each change's range several times: to cut it into units, to join a
        rewritten sentence's edits and to classify it.
        """
        found = self._touched.get((start, end))
        if found is not None:
            return found
        first, last = _touching(self._starts, self._ends, start, end)
        if last - first == 1:
            spans, starts, ends = self._split(first)
        else:
            spans = [s for i in range(first, last) for s in self.paragraph_sentences(i)]
            starts = [s for s, _ in spans]
            ends = [e for _, e in spans]
        lo, hi = _touching(starts, ends, start, end)
        found = self._touched[start, end] = spans[lo:hi]
        return found

    def paragraphs_in(self, start: int, end: int) -> range:
        """Indices of the paragraphs the range touches."""
        return range(*_touching(self._starts, self._ends, start, end))

    def first_paragraph_in(self, start: int, end: int) -> int | None:
        """The first paragraph the range touches, if any (every change asks this)."""
        first, last = _touching(self._starts, self._ends, start, end)
        return first if last > first else None


def _touching(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """The index range of the spans (given by their sorted ``starts`` and ``ends``) that
    ``start:end`` overlaps; for an empty range, the span holding it, ends included."""
    first = bisect.bisect_right(starts, start) - 1
    if start == end:
        if first >= 0 and start <= ends[first]:
            return first, first + 1
        return 0, 0
    if first < 0 or ends[first] <= start:
        first += 1
    return first, max(first, bisect.bisect_left(starts, end))


@dataclass(frozen=True)
class SentencePair:
    """How one sentence fared between the versions (NewsEdits' labels).

    ``status`` is kept, edited, added, removed, moved, split or merged; ``old`` and
    ``new`` are sentence indices (several for a split or merge, none for an addition
    or removal).
    """

    status: str
    old: tuple[int, ...]
    new: tuple[int, ...]


def align_sentences(
    old: TextLayout, new: TextLayout, hunks: Sequence[Hunk], moves: Sequence[tuple[Span, Span]]
) -> list[SentencePair]:
    """Pair sentences through the text the two versions share.

    Two sentences are linked when an unchanged run of at least one word joins them, or
    when one was moved to the other's place; the shape of each linked group (one to one,
    one to many, many to one) gives its label.
    """
    links: dict[int, set[int]] = {}
    back: dict[int, set[int]] = {}
    moved_old: set[int] = set()

    def link(i: int, j: int) -> None:
        links.setdefault(i, set()).add(j)
        back.setdefault(j, set()).add(i)

    cursor_old = cursor_new = 0
    equal_runs: list[tuple[int, int, int]] = []
    for hunk in hunks:
        equal_runs.append((cursor_old, hunk.old_start, cursor_new))
        cursor_old, cursor_new = hunk.old_end, hunk.new_end
    equal_runs.append((cursor_old, len(old.text), cursor_new))
    for start, end, new_start in equal_runs:
        if end <= start:
            continue
        for i in old.sentences_in(start, end):
            lo = max(start, old.sentences[i][0])
            hi = min(end, old.sentences[i][1])
            if hi <= lo or not _shares(old.text[lo:hi], old.sentences[i], start, end):
                continue
            shift = new_start - start
            for j in new.sentences_in(lo + shift, hi + shift):
                nlo = max(lo + shift, new.sentences[j][0])
                nhi = min(hi + shift, new.sentences[j][1])
                if nhi > nlo and _shares(
                    new.text[nlo:nhi], new.sentences[j], start + shift, end + shift
                ):
                    link(i, j)
    for (old_lo, old_hi), (new_lo, new_hi) in moves:
        sources, targets = old.sentences_in(old_lo, old_hi), new.sentences_in(new_lo, new_hi)
        if len(sources) == len(targets):  # moved as a whole, perhaps edited on the way
            pairs_moved = list(zip(sources, targets, strict=True))
        else:
            pairs_moved = [(i, j) for i in sources for j in targets if _same(old, i, new, j)]
        for i, j in pairs_moved:
            link(i, j)
            moved_old.add(i)
    pairs: list[SentencePair] = []
    seen_new: set[int] = set()
    for i in range(len(old.sentences)):
        targets = links.get(i, set())
        if not targets:
            pairs.append(SentencePair("removed", (i,), ()))
            continue
        if min(targets) in seen_new:
            continue
        if len(targets) > 1:
            pairs.append(SentencePair("split", (i,), tuple(sorted(targets))))
            seen_new.update(targets)
            continue
        j = next(iter(targets))
        sources = back[j]
        seen_new.add(j)
        if len(sources) > 1:
            pairs.append(SentencePair("merged", tuple(sorted(sources)), (j,)))
        elif i in moved_old:
            pairs.append(SentencePair("moved", (i,), (j,)))
        elif _same(old, i, new, j):
            pairs.append(SentencePair("kept", (i,), (j,)))
        else:
            pairs.append(SentencePair("edited", (i,), (j,)))
    pairs.extend(
        SentencePair("added", (), (j,)) for j in range(len(new.sentences)) if j not in back
    )
    return pairs


def _shares(shared: str, sentence: Span, start: int, end: int) -> bool:
    """Whether an unchanged run ties a sentence to its counterpart: a word in common, or the
    whole sentence unchanged (a sentence of punctuation alone has no word to share)."""
    return any(ch.isalnum() for ch in shared) or (start <= sentence[0] and sentence[1] <= end)


def _same(old: TextLayout, i: int, new: TextLayout, j: int) -> bool:
    """Whether two sentences read the same: a sentence whose quotes were curled or whose
    spaces became non-breaking is kept, as the changes call that edit cosmetic."""
    (a, b), (c, d) = old.sentences[i], new.sentences[j]
    before, after = old.text[a:b], new.text[c:d]
    return before == after or cosmetic_only(before, after)
