"""Where paragraphs and sentences begin and end, and how sentences pair across versions.

News copy is full of periods that end nothing: "U.S.", "Sen.", "D-Conn.", "Dec. 31",
"10:31 a.m. Tuesday". The splitter breaks after ``.``, ``!`` or ``?`` (and any closing
quote or bracket) only when a capital letter, digit or opening quote follows and the word
before the period is not one of those abbreviations. Initialisms such as "U.S." and
"a.m." end a sentence only when a typical sentence opener follows ("in the U.S. He said").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from revtrack.diff.engine import Hunk
from revtrack.textnorm import cosmetic_only


def _words(text: str) -> list[str]:
    return text.split()


Span = tuple[int, int]

_SEPARATOR = re.compile(r"\n[^\S\n]*\n")
# A candidate sentence end, with the word that follows it captured inside the look-ahead
# (so a boundary is read in one match, not two).
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?([^\W_][\w'’-]*))""")

# Words that end with a period without ending a sentence, lowercased without the period.
_ABBREVIATIONS = frozenset(
    _words(
        """
    mr mrs ms dr prof sen rep gov lt col gen sgt capt cmdr adm maj cpl pvt rev fr st mt ft
    jr sr vol pp ed eds est approx dept univ inc corp co ltd bros vs etc al
    jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """
    )
)
# After an initialism ("U.S.", "a.m."), these openers show that a new sentence begins.
_OPENERS = frozenset(
    _words(
        """
    a an the he she it they we i you his her its their our this that these those there
    but and or so yet then when while after before if in on at as for by with from to of
    what who why how where some many most no not one two
    """
    )
)
_INITIALISM = re.compile(r"(?:[^\W\d_]\.){2,}$")
_INITIAL = re.compile(r"(?:^|\W)[A-Z]\.$")  # "J." in "John J. Smith"
_PARTY_STATE = re.compile(r"\b[DRI]-[A-Z][a-z]*\.$")  # "D-Conn."


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (with or without its period) is one of the abbreviations news copy
    writes with a period ("Sen.", "Calif.", "Sept."): the classifier reads "Texas" to
    "Tex." as house style by the same list the splitter uses."""
    return word.rstrip(".").lower() in _ABBREVIATIONS


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


def _stripped_span(chunk: str, offset: int) -> Span | None:
    """The span of ``chunk`` (found at ``offset``) without its spacing at either end, or
    None if it is all spacing. ``str.strip`` strips exactly what ``isspace`` calls
    space, and it scans in C."""
    stripped = chunk.strip()
    if not stripped:
        return None
    lo = offset + len(chunk) - len(chunk.lstrip())
    return (lo, lo + len(stripped))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The spans of the sentences of ``text[start:end]``, in ``text``'s offsets."""
    end = len(text) if end is None else end
    piece = text[start:end]
    spans: list[Span] = []
    cursor = 0
    for match in _BOUNDARY.finditer(piece):
        # Most candidates are followed by a lower-case word: turned away here, before
        # a function call.
        first = match.group(1)[0]
        if not (first.isupper() or first.isdigit()) or not _ends_sentence(piece, match):
            continue
        stop = match.end()
        # The sentence without the spacing before it (there is none after a boundary).
        sentence = piece[cursor:stop]
        kept = sentence.lstrip()
        if kept:
            lo = start + stop - len(kept)
            spans.append((lo, start + stop))
        cursor = stop
    span = _stripped_span(piece[cursor:], start + cursor)
    if span is not None:
        spans.append(span)
    return spans


def _word_ending_at(piece: str, end: int) -> str:
    """The run of non-space characters that ends at ``end``."""
    # Usually a plain space precedes the word: find it in C, and fall back to a scan only
    # if the text between holds other spacing (a tab, a line break, a non-breaking space).
    word = piece[piece.rfind(" ", 0, end) + 1 : end]
    if word.isprintable():  # every kind of space but " " is unprintable: none in it
        return word
    start = end
    while start > 0 and not piece[start - 1].isspace():
        start -= 1
    return piece[start:end]


def _ends_sentence(piece: str, match: re.Match[str]) -> bool:
    """Whether a candidate boundary followed by a capital or a digit ends a sentence."""
    next_word = match.group(1)
    if match.group() != ".":
        # "!", "?", "..." and a period inside a closing quote end the sentence.
        return True
    word = _word_ending_at(piece, match.start() + 1)
    core = word[:-1]
    if len(core) > 1 and core.isalpha():
        # A plain word before the period, the usual case: it has no inner period to make
        # an initialism or "a.m.", no hyphen for "D-Conn." and is no single initial, so
        # only the abbreviation list can keep the sentence going.
        bare = core.lower()
    else:
        bare = word.rstrip(".").lstrip("\"'“‘([").lower()
        if _INITIALISM.search(word) or word.lower().endswith(("a.m.", "p.m.")):
            return next_word.lower() in _OPENERS
        if _PARTY_STATE.search(word) or _INITIAL.search(word):
            return False
    if bare in {"no", "nos"}:
        return not next_word[0].isdigit()  # "No. 1" continues
    # "Dec. 31" and "Sen. Murphy" continue.
    return bare not in _ABBREVIATIONS


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
