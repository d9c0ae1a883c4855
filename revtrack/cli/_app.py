"""The typer application every command module registers itself on."""

from __future__ import annotations

import io
import sys
from typing import Annotated, Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperGroup

from revtrack.cli._coercion import install as _plain_values
from revtrack.cli._output import emit, emit_note

# Parameter values are converted without pydantic where that is plain (see _coercion).
_plain_values()


class _SafeGroup(TyperGroup):
    """The root command, with click's own messages (usage errors) cleaned like any output.

    ``revtrack show $'x\\e]52;...'`` is answered by click itself when the argument is
    refused before a command runs; its message quotes the argument, so it goes through
    the same sanitiser as everything else instead of straight to the terminal.
    """

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except ClickException as exc:
            shown = io.StringIO()
            exc.show(file=shown)
            emit_note(shown.getvalue())
            sys.exit(exc.exit_code)
        except typer.Abort:
            emit_note("Aborted.")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="revtrack",
    cls=_SafeGroup,
    help="Track how news articles change: every version in git, word-level diffs, "
    "and correction notices as data.",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from revtrack import __version__

        emit(f"revtrack {__version__}")
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
