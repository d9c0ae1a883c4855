"""What every command shares: the error boundary, option aliases, opening the store."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from revtrack.errors import RevtrackError

if TYPE_CHECKING:
    from revtrack.config import Settings
    from revtrack.store import GitStore

P = ParamSpec("P")
R = TypeVar("R")

StoreOption = Annotated[
    Path | None,
    typer.Option("--store", help="The store to use (default: the store named in the config)."),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Config file (default: $REVTRACK_CONFIG, ./config.yaml, then the user config dir).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a RevtrackError into ``Error: <sentence>`` on stderr and its exit code.

    Applied to each command (not around ``app()``) so CliRunner tests see the same
    behaviour users do. Anything else is a bug and keeps its traceback.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except RevtrackError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def load_settings(config: Path | None) -> Settings:
    """Load the configuration with the documented precedence (see revtrack.config)."""
    from revtrack.config import load_config

    return load_config(config)


def store_path(store: Path | None, config: Path | None) -> Path:
    """The store named on the command line, else the one named in the config."""
    if store is not None:
        return store
    return load_settings(config).store_path


def open_store(store: Path | None, config: Path | None) -> GitStore:
    """Open an existing store, raising StoreNotFoundError with the fix when there is none."""
    from revtrack.store import GitStore

    return GitStore.open(store_path(store, config))


def print_out(text: str) -> None:
    """Write a result to stdout; results never go through logging."""
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
