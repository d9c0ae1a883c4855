"""The command and config reference pages are the ones the code makes: they cannot drift."""

from __future__ import annotations

import pytest

from revtrack.cli import _docs
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("page", "make"), [("cli.md", _docs.cli_markdown), ("config.md", _docs.config_markdown)]
)
def test_reference_page_matches_the_code(page: str, make: object) -> None:
    """docs/cli.md holds every command's --help and every listing's columns, docs/config.md
    every config key; after changing an option, a column or a key, run `make docs`."""
    assert callable(make)
    written = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert written == make(), f"docs/{page} is out of date; run 'make docs'"


def test_every_command_and_config_key_is_in_the_pages() -> None:
    """A sanity check on what the generator covers, independent of its own output."""
    from revtrack.cli import app
    from revtrack.config import FetchSettings

    cli = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        assert f"## revtrack {command.name or command.callback.__name__}" in cli
    assert "| `id` |" in cli and "Columns of `corrections --stealth`" in cli
    config = (ROOT / "docs" / "config.md").read_text(encoding="utf-8")
    for key in FetchSettings.model_fields:
        assert f"`fetch.{key}`" in config
