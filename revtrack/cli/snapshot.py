"""``revtrack snapshot``: store new versions from files, standard input, or the web."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    CsvOption,
    JsonlOption,
    JsonOption,
    StoreOption,
    handles_errors,
    machine_format,
    open_store,
)
from revtrack.cli._index import named_versions
from revtrack.cli._output import emit, emit_error, emit_listing
from revtrack.errors import UserError
from revtrack.listings import SNAPSHOT

if TYPE_CHECKING:
    from revtrack.snapshot import SnapshotResult


@app.command()
@handles_errors
def snapshot(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SOURCE",
            help="HTML or text files, '-' for standard input, or article URLs.",
        ),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option("--url", metavar="URL", help="The article's URL (required for plain text)."),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="DATE",
            help="When this version was observed (ISO 8601, 1970 to 2499; default now).",
        ),
    ] = None,
    store: StoreOption = None,
    config: ConfigOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say more.")] = False,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv_: CsvOption = False,
) -> None:
    """Store a version of an article when its text changed (no commit when identical).

    With no files, one watching pass over the config's sources (quiet unless something
    fails; -v for a summary); with URLs, those pages at once, and they are watched
    from then on. --json, --jsonl and --csv print one row per input instead.

    \b
    Exit codes:
      0  done; also when another run holds the store: that is said in one line on
         stderr and this run fetches nothing (the next run picks up the work)
      1  some items failed (each on one line on stderr); they are tried again next run.
         Files given while another run holds the store are not stored: one line
         says so, and the snapshot is to be run again
      2  usage or configuration error
    """
    from revtrack.snapshot import read_limited, snapshot_inputs
    from revtrack.store.refs import check_storable, parse_when, utc_now

    fmt = machine_format(json_, jsonl, csv_)
    sources = sources or []
    if not sources or all(s.startswith(("http://", "https://")) for s in sources):
        if at is not None:
            raise UserError(
                "--at applies to files and standard input; a fetched page is observed now."
            )
        _snapshot_web(sources, store=store, config=config, verbose=verbose, fmt=fmt)
        return
    observed = check_storable(parse_when(at), at) if at else utc_now()
    stdin = read_limited(sys.stdin.buffer) if "-" in sources else None
    with open_store(store, config) as opened:
        results = snapshot_inputs(opened, sources, at=observed, url=url, stdin=stdin)
        stored = {r.version.article: r.version.commit for r in results if r.version}
        named = named_versions(opened, stored)
    numbers = {v.commit: v.number for v in named.values()}
    if fmt:
        emit_listing(SNAPSHOT, [_row(r, numbers) for r in results], fmt)
    for result in results:
        if result.error:
            emit_error(result.error)
        elif fmt:
            continue
        elif result.version is None:
            emit(f"{result.source}: unchanged, no new version")
        else:
            v = result.version
            number = numbers.get(v.commit)
            which = f"version {number} of {v.article}" if number else v.article
            emit(f"{result.source}: stored {which} ({v.commit[:10]}) {v.title or v.url}")
    failed = [r for r in results if not r.ok]
    if failed:
        code = 1 if len(failed) < len(results) else max(r.exit_code for r in failed)
        raise typer.Exit(code)


def _row(result: SnapshotResult, numbers: dict[str, int | None]) -> dict[str, object]:
    v = result.version
    outcome = "failed" if result.error else "unchanged" if v is None else "stored"
    return SNAPSHOT.row(
        id=result.source,
        outcome=outcome,
        article=v.article if v else None,
        version=numbers.get(v.commit) if v else None,
        commit=v.commit if v else None,
        url=v.url if v else None,
        title=v.title if v else None,
        error=result.error,
    )


def _snapshot_web(urls: list[str], **options: object) -> None:
    """Fetch the given URLs, or run one scheduled pass over the config's sources."""
    try:
        from revtrack.cli._watch import run_web_snapshot
    except ModuleNotFoundError:
        raise UserError("Give one or more files (or '-' for standard input) to snapshot.") from None
    run_web_snapshot(urls, **options)
