"""Where an article lives in the store: a safe, stable, bounded path made from its URL.

Layout: ``<host>/<shard>/<slug>--<hash>.txt``. The host keeps articles of one site
together; the slug keeps the name readable; the hash (the first 10 hex digits of the URL's
SHA-256) makes different URLs land in different files even when their slugs agree, and
keeps the name stable for the same URL. The shard (the hash's first two digits) keeps
each folder small: every commit rewrites the trees along its path, and one flat folder
per site would make each write cost as much as the site has articles. Nothing in a URL can
make the path absolute, climb out with ``..``, or grow past ``MAX_PATH`` characters.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import unquote, urlsplit

from revtrack.urls import canonical_url

TEXT_SUFFIX = ".txt"
RAW_SUFFIX = ".html"
EVENTS_SUFFIX = ".events"
MAX_HOST = 80
MAX_SLUG = 80
MAX_PATH = MAX_HOST + 4 + MAX_SLUG + 2 + 10 + len(EVENTS_SUFFIX)

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NOT_HOST = re.compile(r"[^a-z0-9.-]+")


def normalise_url(url: str) -> str:
    """The URL as an identity: ``revtrack.urls.canonical_url``, the one rule for every entry.

    Kept under this name for the callers that build a path from a URL; the store's write
    applies the same function, so a file snapshot, a watched feed and a lookup agree.
    """
    return canonical_url(url)


def article_path(url: str) -> str:
    """The store path of the article at ``url`` (already normalised); total on any string."""
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    try:
        parts = urlsplit(url)
        host, port, rest = parts.hostname or "", parts.port, parts.path
        if parts.query:
            rest += "-" + parts.query
    except ValueError:
        host, port, rest = "", None, url
    safe_host = _slugify(host, _NOT_HOST, MAX_HOST, keep_tail=False).strip(".-")
    safe_host = re.sub(r"\.{2,}", ".", safe_host) or "no-host"
    if port:
        safe_host = f"{safe_host}-{port}"[:MAX_HOST]
    slug = _slugify(unquote(rest), _NOT_SLUG, MAX_SLUG, keep_tail=True)
    name = f"{slug}--{digest}" if slug else digest
    return f"{safe_host}/{digest[:2]}/{name}{TEXT_SUFFIX}"


def sibling_path(path: str, suffix: str) -> str:
    """The path of a file kept beside an article (its raw page, its events)."""
    return path[: -len(TEXT_SUFFIX)] + suffix


def _slugify(text: str, not_allowed: re.Pattern[str], limit: int, *, keep_tail: bool) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = not_allowed.sub("-", ascii_text.lower()).strip("-")
    slug = re.sub(r"-{2,}", "-", slug)
    if len(slug) <= limit:
        return slug
    # Story slugs and ids sit at the end of a URL path, so a long one keeps its tail.
    if keep_tail:
        cut = slug[-limit:]
        # Drop the word the cut went through, so the slug starts on a whole word.
        cut = cut.partition("-")[2] if slug[-limit - 1] != "-" else cut
    else:
        cut = slug[:limit]
    return cut.strip("-")
