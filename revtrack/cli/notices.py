"""``revtrack notices``: the correction notices in one text or HTML file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import (
    CsvOption,
    JsonlOption,
    handles_errors,
    machine_format,
)
from revtrack.cli._output import emit, emit_listing
from revtrack.errors import InputError
from revtrack.listings import NOTICES, row_id

if TYPE_CHECKING:
    from revtrack.notices import Notice

# Paragraphs are numbered as ``revtrack diff`` numbers them: from 1 in text, from 0 in JSON.
NoticesJsonOption = Annotated[
    bool,
    typer.Option(
        "--json",
        help="Print a JSON array of rows (columns: docs/cli.md). 'paragraph' is the "
        "paragraph's index counted from 0, as in 'revtrack diff --json' (the text output "
        "counts from 1, as 'revtrack diff' does); null for a notice the page declares only "
        "in its JSON-LD.",
    ),
]


@app.command()
@handles_errors
def notices(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="A text or HTML file holding one article, or - for standard input."
        ),
    ],
    json_: NoticesJsonOption = False,
    jsonl: JsonlOption = False,
    csv_: CsvOption = False,
) -> None:
    """Print the correction notices in one article: kind, date, what was wrong, what is right.

    Paragraphs are counted from 1 in the text output and from 0 in the JSON 'paragraph'
    field, the same numbering 'revtrack diff' uses in its text and JSON.
    """
    from revtrack.notices import notices_from_bytes

    fmt = machine_format(json_, jsonl, csv_)
    source = "standard input" if file == "-" else file
    found = notices_from_bytes(_read(file), source=source)
    if fmt:
        emit_listing(NOTICES, [_row(source, n) for n in found], fmt)
        return
    if not found:
        emit(f"No notices found in {source}.")
        return
    emit("\n\n".join(_describe(i, n) for i, n in enumerate(found, 1)))


def _row(source: str, notice: Notice) -> dict[str, object]:
    data = notice.to_dict()
    fields = {k: v for k, v in data.items() if k in NOTICES.names}
    return NOTICES.row(
        **fields,
        id=row_id(source, notice.kind, notice.source, notice.start, notice.text),
        file=source,
    )


def _read(file: str) -> bytes:
    if file == "-":
        return sys.stdin.buffer.read()
    path = Path(file)
    if not path.is_file():
        raise InputError(
            f"{file} is not a readable file; give a text or HTML file, or - for stdin."
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{file} cannot be read ({exc.strerror}); check its permissions.") from exc


def _describe(number: int, notice: Notice) -> str:
    where = (
        "in the page's JSON-LD"
        if notice.paragraph is None
        else f"{notice.position}, paragraph {notice.paragraph + 1}"
    )
    lines = [f"{number}. {notice.kind.replace('_', ' ')} ({where}, {notice.language})"]
    if notice.date_text or notice.date:
        shown = notice.date or "no calendar date"
        lines.append(
            f"   date: {shown}" + (f" (as written: {notice.date_text})" if notice.date_text else "")
        )
    if notice.error_verb or notice.subject:
        lines.append(f"   error: {' '.join(p for p in (notice.error_verb, notice.subject) if p)}")
    if notice.wrong is not None:
        lines.append(f"   wrong: {notice.wrong}")
    if notice.right is not None:
        lines.append(f"   right: {notice.right}")
    lines.append(f"   text: {notice.text}")
    return "\n".join(lines)
