"""``compare(old, new)``: every change between two versions, located and classified.

The exact word diff (``engine``) gives hunks; each hunk becomes one change, except that a
hunk made of whole sentences or paragraphs is cut into one change per sentence or
paragraph, and a removal and an addition of the same text become one move. Every change
keeps its exact ranges in both texts, so the changes applied to the old text give the new
text back (``Comparison.apply``), which the property tests check for arbitrary texts.
"""

from __future__ import annotations

import functools
import gc
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from revtrack.blocks import parse_line
from revtrack.diff.align import REWRITE_THRESHOLD, bag, dice
from revtrack.diff.classify import (
    SIGNIFICANCES,
    classify_edit,
    covered_by,
    is_furniture,
    is_month,
    is_time_of_day,
    notice_spans,
    rate_edit,
    significance,
)
from revtrack.diff.engine import Hunk, available_engines, diff_hunks, split_chunks
from revtrack.diff.lexicon import lexicon, text_language
from revtrack.diff.sentences import (
    SentencePair,
    Span,
    TextLayout,
    align_sentences,
    chunk_paragraph_spans,
    paragraph_spans,
)
from revtrack.diff.tokens import words
from revtrack.textnorm import cosmetic_only, normalise

if TYPE_CHECKING:
    from revtrack.models import Document

_INVERSE_KIND = {
    "sentence_added": "sentence_removed",
    "sentence_removed": "sentence_added",
    "paragraph_added": "paragraph_removed",
    "paragraph_removed": "paragraph_added",
    "notice_added": "notice_removed",
    "notice_removed": "notice_added",
    "sentence_split": "sentence_merged",
    "sentence_merged": "sentence_split",
    "quote_added": "quote_removed",
    "quote_removed": "quote_added",
    "subheading_added": "subheading_removed",
    "subheading_removed": "subheading_added",
}
_INVERSE_STATUS = {"added": "removed", "removed": "added", "split": "merged", "merged": "split"}
_TERMINATOR = re.compile(r"[.!?]")
_PARAGRAPH_END = re.compile(r"\s*(?:\n|\Z)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")
_WORD_AFTER = re.compile(r"\s*((?:[A-Za-z]\.){2}|[A-Za-z]+(?:['’][a-z]+)?)")
METADATA_FIELDS = (
    ("title", "headline"),
    ("byline", "byline"),
    ("published", "date"),
    ("modified", "date"),
)


@dataclass(frozen=True)
class Change:
    """One change between two versions.

    ``before`` is exactly ``old_text[old_start:old_end]`` and ``after`` exactly
    ``new_text[new_start:new_end]``, where the texts are the compared ``field`` (the body,
    or a metadata field such as the title); an addition or removal of a whole sentence or
    paragraph includes the spacing that separated it. ``old_sentence`` and
    ``new_sentence`` are the whole sentences (or paragraph, for a paragraph change) the
    change sits in, empty on the side where there is none.
    """

    kind: str
    significance: str
    before: str
    after: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_sentence: str = ""
    new_sentence: str = ""
    old_paragraph: int | None = None
    new_paragraph: int | None = None
    field: str = "body"
    facets: tuple[str, ...] = ()

    @property
    def trivial(self) -> bool:
        """True for whitespace-, quote-style- and punctuation-only changes."""
        return self.significance == "trivial"

    def inverted(self) -> Change:
        """The same change seen from the new version back to the old one."""
        return Change(
            kind=_INVERSE_KIND.get(self.kind, self.kind),
            significance=self.significance,
            before=self.after,
            after=self.before,
            old_start=self.new_start,
            old_end=self.new_end,
            new_start=self.old_start,
            new_end=self.old_end,
            old_sentence=self.new_sentence,
            new_sentence=self.old_sentence,
            old_paragraph=self.new_paragraph,
            new_paragraph=self.old_paragraph,
            field=self.field,
            facets=self.facets,
        )


@dataclass(frozen=True)
class _Structure:
    """What sentence alignment needs, kept so that it runs only when asked for."""

    old: TextLayout
    new: TextLayout
    hunks: list[Hunk]
    moves: list[tuple[Span, Span]]

    def inverted(self) -> _Structure:
        return _Structure(
            self.new,
            self.old,
            [Hunk(c, d, a, b) for a, b, c, d in self.hunks],
            [(new, old) for old, new in self.moves],
        )


@dataclass(frozen=True)
class Comparison:
    """The changes between two versions, metadata changes first, then the body's in order.

    ``sentences`` pairs the old and new sentences (kept, edited, added, removed, moved,
    split, merged), as indices into ``old_sentences`` and ``new_sentences``; it is
    worked out on first use.
    """

    old_text: str
    new_text: str
    changes: list[Change]
    engine: str = ""
    _structure: _Structure | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def sentences(self) -> list[SentencePair]:
        """Each sentence's fate: kept, edited, added, removed, moved, split or merged."""
        s = self._layout()
        return align_sentences(s.old, s.new, s.hunks, s.moves)

    @property
    def old_sentences(self) -> list[Span]:
        """Spans of the old body's sentences."""
        return self._layout().old.sentences

    @property
    def new_sentences(self) -> list[Span]:
        """Spans of the new body's sentences."""
        return self._layout().new.sentences

    @property
    def old_paragraphs(self) -> list[Span]:
        """Spans of the old body's paragraphs."""
        return self._layout().old.paragraphs

    @property
    def new_paragraphs(self) -> list[Span]:
        """Spans of the new body's paragraphs."""
        return self._layout().new.paragraphs

    def _layout(self) -> _Structure:
        if self._structure is None:  # built by hand: derive the structure from the texts
            layout = _Structure(TextLayout(self.old_text), TextLayout(self.new_text), [], [])
            object.__setattr__(self, "_structure", layout)
            return layout
        return self._structure

    @property
    def body_changes(self) -> list[Change]:
        """The changes to the article's text, in the order they appear in the new text."""
        return [c for c in self.changes if c.field == "body"]

    @property
    def metadata_changes(self) -> list[Change]:
        """Headline, byline and date changes."""
        return [c for c in self.changes if c.field != "body"]

    def counts(self, *, include_trivial: bool = True) -> Counter[str]:
        """How many changes of each kind."""
        return Counter(c.kind for c in self.changes if include_trivial or not c.trivial)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def apply(self, old_text: str) -> str:
        """Rebuild the new body from the old one with the body changes.

        The text outside the changes' old ranges is, in order, the text outside their new
        ranges; each change's ``after`` fills its new range. Raises ValueError when
        ``old_text`` is not the text this comparison was made from.
        """
        changes = self.body_changes
        kept: list[str] = []
        cursor = 0
        for change in sorted(changes, key=lambda c: (c.old_start, c.old_end)):
            if old_text[change.old_start : change.old_end] != change.before or (
                change.old_start < cursor
            ):
                raise ValueError("the changes do not apply to this text")
            kept.append(old_text[cursor : change.old_start])
            cursor = change.old_end
        kept.append(old_text[cursor:])
        unchanged = "".join(kept)
        out: list[str] = []
        taken = 0
        position = 0
        for change in sorted(changes, key=lambda c: (c.new_start, c.new_end)):
            gap = change.new_start - position
            out.append(unchanged[taken : taken + gap])
            taken += gap
            out.append(change.after)
            position = change.new_end
        out.append(unchanged[taken:])
        return "".join(out)

    def invert(self) -> Comparison:
        """The comparison from the new version back to the old one."""
        return Comparison(
            old_text=self.new_text,
            new_text=self.old_text,
            changes=[c.inverted() for c in self.changes],
            engine=self.engine,
            _structure=self._structure.inverted() if self._structure else None,
        )


