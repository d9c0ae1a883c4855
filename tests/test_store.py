"""The version store: what goes in comes out, in order, readable by plain git."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from revtrack.errors import ArticleNotFoundError, StoreNotFoundError, VersionNotFoundError
from revtrack.models import Document
from revtrack.store import GitStore

URL = "https://example.com/news/storm-hits-coast"
T1 = datetime(2019, 12, 31, 9, 0, tzinfo=UTC)
T2 = datetime(2019, 12, 31, 15, 31, tzinfo=UTC)
T3 = datetime(2020, 1, 2, 8, 0, tzinfo=UTC)


def doc(text: str, url: str = URL, title: str | None = "Storm hits coast") -> Document:
    return Document(text=text, url=url, title=title, byline="A. Writer")


def git(store: GitStore, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(store.path), *args], capture_output=True, text=True, check=True
    ).stdout


def test_version_round_trip_returns_what_was_stored(store: GitStore) -> None:
    """Reading a version gives back the text and metadata that were put in."""
    original = Document(
        text="First paragraph — with “quotes”.\n\nSecond: ünïcode, 6,000 people.",
        url=URL,
        title="Storm: a title with a colon",
        byline="A. Writer",
        published="2019-12-31T09:00:00+00:00",
        modified="2019-12-31T15:31:00Z",
    )
    store.put(original, at=T1)
    (version,) = store.versions(store.resolve_article(URL))
    assert store.read(version) == original


def test_identical_content_makes_no_commit(store: GitStore) -> None:
    """Snapshotting an unchanged article adds nothing to the history."""
    assert store.put(doc("Same text."), at=T1) is not None
    assert store.put(doc("Same text."), at=T2) is None
    assert git(store, "rev-list", "--count", "main").strip() == "1"


def test_versions_are_ordered_by_observation_time(store: GitStore) -> None:
    """An older copy imported later still comes first in the article's history."""
    store.put(doc("Late text."), at=T3)
    store.put(doc("Early text."), at=T1)
    versions = store.versions(store.resolve_article(URL))
    assert [v.observed_at for v in versions] == [T1, T3]
    assert [store.read(v).text for v in versions] == ["Early text.", "Late text."]
    assert [v.number for v in versions] == [1, 2]


def test_commit_time_is_observation_time_with_trailers(store: GitStore) -> None:
    """Plain git shows when each version was observed and which URL it came from."""
    store.put(doc("One."), at=T2)
    out = git(store, "log", "--format=%at%n%ct%n%B")
    stamp = str(int(T2.timestamp()))
    assert out.startswith(f"{stamp}\n{stamp}\n")
    assert f"Article-Url: {URL}" in out
    assert "Observed-At: 2019-12-31T15:31:00+00:00" in out


def test_store_reads_back_with_plain_git(store: GitStore) -> None:
    """git log -p, git show and git fsck all work on the store as it is."""
    v1 = store.put(doc("The secretary is Graham.\n\nSecond paragraph."), at=T1)
    store.put(doc("The secretary is Grisham.\n\nSecond paragraph."), at=T2)
    assert v1 is not None
    fsck = subprocess.run(
        ["git", "-C", str(store.path), "fsck", "--strict"], capture_output=True, text=True
    )
    assert fsck.returncode == 0, fsck.stderr
    patch = git(store, "log", "-p", "--word-diff", "-1")
    assert "[-Graham.-]{+Grisham.+}" in patch
    shown = git(store, "show", f"{v1.commit}:{v1.article}")
    assert "title: Storm hits coast" in shown
    assert shown.rstrip().endswith("The secretary is Graham.\n\nSecond paragraph.")


def test_file_has_one_paragraph_per_line_after_front_matter(store: GitStore) -> None:
    """The stored file reads well in any git tool: front matter, blank line, paragraphs."""
    v = store.put(doc("Para one.\n\nPara two."), at=T1)
    assert v is not None
    shown = git(store, "show", f"main:{v.article}")
    front, _, body = shown.partition("---\n\n")
    assert front.startswith("---\nurl: https://example.com/news/storm-hits-coast\n")
    assert body == "Para one.\n\nPara two.\n"


