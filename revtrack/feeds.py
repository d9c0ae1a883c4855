"""Article URLs from feeds and from section pages.

Feeds list new stories as they appear; many outlets have none, so a section or home
page can stand in, keeping only the links whose URL matches a configured pattern
(navigation, tags and adverts never do). Every URL is canonicalised so a story found
in a feed and on a section page is one article.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

import feedparser

from revtrack.urls import canonical_url


def feed_article_urls(text: str | bytes, *, base_url: str) -> list[str]:
    """List the article URLs a feed names, in feed order, without repeats."""
    parsed = feedparser.parse(text)
    urls: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        url = canonical_url(urljoin(base_url, str(link)))
        if url not in urls:
            urls.append(url)
    return urls


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value:
                    self.hrefs.append(value)


class _Canonical(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.link: str | None = None
        self.og: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "link" and "canonical" in found.get("rel", "").lower().split():
            self.link = self.link or found.get("href") or None
        elif tag == "meta" and found.get("property", "").lower() == "og:url":
            self.og = self.og or found.get("content") or None


def declared_canonical_url(html: str, *, base_url: str) -> str | None:
    """The URL a page names as its own (rel=canonical, else og:url), canonicalised."""
    parser = _Canonical()
    parser.feed(html[:500_000])
    parser.close()
    declared = parser.link or parser.og
    if not declared:
        return None
    absolute = urljoin(base_url, declared.strip())
    if not absolute.startswith(("http://", "https://")):
        return None
    return canonical_url(absolute)


def page_article_urls(html: str, *, base_url: str, pattern: str) -> list[str]:
    """List the links on a section page whose absolute URL matches ``pattern``."""
    keep = re.compile(pattern)
    parser = _Links()
    parser.feed(html)
    parser.close()
    urls: list[str] = []
    for href in parser.hrefs:
        absolute = urljoin(base_url, href.strip())
        if not absolute.startswith(("http://", "https://")) or not keep.search(absolute):
            continue
        url = canonical_url(absolute)
        if url not in urls:
            urls.append(url)
    return urls
