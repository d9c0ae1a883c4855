"""What `revtrack snapshot URL` says it did, against a real server on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import yaml

from tests._http_server import LocalServer, http_server
from tests.conftest import ROOT, Invoke

__all__ = ["http_server"]

PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    "<p>The harbour board approved the new quay after a long meeting on Tuesday night.</p>"
    "<p>Work is expected to start in the spring and to last about {n} years.</p>"
    "</article></body></html>"
)


def _config(tmp_path: Path, *, allow_private: bool = True) -> str:
    store = tmp_path / "store"
    path = tmp_path / "config.yaml"
    fetch = {"timeout": 2, "min_delay_seconds": 0, "allow_private": allow_private}
    path.write_text(yaml.safe_dump({"store": str(store), "fetch": fetch}))
    return str(path)


def test_snapshot_url_says_what_it_stored_and_that_the_url_is_watched(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """Each run names the version it stored, or the one the text is unchanged since, and
    says the URL is watched; a later scheduled pass does fetch it; --json has the row."""
    config = _config(tmp_path)
    invoke("init", str(tmp_path / "store"))
    pages = iter([PAGE.replace("{n}", "two"), PAGE.replace("{n}", "three"), *[PAGE] * 9])
    http_server.routes["/harbour"] = lambda _r: (
        200,
        {"Content-Type": "text/html"},
        next(pages).encode(),
    )
    url = http_server.url("/harbour")
    first = invoke("snapshot", url + "?utm_source=newsletter", "--config", config).stdout
    assert first == f"{url}: stored version 1; watched from now on.\n"
    second = invoke("snapshot", url, "--config", config).stdout
    assert second == f"{url}: stored version 2; watched from now on.\n"
    rows = json.loads(invoke("snapshot", url, "--json", "--config", config).stdout)
    assert rows == [
        {
            "id": url,
            "outcome": "stored",
            "article": rows[0]["article"],
            "version": 3,
            "commit": rows[0]["commit"],
            "url": url,
            "title": "Harbour plan",
            "error": None,
        }
    ]
    log = json.loads(invoke("log", url, "--json", "--config", config).stdout)
    assert (log[0]["version"], log[0]["id"]) == (3, rows[0]["commit"])
    unchanged = invoke("snapshot", url, "--config", config).stdout
    assert unchanged == f"{url}: unchanged since version 3; watched from now on.\n"
    # Watched: a pass with no URL and no sources in the config still checks it.
    hits = http_server.hits["/harbour"]
    invoke("snapshot", "--config", config)
    assert http_server.hits["/harbour"] == hits + 1


def test_snapshot_of_a_missing_page_fails_and_stores_nothing(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """A 404 for an address never stored is a failure (exit 1), not 'unchanged', and no
    event is written for an article that does not exist."""
    config = _config(tmp_path)
    invoke("init", str(tmp_path / "store"))
    url = http_server.url("/no-such-story")
    result = invoke("snapshot", url, "--config", config, code=1)
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: The page {url} is gone (HTTP 404). Nothing was stored. It stays watched and "
        f"is tried again next run; 'revtrack unwatch {url}' stops that.\n"
    )
    assert invoke("articles", "--config", config).stdout.startswith("No articles yet")
    history = subprocess.run(
        ["git", "-C", str(tmp_path / "store"), "rev-list", "--all"], capture_output=True, text=True
    )
    assert history.stdout == ""


def test_a_refused_private_address_is_named_once(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """Loopback is refused by default: one line, the URL in it once, exit 1."""
    config = _config(tmp_path, allow_private=False)
    invoke("init", str(tmp_path / "store"))
    url = http_server.url("/harbour")
    result = invoke("snapshot", url, "--config", config, code=1)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert lines[0].count(url) == 1
    assert lines[0].endswith(
        "It is no longer watched; to fetch private addresses (a test server, an intranet), "
        "set 'fetch: allow_private: true' in the config."
    )


def test_the_config_comment_on_allow_private_names_every_way_a_url_comes_in() -> None:
    """The example config says truly which URLs the refusal covers: the command line,
    sources.articles, feed and page links, and redirects, each checked on connecting."""
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    comment = text.split("respect_robots: true", 1)[1].split("allow_private:", 1)[0]
    words = " ".join(line.strip(" #") for line in comment.splitlines())
    for way in ("command line", "sources.articles", "feed", "page", "redirects", "connection"):
        assert way in words, way
