"""The index answers exactly what the git history answers, and stays right on its own.

Every test compares the index with the library reading git directly (``GitStore`` and
``revtrack.corrections``), on real stores, after the things that happen to a store:
new versions, events, an older copy imported late, a re-extraction, plain git moving the
branch, the index file deleted, damaged or from another schema, the code changing.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from revtrack import corrections
from revtrack.index import INDEX_FILE, Index, open_index
from revtrack.index.computation import computation_version
from revtrack.models import Document
from revtrack.store import REEXTRACTED, GitStore
from tests.conftest import Invoke

T0 = datetime(2026, 2, 3, 8, 0, tzinfo=UTC)
BUDGET = "https://www.example-news.com/city/budget-vote-2026"
HARBOUR = "https://news.example.org/harbour/quay-plan?id=77"
WEATHER = "https://www.example-news.com/weather/storm"

LEAD = "The city council approved a budget of $5 million on Tuesday night."
REST = "Mayor Jane Doe said the new library would take two years to build."
NOTICE = (
    "Correction: An earlier version of this article misstated the size of the budget. "
    "It is $6 million, not $5 million."
)


def _doc(url: str, *paragraphs: str, title: str | None = None) -> Document:
    return Document("\n\n".join(paragraphs), url=url, title=title)


def _fill(store: GitStore) -> None:
    """Three articles: a correction with its fix, a silent edit, events, a late import."""
    fixed = LEAD.replace("$5", "$6")
    store.put(_doc(BUDGET, LEAD, REST, title="Budget passes"), at=T0)
    store.put(_doc(BUDGET, fixed, REST, NOTICE, title="Budget passes"), at=T0 + timedelta(hours=3))
    store.put(
        _doc(BUDGET, fixed, REST.replace("two", "three"), NOTICE, title="Budget passes"),
        at=T0 + timedelta(hours=5),
    )
    harbour = "The harbour board met on Monday. It voted 7 to 2 for the new quay."
    store.put(_doc(HARBOUR, harbour, title="Quay plan"), at=T0 + timedelta(hours=1))
    store.put(
        _doc(HARBOUR, harbour.replace("7 to 2", "8 to 1"), title="Quay plan approved"),
        at=T0 + timedelta(hours=4),
    )
    article = store.versions(store.resolve_article(HARBOUR))[0].article
    store.record_event(article, "gone", at=T0 + timedelta(hours=6), detail="HTTP 404")
    store.record_event(article, "back", at=T0 + timedelta(hours=7))
    # An older copy imported after a newer one takes its place by observation time.
    store.put(_doc(WEATHER, "Storm warning for the coast tonight."), at=T0 + timedelta(hours=2))
    store.put(_doc(WEATHER, "Storm warning for the coast this evening."), at=T0)
    store.put(
        _doc(WEATHER, "Storm warning for the whole coast this evening."),
        at=T0 + timedelta(hours=8),
        event=REEXTRACTED,
        detail="extractor 2",
    )


def _answers(source: GitStore | Index) -> dict[str, object]:
    """Everything the four listing commands show, from git or from the index."""
    if isinstance(source, GitStore):
        log, stealth = corrections.correction_log(source), corrections.stealth_edits(source)
    else:
        log, stealth = source.correction_log(), source.stealth_edits()
    articles = source.articles()
    return {
        "articles": articles,
        "versions": {a.path: source.versions(a.path) for a in articles},
        "events": {a.path: source.events(a.path) for a in articles},
        "corrections": log,
        "stealth": stealth,
    }


@pytest.fixture
def filled(store: GitStore) -> GitStore:
    _fill(store)
    return store


def _git(store: GitStore, *args: str) -> str:
    result = subprocess.run(
        ["git", "--git-dir", str(store.path), *args], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_the_index_answers_what_git_answers(filled: GitStore) -> None:
    """Articles, versions (numbered by observation), events, the log and stealth edits."""
    direct = _answers(filled)
    with open_index(filled) as index:
        assert _answers(index) == direct
    # Checked by hand: the fix verified, the silent "two" -> "three" listed, the late copy first.
    (entry,) = direct["corrections"]  # type: ignore[misc]
    assert (entry.status, entry.notice.wrong, entry.notice.right) == (
        "verified",
        "$5 million",
        "$6 million",
    )
    assert any(s.before == "two" and s.after == "three" for s in direct["stealth"])  # type: ignore[attr-defined]
    weather = next(a.path for a in direct["articles"] if "storm" in a.path)  # type: ignore[attr-defined]
    with open_index(filled) as index:
        versions = index.versions(weather)
    assert [v.observed_at for v in versions] == [
        T0,
        T0 + timedelta(hours=2),
        T0 + timedelta(hours=8),
    ]
    assert versions[-1].event == REEXTRACTED


def test_the_index_file_lives_in_the_git_directory_outside_the_history(filled: GitStore) -> None:
    with open_index(filled) as index:
        index.articles()
    assert (filled.path / INDEX_FILE).is_file()
    assert "index" not in _git(filled, "ls-tree", "-r", "--name-only", "main")
    journal = sqlite3.connect(filled.path / INDEX_FILE).execute("PRAGMA journal_mode").fetchone()
    assert journal == ("wal",)


def test_new_versions_are_read_from_the_last_commit_known(filled: GitStore) -> None:
    """After more snapshots, only the new commits are read, and the answers are complete."""
    with open_index(filled) as index:
        index.correction_log()
    filled.put(
        _doc(HARBOUR, "The harbour board met on Monday. It voted 8 to 1."),
        at=T0 + timedelta(days=1),
    )
    filled.put(_doc(WEATHER, "All clear on the coast."), at=T0 + timedelta(days=1))
    seen: list[tuple[str, int, int]] = []
    with open_index(filled, progress=lambda *p: seen.append(p)) as index:
        assert _answers(index) == _answers(filled)
    assert ("Reading the history", 2, 2) in seen  # two commits read, not the whole history
    assert not any(stage == "Reading the history" and total > 2 for stage, _d, total in seen)


def test_a_branch_reset_with_plain_git_is_noticed(filled: GitStore) -> None:
    with open_index(filled) as index:
        before = _answers(index)
    head = _git(filled, "rev-parse", "main")
    _git(filled, "update-ref", "refs/heads/main", "main~4")
    with open_index(filled) as index:
        assert _answers(index) == _answers(filled)
        assert index.articles() != before["articles"]
    # New history on top of the reset: the old head is no longer an ancestor.
    filled.put(_doc(BUDGET, "A new text after the reset."), at=T0 + timedelta(days=2))
    with open_index(filled) as index:
        assert _answers(index) == _answers(filled)
    _git(filled, "update-ref", "refs/heads/main", head)  # and back, as a pull would
    with open_index(filled) as index:
        assert _answers(index) == before


def test_a_deleted_index_is_rebuilt_with_the_same_answers(filled: GitStore) -> None:
    with open_index(filled) as index:
        before = _answers(index)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{filled.path / INDEX_FILE}{suffix}").unlink(missing_ok=True)
    with open_index(filled) as index:
        assert _answers(index) == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed"])
def test_a_damaged_index_is_rebuilt_with_the_same_answers(filled: GitStore, damage: str) -> None:
    with open_index(filled) as index:
        before = _answers(index)
        index._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = filled.path / INDEX_FILE
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all\n" * 200)
    elif damage == "truncated":
        path.write_bytes(data[:1500])
    else:
        path.write_bytes(data[:100] + b"\0" * (len(data) - 100))
    with open_index(filled) as index:
        assert _answers(index) == before


def test_an_index_of_another_schema_is_rebuilt(filled: GitStore) -> None:
    with open_index(filled) as index:
        before = _answers(index)
    conn = sqlite3.connect(filled.path / INDEX_FILE)
    conn.execute("DROP TABLE versions")
    conn.execute("CREATE TABLE versions (what TEXT)")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    with open_index(filled) as index:
        assert _answers(index) == before


def test_rows_made_by_other_code_are_computed_again(filled: GitStore) -> None:
    """An article whose rows carry another computation stamp is recomputed on the next query:
    what happens after the differ or the notice parser changes."""
    with open_index(filled) as index:
        before = _answers(index)
    conn = sqlite3.connect(filled.path / INDEX_FILE)
    conn.execute("DELETE FROM corrections")
    conn.execute("DELETE FROM stealth")
    conn.execute("UPDATE articles SET derived = 'made-by-older-code'")
    conn.commit()
    conn.close()
    with open_index(filled) as index:
        assert _answers(index) == before


def test_an_index_that_is_up_to_date_is_not_rewritten(filled: GitStore) -> None:
    with open_index(filled) as index:
        index.correction_log()
    seen: list[object] = []
    with open_index(filled, progress=lambda *p: seen.append(p)) as index:
        index.correction_log()
        index.stealth_edits()
    assert seen == []


def test_one_article_computes_only_that_article(filled: GitStore) -> None:
    path = filled.resolve_article(BUDGET)
    with open_index(filled) as index:
        assert index.correction_log([path]) == corrections.correction_log(filled, [path])
        pending = index.rows("SELECT count(*) FROM articles WHERE derived IS NULL")
    assert pending == [(2,)]


def test_reindex_from_the_command_line(invoke: Invoke, filled: GitStore) -> None:
    before = invoke("corrections", "--json", "--store", str(filled.path)).stdout
    (filled.path / INDEX_FILE).write_bytes(b"damaged")
    result = invoke("reindex", "--store", str(filled.path))
    assert result.stdout == "Indexed 3 articles.\n"
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    assert invoke("corrections", "--json", "--store", str(filled.path)).stdout == before


def test_export_sqlite_holds_the_documented_tables(
    invoke: Invoke, filled: GitStore, tmp_path: Path
) -> None:
    target = tmp_path / "export.sqlite"
    invoke("export", "--sqlite", str(target), "--store", str(filled.path))
    conn = sqlite3.connect(target)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {
        "articles",
        "versions",
        "changes",
        "notices",
        "stealth_edits",
        "sentence_pairs",
    }
    assert conn.execute("SELECT count(*) FROM versions").fetchone() == (8,)
    budget = filled.resolve_article(BUDGET)
    assert conn.execute(
        "SELECT kind, status, wrong, right, first_version FROM notices WHERE article = ?", (budget,)
    ).fetchall() == [("correction", "verified", "$5 million", "$6 million", 2)]
    assert conn.execute(
        "SELECT old_version, new_version, kind, significance, before, after FROM changes "
        "WHERE article = ? ORDER BY new_version, position",
        (budget,),
    ).fetchall() == [
        (1, 2, "number", "substantive", "5", "6"),
        (1, 2, "notice_added", "substantive", "", "\n\n" + NOTICE),
        (2, 3, "number", "substantive", "two", "three"),
    ]
    pairs = conn.execute(
        "SELECT old_version, new_version, operation, old_sentence, new_sentence "
        "FROM sentence_pairs WHERE article = ? ORDER BY old_version, position",
        (budget,),
    ).fetchall()
    assert (1, 2, "edited", LEAD, LEAD.replace("$5", "$6")) in pairs
    assert (1, 2, "kept", REST, REST) in pairs
    assert any(p[:3] == (1, 2, "added") and p[3] is None and "misstated" in p[4] for p in pairs)
    assert (2, 3, "edited", REST, REST.replace("two", "three")) in pairs
    again = invoke("export", "--sqlite", str(target), "--store", str(filled.path), code=2)
    assert "already exists" in again.stderr and "Traceback" not in again.stderr


def test_export_jsonl_writes_one_file_per_table(
    invoke: Invoke, filled: GitStore, tmp_path: Path
) -> None:
    import json

    folder = tmp_path / "jsonl"
    invoke("export", "--jsonl", str(folder), "--store", str(filled.path))
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "articles.jsonl", "changes.jsonl", "notices.jsonl", "sentence_pairs.jsonl",
        "stealth_edits.jsonl", "versions.jsonl",
    ]  # fmt: skip
    articles = [json.loads(line) for line in (folder / "articles.jsonl").read_text().splitlines()]
    assert sorted(a["url"] for a in articles) == sorted([BUDGET, HARBOUR, WEATHER])
    assert {a["site"] for a in articles} == {"example-news.com", "news.example.org"}


def test_export_needs_one_target(invoke: Invoke, filled: GitStore) -> None:
    result = invoke("export", "--store", str(filled.path), code=2)
    assert result.stderr == "Error: Give one of --sqlite FILE or --jsonl DIR.\n"


def test_a_row_that_does_not_fit_its_class_is_made_again(filled: GitStore) -> None:
    """A row written by other code under the current stamp (a field added without the
    stamp changing) is refused and recomputed, not read into the wrong fields."""
    with open_index(filled) as index:
        before = _answers(index)
    conn = sqlite3.connect(filled.path / INDEX_FILE)
    conn.execute('UPDATE stealth SET data = \'["too", "few"]\'')
    conn.commit()
    conn.close()
    with open_index(filled) as index:
        assert _answers(index) == before


def _memo_counts(store: GitStore) -> tuple[int, int]:
    with sqlite3.connect(store.path / INDEX_FILE) as conn:
        notices = conn.execute("SELECT count(*) FROM memo_notices").fetchone()[0]
        changes = conn.execute("SELECT count(*) FROM memo_changes").fetchone()[0]
    return notices, changes


def test_a_new_version_reads_only_the_new_text_for_notices_and_changes(
    filled: GitStore,
) -> None:
    """An article that gets a new version is computed again, but the notices of its
    earlier texts and the changes between them come from the memo, keyed by each stored
    file's SHA-256: only the new text is scanned and only the new pair compared."""
    with open_index(filled) as index:
        before = _answers(index)
    # Eight stored texts; four pairs compared (the re-extraction is no edit, not compared).
    assert _memo_counts(filled) == (8, 4)
    budget = filled.resolve_article(BUDGET)
    [second] = [v for v in filled.versions(budget) if v.number == 2]
    digest = hashlib.sha256(filled.read_bytes(second)).hexdigest()
    # Make the memo say the second text (where the notice first appears) has none: if
    # the memo is read, the log will see the notice first in the third version.
    with sqlite3.connect(filled.path / INDEX_FILE) as conn:
        conn.execute("UPDATE memo_notices SET data = '[]' WHERE text_sha = ?", (digest,))
    fixed = LEAD.replace("$5", "$6")
    filled.put(
        _doc(BUDGET, fixed, REST.replace("two", "four"), NOTICE, title="Budget passes"),
        at=T0 + timedelta(days=1),
    )
    with open_index(filled) as index:
        [entry] = index.correction_log([budget])
    assert entry.first_version == 3  # the memo's answer for the second text was used
    assert _memo_counts(filled) == (9, 5)  # one new text scanned, one new pair compared
    # The memo is a cache of pure results: emptied, the answers are git's again.
    with sqlite3.connect(filled.path / INDEX_FILE) as conn:
        conn.execute("DELETE FROM memo_notices")
        conn.execute("UPDATE articles SET derived = NULL")
    with open_index(filled) as index:
        [entry] = index.correction_log([budget])
        assert entry.first_version == 2
        assert _answers(index) == _answers(filled)
    assert before["corrections"] != []


