"""The ``revtrack`` command line: a thin layer over the library, one module per command."""

from __future__ import annotations

import importlib

from revtrack.cli._app import app

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


def _register() -> None:
    for name in _COMMANDS:
        try:
            importlib.import_module(f"revtrack.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"revtrack.cli.{name}":
                raise


_register()


def main() -> None:
    """Entry point of the ``revtrack`` script."""
    app()


__all__ = ["app", "main"]
