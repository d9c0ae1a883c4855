"""The exact word diff: paragraphs first, then tokens inside the paragraphs that changed.

Each distinct paragraph, then each distinct token, is mapped to one character so that
diff-match-patch's character diff becomes a paragraph or word diff. It always runs
without a time limit: diff-match-patch's default one-second limit silently returns a far
from minimal edit on long texts, and a diff that is stored or shown must be exact.
fast-diff-match-patch (the C++ build of the same algorithm) is the engine; the Python
diff-match-patch is the fallback when the compiled module cannot be imported.

The result is a list of hunks: ``(old_start, old_end, new_start, new_end)`` character
ranges where the texts differ, in order, with equal text between them.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from revtrack.diff.align import THRESHOLD, Bag, align_groups, bag, dice, rewrites
from revtrack.diff.tokens import tokenize
from revtrack.sentences import sentence_spans
from revtrack.textnorm import cosmetic_only

# Code points used to stand for paragraphs and tokens; surrogates are skipped because
# neither engine can hold them in a string.
_FIRST_CODE = 0x100
_SURROGATES = range(0xD800, 0xE000)
_MAX_CODE = 0x10FFFF
_PARAGRAPH_SEPARATOR = re.compile(r"\n[^\S\n]*\n\s*")
_PARAGRAPH_SPLIT = re.compile(f"({_PARAGRAPH_SEPARATOR.pattern})")
# Equalities the cleanup never folds: a line break or a sentence's end keeps the edits
# on either side apart, so a change stays inside its sentence.
_BARRIER = re.compile(r"\n|[.!?][\"'”’)\]]*\s")
Ops = list[tuple[str, int]]
"""A diff as ``(op, length)`` pairs, op one of ``=``, ``-``, ``+``."""


class Hunk(NamedTuple):
    """One region where the old and new texts differ (either range may be empty)."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


def available_engines() -> list[str]:
    """The engines that can run here, preferred first."""
    engines = []
    try:
        import fast_diff_match_patch  # noqa: F401
    except ImportError:  # pragma: no cover - the wheel exists for the usual platforms
        pass
    else:
        engines.append("fast")
    engines.append("python")
    return engines


def char_diff(a: str, b: str, engine: str | None = None) -> Ops:
    """Exact character diff of ``a`` and ``b`` with no time limit and no cleanup."""
    if a == b:
        return [("=", len(a))] if a else []
    if not a or not b:
        return [("-", len(a))] if a else [("+", len(b))]
    name = engine or available_engines()[0]
    return _ENGINES[name](a, b)


def _fast(a: str, b: str) -> Ops:
    import fast_diff_match_patch

    return fast_diff_match_patch.diff(
        a, b, timelimit=0, checklines=False, cleanup="No", counts_only=True
    )


def _python(a: str, b: str) -> Ops:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    ops = {0: "=", -1: "-", 1: "+"}
    return [(ops[op], len(text)) for op, text in dmp.diff_main(a, b, checklines=False)]


_ENGINES: dict[str, Callable[[str, str], Ops]] = {"fast": _fast, "python": _python}


