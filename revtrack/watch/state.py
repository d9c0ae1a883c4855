"""What a watching run remembers between runs, in SQLite inside the store.

The git history holds what articles said; this database holds what the scheduler and
the fetcher need: when each article was first seen, checked and changed, its HTTP
validators, its recent failures and text hashes (to spot A/B flips), paused sources,
and a log of runs for ``revtrack status``. It lives in the store's own directory so a
store moved or backed up keeps its schedule. A run commits as its versions reach the
branch (``WatchState.in_step_with``), so a killed run loses at most the batch it was on,
in the store and here alike.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from revtrack.errors import RevtrackError
from revtrack.schedule import Timing

if TYPE_CHECKING:
    from revtrack.store import GitStore

STATE_FILE = Path("revtrack") / "state.sqlite3"
LOCK_FILE = Path("revtrack") / "watch.lock"
_RECENT_HASHES = 6

# A paused source or host is tried once again after this long; success resumes it.
PAUSED_RETRY = timedelta(hours=24)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS article (
    url TEXT PRIMARY KEY,
    first_seen TEXT NOT NULL,
    last_checked TEXT,
    last_changed TEXT,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    recent_hashes TEXT NOT NULL DEFAULT '[]',
    identity TEXT
);
CREATE TABLE IF NOT EXISTS source (
    url TEXT PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0,
    paused_at TEXT,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS host (
    name TEXT PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0,
    paused_at TEXT,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT,
    fetched INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    failures_json TEXT NOT NULL DEFAULT '{}'
);
"""


class RunLockedError(RevtrackError):
    """Another run holds the store's watch lock, so this one does nothing.

    Not a failure of any item and not a mistake: runs every few minutes overlap when one
    is slow, and the next run picks up what this one would have done. So the command
    line says it in one plain line (no "Error:") and exits 0.
    """

    exit_code = 0


@dataclass(frozen=True)
class ArticleState:
    """One article's row."""

    url: str
    first_seen: datetime
    last_checked: datetime | None
    last_changed: datetime | None
    etag: str | None
    last_modified: str | None
    failures: int
    gone: bool
    recent_hashes: tuple[str, ...]
    identity: str | None = None
    refused: str | None = None
    unwatched: datetime | None = None

    @property
    def watched(self) -> bool:
        """Whether watching passes still check this article."""
        return self.refused is None and self.unwatched is None

    @property
    def timing(self) -> Timing:
        """What the schedule needs of this article."""
        return Timing(self.url, self.first_seen, self.last_checked, self.last_changed)


@dataclass(frozen=True)
class Pause:
    """A paused source (feed or section page) or article host, and when it is tried next."""

    kind: str
    name: str
    error: str
    since: datetime

    @property
    def retry_at(self) -> datetime:
        """When the next pass may try it once again."""
        return self.since + PAUSED_RETRY


@dataclass(frozen=True)
class RunRecord:
    """One logged run."""

    started: datetime
    finished: datetime | None
    fetched: int
    changed: int
    failed: int
    failures_by_host: dict[str, int]


