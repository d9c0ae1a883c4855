"""The correction log: every notice of every stored article, checked against the diff.

For each article the versions are read oldest first and their notices found (in the text,
and in the JSON-LD of the stored page when one was kept). A notice
is one entry from the version where it first appears; a later version with the same
notice reworded marks it ``wording_changed``, and a version without it marks it
``removed`` (a removed notice is itself an edit readers want to see). Each entry is then
checked against the changes that brought it: the version where it first appears against
the one before, and a few before that, since a fix and its notice often land apart.

- ``verified``: a change replaces ``wrong`` by ``right`` (or removes ``wrong``, or adds
  ``right``);
- ``related``: a change touches the words of the notice's subject or values, but not as
  stated;
- ``unmatched``: no stored change fits (the fix may predate tracking).

The other way round, ``stealth_edits`` lists the substantive changes no notice accounts for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from revtrack.notices import Notice
from revtrack.notices.language import wordset
from revtrack.store import REEXTRACTED

if TYPE_CHECKING:
    from revtrack.diff import Change
    from revtrack.models import Document, Version
    from revtrack.store import GitStore

STATUSES = ("verified", "related", "unmatched")
# How many earlier version pairs are searched for the change a notice describes.
LOOKBACK = 3
# Two notices whose texts are this similar are one notice reworded.
_REWORDED = 0.6
_NOTICE_KINDS = frozenset({"notice_added", "notice_removed"})
# Most telling first: what a reader would most want to know was changed silently.
_STEALTH_RANK = {
    "headline": 0,
    "name": 1,
    "number": 2,
    "quote": 3,
    "date": 4,
    "sentence_removed": 5,
    "paragraph_removed": 5,
    "byline": 6,
    "wording": 7,
    "spelling": 8,
    "sentence_added": 9,
    "paragraph_added": 9,
}
_WORD = re.compile(r"[^\W_]{4,}", re.UNICODE)
_COMMON = wordset(
    "this that with from have were which their about after before there would could "
    "article story version earlier previous said says also been than into when what"
)


@dataclass(frozen=True)
class Evidence:
    """The stored change a notice was checked against, and the versions it lies between."""

    old_version: int | None
    new_version: int | None
    kind: str
    before: str
    after: str
    old_sentence: str
    new_sentence: str


@dataclass(frozen=True)
class CorrectionEntry:
    """One notice of one article, from the version where it first appeared."""

    article: str
    url: str
    title: str | None
    notice: Notice
    first_version: int | None
    first_commit: str
    first_seen: datetime
    last_seen_version: int | None
    wording_changed: bool
    current_text: str
    removed: bool
    removed_in_version: int | None
    status: str
    evidence: Evidence | None
    note: str
    # The values the entry stands for, and where each was read: "notice" (the notice's
    # text states it), "diff" (the stored change the notice describes removed or added
    # it), "both" (the two agree), None (neither gives it).
    wrong: str | None = None
    right: str | None = None
    wrong_from: str | None = None
    right_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: the entry's fields with the notice's fields inlined."""
        data = {
            "article": self.article,
            "url": self.url,
            "title": self.title,
            "first_version": self.first_version,
            "first_commit": self.first_commit,
            "first_seen": self.first_seen.isoformat(),
            "last_seen_version": self.last_seen_version,
            "wording_changed": self.wording_changed,
            "current_text": self.current_text,
            "removed": self.removed,
            "removed_in_version": self.removed_in_version,
            "status": self.status,
            "note": self.note,
        }
        notice = self.notice.to_dict()
        for key in ("start", "end", "source"):
            notice.pop(key)
        data.update(
            {f"notice_{k}" if k in {"text", "paragraph"} else k: v for k, v in notice.items()}
        )
        data.update(
            wrong=self.wrong,
            right=self.right,
            wrong_from=self.wrong_from,
            right_from=self.right_from,
        )
        data["evidence"] = None if self.evidence is None else self.evidence.__dict__.copy()
        return data


@dataclass(frozen=True)
class StealthEdit:
    """A substantive change that came with no notice."""

    article: str
    url: str
    title: str | None
    old_version: int | None
    new_version: int | None
    observed_at: datetime
    kind: str
    before: str
    after: str
    old_sentence: str
    new_sentence: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        data = self.__dict__.copy()
        data["observed_at"] = self.observed_at.isoformat()
        return data