def test_the_memo_of_other_code_is_not_used_and_is_dropped(filled: GitStore) -> None:
    with open_index(filled) as index:
        before = _answers(index)
    with sqlite3.connect(filled.path / INDEX_FILE) as conn:
        conn.execute("UPDATE memo_notices SET stamp = 'older-code', data = '[]'")
        conn.execute("UPDATE memo_changes SET stamp = 'older-code', data = '[]'")
        conn.execute("UPDATE articles SET derived = 'older-code'")
    with open_index(filled) as index:
        assert _answers(index) == before
    with sqlite3.connect(filled.path / INDEX_FILE) as conn:
        stamps = {r[0] for r in conn.execute("SELECT stamp FROM memo_notices")}
    assert stamps == {computation_version()}


def test_reindex_keeps_the_memo_and_gives_the_same_answers(filled: GitStore) -> None:
    """``reindex`` rebuilds every row from the history; the memo (pure results keyed by
    the files' contents and the code's stamp) is kept, so a rebuild skips the differ
    and the notice parser for texts they have read before."""
    with open_index(filled) as index:
        before = _answers(index)
    counts = _memo_counts(filled)
    with Index.open(filled) as index:
        index.reindex()
        assert _answers(index) == before == _answers(filled)
    assert _memo_counts(filled) == counts


