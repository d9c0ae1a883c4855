"""Where every byte the command line writes goes: stdout and stderr, cleaned once.

Results, listings in every format, warnings, errors (including the usage errors click
writes itself) all pass through the functions here, and these apply the one sanitiser
(``revtrack.report.clean``) to whatever they are given. Renderers never have to
remember it; a test checks that no other CLI module writes to stdout or stderr itself.

The one exception to "no escape sequence reaches the terminal" is revtrack's own
colour: renderers mark styled text with the private-use marks of ``revtrack.report``,
and ``emit(..., color=True)`` turns exactly those into SGR colour codes after cleaning
(see ``revtrack.report.apply_style``).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from revtrack.report import apply_style, clean, clean_data

if TYPE_CHECKING:
    from revtrack.listings import Listing


def _line(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


def emit(text: str, *, color: bool = False) -> None:
    """Write a result to stdout, cleaned; style marks become colour only when asked."""
    cleaned = apply_style(clean(text), color=color)
    sys.stdout.write(_line(cleaned))


def emit_json(payload: Any) -> None:
    """Write one JSON document to stdout, every string in it cleaned."""
    sys.stdout.write(json.dumps(clean_data(payload), indent=2, ensure_ascii=False) + "\n")


def emit_listing(listing: Listing, rows: list[dict[str, Any]], fmt: str) -> None:
    """Write a listing's rows as JSON, JSON lines or CSV (header even when empty)."""
    sys.stdout.write(listing.render(clean_data(rows), fmt))


def emit_error(message: str) -> None:
    """``Error: <sentence>`` on stderr; the sentence may quote what the user typed."""
    sys.stderr.write(_line("Error: " + apply_style(clean(message), color=False)))


def emit_warning(message: str) -> None:
    """``Warning: <sentence>`` on stderr."""
    sys.stderr.write(_line("Warning: " + apply_style(clean(message), color=False)))


def emit_note(message: str) -> None:
    """A plain line on stderr that is neither an error nor a warning."""
    sys.stderr.write(_line(apply_style(clean(message), color=False)))