def compare(old: str | Document, new: str | Document, *, engine: str | None = None) -> Comparison:
    """Compare two versions, texts or Documents (whose headline, byline and dates count too).

    ``engine`` picks the diff engine ("fast" or "python"); the default is the fastest
    available. The result does not depend on it beyond ties between equally small diffs.
    """
    # The cyclic garbage collector is paused while comparing, then restored as it was.
    # A long rewrite makes tens of thousands of objects that all live until the end, so
    # the collector would run dozens of times (a full pass over the heap among them) and
    # find nothing to free: on a 100k-word rewrite that was a twentieth of the time.
    # Reference counting still frees everything that dies.
    if not gc.isenabled():
        return _compare(old, new, engine)
    gc.disable()
    try:
        return _compare(old, new, engine)
    finally:
        gc.enable()


def _compare(old: str | Document, new: str | Document, engine: str | None) -> Comparison:
    old_text, new_text = _body(old), _body(new)
    engine = engine or available_engines()[0]
    changes = _metadata_changes(old, new)
    # The word diff cuts both texts into paragraphs; the layouts take their spans from
    # the same cut rather than scanning the texts again.
    chunks = split_chunks(old_text), split_chunks(new_text)
    old_layout = TextLayout(old_text, chunk_paragraph_spans(chunks[0]))
    new_layout = TextLayout(new_text, chunk_paragraph_spans(chunks[1]))
    context = _Context(
        old_layout,
        new_layout,
        _LowerCaseWords(old_text, new_text),
        old_text,
        text_language(new_text or old_text),
    )
    hunks = _slide_to_units(
        diff_hunks(
            old_text,
            new_text,
            engine=engine,
            chunks=chunks,
            splitters=(old_layout.sentences_within, new_layout.sentences_within),
        ),
        old_layout,
        new_layout,
    )
    pieces: list[tuple[_Piece, bool]] = []
    for hunk in hunks:
        units = _pieces(hunk, old_layout, new_layout)
        if units is None:  # an edit inside a sentence, the usual hunk: no notice to look for
            pieces.append((_Piece(*hunk), False))
        else:
            pieces.extend(_mark_notices(units, hunk, context))
    body = [
        _describe(piece, notice, sentences, context)
        for piece, notice, sentences in _whole_links(
            _to_sentence_ends(_join_touching(_join_rewrites(pieces, context), context), context),
            context,
        )
    ]
    body = _rewritten_passages(body, context)
    body, moves = _pair_moves(body)
    body = _duplicates_minor(body, old_text, new_text)
    changes.extend(sorted(body, key=lambda c: (c.new_start, c.old_start)))
    return Comparison(
        old_text=old_text,
        new_text=new_text,
        changes=changes,
        engine=engine,
        _structure=_Structure(old_layout, new_layout, hunks, moves),
    )


def _body(version: str | Document) -> str:
    return version if isinstance(version, str) else version.text


def _metadata_changes(old: str | Document, new: str | Document) -> list[Change]:
    """Headline, byline and dates, compared only when both sides are Documents."""
    if isinstance(old, str) or isinstance(new, str):
        return []
    changes = []
    for name, kind in METADATA_FIELDS:
        before, after = getattr(old, name) or "", getattr(new, name) or ""
        if before == after:
            continue
        level = _metadata_significance(kind, before, after)
        changes.append(
            Change(
                kind,
                level,
                before,
                after,
                0,
                len(before),
                0,
                len(after),
                old_sentence=before,
                new_sentence=after,
                field=name,
            )
        )
    return changes


def _metadata_significance(kind: str, before: str, after: str) -> str:
    """Trivial for typography alone; minor for a headline or byline recapitalised
    ("Bronx fire kills 12" to "Bronx Fire Kills 12", a style change that states nothing
    new) and for the page's own dates; substantive for any other headline or byline."""
    if cosmetic_only(before, after):
        return "trivial"
    if kind not in {"headline", "byline"} or cosmetic_only(before.casefold(), after.casefold()):
        return "minor"
    return "substantive"


