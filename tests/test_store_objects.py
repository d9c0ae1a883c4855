"""Looking paths up in raw tree objects agrees with git's own reading of them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from git.objects.fun import tree_to_stream
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.store import objects

# Names git accepts in a tree: no '/', no NUL, not '.' or '..'; bytes that look like a
# mode, a space or a NUL inside a SHA must not confuse the scan.
_NAMES = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=30,
).filter(lambda n: n not in {".", ".."})


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(_NAMES, min_size=1, max_size=40, unique=True),
    shas=st.lists(st.binary(min_size=20, max_size=20), min_size=40, max_size=40),
    absent=_NAMES,
)
def test_every_entry_is_found_and_no_other(
    names: list[str], shas: list[bytes], absent: str
) -> None:
    entries = sorted(
        ((shas[i], objects.BLOB_MODE, name) for i, name in enumerate(names)),
        key=objects._sort_key,
    )
    chunks: list[bytes] = []
    tree_to_stream(entries, chunks.append)  # type: ignore[arg-type]
    data = b"".join(chunks)
    for i, name in enumerate(names):
        assert objects._entry_sha(data, name.encode()) == shas[i]
    if absent not in names:
        assert objects._entry_sha(data, absent.encode()) is None


def test_a_path_found_in_a_real_repository_is_the_blob_git_shows(tmp_path: Path) -> None:
    """Three levels deep, as articles are stored: host, shard, file."""
    repo = tmp_path / "r"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "example.com" / "ab").mkdir(parents=True)
    for name in ("a.txt", "a.txt.bak", "b.txt"):
        (repo / "example.com" / "ab" / name).write_text(f"content of {name}\n")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
        check=True,
    )

    def read(sha: bytes) -> bytes:
        return subprocess.run(
            ["git", "-C", str(repo), "cat-file", "tree", sha.hex()],
            check=True,
            capture_output=True,
        ).stdout

    tree = bytes.fromhex(
        subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "HEAD^{tree}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    expected = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "HEAD:example.com/ab/a.txt"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    found = objects.tree_entry(read, tree, "example.com/ab/a.txt")
    assert found is not None and found.hex() == expected
    assert objects.tree_entry(read, tree, "example.com/ab/c.txt") is None
    assert objects.tree_entry(read, tree, "example.com/zz/a.txt") is None
