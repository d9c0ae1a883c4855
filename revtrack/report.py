"""The one sanitiser for everything revtrack writes: untrusted text made safe to show.

Article text, URLs, titles, file names and the arguments a user typed can all carry
bytes that drive a terminal (ANSI/VT escape sequences, C0 and C1 controls), reorder what
is shown (the Unicode bidirectional overrides and isolates of "Trojan Source"), or run as
a formula in a spreadsheet. ``clean`` removes the first two kinds; every output revtrack
writes, terminal text and machine formats alike, goes through it once, in
``revtrack.cli._output``. ``spreadsheet_safe`` guards CSV cells after cleaning, and
``escape_html`` escapes for HTML (cleaning first).
"""

from __future__ import annotations

import html
import re
from typing import Any

# ANSI/VT escape sequences (CSI, OSC/DCS/PM/APC strings, two-character escapes), in their
# 7-bit and 8-bit forms, removed whole so no parameter bytes are left behind; then every
# other C0/C1 control except newline and tab; then the bidi embeddings, overrides and
# isolates (U+202A-U+202E, U+2066-U+2069), which let text display in another order
# than it reads.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI ... final byte
    # OSC, DCS, SOS, PM and APC strings, when terminated (BEL or ST); the payload of an
    # unterminated one is harmless text once its introducer is gone, and stopping at the
    # next introducer keeps the scan linear on hostile input.
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x90\x98\x9c-\x9f]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]?"  # two-character escapes (and a lone ESC)
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Private-use marks a renderer puts around styled text (red, green, bold, reset). They
# are the only way to get colour: ``apply_style`` turns them into SGR codes after
# cleaning, or drops them. A page holding these characters can at worst colour itself.
RED, GREEN, BOLD, RESET = "\uf8f0", "\uf8f1", "\uf8f2", "\uf8f3"
_TO_SGR = {RED: "\x1b[31m", GREEN: "\x1b[32m", BOLD: "\x1b[1m", RESET: "\x1b[0m"}
# Found by one expression rather than ``str.translate``, which looks every character up
# in a table: on a listing of thousands of rows that was most of the time it took to print.
_STYLE_MARK = re.compile(f"[{RED}{GREEN}{BOLD}{RESET}]")


def clean(text: str) -> str:
    """Return ``text`` without escape sequences, control characters or bidi overrides.

    Newlines and tabs are kept. Carriage returns are dropped: a stray ``\\r`` lets a
    page overwrite what was printed before it on the same line.
    """
    # Every escape sequence starts with a control character, and most text holds none:
    # one quick scan spares the slower sequence expression (a third of a long listing's
    # printing time).
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


# The name the renderers have always used; one function all the same.
clean_for_terminal = clean


def clean_data(value: Any) -> Any:
    """``value`` with every string in it cleaned, keys included (for JSON, JSON lines, CSV).

    Escaping by ``json.dumps`` is not enough: a consumer decodes ``\\u001b`` back into
    ESC and prints it, so machine formats carry cleaned strings, as the terminal does.
    """
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_data(v) for v in value]
    return value


def apply_style(text: str, *, color: bool) -> str:
    """Turn the style marks in cleaned ``text`` into colour codes, or remove them."""
    if color:
        return _STYLE_MARK.sub(lambda mark: _TO_SGR[mark.group()], text)
    return _STYLE_MARK.sub("", text)


def escape_html(text: str) -> str:
    """Escape untrusted text for an HTML page, quotes included (it may land in attributes)."""
    return html.escape(clean(text), quote=True)


def spreadsheet_safe(value: object) -> object:
    """Keep a CSV cell from being run as a formula when the file is opened in a spreadsheet.

    The cell is cleaned first, so an escape sequence cannot hide a leading ``=`` from the
    guard and reappear once a viewer strips it. Then, as OWASP's advice on CSV injection
    has it, a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return gets a leading apostrophe: ``-2+3+cmd|...`` is a formula however numeric its
    start looks. Numbers themselves (ints and floats, not text) are left as they are.
    """
    if not isinstance(value, str):
        return value
    value = clean(value)
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value
