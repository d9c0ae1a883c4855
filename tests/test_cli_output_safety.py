"""Whatever a page or a user types holds, what revtrack writes cannot drive a terminal,
reorder text, or run in a spreadsheet: one sanitiser, applied to every output."""

from __future__ import annotations

import ast
import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import revtrack
from revtrack.report import clean_for_terminal as clean
from tests.conftest import Invoke

# What must never reach a terminal or a machine format: ESC, BEL, the other C0 controls
# but newline and tab, DEL, the C1 controls (8-bit CSI, OSC, NEL ...), and the bidi
# embeddings, overrides and isolates.
FORBIDDEN = (
    {chr(c) for c in range(0x20) if chr(c) not in "\n\t"}
    | {chr(c) for c in range(0x7F, 0xA0)}
    | {chr(c) for c in range(0x202A, 0x202F)}
    | {chr(c) for c in range(0x2066, 0x206A)}
)
HOSTILE = "Plain words \x9b31m here\x85, and \u202eevil\u202c reversed \x1b]52;c;aGk=\x07 too."
URL = "https://news.example.com/harbour"


def _forbidden_in(text: str) -> set[str]:
    return {c for c in text if c in FORBIDDEN}


@pytest.fixture
def hostile_store(invoke: Invoke, tmp_path: Path) -> str:
    """A store whose two versions carry C1 controls, an OSC string and a bidi override."""
    store = str(tmp_path / "store")
    invoke("init", store)
    for n, (name, extra) in enumerate((("v1.txt", ""), ("v2.txt", " More \u202ewords\u202c.")), 1):
        page = tmp_path / name
        page.write_text(f"{HOSTILE}{extra}\n\nThe second paragraph stays.\n", encoding="utf-8")
        at = f"2024-05-0{n}T10:00Z"
        invoke("snapshot", str(page), "--url", URL, "--at", at, "--store", store)
    return store


@pytest.mark.parametrize(
    "args",
    [
        ["show", URL],
        ["show", URL, "--json"],
        ["diff", URL, "--json"],
        ["diff", URL, "--format", "markdown"],
        ["diff", URL, "--format", "html"],
        ["diff", URL, "--format", "unified"],
        ["diff", URL, "--color", "always"],
        ["log", URL, "--json"],
        ["articles", "--csv"],
        ["corrections", "--stealth", "--json"],
    ],
)
def test_stored_text_never_brings_controls_or_bidi_overrides_to_any_output(
    invoke: Invoke, hostile_store: str, args: list[str]
) -> None:
    """show, every diff format and every listing give the text without them (JSON decoded:
    a consumer that prints a decoded string must be as safe as the terminal)."""
    out = invoke(*args, "--store", hostile_store).stdout
    if "--json" in args:
        out = json.dumps(json.loads(out), ensure_ascii=False)
    if "always" in args:  # revtrack's own colour, and nothing else
        out = out.replace("\x1b[31m", "").replace("\x1b[32m", "").replace("\x1b[1m", "")
        out = out.replace("\x1b[0m", "")
    assert _forbidden_in(out) == set()
    assert out.strip()


@pytest.mark.parametrize(
    "args",
    [
        ["show", "x\x1b]52;c;aGVsbG8=\x07"],
        ["log", "\x1b[2J\x9b31mstory\u202e"],
        ["show", "--\x1b]0;owned\x07"],  # refused by the option parser itself
        ["\x1b]0;owned\x07"],  # an unknown command
    ],
)
def test_error_messages_quote_arguments_without_their_controls(
    invoke: Invoke, tmp_path: Path, args: list[str]
) -> None:
    """An error that repeats what was typed repeats it cleaned, in one line, exit 2."""
    store = str(tmp_path / "store")
    invoke("init", store)
    result = invoke(*args, "--store", store, code=2)
    assert "Error: " in result.stderr
    assert _forbidden_in(result.stderr) == set()
    assert "Traceback" not in result.stderr


