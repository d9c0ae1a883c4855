"""``revtrack report OUT``: a static website of the store's histories and corrections."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import ConfigOption, StoreOption, handles_errors, open_store
from revtrack.cli._output import emit
from revtrack.errors import UserError


@app.command()
@handles_errors
def report(
    out: Annotated[
        Path, typer.Argument(metavar="OUT", help="Folder to write the site into (created).")
    ],
    site: Annotated[
        str | None,
        typer.Option(
            "--site", metavar="HOST", help="Only articles on this site, e.g. nbcnews.com."
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE",
            help="Only articles changed, and notices and stealth edits first seen, on or "
            "after this time (ISO 8601).",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            metavar="URL",
            help="Where OUT will be served, e.g. https://example.org/corrections/; makes "
            "the feed's links absolute, as feed readers need.",
        ),
    ] = None,
    store: StoreOption = None,
    config: ConfigOption = None,
) -> None:
    """Write a static website of every article's versions and word diffs, the correction
    log and an Atom feed of new notices and stealth edits; open OUT/index.html in a
    browser, from disk or from any web server."""
    from revtrack.site import build_site
    from revtrack.store.refs import parse_when

    start = parse_when(since) if since else None
    base = _base_url(base_url) if base_url is not None else None
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file, not a folder; name a folder for the report.")
    with open_store(store, config) as opened:
        try:
            built = build_site(opened, out, site=site, since=start, base_url=base)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise UserError(
                f"Cannot write the report to {out} ({reason}); choose a folder you can write to."
            ) from None
    counts = ", ".join(
        (_count(built.notices, "notice"), _count(built.stealth_edits, "stealth edit"))
    )
    emit(f"Wrote the report of {_count(built.articles, 'article')} ({counts}) to {built.index}")


def _base_url(text: str) -> str:
    """The folder's web address, ending in ``/`` so page names join onto it."""
    from urllib.parse import urlsplit

    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UserError(
            f"--base-url {text!r} is not a web address; give the http(s) URL the folder "
            "will be served from, e.g. https://example.org/corrections/."
        )
    if parts.query or parts.fragment:
        raise UserError(
            f"--base-url {text!r} has a query or fragment; give the folder's address alone."
        )
    url = parts.geturl()
    return url if url.endswith("/") else url + "/"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
