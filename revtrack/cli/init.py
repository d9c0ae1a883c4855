"""``revtrack init``: create a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import ConfigOption, handles_errors, store_path
from revtrack.cli._output import emit


@app.command()
@handles_errors
def init(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH", help="Where to create the store (default: from the config)."
        ),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Create an empty store (a bare git repository) to keep article versions in."""
    from revtrack.store import GitStore

    target = path if path is not None else store_path(None, config)
    GitStore.init(target).close()
    emit(f"Store ready at {target}")
