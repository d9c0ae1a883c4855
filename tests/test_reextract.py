"""Re-extraction: kept pages read again, stored as 're-extracted', never reported as edits.

An older extractor is stood in for by storing, beside a real page, a text that differs
from what the current extractor gets out of that page (a share line it used to keep).
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from revtrack.config import Settings
from revtrack.corrections import stealth_edits
from revtrack.diff import compare
from revtrack.extract import document_from_bytes
from revtrack.models import Document
from revtrack.reextract import REEXTRACTED, Outcome, reextract
from revtrack.store import ConcurrentChangeError, GitStore
from revtrack.store.paths import article_path, normalise_url
from revtrack.watch.run import run_pass
from tests._http_server import LocalServer, http_server
from tests.conftest import Invoke

__all__ = ["http_server"]

URL = "https://news.example/2026/03/council-budget"
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
SHARE = "Share this story on Facebook, on X and by email with your friends and family."


def _page(votes: str) -> bytes:
    paragraphs = [
        f"The council approved the budget by {votes} votes after a debate that ran past midnight.",
        "The mayor said the new figures would let the city hire more teachers next year.",
        "Opposition members said they would ask for an audit of the housing fund in April.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Council passes budget</title></head><body><article>"
        f"<h1>Council passes budget</h1>{body}</article></body></html>"
    ).encode()


def _as_old_extractor_read(page: bytes) -> Document:
    """The page as an older extractor read it: the same text with a share line on top."""
    doc = document_from_bytes(page, url=URL)
    return replace(doc, text=f"{SHARE}\n\n{doc.text}")


def _article() -> str:
    return article_path(normalise_url(URL))


def _git(store: GitStore, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "--git-dir", str(store.path), *args], capture_output=True, text=True
    )


@pytest.fixture
def edited(store: GitStore) -> GitStore:
    """Two versions read by the old extractor, with their pages: 12 votes became 21."""
    for hours, votes in ((0, "12"), (3, "21")):
        page = _page(votes)
        store.put(_as_old_extractor_read(page), at=T0 + timedelta(hours=hours), raw=page)
    return store


def test_a_kept_page_read_differently_gives_a_reextracted_version(edited: GitStore) -> None:
    """The new text is the current extractor's, at the observation time of its page."""
    [result] = reextract(edited, now=NOW)
    assert result.outcome is Outcome.reextracted
    versions = edited.versions(_article())
    assert [v.event for v in versions] == [None, None, REEXTRACTED]
    latest = versions[-1]
    assert result.version is not None and result.version.number == 3
    assert latest.observed_at == versions[1].observed_at == T0 + timedelta(hours=3)
    text = edited.read(latest).text
    assert SHARE not in text and "by 21 votes" in text
    assert edited.read_raw(latest) == _page("21")  # the page stays; only the text is new
    [event] = edited.events(_article())
    assert event.kind == REEXTRACTED and "@2" in event.detail
    message = _git(edited, "log", "-1", "--format=%B").stdout
    assert "Revtrack-Event: re-extracted" in message
    assert f"Observed-At: {(T0 + timedelta(hours=3)).isoformat()}" in message
    assert _git(edited, "fsck", "--strict").returncode == 0


def test_extracting_again_with_the_same_extractor_stores_nothing(edited: GitStore) -> None:
    """A second run finds the stored text is what the page gives: no commit."""
    reextract(edited, now=NOW)
    head = _git(edited, "rev-parse", "main").stdout
    [again] = reextract(edited, now=NOW + timedelta(days=1))
    assert again.outcome is Outcome.unchanged
    assert _git(edited, "rev-parse", "main").stdout == head


def test_a_version_stored_without_its_page_is_not_read_from_an_older_page(
    store: GitStore,
) -> None:
    """The .html left by @1 is not @2's page: extracting it would bring back the old text."""
    first = _page("12")
    store.put(_as_old_extractor_read(first), at=T0, raw=first)
    edit = _as_old_extractor_read(_page("21"))
    store.put(edit, at=T0 + timedelta(hours=1))  # keep_raw was off for this one
    [result] = reextract(store, now=NOW)
    assert result.outcome is Outcome.no_page
    assert "@2" in result.message and "keep_raw" in result.message
    assert len(store.versions(_article())) == 2


def test_a_derived_text_never_lands_on_a_newer_version(edited: GitStore) -> None:
    """Writing a re-extraction of @2 after @3 was stored refuses, and writes nothing."""
    source = edited.versions(_article())[-1]
    edited.put(_as_old_extractor_read(_page("33")), at=T0 + timedelta(hours=5))
    fresh = document_from_bytes(_page("21"), url=URL)
    with pytest.raises(ConcurrentChangeError, match="new version"):
        edited.put(fresh, at=source.observed_at, event=REEXTRACTED, replacing=source)
    assert [v.event for v in edited.versions(_article())] == [None, None, None]


