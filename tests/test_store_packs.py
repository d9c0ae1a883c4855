"""Batches: many versions written as one pack, with the branch moved only at checkpoints."""

from __future__ import annotations

import hashlib
import os
import subprocess
import time
import zlib
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.models import Document
from revtrack.store import GitStore, objects, packs
from revtrack.store.packs import PackWriter

T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)

_part = st.text(alphabet="abcdefgh-.", min_size=1, max_size=6).filter(
    lambda p: p not in {".", ".."}
)
_paths = st.lists(st.lists(_part, min_size=1, max_size=3).map("/".join), min_size=1, max_size=12)


def _fsck(store: GitStore) -> None:
    result = subprocess.run(
        ["git", "--git-dir", str(store.path), "fsck", "--strict"], capture_output=True, text=True
    )
    assert (result.returncode, result.stderr) == (0, "")


@settings(max_examples=60, deadline=None)
@given(paths=_paths, contents=st.lists(st.binary(max_size=20), min_size=12, max_size=12))
def test_a_batch_builds_the_same_trees_as_loose_writes(
    tmp_path_factory: pytest.TempPathFactory, paths: list[str], contents: list[bytes]
) -> None:
    """The same sequence of writes gives the same root tree either way (a file path that
    is later used as a folder, or the reverse, is replaced, as git would)."""
    git_dir = tmp_path_factory.mktemp("repo")
    (git_dir / "objects").mkdir()
    loose, pack = objects.ObjectWriter(git_dir), PackWriter(git_dir)

    def read(sha: bytes) -> bytes:
        found = pack.read(sha)
        if found is not None:
            return found
        obj = git_dir / "objects" / sha.hex()[:2] / sha.hex()[2:]
        return zlib.decompress(obj.read_bytes()).split(b"\0", 1)[1]

    loose_tree = pack_tree = None
    for path, data in zip(paths, contents, strict=False):
        loose_tree = objects.write_tree_with(
            read, loose, loose_tree, path, loose.write("blob", data)
        )
        pack_tree = packs.write_tree_with(read, pack, pack_tree, path, pack.write("blob", data))
        # Looking a path up through the parsed trees agrees with reading the raw ones.
        assert pack.lookup(read, pack_tree, path) == objects.tree_entry(read, loose_tree, path)
        assert pack.lookup(read, pack_tree, "missing") is None
        assert pack.lookup(read, pack_tree, path + "/below") is None  # a file is no folder
    assert pack_tree == loose_tree


def test_versions_written_in_a_batch_are_stored_once_it_ends(store: GitStore) -> None:
    other = GitStore.open(store.path)
    with store.batch(every=1000):
        for n in range(30):
            doc = Document(f"Story {n % 7}, take {n // 7}.", url=f"https://ex.com/s/{n % 7}")
            store.put(doc, at=T0 + timedelta(minutes=n))
        # Nothing is on the branch until the checkpoint; another reader sees the old state.
        assert other.articles() == []
    assert sorted(a.versions for a in other.articles()) == [4, 4, 4, 4, 4, 5, 5]
    latest = other.versions(other.resolve_article("https://ex.com/s/1"))[-1]
    assert other.read(latest).text == "Story 1, take 4."
    _fsck(store)
    assert list((store.path / "objects" / "pack").glob("*.pack"))
    assert not list((store.path / "objects" / "pack").glob("tmp_*"))


def test_a_batch_moves_the_branch_at_each_checkpoint(store: GitStore) -> None:
    other = GitStore.open(store.path)
    with store.batch(every=5):
        for n in range(12):
            store.put(Document(f"Take {n}.", url="https://ex.com/a"), at=T0 + timedelta(hours=n))
            seen = other.articles()
            assert (seen[0].versions if seen else 0) == (n + 1) // 5 * 5
    assert other.articles()[0].versions == 12
    _fsck(store)


def test_an_error_inside_a_batch_keeps_the_versions_before_it(store: GitStore) -> None:
    def write_then_fail() -> None:
        with store.batch():
            store.put(Document("First.", url="https://ex.com/a"), at=T0)
            store.put(Document("Second.", url="https://ex.com/a"), at=T0 + timedelta(hours=1))
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        write_then_fail()
    versions = store.versions(store.resolve_article("https://ex.com/a"))
    assert [store.read(v).text for v in versions] == ["First.", "Second."]
    _fsck(store)


def test_identical_content_in_a_batch_makes_no_commit(store: GitStore) -> None:
    with store.batch():
        assert store.put(Document("Same.", url="https://ex.com/a"), at=T0) is not None
        assert (
            store.put(Document("Same.", url="https://ex.com/a"), at=T0 + timedelta(hours=1)) is None
        )
    assert store.articles()[0].versions == 1


