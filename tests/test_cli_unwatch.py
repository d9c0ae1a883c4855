"""``revtrack unwatch``: a watched article is no longer fetched, and nothing stored is lost."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests._http_server import LocalServer, http_server
from tests.conftest import Invoke

__all__ = ["http_server"]

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The harbour board approved the new quay after a long meeting on Tuesday night.</p>"
    "<p>Work is expected to start in the spring and to last about two years.</p>"
    "</article></body></html>"
)


def _setup(
    invoke: Invoke, server: LocalServer, tmp_path: Path, **sources: object
) -> tuple[str, str]:
    """A store and a config; two pages on the local server, each watched by one snapshot."""
    store = tmp_path / "store"
    config = tmp_path / "config.yaml"
    fetch = {"timeout": 2, "min_delay_seconds": 0, "allow_private": True}
    config.write_text(yaml.safe_dump({"store": str(store), "fetch": fetch, "sources": sources}))
    invoke("init", str(store))
    for path, title in (("/harbour", "Harbour quay approved"), ("/budget", "Budget vote delayed")):
        server.page(path, PAGE.format(title=title))
    return str(config), str(store)


def _watched(invoke: Invoke, config: str) -> dict[str, str]:
    rows = json.loads(invoke("status", "--json", "--config", config).stdout)
    return {r["id"]: r["state"] for r in rows if r["kind"] == "article"}


def test_unwatch_by_headline_words_stops_fetching_and_keeps_the_versions(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """Named by words of its headline, the article is not fetched by the next passes; its
    version is still there; the other article is still checked; snapshot URL resumes it."""
    config, _ = _setup(invoke, http_server, tmp_path)
    harbour, budget = http_server.url("/harbour"), http_server.url("/budget")
    invoke("snapshot", harbour, budget, "--config", config)
    result = invoke("unwatch", "harbour quay", "--config", config)
    assert result.stdout.startswith(f"Stopped watching {harbour}; its 1 stored version stays")
    assert result.stderr == ""
    before = dict(http_server.hits)
    invoke("snapshot", "--config", config)
    invoke("snapshot", "--config", config)
    assert http_server.hits["/harbour"] == before["/harbour"]
    assert http_server.hits["/budget"] == before["/budget"] + 2
    assert "@1" in invoke("log", harbour, "--config", config).stdout
    assert _watched(invoke, config) == {budget: "due", harbour: "unwatched"}
    status = invoke("status", "--config", config).stdout
    assert "Watched articles: 1; due now: 1." in status
    again = invoke("unwatch", harbour, "--config", config)
    assert again.stdout.startswith(f"{harbour} was unwatched already;")
    invoke("snapshot", harbour, "--config", config)
    assert _watched(invoke, config)[harbour] == "due"


def test_unwatch_takes_a_url_with_tracking_parameters(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """The URL as shared (utm_ parameters, another case of host) names the same article."""
    config, _ = _setup(invoke, http_server, tmp_path)
    budget = http_server.url("/budget")
    invoke("snapshot", budget, "--config", config)
    shared = budget.replace("127.0.0.1", "127.0.0.1.") + "?utm_source=newsletter&utm_medium=email"
    result = invoke("unwatch", shared, "--config", config)
    assert result.stdout.startswith(f"Stopped watching {budget};")
    assert _watched(invoke, config) == {budget: "unwatched"}


def test_an_article_a_feed_still_lists_stays_unwatched(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """Unwatching is remembered: the feed naming the article on every pass does not bring
    it back."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        f"<item><title>Harbour</title><link>{http_server.url('/harbour')}?utm_source=rss</link>"
        "</item></channel></rss>"
    )
    http_server.page("/rss", feed, content_type="application/rss+xml")
    config, _ = _setup(invoke, http_server, tmp_path, feeds=[http_server.url("/rss")])
    invoke("snapshot", "--config", config)
    assert http_server.hits["/harbour"] == 1
    invoke("unwatch", "harbour", "--config", config)
    invoke("snapshot", "--config", config)
    assert http_server.hits["/rss"] == 2 and http_server.hits["/harbour"] == 1


def test_an_article_listed_in_the_config_is_said_to_be_listed_still(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """The config entry would read as watched: the command says to remove it there."""
    config, _ = _setup(invoke, http_server, tmp_path, articles=[http_server.url("/budget")])
    invoke("snapshot", "--config", config)
    result = invoke("unwatch", "budget vote", "--config", config)
    assert result.stderr == (
        f"Warning: {http_server.url('/budget')} is still listed under sources.articles in the "
        "config; remove it there too (it is not checked while unwatched).\n"
    )
    invoke("snapshot", "--config", config)
    assert http_server.hits["/budget"] == 1


def test_an_unknown_article_is_one_sentence_and_exit_2(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """A URL nothing watches, words no headline holds: a plain sentence naming the fix."""
    config, store = _setup(invoke, http_server, tmp_path)
    invoke("snapshot", http_server.url("/harbour"), "--config", config)
    missing = http_server.url("/elsewhere")
    by_url = invoke("unwatch", missing, "--store", store, code=2)
    assert by_url.stderr == (
        f"Error: No watched or stored article matches '{missing}'; 'revtrack status --json' "
        "lists the watched URLs.\n"
    )
    by_words = invoke("unwatch", "zebra crossing", "--store", store, code=2)
    assert by_words.stderr.startswith("Error: No tracked article matches 'zebra crossing';")
    assert by_words.stdout == "" and "Traceback" not in by_words.stderr
    assert _watched(invoke, config) == {http_server.url("/harbour"): "due"}


def test_a_stored_file_that_was_never_watched_is_said_so(invoke: Invoke, tmp_path: Path) -> None:
    """A version snapshotted from a file is not watched: nothing to stop, nothing removed."""
    store = str(tmp_path / "store")
    invoke("init", store)
    page = tmp_path / "story.txt"
    page.write_text("The council met on Monday.\n", encoding="utf-8")
    invoke("snapshot", str(page), "--url", "https://news.example.com/council", "--store", store)
    result = invoke("unwatch", "https://news.example.com/council", "--store", store)
    assert "is stored but not watched, so there was nothing to stop" in result.stdout
    assert "@1" in invoke("log", "council", "--store", store).stdout


def test_a_redirected_article_is_unwatched_by_the_url_it_is_stored_under(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """Watched at the address a link gave, stored at the one it redirected to: naming the
    stored one (as 'articles' shows it) stops the watched one, and snapshot says where."""
    config, _ = _setup(invoke, http_server, tmp_path)
    moved, final = http_server.url("/short"), http_server.url("/harbour")
    http_server.routes["/short"] = lambda _r: (301, {"Location": "/harbour"}, b"")
    said = invoke("snapshot", moved, "--config", config).stdout
    assert said.startswith(f"{moved}: stored version 1 (as 127.0.0.1-")
    result = invoke("unwatch", final, "--config", config)
    assert result.stdout.startswith(f"Stopped watching {moved};")
    assert _watched(invoke, config) == {moved: "unwatched"}
