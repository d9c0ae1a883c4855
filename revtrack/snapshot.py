"""Taking snapshots of local inputs: files or standard input, each one an article version."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from revtrack.errors import InputError, RevtrackError
from revtrack.extract import document_from_bytes
from revtrack.models import Version
from revtrack.pagedecode import MAX_INPUT_BYTES
from revtrack.store import GitStore


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
    a plain text file without ``url`` cannot be placed and is reported.
    """
    results = []
    for source in sources:
        label = "standard input" if source == "-" else source
        try:
            data = read_input(source, stdin)
            doc = document_from_bytes(data, url=url, source=label)
            if url:
                doc = replace(doc, url=url)
            if not doc.url:
                raise InputError(
                    f"{label} names no URL of its own; give the article's URL with --url."
                )
            version = store.put(doc, at=at)
            results.append(SnapshotResult(label, version))
        except RevtrackError as exc:
            results.append(SnapshotResult(label, error=str(exc), exit_code=exc.exit_code))
    if any(r.version is not None for r in results):
        store.index_history()
    return results