@dataclass
class _Tracked:
    """A notice being followed through an article's versions."""

    notice: Notice
    first: int  # index into the article's versions
    last: int
    current_text: str
    wording_changed: bool = False
    removed_at: int | None = None
    texts: set[str] = field(default_factory=set)


class Memo(Protocol):
    """Results worked out before, for texts seen before: what a cache of the log keeps.

    The log asks for a version's notices and for the changes between two versions
    through it; it gives the computation itself (``compute``), so the memo holds results
    and no logic of its own (``revtrack.index.derive.StoredMemo``).
    """

    def notices(self, version: Version, compute: Callable[[], list[Notice]]) -> list[Notice]:
        """The notices of ``version``'s text."""
        ...

    def changes(
        self, old: Version, new: Version, compute: Callable[[], list[Change]]
    ) -> list[Change]:
        """The changes from ``old`` to ``new``."""
        ...


@dataclass
class _History:
    """One article's versions and documents; comparisons between neighbours, made once."""

    path: str
    url: str
    title: str | None
    versions: list[Version]
    documents: list[Document]
    declared: list[list[Notice]] = field(default_factory=list)
    _changes: dict[int, list[Change]] = field(default_factory=dict)
    _found: dict[int, list[Notice]] = field(default_factory=dict)
    memo: Memo | None = None

    def found(self, index: int) -> list[Notice]:
        """The notices in the text of version ``index`` (a new list each time; found once)."""
        if index not in self._found:
            # The parser is loaded by the first text read, so a listing answered from the
            # index (which imports this module for its types) never loads it.
            from revtrack.notices import find_notices

            text = self.documents[index].text
            if self.memo is None:
                self._found[index] = find_notices(text)
            else:
                self._found[index] = self.memo.notices(
                    self.versions[index], lambda: find_notices(text)
                )
        return list(self._found[index])

    def changes(self, index: int) -> list[Change]:
        """The changes from version ``index - 1`` to version ``index`` (list indices).

        None for a re-extraction: the same page read again by a newer extractor is not an
        edit, so it can neither verify a notice nor be a stealth edit.
        """
        if index not in self._changes:
            from revtrack.diff import compare

            if self.versions[index].event == REEXTRACTED:
                self._changes[index] = []
            else:
                old, new = self.documents[index - 1], self.documents[index]
                if self.memo is None:
                    self._changes[index] = compare(old, new).changes
                else:
                    self._changes[index] = self.memo.changes(
                        self.versions[index - 1],
                        self.versions[index],
                        lambda: compare(old, new).changes,
                    )
        return self._changes[index]


# --- reading the store ----------------------------------------------------------------------


def _histories(store: GitStore, articles: Iterable[str] | None) -> Iterable[_History]:
    every = store.all_versions()  # one read of the history, however many articles
    paths = list(articles) if articles is not None else sorted(every)
    for path in paths:
        versions = every.get(path, [])
        if not versions:
            continue
        yield _History(
            path=path,
            url=versions[-1].url,
            title=versions[-1].title,
            versions=versions,
            documents=[store.read(v) for v in versions],
            declared=[_declared(store.read_raw(v)) for v in versions],
        )


def _declared(raw: bytes | None) -> list[Notice]:
    """The corrections a stored page declares in its JSON-LD (none for text or no page)."""
    if not raw or b"ld+json" not in raw:
        return []
    from revtrack.notices import notices_from_jsonld

    return notices_from_jsonld(raw.decode("utf-8", errors="replace"))


def correction_log(store: GitStore, articles: Iterable[str] | None = None) -> list[CorrectionEntry]:
    """One entry per notice per article, in the order the notices first appeared."""
    entries: list[CorrectionEntry] = []
    for history in _histories(store, articles):
        entries.extend(_entries(history))
    return order_entries(entries)


def stealth_edits(store: GitStore, articles: Iterable[str] | None = None) -> list[StealthEdit]:
    """Substantive changes no notice accounts for, most telling first, then newest."""
    found: list[StealthEdit] = []
    for history in _histories(store, articles):
        found.extend(_stealth_edits_of(history))
    return order_stealth(found)


def _stealth_edits_of(history: _History) -> list[StealthEdit]:
    found = []
    explained = _explained_changes(history)
    for index in range(1, len(history.versions)):
        for change in history.changes(index):
            if change.significance != "substantive" or change.kind in _NOTICE_KINDS:
                continue
            if (index, change.old_start, change.new_start, change.field) in explained:
                continue
            found.append(_stealth(history, index, change))
    return found