class _Alphabet:
    """Gives each distinct string its own character, shared by both texts."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.next = _FIRST_CODE

    def encode(self, items: Sequence[str]) -> str | None:
        fresh = dict.fromkeys(items)  # in order of first use
        start = self.next
        stop = start + len(fresh)
        if stop <= _SURROGATES.start:
            # The usual case, made in C: every distinct item is given a code from the
            # next ones, and those known already keep theirs (the codes they were given
            # here go unused, which only equality of codes could notice, and the diff
            # asks nothing else of them).
            codes = dict(zip(fresh, map(chr, range(start, stop)), strict=True))
            codes.update(self.codes)
            self.codes = codes
            self.next = stop
            return "".join(map(codes.__getitem__, items))
        codes = self.codes
        for item in fresh:
            if item not in codes:
                if self.next in _SURROGATES:
                    self.next = _SURROGATES.stop
                if self.next > _MAX_CODE:
                    return None
                codes[item] = chr(self.next)
                self.next += 1
        return "".join(map(codes.__getitem__, items))


def split_chunks(text: str) -> list[str]:
    """Paragraphs, each with the blank-line separator that follows it."""
    # One split in C, paragraphs and separators alternating, then each paragraph joined
    # to the separator after it: what cutting after each separator gives, in a fraction
    # of the Python steps.
    parts = _PARAGRAPH_SPLIT.split(text)
    chunks = list(map(operator.add, parts[0:-1:2], parts[1::2]))
    if parts[-1]:
        chunks.append(parts[-1])
    return chunks


def diff_hunks(
    old: str,
    new: str,
    *,
    engine: str | None = None,
    semantic: bool = True,
    chunks: tuple[list[str], list[str]] | None = None,
    splitters: tuple[Splitter, Splitter] | None = None,
) -> list[Hunk]:
    """The exact hunks between ``old`` and ``new``, grouped so that changes read as words.

    Paragraphs that are equal in both texts are matched first; only the runs of
    paragraphs that differ are diffed token by token. Tokens never straddle a paragraph
    boundary, so this gives the same edits a whole-text token diff would find whenever
    the matched paragraphs are the ones a person would match, at a fraction of the cost.
    ``semantic=False`` skips the cleanup and gives the raw (minimal) token edit.
    ``chunks`` may give ``(split_chunks(old), split_chunks(new))`` when the caller has
    them already.
    """
    if old == new:
        return []
    old_chunks, new_chunks = chunks or (split_chunks(old), split_chunks(new))
    old_split, new_split = splitters or (
        functools.partial(sentence_spans, old),
        functools.partial(sentence_spans, new),
    )
    # Paragraphs are matched on their text alone: the last one has no separator after it,
    # and a paragraph that moves to or from the end must still be recognised.
    alphabet = _Alphabet()
    a = alphabet.encode([c.rstrip() for c in old_chunks])
    b = alphabet.encode([c.rstrip() for c in new_chunks])
    if a is None or b is None:  # pragma: no cover - needs over a million paragraphs
        return _token_hunks(old, new, 0, 0, engine, semantic)
    hunks: list[Hunk] = []
    ai = bi = 0  # chunk indices
    ao = bo = 0  # character offsets
    pending: tuple[int, int, int, int] | None = None  # (ai, bi, ao, bo) where a block began

    def flush(end_ai: int, end_bi: int, end_ao: int, end_bo: int) -> None:
        nonlocal pending
        if pending is None:
            return
        start_ai, start_bi, start_ao, start_bo = pending
        hunks.extend(
            _run_hunks(
                (old, old_chunks[start_ai:end_ai], start_ao, old_split),
                (new, new_chunks[start_bi:end_bi], start_bo, new_split),
                engine,
                semantic,
            )
        )
        pending = None

    for op, length in char_diff(a, b, engine):
        if op == "=":
            flush(ai, bi, ao, bo)
            for step in range(length):
                old_chunk, new_chunk = old_chunks[ai], new_chunks[bi]
                if old_chunk != new_chunk:  # the same paragraph, other spacing after it
                    if step == length - 1:
                        # Usually the last paragraph gaining a separator because another
                        # follows it now: diff it with what follows, so the new paragraph
                        # comes with its separator as one addition.
                        pending = (ai, bi, ao, bo)
                    else:
                        hunks.extend(_token_hunks(old_chunk, new_chunk, ao, bo, engine, semantic))
                ao += len(old_chunk)
                bo += len(new_chunk)
                ai += 1
                bi += 1
            continue
        if pending is None:
            pending = (ai, bi, ao, bo)
        if op == "-":
            for _ in range(length):
                ao += len(old_chunks[ai])
                ai += 1
        else:
            for _ in range(length):
                bo += len(new_chunks[bi])
                bi += 1
    flush(ai, bi, ao, bo)
    return hunks


Splitter = Callable[[int, int], list[tuple[int, int]]]
"""The sentences of one text's range ``start:end``, in the text's offsets: the shared
splitter, or a layout that has split (and kept) the same paragraphs already."""
_Run = tuple[str, list[str], int, Splitter]
"""A run of paragraphs: the whole text, the paragraphs (each with the spacing after it),
the offset of the first in the text, and how the text's sentences are found."""


