"""The ``revtrack`` command line: a thin layer over the library, one module per command."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

# Each module registers its command on ``app`` when imported; a module another part of
# the project has not written yet is simply absent.
_COMMANDS = (
    "init",
    "snapshot",
    "articles",
    "log",
    "show",
    "diff",
    "notices",
    "corrections",
    "status",
    "unwatch",
    "cron",
    "reextract",
    "reindex",
    "export",
    "report",
)


def _register(names: tuple[str, ...] = _COMMANDS) -> None:
    for name in names:
        try:
            importlib.import_module(f"revtrack.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"revtrack.cli.{name}":
                raise


def _commands_for(arguments: list[str]) -> tuple[str, ...]:
    """The command modules a run with these arguments needs.

    A command run names one command, the first argument that is not an option (the
    root takes no option with a value): only its module is imported and only its
    parameters are built, a few hundredths of a second the other fourteen would cost.
    Help, completion, the version and an unknown name get every command.
    """
    if any(key.endswith("_COMPLETE") for key in os.environ):
        return _COMMANDS
    for argument in arguments:
        if not argument.startswith("-"):
            return (argument,) if argument in _COMMANDS else _COMMANDS
    return _COMMANDS


def main() -> None:
    """Entry point of the ``revtrack`` script."""
    _register(_commands_for(sys.argv[1:]))
    from revtrack.cli._app import app

    app()


def __getattr__(name: str) -> Any:
    # ``from revtrack.cli import app`` (tests, the docs generator) gets every command.
    if name == "app":
        _register()
        from revtrack.cli._app import app

        return app
    raise AttributeError(f"module 'revtrack.cli' has no attribute {name!r}")


__all__ = ["app", "main"]
