"""Stopping watching an article: named as any lookup names it, its versions kept.

An article is watched under the URL it was found at (a feed entry, a URL given to
``snapshot``, a config entry) and stored under its identity (the URL its page names as
its own, or where a redirect ended). People name it by either, by its store path or by
words of its headline, so every watched URL whose article is the one named is unwatched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from revtrack.errors import ArticleNotFoundError
from revtrack.models import ArticleSummary
from revtrack.store.paths import article_path, normalise_url
from revtrack.store.refs import resolve_article
from revtrack.urls import canonical_url
from revtrack.watch.state import ArticleState, WatchState

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


@dataclass(frozen=True)
class Unwatched:
    """What unwatching one article did."""

    name: str
    path: str | None  # the article's store path, None when nothing was ever stored
    urls: tuple[str, ...]  # the watched URLs that were stopped by this call
    already: tuple[str, ...]  # the URLs that had been unwatched before
    versions: int  # the stored versions, which stay


def _paths(row: ArticleState) -> set[str]:
    """The store paths a watched row may have written to: its identity's and its own."""
    return {article_path(normalise_url(u)) for u in (row.url, row.identity) if u}


def _by_url(name: str, rows: list[ArticleState]) -> list[ArticleState]:
    wanted = canonical_url(name)
    path = article_path(normalise_url(wanted))
    return [r for r in rows if wanted in (r.url, r.identity) or path in _paths(r)]


def unwatch(
    state: WatchState, articles: list[ArticleSummary], name: str, *, now: datetime
) -> Unwatched:
    """Stop watching the article ``name`` designates; raise ArticleNotFoundError if none.

    ``articles`` are the store's articles, for names that are not URLs (a path, a
    prefix, headline words). The stored versions are never touched.
    """
    rows = state.articles()
    matched = _by_url(name, rows) if _SCHEME.match(name.strip()) else []
    path: str | None = None
    if matched:
        paths = set().union(*(_paths(r) for r in matched))
        stored = [a.path for a in articles if a.path in paths]
        path = stored[0] if stored else None
    else:
        try:
            path = resolve_article(name, articles)
        except ArticleNotFoundError:
            if not _SCHEME.match(name.strip()):
                raise
            raise ArticleNotFoundError(
                f"No watched or stored article matches '{name.strip()}'; "
                "'revtrack status --json' lists the watched URLs."
            ) from None
        matched = [r for r in rows if path in _paths(r)]
    stopped = tuple(r.url for r in matched if r.unwatched is None and state.unwatch(r.url, now=now))
    already = tuple(r.url for r in matched if r.unwatched is not None)
    versions = next((a.versions for a in articles if a.path == path), 0)
    return Unwatched(name.strip(), path, stopped, already, versions)
