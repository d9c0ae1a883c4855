"""``revtrack show``: the text of one version."""

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
def show(
    article: Annotated[
        str,
        typer.Argument(
            help="ARTICLE[@REF]: REF is N, -N, a commit id or a date (default: latest)."
        ),
    ],
    store: StoreOption = None,
    config: ConfigOption = None,
    json_: JsonOption = False,
) -> None:
    """Print one stored version of an article: its metadata, then its text."""
    from revtrack.store.refs import split_article_ref

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
            "observed_at": version.observed_at.isoformat(),
            "url": doc.url,
            "title": doc.title,
            "byline": doc.byline,
            "published": doc.published,
            "modified": doc.modified,
            "text": doc.text,
        }
        print_out(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    header = [
        f"# {doc.title}" if doc.title else None,
        f"By {doc.byline}" if doc.byline else None,
        f"URL: {doc.url}",
        f"Version @{version.number} of {path}, observed {version.observed_at:%Y-%m-%d %H:%M} UTC",
    ]
    print_out(clean_for_terminal("\n".join(h for h in header if h) + "\n\n" + doc.text))
