"""Article URLs found in feeds and on section pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from revtrack.config import FetchSettings, load_config
from revtrack.errors import ConfigError
from revtrack.feeds import feed_article_urls, page_article_urls
from revtrack.fetch import Fetcher
from tests._http_server import LocalServer, Request, http_server

__all__ = ["http_server"]

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example News</title>
{items}
</channel></rss>"""
ITEM = "<item><title>{t}</title><link>{link}</link></item>"


def test_feed_entries_become_canonical_article_urls() -> None:
    """Each entry's link is one article, without its tracking parameters, listed once."""
    items = "".join(
        [
            ITEM.format(t="Budget vote", link="https://news.example.com/budget?utm_source=rss"),
            ITEM.format(t="Storm", link="https://News.Example.com/storm#top"),
            ITEM.format(t="Budget again", link="https://news.example.com/budget"),
        ]
    )
    urls = feed_article_urls(RSS.format(items=items), base_url="https://news.example.com/rss")
    assert urls == ["https://news.example.com/budget", "https://news.example.com/storm"]


def test_an_atom_feed_with_relative_links_is_read() -> None:
    """Atom entries with relative hrefs resolve against the feed's address."""
    atom = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>T</title><entry><title>A</title><link href="/2026/03/a-story"/></entry></feed>"""
    urls = feed_article_urls(atom, base_url="https://e.example/feed.atom")
    assert urls == ["https://e.example/2026/03/a-story"]


def test_a_feed_that_gains_entries_gives_the_new_ones(http_server: LocalServer) -> None:
    """Fetched twice, a feed that grew gives the new story as well as the old."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        items = ITEM.format(t="One", link="/one")
        if request.count > 1:
            items += ITEM.format(t="Two", link="/two")
        return 200, {"Content-Type": "text/plain"}, RSS.format(items=items).encode()

    http_server.routes["/rss"] = route
    settings = FetchSettings(min_delay_seconds=0, allow_private=True, timeout=2)
    with Fetcher(settings) as fetcher:
        first = fetcher.fetch(http_server.url("/rss"))
        second = fetcher.fetch(http_server.url("/rss"))
    base = http_server.url("/rss")
    assert feed_article_urls(first.raw, base_url=base) == [http_server.url("/one")]
    assert feed_article_urls(second.raw, base_url=base) == [
        http_server.url("/one"),
        http_server.url("/two"),
    ]


def test_a_section_page_keeps_only_links_matching_the_pattern() -> None:
    """Navigation, tag and external links are left out; article links are kept."""
    html = """<html><body>
    <a href="/">Home</a> <a href="/tag/politics">Politics</a>
    <a href="/2026/03/01/budget-vote?utm_medium=home">Budget</a>
    <a href="https://news.example.com/2026/03/02/storm">Storm</a>
    <a href="javascript:void(0)">Menu</a>
    <a href="/2026/03/01/budget-vote">Budget (again)</a>
    </body></html>"""
    urls = page_article_urls(
        html, base_url="https://news.example.com/", pattern=r"/20\d\d/\d\d/\d\d/"
    )
    assert urls == [
        "https://news.example.com/2026/03/01/budget-vote",
        "https://news.example.com/2026/03/02/storm",
    ]


def test_a_bad_page_pattern_in_the_config_is_one_plain_sentence(tmp_path: Path) -> None:
    """A pattern that is not a regular expression is named when the config is read."""
    config = tmp_path / "config.yaml"
    config.write_text("sources:\n  pages:\n    - {url: 'https://e.example/', pattern: '(['}\n")
    with pytest.raises(ConfigError) as error:
        load_config(config)
    message = str(error.value)
    assert "pattern" in message and "regular expression" in message
    assert "\n" not in message
