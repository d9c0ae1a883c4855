"""Exports of the index for analysis: an SQLite file (Datasette, pandas) or JSON lines.

The export's tables are a documented interface (docs/export.md), kept apart from the
index's own tables, which may change with any release. Sentence pairs (one row per
aligned old and new sentence, as NewsEdits publishes them) are worked out here from
``Comparison.sentences``; the index does not keep them, since only exports read them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from revtrack.errors import UserError

if TYPE_CHECKING:
    from revtrack.index import Index, Progress

# Table name -> (column, SQL type) in order. docs/export.md describes each column.
EXPORT_TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("path", "TEXT PRIMARY KEY"),
        ("url", "TEXT NOT NULL"),
        ("site", "TEXT NOT NULL"),
        ("title", "TEXT"),
        ("versions", "INTEGER NOT NULL"),
        ("first_seen", "TEXT NOT NULL"),
        ("last_changed", "TEXT NOT NULL"),
    ],
    "versions": [
        ("article", "TEXT NOT NULL"),
        ("version", "INTEGER NOT NULL"),
        ("commit_sha", "TEXT NOT NULL"),
        ("observed_at", "TEXT NOT NULL"),
        ("url", "TEXT NOT NULL"),
        ("title", "TEXT"),
        ("event", "TEXT"),
        ("size", "INTEGER"),
        ("sha256", "TEXT"),
    ],
    "changes": [
        ("article", "TEXT NOT NULL"),
        ("old_version", "INTEGER NOT NULL"),
        ("new_version", "INTEGER NOT NULL"),
        ("position", "INTEGER NOT NULL"),
        ("field", "TEXT NOT NULL"),
        ("kind", "TEXT NOT NULL"),
        ("significance", "TEXT NOT NULL"),
        ("before", "TEXT NOT NULL"),
        ("after", "TEXT NOT NULL"),
        ("old_sentence", "TEXT NOT NULL"),
        ("new_sentence", "TEXT NOT NULL"),
        ("old_paragraph", "INTEGER"),
        ("new_paragraph", "INTEGER"),
    ],
    "notices": [
        ("article", "TEXT NOT NULL"),
        ("first_version", "INTEGER"),
        ("first_seen", "TEXT NOT NULL"),
        ("kind", "TEXT NOT NULL"),
        ("status", "TEXT NOT NULL"),
        ("text", "TEXT NOT NULL"),
        ("date", "TEXT"),
        ("error_verb", "TEXT"),
        ("subject", "TEXT"),
        ("wrong", "TEXT"),
        ("right", "TEXT"),
        ("language", "TEXT"),
        ("paragraph", "INTEGER"),
        ("source", "TEXT"),
        ("last_seen_version", "INTEGER"),
        ("wording_changed", "INTEGER NOT NULL"),
        ("removed_in_version", "INTEGER"),
        ("evidence_old_version", "INTEGER"),
        ("evidence_new_version", "INTEGER"),
        ("evidence_kind", "TEXT"),
        ("evidence_before", "TEXT"),
        ("evidence_after", "TEXT"),
        ("note", "TEXT NOT NULL"),
    ],
    "stealth_edits": [
        ("article", "TEXT NOT NULL"),
        ("old_version", "INTEGER"),
        ("new_version", "INTEGER"),
        ("observed_at", "TEXT NOT NULL"),
        ("kind", "TEXT NOT NULL"),
        ("before", "TEXT NOT NULL"),
        ("after", "TEXT NOT NULL"),
        ("old_sentence", "TEXT NOT NULL"),
        ("new_sentence", "TEXT NOT NULL"),
    ],
    "sentence_pairs": [
        ("article", "TEXT NOT NULL"),
        ("old_version", "INTEGER NOT NULL"),
        ("new_version", "INTEGER NOT NULL"),
        ("position", "INTEGER NOT NULL"),
        ("operation", "TEXT NOT NULL"),
        ("old_index", "INTEGER"),
        ("new_index", "INTEGER"),
        ("old_sentence", "TEXT"),
        ("new_sentence", "TEXT"),
    ],
}

Row = tuple[Any, ...]


def _articles(index: Index) -> Iterator[Row]:
    from revtrack.corrections import site_of

    for a in sorted(index.articles(), key=lambda a: a.path):
        yield (a.path, a.url, site_of(a.url), a.title, a.versions, a.first_seen.isoformat(),
               a.last_changed.isoformat())  # fmt: skip


def _versions(index: Index) -> Iterator[Row]:
    yield from index.rows(
        "SELECT article, number, commit_sha, observed_at, url, title, event, size, sha256 "
        "FROM versions ORDER BY article, number"
    )


def _changes(index: Index) -> Iterator[Row]:
    yield from index.rows(
        "SELECT c.article, c.old_version, c.new_version, c.position, c.field, c.kind, "
        "c.significance, c.before, c.after, c.old_sentence, c.new_sentence, c.old_paragraph, "
        "c.new_paragraph FROM changes c ORDER BY c.article, c.new_version, c.position"
    )


def _notices(index: Index) -> Iterator[Row]:
    for e in index.correction_log():
        n, ev = e.notice, e.evidence
        yield (
            e.article, e.first_version, e.first_seen.isoformat(), n.kind, e.status, n.text,
            n.date, n.error_verb, n.subject, n.wrong, n.right, n.language, n.paragraph,
            n.source, e.last_seen_version, int(e.wording_changed), e.removed_in_version,
            ev.old_version if ev else None, ev.new_version if ev else None,
            ev.kind if ev else None, ev.before if ev else None, ev.after if ev else None,
            e.note,
        )  # fmt: skip


def _stealth(index: Index) -> Iterator[Row]:
    for s in index.stealth_edits():
        yield (s.article, s.old_version, s.new_version, s.observed_at.isoformat(), s.kind,
               s.before, s.after, s.old_sentence, s.new_sentence)  # fmt: skip


def sentence_pairs(index: Index, progress: Progress | None = None) -> Iterator[Row]:
    """One row per aligned sentence pair of each pair of consecutive versions.

    A sentence kept, edited or moved gives one row with both sentences; an added one has
    no old sentence and a removed one no new sentence; a split gives one row per new
    sentence and a merge one per old sentence, all labelled with the operation.
    """
    from revtrack.diff import compare
    from revtrack.index.derive import ArticleView
    from revtrack.store import REEXTRACTED

    every = index.all_versions()
    for done, path in enumerate(sorted(every), start=1):
        versions = every[path]
        view = ArticleView(index.store, path, versions)
        for old, new in pairwise(versions):
            if new.event == REEXTRACTED:
                continue  # the same page read again is not an edit
            comparison = compare(view.read(old), view.read(new))
            olds, news = comparison.old_sentences, comparison.new_sentences
            position = 0
            for pair in comparison.sentences:
                for i, j in _links(pair.old, pair.new):
                    yield (
                        path, old.number, new.number, position, pair.status, i, j,
                        None if i is None else comparison.old_text[slice(*olds[i])],
                        None if j is None else comparison.new_text[slice(*news[j])],
                    )  # fmt: skip
                    position += 1
        if progress is not None:
            progress("Aligning sentences", done, len(every))


def _links(old: tuple[int, ...], new: tuple[int, ...]) -> list[tuple[int | None, int | None]]:
    if not old:
        return [(None, j) for j in new]
    if not new:
        return [(i, None) for i in old]
    if len(old) == 1:
        return [(old[0], j) for j in new]
    return [(i, new[0]) for i in old]


def _sources(index: Index, progress: Progress | None) -> dict[str, Callable[[], Iterator[Row]]]:
    return {
        "articles": lambda: _articles(index),
        "versions": lambda: _versions(index),
        "changes": lambda: _changes(index),
        "notices": lambda: _notices(index),
        "stealth_edits": lambda: _stealth(index),
        "sentence_pairs": lambda: sentence_pairs(index, progress),
    }


def export_sqlite(index: Index, target: Path, *, progress: Progress | None = None) -> None:
    """Write the export tables to a new SQLite file at ``target``.

    The file is written beside the target and renamed into place when complete, so a
    reader (or a killed export) never sees half an export.
    """
    if target.exists():
        raise UserError(f"{target} already exists; remove it or choose another file name.")
    index.refresh(derive=True)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise UserError(f"{parent} is not a folder; create it first or choose another path.")
    fd, tmp = tempfile.mkstemp(prefix=".revtrack-export-", suffix=".sqlite", dir=parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("BEGIN")
            for table, columns in EXPORT_TABLES.items():
                spec = ", ".join(f"{name} {kind}" for name, kind in columns)
                conn.execute(f"CREATE TABLE {table} ({spec})")
            for table, rows in _sources(index, progress).items():
                marks = ",".join("?" * len(EXPORT_TABLES[table]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows())  # noqa: S608
            for table in ("versions", "changes", "notices", "stealth_edits", "sentence_pairs"):
                conn.execute(f"CREATE INDEX {table}_article ON {table} (article)")
            conn.execute("COMMIT")
        finally:
            conn.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_jsonl(index: Index, folder: Path, *, progress: Progress | None = None) -> list[Path]:
    """Write one ``TABLE.jsonl`` file per export table into ``folder``; the files written."""
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is a file; give a folder for the JSON lines export.")
    folder.mkdir(parents=True, exist_ok=True)
    index.refresh(derive=True)
    written = []
    for table, rows in _sources(index, progress).items():
        names = [name for name, _kind in EXPORT_TABLES[table]]
        target = folder / f"{table}.jsonl"
        tmp = folder / f".{table}.jsonl.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            for row in rows():
                handle.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False))
                handle.write("\n")
        os.replace(tmp, target)
        written.append(target)
    return written
