"""Writing many versions at once: objects gathered in memory and written as one pack.

A loose object costs a file of its own (created, written, fsynced, renamed) and each
version makes five of them: at newsroom scale that is most of the cost of a write, and
``git fast-import`` is several times faster because it writes one packfile. A batch does
the same: the objects of many versions are kept in memory and, at a checkpoint, written
as one pack and its index (each to a temporary name, fsynced, then renamed), and only
then is the branch moved. A run
killed before a checkpoint leaves the branch where it was and at worst a temporary file
or an index without its pack (both removed by the next writer), never a half pack under
a pack's name.
"""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import tempfile
import zlib
from collections.abc import Callable
from contextlib import suppress
from itertools import pairwise
from pathlib import Path

from revtrack.store.objects import sweep_temporary

_TYPES = {"commit": 1, "tree": 2, "blob": 3}
_TREE_MODE = b"40000"
_BLOB_MODE = b"100644"
EMPTY_TREE = bytes.fromhex("4b825dc642cb6eb9a060e54bf8d69288fbee4904")
ReadObject = Callable[[bytes], bytes]
Entries = dict[bytes, tuple[bytes, bytes]]  # name -> (mode, sha)
# Packs a store may hold after a checkpoint before the writer rolls the small ones up:
# few enough that a lookup walking them stays cheap, enough that rollups are rare (git's
# geometric rollup absorbs a big pack once the small ones add up to half of it, so a
# low limit rewrote the whole store every few dozen checkpoints: at 16, half the time of
# a 100,000-version import).
ROLL_UP_AT = 32
# Each pack kept must hold at least this many times the objects of the next smaller one
# (git's ``repack --geometric`` factor).
GEOMETRIC_FACTOR = 2


class PackWriter:
    """Gathers objects for one pack; ``write`` has ``ObjectWriter.write``'s signature."""

    def __init__(self, git_dir: Path) -> None:
        self._pack_dir = git_dir / "objects" / "pack"
        self._entries: list[tuple[bytes, bytes]] = []  # (sha, packed entry)
        self._data: dict[bytes, bytes] = {}  # sha -> raw content, for reading back
        self._trees: dict[bytes, Entries] = {}  # sha -> parsed entries, kept across packs
        self._swept = False

    def __len__(self) -> int:
        return len(self._entries)

    def write(self, kind: str, data: bytes) -> bytes:
        """Add one object and return its binary SHA-1 (once per object)."""
        sha = hashlib.sha1(f"{kind} {len(data)}\0".encode() + data, usedforsecurity=False).digest()
        if sha not in self._data:
            self._data[sha] = data
            entry = _entry_header(_TYPES[kind], len(data)) + zlib.compress(data, 1)
            self._entries.append((sha, entry))
        return sha

    def entries(self, read: ReadObject, tree: bytes) -> Entries:
        """The parsed entries of ``tree`` (parsed once, then kept)."""
        found = self._trees.get(tree)
        if found is None:
            found = self._trees[tree] = _parse_tree(read(tree))
        return found

    def write_tree(self, entries: Entries) -> bytes:
        """Add a tree with ``entries``; its SHA-1."""
        sha = self.write("tree", _format_tree(entries))
        if len(self._trees) > 100_000:  # a bound on memory: the cache is only a shortcut
            self._trees.clear()
        self._trees[sha] = entries
        return sha

    def forget(self, tree: bytes) -> None:
        """Drop the parsed entries of a tree the branch no longer holds.

        Only the trees along the branch's tip are looked up again, so the cache keeps
        as many trees as the tip has, instead of one per version written.
        """
        self._trees.pop(tree, None)

    def lookup(self, read: ReadObject, tree: bytes, path: str) -> bytes | None:
        """The SHA at ``path`` inside ``tree``, or None, through the parsed trees.

        ``objects.tree_entry`` reads each raw tree again; in a batch the trees along the
        tip are parsed already, so asking for an article's current file reads nothing
        from the packs, however many the store holds.
        """
        current = tree
        parts = path.encode().split(b"/")
        for depth, part in enumerate(parts):
            found = self.entries(read, current).get(part) if current != EMPTY_TREE else None
            if found is None:
                return None
            if depth < len(parts) - 1 and found[0] != _TREE_MODE:
                return None
            current = found[1]
        return current

    def read(self, sha: bytes) -> bytes | None:
        """The content of an object written since the last ``finish``, else None."""
        return self._data.get(sha)

    def finish(self) -> Path | None:
        """Write the gathered objects as one pack and its index; None when there were none."""
        if not self._entries:
            return None
        self._pack_dir.mkdir(parents=True, exist_ok=True)
        if not self._swept:  # what a killed batch left, once per writer (under its lock)
            self._swept = True
            sweep_temporary(self._pack_dir.parent)
        header = b"PACK" + struct.pack(">II", 2, len(self._entries))
        digest = hashlib.sha1(header, usedforsecurity=False)
        offsets: dict[bytes, tuple[int, int]] = {}
        position = len(header)
        for sha, entry in self._entries:
            digest.update(entry)
            offsets[sha] = (position, zlib.crc32(entry))
            position += len(entry)
        checksum = digest.digest()
        name = f"pack-{checksum.hex()}"
        # The index goes in first: git finds packs by their index and gitdb by their pack
        # file, and each passes over the other kind of file alone, so a kill between the
        # two renames leaves a stray index that neither reads.
        self._install(name + ".idx", [_index(offsets, checksum)])
        pack = self._install(
            name + ".pack", [header, *(entry for _sha, entry in self._entries), checksum]
        )
        self._entries, self._data = [], {}
        return pack

    def _install(self, name: str, chunks: list[bytes]) -> Path:
        target = self._pack_dir / name
        fd, tmp = tempfile.mkstemp(prefix="tmp_pack_", dir=self._pack_dir)
        try:
            with os.fdopen(fd, "wb") as handle:
                for chunk in chunks:
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target