def _seeded_with_hostile_cells(invoke: Invoke, tmp_path: Path) -> str:
    """An article titled like a formula, whose notice's wrong value hides one behind ESC."""
    store = str(tmp_path / "store")
    invoke("init", store)
    head = "<html><head><title>x</title></head><body><article><h1>-2+3+cmd|' /C calc'!A0</h1>"
    body = (
        "<p>The harbour pier reopened on Monday after a long repair that took most of the "
        "year, the port authority said in a statement.</p><p>Its length is 300 metres.</p>"
    )
    notice = (
        "<p>Correction: An earlier version of this story misstated the pier's length. It is "
        '300 metres, not \x1b=HYPERLINK("http://evil.example") metres.</p>'
    )
    for n, html in enumerate((head + body, head + body + notice), 1):
        page = tmp_path / f"v{n}.html"
        page.write_text(html + "</article></body></html>", encoding="utf-8")
        at = f"2024-05-0{n}T10:00Z"
        invoke("snapshot", str(page), "--url", URL, "--at", at, "--store", store)
    return store


def test_csv_cells_are_cleaned_before_the_formula_guard(invoke: Invoke, tmp_path: Path) -> None:
    """A leading ESC cannot hide '=' from the guard, and '-2+3+cmd|...' is a formula (OWASP):
    no cell of any CSV starts with = + - @, a tab or a carriage return."""
    store = _seeded_with_hostile_cells(invoke, tmp_path)
    out = invoke("corrections", "--csv", "--store", store).stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 2
    cells = [cell for row in rows for cell in row]
    assert [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))] == []
    assert [c for c in cells if _forbidden_in(c)] == []
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["title"] == "'-2+3+cmd|' /C calc'!A0"
    assert "HYPERLINK" in record["wrong"]
    articles = list(
        csv.DictReader(io.StringIO(invoke("articles", "--csv", "--store", store).stdout))
    )
    assert articles[0]["title"] == "'-2+3+cmd|' /C calc'!A0"


def test_no_cli_module_writes_output_but_the_one_that_cleans_it() -> None:
    """Every byte goes through revtrack/cli/_output.py: no other CLI module prints, writes
    to sys.stdout/sys.stderr, echoes, or serialises JSON itself."""
    cli = Path(revtrack.__file__).resolve().parent / "cli"
    offenders = []
    for path in sorted(cli.glob("*.py")):
        if path.name == "_output.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        asked = {  # sys.stdout.isatty() asks about the stream, it writes nothing
            id(n.value)
            for n in ast.walk(tree)
            if isinstance(n, ast.Attribute) and n.attr == "isatty"
        }
        for node in ast.walk(tree):
            if id(node) in asked:
                continue
            if isinstance(node, ast.Name) and node.id == "print":
                offenders.append(f"{path.name}:{node.lineno} print")
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"stdout", "stderr", "echo"}
                and getattr(node.value, "id", "") in {"sys", "typer", "click"}
            ):
                offenders.append(f"{path.name}:{node.lineno} {node.attr}")
            if isinstance(node, ast.Attribute) and node.attr == "dumps":
                offenders.append(f"{path.name}:{node.lineno} dumps")
    assert offenders == []


@given(st.text())
def test_clean_leaves_nothing_forbidden_and_is_idempotent(text: str) -> None:
    """The sanitiser's laws: nothing forbidden survives, and cleaning twice changes nothing."""
    once = clean(text)
    assert _forbidden_in(once) == set()
    assert clean(once) == once


def test_clean_keeps_ordinary_text_whole() -> None:
    """Newlines, tabs, accents, curly quotes, CJK and emoji pass untouched."""
    text = "Zoë said “café” — 東京\tfine 👍\nnext"
    assert clean(text) == text


@given(st.text())
def test_no_guarded_cell_starts_a_formula(text: str) -> None:
    """Whatever the text, the CSV cell made of it is clean and cannot start a formula,
    and a cell that needed no guard is the cleaned text itself."""
    from revtrack.report import spreadsheet_safe

    cell = spreadsheet_safe(text)
    assert isinstance(cell, str)
    assert _forbidden_in(cell) == set()
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (clean(text), "'" + clean(text))
