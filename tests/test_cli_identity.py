"""One story, one article: every entry point stores and finds it under one URL identity;
and a version is only written at a time git can keep."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from revtrack.urls import canonical_url
from tests._http_server import LocalServer, http_server
from tests.conftest import Invoke

__all__ = ["http_server"]

PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    "<p>The harbour board approved the new quay after a long meeting on Tuesday night.</p>"
    "<p>Work is expected to start in the spring and to last about {n} years.</p>"
    "</article></body></html>"
)


def _store(invoke: Invoke, tmp_path: Path) -> str:
    store = str(tmp_path / "store")
    invoke("init", store)
    return store


def _write(tmp_path: Path, name: str, n: str) -> Path:
    page = tmp_path / name
    page.write_text(PAGE.replace("{n}", n), encoding="utf-8")
    return page


def test_a_file_snapshot_and_the_watcher_store_one_story_as_one_article(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """A saved page given with a newsletter link and the same story fetched with a social
    link land in one article, under the URL without tracking parameters."""
    store = _store(invoke, tmp_path)
    http_server.page("/story", PAGE.replace("{n}", "three"))
    saved = _write(tmp_path, "saved.html", "two")
    newsletter = http_server.url("/story") + "?utm_source=newsletter&utm_medium=email"
    invoke(
        "snapshot", str(saved), "--url", newsletter, "--at", "2024-05-01T10:00Z", "--store", store
    )
    config = tmp_path / "config.yaml"
    fetch = {"timeout": 2, "min_delay_seconds": 0, "allow_private": True}
    config.write_text(yaml.safe_dump({"store": store, "fetch": fetch}))
    invoke("snapshot", http_server.url("/story") + "?fbclid=abc123", "--config", str(config))
    (article,) = json.loads(invoke("articles", "--json", "--store", store).stdout)
    assert article["url"] == http_server.url("/story")
    assert article["versions"] == 2


@pytest.mark.parametrize("command", ["log", "show", "diff"])
def test_a_url_with_tracking_parameters_finds_its_article(
    invoke: Invoke, tmp_path: Path, command: str
) -> None:
    """log, show and diff accept the link as it was shared."""
    store = _store(invoke, tmp_path)
    url = "https://news.example.com/harbour-plan"
    for n, words in enumerate(("two", "three"), 1):
        page = _write(tmp_path, f"v{n}.html", words)
        invoke(
            "snapshot", str(page), "--url", url, "--at", f"2024-05-0{n}T10:00Z", "--store", store
        )
    shared = "https://News.Example.com/harbour-plan?utm_campaign=x&gclid=1#comments"
    result = invoke(command, shared, "--store", store)
    assert result.stdout.strip()


def test_headline_words_name_an_article_and_an_ambiguous_name_lists_the_candidates(
    invoke: Invoke, tmp_path: Path
) -> None:
    """'revtrack log harbour quay' finds the one story whose headline has both words;
    a word two headlines share is answered with both, not with a guess."""
    store = _store(invoke, tmp_path)
    for slug, title in (("a", "Harbour quay approved"), ("b", "Harbour strike ends")):
        page = tmp_path / f"{slug}.html"
        page.write_text(PAGE.replace("Harbour plan", title).replace("{n}", "two"), encoding="utf-8")
        invoke("snapshot", str(page), "--url", f"https://news.example.com/{slug}", "--store", store)
    out = invoke("log", "harbour quay", "--store", store).stdout
    assert out.splitlines()[0].startswith("news.example.com/")
    assert "Harbour quay approved" in out
    error = invoke("log", "harbour", "--store", store, code=2).stderr
    assert "'harbour' is in the headline of 2 articles" in error
    assert "Harbour quay approved" in error and "Harbour strike ends" in error
    listed = invoke("articles", "--grep", "STRIKE harbour", "--json", "--store", store).stdout
    assert [a["title"] for a in json.loads(listed)] == ["Harbour strike ends"]


@given(
    st.from_regex(
        r"https?://[A-Za-z0-9.-]{1,20}(:\d{1,5})?(/[\w%.~-]{0,10}){0,3}(\?[\w=&%+]{0,30})?(#\w*)?",
        fullmatch=True,
    )
)
def test_canonical_url_is_idempotent(url: str) -> None:
    """Identity of an identity is itself: a stored URL looked up again finds itself."""
    once = canonical_url(url)
    assert canonical_url(once) == once


@pytest.mark.parametrize("at", ["1960-01-01T00:00Z", "1969-12-31T23:59:59Z", "9999-06-01T00:00Z"])
def test_dates_git_cannot_store_are_refused_in_one_sentence(
    invoke: Invoke, tmp_path: Path, at: str
) -> None:
    """Before 1970 git's fsck calls the time an overflow; far in the future its
    commit-graph cannot hold it. Nothing is written."""
    store = _store(invoke, tmp_path)
    page = _write(tmp_path, "p.html", "two")
    result = invoke(
        "snapshot", str(page), "--url", "https://x.example/a", "--at", at, "--store", store, code=2
    )
    assert result.stderr == (
        f"Error: '{at}' cannot be stored: git keeps commit times from 1970 to 2499 only, "
        "so give a time in that range.\n"
    )
    assert json.loads(invoke("articles", "--json", "--store", store).stdout) == []


def test_the_edges_of_the_range_pass_git_fsck_strict(invoke: Invoke, tmp_path: Path) -> None:
    """The first second of 1970 and the last of 2499 are stored, and git finds no fault."""
    store = _store(invoke, tmp_path)
    for n, at in enumerate(("1970-01-01T00:00:00Z", "2499-12-31T23:59:59Z"), 1):
        page = _write(tmp_path, f"p{n}.html", str(n))
        invoke("snapshot", str(page), "--url", "https://x.example/a", "--at", at, "--store", store)
    fsck = subprocess.run(["git", "-C", store, "fsck", "--strict"], capture_output=True, text=True)
    assert (fsck.returncode, fsck.stderr) == (0, "")


def test_at_is_refused_for_a_page_fetched_now(invoke: Invoke, tmp_path: Path) -> None:
    """A fetched page is observed when it is fetched: --at with a URL is a usage error,
    not silently ignored."""
    store = _store(invoke, tmp_path)
    result = invoke(
        "snapshot", "https://x.example/a", "--at", "2020-01-01", "--store", store, code=2
    )
    assert result.stderr == (
        "Error: --at applies to files and standard input; a fetched page is observed now.\n"
    )
