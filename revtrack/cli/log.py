"""``revtrack log``: one article's versions and events, newest first."""

from __future__ import annotations

import json
from typing import Annotated

import typer

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
def log(
    article: Annotated[str, typer.Argument(help="The article: its URL, store path, or a prefix.")],
    store: StoreOption = None,
    config: ConfigOption = None,
    json_: JsonOption = False,
) -> None:
    """Show the versions of an article (and what happened to it), newest first."""
    with open_store(store, config) as opened:
        path = opened.resolve_article(article)
        versions = opened.versions(path)
        events = opened.events(path)
    entries: list[tuple[object, dict[str, object]]] = []
    for v in versions:
        entries.append(
            (
                v.observed_at,
                {
                    "version": v.number,
                    "commit": v.commit,
                    "observed_at": v.observed_at.isoformat(),
                    "title": v.title,
                    "url": v.url,
                },
            )
        )
    for e in events:
        entries.append(
            (
                e.observed_at,
                {
                    "event": e.kind,
                    "detail": e.detail,
                    "commit": e.commit,
                    "observed_at": e.observed_at.isoformat(),
                },
            )
        )
    entries.sort(key=lambda pair: pair[0], reverse=True)  # type: ignore[arg-type, return-value]
    if json_:
        print_out(
            json.dumps(
                {"article": path, "entries": [e for _, e in entries]}, indent=2, ensure_ascii=False
            )
        )
        return
    print_out(f"{path}")
    for _, entry in entries:
        when = str(entry["observed_at"])[:16].replace("T", " ")
        commit = str(entry["commit"])[:10]
        if "event" in entry:
            detail = clean_for_terminal(str(entry["detail"] or ""))
            print_out(f"  {when}  {commit}  event: {entry['event']} {detail}".rstrip())
        else:
            title = clean_for_terminal(str(entry["title"] or entry["url"]))
            print_out(f"  @{entry['version']:<3} {when}  {commit}  {title}")