def _run_hunks(old: _Run, new: _Run, engine: str | None, semantic: bool) -> list[Hunk]:
    """Hunks of a run of paragraphs that differ: paired by their words, then diffed by
    sentences inside each pair; paragraphs left unpaired are removed or added whole."""
    old_text, old_chunks, old_offset, old_split = old
    new_text, new_chunks, new_offset, new_split = new
    old_at = list(itertools.accumulate(map(len, old_chunks), initial=old_offset))
    new_at = list(itertools.accumulate(map(len, new_chunks), initial=new_offset))
    if len(old_chunks) == 1 and len(new_chunks) == 1:
        small = _small_edit(old_chunks[0], new_chunks[0])
        if small:
            return _token_hunks(
                old_chunks[0], new_chunks[0], old_offset, new_offset, engine, semantic
            )
    if len(old_chunks) == 1 and len(new_chunks) == 1:
        # One paragraph in another's place: its sentences are paired on their own, and a
        # paragraph that shares nothing comes out of that as wholly removed and added.
        return _sentence_hunks(old, new, engine, semantic)
    old_bags, new_bags = _bags(old_chunks), _bags(new_chunks)
    hunks: list[Hunk] = []
    for olds, news, paired in align_groups(old_bags, new_bags):
        if paired:
            hunks += _sentence_hunks(
                (old_text, old_chunks[olds.start : olds.stop], old_at[olds.start], old_split),
                (new_text, new_chunks[news.start : news.stop], new_at[news.start], new_split),
                engine, semantic,
            )  # fmt: skip
        else:
            hunks += _gap_hunks(olds, news, old_bags, new_bags, old_at, new_at)
    return _join_spacing(hunks, old_text, new_text)


def _gap_hunks(
    olds: range,
    news: range,
    old_bags: Sequence[Bag],
    new_bags: Sequence[Bag],
    old_at: Sequence[int],
    new_at: Sequence[int],
) -> list[Hunk]:
    """Units removed and others added in one place, with no word diff: one hunk for each
    unit rewritten in place (``align.rewrites``) and one for each run of the rest."""
    if not olds or not news:
        a0, a1 = old_at[olds.start], old_at[olds.stop]
        b0, b1 = new_at[news.start], new_at[news.stop]
        return [Hunk(a0, a1, b0, b1)] if a1 > a0 or b1 > b0 else []
    pairs = rewrites([old_bags[i] for i in olds], [new_bags[j] for j in news])
    hunks: list[Hunk] = []
    i, j = olds.start, news.start
    for pi, pj in ((olds.start + a, news.start + b) for a, b in pairs):
        if pi > i or pj > j:
            hunks.append(Hunk(old_at[i], old_at[pi], new_at[j], new_at[pj]))
        hunks.append(Hunk(old_at[pi], old_at[pi + 1], new_at[pj], new_at[pj + 1]))
        i, j = pi + 1, pj + 1
    if i < olds.stop or j < news.stop:
        hunks.append(Hunk(old_at[i], old_at[olds.stop], new_at[j], new_at[news.stop]))
    return hunks


# An edit of at most this many words on each side, inside one sentence, is diffed at once.
_SMALL_EDIT_WORDS = 4
_SENTENCE_MARKS = re.compile(r"[.!?…\n]")


def _small_edit(old: str, new: str) -> bool:
    """Whether two versions of a paragraph differ by a few words inside one sentence.

    Their common start and end are cut off; if what is left holds no sentence end on
    either side and only a few words, sentence pairing would pair that sentence with its
    counterpart and leave every other sentence as it is, so the paragraph's token diff
    gives the same hunks without splitting the paragraph into sentences (the usual light
    edit: a name, a figure, a word).
    """
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old[prefix:], new[prefix:])
    middle_old = old[prefix : len(old) - suffix]
    middle_new = new[prefix : len(new) - suffix]
    if _SENTENCE_MARKS.search(middle_old) or _SENTENCE_MARKS.search(middle_new):
        return False
    return (
        len(middle_old.split()) <= _SMALL_EDIT_WORDS
        and len(middle_new.split()) <= _SMALL_EDIT_WORDS
    )


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of two strings, by halving (slices compare in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str) -> int:
    """Length of the common end of two strings."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid : len(a) - lo] == b[len(b) - mid : len(b) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _bags(units: Sequence[str]) -> list[Bag]:
    """Each unit's words, lower-cased, as a set: what pairing units compares."""
    return [bag(unit) for unit in units]