def _entry_header(kind: int, size: int) -> bytes:
    """A pack entry's type and size: 4 bits of size in the first byte, 7 in each next one."""
    out = bytearray()
    byte = (kind << 4) | (size & 0x0F)
    size >>= 4
    while size:
        out.append(byte | 0x80)
        byte = size & 0x7F
        size >>= 7
    out.append(byte)
    return bytes(out)


def _index(offsets: dict[bytes, tuple[int, int]], pack_checksum: bytes) -> bytes:
    """A version 2 pack index for objects at ``offsets`` (sha -> (offset, crc32))."""
    shas = sorted(offsets)
    fanout = [0] * 256
    for sha in shas:
        fanout[sha[0]] += 1
    total = 0
    for i in range(256):
        total += fanout[i]
        fanout[i] = total
    large = [offsets[s][0] for s in shas if offsets[s][0] >= 0x80000000]
    small = []
    for sha in shas:
        offset = offsets[sha][0]
        small.append(0x80000000 | large.index(offset) if offset >= 0x80000000 else offset)
    body = b"".join(
        [
            b"\377tOc",
            struct.pack(">I", 2),
            struct.pack(">256I", *fanout),
            *shas,
            struct.pack(f">{len(shas)}I", *(offsets[s][1] for s in shas)),
            struct.pack(f">{len(shas)}I", *small),
            struct.pack(f">{len(large)}Q", *large),
            pack_checksum,
        ]
    )
    return body + hashlib.sha1(body, usedforsecurity=False).digest()


def _parse_tree(data: bytes) -> Entries:
    """A raw tree's entries (``<mode> <name>\0<20-byte sha>`` each), without validation:
    these trees were written by revtrack, whose paths are checked when they are made."""
    entries: Entries = {}
    pos, end = 0, len(data)
    while pos < end:
        space = data.index(b" ", pos)
        nul = data.index(b"\0", space)
        entries[data[space + 1 : nul]] = (data[pos:space], data[nul + 1 : nul + 21])
        pos = nul + 21
    return entries


