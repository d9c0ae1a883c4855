"""``revtrack reextract``: extract stored pages again with the current extractor."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import ConfigOption, StoreOption, handles_errors, open_store, print_out
from revtrack.errors import UserError
from revtrack.report import clean_for_terminal

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

    names = articles or []
    if bool(names) == all_:
        raise UserError(
            "Name the articles to extract again, or give --all for every article, not both."
            if all_
            else "Name one or more articles to extract again, or give --all for every article."
        )
    now = utc_now()
    with open_store(store, config) as opened:
        if all_:
            paths = sorted(a.path for a in opened.articles())
        else:  # every name is checked before anything is written
            paths = list(dict.fromkeys(opened.resolve_article(n) for n in names))
        results = [reextract_article(opened, path, now=now) for path in paths]
    failed = False
    for result in results:
        if result.outcome is Outcome.reextracted:
            print_out(_stored_line(result))
        elif result.outcome is Outcome.unchanged and not all_:
            print_out(f"{clean_for_terminal(result.article)}: unchanged, no new version")
        elif result.outcome is Outcome.failed or (result.outcome is Outcome.no_page and not all_):
            print(f"Error: {clean_for_terminal(result.message)}", file=sys.stderr)
            failed = True
    if all_:
        print_out(_summary(results))
    if failed:
        raise typer.Exit(1)


def _stored_line(result: ReextractResult) -> str:
    source, version = result.source, result.version
    numbers = f"@{source.number if source else '?'} -> @{version.number if version else '?'}"
    commit = version.commit[:10] if version else ""
    return f"{clean_for_terminal(result.article)}: re-extracted, {numbers} ({commit})"


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
