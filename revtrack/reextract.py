"""Extracting text again from the pages kept in the store, when the extractor improves.

With ``fetch.keep_raw`` the fetched HTML is stored beside the text in the same commit.
Re-extraction reads that page for each article's latest version, extracts it with the
extractor as it is now, and when the result differs stores it as a new version whose
commit carries the event ``re-extracted``. The new version takes the observation time
of the version it was read from: it is what the page said then, read better, not a new
observation, so the schedule, ``articles`` and the order of versions are unchanged.
Diffs and the stealth-edit log recognise the event and never report that step as an
edit. A version stored in an older file format (format 1 had no block roles) is
re-extracted into the current one even when its text would read the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from revtrack.errors import RevtrackError
from revtrack.extract import document_from_bytes
from revtrack.models import Version
from revtrack.store import REEXTRACTED, GitStore
from revtrack.store.records import decode_document, encode_document

__all__ = ["REEXTRACTED", "Outcome", "ReextractResult", "reextract", "reextract_article"]


class Outcome(StrEnum):
    """What re-extraction did to one article."""

    reextracted = "re-extracted"  # a new version was stored
    unchanged = "unchanged"  # the extractor gives the stored text again
    no_page = "no-page"  # no raw page was kept with the latest version
    failed = "failed"  # the kept page gave no text, or the article changed meanwhile


@dataclass(frozen=True)
class ReextractResult:
    """The outcome for one article, with the version read and the version stored."""

    article: str
    outcome: Outcome
    source: Version | None = None
    version: Version | None = None
    message: str = ""


def reextract_article(store: GitStore, article: str, *, now: datetime) -> ReextractResult:
    """Extract ``article``'s latest kept page again; store the text when it differs.

    ``now`` only goes into the event's detail (when the re-extraction was done); the
    version itself keeps the observation time of the page it was read from. Failures
    are results, not exceptions, so a batch over many articles goes on.
    """
    versions = store.versions(article)
    if not versions:
        return ReextractResult(article, Outcome.failed, message=f"{article} has no version.")
    latest = versions[-1]
    raw = store.page_of(latest)
    if raw is None:
        return ReextractResult(
            article,
            Outcome.no_page,
            latest,
            message=(
                f"{article} has no page kept with its latest version (@{latest.number}), "
                "so its text cannot be extracted again; keep_raw: true keeps pages from now on."
            ),
        )
    try:
        stored_bytes = store.read_bytes(latest)
        stored = decode_document(stored_bytes)
        url = stored.url or latest.url
        fresh = replace(document_from_bytes(raw, url=url, source=article), url=url)
        # Compared with the bytes as stored, so a version of an older format is brought up
        # to the current one even when its text reads the same.
        if encode_document(fresh) == stored_bytes:
            return ReextractResult(article, Outcome.unchanged, latest)
        detail = (
            f"from the page kept with @{latest.number} ({latest.commit[:10]}) "
            f"on {now.isoformat(timespec='seconds')}"
        )
        version = store.put(
            fresh,
            at=latest.observed_at,
            event=REEXTRACTED,
            detail=detail,
            replacing=latest,
        )
    except RevtrackError as exc:
        return ReextractResult(article, Outcome.failed, latest, message=str(exc))
    if version is None:  # the store's current file already holds this text
        return ReextractResult(article, Outcome.unchanged, latest)
    numbered = replace(version, number=len(versions) + 1)
    return ReextractResult(article, Outcome.reextracted, latest, numbered)


def reextract(
    store: GitStore, articles: Iterable[str] | None = None, *, now: datetime
) -> list[ReextractResult]:
    """Re-extract the given articles (store paths), or every article in the store."""
    paths = list(articles) if articles is not None else sorted(a.path for a in store.articles())
    return [reextract_article(store, path, now=now) for path in paths]