def test_articles_lists_each_article_with_its_count(store: GitStore) -> None:
    """The listing counts versions per article and puts the latest change first."""
    store.put(doc("a"), at=T1)
    store.put(doc("b"), at=T2)
    store.put(doc("x", url="https://example.org/other", title="Other"), at=T3)
    listed = store.articles()
    assert [(a.url, a.versions) for a in listed] == [("https://example.org/other", 1), (URL, 2)]
    assert listed[1].first_seen == T1 and listed[1].last_changed == T2


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("1", "a"),
        ("2", "b"),
        ("-1", "c"),
        ("-3", "a"),
        ("2019-12-31", "b"),
        ("2019-12-31T10:00Z", "a"),
    ],
)
def test_version_references(store: GitStore, ref: str, expected: str) -> None:
    """@N, @-N and dates pick the version a reader means."""
    for text, at in (("a", T1), ("b", T2), ("c", T3)):
        store.put(doc(text), at=at)
    path = store.resolve_article(URL)
    assert store.read(store.resolve_version(path, ref)).text == expected


def test_commit_prefix_names_a_version(store: GitStore) -> None:
    """A commit id prefix, as git prints it, picks that version."""
    v = store.put(doc("a"), at=T1)
    store.put(doc("b"), at=T2)
    assert v is not None
    assert store.resolve_version(v.article, v.commit[:8]).commit == v.commit


def test_out_of_range_version_is_a_clear_error(store: GitStore) -> None:
    """Asking for version 5 of a two-version article says how many there are."""
    store.put(doc("a"), at=T1)
    store.put(doc("b"), at=T2)
    with pytest.raises(VersionNotFoundError, match="has 2 versions"):
        store.resolve_version(store.resolve_article(URL), "5")


def test_article_by_prefix_and_ambiguity(store: GitStore) -> None:
    """A unique prefix finds the article; an ambiguous one lists the candidates."""
    store.put(doc("a", url="https://example.com/news/one"), at=T1)
    store.put(doc("b", url="https://example.com/news/two"), at=T1)
    assert store.resolve_article("example.com/news/o").split("/")[2].startswith("news-one--")
    assert (
        store.resolve_article("https://example.com/news/two").split("/")[2].startswith("news-two--")
    )
    with pytest.raises(ArticleNotFoundError, match="matches 2 articles"):
        store.resolve_article("https://example.com/news/")
    with pytest.raises(ArticleNotFoundError, match="No tracked article matches"):
        store.resolve_article("https://nowhere.example/")


def test_raw_page_is_kept_beside_the_text_in_the_same_commit(store: GitStore) -> None:
    """keep_raw: the fetched HTML lands in the version's commit, for re-extraction later."""
    v = store.put(doc("a"), at=T1, raw=b"<html><p>a</p></html>")
    assert v is not None
    assert store.read_raw(v) == b"<html><p>a</p></html>"
    files = git(store, "show", "--name-only", "--format=", v.commit).split()
    assert sorted(files) == sorted([v.article, v.article[:-4] + ".html"])


def test_events_are_history_but_not_versions(store: GitStore) -> None:
    """A page that went away is recorded, and the stored text is untouched."""
    v = store.put(doc("a"), at=T1)
    assert v is not None
    store.record_event(v.article, "gone", at=T2, detail="HTTP 404")
    assert len(store.versions(v.article)) == 1
    (event,) = store.events(v.article)
    assert (event.kind, event.detail, event.observed_at) == ("gone", "HTTP 404", T2)
    assert store.read(store.resolve_version(v.article, "-1")).text == "a"


def test_missing_store_says_how_to_create_one(tmp_path: Path) -> None:
    """Opening a folder that is not a store names the fix."""
    with pytest.raises(StoreNotFoundError, match="revtrack init"):
        GitStore.open(tmp_path / "nothing")


def test_stale_ref_lock_from_a_killed_run_is_recovered(store: GitStore) -> None:
    """A lock file left by a killed process does not block the next write."""
    store.put(doc("a"), at=T1)
    (store.path / "refs" / "heads" / "main.lock").write_text("garbage")
    assert store.put(doc("b"), at=T2) is not None
    assert len(store.versions(store.resolve_article(URL))) == 2


_WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from revtrack.models import Document
from revtrack.store import GitStore
store = GitStore.open(Path(sys.argv[1]))
start = datetime(2020, 1, 1, tzinfo=UTC)
for i in range(100000):
    store.put(Document(text=f"version {i}", url=f"https://example.com/a{i % 7}"),
              at=start + timedelta(minutes=i))
    if i == 5:
        print("ready", flush=True)
"""


def test_killed_writer_leaves_a_valid_store(store: GitStore) -> None:
    """Killing a writer at any moment leaves the branch on a complete commit; fsck is clean."""
    for delay in (0.05, 0.13, 0.31):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(store.path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        fsck = subprocess.run(
            ["git", "-C", str(store.path), "fsck"], capture_output=True, text=True
        )
        assert fsck.returncode == 0, fsck.stdout + fsck.stderr
        for article in store.articles():
            for version in store.versions(article.path):
                assert store.read(version).text.startswith("version ")


def test_store_keeps_working_after_git_gc(tmp_path: Path) -> None:
    """Packing objects and refs with git gc does not break reading or writing."""
    store = GitStore.init(tmp_path / "s")
    store.put(doc("a"), at=T1)
    subprocess.run(["git", "-C", str(store.path), "gc", "-q"], check=True)
    assert (store.path / "packed-refs").exists()
    reopened = GitStore.open(store.path)
    assert reopened.put(doc("b"), at=T2) is not None
    texts = [reopened.read(v).text for v in reopened.versions(reopened.resolve_article(URL))]
    assert texts == ["a", "b"]


def test_current_is_the_text_last_written_and_none_for_an_unknown_article(
    store: GitStore,
) -> None:
    """The watching pass compares a fetch with this, without reading any history."""
    url = "https://example.com/news/current"
    store.put(Document("Second text.", url=url), at=datetime(2024, 1, 2, tzinfo=UTC))
    path = store.versions(store.resolve_article(url))[0].article
    assert store.current(path) is not None
    assert store.current(path).text == "Second text."  # type: ignore[union-attr]
    store.put(Document("Third text.", url=url), at=datetime(2024, 1, 3, tzinfo=UTC))
    assert store.current(path).text == "Third text."  # type: ignore[union-attr]
    assert store.current("example.com/00/nothing--0000000000.txt") is None


def test_the_history_index_speeds_up_git_and_leaves_the_store_valid(store: GitStore) -> None:
    """After index_history git has a commit-graph with path filters, and fsck stays clean."""
    for day in range(1, 4):
        store.put(
            Document(f"Text of day {day}.", url=f"https://example.com/news/{day}"),
            at=datetime(2024, 1, day, tzinfo=UTC),
        )
    store.index_history()
    verify = subprocess.run(
        ["git", "-C", str(store.path), "commit-graph", "verify"], capture_output=True, text=True
    )
    assert verify.returncode == 0, verify.stderr
    graphs = store.path / "objects" / "info" / "commit-graphs"
    assert graphs.is_dir() and any(graphs.iterdir())
    fsck = subprocess.run(["git", "-C", str(store.path), "fsck"], capture_output=True, text=True)
    assert fsck.returncode == 0, fsck.stderr
    # Versions read through the graph are the same three, one per article.
    assert sorted(len(store.versions(a.path)) for a in store.articles()) == [1, 1, 1]


def test_a_commit_subject_names_the_article_and_its_title_when_it_has_one(
    store: GitStore,
) -> None:
    """`git log --oneline` on the store reads as a list of articles and headlines."""
    url = "https://example.com/news/subject"
    store.put(Document("Plain text.", url=url), at=datetime(2024, 1, 1, tzinfo=UTC))
    store.put(
        Document("Titled text.", url=url, title="A headline"),
        at=datetime(2024, 1, 2, tzinfo=UTC),
    )
    path = store.resolve_article(url)
    subjects = subprocess.run(
        ["git", "-C", str(store.path), "log", "--format=%s"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert subjects == [f"{path}: A headline", path]