# Modules the derived rows may load that hold no part of the computation: reading the
# store and the index, naming articles, the value types and errors.
_NOT_COMPUTATION = {
    "revtrack", "revtrack.errors", "revtrack.models", "revtrack.urls", "revtrack.index",
    "revtrack.index.computation", "revtrack.index.ingest", "revtrack.index.schema",
    "revtrack.store", "revtrack.store.history", "revtrack.store.objects",
    "revtrack.store.packs", "revtrack.store.paths", "revtrack.store.refs",
}  # fmt: skip

_DERIVE_ALL = """
import json, sys
from pathlib import Path
from revtrack.store import GitStore
from revtrack.index import open_index
with open_index(GitStore.open(Path(sys.argv[1]))) as index:
    index.correction_log(); index.stealth_edits()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] == "revtrack")))
"""


def test_every_module_the_derived_rows_use_is_in_the_computation_stamp(
    filled: GitStore,
) -> None:
    """A module the differ or the notice parser comes to import (a new language file, a
    new helper) must be hashed into the stamp, or changing it would leave old answers in
    the index: add it to ``COMPUTATION_SOURCES``."""
    from revtrack.index.computation import COMPUTATION_SOURCES

    run = subprocess.run(
        [sys.executable, "-c", _DERIVE_ALL, str(filled.path)],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(run.stdout)

    def stamped(module: str) -> bool:
        path = "/".join(module.split(".")[1:])
        return any(
            path == source.removesuffix(".py") or path.startswith(source + "/")
            for source in COMPUTATION_SOURCES
        )

    assert "revtrack.notices.finder" in loaded and "revtrack.diff.compare" in loaded
    assert [m for m in loaded if not stamped(m) and m not in _NOT_COMPUTATION] == []


def test_the_stamp_changes_when_the_parsers_source_does(tmp_path: Path) -> None:
    """Nobody bumps a constant: an edit to the notice parser or the differ gives another
    stamp, and an edit elsewhere (the command line) does not."""
    import revtrack

    package = Path(revtrack.__file__).parent
    probe = (
        "import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f)]; "
        "sys.path.insert(0, sys.argv[1]); import revtrack; "
        "assert revtrack.__file__.startswith(sys.argv[1]), revtrack.__file__; "
        "from revtrack.index.computation import computation_version; print(computation_version())"
    )

    def stamp(edit: str | None) -> str:
        copy = tmp_path / f"copy-{edit or 'none'}".replace("/", "-")
        shutil.copytree(package, copy / "revtrack", ignore=shutil.ignore_patterns("__pycache__"))
        if edit is not None:
            with (copy / "revtrack" / edit).open("a") as handle:
                handle.write("\n# edited\n")
        run = subprocess.run(
            [sys.executable, "-c", probe, str(copy)], capture_output=True, text=True, check=True
        )
        return run.stdout.strip()

    original = stamp(None)
    assert stamp("notices/finder.py") != original
    assert stamp("diff/classify.py") != original
    assert stamp("lang/de.py") != original
    assert stamp("cli/log.py") == original


def test_git_writing_much_to_stderr_does_not_stop_a_rebuild(
    store: GitStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """git's messages are kept out of a pipe nobody reads until the log ends: with a
    line for every object read (git's own pack-access trace on stderr), a rebuild of a
    few hundred commits writes far more than a pipe holds, and still finishes."""
    import threading

    with store.batch():
        for n in range(300):
            store.put(_doc(f"https://ex.com/{n % 40}", f"Take {n}."), at=T0 + timedelta(minutes=n))
    monkeypatch.setenv("GIT_TRACE_PACK_ACCESS", "2")  # git's trace, to its stderr
    done: list[int] = []

    def rebuild() -> None:
        with open_index(store) as index:
            done.append(sum(a.versions for a in index.articles()))

    worker = threading.Thread(target=rebuild, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done == [300]


def test_a_log_during_a_long_rebuild_waits_for_a_batch_not_for_the_rebuild(
    store: GitStore,
) -> None:
    """A rebuild computes every article's changes and notices (minutes on a large store)
    holding the index's writer lock; it lets the lock go between batches to whoever
    waits, so a ``log`` that needs a new commit's row answers while it still runs."""
    with store.batch():
        for n in range(80):
            for take in range(5):
                text = "\n\n".join(
                    f"Paragraph {p} of story {n}: the council met on day {take * p + n}, "
                    f"and {p + take} residents spoke about the {n}th plan."
                    for p in range(8)
                )
                url = f"https://ex.com/story-{n}"
                store.put(_doc(url, text), at=T0 + timedelta(days=n, hours=take))
    command = [sys.executable, "-m", "revtrack"]
    where = ["--store", str(store.path)]
    rebuild = subprocess.Popen([*command, "reindex", *where], stdout=subprocess.DEVNULL)
    try:
        # Once the rebuild has committed its first batch of derived rows, it is computing.
        deadline = time.monotonic() + 120
        while rebuild.poll() is None and time.monotonic() < deadline:
            with suppress(sqlite3.Error), sqlite3.connect(store.path / INDEX_FILE) as conn:
                if conn.execute(
                    "SELECT count(*) FROM articles WHERE derived IS NOT NULL"
                ).fetchone()[0]:
                    break
            time.sleep(0.05)
        assert rebuild.poll() is None, "the rebuild ended before it could be asked anything"
        store.put(_doc("https://ex.com/story-3", "A late change."), at=T0 + timedelta(days=200))
        log = subprocess.run(
            [*command, "log", "https://ex.com/story-3", "--json", *where],
            capture_output=True, text=True, check=True, timeout=120,
        )  # fmt: skip
        still_running = rebuild.poll() is None
    finally:
        rebuild.wait(timeout=600)
    assert [row["version"] for row in json.loads(log.stdout)] == [6, 5, 4, 3, 2, 1]
    assert still_running
    assert rebuild.returncode == 0
    with open_index(store) as index:  # the rebuild's rows and the new commit's agree
        assert len(index.versions(store.resolve_article("https://ex.com/story-3"))) == 6
        assert index.correction_log() == corrections.correction_log(store)


def test_the_stealth_listing_streams_what_the_sorted_list_holds(filled: GitStore) -> None:
    """Read in order from SQLite a few at a time, the listing gives the same edits, in the
    same order, as sorting the whole list by time and article, with every filter."""
    for n in range(3):  # more edits at one time in one article, and in other articles
        text = f"The council met {n + 2} times. Ruth Abara chaired it. {n + 9} people came."
        filled.put(_doc(f"https://www.example-news.com/x/{n}", text), at=T0)
        filled.put(
            _doc(f"https://www.example-news.com/x/{n}", text.replace("Abara", "Obara")),
            at=T0 + timedelta(hours=9),
        )
    with open_index(filled) as index:
        edits = index.stealth_edits()
        assert len(edits) >= 4
        for since, until, site in [
            (None, None, None),
            (T0 + timedelta(hours=4), None, None),
            (None, T0 + timedelta(hours=5), "example-news.com"),
            (None, None, "news.example.org"),
        ]:
            expected = sorted(
                corrections.filter_stealth(edits, since=since, until=until, site=site),
                key=lambda e: (e.observed_at, e.article),
            )
            found = list(index.stealth_listing(since=since, until=until, site=site))
            assert found == expected
        one = edits[0].article
        assert list(index.stealth_listing([one])) == sorted(
            index.stealth_edits([one]), key=lambda e: e.observed_at
        )
