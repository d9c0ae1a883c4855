"""``revtrack log``: one article's versions and events, newest first."""

from __future__ import annotations

from typing import Any

from revtrack.cli._app import app
from revtrack.cli._common import (
    ArticleArgument,
    ConfigOption,
    CsvOption,
    JsonlOption,
    JsonOption,
    StoreOption,
    TzOption,
    handles_errors,
    iso,
    machine_format,
    open_store,
    time_zone,
    when,
)
from revtrack.cli._output import emit, emit_listing
from revtrack.listings import LOG, table
from revtrack.models import Event, Version


@app.command()
@handles_errors
def log(
    article: ArticleArgument,
    store: StoreOption = None,
    config: ConfigOption = None,
    tz: TzOption = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv_: CsvOption = False,
) -> None:
    """Show the versions of an article (and what happened to it), newest first."""
    fmt = machine_format(json_, jsonl, csv_)
    zone = time_zone(tz)
    from revtrack.cli._index import query_index

    with open_store(store, config) as opened, query_index(opened) as index:
        path = index.resolve_article(article)
        versions = index.versions(path)
        # A version that carries an event (re-extracted) is shown once, as the version.
        commits = {v.commit for v in versions}
        events = [e for e in index.events(path) if e.commit not in commits]
        history: list[Version | Event] = [*versions, *events]
    # Newest first; among equal times, the later version number first.
    history.sort(
        key=lambda h: (h.observed_at, h.number or 0 if isinstance(h, Version) else 0),
        reverse=True,
    )
    rows = [_row(h) for h in history]
    if fmt:
        emit_listing(LOG, rows, fmt)
        return
    cells = []
    for item, row in zip(history, rows, strict=True):
        if isinstance(item, Event):
            detail = f"{item.kind} {item.detail}".strip()
            cells.append(("event", when(item.observed_at, zone), item.commit[:10], detail))
        else:
            label = f"  ({item.event})" if item.event else ""
            title = f"{row['title'] or row['url']}{label}"
            cells.append((f"@{item.number}", when(item.observed_at, zone), item.commit[:10], title))
    lines = table(["VERSION", "OBSERVED", "COMMIT", "TITLE"], cells).splitlines()
    emit("\n".join([path, *("  " + line for line in lines[1:])]))


def _row(item: Version | Event) -> dict[str, Any]:
    if isinstance(item, Event):
        return LOG.row(
            id=item.commit,
            article=item.article,
            observed_at=iso(item.observed_at),
            event=item.kind,
            detail=item.detail,
        )
    return LOG.row(
        id=item.commit,
        article=item.article,
        version=item.number,
        observed_at=iso(item.observed_at),
        event=item.event,
        title=item.title,
        url=item.url,
    )
