"""Pairing the units of two versions (paragraphs, or a paragraph's sentences) by what they say.

Identical units are matched before this runs; what is left is a run of old units and a
run of new units that differ. A reader pairs them by their words: a paragraph that kept
most of its words is the same paragraph edited, one that shares almost none was removed
and another written in its place. So two units are paired when their word overlap (the
Dice coefficient of their word sets, ``2|A & B| / (|A| + |B|)``) reaches ``THRESHOLD``,
keeping the order of both versions and the largest total overlap; a unit left unpaired
was added or removed whole, and only paired units are diffed word by word. A unit that
the pairing left beside a paired one joins that pair when the words of both together fit
their counterpart better than either alone: a paragraph split in two, or two merged.
Moves (a unit paired out of order) are found afterwards, from the removed and added units.

The threshold is measured (``benchmarks/bench_align.py``, ``docs/benchmarks.md``): real
paragraphs edited as editors edit them keep an overlap far above it, and the other
paragraphs of the same article, the nearest thing to a false partner, stay below it.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

from revtrack.blocks import ROLES, parse_line
from revtrack.diff.tokens import words

# Word overlap from which two units are the same unit edited (see the module docstring).
THRESHOLD = 0.3
# Below it, a unit that takes another's place and still shares this much with it (its
# names, its figures, a few words) was rewritten: one change, not a removal and an
# addition. Two units in one place that share less are unrelated.
REWRITE_THRESHOLD = 0.2
# Above this many candidate pairs, only pairs that share a word found in few units of
# the run are scored: two long unrelated texts then cost little more than reading them.
_ALL_PAIRS = 4096
_RARE_SHARE = 0.05
_RARE_MIN = 8

Group = tuple[range, range]
"""Old and new unit indices that go together: both non-empty for a pair (or a split or
merge), one empty for units added or removed whole."""

Bag = frozenset[str]


def bag(text: str) -> Bag:
    """The words of a unit that say what it is about: lower-cased, as a set, without the
    commonest words of the languages we read ("the", "of", "a" are in every sentence and
    would make any two sentences look alike); all its words if it has no other. A block
    with a role other than paragraph (``revtrack.blocks``: heading, caption, quotation,
    list item, table row, history entry) carries a mark of it, and only units of the
    same role pair."""
    found = frozenset(words(text.lower()))
    content = found - _common_words()
    result = content or found
    if text[:1] in _MARKER_FIRST:
        role = parse_line(text.lstrip("\n").split("\n", 1)[0]).role
        if role != "paragraph":
            result = result | {_ROLE_MARK + role}
    return result


_ROLE_MARK = "\0"  # no word holds it
_ROLE_MARKS = frozenset(_ROLE_MARK + role for role in ROLES if role != "paragraph")
_MARKER_FIRST = frozenset("#->|[ ")


@functools.cache
def _common_words() -> frozenset[str]:
    from revtrack.lang import registered

    return frozenset().union(*(language.stopwords for language in registered()))


def rewrites(old: Sequence[Bag], new: Sequence[Bag]) -> list[tuple[int, int]]:
    """In a place where units were removed and others added, the ordered 1:1 pairs that
    still share enough to be one unit rewritten (``REWRITE_THRESHOLD``)."""
    return _pairs(old, new, REWRITE_THRESHOLD)


def dice(a: Bag, b: Bag) -> float:
    """Word overlap of two word sets, from 0 (nothing shared) to 1 (the same words).

    A word misspelt is still the same word to a reader: when few words are left over
    on either side, a left-over word a letter or two from one on the other side counts
    as shared, so that "The goverment." pairs with "The government.".
    """
    if not a or not b:
        return 1.0 if a == b else 0.0
    if (a & _ROLE_MARKS) != (b & _ROLE_MARKS):
        return 0.0  # a caption is not rewritten into a paragraph, nor a heading into a list
    shared = len(a & b)
    size = len(a) + len(b)
    # Near misses are looked for only where they could decide a pairing: the words
    # shared fall short of it, and few words are left over to look among.
    if (
        2 * shared < THRESHOLD * size
        and shared < min(len(a), len(b))
        and len(a) - shared <= _FUZZY_WORDS
        and len(b) - shared <= _FUZZY_WORDS
    ):
        shared += _near_misses(a - b, b - a)
    return 2 * shared / size


# Up to this many words left over on each side, near misses are looked for.
_FUZZY_WORDS = 6


def _near_misses(left: Bag, right: Bag) -> int:
    """How many left-over words have a counterpart one typo away (each used once)."""
    from revtrack.diff.classify import edit_distance

    found = 0
    unused = set(right)
    for word in left:
        if len(word) < 4:
            continue
        limit = 2 if len(word) >= 8 else 1
        match = next(
            (w for w in unused if abs(len(w) - len(word)) <= limit
             and edit_distance(word, w, limit) <= limit),
            None,
        )  # fmt: skip
        if match is not None:
            unused.discard(match)
            found += 1
    return found


def align(old: Sequence[Bag], new: Sequence[Bag], threshold: float = THRESHOLD) -> list[Group]:
    """The units of two runs in order, as pairs, splits, merges, removals and additions.

    ``old`` and ``new`` are the units' word sets. The groups cover every index of both
    runs once, in order on both sides. A group with units on both sides is a pair (or a
    split or merge) when its first old and new units were paired, and otherwise units
    removed and others added in their place; ``paired`` tells them apart.
    """
    return [(olds, news) for olds, news, _ in align_groups(old, new, threshold)]


def align_groups(
    old: Sequence[Bag], new: Sequence[Bag], threshold: float = THRESHOLD
) -> list[tuple[range, range, bool]]:
    """``align``, each group with whether it is a pair (True) or a gap (False)."""
    pairs = _pairs(old, new, threshold)
    groups: list[list] = []
    i = j = 0
    for pi, pj in pairs:
        if pi > i or pj > j:
            groups.append([range(i, pi), range(j, pj), False])
        groups.append([range(pi, pi + 1), range(pj, pj + 1), True])
        i, j = pi + 1, pj + 1
    if i < len(old) or j < len(new):
        groups.append([range(i, len(old)), range(j, len(new)), False])
    _grow(groups, old, new)
    return [(o, n, p) for o, n, p in groups if o or n]


def _pairs(old: Sequence[Bag], new: Sequence[Bag], threshold: float) -> list[tuple[int, int]]:
    """The ordered 1:1 pairs with the largest total overlap among those above threshold."""
    candidates = [
        (i, j, score)
        for i, j in _candidates(old, new)
        if (score := dice(old[i], new[j])) >= threshold
    ]
    if not candidates:
        return []
    # The heaviest chain increasing in both indices: candidates by old index, then by new
    # index descending so that one old unit never takes two new ones; ``best`` keeps,
    # for each new index reached, the heaviest chain ending there (a sorted frontier).
    candidates.sort(key=lambda c: (c[0], -c[1]))
    ends: list[int] = []  # new indices, ascending, with strictly increasing weights
    weights: list[float] = []
    chains: list[tuple[int, int, int]] = []  # (old, new, index of the previous link)
    tails: list[int] = []  # for each frontier entry, its link in ``chains``
    for i, j, score in candidates:
        at = bisect.bisect_left(ends, j)
        base, previous = (weights[at - 1], tails[at - 1]) if at else (0.0, -1)
        weight = base + score
        if at < len(ends) and ends[at] == j and weights[at] >= weight:
            continue
        chains.append((i, j, previous))
        link = len(chains) - 1
        if at < len(ends) and ends[at] == j:
            weights[at], tails[at] = weight, link
        else:
            ends.insert(at, j)
            weights.insert(at, weight)
            tails.insert(at, link)
        # Entries after this one that weigh no more are no better chains: drop them.
        stop = at + 1
        while stop < len(ends) and weights[stop] <= weight:
            stop += 1
        del ends[at + 1 : stop], weights[at + 1 : stop], tails[at + 1 : stop]
    link = tails[-1]
    pairs: list[tuple[int, int]] = []
    while link != -1:
        i, j, link = chains[link]
        pairs.append((i, j))
    return pairs[::-1]


def _candidates(old: Sequence[Bag], new: Sequence[Bag]) -> list[tuple[int, int]]:
    """The pairs worth scoring: all of them in a short run; in a long one, the pairs that
    share a word few units of the run hold (a word in every paragraph says nothing)."""
    if len(old) * len(new) <= _ALL_PAIRS:
        return [(i, j) for i in range(len(old)) for j in range(len(new))]
    holders: dict[str, list[int]] = {}
    for j, bag in enumerate(new):
        for word in bag:
            holders.setdefault(word, []).append(j)
    limit = max(_RARE_MIN, int(_RARE_SHARE * (len(old) + len(new))))
    found: set[tuple[int, int]] = set()
    for i, bag in enumerate(old):
        for word in bag:
            js = holders.get(word)
            if js is not None and len(js) <= limit:
                found.update((i, j) for j in js)
    return sorted(found)


def _grow(groups: list[list], old: Sequence[Bag], new: Sequence[Bag]) -> None:
    """Let each pair take in the unpaired units beside it when the words of all together
    fit better than the pair alone: a unit split in two, or two merged into one, is then
    diffed as one group. Changes ``groups`` in place."""
    for index, (olds, news, paired) in enumerate(groups):
        if not paired:
            continue
        for neighbour, before in ((index - 1, True), (index + 1, False)):
            if 0 <= neighbour < len(groups) and not groups[neighbour][2]:
                gap = groups[neighbour]
                olds, news, gap[0], gap[1] = _absorb(olds, news, gap[0], gap[1], old, new, before)
        groups[index][0], groups[index][1] = olds, news


def _absorb(
    olds: range,
    news: range,
    gap_old: range,
    gap_new: range,
    old: Sequence[Bag],
    new: Sequence[Bag],
    before: bool,
) -> tuple[range, range, range, range]:
    """Move units from the neighbouring gap into the pair while that raises its overlap."""
    score = dice(_union(old, olds), _union(new, news))
    while True:
        grown = False
        for side in ("new", "old"):
            gap = gap_new if side == "new" else gap_old
            if not gap:
                continue
            unit = gap[-1] if before else gap[0]
            if side == "new":
                trial_news = range(unit, news.stop) if before else range(news.start, unit + 1)
                trial = dice(_union(old, olds), _union(new, trial_news))
                if trial > score:
                    news, score = trial_news, trial
                    gap_new = _shrink(gap, before)
                    grown = True
            else:
                trial_olds = range(unit, olds.stop) if before else range(olds.start, unit + 1)
                trial = dice(_union(old, trial_olds), _union(new, news))
                if trial > score:
                    olds, score = trial_olds, trial
                    gap_old = _shrink(gap, before)
                    grown = True
        if not grown:
            return olds, news, gap_old, gap_new


def _union(bags: Sequence[Bag], indices: range) -> Bag:
    if len(indices) == 1:
        return bags[indices.start]
    return frozenset().union(*(bags[i] for i in indices))


def _shrink(gap: range, from_end: bool) -> range:
    """The gap without its last unit (``from_end``) or its first."""
    return range(gap.start, gap.stop - 1) if from_end else range(gap.start + 1, gap.stop)