def _iso(at: datetime | None) -> str | None:
    return None if at is None else at.astimezone(UTC).isoformat()


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class WatchState:
    """The state database of one store; use as a context manager."""

    def __init__(self, store_dir: Path) -> None:
        path = store_dir / STATE_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(article)")}
        # Stores made before refusals and unwatching were remembered gain the columns
        # in place.
        for column in ("refused", "unwatched"):
            if column not in columns:
                self._db.execute(f"ALTER TABLE article ADD COLUMN {column} TEXT")

    def __enter__(self) -> WatchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    @contextmanager
    def in_step_with(self, store: GitStore) -> Iterator[None]:
        """Write the store in a batch and keep this database in step with its branch.

        Inside the block, writes here are held in one transaction that is committed at
        each of the batch's checkpoints (and whenever no version is waiting for one,
        ``GitStore.settle``), so a kill never leaves a validator, text hash or gone flag
        recorded for a version or event the branch does not have: the next run fetches
        that page again in full and stores it.
        """
        self._db.execute("BEGIN")
        try:
            with store.batch(every=200, seconds=2.0, on_checkpoint=self._commit_held):
                yield
        finally:
            if self._db.in_transaction:
                self._db.execute("COMMIT")

    def _commit_held(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._db.execute("BEGIN")

    # -- articles ------------------------------------------------------------------

    def add_article(self, url: str, *, now: datetime) -> bool:
        """Start tracking ``url``; False when it was tracked already."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO article (url, first_seen) VALUES (?, ?)", (url, _iso(now))
        )
        return cursor.rowcount == 1

    def article(self, url: str) -> ArticleState | None:
        """Give one article's row, or None when it is not tracked."""
        row = self._db.execute(
            "SELECT url, first_seen, last_checked, last_changed, etag, last_modified,"
            " failures, gone, recent_hashes, identity, refused, unwatched FROM article"
            " WHERE url = ?",
            (url,),
        ).fetchone()
        return None if row is None else self._article(row)

    def articles(self) -> list[ArticleState]:
        """Every tracked article."""
        rows = self._db.execute(
            "SELECT url, first_seen, last_checked, last_changed, etag, last_modified,"
            " failures, gone, recent_hashes, identity, refused, unwatched FROM article"
            " ORDER BY url"
        ).fetchall()
        return [self._article(row) for row in rows]

    @staticmethod
    def _article(row: tuple[object, ...]) -> ArticleState:
        url, first, checked, changed, etag, modified, failures, gone, hashes, identity = row[:10]
        refused, unwatched = row[10], row[11]
        return ArticleState(
            url=str(url),
            first_seen=_dt(str(first)) or datetime.now(UTC),
            last_checked=_dt(checked if isinstance(checked, str) else None),
            last_changed=_dt(changed if isinstance(changed, str) else None),
            etag=etag if isinstance(etag, str) else None,
            last_modified=modified if isinstance(modified, str) else None,
            failures=int(str(failures)),
            gone=bool(gone),
            recent_hashes=tuple(json.loads(str(hashes))),
            identity=identity if isinstance(identity, str) else None,
            refused=refused if isinstance(refused, str) else None,
            unwatched=_dt(unwatched if isinstance(unwatched, str) else None),
        )

    def record_check(
        self,
        url: str,
        *,
        now: datetime,
        changed: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
        text_hash: str | None = None,
        gone: bool = False,
        identity: str | None = None,
    ) -> None:
        """Note a successful check (or a page found gone): failures reset to zero."""
        current = self.article(url)
        hashes = list(current.recent_hashes) if current else []
        if text_hash is not None:
            if text_hash in hashes:
                hashes.remove(text_hash)
            hashes = [text_hash, *hashes][:_RECENT_HASHES]
        self._db.execute(
            "UPDATE article SET last_checked = ?, failures = 0, gone = ?,"
            " last_changed = CASE WHEN ? THEN ? ELSE last_changed END,"
            " etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
            " recent_hashes = ?, identity = COALESCE(?, identity) WHERE url = ?",
            (
                _iso(now),
                int(gone),
                int(changed),
                _iso(now),
                etag,
                last_modified,
                json.dumps(hashes),
                identity,
                url,
            ),
        )

    def record_failure(self, url: str, *, now: datetime) -> int:
        """Note a failed check; the article stays due. Gives the failures in a row."""
        self._db.execute(
            "UPDATE article SET failures = failures + 1 WHERE url = ?",
            (url,),
        )
        current = self.article(url)
        return current.failures if current else 0

    def refuse(self, url: str, reason: str) -> None:
        """Stop watching ``url`` for good: its host is at an address revtrack never fetches.

        Asking again every pass would fail every pass until the article ages out; the
        refusal is said once and shown by ``status`` instead.
        """
        self._db.execute("UPDATE article SET refused = ? WHERE url = ?", (reason, url))

    def unwatch(self, url: str, *, now: datetime) -> bool:
        """Stop checking ``url`` (its stored versions stay); False when it was not watched.

        The row is kept, marked, rather than deleted: a feed that still lists the article
        would otherwise add it again on the next pass.
        """
        cursor = self._db.execute(
            "UPDATE article SET unwatched = ? WHERE url = ? AND unwatched IS NULL",
            (_iso(now), url),
        )
        return cursor.rowcount == 1

    def watch_again(self, url: str) -> bool:
        """Check an unwatched article again (it was named on the command line); True if it was."""
        cursor = self._db.execute(
            "UPDATE article SET unwatched = NULL WHERE url = ? AND unwatched IS NOT NULL", (url,)
        )
        return cursor.rowcount == 1

    def refused_articles(self) -> dict[str, str]:
        """Articles no longer watched because their address was refused, with the reason."""
        rows = self._db.execute(
            "SELECT url, refused FROM article WHERE refused IS NOT NULL ORDER BY url"
        ).fetchall()
        return {str(url): str(reason) for url, reason in rows}

    # -- article hosts ---------------------------------------------------------------

    def host_failed(self, name: str, error: str, *, now: datetime, pause_after: int) -> bool:
        """Note a pass in which a host never answered well; True when this paused it.

        The trial fetch of a paused host, failing, pauses it again (True again), so a
        pass says when it is tried next each time that moves, and at no other time.
        """
        self._db.execute(
            "INSERT INTO host (name, failures, last_error) VALUES (?, 1, ?)"
            " ON CONFLICT(name) DO UPDATE SET failures = failures + 1, last_error = ?",
            (name, error, error),
        )
        failures, paused = self._db.execute(
            "SELECT failures, paused_at FROM host WHERE name = ?", (name,)
        ).fetchone()
        if failures >= pause_after:
            # A paused host tried again and failing again is paused again from now.
            self._db.execute("UPDATE host SET paused_at = ? WHERE name = ?", (_iso(now), name))
            return paused is None or now - (_dt(paused) or now) >= PAUSED_RETRY
        return False

    def host_ok(self, name: str) -> None:
        """Note a host that answered: its failures are forgotten and a pause lifted."""
        self._db.execute("DELETE FROM host WHERE name = ?", (name,))

    def hosts_to_skip(self, *, now: datetime, retry_after: timedelta) -> set[str]:
        """Paused hosts not yet due for their one trial fetch."""
        rows = self._db.execute(
            "SELECT name, paused_at FROM host WHERE paused_at IS NOT NULL"
        ).fetchall()
        return {str(n) for n, paused_at in rows if now - (_dt(paused_at) or now) < retry_after}

    def paused_hosts(self) -> dict[str, str]:
        """Paused article hosts and the last error of each."""
        rows = self._db.execute(
            "SELECT name, COALESCE(last_error, '') FROM host WHERE paused_at IS NOT NULL"
            " ORDER BY name"
        ).fetchall()
        return {str(name): str(error) for name, error in rows}

    # -- sources -------------------------------------------------------------------

    def source_failed(self, url: str, error: str, *, now: datetime, pause_after: int) -> bool:
        """Note a feed or page that failed; True when this failure paused it (or, on the
        trial fetch a day later, paused it again)."""
        self._db.execute(
            "INSERT INTO source (url, failures, last_error) VALUES (?, 1, ?)"
            " ON CONFLICT(url) DO UPDATE SET failures = failures + 1, last_error = ?",
            (url, error, error),
        )
        failures, paused = self._db.execute(
            "SELECT failures, paused_at FROM source WHERE url = ?", (url,)
        ).fetchone()
        if failures >= pause_after:
            # A paused source tried again and failing again is paused again from now.
            self._db.execute("UPDATE source SET paused_at = ? WHERE url = ?", (_iso(now), url))
            return paused is None or now - (_dt(paused) or now) >= PAUSED_RETRY
        return False

    def sources_to_skip(self, *, now: datetime, retry_after: timedelta) -> set[str]:
        """Paused sources not yet due for their one trial fetch."""
        rows = self._db.execute(
            "SELECT url, paused_at FROM source WHERE paused_at IS NOT NULL"
        ).fetchall()
        return {str(url) for url, paused_at in rows if now - (_dt(paused_at) or now) < retry_after}

    def source_ok(self, url: str) -> None:
        """Note a feed or page that worked: its failures are forgotten."""
        self._db.execute("DELETE FROM source WHERE url = ?", (url,))

    def paused_sources(self) -> dict[str, str]:
        """Paused sources and the last error of each."""
        rows = self._db.execute(
            "SELECT url, COALESCE(last_error, '') FROM source WHERE paused_at IS NOT NULL"
            " ORDER BY url"
        ).fetchall()
        return {str(url): str(error) for url, error in rows}

    def pauses(self) -> list[Pause]:
        """Every paused source, then every paused host, each by name."""
        queries = (
            (
                "source",
                "SELECT url, COALESCE(last_error, ''), paused_at FROM source"
                " WHERE paused_at IS NOT NULL ORDER BY url",
            ),
            (
                "host",
                "SELECT name, COALESCE(last_error, ''), paused_at FROM host"
                " WHERE paused_at IS NOT NULL ORDER BY name",
            ),
        )
        found = []
        for kind, query in queries:
            for name, error, at in self._db.execute(query).fetchall():
                found.append(Pause(kind, str(name), str(error), _dt(at) or datetime.now(UTC)))
        return found

    def resume_source(self, url: str) -> None:
        """Unpause a source."""
        self.source_ok(url)

    # -- runs ----------------------------------------------------------------------

    def start_run(self, *, now: datetime) -> int:
        """Log the start of a run; gives its id."""
        cursor = self._db.execute("INSERT INTO run (started) VALUES (?)", (_iso(now),))
        return int(cursor.lastrowid or 0)

    def finish_run(
        self,
        run_id: int,
        *,
        now: datetime,
        fetched: int,
        changed: int,
        failed: int,
        failures_by_host: dict[str, int],
    ) -> None:
        """Log the end of a run and what it did."""
        self._db.execute(
            "UPDATE run SET finished = ?, fetched = ?, changed = ?, failed = ?,"
            " failures_json = ? WHERE id = ?",
            (_iso(now), fetched, changed, failed, json.dumps(failures_by_host), run_id),
        )

    def last_run(self) -> RunRecord | None:
        """The most recent run, finished or not."""
        row = self._db.execute(
            "SELECT started, finished, fetched, changed, failed, failures_json"
            " FROM run ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        started, finished, fetched, changed, failed, failures = row
        return RunRecord(
            _dt(started) or datetime.now(UTC),
            _dt(finished),
            fetched,
            changed,
            failed,
            dict(json.loads(failures)),
        )


@contextmanager
def run_lock(store_dir: Path) -> Iterator[None]:
    """Hold the store's watch lock, or raise at once when another run holds it."""
    path = store_dir / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunLockedError(
                f"Another revtrack run is busy with the store {store_dir}; "
                "this one stopped without fetching anything."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
