"""Command-line values converted without pydantic where the answer is plain.

typer converts every parameter value through a pydantic ``TypeAdapter``: the first
option a command converts imports pydantic and builds its schemas, about a tenth of a
second of CPU on every command that takes an argument, several times what the listings
themselves cost. revtrack's parameters are strings, paths, flags, a bounded count and
two choices, whose conversion needs none of that. ``install`` makes typer ask
``plain_runtime_param`` first: it converts those values as typer's adapters would, and
hands anything else (a value it cannot vouch for, every error, any other type) to
typer's own conversion, so the result and every message stay typer's.
``tests/test_cli_coercion.py`` holds the two to the same answers.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

_UNSURE = object()


def _plain_str(value: Any) -> Any:
    # A str that is not valid Unicode (undecodable bytes of argv, kept as surrogates)
    # is refused by pydantic with its own message; it goes to typer.
    if type(value) is str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return _UNSURE
        return value
    return _UNSURE


def _plain_int(value: Any, info: Any) -> Any:
    if info.clamp:
        return _UNSURE
    if type(value) is int:
        number = value
    elif type(value) is str and value.isascii() and value.isdigit() and len(value) <= 18:
        number = int(value)
    else:
        return _UNSURE
    if info.min is not None and number < info.min:
        return _UNSURE  # out of range: typer's message
    if info.max is not None and number > info.max:
        return _UNSURE
    return number


def _plain_leaf(annotation: Any, descriptor: Any, value: Any, param: Any, ctx: Any) -> Any:
    """The value typer's adapter would give for a leaf annotation, or ``_UNSURE``."""
    from typer._param_types import coerce_cli_choice, coerce_cli_path, routes_to_path

    info = descriptor.parameter_info
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        if type(value) is not str and not isinstance(value, annotation):
            return _UNSURE
        try:
            return coerce_cli_choice(
                value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx
            )
        except ValueError:
            return _UNSURE
    if annotation is str:
        return _plain_str(value)
    if annotation is int:
        return _plain_int(value, info)
    if (
        isinstance(annotation, type)
        and issubclass(annotation, Path)
        and info.path_type is None
        and routes_to_path(annotation, info)
    ):
        if isinstance(value, annotation):
            path = value
        elif _plain_str(value) is _UNSURE or value == "" or "\x00" in value:
            return _UNSURE  # pydantic's own answers (an empty or a NUL path is refused)
        else:
            path = annotation(value)
        from typer._click.exceptions import BadParameter

        try:
            return coerce_cli_path(path, info, path_type=annotation, param=param, ctx=ctx)
        except BadParameter:
            return _UNSURE
    return _UNSURE


def plain_runtime_param(descriptor: Any) -> Any:
    """typer's runtime conversion for one parameter, trying the plain conversion first."""
    from typer._coercion import RuntimeParam, build_runtime_param

    info = descriptor.parameter_info
    annotation = descriptor.annotation
    if descriptor.file_annotation is not None or info.parser is not None:
        return build_runtime_param(descriptor)
    is_list = get_origin(annotation) is list
    leaf = get_args(annotation)[0] if is_list else annotation
    if get_origin(leaf) is not None:
        return build_runtime_param(descriptor)
    typers: list[Any] = []  # typer's conversion, built the first time a value needs it

    def convert(value: Any, param: Any, ctx: Any) -> Any:
        if is_list:
            items = value if isinstance(value, (list, tuple)) else [value]
            out = [_plain_leaf(leaf, descriptor, item, param, ctx) for item in items]
            if _UNSURE not in out:
                return out
        else:
            out = _plain_leaf(leaf, descriptor, value, param, ctx)
            if out is not _UNSURE:
                return out
        if not typers:
            typers.append(build_runtime_param(descriptor))
        return typers[0]._coerce_value(value, param=param, ctx=ctx)

    return _plain_class(RuntimeParam)(info, annotation, convert)


_CLASSES: dict[type, type] = {}


def _plain_class(base: type) -> type:
    """A subclass of typer's ``RuntimeParam`` that converts with a given function."""
    made = _CLASSES.get(base)
    if made is None:

        class PlainRuntimeParam(base):  # type: ignore[valid-type, misc]
            def __init__(self, parameter_info: Any, annotation: Any, convert: Any) -> None:
                # typer's RuntimeParam is a frozen dataclass: its fields are set as it
                # sets them.
                object.__setattr__(self, "parameter_info", parameter_info)
                object.__setattr__(self, "annotation", annotation)
                object.__setattr__(self, "convert", convert)

            def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
                return self.convert(value, param, ctx)

        made = _CLASSES[base] = PlainRuntimeParam
    return made


def install() -> None:
    """Make typer convert parameter values with ``plain_runtime_param``.

    A typer without the runtime-parameter layer this relies on is left as it is.
    """
    try:
        from typer.core import _TyperParameter
    except ImportError:  # pragma: no cover - another typer
        return
    if not hasattr(_TyperParameter, "get_runtime_param"):  # pragma: no cover
        return

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None:
            self._runtime_param = plain_runtime_param(self.type_descriptor)
        return self._runtime_param

    _TyperParameter.get_runtime_param = get_runtime_param  # type: ignore[method-assign]
