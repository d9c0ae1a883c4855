"""Correction notices as data: find them in an article's text or page and read their fields.

``find_notices(text)`` is pure text work; ``notices_from_jsonld(html)`` adds the notices a
page states in its schema.org JSON-LD; ``may_hold_notice(text)`` is the quick check that
says when the parser need not look at all.

The parser's expressions take a tenth of a second to compile, so the package loads the
parser only when one of its functions is first asked for: ``import revtrack.notices``, the
``Notice`` type and the quick check stay cheap for the command line and the differ. Even
then each expression is compiled on its first use (``patterns.LazyPattern``), so a call
pays only for the expressions its text leads to.
Notice dates in the usual written forms are read without dateparser, which is loaded
only for a date the small reader in ``dates`` cannot read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from revtrack.notices.cue import may_hold_notice
from revtrack.notices.model import KINDS, Notice

if TYPE_CHECKING:
    from revtrack.notices.finder import MAX_SCAN_CHARS, find_notices, notice_spans
    from revtrack.notices.jsonld import date_modified, notices_from_jsonld
    from revtrack.notices.page import notices_from_bytes

__all__ = [
    "KINDS",
    "MAX_SCAN_CHARS",
    "Notice",
    "date_modified",
    "find_notices",
    "may_hold_notice",
    "notice_spans",
    "notices_from_bytes",
    "notices_from_jsonld",
]

# Where each name that needs the parser lives; imported on first access (PEP 562).
_LAZY = {
    "MAX_SCAN_CHARS": "revtrack.notices.finder",
    "find_notices": "revtrack.notices.finder",
    "notice_spans": "revtrack.notices.finder",
    "date_modified": "revtrack.notices.jsonld",
    "notices_from_jsonld": "revtrack.notices.jsonld",
    "notices_from_bytes": "revtrack.notices.page",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
