"""Taking snapshots of local inputs: files or standard input, each one an article version.

A snapshot of files is a run like a watching pass: it holds the store's run lock, so two
started together do not both work (the second stops at once and says so), and it writes
its versions in a batch (``GitStore.batch``), reporting them once they are on the branch.
Afterwards an index the store already has reads the new commits (``revtrack.index.catch_up``),
so the next query finds them there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from revtrack.errors import InputError, ItemError, RevtrackError
from revtrack.models import Version
from revtrack.pagedecode import MAX_INPUT_BYTES
from revtrack.store import GitStore

# A batch's versions reach the branch at least this often (and every BATCH_VERSIONS): a
# kill loses at most this much unreported work, and packs stay few.
BATCH_VERSIONS = 200
BATCH_SECONDS = 2.0


class StoreBusyError(ItemError):
    """Another run (a snapshot or a watching pass) holds the store, so nothing was stored.

    Unlike a watching pass, which the next cron run makes good, the inputs given here are
    stored by nobody else: the run fails (exit 1) and says to run it again.
    """


@dataclass(frozen=True)
class SnapshotResult:
    """What happened to one input: stored as a version, unchanged, or failed."""

    source: str
    version: Version | None = None
    error: str | None = None
    exit_code: int = 0

    @property
    def ok(self) -> bool:
        """True unless the input could not be stored."""
        return self.error is None


def read_limited(stream: BinaryIO, limit: int = MAX_INPUT_BYTES) -> bytes:
    """At most ``limit`` + 1 bytes of ``stream``: one byte too many is enough to refuse.

    Reading stops at the limit, so ``/dev/zero`` or gigabytes on standard input cost
    the limit and no more.
    """
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_input(source: str, stdin: bytes | None = None) -> bytes:
    """The bytes of a file (at most the input limit and one), or of standard input for ``-``."""
    if source == "-":
        return stdin or b""
    path = Path(source)
    try:
        with path.open("rb") as handle:
            return read_limited(handle)
    except FileNotFoundError as exc:
        raise InputError(f"{source} does not exist; check the path.") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{source} is a folder; give the page or text file itself.") from exc
    except OSError as exc:
        raise InputError(
            f"{source} cannot be read ({exc.strerror}); check its permissions."
        ) from exc


def snapshot_inputs(
    store: GitStore,
    sources: list[str],
    *,
    at: datetime,
    url: str | None = None,
    stdin: bytes | None = None,
) -> list[SnapshotResult]:
    """Store each input as a version of its article; one bad input does not stop the rest.

    The article is named by ``url`` when given, else by the page's own canonical URL;
    a plain text file without ``url`` cannot be placed and is reported. Raises
    StoreBusyError, before reading anything, when another run holds the store.
    """
    from revtrack.watch.state import RunLockedError, run_lock

    try:
        with run_lock(store.path):
            results = _store_inputs(store, sources, at=at, url=url, stdin=stdin)
    except RunLockedError:
        raise StoreBusyError(
            f"Another revtrack run is writing to the store {store.path}, so nothing was "
            "stored; run this snapshot again when it has finished."
        ) from None
    if any(r.version is not None for r in results):
        from revtrack.index import catch_up

        store.index_history()
        catch_up(store)
    return results


def _store_inputs(
    store: GitStore, sources: list[str], *, at: datetime, url: str | None, stdin: bytes | None
) -> list[SnapshotResult]:
    results = []
    with store.batch(every=BATCH_VERSIONS, seconds=BATCH_SECONDS):
        for source in sources:
            results.append(_store_input(store, source, at=at, url=url, stdin=stdin))
    return results


def _store_input(
    store: GitStore, source: str, *, at: datetime, url: str | None, stdin: bytes | None
) -> SnapshotResult:
    # Loaded under the lock, not before it: a run that finds the store busy stops at once.
    from revtrack.extract import document_from_bytes

    label = "standard input" if source == "-" else source
    try:
        data = read_input(source, stdin)
        doc = document_from_bytes(data, url=url, source=label)
        if url:
            doc = replace(doc, url=url)
        if not doc.url:
            raise InputError(f"{label} names no URL of its own; give the article's URL with --url.")
        return SnapshotResult(label, store.put(doc, at=at))
    except RevtrackError as exc:
        return SnapshotResult(label, error=str(exc), exit_code=exc.exit_code)
