"""``revtrack articles``: what the store tracks."""

from __future__ import annotations

from typing import Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import (
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
from revtrack.listings import ARTICLES, table


@app.command()
@handles_errors
def articles(
    grep: Annotated[
        str | None,
        typer.Option(
            "--grep",
            metavar="WORDS",
            help="Only articles whose headline, URL or path holds all these words "
            "(any case, any order).",
        ),
    ] = None,
    store: StoreOption = None,
    config: ConfigOption = None,
    tz: TzOption = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv_: CsvOption = False,
) -> None:
    """List tracked articles: versions, first seen and last change, newest change first."""
    from revtrack.store.refs import matches_words

    fmt = machine_format(json_, jsonl, csv_)
    zone = time_zone(tz)
    from revtrack.cli._index import query_index

    with open_store(store, config) as opened, query_index(opened) as index:
        found = index.articles()
    if grep is not None:
        found = [a for a in found if matches_words(grep, a)]
    # The documented order: latest change first, equal times by path (two stable sorts).
    found = sorted(sorted(found, key=lambda a: a.path), key=lambda a: a.last_changed, reverse=True)
    if fmt:  # the rows are made only for the machine formats: text is drawn from the objects
        rows = [
            ARTICLES.row(
                id=a.path,
                url=a.url,
                title=a.title,
                versions=a.versions,
                first_seen=iso(a.first_seen),
                last_changed=iso(a.last_changed),
            )
            for a in found
        ]
        emit_listing(ARTICLES, rows, fmt)
        return
    if not found:
        emit(
            f"No article matches '{grep}'."
            if grep is not None
            else "No articles yet; add one with 'revtrack snapshot FILE --url URL'."
        )
        return
    emit(
        table(
            ["LAST CHANGED", "VERSIONS", "URL", "TITLE"],
            [(when(a.last_changed, zone), _count(a.versions), a.url, a.title) for a in found],
        )
    )


def _count(versions: int) -> str:
    return f"{versions} version{'' if versions == 1 else 's'}"