def _sentence_pieces(
    text: str, chunks: Sequence[str], offset: int, split: Splitter
) -> tuple[list[int], int]:
    """Where the sentences of some paragraphs begin, each taking the spacing before it,
    and where the spacing after the last one begins (offsets in ``text``).

    The spacing before a sentence goes with it, so that a sentence removed or added
    takes the space that separated it, and the sentence before it stays whole.
    """
    starts: list[int] = []
    position = offset
    end = offset
    for chunk in chunks:
        body = len(chunk.rstrip())
        spans = split(position, position + body) if body else []
        for _, stop in spans:
            starts.append(end)
            end = stop
        position += len(chunk)
    return starts or [offset], end


def _sentence_hunks(old: _Run, new: _Run, engine: str | None, semantic: bool = True) -> list[Hunk]:
    """Hunks of paired paragraphs: their sentences that are equal are matched first, the
    others are paired by their words, and only paired sentences are diffed token by
    token; sentences left unpaired are removed or added whole.

    Matching sentences first makes a sentence moved within its paragraph ("A. B. C." to
    "B. A. C.") one removed and one added, which the comparison pairs into a move, and
    keeps a sentence added after an edited one whole, full stop and all.
    """
    old_text, old_chunks, old_offset, old_split = old
    new_text, new_chunks, new_offset, new_split = new
    old_end = old_offset + sum(map(len, old_chunks))
    new_end = new_offset + sum(map(len, new_chunks))
    old_body = old_text[old_offset:old_end].rstrip()
    if old_body == new_text[new_offset:new_end].rstrip():
        # The same paragraphs with other spacing after them (the last paragraph, once
        # another follows it): every sentence is matched and only the spacing after the
        # last one differs, so its diff is all there is, without splitting sentences.
        old_tail, new_tail = old_offset + len(old_body), new_offset + len(old_body)
        return _token_hunks(
            old_text[old_tail:old_end], new_text[new_tail:new_end],
            old_tail, new_tail, engine, semantic,
        )  # fmt: skip
    old_starts, old_tail = _sentence_pieces(old_text, old_chunks, old_offset, old_split)
    new_starts, new_tail = _sentence_pieces(new_text, new_chunks, new_offset, new_split)
    if (
        len(old_starts) < 2
        and len(new_starts) < 2
        and dice(bag(old_text[old_offset:old_end]), bag(new_text[new_offset:new_end])) >= THRESHOLD
    ):
        return _token_hunks(
            old_text[old_offset:old_end], new_text[new_offset:new_end],
            old_offset, new_offset, engine, semantic,
        )  # fmt: skip
    old_bounds = [*old_starts, old_tail]
    new_bounds = [*new_starts, new_tail]
    old_units = [old_text[a:b] for a, b in itertools.pairwise(old_bounds)]
    new_units = [new_text[a:b] for a, b in itertools.pairwise(new_bounds)]
    alphabet = _Alphabet()
    a = alphabet.encode([u.strip() for u in old_units])
    b = alphabet.encode([u.strip() for u in new_units])
    if a is None or b is None:  # pragma: no cover - needs over a million sentences
        return _token_hunks(
            old_text[old_offset:old_end], new_text[new_offset:new_end],
            old_offset, new_offset, engine, semantic,
        )  # fmt: skip
    hunks: list[Hunk] = []

    def token_diff(ai: int, aj: int, bi: int, bj: int) -> None:
        lo, hi = old_bounds[ai], old_bounds[aj]
        nlo, nhi = new_bounds[bi], new_bounds[bj]
        if old_text[lo:hi] != new_text[nlo:nhi]:
            hunks.extend(
                _token_hunks(old_text[lo:hi], new_text[nlo:nhi], lo, nlo, engine, semantic)
            )

    def run(ai: int, aj: int, bi: int, bj: int) -> None:
        if ai == aj and bi == bj:
            return
        old_bags, new_bags = _bags(old_units[ai:aj]), _bags(new_units[bi:bj])
        if aj - ai == 1 and bj - bi == 1 and dice(old_bags[0], new_bags[0]) >= THRESHOLD:
            token_diff(ai, aj, bi, bj)  # one sentence edited in place: the usual run
            return
        for olds, news, paired in align_groups(old_bags, new_bags):
            if paired:
                token_diff(ai + olds.start, ai + olds.stop, bi + news.start, bi + news.stop)
            else:
                hunks.extend(
                    _gap_hunks(
                        olds,
                        news,
                        old_bags,
                        new_bags,
                        old_bounds[ai : aj + 1],
                        new_bounds[bi : bj + 1],
                    )
                )

    ai = bi = 0
    start: tuple[int, int] | None = None
    for op, length in char_diff(a, b, engine):
        if op != "=":
            if start is None:
                start = (ai, bi)
            if op == "-":
                ai += length
            else:
                bi += length
            continue
        if start is not None:
            run(start[0], ai, start[1], bi)
            start = None
        for _ in range(length):
            token_diff(ai, ai + 1, bi, bi + 1)  # the same sentence, perhaps other spacing
            ai += 1
            bi += 1
    if start is not None:
        run(start[0], ai, start[1], bi)
    if old_text[old_tail:old_end] != new_text[new_tail:new_end]:
        hunks += _token_hunks(
            old_text[old_tail:old_end], new_text[new_tail:new_end],
            old_tail, new_tail, engine, semantic,
        )  # fmt: skip
    return _join_spacing(hunks, old_text, new_text)


