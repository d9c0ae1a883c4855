"""Correction entries and stealth edits to JSON and back, exactly.

The index answers ``corrections`` with the very objects ``revtrack.corrections`` makes,
so they are stored whole: each dataclass as an object tagged with its class, datetimes
and tuples tagged too, so that what comes back compares equal to what went in. Only the
classes listed here are rebuilt; fields a class no longer has are dropped (rows written by
other code are recomputed anyway, see ``computation``).
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any


def _classes() -> dict[str, type]:
    from revtrack.corrections import CorrectionEntry, Evidence, StealthEdit
    from revtrack.notices import Notice

    return {c.__name__: c for c in (CorrectionEntry, Evidence, StealthEdit, Notice)}


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"__class__": type(value).__name__, **data}
    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, tuple):
        return {"__tuple__": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def dumps(value: Any) -> str:
    """JSON text for ``value`` (dataclasses of the correction log, datetimes, tuples)."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Any:
    """The value ``dumps`` was given."""
    classes = _classes()

    def hook(data: dict[str, Any]) -> Any:
        if "__datetime__" in data:
            return datetime.fromisoformat(data["__datetime__"])
        if "__tuple__" in data:
            return tuple(data["__tuple__"])
        name = data.pop("__class__", None)
        if name is None:
            return data
        cls = classes[name]
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    return json.loads(text, object_hook=hook)