def test_diff_says_the_last_step_is_a_reextraction(invoke: Invoke, edited: GitStore) -> None:
    """The default diff (the last change) names the step and lists no edits."""
    invoke("reextract", URL, "--store", str(edited.path))
    text = invoke("diff", URL, "--store", str(edited.path)).stdout
    assert "@2 (2026-03-02 11:00 UTC) → @3 (2026-03-02 11:00 UTC, re-extracted)" in text
    assert "not an edit" in text
    assert "Share this story" not in text and "[-" not in text
    data = json.loads(invoke("diff", URL, "--json", "--store", str(edited.path)).stdout)
    assert data["new"]["event"] == REEXTRACTED and data["changes"] == []


def test_log_shows_a_reextraction_once_as_a_labelled_version(
    invoke: Invoke, edited: GitStore
) -> None:
    """The version line says re-extracted; no separate event line repeats its commit."""
    invoke("reextract", URL, "--store", str(edited.path))
    lines = invoke("log", URL, "--store", str(edited.path)).stdout.splitlines()
    assert lines[1].startswith("  @3 ") and lines[1].endswith("(re-extracted)")
    assert [line.split()[0] for line in lines[1:]] == ["@3", "@2", "@1"]
    data = json.loads(invoke("log", URL, "--json", "--store", str(edited.path)).stdout)
    assert [e["event"] for e in data] == [REEXTRACTED, None, None]


def test_diff_all_shows_the_edit_and_the_reextraction_apart(
    invoke: Invoke, edited: GitStore
) -> None:
    """--all lists the real edit (12 → 21) and calls the next step a re-extraction."""
    invoke("reextract", "--all", "--store", str(edited.path))
    text = invoke("diff", URL, "--all", "--store", str(edited.path)).stdout
    reextraction, edit = text.split("@1 (")[0], text.split("@1 (")[1]
    assert "the same stored page read again, not an edit" in reextraction
    assert "Share this story" not in reextraction
    assert "[-12-]{+21+}" in edit


def test_stealth_edits_skip_the_reextraction_step(invoke: Invoke, edited: GitStore) -> None:
    """The share line dropping out is a substantive change, but not an edit: not listed."""
    versions = edited.versions(_article())
    before = compare(edited.read(versions[-2]), edited.read(versions[-1]))
    assert [c.kind for c in before.changes] == ["number"]  # the fixture's one real edit
    reextract(edited, now=NOW)
    after = edited.versions(_article())
    step = compare(edited.read(after[-2]), edited.read(after[-1]))
    assert any(c.significance == "substantive" for c in step.changes)  # would be listed
    edits = stealth_edits(edited)
    assert [(e.old_version, e.new_version, e.kind) for e in edits] == [(1, 2, "number")]
    out = invoke("corrections", "--stealth", "--json", "--store", str(edited.path)).stdout
    assert [(r["old_version"], r["new_version"]) for r in json.loads(out)] == [(1, 2)]


def test_cli_reports_each_named_article_and_exits_1_when_one_has_no_page(
    invoke: Invoke, edited: GitStore
) -> None:
    """A named article without a kept page is one error line and exit code 1."""
    bare = Document(text="A plain text article with no page kept.", url="https://b.example/x")
    edited.put(bare, at=T0)
    result = invoke("reextract", URL, "https://b.example/x", "--store", str(edited.path), code=1)
    assert result.stdout == f"{_article()}: re-extracted, @2 -> @3 ({_head(edited)})\n"
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: b.example/")
    assert "no page kept with its latest version (@1)" in result.stderr
    again = invoke("reextract", URL, "--store", str(edited.path))
    assert again.stdout == f"{_article()}: unchanged, no new version\n"


def test_cli_all_skips_articles_without_a_page_and_exits_0(
    invoke: Invoke, edited: GitStore
) -> None:
    """--all means every article that can be: the rest are counted, not failed."""
    edited.put(Document(text="Plain text.", url="https://b.example/x"), at=T0)
    result = invoke("reextract", "--all", "--store", str(edited.path))
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1] == (
        "2 articles: 1 re-extracted, 0 unchanged, 0 failed, "
        "1 skipped (no page kept with the latest version)."
    )


def test_a_kept_page_that_now_gives_no_text_fails_the_item(invoke: Invoke, store: GitStore) -> None:
    """An extractor that finds nothing in the page fails that article; nothing is stored."""
    empty = b"<html><head><title>x</title></head><body><nav></nav></body></html>"
    store.put(Document(text="Text from before.", url=URL), at=T0, raw=empty)
    result = invoke("reextract", "--all", "--store", str(store.path), code=1)
    assert "no article text" in result.stderr
    assert "1 failed" in result.stdout
    assert len(store.versions(_article())) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Name one or more articles"),
        ((URL, "--all"), "not both"),
        (("https://nowhere.example/a",), "nowhere.example"),
    ],
)
def test_cli_usage_mistakes_exit_2(
    invoke: Invoke, edited: GitStore, args: tuple[str, ...], message: str
) -> None:
    """No article and no --all, both, or an unknown article: one sentence, exit 2."""
    result = invoke("reextract", *args, "--store", str(edited.path), code=2)
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert len(edited.versions(_article())) == 2