def _count_objects(store: GitStore) -> dict[str, str]:
    out = subprocess.run(
        ["git", "--git-dir", str(store.path), "count-objects", "-v"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(line.split(": ", 1) for line in out.splitlines())


def test_an_index_left_without_its_pack_is_harmless_and_swept(store: GitStore) -> None:
    """A kill between a pack's two renames leaves its ``.idx`` alone (the index goes in
    first). git, gitdb and the store read past it; the next batch removes it once it is
    older than a running write could be; a young one is left to the write it belongs to."""
    with store.batch():
        store.put(Document("First.", url="https://ex.com/a"), at=T0)
    pack_dir = store.path / "objects" / "pack"
    [index] = pack_dir.glob("pack-*.idx")
    stray = pack_dir / ("pack-" + "ab" * 20 + ".idx")
    young = pack_dir / ("pack-" + "cd" * 20 + ".idx")
    for copy in (stray, young):
        copy.write_bytes(index.read_bytes())
    old = time.time() - 3600
    os.utime(stray, (old, old))
    assert _count_objects(store)["garbage"] == "2"
    _fsck(store)
    reader = GitStore.open(store.path)
    [version] = reader.versions(reader.resolve_article("https://ex.com/a"))
    assert reader.read(version).text == "First."
    with store.batch():
        store.put(Document("Second.", url="https://ex.com/a"), at=T0 + timedelta(hours=1))
    assert not stray.exists()
    assert young.exists()
    young.unlink()
    assert _count_objects(store)["garbage"] == "0"
    assert [reader.read(v).text for v in reader.versions(version.article)] == ["First.", "Second."]
    _fsck(store)


def test_settle_checkpoints_an_overdue_batch_and_reports_when_nothing_waits(
    store: GitStore,
) -> None:
    """What a watching pass relies on: its records are committed only at checkpoints, or
    when no version is waiting for one, never while one is."""
    other = GitStore.open(store.path)
    calls: list[int] = []
    with store.batch(every=100, seconds=0.0, on_checkpoint=lambda: calls.append(store.pending)):
        store.settle()  # nothing written: nothing waits, the caller may commit
        assert calls == [0]
        store.put(Document("First.", url="https://ex.com/a"), at=T0)  # overdue at once
        assert other.articles()[0].versions == 1
        assert calls == [0, 0]
    assert calls == [0, 0, 0]  # the checkpoint at the block's end
    with store.batch(every=100, seconds=3600, on_checkpoint=lambda: calls.append(store.pending)):
        store.put(Document("Second.", url="https://ex.com/a"), at=T0 + timedelta(hours=1))
        store.settle()  # one version waits and the batch is not overdue: nothing happens
        assert store.pending == 1
        assert other.articles()[0].versions == 1
        assert calls == [0, 0, 0]
    assert calls == [0, 0, 0, 0]
    assert other.articles()[0].versions == 2


def _pack_count(store: GitStore) -> int:
    return len(list((store.path / "objects" / "pack").glob("*.pack")))


def test_a_long_batch_keeps_the_pack_count_bounded(store: GitStore) -> None:
    """Each checkpoint adds a pack, and every object lookup walks the packs one by one; a
    long batch rolls the small ones up as it goes, so a reader during it and after it
    finds few packs, every version readable and the repository sound."""
    other = GitStore.open(store.path)
    counts = []
    with store.batch(every=3):
        for n in range(150):
            doc = Document(f"Story {n % 11}, take {n // 11}.", url=f"https://ex.com/s/{n % 11}")
            store.put(doc, at=T0 + timedelta(minutes=n))
            if n % 3 == 2:  # just after a checkpoint
                counts.append(_pack_count(store))
                seen = other.articles()  # a reader in another handle, between rollups
                assert sum(a.versions for a in seen) == n + 1
    assert len(counts) == 50 > packs.ROLL_UP_AT  # more checkpoints than packs allowed
    assert max(counts) <= packs.ROLL_UP_AT
    assert sum(a.versions for a in other.articles()) == 150
    latest = other.versions(other.resolve_article("https://ex.com/s/4"))
    assert [other.read(v).text for v in latest][-2:] == ["Story 4, take 12.", "Story 4, take 13."]
    _fsck(store)


def test_separate_runs_keep_the_pack_count_bounded(store: GitStore) -> None:
    """A run that stores one version adds one pack; run after run, the count stays small."""
    for n in range(packs.ROLL_UP_AT + 8):
        with store.batch():
            store.put(Document(f"Take {n}.", url="https://ex.com/a"), at=T0 + timedelta(hours=n))
        assert _pack_count(store) <= packs.ROLL_UP_AT
    versions = store.versions(store.resolve_article("https://ex.com/a"))
    assert [store.read(v).text for v in versions] == [
        f"Take {n}." for n in range(packs.ROLL_UP_AT + 8)
    ]
    _fsck(store)


@pytest.mark.parametrize(
    ("sizes", "geometric"),
    [
        ([], True),
        ([7], True),
        ([1, 2, 4, 8], True),
        ([8, 1, 4, 2], True),  # order on disk does not matter
        ([1, 1], False),
        ([3, 5, 100], False),  # 5 < 2 x 3: git would roll 3 and 5 up
        ([100, 201, 400], False),
    ],
)
def test_packs_form_a_geometric_progression_when_each_doubles_the_next(
    sizes: list[int], geometric: bool
) -> None:
    assert packs.is_geometric(sizes) is geometric


def test_pack_sizes_counts_the_objects_of_each_pack(store: GitStore) -> None:
    with store.batch():
        store.put(Document("First.", url="https://ex.com/a"), at=T0)  # blob, 3 trees, commit
    with store.batch():
        store.put(Document("Second.", url="https://ex.com/b"), at=T0 + timedelta(hours=1))
    assert sorted(packs.pack_sizes(store.path / "objects" / "pack")) == [5, 5]


def _small_packs(store: GitStore, count: int) -> None:
    """Packs left by something other than a batch (git itself, an older revtrack)."""
    for n in range(count):
        writer = PackWriter(store.path)
        writer.write("blob", f"left over {n}".encode())
        writer.finish()


def test_the_packs_runs_leave_are_merged_after_a_run(store: GitStore) -> None:
    """Packs a batch did not roll up (git's own, an older revtrack's) are merged after a
    run, so reading does not slow down."""
    for n in range(3):
        with store.batch():
            store.put(Document(f"Take {n}.", url="https://ex.com/a"), at=T0 + timedelta(hours=n))
    _small_packs(store, 52)
    assert _pack_count(store) >= 53
    store.index_history()  # what a run does after storing
    assert _pack_count(store) <= 2
    versions = store.versions(store.resolve_article("https://ex.com/a"))
    assert [store.read(v).text for v in versions] == [f"Take {n}." for n in range(3)]
    _fsck(store)


def test_the_upkeep_after_a_run_stores_versions_as_deltas(store: GitStore) -> None:
    """A batch copies objects as they are; the upkeep after the run finds the deltas
    between versions of an article, so a store of many small edits takes little room."""
    # Words that do not repeat, so only a delta between versions can make them small.
    body = " ".join(hashlib.sha256(bytes([n])).hexdigest() for n in range(120))
    with store.batch(every=4):
        for n in range(60):
            doc = Document(f"{body} Take {n}.", url=f"https://ex.com/{n % 3}")
            store.put(doc, at=T0 + timedelta(hours=n))
    objects_dir = store.path / "objects"
    before = sum(f.stat().st_size for f in objects_dir.rglob("*") if f.is_file())
    store.index_history()  # what a run does after storing
    after = sum(f.stat().st_size for f in objects_dir.rglob("*") if f.is_file())
    assert after < before / 2
    versions = store.versions(store.resolve_article("https://ex.com/1"))
    assert store.read(versions[-1]).text == f"{body} Take 58."
    _fsck(store)


def test_the_upkeep_merges_the_small_packs_and_leaves_the_big_one_alone(store: GitStore) -> None:
    """The upkeep costs what recent runs wrote: the pack an earlier upkeep made is kept."""
    pack_dir = store.path / "objects" / "pack"
    with store.batch():
        for n in range(300):
            store.put(Document(f"Take {n}.", url=f"https://ex.com/{n % 30}"), at=T0 + timedelta(n))
    subprocess.run(["git", "--git-dir", str(store.path), "gc", "--quiet"], check=True)
    (big,) = pack_dir.glob("*.pack")
    for n in range(5):
        with store.batch():
            store.put(Document(f"Later {n}.", url="https://ex.com/b"), at=T0 + timedelta(400 + n))
    _small_packs(store, 51)
    store.index_history()
    found = set(pack_dir.glob("*.pack"))
    assert big in found and len(found) == 2
    versions = store.versions(store.resolve_article("https://ex.com/b"))
    assert [store.read(v).text for v in versions] == [f"Later {n}." for n in range(5)]
    _fsck(store)
