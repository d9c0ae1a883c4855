"""Article URLs from feeds and from section pages.

Feeds list new stories as they appear; many outlets have none, so a section or home
page can stand in, keeping only the links whose URL matches a configured pattern
(navigation, tags and adverts never do). Every URL passes ``revtrack.weburl`` and is
canonicalised so a story found in a feed and on a section page is one article. A feed
entry whose link is not a usable web address is reported (it was meant to be an
article); a section page's links that are not are only passed over, since most links on
such a page are not articles anyway. At most ``MAX_LINKS`` URLs are taken from one
source, so a hostile feed cannot fill the state with millions of articles.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import feedparser

from revtrack.pagemeta import canonical_link, links
from revtrack.urls import canonical_url
from revtrack.weburl import BadURLError, check_url

MAX_LINKS = 1000


@dataclass
class Links:
    """The article URLs a source names, in its order, and the links that were refused."""

    urls: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def add(self, url: str) -> None:
        if url not in self.urls and len(self.urls) < MAX_LINKS:
            self.urls.append(url)


def read_feed(data: str | bytes, *, base_url: str) -> Links:
    """The article URLs a feed names, and one sentence for each entry link refused.

    The feed is handed to feedparser as a stream, never as a string: feedparser takes a
    string that looks like a URL or a file name as something to open.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    parsed = feedparser.parse(io.BytesIO(raw), sanitize_html=False, resolve_relative_uris=False)
    found = Links()
    for entry in parsed.entries[: MAX_LINKS * 2]:
        link = entry.get("link")
        if not link:
            continue
        try:
            found.add(canonical_url(check_url(link, base=base_url, what="feed entry link")))
        except BadURLError as exc:
            found.refused.append(str(exc))
    return found


def feed_article_urls(text: str | bytes, *, base_url: str) -> list[str]:
    """List the article URLs a feed names, in feed order, without repeats."""
    return read_feed(text, base_url=base_url).urls


def declared_canonical_url(html: str, *, base_url: str) -> str | None:
    """The URL a page names as its own (rel=canonical, else og:url), canonicalised."""
    declared = canonical_link(html)
    if not declared:
        return None
    try:
        return canonical_url(check_url(declared, base=base_url, what="canonical link"))
    except BadURLError:
        return None  # a page naming a broken URL as its own keeps the one it came from


def read_page_links(html: str, *, base_url: str, pattern: str) -> Links:
    """The links on a section page whose absolute URL matches ``pattern``."""
    keep = re.compile(pattern)
    found = Links()
    for href in links(html):
        try:
            absolute = check_url(href, base=base_url, what="link")
        except BadURLError as exc:
            found.refused.append(str(exc))
            continue
        if keep.search(absolute[:2048]):
            found.add(canonical_url(absolute))
    return found


def page_article_urls(html: str, *, base_url: str, pattern: str) -> list[str]:
    """List the links on a section page whose absolute URL matches ``pattern``."""
    return read_page_links(html, base_url=base_url, pattern=pattern).urls