@dataclass(frozen=True)
class ArticleLog:
    """One article's correction entries, stealth edits and the changes between its versions.

    ``changes[i]`` holds the changes from version ``i`` to ``i + 1`` (list indices), empty
    for a re-extraction, which is not an edit.
    """

    entries: list[CorrectionEntry]
    stealth: list[StealthEdit]
    changes: list[list[Change]]


def article_log(store: GitStore, path: str, *, memo: Memo | None = None) -> ArticleLog:
    """``correction_log`` and ``stealth_edits`` of one article, from one reading of it.

    Each text is read, scanned for notices and compared with the one before once for
    both, which is what a cache of every article's answers (revtrack.index) needs;
    ``memo`` gives the notices and changes it already holds for texts seen before.
    """
    for history in _histories(store, [path]):
        history.memo = memo
        entries = _entries(history)
        stealth = order_stealth(_stealth_edits_of(history))
        changes = [history.changes(i) for i in range(1, len(history.versions))]
        return ArticleLog(order_entries(entries), stealth, changes)
    return ArticleLog([], [], [])


def order_entries(entries: Iterable[CorrectionEntry]) -> list[CorrectionEntry]:
    """The log's order: by when each notice first appeared, then by article.

    Public so that a cache holding each article's entries (revtrack.index) lists them
    in the same order as ``correction_log``.
    """
    return sorted(entries, key=lambda e: (e.first_seen, e.article))


def order_stealth(edits: Iterable[StealthEdit]) -> list[StealthEdit]:
    """The stealth list's order: most telling kind first, then newest (see ``order_entries``)."""
    found = sorted(edits, key=lambda s: s.observed_at, reverse=True)
    found.sort(key=lambda s: _STEALTH_RANK.get(s.kind, 10))
    return found


# --- following notices through versions -----------------------------------------------------


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _track(history: _History) -> list[_Tracked]:
    tracked: list[_Tracked] = []
    for index in range(len(history.documents)):
        present = history.found(index)
        if index < len(history.declared):
            seen = {_key(n.text) for n in present}
            present += [n for n in history.declared[index] if _key(n.text) not in seen]
        matched: set[int] = set()
        for notice in present:
            key = _key(notice.text)
            owner = next((t for t in tracked if key in t.texts), None)
            if owner is None:
                owner = _reworded(tracked, notice, matched)
                if owner is not None:
                    owner.wording_changed = True
                    owner.texts.add(key)
            if owner is None:
                owner = _Tracked(notice, index, index, notice.text, texts={key})
                tracked.append(owner)
            owner.last = index
            owner.current_text = notice.text
            owner.removed_at = None
            matched.add(id(owner))
        for item in tracked:
            if id(item) not in matched and item.removed_at is None:
                item.removed_at = index
    return tracked


def _reworded(tracked: list[_Tracked], notice: Notice, matched: set[int]) -> _Tracked | None:
    best, best_ratio = None, _REWORDED
    for item in tracked:
        if id(item) in matched or item.notice.kind != notice.kind:
            continue
        ratio = SequenceMatcher(None, _key(item.current_text), _key(notice.text)).ratio()
        if ratio >= best_ratio:
            best, best_ratio = item, ratio
    return best


def _entries(history: _History) -> list[CorrectionEntry]:
    entries = []
    for item in _track(history):
        status, evidence, note = _verify(history, item)
        values = _values(item.notice, status, evidence)
        first = history.versions[item.first]
        removed_in = (
            history.versions[item.removed_at].number if item.removed_at is not None else None
        )
        entries.append(
            CorrectionEntry(
                article=history.path,
                url=history.url,
                title=history.title,
                notice=item.notice,
                first_version=first.number,
                first_commit=first.commit,
                first_seen=first.observed_at,
                last_seen_version=history.versions[item.last].number,
                wording_changed=item.wording_changed,
                current_text=item.current_text,
                removed=item.removed_at is not None,
                removed_in_version=removed_in,
                status=status,
                evidence=evidence,
                note=note,
                wrong=values[0],
                right=values[1],
                wrong_from=values[2],
                right_from=values[3],
            )
        )
    return entries


VALUE_SOURCES = ("notice", "diff", "both")


