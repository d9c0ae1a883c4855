"""Writing git objects and moving the branch without a work tree or an index.

Staging through a work tree that holds every article gets slower as the store grows and
leaves an index to corrupt when cron kills a run. Instead each version writes its blob,
the trees along its path, and a commit as loose objects (each written to a temporary file
and renamed, so a half-written object never has its final name), and only then moves the
branch by writing ``<ref>.lock`` and renaming it over the ref, the way git does. A kill at
any moment leaves the branch on a complete commit, before or after.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

BLOB_MODE = 0o100644
TREE_MODE = 0o040000
EMPTY_TREE = bytes.fromhex("4b825dc642cb6eb9a060e54bf8d69288fbee4904")

ReadObject = Callable[[bytes], bytes]


# A temporary object file older than this was left by a write that was killed: writers
# hold the store's writer lock, and git's own temporary files live for moments.
STALE_TEMP_SECONDS = 60.0


def sweep_temporary(objects_dir: Path, *, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove what a killed write left in the object folders; gives how many files.

    Called with the writer lock held, once per writer: a kill between creating a
    temporary file and renaming it leaves it behind, and nothing else would remove it.
    A pack's index is installed before its pack (``store/packs.py``), so a kill between
    the two renames leaves a ``pack-*.idx`` without its ``.pack``: git and gitdb pass
    over it, but ``git count-objects`` calls it garbage, so it goes too.
    """
    removed = 0
    cutoff = time.time() - older_than
    pack_dir = objects_dir / "pack"
    folders = [pack_dir]
    try:
        folders += [Path(e.path) for e in os.scandir(objects_dir) if len(e.name) == 2]
    except OSError:
        return 0
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        names = {entry.name for entry in entries}
        for entry in entries:
            stray_index = (
                folder == pack_dir
                and entry.name.startswith("pack-")
                and entry.name.endswith(".idx")
                and entry.name[: -len(".idx")] + ".pack" not in names
            )
            if not (stray_index or entry.name.startswith(("tmp_obj_", "tmp_pack_", "tmp_idx_"))):
                continue
            try:
                if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


class ObjectWriter:
    """Writes loose objects into a repository's object directory."""

    def __init__(self, git_dir: Path) -> None:
        self._objects = git_dir / "objects"
        self._swept = False

    def write(self, kind: str, data: bytes) -> bytes:
        """Store one object and return its binary SHA-1 (a no-op when it exists)."""
        raw = f"{kind} {len(data)}\0".encode() + data
        sha = hashlib.sha1(raw, usedforsecurity=False).digest()
        hexsha = sha.hex()
        folder = self._objects / hexsha[:2]
        final = folder / hexsha[2:]
        if final.exists():
            return sha
        if not self._swept:
            self._swept = True
            sweep_temporary(self._objects)
        folder.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix="tmp_obj_", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(zlib.compress(raw, 1))
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, final)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha


def _sort_key(entry: tuple[bytes, int, str]) -> bytes:
    # git orders a tree's entries by name, comparing a subtree's name as if it ended in "/".
    _sha, mode, name = entry
    return name.encode() + (b"/" if mode == TREE_MODE else b"")


def write_tree_with(
    read: ReadObject,
    writer: ObjectWriter,
    tree: bytes | None,
    path: str,
    blob: bytes | None,
) -> bytes:
    """A new tree equal to ``tree`` with ``path`` set to ``blob`` (or removed when None).

    Only the trees along ``path`` are rewritten; every other entry is reused as it is.
    """
    # GitPython's tree codec is loaded by the first loose write, not by every command that
    # opens a store: importing ``git`` costs a query about a fifth of its start-up.
    from git.objects.fun import tree_entries_from_data, tree_to_stream

    head, _, rest = path.partition("/")
    entries = tree_entries_from_data(read(tree)) if tree and tree != EMPTY_TREE else []
    current = {name: (sha, mode) for sha, mode, name in entries}
    if rest:
        sub = current.get(head)
        sub_sha = sub[0] if sub and sub[1] == TREE_MODE else None
        new_sub = write_tree_with(read, writer, sub_sha, rest, blob)
        if new_sub == EMPTY_TREE:
            current.pop(head, None)
        else:
            current[head] = (new_sub, TREE_MODE)
    elif blob is None:
        current.pop(head, None)
    else:
        current[head] = (blob, BLOB_MODE)
    new_entries = sorted(
        ((sha, mode, name) for name, (sha, mode) in current.items()), key=_sort_key
    )
    chunks: list[bytes] = []
    tree_to_stream(new_entries, chunks.append)  # type: ignore[arg-type]
    return writer.write("tree", b"".join(chunks))


def tree_entry(read: ReadObject, tree: bytes, path: str) -> bytes | None:
    """The binary SHA at ``path`` inside ``tree``, or None."""
    current: bytes | None = tree
    for part in path.split("/"):
        if current is None:
            return None
        current = _entry_sha(read(current), part.encode())
    return current


def _entry_sha(data: bytes, name: bytes) -> bytes | None:
    """The SHA of entry ``name`` in raw tree ``data`` (``<mode> <name>\0<20-byte sha>`` each).

    Reading every version of every article looks up a path through a host tree of up to
    256 shards each time; scanning the raw bytes for the one name is several times
    faster than building and validating every entry as GitPython's parser does.
    """
    pos, end = 0, len(data)
    while pos < end:
        nul = data.index(b"\0", pos)
        if data[data.index(b" ", pos, nul) + 1 : nul] == name:
            return data[nul + 1 : nul + 21]
        pos = nul + 21
    return None


def commit_bytes(
    tree: bytes,
    parent: bytes | None,
    message: str,
    *,
    identity: str,
    timestamp: int,
    offset: str = "+0000",
) -> bytes:
    """The raw content of a commit object."""
    lines = [f"tree {tree.hex()}"]
    if parent is not None:
        lines.append(f"parent {parent.hex()}")
    stamp = f"{identity} {timestamp} {offset}"
    lines += [f"author {stamp}", f"committer {stamp}", "", message.rstrip("\n"), ""]
    return "\n".join(lines).encode()


class RefConflictError(RuntimeError):
    """The branch moved while a commit was being prepared."""


def read_ref(git_dir: Path, ref: str) -> bytes | None:
    """The binary SHA a ref points at: the loose ref file first, then packed-refs."""
    loose = git_dir / ref
    if loose.is_file():
        value = loose.read_text().strip()
        if value:
            return bytes.fromhex(value)
    packed = git_dir / "packed-refs"
    if packed.is_file():
        for line in packed.read_text().splitlines():
            if line.endswith(" " + ref) and not line.startswith(("#", "^")):
                return bytes.fromhex(line.split(" ", 1)[0])
    return None


def update_ref(git_dir: Path, ref: str, new: bytes, expected: bytes | None) -> None:
    """Move ``ref`` to ``new`` if it still points at ``expected`` (compare and swap).

    The caller holds the store's writer lock, so a ``.lock`` file found here was left by a
    killed process and is stale.
    """
    target = git_dir / ref
    lock = target.with_name(target.name + ".lock")
    target.parent.mkdir(parents=True, exist_ok=True)
    lock.unlink(missing_ok=True)
    fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        if read_ref(git_dir, ref) != expected:
            raise RefConflictError(ref)
        os.write(fd, new.hex().encode() + b"\n")
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(lock, target)
    finally:
        if fd != -1:
            os.close(fd)
        lock.unlink(missing_ok=True)


def blob_sha(data: bytes) -> bytes:
    """The SHA a blob of ``data`` would have, without writing it."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).digest()
