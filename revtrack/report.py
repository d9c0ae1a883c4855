"""Rendering helpers shared by every command: untrusted text made safe to print."""

from __future__ import annotations

import html
import re

# ANSI/VT escape sequences (CSI, OSC, and two-character escapes) and every other C0/C1
# control except newline and tab: article text must never drive the user's terminal.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[@-Z\\-_]"  # two-character escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_for_terminal(text: str) -> str:
    """Return ``text`` without escape sequences or control characters (``\\n``, ``\\t`` kept).

    Carriage returns are dropped too: a stray ``\\r`` lets a page overwrite what was
    printed before it on the same line.
    """
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def escape_html(text: str) -> str:
    """Escape untrusted text for an HTML page, quotes included (it may land in attributes)."""
    return html.escape(clean_for_terminal(text), quote=True)


def spreadsheet_safe(value: object) -> object:
    """Keep a CSV cell from being run as a formula when the file is opened in a spreadsheet.

    A cell that starts with ``=``, ``+``, ``@`` or a tab, or with ``-`` followed by
    something other than a number, is a formula to Excel and LibreOffice; article text
    that starts that way could run one on an editor's machine. Such a cell gets a
    leading apostrophe, as the usual advice has it; numbers, including negative ones,
    are left as they are.
    """
    if not isinstance(value, str) or not value:
        return value
    first = value[0]
    if first in "=+@\t" or (first == "-" and not value[1:2].isdigit()):
        return "'" + value
    return value
