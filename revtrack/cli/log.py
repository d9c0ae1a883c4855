"""``revtrack log``: one article's versions and events, newest first."""

from __future__ import annotations

import json
from typing import Annotated, Any

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
from revtrack.models import Event, Version
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
        # A version that carries an event (re-extracted) is shown once, as the version.
        commits = {v.commit for v in versions}
        events = [e for e in opened.events(path) if e.commit not in commits]
        history: list[Version | Event] = [*versions, *events]
    # Newest first; among equal times, the later version number first.
    history.sort(
        key=lambda h: (h.observed_at, h.number or 0 if isinstance(h, Version) else 0),
        reverse=True,
    )
    entries = [_entry(h) for h in history]
    if json_:
        print_out(json.dumps({"article": path, "entries": entries}, indent=2, ensure_ascii=False))
        return
    print_out(path)
    for entry in entries:
        when = entry["observed_at"][:16].replace("T", " ")
        commit = entry["commit"][:10]
        if "version" not in entry:
            detail = clean_for_terminal(f"{entry['event']} {entry['detail']}".strip())
            print_out(f"  {'event':<4} {when}  {commit}  {detail}")
        else:
            title = clean_for_terminal(entry["title"] or entry["url"])
            label = f"  ({clean_for_terminal(entry['event'])})" if entry.get("event") else ""
            print_out(f"  @{entry['version']:<3} {when}  {commit}  {title}{label}")


def _entry(item: Version | Event) -> dict[str, Any]:
    base = {"commit": item.commit, "observed_at": item.observed_at.isoformat()}
    if isinstance(item, Event):
        return {"event": item.kind, "detail": item.detail, **base}
    entry = {"version": item.number, **base, "title": item.title, "url": item.url}
    if item.event:
        entry["event"] = item.event
    return entry
