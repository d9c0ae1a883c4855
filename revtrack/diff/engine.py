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

import itertools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from revtrack.diff.tokens import tokenize
from revtrack.textnorm import cosmetic_only

# Code points used to stand for paragraphs and tokens; surrogates are skipped because
# neither engine can hold them in a string.
_FIRST_CODE = 0x100
_SURROGATES = range(0xD800, 0xE000)
_MAX_CODE = 0x10FFFF
_PARAGRAPH_SEPARATOR = re.compile(r"\n[^\S\n]*\n\s*")
# Equalities the cleanup never folds: a line break or a sentence's end keeps the edits
# on either side apart, so a change stays inside its sentence.
_BARRIER = re.compile(r"\n|[.!?][\"'”’)\]]*\s")
# Where a changed paragraph is cut into sentences before its words are diffed: after a
# sentence's end and the spacing that follows it, before a capital, digit or quote. It
# may also cut after "Dec." or "Sen.": a cut too many only makes the pieces smaller.
_SENTENCE_END = re.compile(r"""[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[^\W_])""")

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
        codes = self.codes
        for item in dict.fromkeys(items):  # new items in order of first use
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
    return _cut_after(_PARAGRAPH_SEPARATOR, text)


def _cut_after(separator: re.Pattern[str], text: str) -> list[str]:
    """``text`` cut after each match of ``separator``; the pieces join back to ``text``."""
    chunks = []
    start = 0
    for match in separator.finditer(text):
        chunks.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        chunks.append(text[start:])
    return chunks


def diff_hunks(
    old: str,
    new: str,
    *,
    engine: str | None = None,
    semantic: bool = True,
    chunks: tuple[list[str], list[str]] | None = None,
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
        _, _, start_ao, start_bo = pending
        hunks.extend(
            _sentence_hunks(
                old[start_ao:end_ao], new[start_bo:end_bo], start_ao, start_bo, engine, semantic
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


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences, each with the spacing that follows it (a rough cut)."""
    return _cut_after(_SENTENCE_END, text)


def _sentence_hunks(
    old: str,
    new: str,
    old_offset: int,
    new_offset: int,
    engine: str | None,
    semantic: bool = True,
) -> list[Hunk]:
    """Hunks of a changed block: sentences that are equal in both are matched first, then
    the runs of sentences that differ are diffed token by token.

    Without this, a sentence moved within its paragraph ("A. B. C." to "B. A. C.") comes
    out of the token diff as two sentences each rewritten into the other, since they
    share a full stop and a space; matched as sentences it is one removed and one added,
    which the comparison pairs into a move. Edits inside a sentence are found as before.
    Matching sentences also keeps a sentence added after an edited one whole, full stop
    and all, where the token diff may take the old last full stop for the new one and
    turn an appended correction into a sentence split.

    The price: an unchanged sentence between two rewritten ones is kept whole, where an
    unpinned token diff may match words across it. On the benchmark's heavy rewrite
    that makes the edit 0.2% larger than the whole text's exact token diff, and smaller
    in a few paragraphs. Keeping the smaller of the two needs the whole block's token
    diff as well, and that nearly doubled the word diff's time on the heavy rewrite:
    the diff's cost grows with a block's length times its edits, so one diff of a
    paragraph with several rewritten sentences costs more than one for each of them.
    """
    old_chunks, new_chunks = split_sentences(old), split_sentences(new)
    if len(old_chunks) < 2 or len(new_chunks) < 2:
        return _token_hunks(old, new, old_offset, new_offset, engine, semantic)
    alphabet = _Alphabet()
    a = alphabet.encode([c.rstrip() for c in old_chunks])
    b = alphabet.encode([c.rstrip() for c in new_chunks])
    if a is None or b is None:  # pragma: no cover - needs over a million sentences
        return _token_hunks(old, new, old_offset, new_offset, engine, semantic)
    hunks: list[Hunk] = []
    ai = bi = ao = bo = 0
    start: tuple[int, int] | None = None  # where the current run of differences began
    for op, length in char_diff(a, b, engine):
        for _ in range(length):
            if op == "=" and old_chunks[ai] == new_chunks[bi]:
                if start is not None:
                    lo, hi = start
                    hunks += _token_hunks(
                        old[lo:ao], new[hi:bo], old_offset + lo, new_offset + hi, engine, semantic
                    )
                    start = None
                ao += len(old_chunks[ai])
                bo += len(new_chunks[bi])
                ai += 1
                bi += 1
                continue
            # A difference, or the same sentence with other spacing after it: diffed
            # with its neighbours, so that the spacing goes with the sentence around it.
            if start is None:
                start = (ao, bo)
            if op != "+":
                ao += len(old_chunks[ai])
                ai += 1
            if op != "-":
                bo += len(new_chunks[bi])
                bi += 1
    if start is not None:
        lo, hi = start
        hunks += _token_hunks(
            old[lo:], new[hi:], old_offset + lo, new_offset + hi, engine, semantic
        )
    return hunks


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
