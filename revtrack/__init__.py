"""revtrack: keep every version of a news article, show what changed, log its corrections.

The public API is loaded lazily so that ``import revtrack`` (and so the command line)
stays fast: git, trafilatura and dateparser are imported only by the parts that use them.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "GitStore": "revtrack.store",
    "Document": "revtrack.models",
    "Version": "revtrack.models",
    "ArticleSummary": "revtrack.models",
    "document_from_bytes": "revtrack.extract",
    "load_config": "revtrack.config",
    "Settings": "revtrack.config",
    "compare": "revtrack.diff",
    "Comparison": "revtrack.diff",
    "Change": "revtrack.diff",
    "find_notices": "revtrack.notices",
    "Notice": "revtrack.notices",
    "RevtrackError": "revtrack.errors",
    "UserError": "revtrack.errors",
    "ItemError": "revtrack.errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'revtrack' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
