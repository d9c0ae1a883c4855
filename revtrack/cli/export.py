"""``revtrack export``: the store's articles, versions, changes and notices as data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import ConfigOption, StoreOption, handles_errors, open_store, print_out
from revtrack.errors import UserError


@app.command()
@handles_errors
def export(
    sqlite: Annotated[
        Path | None,
        typer.Option("--sqlite", metavar="FILE", help="Write one SQLite file (a new file)."),
    ] = None,
    jsonl: Annotated[
        Path | None,
        typer.Option("--jsonl", metavar="DIR", help="Write one TABLE.jsonl file per table here."),
    ] = None,
    store: StoreOption = None,
    config: ConfigOption = None,
) -> None:
    """Export articles, versions, changes, notices, stealth edits and aligned sentence
    pairs, for Datasette, pandas or any SQLite or JSON reader (tables: docs/export.md)."""
    from revtrack.cli._index import progress_bar
    from revtrack.index import Index
    from revtrack.index.export import export_jsonl, export_sqlite

    if (sqlite is None) == (jsonl is None):
        raise UserError("Give one of --sqlite FILE or --jsonl DIR.")
    with open_store(store, config) as opened, progress_bar() as progress:
        index = Index.open(opened, progress=progress)
        try:
            if sqlite is not None:
                export_sqlite(index, sqlite, progress=progress)
                written = str(sqlite)
            elif jsonl is not None:
                export_jsonl(index, jsonl, progress=progress)
                written = f"{jsonl}/"
        finally:
            index.close()
    print_out(f"Exported to {written}")
