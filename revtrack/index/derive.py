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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from revtrack.index import codec

if TYPE_CHECKING:
    from revtrack.corrections import CorrectionEntry, StealthEdit
    from revtrack.diff import Change
    from revtrack.models import Document, Version
    from revtrack.store import GitStore


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


@dataclass
class Derived:
    """What the index keeps about one article beyond its commits."""

    sizes: list[tuple[int, str]] = field(default_factory=list)  # per version: bytes, sha256
    changes: list[list[Change]] = field(default_factory=list)  # per version after the first
    entries: list[CorrectionEntry] = field(default_factory=list)
    stealth: list[StealthEdit] = field(default_factory=list)


def derive(store: GitStore, path: str, versions: list[Version]) -> Derived:
    """Compute one article's derived rows from its versions (oldest first, numbered)."""
    from revtrack.corrections import article_log

    view = ArticleView(store, path, versions)
    result = Derived()
    for version in versions:
        data = view.data(version)
        result.sizes.append((len(data), hashlib.sha256(data).hexdigest()))
    found = article_log(cast("GitStore", view), path)
    result.changes, result.entries, result.stealth = found.changes, found.entries, found.stealth
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
