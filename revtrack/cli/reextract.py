"""``revtrack reextract``: extract stored pages again with the current extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

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
from revtrack.cli._output import emit, emit_error, emit_listing, emit_note
from revtrack.errors import UserError
from revtrack.listings import REEXTRACT

if TYPE_CHECKING:
    from revtrack.reextract import ReextractResult


@app.command()
@handles_errors
def reextract(
    articles: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="ARTICLE", help="Articles (URL, store path or prefix) to extract again."
        ),
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Every article whose latest version kept its page.")
    ] = False,
    store: StoreOption = None,
    config: ConfigOption = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv_: CsvOption = False,
) -> None:
    """Extract the text again from the page kept with each article's latest version.

    When the extractor now gives a different text, it is stored as a new version marked
    're-extracted', with the observation time of the page it came from; diff and
    corrections --stealth never report that step as an edit. Pages are kept with
    'keep_raw: true' in the fetch settings.

    \b
    Exit codes:
      0  done (with --all, articles without a kept page are skipped and counted)
      1  a named article has no kept page, or a page gave no text
      2  no article named and no --all, or a name that matches no article
    """
    from revtrack.reextract import Outcome, reextract_article
    from revtrack.store.refs import utc_now

    fmt = machine_format(json_, jsonl, csv_)
    names = articles or []
    if bool(names) == all_:
        raise UserError(
            "Name the articles to extract again, or give --all for every article, not both."
            if all_
            else "Name one or more articles to extract again, or give --all for every article."
        )
    now = utc_now()
    with open_store(store, config) as opened:
        opened.on_wait = lambda: emit_note(
            "Another run (a watching pass or a snapshot) is writing to this store; "
            "waiting for it to finish before extracting again."
        )
        if all_:
            paths = sorted(a.path for a in opened.articles())
        else:  # every name is checked before anything is written
            paths = list(dict.fromkeys(opened.resolve_article(n) for n in names))
        results = [reextract_article(opened, path, now=now) for path in paths]
    if fmt:
        emit_listing(REEXTRACT, [_row(r) for r in results], fmt)
    failed = False
    for result in results:
        if result.outcome is Outcome.failed or (result.outcome is Outcome.no_page and not all_):
            emit_error(result.message)
            failed = True
        elif fmt:
            continue
        elif result.outcome is Outcome.reextracted:
            emit(_stored_line(result))
        elif result.outcome is Outcome.unchanged and not all_:
            emit(f"{result.article}: unchanged, no new version")
    if all_ and not fmt:
        emit(_summary(results))
    if failed:
        raise typer.Exit(1)


def _stored_line(result: ReextractResult) -> str:
    source, version = result.source, result.version
    numbers = f"@{source.number if source else '?'} -> @{version.number if version else '?'}"
    commit = version.commit[:10] if version else ""
    return f"{result.article}: re-extracted, {numbers} ({commit})"


def _row(result: ReextractResult) -> dict[str, Any]:
    return REEXTRACT.row(
        id=result.article,
        outcome=str(result.outcome),
        from_version=result.source.number if result.source else None,
        to_version=result.version.number if result.version else None,
        commit=result.version.commit if result.version else None,
        message=result.message or None,
    )


def _summary(results: list[ReextractResult]) -> str:
    from revtrack.reextract import Outcome

    counts = {o: sum(1 for r in results if r.outcome is o) for o in Outcome}
    articles = f"{len(results)} article{'' if len(results) == 1 else 's'}"
    line = (
        f"{articles}: {counts[Outcome.reextracted]} re-extracted, "
        f"{counts[Outcome.unchanged]} unchanged, {counts[Outcome.failed]} failed"
    )
    if counts[Outcome.no_page]:
        line += f", {counts[Outcome.no_page]} skipped (no page kept with the latest version)"
    return line + "."
