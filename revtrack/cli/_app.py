"""The typer application every command module registers itself on."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(
    name="revtrack",
    help="Track how news articles change: every version in git, word-level diffs, "
    "and correction notices as data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from revtrack import __version__

        print(f"revtrack {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Track how news articles change: every version in git, word-level diffs, and
    correction notices as data."""
