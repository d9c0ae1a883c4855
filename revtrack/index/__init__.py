"""The store's index: an SQLite cache of what the listing commands read, rebuilt from git.

``revtrack log``, ``articles``, ``corrections`` and ``corrections --stealth`` would
otherwise read the whole git history, and diff every pair of versions, on each call.
The index keeps the answers in ``revtrack/index.sqlite3`` inside the store's git
directory (not part of any commit), and git stays the only source of truth:

- the index remembers the last commit it read; when the branch has moved on (a snapshot,
  or plain git: a pull), it reads only the commits after that one, and when that commit
  is no longer on the branch (a reset, a rewritten history) it reads everything again;
- each article's derived rows (changes, correction entries, stealth edits) are stamped
  with the version of the code that computed them (``computation``), and computed again
  when that code changes or the article gets a new version;
- a missing, unreadable or older-schema index file is rebuilt, with the same answers.

Readers never wait for a writer (WAL); writers of the index are serialised by
``revtrack/index.lock``, so two queries that both find the index behind do the work once.
See docs/design.md for the tables and the rules.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from revtrack.index import ingest
from revtrack.index.computation import computation_version
from revtrack.index.schema import MEMO_TABLES, SCHEMA, SCHEMA_VERSION, TABLES
from revtrack.models import ArticleSummary, Event, Version
from revtrack.store import BRANCH, GitStore
from revtrack.store import objects as git_objects
from revtrack.store.paths import EVENTS_SUFFIX, TEXT_SUFFIX

if TYPE_CHECKING:
    from revtrack.corrections import CorrectionEntry, StealthEdit
    from revtrack.index.derive import Derived
    from revtrack.store.history import Commit

T = TypeVar("T")
INDEX_FILE = Path("revtrack") / "index.sqlite3"
LOCK_FILE = Path("revtrack") / "index.lock"
# Taken by a writer while it waits for LOCK_FILE, so that a long computation, which lets
# the lock go between its batches, lets it go to that writer (see ``Index._let_others_in``).
QUEUE_FILE = Path("revtrack") / "index.queue"

# progress(stage, done, total): called while the index catches up, for a progress bar.
Progress = Callable[[str, int, int], None]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
# SQLite's codes for a file that is not a database or is damaged.
_CORRUPT = {11, 26}
# Derived rows are committed in batches of about this long, so a killed rebuild keeps
# most of its work and a reader sees progress.
_BATCH_SECONDS = 1.0
# Rows a streamed listing decodes at a time.
_CHUNK = 2000

__all__ = ["INDEX_FILE", "Index", "Progress", "catch_up", "open_index"]


def _us(at: datetime) -> int:
    return (at - _EPOCH) // _MICROSECOND


def _damaged(exc: sqlite3.Error) -> bool:
    """True for an index file that cannot be trusted (as opposed to a busy one)."""
    if getattr(exc, "sqlite_errorcode", None) in _CORRUPT:
        return True
    text = str(exc)
    return "no such table" in text or "no such column" in text or "malformed" in text


class Index:
    """An open index of one store; use ``open_index`` (or ``Index.open``) to get one."""

    def __init__(self, store: GitStore, progress: Progress | None = None) -> None:
        self.store = store
        self.path = store.path / INDEX_FILE
        self._progress = progress
        self._lock: IO[str] | None = None  # the writer lock's file, while it is held
        self._conn = self._connect()

    @classmethod
    def open(cls, store: GitStore, *, progress: Progress | None = None) -> Index:
        """Open the store's index and bring its commits up to the branch."""
        index = cls(store, progress)
        index.refresh()
        return index

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        """What ``GitStore.articles`` answers: every article, newest change first."""
        rows = self._query(
            "SELECT path, url, title, versions, first_seen, last_changed FROM articles "
            "ORDER BY last_us DESC, path DESC"
        )
        return [
            ArticleSummary(
                path=r[0],
                url=r[1],
                title=r[2],
                versions=r[3],
                first_seen=datetime.fromisoformat(r[4]),
                last_changed=datetime.fromisoformat(r[5]),
            )
            for r in rows
        ]

    def resolve_article(self, name: str) -> str:
        """The path of the one article ``name`` designates (URL, path or unique prefix)."""
        from revtrack.store.refs import resolve_article

        return resolve_article(name, self.articles())

    def versions(self, article: str) -> list[Version]:
        """What ``GitStore.versions`` answers: oldest first, numbered by observation time."""
        rows = self._query(
            "SELECT article, number, commit_sha, observed_at, url, title, event "
            "FROM versions WHERE article = ? ORDER BY number",
            (article,),
        )
        return [_version(r) for r in rows]

    def all_versions(self) -> dict[str, list[Version]]:
        """What ``GitStore.all_versions`` answers: every article's versions."""
        found: dict[str, list[Version]] = {}
        rows = self._query(
            "SELECT article, number, commit_sha, observed_at, url, title, event "
            "FROM versions ORDER BY article, number"
        )
        for row in rows:
            found.setdefault(row[0], []).append(_version(row))
        return found

    def events(self, article: str) -> list[Event]:
        """What ``GitStore.events`` answers: the article's events, oldest first."""
        rows = self._query(
            "SELECT commit_sha, observed_at, kind, detail FROM events WHERE article = ? "
            "ORDER BY observed_us, seq DESC",
            (article,),
        )
        return [Event(article, r[0], datetime.fromisoformat(r[1]), r[2], r[3]) for r in rows]

    def correction_log(self, articles: Iterable[str] | None = None) -> list[CorrectionEntry]:
        """What ``revtrack.corrections.correction_log`` answers, from the index."""
        from revtrack.corrections import CorrectionEntry, order_entries

        return order_entries(self._objects("corrections", articles, CorrectionEntry))

    def stealth_edits(self, articles: Iterable[str] | None = None) -> list[StealthEdit]:
        """What ``revtrack.corrections.stealth_edits`` answers, from the index."""
        from revtrack.corrections import StealthEdit, order_stealth

        return order_stealth(self._objects("stealth", articles, StealthEdit))

    def stealth_listing(
        self,
        articles: Iterable[str] | None = None,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        site: str | None = None,
    ) -> Iterator[StealthEdit]:
        """The stealth edits as ``corrections --stealth`` lists them, one at a time.

        The same edits, filters and order as sorting ``filter_stealth(stealth_edits())``
        by time and article (of equal ones, the most telling kind first, then by place),
        but read from SQLite in that order and decoded a few thousand at a time: on a
        store of 100,000 versions the list holds over a hundred thousand edits, and
        building, sorting and holding them all before the first line cost most of the
        listing (and memory that grew with the store). A row written by other code is
        computed again, and the listing goes on after what it already gave.
        """
        from revtrack.corrections import _STEALTH_RANK, StealthEdit, filter_stealth
        from revtrack.index import codec

        paths = list(articles) if articles is not None else None
        if paths == []:
            return
        self.refresh(derive=True if paths is None else paths)
        ranks = sorted(_STEALTH_RANK.items())
        rank = "CASE kind " + " ".join("WHEN ? THEN ?" for _ in ranks) + " ELSE 10 END"
        where, params = "", []
        if paths is not None:
            where = f"WHERE article IN ({','.join('?' * len(paths))}) "
            params += paths
        params += [v for pair in ranks for v in pair]  # the ORDER BY's, after the WHERE's
        sql = (
            f"SELECT data FROM stealth {where}"  # noqa: S608  (placeholders only)
            f"ORDER BY observed_at, article, {rank}, position"
        )
        given = 0
        while True:
            skip = given
            try:
                cursor = self._conn.execute(sql, params)
                while chunk := cursor.fetchmany(_CHUNK):
                    edits = codec.loads_many(StealthEdit, (row[0] for row in chunk))
                    for edit in filter_stealth(edits, since=since, until=until, site=site):
                        if skip:
                            skip -= 1
                            continue
                        given += 1
                        yield edit
                return
            except codec.StaleRowError:  # rows of other code under this code's stamp
                self._conn.execute("UPDATE articles SET derived = NULL")
                self.refresh(derive=True if paths is None else paths)

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only query on the index's tables (for exports), in one snapshot."""
        return self._query(sql, params)

    # -- keeping up with the branch ----------------------------------------------------------

    def refresh(self, *, derive: Iterable[str] | bool = False) -> None:
        """Read the commits the index has not seen; with ``derive``, the derived rows too.

        ``derive`` is True for every article or a list of article paths. Listing articles
        and versions needs only the commits, so ``log`` and ``articles`` never wait for
        the differ; ``corrections`` asks for the derived rows of what it lists.
        """
        self._guarded(lambda: self._refresh(derive))

    def follow(self) -> bool:
        """Read the commits after the last one this index knew, when that is all it needs.

        What a snapshot calls once it has stored versions: ``git log OLD..NEW`` only,
        never a whole rebuild (an empty index, a reset branch or another writer at work
        are left to the next query, which does what they need). True when the index is
        now at the branch. Derived rows wait for the query that asks for them.
        """
        known = self._meta("head")
        if known is None:
            return False
        head = git_objects.read_ref(self.store.path, BRANCH)
        if head is None or not ingest.is_ancestor(self.store.path, known, head.hex()):
            return False
        try:
            with self._writing(wait=False):
                if self._meta("head") != head.hex():
                    self._catch_up(head.hex())
        except BlockingIOError:
            return False
        return True

    def reindex(self) -> None:
        """Forget everything and rebuild from the git history alone."""

        def rebuild() -> None:
            head = git_objects.read_ref(self.store.path, BRANCH)
            with self._writing():
                # One transaction: readers see the old rows until the new ones are in.
                self._catch_up(head.hex() if head else None, rebuild=True)
                self._derive_pending(None)

        self._guarded(rebuild)

    def _refresh(self, derive: Iterable[str] | bool) -> None:
        head = git_objects.read_ref(self.store.path, BRANCH)
        head_hex = head.hex() if head else None
        wanted = None if derive is True else list(derive or [])
        if self._meta("head") == head_hex and not self._pending(wanted):
            return
        with self._writing():
            if self._meta("head") != head_hex:
                self._catch_up(head_hex)
            self._derive_pending(wanted)

    def _pending(self, wanted: list[str] | None) -> list[str]:
        """Articles (of ``wanted``, or all) whose derived rows are missing or stale."""
        stamp = computation_version()
        if wanted is None:
            sql = "SELECT path FROM articles WHERE derived IS NOT ? ORDER BY path"
            return [r[0] for r in self._conn.execute(sql, (stamp,))]
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        sql = f"SELECT path FROM articles WHERE derived IS NOT ? AND path IN ({marks})"  # noqa: S608
        return sorted(r[0] for r in self._conn.execute(sql, (stamp, *wanted)))

    def _catch_up(self, head: str | None, *, rebuild: bool = False) -> None:
        """Read the commits between the last one indexed and ``head``, in one transaction."""
        git_dir = self.store.path
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        known = None if rebuild else self._meta("head")
        try:
            if known is None or head is None or not ingest.is_ancestor(git_dir, known, head):
                self._clear()  # a reset or a rewritten history: read it all again
                known = None
            if head is not None:
                revisions = f"{known}..{head}" if known else head
                total = ingest.count_commits(git_dir, revisions)
                base = conn.execute("SELECT coalesce(max(seq), 0) FROM versions").fetchone()[0]
                events_base = conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()
                base = max(base, events_base[0])
                touched = self._ingest(ingest.commits(git_dir, revisions), base, total)
                self._renumber(touched)
            self._set_meta("head", head)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _ingest(self, commits: Iterator[Commit], base: int, total: int) -> set[str]:
        """Insert version and event rows for ``commits`` (newest first); the articles touched."""
        touched: set[str] = set()
        versions: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        for done, commit in enumerate(commits, start=1):
            seq = base + total - done + 1  # oldest of the batch gets base + 1
            when = commit.observed_at
            for name in commit.files:
                if name.endswith(TEXT_SUFFIX):
                    touched.add(name)
                    versions.append(
                        (name, seq, commit.sha, when.isoformat(), _us(when), commit.url or "",
                         commit.title, commit.event)
                    )  # fmt: skip
                elif name.endswith(EVENTS_SUFFIX) and commit.event is not None:
                    article = name[: -len(EVENTS_SUFFIX)] + TEXT_SUFFIX
                    events.append(
                        (article, seq, commit.sha, when.isoformat(), _us(when), commit.event,
                         commit.detail)
                    )  # fmt: skip
            if len(versions) + len(events) >= 5000:
                self._insert(versions, events)
                versions, events = [], []
            if self._progress is not None and (done % 500 == 0 or done == total):
                self._progress("Reading the history", done, total)
        self._insert(versions, events)
        return touched

    def _insert(self, versions: list[tuple[Any, ...]], events: list[tuple[Any, ...]]) -> None:
        self._conn.executemany(
            "INSERT INTO versions (article, seq, commit_sha, observed_at, observed_us, url, "
            "title, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            versions,
        )
        self._conn.executemany(
            "INSERT INTO events (article, seq, commit_sha, observed_at, observed_us, kind, "
            "detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
            events,
        )

    def _renumber(self, touched: set[str]) -> None:
        """Number the touched articles' versions by observation time and refresh their rows.

        An older copy imported later takes its place in the history, so numbers can shift;
        the article's derived rows are marked stale in the same step.
        """
        conn = self._conn
        for path in sorted(touched):
            rows = conn.execute(
                "SELECT seq, observed_at, url, title FROM versions WHERE article = ? "
                "ORDER BY observed_us, seq",
                (path,),
            ).fetchall()
            conn.executemany(
                "UPDATE versions SET number = ? WHERE article = ? AND seq = ?",
                [(n, path, row[0]) for n, row in enumerate(rows, start=1)],
            )
            latest = rows[-1]  # the last observed; of equal times, the last written
            conn.execute(
                "INSERT OR REPLACE INTO articles (path, url, title, versions, first_seen, "
                "last_changed, last_us, derived) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                (
                    path,
                    latest[2],
                    latest[3],
                    len(rows),
                    rows[0][1],
                    latest[1],
                    _us(datetime.fromisoformat(latest[1])),
                ),
            )

    def _derive_pending(self, wanted: list[str] | None) -> None:
        """Compute the derived rows of the pending articles, committing in batches."""
        from revtrack.index.derive import derive

        pending = self._pending(wanted)
        stamp = computation_version()
        conn = self._conn
        started = time.monotonic()
        conn.execute("BEGIN IMMEDIATE")
        try:
            if pending:  # results of other code are of no use again
                for table in MEMO_TABLES:
                    conn.execute(f"DELETE FROM {table} WHERE stamp != ?", (stamp,))  # noqa: S608
            for done, path in enumerate(pending, start=1):
                state = conn.execute("SELECT derived FROM articles WHERE path = ?", (path,))
                found = state.fetchone()
                if found is None or found[0] == stamp:  # gone, or done by another meanwhile
                    continue
                versions = self.versions_now(path)
                seqs = [
                    r[0]
                    for r in conn.execute(
                        "SELECT seq FROM versions WHERE article = ? ORDER BY number", (path,)
                    )
                ]
                rows = derive(self.store, path, versions, self._memo_rows)
                self._write_derived(path, versions, seqs, rows)
                conn.execute("UPDATE articles SET derived = ? WHERE path = ?", (stamp, path))
                if time.monotonic() - started > _BATCH_SECONDS:
                    conn.execute("COMMIT")
                    self._let_others_in()
                    conn.execute("BEGIN IMMEDIATE")
                    started = time.monotonic()
                if self._progress is not None:
                    self._progress("Comparing versions", done, len(pending))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _memo_rows(self, digests: list[str]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        """The notices and changes kept for texts of these digests, under this code's stamp."""
        stamp = computation_version()
        notices: dict[str, str] = {}
        changes: dict[tuple[str, str], str] = {}
        for start in range(0, len(digests), 400):  # within SQLite's limit on parameters
            part = digests[start : start + 400]
            marks = ",".join("?" * len(part))
            notices.update(
                self._conn.execute(
                    f"SELECT text_sha, data FROM memo_notices WHERE stamp = ? "  # noqa: S608
                    f"AND text_sha IN ({marks})",
                    (stamp, *part),
                ).fetchall()
            )
            for old, new, data in self._conn.execute(
                f"SELECT old_sha, new_sha, data FROM memo_changes WHERE stamp = ? "  # noqa: S608
                f"AND new_sha IN ({marks})",
                (stamp, *part),
            ):
                changes[(old, new)] = data
        return notices, changes

    def versions_now(self, article: str) -> list[Version]:
        """The article's versions, read inside the current transaction."""
        rows = self._conn.execute(
            "SELECT article, number, commit_sha, observed_at, url, title, event "
            "FROM versions WHERE article = ? ORDER BY number",
            (article,),
        )
        return [_version(r) for r in rows]

    def _write_derived(
        self, path: str, versions: list[Version], seqs: list[int], rows: Derived
    ) -> None:
        from revtrack.index.derive import change_row, correction_row, stealth_row

        conn = self._conn
        for table in ("changes", "corrections", "stealth"):
            conn.execute(f"DELETE FROM {table} WHERE article = ?", (path,))  # noqa: S608
        conn.executemany(
            "UPDATE versions SET size = ?, sha256 = ? WHERE article = ? AND seq = ?",
            [
                (size, digest, path, seq)
                for (size, digest), seq in zip(rows.sizes, seqs, strict=True)
            ],
        )
        changes = [
            change_row(path, seqs[i], pos, versions[i - 1].number or 0, versions[i].number or 0, c)
            for i, found in enumerate(rows.changes, start=1)
            for pos, c in enumerate(found)
        ]
        conn.executemany(f"INSERT INTO changes VALUES ({','.join('?' * 18)})", changes)  # noqa: S608
        conn.executemany(
            f"INSERT INTO corrections VALUES ({','.join('?' * 12)})",  # noqa: S608
            [correction_row(path, pos, e) for pos, e in enumerate(rows.entries)],
        )
        conn.executemany(
            "INSERT INTO stealth VALUES (?, ?, ?, ?, ?, ?)",
            [stealth_row(path, pos, s) for pos, s in enumerate(rows.stealth)],
        )
        if rows.memo is not None:
            stamp = computation_version()
            conn.executemany(
                "INSERT OR REPLACE INTO memo_notices VALUES (?, ?, ?)",
                [(stamp, key, data) for key, data in rows.memo.new_notices.items()],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO memo_changes VALUES (?, ?, ?, ?)",
                [(stamp, old, new, data) for (old, new), data in rows.memo.new_changes.items()],
            )

    def _objects(self, table: str, articles: Iterable[str] | None, cls: type[T]) -> list[T]:
        """The stored objects of ``table``, article by article in the order the library
        lists them (every article by path, or the given ones in their order)."""
        from revtrack.index.codec import StaleRowError

        paths = list(articles) if articles is not None else None
        self.refresh(derive=True if paths is None else paths)
        try:
            return self._decoded(table, paths, cls)
        except StaleRowError:  # rows of other code under this code's stamp: make them again
            self._conn.execute("UPDATE articles SET derived = NULL")
            self.refresh(derive=True if paths is None else paths)
            return self._decoded(table, paths, cls)

    def _decoded(self, table: str, paths: list[str] | None, cls: type[T]) -> list[T]:
        from revtrack.index import codec

        if paths is None:
            rows = self._query(f"SELECT data FROM {table} ORDER BY article, position")  # noqa: S608
            return codec.loads_many(cls, (r[0] for r in rows))
        if not paths:
            return []
        marks = ",".join("?" * len(paths))
        rows = self._query(
            f"SELECT article, data FROM {table} WHERE article IN ({marks}) "  # noqa: S608
            "ORDER BY article, position",
            tuple(paths),
        )
        by_article: dict[str, list[str]] = {}
        for article, data in rows:
            by_article.setdefault(article, []).append(data)
        return codec.loads_many(cls, (d for path in paths for d in by_article.get(path, [])))

    # -- the database ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._open_database()
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc):
                raise
        with self._writing():
            self._remove_files()
        return self._open_database()

    def _open_database(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=300, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                _create(conn)
            conn.execute("SELECT value FROM meta LIMIT 1").fetchall()
        except BaseException:
            conn.close()
            raise
        return conn

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    def _guarded(self, work: Callable[[], None]) -> None:
        """Run ``work``; if the file turns out damaged, rebuild it and run ``work`` again."""
        try:
            work()
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc):
                raise
            self._recover()
            work()

    def _recover(self) -> None:
        with suppress(sqlite3.Error):
            self._conn.close()
        with self._writing():
            self._remove_files()
        self._conn = self._open_database()

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc):
                raise
            self._recover()
            self.refresh()
            return self._conn.execute(sql, params).fetchall()

    def _clear(self) -> None:
        for table in TABLES:
            self._conn.execute(f"DELETE FROM {table}")  # noqa: S608

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @contextmanager
    def _writing(self, *, wait: bool = True) -> Iterator[None]:
        """Hold the index's writer lock, waiting for another writer to finish (or, without
        ``wait``, raising BlockingIOError at once when one is at work).

        A writer that waits holds the queue lock meanwhile: a long computation (a
        rebuild's derived rows, minutes at newsroom scale) lets the writer lock go
        between its batches and takes the queue lock before taking it back, so the one
        waiting goes first and a ``log`` or ``articles`` that needs only the commit rows
        waits about a batch (a second), not for the whole rebuild.
        """
        lock = self.store.path / LOCK_FILE
        with open(lock, "a") as handle:
            if wait:
                with self._queued():
                    fcntl.flock(handle, fcntl.LOCK_EX)
            else:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._lock = handle
            try:
                yield
            finally:
                self._lock = None
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def _queued(self) -> Iterator[None]:
        with open(self.store.path / QUEUE_FILE, "a") as queue:
            fcntl.flock(queue, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(queue, fcntl.LOCK_UN)

    def _let_others_in(self) -> None:
        """Between two committed batches: let a waiting writer have the lock, then go on."""
        handle = self._lock
        if handle is None:
            return
        fcntl.flock(handle, fcntl.LOCK_UN)
        with self._queued():  # held by a writer waiting for the lock: after it has it
            fcntl.flock(handle, fcntl.LOCK_EX)


def _create(conn: sqlite3.Connection) -> None:
    """Make the tables of this schema version, dropping those of any other."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Checked again under the write lock: another process may have just made them.
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            for table in (*TABLES, *MEMO_TABLES):
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _version(row: tuple[Any, ...]) -> Version:
    return Version(row[0], row[1], row[2], datetime.fromisoformat(row[3]), row[4], row[5], row[6])


def catch_up(store: GitStore) -> bool:
    """Bring the store's index, if it has one, up to the commits just written.

    Called by the writers (snapshots, watching passes) after they store versions, so a
    query afterwards finds them in the index already. Only the commit rows are read, and
    only incrementally (``Index.follow``): the run pays for its own commits and nothing
    more, and a store without an index is left without one (the first query builds it).
    A damaged index is left to the query as well. True when the index is at the branch.
    """
    if not (store.path / INDEX_FILE).is_file():
        return False
    try:
        with Index(store) as index:
            return index.follow()
    except sqlite3.DatabaseError as exc:
        if not _damaged(exc):
            raise
        return False


@contextmanager
def open_index(store: GitStore, *, progress: Progress | None = None) -> Iterator[Index]:
    """The store's index, up to date with the branch; closed on leaving the block."""
    index = Index.open(store, progress=progress)
    try:
        yield index
    finally:
        index.close()