def _join_spacing(hunks: list[Hunk], old_text: str, new_text: str) -> list[Hunk]:
    """Hunks in order, with a change of spacing alone joined to a change it touches: the
    space before a removed sentence goes with it, not beside it."""

    def spacing_only(hunk: Hunk) -> bool:
        return not (
            old_text[hunk.old_start : hunk.old_end].strip()
            or new_text[hunk.new_start : hunk.new_end].strip()
        )

    out: list[Hunk] = []
    for hunk in hunks:
        if out:
            last = out[-1]
            if (
                last.old_end == hunk.old_start
                and last.new_end == hunk.new_start
                and (spacing_only(last) or spacing_only(hunk))
            ):
                out[-1] = Hunk(last.old_start, hunk.old_end, last.new_start, hunk.new_end)
                continue
        out.append(hunk)
    return out


def _token_hunks(
    old: str,
    new: str,
    old_offset: int,
    new_offset: int,
    engine: str | None,
    semantic: bool = True,
) -> list[Hunk]:
    """Token diff of one block, cleaned up, as hunks in the enclosing texts' offsets."""
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    alphabet = _Alphabet()
    a, b = alphabet.encode(old_tokens), alphabet.encode(new_tokens)
    if a is None or b is None:  # pragma: no cover - over a million distinct tokens
        old_tokens, new_tokens = list(old), list(new)
        ops = char_diff(old, new, engine)
    else:
        ops = char_diff(a, b, engine)
    return _hunks_from_ops(
        ops, old_tokens, new_tokens, old_offset, new_offset, semantic, (old, new)
    )


