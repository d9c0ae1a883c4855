"""What every command shares: the error boundary, option types, the store, times and formats."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from revtrack.cli._output import emit, emit_error
from revtrack.errors import RevtrackError, UserError

if TYPE_CHECKING:
    from revtrack.config import Settings
    from revtrack.store import GitStore

P = ParamSpec("P")
R = TypeVar("R")

# The one way a command names a stored article; every lookup rule applies to it.
ArticleArgument = Annotated[
    str,
    typer.Argument(
        metavar="ARTICLE",
        help="The article: its URL, store path, a prefix, or words of its headline.",
    ),
]
StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        metavar="PATH",
        help="The store to use (default: the store named in the config).",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Config file (default: $REVTRACK_CONFIG, ./config.yaml, then the user config dir).",
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print a JSON array of rows (columns: docs/cli.md).")
]
JsonlOption = Annotated[
    bool, typer.Option("--jsonl", help="Print one JSON object a line (same columns).")
]
CsvOption = Annotated[
    bool,
    typer.Option(
        "--csv",
        help="Print CSV with a header row, even when empty; a cell a spreadsheet would run "
        "as a formula gets a leading apostrophe.",
    ),
]
TzOption = Annotated[
    str | None,
    typer.Option(
        "--tz",
        metavar="ZONE",
        help="Show times in this zone (an IANA name like Europe/Berlin, or 'local'); "
        "default UTC. Machine formats always give ISO 8601 in UTC.",
    ),
]


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
            emit_error(str(exc))
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def machine_format(json_: bool = False, jsonl: bool = False, csv_: bool = False) -> str | None:
    """The machine format asked for (json, jsonl or csv), None for text; one at most."""
    chosen = [name for name, on in (("json", json_), ("jsonl", jsonl), ("csv", csv_)) if on]
    if len(chosen) > 1:
        raise UserError("--json, --jsonl and --csv cannot be combined; choose one output format.")
    return chosen[0] if chosen else None


def time_zone(name: str | None) -> tzinfo | None:
    """The zone named by --tz: None for UTC, the machine's zone for 'local'."""
    if name is None or name.upper() == "UTC":
        return None
    if name.lower() == "local":
        return datetime.now().astimezone().tzinfo
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            f"'{name}' is not a time zone; give an IANA name like Europe/Berlin, or 'local'."
        ) from None


def when(moment: datetime | None, zone: tzinfo | None = None) -> str:
    """A time for people, always labelled with its zone: ``2019-12-31 15:31 UTC``."""
    if moment is None:
        return "-"
    if zone is None:
        from datetime import UTC

        # isoformat is several times faster than strftime, which counts on listings of
        # thousands of rows; "2019-12-31 15:31" either way.
        return moment.astimezone(UTC).isoformat(" ", "minutes")[:16] + " UTC"
    local = moment.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or local.strftime('%z')}"


def iso(moment: datetime | None) -> str | None:
    """A time for machines: ISO 8601 in UTC, or None."""
    if moment is None:
        return None
    from datetime import UTC

    return moment.astimezone(UTC).isoformat()


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
    """Write a result to stdout (cleaned, like all output); results never go through logging."""
    emit(text)