def _format_tree(entries: Entries) -> bytes:
    # git orders a tree's entries by name, comparing a subtree's name as if it ended in "/".
    names = sorted(entries, key=lambda n: n + b"/" if entries[n][0] == _TREE_MODE else n)
    return b"".join(entries[n][0] + b" " + n + b"\0" + entries[n][1] for n in names)


def write_tree_with(
    read: ReadObject, writer: PackWriter, tree: bytes | None, path: str, blob: bytes
) -> bytes:
    """``revtrack.store.objects.write_tree_with`` for a batch: a new tree equal to ``tree``
    with ``path`` set to ``blob``, keeping each tree parsed so that the next version's
    write does not parse it again (tested to give the same trees)."""
    return _set_path(read, writer, tree, path.encode().split(b"/"), blob)


def _set_path(
    read: ReadObject, writer: PackWriter, tree: bytes | None, parts: list[bytes], blob: bytes
) -> bytes:
    entries = dict(writer.entries(read, tree)) if tree and tree != EMPTY_TREE else {}
    head, rest = parts[0], parts[1:]
    if rest:
        current = entries.get(head)
        sub = current[1] if current and current[0] == _TREE_MODE else None
        entries[head] = (_TREE_MODE, _set_path(read, writer, sub, rest, blob))
    else:
        entries[head] = (_BLOB_MODE, blob)
    new = writer.write_tree(entries)
    if tree and tree != new:
        writer.forget(tree)
    return new


def pack_sizes(pack_dir: Path) -> list[int]:
    """The number of objects in each pack of the folder (read from the indexes' headers)."""
    sizes = []
    for idx in pack_dir.glob("pack-*.idx"):
        if not idx.with_suffix(".pack").is_file():
            continue  # a stray index (see ``objects.sweep_temporary``)
        with suppress(OSError), open(idx, "rb") as handle:
            header = handle.read(8 + 256 * 4)
            if len(header) == 8 + 256 * 4 and header[:4] == b"\377tOc":
                sizes.append(struct.unpack(">I", header[-4:])[0])
    return sizes


def is_geometric(sizes: list[int], factor: int = GEOMETRIC_FACTOR) -> bool:
    """Whether every pack holds ``factor`` times the objects of the next smaller one:
    then ``git repack --geometric`` has nothing to roll up."""
    ordered = sorted(sizes)
    return all(big >= factor * small for small, big in pairwise(ordered))


def roll_up(git_dir: Path, *, limit: int = ROLL_UP_AT, deltas: bool = False) -> bool:
    """Merge the small packs once the store holds more than ``limit``; whether it ran.

    A batch adds a pack at each checkpoint, and every object lookup (gitdb's, git's)
    walks the pack indexes one by one, so a long batch that left a hundred packs read
    ever slower as it went. ``git repack -d --geometric`` rolls the smallest packs (and
    loose objects) into one until every pack left holds at least twice the objects of
    the next smaller, leaving the big ones alone: the count stays small however long the
    run, and each object is copied a few times over its life. Without ``deltas`` the
    objects are copied as they are stored (deltas found earlier are kept): searching for
    deltas costs more than writing the versions did, so a batch leaves it to the upkeep
    after the run (``GitStore.maintain``). git writes the new pack before it removes the
    old ones, so a reader never misses an object, and a kill leaves the old packs in
    place. A failure loses nothing: the packs stay as they were.
    """
    sizes = pack_sizes(git_dir / "objects" / "pack")
    if len(sizes) <= limit or is_geometric(sizes):
        return False
    command = ["git", "--git-dir", str(git_dir), "repack", "-d", "-q"]
    command += [f"--geometric={GEOMETRIC_FACTOR}", "--no-write-bitmap-index"]
    if not deltas:
        command.append("--window=0")
    with suppress(OSError):
        subprocess.run(  # noqa: S603  (git from the PATH, as GitPython runs it)
            command, capture_output=True, check=False
        )
    return True