class _Piece(NamedTuple):
    """A hunk, or one whole sentence or paragraph cut out of a hunk (a named tuple: a
    heavy rewrite makes a thousand of them, and a tuple is the cheapest to make)."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    unit: str = "edit"  # "edit", "rewrite" (whole units rewritten), "sentence", "paragraph"
    added: bool = False


def _pieces(hunk: Hunk, old: TextLayout, new: TextLayout) -> list[_Piece] | None:
    """The hunk cut into whole sentences or paragraphs removed and added, or None when it
    is one edit inside a sentence (or only spacing on both sides)."""
    a0, a1, b0, b1 = hunk
    # An edit inside a sentence on the old side is one piece whatever the new side holds.
    old_units = _whole_units(old, a0, a1)
    new_units = None if old_units is None else _whole_units(new, b0, b1)
    if old_units is None or new_units is None or (not old_units and not new_units):
        return None
    if old_units and new_units and _rewritten_in_place(old_units, new_units, hunk, old, new):
        return [_Piece(a0, a1, b0, b1, "rewrite")]
    # Whole sentences or paragraphs went, others came. Spacing alone on one side rides
    # with the first unit of the other, so that every character is in some change.
    pieces = [_Piece(s, e, b0, b0, unit) for s, e, unit in old_units]
    pieces.extend(_Piece(a1, a1, s, e, unit, added=True) for s, e, unit in new_units)
    first = pieces[0]
    if not old_units:
        pieces[0] = first._replace(old_start=hunk.old_start, old_end=hunk.old_end)
    elif not new_units:
        pieces[0] = first._replace(new_start=hunk.new_start, new_end=hunk.new_end)
    return pieces


def _rewritten_in_place(
    old_units: list[tuple[int, int, str]],
    new_units: list[tuple[int, int, str]],
    hunk: Hunk,
    old: TextLayout,
    new: TextLayout,
) -> bool:
    """Whether whole units removed and others added in one place are one passage rewritten.

    The word diff's alignment left them in one hunk because nothing between the same two
    anchors was kept. A reader who sees one sentence, or a run of sentences of one
    paragraph, give way to others there reads a rewrite, whatever words they share (the
    usual heavy rewrite keeps few: "It voted to close the library" becomes "Members
    agreed that the branch must shut"). Paragraphs in other paragraphs' place, all of one
    role, are one passage rewritten when together they still share a fifth of their
    words (``align.REWRITE_THRESHOLD``: the names, the figures, the subject), which is
    how a paragraph rewritten into two or three, or three into one, reads; paragraphs
    that share less are about something else, removed and others added. A passage whose
    either side is page furniture, or whose new side is a notice, is named for what it is.
    """
    a0, a1, b0, b1 = hunk
    units = {unit for *_, unit in old_units} | {unit for *_, unit in new_units}
    if units == {"sentence"}:
        old_span, new_span = _stripped(old.text, a0, a1), _stripped(new.text, b0, b1)
        if len(old.paragraphs_in(*old_span)) != 1 or len(new.paragraphs_in(*new_span)) != 1:
            return False
    else:
        roles = {_line_role(old, _stripped(old.text, lo, hi)[0]) for lo, hi, _ in old_units}
        roles |= {_line_role(new, _stripped(new.text, lo, hi)[0]) for lo, hi, _ in new_units}
        if len(roles) != 1:
            return False  # a caption is not rewritten into a paragraph, nor a heading into a list
        if dice(bag(old.text[a0:a1]), bag(new.text[b0:b1])) < REWRITE_THRESHOLD:
            return False
    if is_furniture(old.text[a0:a1].strip()) or is_furniture(new.text[b0:b1].strip()):
        return False
    # The same slice ``_mark_notices`` reads, so that the parser's answer is reused.
    return not notice_spans(new.text[b0:b1])


# Pieces that change text in place rather than add or remove whole units.
_EDITS = frozenset({"edit", "rewrite"})


# How far an added or removed passage may be slid to line up with sentence boundaries.
_MAX_SLIDE = 3


def _slide_to_units(hunks: list[Hunk], old: TextLayout, new: TextLayout) -> list[Hunk]:
    """Slide each pure addition or removal that cuts across sentences to the equally
    small diff that adds or removes whole sentences.

    A sentence moved to the end of its paragraph, "It spread. No one was hurt.", may
    come out of the word diff as ". No one was hurt" inserted before the old last full
    stop: the same edit, but one that no longer reads as a sentence added, so the move
    is missed. The inserted text's first characters equal those just after it, so the
    insertion can slide right by that much, and the changes are the same either way.
    """
    out = list(hunks)
    for index, hunk in enumerate(out):
        a0, a1, b0, b1 = hunk
        if (a0 == a1) == (b0 == b1):
            continue  # a replacement has no other place
        inserted = a0 == a1
        layout, lo, hi = (new, b0, b1) if inserted else (old, a0, a1)
        text = layout.text
        if not _TERMINATOR.search(text, lo, hi) or _whole_units(layout, lo, hi) is not None:
            continue
        floor = (out[index - 1][3] if inserted else out[index - 1][1]) if index else 0
        ceiling = (
            (hunks[index + 1][2] if inserted else hunks[index + 1][0])
            if index + 1 < len(hunks)
            else len(text)
        )
        for shift in (sign * k for k in range(1, _MAX_SLIDE + 1) for sign in (1, -1)):
            if not floor <= lo + shift <= hi + shift <= ceiling or not _slides(text, lo, hi, shift):
                continue
            units = _whole_units(layout, lo + shift, hi + shift)
            if units:
                out[index] = Hunk(a0 + shift, a1 + shift, b0 + shift, b1 + shift)
                break
    return out


def _slides(text: str, start: int, end: int, shift: int) -> bool:
    """Whether ``text[start:end]`` can move by ``shift`` with the text around it unchanged:
    the characters it gives up at one end are the ones it takes in at the other."""
    if shift > 0:
        return text[start : start + shift] == text[end : end + shift]
    return text[start + shift : start] == text[end + shift : end]


def _whole_units(layout: TextLayout, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """Cut ``text[start:end]`` into whole paragraphs, or whole sentences, with their spacing.

    Empty when the range holds only spacing; None when it holds a part of a sentence
    (then the hunk is an edit inside that sentence).
    """
    text = layout.text
    if not text[start:end].strip():
        return []
    if not _may_hold_whole_units(text, start, end):
        return None
    # Sentences are looked up (and their paragraphs split) only if whole paragraphs fail.
    touched = layout.paragraphs_in(start, end)
    units = _cut_at(text, start, end, layout.paragraphs[touched.start : touched.stop], "paragraph")
    if units is None:
        units = _cut_at(text, start, end, layout.sentence_spans_in(start, end), "sentence")
    return units


def _cut_at(
    text: str, start: int, end: int, spans: list[Span], unit: str
) -> list[tuple[int, int, str]] | None:
    """``text[start:end]`` cut into the ``spans`` it holds whole, or None if it cuts one."""
    if not spans or not all(start <= s and e <= end for s, e in spans):
        return None
    # The spacing before each unit goes with it.
    leading = text[start].isspace()
    cuts = [e for _, e in spans[:-1]] if leading else [s for s, _ in spans[1:]]
    return [(lo, hi, unit) for lo, hi in itertools.pairwise([start, *cuts, end])]


def _may_hold_whole_units(text: str, start: int, end: int) -> bool:
    """A quick no for the usual word edit: it starts or ends inside a word, or it has no
    sentence end in it, does not reach the end of its paragraph and crosses no paragraph
    break (a line without a full stop, "Sign up for our newsletter", is a paragraph too)."""
    if 0 < start < len(text) and not text[start - 1].isspace() and not text[start].isspace():
        return False
    if 0 < end < len(text) and not text[end - 1].isspace() and not text[end].isspace():
        return False
    return bool(
        _TERMINATOR.search(text, start, end)
        or _PARAGRAPH_END.match(text, end)
        or text.find("\n", start, end) != -1
    )


@dataclass(frozen=True)
class _Context:
    """What classifying a piece needs besides the piece: both layouts and word look-ups.

    The words of each changed text are kept once split: joining a rewritten sentence's
    edits counts them, and classifying the edits reads them again.
    """

    old: TextLayout
    new: TextLayout
    ordinary: _LowerCaseWords
    old_text: str
    language: str = "en"
    _words: dict[str, list[str]] = field(default_factory=dict)

    def known_before(self, word: str) -> bool:
        """Whether ``word`` (exactly so spelled) stands somewhere in the old version."""
        return _has_word(self.old_text, word)

    def words(self, text: str) -> list[str]:
        """``tokens.words(text)``, split once per text (the list is shared: not to change)."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = words(text)
        return found


def _mark_notices(pieces: list[_Piece], hunk: Hunk, context: _Context) -> list[tuple[_Piece, bool]]:
    """Each piece with whether it is a notice: a whole sentence or paragraph added or
    removed that ``find_notices`` sees as a notice, read in the text the hunk added or
    removed, so that a notice of two paragraphs (a "Correction" heading, then its text)
    is found whole; such a notice becomes one piece."""
    if all(piece.unit in _EDITS for piece in pieces):
        return [(piece, False) for piece in pieces]
    found: dict[bool, list[Span]] = {}

    def notices(added: bool) -> list[Span]:
        if added not in found:
            text = context.new.text if added else context.old.text
            lo, hi = (hunk.new_start, hunk.new_end) if added else (hunk.old_start, hunk.old_end)
            found[added] = [(lo + a, lo + b) for a, b in notice_spans(text[lo:hi])]
        return found[added]

    marked: list[tuple[_Piece, bool]] = []
    last_owner: tuple[bool, int] | None = None
    for piece in pieces:
        if piece.unit in _EDITS:
            marked.append((piece, False))
            last_owner = None
            continue
        added = piece.added
        text = context.new.text if added else context.old.text
        lo, hi = (piece.new_start, piece.new_end) if added else (piece.old_start, piece.old_end)
        start, end = _stripped(text, lo, hi)
        start = _after_marker(text, start, end)
        owner = next(
            (
                (added, i)
                for i, span in enumerate(notices(added) if start < end else [])
                if covered_by([span], start, end)
            ),
            None,
        )
        if owner is not None and owner == last_owner:
            previous = marked[-1][0]
            piece = previous._replace(
                old_start=min(previous.old_start, piece.old_start),
                old_end=max(previous.old_end, piece.old_end),
                new_start=min(previous.new_start, piece.new_start),
                new_end=max(previous.new_end, piece.new_end),
            )
            marked.pop()
        marked.append((piece, owner is not None))
        last_owner = owner
    return marked


def _after_marker(text: str, start: int, end: int) -> int:
    """Where the text of the block at ``start`` begins, past its role's marker
    ("[history] ", "> "): the notice parser reads a block's text, not its marker."""
    if text[start : start + 1] not in _MARKER_STARTS:
        return start
    stop = text.find("\n", start, end)
    line = text[start : stop if stop != -1 else end]
    return min(parse_line(line, start).marker_end, end)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A sentence rewritten this much is one change of wording, not a string of small edits:
# at least this many words changed, and at least this share of the sentence's words.
_REWRITE_MIN_WORDS = 8
_REWRITE_SHARE = 0.5


_Sentences = tuple[list[Span], list[Span]]
"""The sentences an edit touches in the old and the new text."""


def _join_rewrites(
    pieces: list[tuple[_Piece, bool]], context: _Context
) -> list[tuple[_Piece, bool, _Sentences | None]]:
    """Join the edits of a heavily rewritten sentence into one edit.

    The word diff keeps the words a rewrite happens to share ("The fire ... midnight
    ... it"), which would report a rephrased sentence as three or four unrelated small
    edits, some misnamed ("night" read as a time of day). An editor sees one rewrite.
    Only edits inside the same single sentence of both versions are joined.

    Each edit comes out with the sentences it touches, looked up here once and passed
    on for classifying it (None for whole sentences and paragraphs). A joined edit
    spans from its run's first edit to its last, all inside the run's one sentence on
    each side, so it touches those same two sentences.
    """
    out: list[tuple[_Piece, bool, _Sentences | None]] = []
    run: list[_Piece] = []
    key: _Sentences = ([], [])
    old_spans_in = context.old.sentence_spans_in
    new_spans_in = context.new.sentence_spans_in

    def flush() -> None:
        out.extend((piece, False, key) for piece in _rewrite(run, key, context))
        run.clear()

    # The run's sentence on each side, as bounds: most edits of a rewrite fall inside the
    # sentence of the edit before, and then it is the one sentence they touch.
    old_lo = old_hi = new_lo = new_hi = -1
    for piece, notice in pieces:
        if piece.unit != "edit":  # whole sentences and paragraphs are never joined
            if run:
                flush()
            out.append((piece, notice, None))
            continue
        if (
            run
            and old_lo <= piece.old_start
            and piece.old_end <= old_hi
            and new_lo <= piece.new_start
            and piece.new_end <= new_hi
        ):
            run.append(piece)
            continue
        sentences = (
            old_spans_in(piece.old_start, piece.old_end),
            new_spans_in(piece.new_start, piece.new_end),
        )
        if len(sentences[0]) != 1 or len(sentences[1]) != 1:
            if run:
                flush()
            out.append((piece, notice, sentences))
        elif run and sentences == key:
            run.append(piece)
        else:
            if run:
                flush()
            run.append(piece)
            key = sentences
            [(old_lo, old_hi)], [(new_lo, new_hi)] = sentences
    if run:
        flush()
    return out


def _rewrite(run: list[_Piece], sentences: _Sentences, context: _Context) -> list[_Piece]:
    """The run of edits in one sentence as they are, or as one edit if it rewrites it."""
    if len(run) < 2:
        return list(run)
    old, new = context.old.text, context.new.text
    count = context.words
    changed = sum(
        len(count(old[p.old_start : p.old_end])) + len(count(new[p.new_start : p.new_end]))
        for p in run
    )
    if changed < _REWRITE_MIN_WORDS:
        return _join_rephrasings(run, context)
    [(a0, a1)], [(b0, b1)] = sentences
    total = len(words(old[a0:a1])) + len(words(new[b0:b1]))
    if changed < _REWRITE_SHARE * total:
        return _join_rephrasings(run, context)
    first, last = run[0], run[-1]
    return [_Piece(first.old_start, last.old_end, first.new_start, last.new_end)]


_Item = tuple[_Piece, bool, "_Sentences | None"]


def _join_touching(items: list[_Item], context: _Context) -> list[_Item]:
    """Join changes that touch (no kept character between them on either side, or only a
    full stop between two removals) inside one paragraph: a reader cannot see where one
    ends and the next begins.

    Sentences removed one after another are one passage removed; the end of a sentence
    cut together with the sentences after it ("scared, she said. She left." to
    "scared.") is one removal, not an edit and a string of removed sentences; sentences
    removed and others added in their place are one rewrite. Notices stay apart, named
    for what they are, and so do changes in different paragraphs.
    """
    out: list[_Item] = []
    for piece, notice, sentences in items:
        if out:
            last, last_notice, _ = out[-1]
            if not notice and not last_notice and _next_to(last, piece, context):
                joined = _joined(last, piece, context)
                if joined is not None:
                    out[-1] = (joined, False, None)
                    continue
        out.append((piece, notice, sentences))
    return out


# Removals (or additions) this little apart, with only punctuation between, are one cut.
_PUNCTUATION_GAP = 3


def _next_to(first: _Piece, second: _Piece, context: _Context) -> bool:
    """Whether two pieces touch, or are two removals (or two additions) with nothing but
    a full stop or a comma between them: "scared[, she said]. [She left.]" is one cut
    that kept a full stop, and the word diff's choice of which full stop it kept is no
    reader's."""
    if first.old_end == second.old_start and first.new_end == second.new_start:
        return True
    gap = context.old.text[first.old_end : second.old_start]
    if not gap or len(gap) > _PUNCTUATION_GAP or any(ch.isalnum() for ch in gap):
        return False
    if context.new.text[first.new_end : second.new_start] != gap:
        return False
    removals = first.new_start == first.new_end and second.new_start == second.new_end
    additions = first.old_start == first.old_end and second.old_start == second.old_end
    return removals or additions


def _joined(first: _Piece, second: _Piece, context: _Context) -> _Piece | None:
    """Two touching pieces as one, or None when they lie in different paragraphs (or one
    of them is a whole paragraph: paragraphs are paired, or not, by alignment)."""
    if first.unit == "paragraph" or second.unit == "paragraph":
        return None
    old, new = context.old, context.new
    a0, a1 = _stripped(old.text, first.old_start, second.old_end)
    b0, b1 = _stripped(new.text, first.new_start, second.new_end)
    if len(old.paragraphs_in(a0, a1)) > 1 or len(new.paragraphs_in(b0, b1)) > 1:
        return None
    before = old.text[first.old_start : second.old_end]
    after = new.text[first.new_start : second.new_end]
    if first.unit == second.unit == "sentence" and first.added == second.added:
        unit, added = "sentence", first.added
    elif not context.words(after) or not context.words(before):
        # Whole sentences went (or came) with the end of the sentence before them: what
        # is left on the other side is punctuation.
        unit, added = "sentence", not context.words(before)
    else:
        unit, added = "rewrite", False
    return _Piece(first.old_start, second.old_end, first.new_start, second.new_end, unit, added)


# A heavy rewrite's change takes in what is left of its sentences when that is only the
# closing punctuation, the same on both sides.
_SENTENCE_TAIL = 3


def _to_sentence_ends(items: list[_Item], context: _Context) -> list[_Item]:
    """Let a sentence rewritten or merged whole end where its sentences end.

    The word diff keeps the full stop a rewrite happens to share with what it replaced,
    so that "It blamed low pay." merged into the sentence before reads as a change that
    stops short of its own sentence's end. A change that rewrites at least half of the
    sentences it touches takes in their closing punctuation when it is the same on both
    sides and no other change lies there.
    """
    old, new = context.old, context.new
    out = list(items)
    for index, (piece, notice, sentences) in enumerate(out):
        if notice or piece.unit not in _EDITS or piece.old_start == piece.old_end:
            continue
        if piece.new_start == piece.new_end:
            continue
        old_spans, new_spans = sentences or (
            old.sentence_spans_in(piece.old_start, piece.old_end),
            new.sentence_spans_in(piece.new_start, piece.new_end),
        )
        if not old_spans or not new_spans:
            continue
        old_end, new_end = old_spans[-1][1], new_spans[-1][1]
        tail = old.text[piece.old_end : old_end]
        if (
            not tail
            or len(tail) > _SENTENCE_TAIL
            or tail != new.text[piece.new_end : new_end]
            or any(ch.isalnum() for ch in tail)
        ):
            continue
        if index + 1 < len(out):
            following = out[index + 1][0]
            if following.old_start < old_end or following.new_start < new_end:
                continue
        changed = len(context.words(old.text[piece.old_start : piece.old_end])) + len(
            context.words(new.text[piece.new_start : piece.new_end])
        )
        total = len(words(old.text[old_spans[0][0] : old_end])) + len(
            words(new.text[new_spans[0][0] : new_end])
        )
        if changed < _REWRITE_MIN_WORDS or changed < _REWRITE_SHARE * total:
            continue
        out[index] = (piece._replace(old_end=old_end, new_end=new_end), notice, sentences)
    return out


# A Markdown link, as a source file's text keeps it: its text in brackets, its target.
_LINK = re.compile(r"\[[^\[\]\n]*\]\([^()\s]*\)")


# A link's target right after its bracketed text: inline "(url)" or a reference "[name]".
_LINK_TARGET = re.compile(r"(?<=\])(?:\([^()\s]*\)|\[[^\[\]\n]*\])")


_LINK_MARKUP = re.compile(r"\]\([^()\s]*\)?|\]\[[^\[\]\n]*\]|[\[\]]")


def _without_links(text: str) -> str:
    """``text`` as a reader of the page sees it: a Markdown link's brackets and target
    gone, its text kept (the words of an edit are judged on this)."""
    if "[" not in text and "]" not in text:
        return text
    return _LINK_MARKUP.sub("", text)


def _in_link_target(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside the target of one Markdown link."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi
    # Looked for on the edit's lines only: over the whole text, once per change, this
    # check cost a 100k-word rewrite more than the rest of the comparison.
    if text.find("](", lo, hi) == -1 and text.find("][", lo, hi) == -1:
        return False
    return any(
        m.start() <= start and end <= m.end() and (start < end or m.start() < start < m.end())
        for m in _LINK_TARGET.finditer(text, lo, hi)
    )


def _link_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bracketed texts of the Markdown links on the lines of ``text[start:end]``,
    as (offset of "[", offset after "]")."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi
    if text.find("](", lo, hi) == -1:
        return []
    return [(m.start(), text.index("](", m.start()) + 1) for m in _LINK.finditer(text, lo, hi)]


def _link_reach(piece: _Piece, context: _Context) -> tuple[int, int, int, int]:
    """How far a piece must reach, on each side, to hold whole every link text whose
    bracket it holds: (old start, old end, new start, new end)."""
    reach = [piece.old_start, piece.old_end, piece.new_start, piece.new_end]
    for side, text, lo, hi in (
        (0, context.old.text, piece.old_start, piece.old_end),
        (2, context.new.text, piece.new_start, piece.new_end),
    ):
        for start, close in _link_spans(text, lo, hi):
            if (lo <= start < hi) or (lo <= close - 1 < hi):
                reach[side] = min(reach[side], start)
                reach[side + 1] = max(reach[side + 1], close)
    return reach[0], reach[1], reach[2], reach[3]


def _whole_links(items: list[_Item], context: _Context) -> list[_Item]:
    """Let an edit that moves a link's brackets take in the whole of the link's text.

    A link is one unit to a reader: "[Ann Lee](…) said" rewritten as "Ann Lee told [the
    paper](…)" moved the link from the name to a new phrase. The word diff sees a
    bracket removed here and a phrase with a bracket added three words on, and a reader
    sees neither alone. An edit that holds a bracket of a link's text, on either side,
    reaches to the whole bracketed text: it joins the edits it reaches, and takes in
    the kept text up to the bracket (the same on both sides)."""
    old, new = context.old.text, context.new.text
    if "](" not in old and "](" not in new:
        return items
    out: list[_Item] = []
    index = 0
    while index < len(items):
        piece, notice, sentences = items[index]
        index += 1
        if notice or piece.unit not in _EDITS:
            out.append((piece, notice, sentences))
            continue
        reach = _link_reach(piece, context)
        if reach == (piece.old_start, piece.old_end, piece.new_start, piece.new_end):
            out.append((piece, notice, sentences))
            continue
        a0, a1, b0, b1 = piece.old_start, piece.old_end, piece.new_start, piece.new_end
        unit = piece.unit
        # Join the edits after it that the reach covers.
        while index < len(items):
            following, f_notice, _ = items[index]
            if f_notice or following.unit not in _EDITS:
                break
            if following.old_start >= reach[1] and following.new_start >= reach[3]:
                break
            a1, b1 = max(a1, following.old_end), max(b1, following.new_end)
            unit = "rewrite" if "rewrite" in (unit, following.unit) else unit
            index += 1
            grown = _link_reach(_Piece(a0, a1, b0, b1, unit), context)
            reach = (min(reach[0], grown[0]), max(reach[1], grown[1]),
                     min(reach[2], grown[2]), max(reach[3], grown[3]))  # fmt: skip
        # Take in the kept text up to the brackets, the same length on both sides.
        floor = (out[-1][0].old_end, out[-1][0].new_end) if out else (0, 0)
        ceiling = (
            (items[index][0].old_start, items[index][0].new_start)
            if index < len(items)
            else (len(old), len(new))
        )
        left = max(a0 - reach[0], b0 - reach[2], 0)
        if (
            left
            and a0 - left >= floor[0]
            and b0 - left >= floor[1]
            and old[a0 - left : a0] == new[b0 - left : b0]
        ):
            a0, b0 = a0 - left, b0 - left
        right = max(reach[1] - a1, reach[3] - b1, 0)
        if (
            right
            and a1 + right <= ceiling[0]
            and b1 + right <= ceiling[1]
            and old[a1 : a1 + right] == new[b1 : b1 + right]
        ):
            a1, b1 = a1 + right, b1 + right
        out.append((_Piece(a0, a1, b0, b1, unit), False, None))
    return out


# A passage whose edits change at least this share of its old words and of its new
# words, and this many words in all, was rewritten: one change over it (the same rule
# as for one sentence, ``_rewrite``).
_REWRITTEN_SHARE = _REWRITE_SHARE
_REWRITTEN_MIN_WORDS = _REWRITE_MIN_WORDS
# Changes that are whole units of their own, never part of a rewritten passage.
_WHOLE_UNITS = ("notice_", "paragraph_", "quote_", "subheading_")
# Kinds that say nothing a joined change's facets should carry.
_NO_FACET = frozenset({"wording", "whitespace", "punctuation", "markup"})


def _rewritten_passages(changes: list[Change], context: _Context) -> list[Change]:
    """Report a passage whose edits rewrote it as one change over the passage.

    The word diff pairs a rewritten passage's paragraphs and their sentences and diffs
    each pair, so a paragraph whose sentences were reworded, split, merged or reordered,
    or a run of paragraphs rewritten together (a paragraph's end carried into the next),
    comes out as a string of edits a few words apart, each naming a fragment; a reader
    says the passage was rewritten. A passage is a run of edits in consecutive
    paragraphs, with no paragraph kept whole between two of them, no notice and no
    whole paragraph, quotation or heading added or removed among them (those are named
    for what they are). It was rewritten when its edits change at least half of the
    words of its old paragraphs and half of its new ones (a sentence added to a
    paragraph leaves the old words as they were: no rewrite), or when a paragraph
    removed beside them shares a fifth of its words with what they added (two merged
    into one and restated), or one added beside them with what they removed (one split
    in two). It then becomes
    one ``wording`` change over its whole paragraphs on each side, as significant as
    the most significant of its parts, with the kinds they had as its facets.
    """
    out: list[Change] = []
    position = 0
    for passage in _passages(changes, context):
        position += len(passage)
        after = changes[position] if position < len(changes) else None
        merged = {
            id(c)
            for k, c in enumerate(passage)
            if c.kind.startswith(_WHOLE_UNITS) and _merged(c, _beside(passage, k))
        }
        run: list[Change] = []
        for change in [*passage, None]:
            if change is not None and (
                not change.kind.startswith(_WHOLE_UNITS) or id(change) in merged
            ):
                run.append(change)
                continue
            if run:
                following = change or after
                rewritten = any(id(c) in merged for c in run)
                out.extend(
                    _rewritten_passage(run, out[-1] if out else None, following, rewritten, context)
                )
                run = []
            if change is not None:
                out.append(change)
    return out


def _passages(changes: list[Change], context: _Context) -> list[list[Change]]:
    """The changes in runs of consecutive paragraphs: no paragraph kept whole between
    two changes of a run, and notices always on their own."""
    passages: list[list[Change]] = []
    for change in changes:
        if (
            passages
            and not change.kind.startswith("notice_")
            and not passages[-1][-1].kind.startswith("notice_")
            and not _kept_paragraph_between(context.old, passages[-1][-1].old_end, change.old_start)
        ):
            passages[-1].append(change)
        else:
            passages.append([change])
    return passages


# A paragraph shares at least this many words with the edit beside it to be merged into it.
_MERGED_MIN_WORDS = 2


def _beside(passage: list[Change], index: int) -> list[Change]:
    """The edits next to a passage's change: the nearest edit before it and after it."""
    found = []
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(passage) and passage[k].kind.startswith(_WHOLE_UNITS):
            k += step
        if 0 <= k < len(passage):
            found.append(passage[k])
    return found


def _merged(unit: Change, edits: list[Change]) -> bool:
    """Whether a whole paragraph removed beside an edit shares a fifth of its words
    with what the edit added, as a unit rewritten in another's place does
    (``align.REWRITE_THRESHOLD``): two paragraphs (or two lines of a text written a
    sentence per line) merged into one and restated; or one added beside an edit that
    shares as much with what the edit removed (one split in two). It is then part of
    the rewrite; one that shares less says something else, and is named for itself."""
    if unit.kind.startswith("notice_"):
        return False
    added = unit.kind.endswith("_added")
    own = bag(unit.after if added else unit.before)
    for edit in edits:
        other = bag(edit.before if added else edit.after)
        if len(own & other) >= _MERGED_MIN_WORDS and dice(own, other) >= REWRITE_THRESHOLD:
            return True
    return False


def _kept_paragraph_between(layout: TextLayout, start: int, end: int) -> bool:
    """Whether a whole paragraph stands unchanged between two changes."""
    if end <= start:
        return False
    for index in layout.paragraphs_in(start, end):
        lo, hi = layout.paragraphs[index]
        if start <= lo and hi <= end:
            return True
    return False


def _touched(layout: TextLayout, start: int, end: int) -> range:
    """The paragraphs a change's range touches on one side (none for an empty range
    between paragraphs: the side a paragraph was added to)."""
    if end > start:
        lo, hi = _stripped(layout.text, start, end)
        if hi > lo:
            return layout.paragraphs_in(lo, hi)
        return range(0)
    found = layout.paragraph_at(start)
    if found is None or start in (layout.paragraphs[found][0], layout.paragraphs[found][1]):
        return range(0)  # at a paragraph's edge: nothing inside it changed
    return range(found, found + 1)


def _rewritten_passage(
    run: list[Change],
    previous: Change | None,
    following: Change | None,
    merged: bool,
    context: _Context,
) -> list[Change]:
    old, new = context.old, context.new
    olds = [i for c in run for i in _touched(old, c.old_start, c.old_end)]
    news = [j for c in run for j in _touched(new, c.new_start, c.new_end)]
    if not olds or not news:
        return run  # text added (or removed) beside the old: no rewrite
    a0, a1 = old.paragraphs[min(olds)][0], old.paragraphs[max(olds)][1]
    b0, b1 = new.paragraphs[min(news)][0], new.paragraphs[max(news)][1]
    count = context.words
    # Words as a reader sees them: a link's target is no words of the passage.
    removed = sum(len(count(_without_links(c.before))) for c in run)
    added = sum(len(count(_without_links(c.after))) for c in run)
    heavy = (
        removed + added >= _REWRITTEN_MIN_WORDS
        and removed >= _REWRITTEN_SHARE * len(count(_without_links(old.text[a0:a1])))
        and added >= _REWRITTEN_SHARE * len(count(_without_links(new.text[b0:b1])))
    )
    if not heavy and not merged:
        return run
    if len(run) == 1 and not (run[0].before.strip() and run[0].after.strip()):
        return run  # text added or removed whole: named for what it is
    first, last = run[0], run[-1]
    lo, nlo, hi, nhi = first.old_start, first.new_start, last.old_end, last.new_end
    # The kept text from the passage's first paragraph's start to its first change, and
    # from its last change to its last paragraph's end, is the same on both sides: the
    # change takes it in where no other change lies there.
    floor = (previous.old_end, previous.new_end) if previous else (0, 0)
    ceiling = (
        (following.old_start, following.new_start) if following else (len(old.text), len(new.text))
    )
    head = lo - a0
    if (
        head > 0
        and lo - head >= floor[0]
        and nlo - head >= floor[1]
        and old.text[a0:lo] == new.text[nlo - head : nlo]
    ):
        lo, nlo = a0, nlo - head
    tail = a1 - hi
    if (
        tail > 0
        and hi + tail <= ceiling[0]
        and nhi + tail <= ceiling[1]
        and old.text[hi:a1] == new.text[nhi : nhi + tail]
    ):
        hi, nhi = a1, nhi + tail
    level = max((c.significance for c in run), key=SIGNIFICANCES.index)
    facets = tuple(dict.fromkeys(k for c in run for k in (c.kind, *c.facets) if k not in _NO_FACET))
    kind = "wording"
    if len(run) == 1:  # one change taken to its paragraphs' bounds keeps its name
        kind, facets = run[0].kind, run[0].facets
    return [
        _body_change(
            kind,
            level,
            old.text[lo:hi],
            new.text[nlo:nhi],
            lo,
            hi,
            nlo,
            nhi,
            old.text[a0:a1],
            new.text[b0:b1],
            min(olds),
            min(news),
            facets,
        )
    ]


# Two edits this close in one sentence may be one rephrasing (see _join_rephrasings).
_REPHRASE_GAP_WORDS = 2
_MOVED_WORD_GAP_WORDS = 5
_PLAIN_WORDS = re.compile(r"[a-z’' ]*")


def _removal_then_addition(texts: tuple[str, str, str, str]) -> bool:
    """Whether of two edits (old, new, old, new) one only removes and the other only adds."""
    gone, came = not texts[0].strip(), not texts[1].strip()
    return gone != came and (not texts[2].strip(), not texts[3].strip()) == (came, gone)


def _join_rephrasings(run: list[_Piece], context: _Context) -> list[_Piece]:
    """Join neighbouring edits of one sentence that an editor makes as one rephrasing.

    "said Mayor Ann Lee" to "Mayor Ann Lee said" comes out of the word diff as "said"
    removed and "said" added three words on; "according to its chair" to "its chair
    said" as two edits around "its chair". Joined are two edits where a word one removed
    the other adds a few words away (a word moved), and a removal and an addition of
    plain lower-case words with at most two words between them (the words between were
    rephrased around). Two replacements ("small" to "tiny", "quickly" to "slowly") stay
    two edits, and so do a name and a figure: "Officer John Doe, 34" to "Officer Jon
    Doe, 43" is a name and a number.
    """
    old, new = context.old.text, context.new.text
    count = context.words
    joined = [run[0]]
    for piece in run[1:]:
        last = joined[-1]
        texts = (
            old[last.old_start : last.old_end],
            new[last.new_start : last.new_end],
            old[piece.old_start : piece.old_end],
            new[piece.new_start : piece.new_end],
        )
        # The word sets are split once per text (``count`` keeps them), the gap last.
        if not set(count(texts[0])).isdisjoint(count(texts[3])) or not set(
            count(texts[2])
        ).isdisjoint(count(texts[1])):
            limit = _MOVED_WORD_GAP_WORDS
        elif _removal_then_addition(texts) and all(map(_PLAIN_WORDS.fullmatch, texts)):
            limit = _REPHRASE_GAP_WORDS
        else:
            joined.append(piece)
            continue
        if len(count(old[last.old_end : piece.old_start])) <= limit and not cosmetic_only(
            old[last.old_start : piece.old_end], new[last.new_start : piece.new_end]
        ):
            joined[-1] = _Piece(last.old_start, piece.old_end, last.new_start, piece.new_end)
        else:
            joined.append(piece)
    return joined


def _describe(
    piece: _Piece, notice: bool, sentences: _Sentences | None, context: _Context
) -> Change:
    """The change a piece makes, classified; ``sentences`` are those an edit touches."""
    old, new = context.old, context.new
    a0, a1, b0, b1 = piece.old_start, piece.old_end, piece.new_start, piece.new_end
    before, after = old.text[a0:a1], new.text[b0:b1]
    old_paragraph = old.first_paragraph_in(a0, a1)
    new_paragraph = new.first_paragraph_in(b0, b1)
    if piece.unit == "rewrite":
        old_sentences = old.sentence_spans_in(a0, a1)
        new_sentences = new.sentence_spans_in(b0, b1)
        return _body_change(
            "wording", significance("wording", before, after), before, after, a0, a1, b0, b1,
            _span_text(old, old_sentences), _span_text(new, new_sentences),
            old_paragraph, new_paragraph,
        )  # fmt: skip
    if piece.unit != "edit":
        added = piece.added
        body = (after if added else before).strip()
        side, lo = (new, b0) if added else (old, a0)
        role = _unit_role(side, lo, body, context)
        if notice:
            kind = "notice_added" if added else "notice_removed"
        elif role == "history":
            # An entry of the change history that the notice parser finds no change in
            # ("First published."): a dated line of the page's furniture.
            kind = f"{piece.unit}_{'added' if added else 'removed'}"
            return _body_change(
                kind, "minor", before, after, a0, a1, b0, b1,
                "" if added else body, body if added else "",
                None if added and piece.unit == "paragraph" else old_paragraph,
                None if not added and piece.unit == "paragraph" else new_paragraph,
            )  # fmt: skip
        elif role in _ROLE_KINDS:
            kind = f"{_ROLE_KINDS[role]}_{'added' if added else 'removed'}"
        else:
            kind = f"{piece.unit}_{'added' if added else 'removed'}"
        return _body_change(
            kind,
            "trivial" if not notice and is_furniture(body) else significance(kind),
            before,
            after,
            a0,
            a1,
            b0,
            b1,
            "" if added else body,
            body if added else "",
            None if added and piece.unit == "paragraph" else old_paragraph,
            None if not added and piece.unit == "paragraph" else new_paragraph,
        )
    seen_before, seen_after = _without_links(before), _without_links(after)
    if (_in_link_target(old.text, a0, a1) and _in_link_target(new.text, b0, b1)) or (
        (seen_before != before or seen_after != after)
        and (seen_before == seen_after or cosmetic_only(seen_before, seen_after))
    ):
        # Only where a link points changed: markup no reader of the page sees.
        return _body_change(
            "markup", "trivial", before, after, a0, a1, b0, b1,
            _span_text(old, old.sentence_spans_in(a0, a1)),
            _span_text(new, new.sentence_spans_in(b0, b1)),
            old_paragraph, new_paragraph,
        )  # fmt: skip
    old_sentences, new_sentences = sentences or (
        old.sentence_spans_in(a0, a1),
        new.sentence_spans_in(b0, b1),
    )
    facets: tuple[str, ...] = ()
    if len(new_sentences) > len(old_sentences) and old_sentences:
        kind = "sentence_split"
        level = significance(kind, before, after)
    elif len(old_sentences) > len(new_sentences) and new_sentences:
        kind = "sentence_merged"
        level = significance(kind, before, after)
    else:
        side, lo, hi = (new, b0, b1) if b1 > b0 else (old, a0, a1)
        spans = new_sentences if b1 > b0 else old_sentences
        role = _edit_role(side, lo, context)
        kind, level, facets = rate_edit(
            seen_before,
            seen_after,
            in_quote=(lambda: True) if role == "quote" else lambda: _in_quote(side, lo),
            beside_date=lambda: _after_month(side, lo) or _before_date_word(side, hi),
            opens_sentence=(lambda: True) if role else lambda: _opens(side, spans, lo),
            ordinary=context.ordinary,
            known_before=context.known_before,
            words_of=context.words,
            language=context.language,
            named_inside=context.ordinary.named_inside,
            before_figure=lambda: _before_figure(side, hi, context.language),
        )
        if role in {"heading", "headline"} and level != "trivial":
            # A heading's change is named for the heading first, then for its words.
            facets = tuple(k for k in (kind, *facets) if k != "wording")
            kind = "subheading" if role == "heading" else "headline"
            if level == "minor" and facets and facets[0] in {"name", "number", "date"}:
                level = "substantive"
    return _body_change(
        kind,
        level,
        before,
        after,
        a0,
        a1,
        b0,
        b1,
        _span_text(old, old_sentences),
        _span_text(new, new_sentences),
        old_paragraph,
        new_paragraph,
        facets,
    )


def _body_change(
    kind: str,
    level: str,
    before: str,
    after: str,
    old_start: int,
    old_end: int,
    new_start: int,
    new_end: int,
    old_sentence: str,
    new_sentence: str,
    old_paragraph: int | None,
    new_paragraph: int | None,
    facets: tuple[str, ...] = (),
) -> Change:
    """``Change(..., field="body")``, made in under half the time.

    A frozen dataclass's ``__init__`` sets each of its thirteen fields through
    ``object.__setattr__``, which costs more than classifying a small edit; a heavy
    rewrite makes a thousand changes. Filling the instance's ``__dict__`` at once, in
    the fields' order and by keyword (zipping the values with the field names cost
    twice as much), gives the same object: equality, hashing and ``repr`` read the
    same fields. A test holds it to ``Change`` field for field.
    """
    change = object.__new__(Change)
    change.__dict__.update(
        kind=kind,
        significance=level,
        before=before,
        after=after,
        old_start=old_start,
        old_end=old_end,
        new_start=new_start,
        new_end=new_end,
        old_sentence=old_sentence,
        new_sentence=new_sentence,
        old_paragraph=old_paragraph,
        new_paragraph=new_paragraph,
        field="body",
        facets=facets,
    )
    return change


# Whole units added or removed, named for their block's role.
_ROLE_KINDS = {"heading": "subheading", "quote": "quote", "headline": "headline"}
_OPENING_QUOTES = ('"', "“", "«", "„", "‘", "'")
_LINE_ROLE_CACHE = 4096


def _line_role(layout: TextLayout, position: int) -> str:
    """The role of the block (line) that holds ``position``: a Markdown heading, a
    quotation, a change-history entry, ... (``revtrack.blocks``); "headline" for a
    top-level heading ("# ") that opens the text."""
    text = layout.text
    start = text.rfind("\n", 0, position) + 1
    if text[start : start + 1] not in _MARKER_STARTS:
        return "paragraph"  # most lines open with a letter: no marker to read
    end = text.find("\n", position)
    line = text[start : end if end != -1 else len(text)]
    if line.startswith("# ") and not text[:start].strip():
        return "headline"
    return parse_line(line).role


_MARKER_STARTS = frozenset("#->|[\\ ")


def _after_attribution(layout: TextLayout, position: int, context: _Context) -> bool:
    """Whether the paragraph holding ``position`` follows one that introduces a
    quotation: "Dr Mary Ross-Davie, Director of Midwifery, said:" (a speech verb in
    the article's language, then a colon at the end)."""
    paragraph = layout.paragraph_at(position)
    if not paragraph:
        return False
    start, end = layout.paragraphs[paragraph - 1]
    lead = layout.text[start:end]
    if not lead.endswith(":"):
        return False
    verbs = lexicon(context.language).speech_verbs
    return any(w.lower() in verbs for w in context.words(lead[-120:]))


def _edit_role(layout: TextLayout, position: int, context: _Context) -> str:
    """The role that names an edit before its words do: "heading", "headline",
    "quote" (a quotation block, or the paragraph after "X said:"), or ""."""
    role = _line_role(layout, position)
    if role in {"heading", "headline", "quote"}:
        return role
    if _after_attribution(layout, position, context):
        return "quote"
    return ""


def _unit_role(layout: TextLayout, position: int, body: str, context: _Context) -> str:
    """The role of a whole sentence or paragraph added or removed: its block's, or
    "quote" for a paragraph in quotation marks or after "X said:"."""
    start = position + len(layout.text[position:]) - len(layout.text[position:].lstrip())
    role = _line_role(layout, start)
    if role != "paragraph":
        return role
    if body.startswith(_OPENING_QUOTES) or _after_attribution(layout, start, context):
        return "quote"
    return role


def _before_figure(layout: TextLayout, position: int, language: str) -> bool:
    """Whether a figure follows ``position``: a number, or a number word of the article's
    language ("32 million", "drei")."""
    match = _NEXT_WORD.match(layout.text, position, position + 40)
    if not match:
        return False
    word = match.group(1)
    return word[:1].isdigit() or word.lower() in lexicon(language).number_words


_NEXT_WORD = re.compile(r"[^\w]{0,3}?([\w][\w.,]*)")


def _opens(layout: TextLayout, spans: list[Span], position: int) -> bool:
    """Whether ``position`` starts its sentence or a quotation, where words are capitalised
    whatever they are: nothing but quote marks or brackets before it in the sentence, or
    an opening quote mark or a colon just before it."""
    if not spans:
        return False
    lead = layout.text[spans[0][0] : position]
    if not any(ch.isalnum() for ch in lead):
        return True
    tail = lead.rstrip()
    if tail.endswith(("“", "‘", ":", "(")):
        return True
    return tail.endswith('"') and lead.count('"') % 2 == 1


def _span_text(layout: TextLayout, spans: list[Span]) -> str:
    return layout.text[spans[0][0] : spans[-1][1]] if spans else ""


def _in_quote(layout: TextLayout, position: int) -> bool:
    """Whether ``position`` lies between an opening and a closing quotation mark."""
    paragraph = layout.paragraph_at(position)
    if paragraph is None:
        return False
    # Quotes often run over several sentences, so count from the paragraph's start.
    start = layout.paragraphs[paragraph][0]
    lead = layout.text[start:position]
    return lead.count('"') % 2 == 1 or lead.count("“") > lead.count("”")


class _LowerCaseWords:
    """Whether a word also appears in lower case in either version: then it is an ordinary
    word, not a name. Answers are kept, since the same opening words recur."""

    def __init__(self, *texts: str) -> None:
        self._texts = texts
        self._known: dict[str, bool] = {}
        self._inside: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        lowered = word.lower()
        if lowered not in self._known:
            self._known[lowered] = any(_has_word(text, lowered) for text in self._texts)
        return self._known[lowered]

    def named_inside(self, word: str) -> bool:
        """Whether the article writes ``word`` with its capital inside a sentence too,
        where a capital is evidence of a name (at a sentence's start it is none)."""
        if word not in self._inside:
            self._inside[word] = any(_capitalised_inside(text, word) for text in self._texts)
        return self._inside[word]


# What may stand before a word that opens a sentence, a quotation or a line.
_OPENING_MARKS = frozenset(".!?:;\"“”‘’'«»„(—–-•*#>|[")


def _capitalised_inside(text: str, word: str) -> bool:
    """``word`` standing alone inside a sentence somewhere in ``text``: after a word,
    a comma or a figure rather than after a sentence's end or a quotation mark."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            before = text[max(0, start - 40) : start].rstrip()
            if before and before[-1] not in _OPENING_MARKS and "\n" not in text[start - 1 : start]:
                return True
        start = text.find(word, start + 1)
    return False


def _has_word(text: str, word: str) -> bool:
    """``word`` standing alone somewhere in ``text`` (str.find is far faster than a regex)."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        start = text.find(word, start + 1)
    return False


def _after_month(layout: TextLayout, position: int) -> bool:
    match = _WORD_BEFORE.search(layout.text, max(0, position - 12), position)
    return bool(match and is_month(match.group(1)))


def _before_date_word(layout: TextLayout, position: int) -> bool:
    """A month or a time of day right after ``position``: "3 September", "10 a.m."."""
    match = _WORD_AFTER.match(layout.text, position, position + 16)
    return bool(match and (is_month(match.group(1)) or is_time_of_day(match.group(1))))


# A repeated passage must be this long to count as one: a short line recurs by chance.
_DUPLICATE_MIN_WORDS = 4


def _duplicates_minor(changes: list[Change], old_text: str, new_text: str) -> list[Change]:
    """A paragraph removed whose text still stands as a paragraph of the new version (a
    copy dropped), or added that already stood in the old one (a copy made), takes
    nothing from the reader or gives nothing new: minor, not substantive."""
    wanted = [
        index
        for index, change in enumerate(changes)
        if change.significance == "substantive"
        and change.kind in {"paragraph_added", "paragraph_removed"}
    ]
    if not wanted:
        return changes
    paragraphs = {
        side: {text[a:b] for a, b in paragraph_spans(text)}
        for side, text in (("old", old_text), ("new", new_text))
    }
    out = list(changes)
    for index in wanted:
        change = changes[index]
        removed = change.kind == "paragraph_removed"
        passage = (change.before if removed else change.after).strip()
        if (
            len(passage.split()) >= _DUPLICATE_MIN_WORDS
            and passage in paragraphs["new" if removed else "old"]
        ):
            out[index] = replace(change, significance="minor")
    return out


def _pair_moves(changes: list[Change]) -> tuple[list[Change], list[tuple[Span, Span]]]:
    """Join each removed sentence or paragraph with an added one of the same text, or of
    nearly the same text (moved and edited), into one move."""
    additions = [
        index
        for index, change in enumerate(changes)
        if change.kind.endswith("_added") and change.old_start == change.old_end
    ]
    removals = [
        index
        for index, change in enumerate(changes)
        if change.kind.endswith("_removed") and change.new_start == change.new_end
    ]
    if not additions or not removals:
        # Nothing to pair (an added notice, say): spare normalising the texts.
        return list(changes), []
    added: dict[str, list[int]] = {}
    for index in additions:
        added.setdefault(normalise(changes[index].after), []).append(index)
    partners: dict[int, int] = {}  # removal index -> addition index
    for index in removals:
        candidates = added.get(normalise(changes[index].before))
        if candidates:
            partners[index] = candidates.pop(0)
    taken = set(partners.values())
    _pair_similar(changes, partners, taken)
    moves: list[tuple[Span, Span]] = []
    result: list[Change] = []
    for index, change in enumerate(changes):
        if index in taken:
            continue
        if index not in partners:
            result.append(change)
            continue
        partner = changes[partners[index]]
        paragraphs = change.kind != "sentence_removed" and partner.kind != "sentence_added"
        kind = "paragraph_moved" if paragraphs else "sentence_moved"
        result.append(
            replace(
                change,
                kind=kind,
                significance=_moved_significance(change.before, partner.after),
                after=partner.after,
                new_start=partner.new_start,
                new_end=partner.new_end,
                new_sentence=partner.new_sentence,
                new_paragraph=partner.new_paragraph,
            )
        )
        moves.append(((change.old_start, change.old_end), (partner.new_start, partner.new_end)))
    return result, moves


# A removed and an added passage that share this share of their words are one passage
# moved (and edited on the way). Above the pair limit, a rewrite is too heavy for the
# quadratic search to be worth it, and only exact moves are found.
_MOVE_SIMILARITY = 0.8
_MOVE_MIN_WORDS = 4
_MAX_SIMILARITY_PAIRS = 20_000


def _pair_similar(changes: list[Change], partners: dict[int, int], taken: set[int]) -> None:
    removed = [
        i
        for i, c in enumerate(changes)
        if c.kind.endswith("_removed") and c.new_start == c.new_end and i not in partners
    ]
    added = [
        i
        for i, c in enumerate(changes)
        if c.kind.endswith("_added") and c.old_start == c.old_end and i not in taken
    ]
    if not removed or not added or len(removed) * len(added) > _MAX_SIMILARITY_PAIRS:
        return
    # Word sets, as alignment compares units (``align.dice``): set operations run in C,
    # where counting words with ``Counter`` cost a heavy rewrite a tenth of its time.
    texts = {i: normalise(changes[i].before or changes[i].after) for i in (*removed, *added)}
    bags = {i: bag(text) for i, text in texts.items()}
    for r in removed:
        if len(words(texts[r])) < _MOVE_MIN_WORDS:
            continue
        best, best_score = None, _MOVE_SIMILARITY
        for a in added:
            if a in taken:
                continue
            score = dice(bags[r], bags[a])
            if score >= best_score:
                best, best_score = a, score
        if best is not None:
            partners[r] = best
            taken.add(best)


def _moved_significance(before: str, after: str) -> str:
    """Minor for a move alone; an edit made on the way counts as much as it would in place."""
    before, after = before.strip(), after.strip()
    levels = ["minor"]
    for a0, a1, b0, b1 in diff_hunks(before, after):
        kind = classify_edit(before[a0:a1], after[b0:b1])
        levels.append(significance(kind, before[a0:a1], after[b0:b1]))
    return max(levels, key=SIGNIFICANCES.index)