def test_pages_kept_by_a_watching_pass_give_the_same_text_again(
    invoke: Invoke, http_server: LocalServer, store: GitStore
) -> None:
    """keep_raw: true keeps what reextract needs; the same extractor changes nothing."""
    http_server.page("/story", _page("12"))
    settings = Settings.model_validate(
        {
            "sources": {"articles": [http_server.url("/story")]},
            "fetch": {
                "timeout": 1,
                "min_delay_seconds": 0,
                "allow_private": True,
                "keep_raw": True,
            },
        }
    )
    run_pass(settings, store, now=T0)
    result = invoke("reextract", "--all", "--store", str(store.path))
    assert result.stdout == "1 article: 0 re-extracted, 1 unchanged, 0 failed.\n"


def _head(store: GitStore) -> str:
    return _git(store, "rev-parse", "main").stdout.strip()[:10]


def test_reextract_is_listed_in_help(invoke: Invoke, tmp_path: Path) -> None:
    """The command documents its exit codes."""
    text = invoke("reextract", "--help").stdout
    assert "Exit codes:" in text and "skipped and counted" in text


def test_a_version_in_the_old_file_format_is_brought_up_to_the_current_one(
    invoke: Invoke, store: GitStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page stored by a format-1 revtrack (paragraphs only, its list read as paragraphs)
    is re-extracted into the current format with roles, and the step is not an edit."""
    from revtrack.store import records

    page = (
        b"<html><head><title>Council passes budget</title></head><body><article>"
        b"<h1>Council passes budget</h1>"
        b"<p>The council approved the budget by 21 votes after a debate that ran past midnight.</p>"
        b"<h2>What it pays for</h2><ul><li>Two new schools</li><li>A night bus</li></ul>"
        b"</article></body></html>"
    )
    old_text = (
        "The council approved the budget by 21 votes after a debate that ran past midnight."
        "\n\nWhat it pays for\n\nTwo new schools\n\nA night bus"
    )
    with monkeypatch.context() as old_revtrack:
        old_revtrack.setattr(records, "FORMAT_VERSION", 1)
        store.put(Document(text=old_text, url=URL, title="Council passes budget"), at=T0, raw=page)
    [result] = reextract(store, now=NOW)
    assert result.outcome is Outcome.reextracted
    latest = store.versions(_article())[-1]
    assert b"format: 2" in store.read_bytes(latest)
    assert store.read(latest).text.endswith(
        "## What it pays for\n\n- Two new schools\n\n- A night bus"
    )
    data = json.loads(invoke("diff", URL, "--json", "--store", str(store.path)).stdout)
    assert data["new"]["event"] == REEXTRACTED and data["changes"] == []
    [again] = reextract(store, now=NOW)
    assert again.outcome is Outcome.unchanged


def test_a_format_1_file_never_reads_a_paragraph_as_a_marker() -> None:
    """Format 1 wrote no roles: a paragraph that begins like a list item stays a paragraph."""
    from revtrack.blocks import parse_blocks
    from revtrack.store.records import decode_document

    doc = decode_document(
        b"---\nurl: https://e.example/a\nformat: 1\n---\n\n- 5 degrees overnight\n"
    )
    assert [(b.role, b.text) for b in parse_blocks(doc.text)] == [
        ("paragraph", "- 5 degrees overnight")
    ]


def test_reextract_during_a_run_says_it_waits_for_the_run(edited: GitStore) -> None:
    """A watching pass holds the writer lock from its first version to its last; a
    reextract started meanwhile says it is waiting for it, then does its work."""
    import select
    import sys
    import time

    holder = GitStore.open(edited.path)
    command = [sys.executable, "-m", "revtrack", "reextract", URL, "--store", str(edited.path)]
    with holder.batch():  # what a watching pass holds while it runs
        started = subprocess.Popen(
            command, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert started.stderr is not None
        ready, _, _ = select.select([started.stderr], [], [], 60)  # never wait for ever
        note = started.stderr.readline() if ready else ""  # written before it waits
        time.sleep(0.5)
        still_waiting = started.poll() is None
    _out, rest = started.communicate(timeout=120)
    assert "writing to this store; waiting for it to finish" in note
    assert still_waiting
    assert started.returncode == 0, rest
    versions = edited.versions(_article())
    assert versions[-1].event == REEXTRACTED
