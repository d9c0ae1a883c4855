"""``revtrack snapshot``: store new versions from files, standard input, or the web."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    StoreOption,
    handles_errors,
    open_store,
    print_out,
)
from revtrack.report import clean_for_terminal


@app.command()
@handles_errors
def snapshot(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="HTML or text files, '-' for standard input, or article URLs."),
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", help="The article's URL (required for plain text).")
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="When this version was observed (ISO 8601; default now)."),
    ] = None,
    store: StoreOption = None,
    config: ConfigOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say more.")] = False,
) -> None:
    """Store a version of an article when its text changed (no commit when identical).

    With no files, one watching pass over the config's sources (quiet unless something
    fails; -v for a summary); with URLs, those pages at once.

    \b
    Exit codes:
      0  done; also when another run holds the store: that is said in one line on
         stderr and this run fetches nothing (the next run picks up the work)
      1  some items failed (each on one line on stderr); they are tried again next run
      2  usage or configuration error
    """
    from revtrack.snapshot import snapshot_inputs
    from revtrack.store.refs import parse_when, utc_now

    sources = sources or []
    if not sources or all(s.startswith(("http://", "https://")) for s in sources):
        _snapshot_web(sources, store=store, config=config, verbose=verbose)
        return
    observed = parse_when(at) if at else utc_now()
    stdin = sys.stdin.buffer.read() if "-" in sources else None
    with open_store(store, config) as opened:
        results = snapshot_inputs(opened, sources, at=observed, url=url, stdin=stdin)
    for result in results:
        if result.error:
            print(f"Error: {result.error}", file=sys.stderr)
        elif result.version is None:
            print_out(f"{result.source}: unchanged, no new version")
        else:
            v = result.version
            title = clean_for_terminal(v.title or v.url)
            print_out(f"{result.source}: stored {v.article} ({v.commit[:10]}) {title}")
    failed = [r for r in results if not r.ok]
    if failed:
        code = 1 if len(failed) < len(results) else max(r.exit_code for r in failed)
        raise typer.Exit(code)


def _snapshot_web(urls: list[str], **options: object) -> None:
    """Fetch the given URLs, or run one scheduled pass over the config's sources."""
    from revtrack.errors import UserError

    try:
        from revtrack.cli._watch import run_web_snapshot
    except ModuleNotFoundError:
        raise UserError("Give one or more files (or '-' for standard input) to snapshot.") from None
    run_web_snapshot(urls, **options)
