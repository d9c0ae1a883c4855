"""Frozen values that cross the boundaries between revtrack's stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Document:
    """One version of an article's content, as extracted and as stored.

    ``text`` holds one paragraph per line, paragraphs separated by a blank line, so the
    stored file reads well in ``git log -p --word-diff``. Metadata fields are None when
    the source did not give them; dates are kept as the page gave them (ISO when it did).
    """

    text: str
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    modified: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        """The text's paragraphs, in order, without the blank separators."""
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Version:
    """Where and when one version of one article was stored.

    ``number`` counts from 1 in order of observation time, which is the order users
    reason in even when an older copy was imported after a newer one. It is None on the
    value ``GitStore.put`` returns: counting would mean walking the history, and writing
    must not get slower as the store grows.
    """

    article: str
    number: int | None
    commit: str
    observed_at: datetime
    url: str
    title: str | None = None
    event: str | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """One tracked article, as listed by ``revtrack articles``."""

    path: str
    url: str
    title: str | None
    versions: int
    first_seen: datetime
    last_changed: datetime


@dataclass(frozen=True)
class Event:
    """Something that happened to an article that is not a new text (gone, back, flip...)."""

    article: str
    commit: str
    observed_at: datetime
    kind: str
    detail: str = ""