def _values(
    notice: Notice, status: str, evidence: Evidence | None
) -> tuple[str | None, str | None, str | None, str | None]:
    """The entry's wrong and right values and where each was read.

    A verified notice's values are the change's too ("both"). The change a notice
    describes (the one it was verified against, or the one whose removed words it names)
    gives the values the notice leaves unstated: its removed words are what was wrong,
    its added words what is right ("diff"). A value the notice states stays the notice's.
    """
    if evidence is None or evidence.kind in _NOTICE_KINDS:
        return (
            notice.wrong,
            notice.right,
            "notice" if notice.wrong else None,
            "notice" if notice.right else None,
        )
    verified = status == "verified"
    if not verified and not _mentions(notice.text, evidence.before):
        # A change that only shares a word with the notice is not known to be its fix.
        removed = added = None
    else:
        removed, added = _clip(evidence.before), _clip(_without(evidence.after, notice.text))
    wrong, wrong_from = _one_value(notice.wrong, removed, verified)
    right, right_from = _one_value(notice.right, added, verified)
    return wrong, right, wrong_from, right_from


def _one_value(
    stated: str | None, from_diff: str | None, verified: bool
) -> tuple[str | None, str | None]:
    """A value and its source: the notice's and the change's agree when the change was
    verified against it or reads the same."""
    if stated:
        agree = verified or (from_diff is not None and _key(stated) == _key(from_diff))
        return stated, "both" if agree else "notice"
    if from_diff:
        return from_diff, "diff"
    return None, None


def _without(added: str, notice_text: str) -> str:
    """The added words without the notice itself, which a change may carry with the fix."""
    at = added.find(notice_text[:40].rstrip()) if notice_text.strip() else -1
    return added[:at] if at >= 0 else added


def _clip(text: str) -> str | None:
    """A change's side as a value: its words, or None when it has none or is a whole
    passage rather than a value (a rewritten paragraph is no figure or name)."""
    value = " ".join(text.split()).strip(" ,.;:")
    return value if value and len(value.split()) <= 12 else None


# --- verification ---------------------------------------------------------------------------


def _candidate_pairs(history: _History, first: int) -> list[int]:
    """Indices i of pairs (i-1, i): the notice's own version, then earlier ones, then the next."""
    pairs = [i for i in range(first, max(0, first - LOOKBACK) - 1, -1) if i >= 1]
    if first + 1 < len(history.versions):
        pairs.append(first + 1)  # a fix can follow its notice in the next version
    return pairs


def _verify(history: _History, item: _Tracked) -> tuple[str, Evidence | None, str]:
    notice = item.notice
    pairs = _candidate_pairs(history, item.first)
    if not pairs:
        return "unmatched", None, "The notice was already there when tracking began."
    related: tuple[int, Change] | None = None
    mentioned: tuple[int, Change] | None = None
    for index in pairs:
        for change in history.changes(index):
            if change.kind in _NOTICE_KINDS or change.significance == "trivial":
                continue
            if _fits(change, notice.wrong, notice.right):
                return "verified", _evidence(history, index, change), ""
            if mentioned is None and _mentions(notice.text, change.before):
                mentioned = (index, change)
            if related is None and _touches(change, notice):
                related = (index, change)
    # The change whose removed words the notice names is the one it describes, before a
    # change that merely shares a word with it.
    chosen = mentioned or related
    if chosen is not None:
        return "related", _evidence(history, *chosen), ""
    if notice.wrong is None and notice.right is None:
        note = "The notice states no values to check; no stored change touches its subject."
    else:
        note = "No stored change fits the notice; the fix may predate tracking."
    return "unmatched", None, note


_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _mentions(notice_text: str, removed: str) -> bool:
    """The notice names the words a change removed ("misspelled her name as Jon" and "Jon"
    removed): every telling word of the removed side stands in the notice."""
    if not removed.strip() or len(removed.split()) > 12:
        return False
    words = {w.casefold() for w in _TOKEN.findall(removed)} - _COMMON
    words = {w for w in words if len(w) > 2 or w.isdigit()}
    if not words:
        return False
    return words <= {w.casefold() for w in _TOKEN.findall(notice_text)}


def _has(text: str, value: str) -> bool:
    return _key(value) in _key(text)


def _fits(change: Change, wrong: str | None, right: str | None) -> bool:
    """The change replaces wrong by right, removes wrong, or adds right."""
    old = f"{change.before} {change.old_sentence}"
    new = f"{change.after} {change.new_sentence}"
    if wrong and right:
        wrong_gone = _has(old, wrong) and (not _has(new, wrong) or _has(right, wrong))
        right_came = _has(new, right) and (not _has(old, right) or _has(wrong, right))
        touched = _shares_word(change.before, wrong) or _shares_word(change.after, right)
        return wrong_gone and right_came and touched
    if wrong:
        return _has(old, wrong) and not _has(new, wrong)
    if right:
        return _has(new, right) and not _has(old, right)
    return False