def _hunks_from_ops(
    ops: Ops,
    old_tokens: list[str],
    new_tokens: list[str],
    old_offset: int,
    new_offset: int,
    semantic: bool = True,
    texts: tuple[str, str] | None = None,
) -> list[Hunk]:
    """Turn token ops into character hunks, then merge hunks a small equality splits.

    The merge is diff-match-patch's semantic cleanup measured in characters: an equality
    no longer than the edits on both of its sides is folded into them, so "the cat" to
    "a dog" is one change rather than two with a space kept in between.
    """
    # (kind, old_start, old_end, new_start, new_end); kind "=" or "!"
    spans: list[tuple[str, list[int]]] = []  # ("=" or "!", [old_start, old_end, ...])
    # Character offsets of each token boundary, so a run of tokens is measured at once.
    old_at = list(itertools.accumulate(map(len, old_tokens), initial=old_offset))
    new_at = list(itertools.accumulate(map(len, new_tokens), initial=new_offset))
    ai = bi = 0
    for op, length in ops:
        ao, bo = old_at[ai], new_at[bi]
        if op == "=":
            ai += length
            bi += length
            spans.append(("=", [ao, old_at[ai], bo, new_at[bi]]))
            continue
        if op == "-":
            ai += length
            start = (ao, old_at[ai], bo, bo)
        else:
            bi += length
            start = (ao, ao, bo, new_at[bi])
        if spans and spans[-1][0] == "!":
            spans[-1][1][1] = start[1]
            spans[-1][1][3] = start[3]
        else:
            spans.append(("!", list(start)))
    old_text, new_text = texts or ("".join(old_tokens), "".join(new_tokens))
    if not semantic:
        return [Hunk(*values) for kind, values in spans if kind == "!"]
    texts = (old_text, new_text, old_offset, new_offset)
    return _cleanup(spans, texts)


_Texts = tuple[str, str, int, int]  # old text, new text and their offsets
# Every ASCII character that is not a letter or a digit.
_ASCII_MARKS = bytes(c for c in range(128) if not chr(c).isalnum())


def _cleanup(spans: list[tuple[str, list[int]]], texts: _Texts) -> list[Hunk]:
    """Fold each equality no longer than the edits on both of its sides into them.

    The checks are closures over the block's texts: a heavy rewrite weighs a few thousand
    equalities, and unpacking the texts and looking up globals in every call cost more
    than the checks themselves.
    """
    old_text, new_text, old_offset, new_offset = texts
    barrier = _BARRIER.search

    def cosmetic(hunk: list[int]) -> bool:
        before = old_text[hunk[0] - old_offset : hunk[1] - old_offset]
        after = new_text[hunk[2] - new_offset : hunk[3] - new_offset]
        if not before or not after or (before.isalnum() and after.isalnum()):
            return False  # a pure addition, removal or word swap: the common case, decided fast
        if before.isascii() and after.isascii():
            # Most of the rest: ASCII whose letters and digits differ, which
            # ``cosmetic_only`` turns away too (ASCII is in normal form), checked here
            # without the calls.
            kept_before = before.encode("ascii").translate(None, _ASCII_MARKS)
            if kept_before != after.encode("ascii").translate(None, _ASCII_MARKS):
                return False
        return cosmetic_only(before, after)

    def foldable(before: list[int], equal: list[int], after: list[int]) -> bool:
        # The sizes first: they are plain arithmetic and turn most equalities away before
        # a regular expression is run.
        size = equal[1] - equal[0]
        if size > before[1] - before[0] and size > before[3] - before[2]:
            return False
        if size > after[1] - after[0] and size > after[3] - after[2]:
            return False
        if barrier(old_text, equal[0] - old_offset, equal[1] - old_offset):
            return False
        # A quote-style or spacing edit stays apart from the word next to it, so that it
        # can be classified (and hidden) as cosmetic.
        return not (cosmetic(before) or cosmetic(after))

    stack: list[list[int]] = []  # alternating hunks and equalities, hunks as lists
    kinds: list[str] = []
    for kind, values in spans:
        if kind == "!" and len(kinds) >= 2 and kinds[-1] == "=" and kinds[-2] == "!":
            equal = stack[-1]
            previous = stack[-2]
            if foldable(previous, equal, values):
                stack.pop()
                kinds.pop()
                previous[1] = values[1]
                previous[3] = values[3]
                # The grown hunk may now swallow the equality before it as well.
                while (
                    len(kinds) >= 3
                    and kinds[-2] == "="
                    and kinds[-3] == "!"
                    and foldable(stack[-3], stack[-2], stack[-1])
                ):
                    merged = stack.pop()
                    stack.pop()
                    kinds.pop()
                    kinds.pop()
                    stack[-1][1] = merged[1]
                    stack[-1][3] = merged[3]
                continue
        stack.append(values)
        kinds.append(kind)
    return [Hunk(*values) for values, kind in zip(stack, kinds, strict=True) if kind == "!"]
