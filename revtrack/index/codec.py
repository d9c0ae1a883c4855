"""Correction entries and stealth edits to JSON and back, exactly and fast.

The index answers ``corrections`` with the very objects ``revtrack.corrections`` makes,
so they are stored whole: each dataclass as the JSON list of its field values in field
order (nested dataclasses likewise, datetimes as ISO text), and rebuilt by a converter
made once per class from its type hints. A listing reads tens of thousands of them, so
a whole listing is parsed by one ``json.loads`` and no per-object hook. Rows are always
read by the code that wrote them: an article whose rows were made by other code is
computed again first (``revtrack.index.computation``), so field order can be relied on;
a row of the wrong length is refused all the same.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, TypeVar

T = TypeVar("T")


class StaleRowError(ValueError):
    """A stored row does not have the fields its class has now."""


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [_encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


def dumps(value: Any) -> str:
    """JSON text for a dataclass of the correction log (see ``loads_many``)."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"))


def loads_many(cls: type[T], texts: Iterable[str]) -> list[T]:
    """The objects of class ``cls`` that ``dumps`` made the ``texts`` of, in order."""
    convert = _converter(cls)
    return [convert(values) for values in json.loads("[" + ",".join(texts) + "]")]


def loads_list(cls: type[T], text: str) -> list[T]:
    """The list of ``cls`` objects that ``dumps`` made ``text`` of (from a list)."""
    convert = _converter(cls)
    return [convert(values) for values in json.loads(text)]


def _identity(value: Any) -> Any:
    return value


def _for_type(hint: Any) -> Callable[[Any], Any]:
    """How to rebuild a value of type ``hint`` from its JSON form."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
            convert = _for_type(inner[0])
            if convert is _identity:
                return _identity
            return lambda v: None if v is None else convert(v)
        return _identity
    if hint is datetime:
        return datetime.fromisoformat
    if typing.get_origin(hint) is tuple or hint is tuple:
        return tuple
    if dataclasses.is_dataclass(hint):
        return _converter(hint)  # type: ignore[arg-type]
    return _identity


@functools.cache
def _converter(cls: type[T]) -> Callable[[list[Any]], T]:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    converters = [_for_type(hints[name]) for name in names]
    special = [(i, c) for i, c in enumerate(converters) if c is not _identity]
    count = len(names)

    def convert(values: list[Any]) -> T:
        if len(values) != count:
            raise StaleRowError(f"a stored {cls.__name__} has {len(values)} fields, not {count}")
        for i, c in special:
            values[i] = c(values[i])
        return cls(*values)

    return convert
