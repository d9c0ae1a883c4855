"""``revtrack articles``: what the store tracks."""

from __future__ import annotations

import json

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    JsonOption,
    StoreOption,
    handles_errors,
    open_store,
    print_out,
)
from revtrack.report import clean_for_terminal


@app.command()
@handles_errors
def articles(
    store: StoreOption = None, config: ConfigOption = None, json_: JsonOption = False
) -> None:
    """List tracked articles: versions, first seen and last change, newest change first."""
    with open_store(store, config) as opened:
        found = opened.articles()
    if json_:
        rows = [
            {
                "path": a.path,
                "url": a.url,
                "title": a.title,
                "versions": a.versions,
                "first_seen": a.first_seen.isoformat(),
                "last_changed": a.last_changed.isoformat(),
            }
            for a in found
        ]
        print_out(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not found:
        print_out("No articles yet; add one with 'revtrack snapshot FILE --url URL'.")
        return
    for a in found:
        title = clean_for_terminal(a.title or "")
        plural = "s" if a.versions != 1 else " "
        print_out(
            f"{a.last_changed:%Y-%m-%d %H:%M}  {a.versions:>3} version{plural}"
            f"  {clean_for_terminal(a.url)}\n{'':>18}{title}  [{a.path}]"
        )
