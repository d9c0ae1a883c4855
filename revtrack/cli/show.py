"""``revtrack show``: the text of one version."""

from __future__ import annotations

from typing import Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    StoreOption,
    TzOption,
    handles_errors,
    iso,
    open_store,
    time_zone,
    when,
)
from revtrack.cli._output import emit, emit_json


@app.command()
@handles_errors
def show(
    article: Annotated[
        str,
        typer.Argument(
            metavar="ARTICLE[@REF]",
            help="The article (URL, store path, prefix or headline words), then @N, @-N, "
            "@COMMIT or @DATE for a version (default: the latest).",
        ),
    ],
    store: StoreOption = None,
    config: ConfigOption = None,
    tz: TzOption = None,
    json_: Annotated[
        bool,
        typer.Option("--json", help="Print the version's metadata and text as one JSON object."),
    ] = False,
) -> None:
    """Print one stored version of an article: its metadata, then its text."""
    from revtrack.store.refs import split_article_ref

    zone = time_zone(tz)
    name, ref = split_article_ref(article)
    with open_store(store, config) as opened:
        path = opened.resolve_article(name)
        version = opened.resolve_version(path, ref)
        doc = opened.read(version)
    if json_:
        payload = {
            "article": path,
            "version": version.number,
            "commit": version.commit,
            "observed_at": iso(version.observed_at),
            "url": doc.url,
            "title": doc.title,
            "byline": doc.byline,
            "published": doc.published,
            "modified": doc.modified,
            "text": doc.text,
        }
        emit_json(payload)
        return
    header = [
        f"# {doc.title}" if doc.title else None,
        f"By {doc.byline}" if doc.byline else None,
        f"URL: {doc.url}",
        f"Version @{version.number} of {path}, observed {when(version.observed_at, zone)}",
    ]
    emit("\n".join(h for h in header if h) + "\n\n" + doc.text)
