"""The command line's plain conversion of values gives what typer's own gives.

``revtrack.cli._coercion`` converts strings, paths, counts and choices without pydantic
so that a command does not pay for importing it; every value it is unsure of goes to
typer. Here both conversions are run on every parameter of every command, with the
values users type and with arbitrary text, and must agree on the value (and its type)
or on the error message.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.core import _TyperParameter
from typer.main import get_command

from revtrack.cli import app
from revtrack.cli._coercion import plain_runtime_param


def _parameters() -> list[tuple[str, Any, Any]]:
    root = get_command(app)
    found = []
    for name, command in sorted(root.commands.items()):  # type: ignore[attr-defined]
        for param in command.params:
            if isinstance(param, _TyperParameter):
                found.append((f"{name} {param.name}", command, param))
    return found


PARAMETERS = _parameters()
IDS = [name for name, _, _ in PARAMETERS]


@cache
def _typers(param: Any) -> Any:
    return build_runtime_param(param.type_descriptor)


@cache
def _ours(param: Any) -> Any:
    return plain_runtime_param(param.type_descriptor)


def _outcome(runtime: Any, value: Any, command: Any, param: Any) -> tuple[str, Any]:
    ctx = Context(command, info_name=command.name)
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return "error", exc.format_message()
    except ValueError as exc:  # typer's own for a path holding a NUL, which argv cannot
        return type(exc).__name__, str(exc)
    return type(result).__name__, result


def _agree(command: Any, param: Any, value: Any) -> None:
    if param.multiple or param.nargs == -1:
        value = (value,) if isinstance(value, str) else value
    expected = _outcome(_typers(param), value, command, param)
    assert _outcome(_ours(param), value, command, param) == expected


TYPED = [
    "",
    "0",
    "3",
    "007",
    "-1",
    "+2",
    " 4",
    "5 ",
    "1_000",
    "3.0",
    "99999999999999999999999",
    "٣",  # an Arabic-Indic digit: str.isdigit says yes
    "json",
    "JSON",
    "never",
    "Always",
    "html ",
    "https://www.example.com/story?id=1",
    "seeds/nbc-embassy-v1.txt",
    "/tmp",
    "~/store",
    "caf\u00e9 \u201cquoted\u201d",
    "tab\there",
    "\x1b]52;c;AAAA\x07",
    "bad \udcff bytes",  # argv that was not UTF-8
    "nul\x00inside",
]


@pytest.mark.parametrize(("name", "command", "param"), PARAMETERS, ids=IDS)
def test_every_parameter_converts_what_users_type_as_typer_does(
    name: str, command: Any, param: Any
) -> None:
    for value in TYPED:
        _agree(command, param, value)
    _agree(command, param, param.default)
    if param.multiple or param.nargs == -1:
        _agree(command, param, ("a", "b", "\udcff"))
        _agree(command, param, ["one", "two"])


@settings(max_examples=60, deadline=None)
@given(value=st.text(max_size=30) | st.from_regex(r"\A[0-9]{1,25}\Z"))
def test_arbitrary_text_converts_as_typer_converts_it(value: str) -> None:
    for _, command, param in PARAMETERS:
        _agree(command, param, value)
