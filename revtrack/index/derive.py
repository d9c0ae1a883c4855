"""One article's derived rows: its changes, correction entries and stealth edits.

Nothing here decides what a change or a notice is. The changes (``revtrack.diff.compare``
on each pair of consecutive versions), the correction entries and the stealth edits come
from ``revtrack.corrections.article_log``, which gives what ``correction_log`` and
``stealth_edits`` give for one article, from one reading of it, so the index always
agrees with what those functions answer when asked directly. What this module adds is
the view of the store they read (the article's versions come from the index instead of
a walk of the whole history) and the rows the results are kept in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from revtrack.index import codec

if TYPE_CHECKING:
    from revtrack.corrections import CorrectionEntry, StealthEdit
    from revtrack.diff import Change
    from revtrack.models import Document, Version
    from revtrack.notices import Notice
    from revtrack.store import GitStore

# (digests) -> (notices by text digest, changes by (old, new) digests), as stored JSON.
MemoRows = Callable[[list[str]], tuple[dict[str, str], dict[tuple[str, str], str]]]


class ArticleView:
    """The parts of a store the correction log reads, for one article whose versions are known.

    ``correction_log(store, [path])`` starts with ``store.all_versions()``, a read of the
    whole git history; this view hands it the article's versions from the index, and
    keeps each document it reads so that the diff, the log and the stealth list share them.
    """

    def __init__(self, store: GitStore, path: str, versions: list[Version]) -> None:
        self._store = store
        self._path = path
        self._versions = versions
        self._data: dict[str, bytes] = {}
        self._documents: dict[str, Document] = {}

    def all_versions(self) -> dict[str, list[Version]]:
        """This article's versions, in the shape ``GitStore.all_versions`` gives."""
        return {self._path: self._versions}

    def data(self, version: Version) -> bytes:
        """The stored file of ``version``, as bytes."""
        if version.commit not in self._data:
            self._data[version.commit] = self._store.read_bytes(version)
        return self._data[version.commit]

    def read(self, version: Version) -> Document:
        """The document of ``version`` (read once)."""
        if version.commit not in self._documents:
            from revtrack.store.records import decode_document

            self._documents[version.commit] = decode_document(self.data(version))
        return self._documents[version.commit]

    def read_raw(self, version: Version) -> bytes | None:
        """The page kept with ``version``, if any."""
        return self._store.read_raw(version)


class StoredMemo:
    """The notices of each text and the changes between two texts, once worked out.

    Both are pure functions of the stored files (and of the code, whose stamp keys the
    rows), so they are kept by the SHA-256 of each file: an article that gets a new
    version is read again whole (``article_log``), but only the new text is scanned for
    notices and only the new pair compared. Rows found here are read back through the
    codec; the rest are computed by the log itself and kept in ``new_notices`` and
    ``new_changes`` for the index to store.
    """

    def __init__(
        self,
        digests: dict[str, str],
        notices: dict[str, str],
        changes: dict[tuple[str, str], str],
    ) -> None:
        self._digests = digests  # commit -> SHA-256 of the stored file
        self._notices = notices
        self._changes = changes
        self.new_notices: dict[str, str] = {}
        self.new_changes: dict[tuple[str, str], str] = {}

    def notices(self, version: Version, compute: Callable[[], list[Notice]]) -> list[Notice]:
        """``compute()``'s answer for ``version``'s text, from the memo when it has it."""
        from revtrack.notices import Notice

        key = self._digests[version.commit]
        stored = self._notices.get(key) or self.new_notices.get(key)
        if stored is not None:
            with suppress(codec.StaleRowError):  # a row that does not fit: made again
                return codec.loads_list(Notice, stored)
        found = compute()
        self.new_notices[key] = codec.dumps(found)
        return found

    def changes(
        self, old: Version, new: Version, compute: Callable[[], list[Change]]
    ) -> list[Change]:
        """``compute()``'s answer for the pair, from the memo when it has it."""
        from revtrack.diff import Change

        key = (self._digests[old.commit], self._digests[new.commit])
        stored = self._changes.get(key) or self.new_changes.get(key)
        if stored is not None:
            with suppress(codec.StaleRowError):
                return codec.loads_list(Change, stored)
        found = compute()
        self.new_changes[key] = codec.dumps(found)
        return found


@dataclass
class Derived:
    """What the index keeps about one article beyond its commits."""

    sizes: list[tuple[int, str]] = field(default_factory=list)  # per version: bytes, sha256
    changes: list[list[Change]] = field(default_factory=list)  # per version after the first
    entries: list[CorrectionEntry] = field(default_factory=list)
    stealth: list[StealthEdit] = field(default_factory=list)
    memo: StoredMemo | None = None  # with what was worked out anew, to be kept


def derive(
    store: GitStore, path: str, versions: list[Version], memo_rows: MemoRows | None = None
) -> Derived:
    """Compute one article's derived rows from its versions (oldest first, numbered).

    ``memo_rows`` gives the notices and changes already worked out for these texts.
    """
    from revtrack.corrections import article_log

    view = ArticleView(store, path, versions)
    result = Derived()
    digests = {}
    for version in versions:
        data = view.data(version)
        digest = hashlib.sha256(data).hexdigest()
        result.sizes.append((len(data), digest))
        digests[version.commit] = digest
    memo = None
    if memo_rows is not None:
        memo = StoredMemo(digests, *memo_rows(sorted(set(digests.values()))))
    found = article_log(cast("GitStore", view), path, memo=memo)
    result.changes, result.entries, result.stealth = found.changes, found.entries, found.stealth
    result.memo = memo
    return result


def change_row(
    path: str, new_seq: int, position: int, old: int, new: int, change: Change
) -> tuple[Any, ...]:
    """One row of the ``changes`` table."""
    return (
        path,
        new_seq,
        position,
        old,
        new,
        change.field,
        change.kind,
        change.significance,
        change.before,
        change.after,
        change.old_start,
        change.old_end,
        change.new_start,
        change.new_end,
        change.old_sentence,
        change.new_sentence,
        change.old_paragraph,
        change.new_paragraph,
    )


def correction_row(path: str, position: int, entry: CorrectionEntry) -> tuple[Any, ...]:
    """One row of the ``corrections`` table: the fields people filter on, and the entry whole."""
    notice = entry.notice
    return (
        path,
        position,
        entry.first_version,
        entry.first_seen.isoformat(),
        notice.kind,
        entry.status,
        notice.wrong,
        notice.right,
        notice.subject,
        notice.date,
        int(entry.removed),
        codec.dumps(entry),
    )


def stealth_row(path: str, position: int, edit: StealthEdit) -> tuple[Any, ...]:
    """One row of the ``stealth`` table."""
    return (
        path,
        position,
        edit.new_version,
        edit.observed_at.isoformat(),
        edit.kind,
        codec.dumps(edit),
    )
