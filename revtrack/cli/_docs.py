"""docs/cli.md and docs/config.md, generated from the commands' --help and the config model.

Hand-written reference pages drift from the code; these are made from it, and a test
compares the files in the repository with what this module makes, so a change to an
option, a listing's columns or a config key that is not carried into the docs fails the
suite. Write them again with ``make docs`` (``python -m revtrack.cli._docs``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

WIDTH = 88
# Which listing(s) each command prints with --json, --jsonl and --csv.
_COMMAND_LISTINGS = {
    "snapshot": ("SNAPSHOT",),
    "articles": ("ARTICLES",),
    "log": ("LOG",),
    "notices": ("NOTICES",),
    "corrections": ("CORRECTIONS", "STEALTH"),
    "status": ("STATUS",),
    "reextract": ("REEXTRACT",),
}


def _help(args: list[str]) -> str:
    from typer.testing import CliRunner

    from revtrack.cli import app

    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": str(WIDTH)})
    return result.stdout.rstrip() + "\n"


def cli_markdown() -> str:
    """Every command's --help, and the columns of every listing."""
    from revtrack import listings
    from revtrack.cli import app

    lines = [
        "# revtrack command line",
        "",
        "Generated from `revtrack --help` and `revtrack COMMAND --help` by `make docs`;",
        "a test checks that it matches. Exit codes everywhere: 0 ok, 1 some items failed,",
        "2 a usage or configuration error (one sentence on stderr). Times in text output",
        "are labelled with their zone (UTC unless `--tz` says otherwise); machine formats",
        "give ISO 8601 in UTC.",
        "",
        "## revtrack",
        "",
        "```",
        _help([]).rstrip(),
        "```",
    ]
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        lines += ["", f"## revtrack {name}", "", "```", _help([name]).rstrip(), "```"]
        for attr in _COMMAND_LISTINGS.get(name, ()):
            lines += _columns(getattr(listings, attr))
    return "\n".join(lines) + "\n"


def _columns(listing: Any) -> list[str]:
    lines = [
        "",
        f"### Columns of `{listing.name}` (--json, --jsonl, --csv)",
        "",
        f"{listing.description} Order: {listing.order}",
        "",
        "| column | type | holds |",
        "|---|---|---|",
    ]
    lines += [f"| `{c.name}` | {c.type} | {c.description} |" for c in listing.columns]
    return lines


def config_markdown() -> str:
    """Every config key, its type, default, bounds and meaning, from the pydantic model."""
    from revtrack.config import Settings

    lines = [
        "# revtrack configuration",
        "",
        "Generated from the config model (`revtrack/config.py`) by `make docs`; a test",
        "checks that it matches. The file is found by `--config`, then `$REVTRACK_CONFIG`,",
        "then `./config.yaml`, then `config.yaml` in the user's config folder; every key is",
        "optional, and an unknown key is an error naming its line and the keys allowed there.",
        "A commented example is `config.yaml` at the top of the repository.",
        "",
        "| key | type | default | allowed | meaning |",
        "|---|---|---|---|---|",
    ]
    lines += _model_rows(Settings, "")
    return "\n".join(lines) + "\n"


def _model_rows(model: Any, prefix: str) -> list[str]:
    from revtrack.config import _inner_model

    rows = []
    for name, field in model.model_fields.items():
        if field.exclude:
            continue
        key = f"{prefix}{name}"
        inner = _inner_model(field.annotation)
        is_list = getattr(field.annotation, "__origin__", None) is list
        if inner is not None and not is_list:
            rows += _model_rows(inner, f"{key}.")
            continue
        description = field.description or ((inner.__doc__ or "").strip() if inner else "")
        rows.append(
            f"| `{key}` | {_type(field.annotation)} | {_default(field)} | {_bounds(field)} "
            f"| {description} |"
        )
        if inner is not None:
            rows += _model_rows(inner, f"{key}[].")
    return rows


def _type(annotation: Any) -> str:
    text = getattr(annotation, "__name__", None) if not hasattr(annotation, "__args__") else None
    text = text or str(annotation).replace("revtrack.config.", "").replace("typing.", "")
    return text.replace("|", "or")


def _default(field: Any) -> str:
    import yaml
    from pydantic_core import PydanticUndefined

    if field.default_factory is not None:
        value = field.default_factory()
        if isinstance(value, list):
            value = [v.model_dump() if hasattr(v, "model_dump") else v for v in value]
    elif field.default is PydanticUndefined:
        return "required"
    else:
        value = field.default
    shown = yaml.safe_dump(value, default_flow_style=True, sort_keys=False, width=1000)
    return f"`{shown.removesuffix(chr(10)).removesuffix('...').strip()}`"


def _bounds(field: Any) -> str:
    words = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤", "min_length": "at least"}
    found = []
    for item in field.metadata:
        for attr, word in words.items():
            value = getattr(item, attr, None)
            if value is not None:
                found.append(f"{word} {value}")
    return ", ".join(found)


def write(root: Path) -> None:
    """Write both pages under ``root/docs``."""
    (root / "docs" / "cli.md").write_text(cli_markdown(), encoding="utf-8")
    (root / "docs" / "config.md").write_text(config_markdown(), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd())