def _shares_word(changed: str, value: str) -> bool:
    """The changed words are part of the value: the change is the fix, not a bystander."""
    words = {w.casefold() for w in re.findall(r"\w+", changed)}
    return bool(words & {w.casefold() for w in re.findall(r"\w+", value)})


def _content_words(text: str | None) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text or "")} - _COMMON


def _touches(change: Change, notice: Notice) -> bool:
    """The change shares a content word with the notice's subject or values."""
    words = (
        _content_words(notice.subject) | _content_words(notice.wrong) | _content_words(notice.right)
    )
    if not words:
        return False
    changed = _content_words(
        f"{change.before} {change.after} {change.old_sentence} {change.new_sentence}"
    )
    return bool(words & changed)


def _evidence(history: _History, index: int, change: Change) -> Evidence:
    return Evidence(
        old_version=history.versions[index - 1].number,
        new_version=history.versions[index].number,
        kind=change.kind,
        before=change.before,
        after=change.after,
        old_sentence=change.old_sentence,
        new_sentence=change.new_sentence,
    )


def _explained_changes(history: _History) -> set[tuple[int, int, int, str]]:
    """The changes some notice of the article describes.

    A notice explains the changes that fit its values or whose changed words are words of
    its values or subject. Only a notice that states no values also explains, failing
    that, the changes in the sentences that speak most of its subject: matching whole
    sentences for every notice would hide any other silent edit made in a sentence that
    happens to name the same person or place (a fixed weekday notice hiding "million"
    turned "billion" in the same sentence, or a new headline).
    """
    explained: set[tuple[int, int, int, str]] = set()
    for item in _track(history):
        notice = item.notice
        values = _content_words(notice.wrong) | _content_words(notice.right)
        words = values | _content_words(notice.subject)
        closest: list[tuple[int, int, int, str]] = []
        closest_score = 0
        for index in _candidate_pairs(history, item.first):
            for change in history.changes(index):
                key = (index, change.old_start, change.new_start, change.field)
                # Words on one side only: a headline change carries the whole headline.
                changed = _content_words(change.before) ^ _content_words(change.after)
                if _fits(change, notice.wrong, notice.right) or changed & words:
                    explained.add(key)
                    continue
                if values:
                    continue
                sentences = f"{change.old_sentence} {change.new_sentence}"
                score = len(words & _content_words(sentences))
                if score > closest_score:
                    closest, closest_score = [key], score
                elif score and score == closest_score:
                    closest.append(key)
        explained.update(closest)
    return explained


def _stealth(history: _History, index: int, change: Change) -> StealthEdit:
    return StealthEdit(
        article=history.path,
        url=history.url,
        title=history.title,
        old_version=history.versions[index - 1].number,
        new_version=history.versions[index].number,
        observed_at=history.versions[index].observed_at,
        kind=change.kind,
        before=change.before,
        after=change.after,
        old_sentence=change.old_sentence,
        new_sentence=change.new_sentence,
    )


# --- filters --------------------------------------------------------------------------------


def site_of(url: str) -> str:
    """The host of ``url`` without a leading ``www.``, lower-cased."""
    host = (urlsplit(url).hostname or "").casefold()
    return host[4:] if host.startswith("www.") else host


def on_site(url: str, site: str) -> bool:
    """True when ``url`` is on ``site`` or one of its subdomains."""
    host, wanted = site_of(url), site_of(site if "//" in site else f"//{site}")
    return host == wanted or host.endswith(f".{wanted}")


def filter_entries(
    entries: Iterable[CorrectionEntry],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    site: str | None = None,
    kind: str | None = None,
    status: str | None = None,
) -> list[CorrectionEntry]:
    """The entries first seen in [since, until], on ``site``, of ``kind`` and ``status``."""
    return [
        e
        for e in entries
        if (since is None or e.first_seen >= since)
        and (until is None or e.first_seen <= until)
        and (site is None or on_site(e.url, site))
        and (kind is None or e.notice.kind == kind)
        and (status is None or e.status == status)
    ]


def filter_stealth(
    edits: Iterable[StealthEdit],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    site: str | None = None,
) -> list[StealthEdit]:
    """The stealth edits observed in [since, until] on ``site``."""
    return [
        s
        for s in edits
        if (since is None or s.observed_at >= since)
        and (until is None or s.observed_at <= until)
        and (site is None or on_site(s.url, site))
    ]
