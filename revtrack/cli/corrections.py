"""``revtrack corrections``: the correction log across the store, or the stealth edits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import islice
from typing import TYPE_CHECKING, Annotated, Any

import typer

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    CsvOption,
    StoreOption,
    TzOption,
    handles_errors,
    iso,
    machine_format,
    open_store,
    time_zone,
    when,
)
from revtrack.cli._output import emit, emit_listing
from revtrack.errors import UserError
from revtrack.listings import CORRECTIONS, STEALTH, row_id

if TYPE_CHECKING:
    from datetime import tzinfo

    from revtrack.corrections import CorrectionEntry, StealthEdit

_KINDS = ("correction", "clarification", "update", "editors_note", "retraction")
# Paragraphs are numbered as ``revtrack diff`` numbers them: from 1 in text, from 0 in JSON.
_PARAGRAPH_NOTE = (
    "'notice_paragraph' is the index, counted from 0, of the paragraph the notice starts in, "
    "as in 'revtrack diff --json'; null for a notice the page declares only in its JSON-LD."
)
_STATUSES = ("verified", "related", "unmatched")


@app.command()
@handles_errors
def corrections(
    article: Annotated[
        str | None,
        typer.Argument(
            metavar="ARTICLE",
            help="One article (URL, store path, prefix or headline words); default: every one.",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", metavar="DATE", help="Only entries first seen on or after (ISO 8601)."
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until", metavar="DATE", help="Only entries first seen on or before (ISO 8601)."
        ),
    ] = None,
    site: Annotated[
        str | None,
        typer.Option(
            "--site", metavar="HOST", help="Only articles on this site, e.g. nbcnews.com."
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="correction, clarification, update, editors_note or retraction.",
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option("--status", metavar="STATUS", help="verified, related or unmatched."),
    ] = None,
    stealth: Annotated[
        bool,
        typer.Option(
            "--stealth", help="List substantive changes that came with no notice instead."
        ),
    ] = False,
    store: StoreOption = None,
    config: ConfigOption = None,
    tz: TzOption = None,
    json_: Annotated[
        bool,
        typer.Option(
            "--json", help=f"Print a JSON array of rows (columns: docs/cli.md). {_PARAGRAPH_NOTE}"
        ),
    ] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help=f"Print one JSON object a line. {_PARAGRAPH_NOTE}")
    ] = False,
    csv_: CsvOption = False,
) -> None:
    """List every correction notice in the store, when it appeared and whether the text
    changed the way it says; or, with --stealth, the changes that came with no notice.

    Paragraphs are counted from 1 in the text output and from 0 in JSON, JSON lines and
    CSV ('notice_paragraph'), the same numbering 'revtrack diff' uses in text and JSON.
    """
    from revtrack import corrections as log
    from revtrack.store.refs import parse_when

    fmt = machine_format(json_, jsonl, csv_)
    zone = time_zone(tz)
    if kind is not None and kind not in _KINDS:
        raise UserError(f"'{kind}' is not a notice kind; use one of {', '.join(_KINDS)}.")
    if status is not None and status not in _STATUSES:
        raise UserError(f"'{status}' is not a status; use one of {', '.join(_STATUSES)}.")
    if stealth and (kind or status):
        raise UserError("--kind and --status apply to notices, not to --stealth; drop them.")
    start = parse_when(since) if since else None
    end = parse_when(until, end_of_day=True) if until else None
    from revtrack.cli._index import query_index

    with open_store(store, config) as opened, query_index(opened) as index:
        paths = [index.resolve_article(article)] if article else None
        if stealth:
            listed = index.stealth_listing(paths, since=start, until=end, site=site)
            if fmt:
                emit_listing(STEALTH, _stealth_rows(listed), fmt)
            elif not _print_stealth(listed, zone):
                emit("No stealth edits found.")
            return
        else:
            entries = log.filter_entries(
                index.correction_log(paths),
                since=start,
                until=end,
                site=site,
                kind=kind,
                status=status,
            )
            entries = sorted(entries, key=lambda e: (e.first_seen, e.article, e.notice.start))
    if fmt:  # the rows are made only for the machine formats: text is drawn from the objects
        emit_listing(CORRECTIONS, [_row(e) for e in entries], fmt)
    else:
        emit(_table(entries, zone) or "No correction notices found.")


def _print_stealth(edits: Iterable[StealthEdit], zone: tzinfo | None) -> bool:
    """Print the edits as they come, a thousand at a time; whether there was any."""
    first, stream = True, iter(edits)
    while chunk := list(islice(stream, 1000)):
        emit(("" if first else "\n") + _stealth_table(chunk, zone))
        first = False
    return not first


def _row(entry: CorrectionEntry) -> dict[str, Any]:
    """One entry as the listing's columns (the evidence flattened into its own)."""
    data = entry.to_dict()
    evidence = data.pop("evidence") or {}
    fields = {k: v for k, v in data.items() if k in CORRECTIONS.names}
    for key, value in evidence.items():
        if f"evidence_{key}" in CORRECTIONS.names:
            fields[f"evidence_{key}"] = value
    fields["first_seen"] = iso(entry.first_seen)
    n = entry.notice
    return CORRECTIONS.row(
        **fields, id=row_id(entry.article, entry.first_commit, n.kind, n.start, n.text)
    )


def _stealth_rows(edits: Iterable[StealthEdit]) -> list[dict[str, Any]]:
    """The edits as the listing's columns; identical edits in one version are told apart."""
    rows, seen = [], Counter[str]()
    for e in edits:
        key = row_id(e.article, iso(e.observed_at), e.kind, e.before, e.after)
        seen[key] += 1
        data = {k: v for k, v in e.to_dict().items() if k in STEALTH.names}
        data["observed_at"] = iso(e.observed_at)
        ident = key if seen[key] == 1 else row_id(key, seen[key])
        rows.append(STEALTH.row(**data, id=ident))
    return rows


def _quote(text: str | None) -> str:
    return "—" if text is None else f"“{' '.join(text.split())}”"


def _valued(value: str | None, source: str | None) -> str:
    """A value, marked when it was read from the stored change rather than the notice."""
    return _quote(value) + (" (from the diff)" if source == "diff" else "")


def _table(entries: list[CorrectionEntry], zone: tzinfo | None) -> str:
    blocks = []
    for e in entries:
        flags = []
        if e.wording_changed:
            flags.append("reworded")
        if e.removed:
            flags.append(f"removed @{e.removed_in_version}")
        flag_text = f"  [{', '.join(flags)}]" if flags else ""
        n = e.notice
        lines = [
            f"{when(e.first_seen, zone)}  @{e.first_version}  {n.kind:<13} {e.status:<9}"
            f"{flag_text}  {e.title or e.url}",
            f"    {e.article}",
        ]
        what = " ".join(p for p in (n.error_verb, n.subject) if p)
        if what or e.wrong is not None or e.right is not None:
            wrong, right = _valued(e.wrong, e.wrong_from), _valued(e.right, e.right_from)
            lines.append(f"    {what or 'values'}: {wrong} -> {right}".rstrip())
        # Counted from 1 for people, as diff's "@@ paragraph N @@"; the JSON index is from 0.
        where = "in the page's JSON-LD" if n.paragraph is None else f"paragraph {n.paragraph + 1}"
        lines.append(f"    notice {where}" + (f", dated {n.date}" if n.date else ""))
        if e.evidence is not None:
            ev = e.evidence
            lines.append(
                f"    change @{ev.old_version}->@{ev.new_version} ({ev.kind}): "
                f"{_quote(ev.before)} -> {_quote(ev.after)}"
            )
        elif e.note:
            lines.append(f"    {e.note}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _stealth_table(edits: list[StealthEdit], zone: tzinfo | None) -> str:
    blocks = []
    for s in edits:
        blocks.append(
            f"{when(s.observed_at, zone)}  @{s.old_version}->@{s.new_version}  {s.kind:<17} "
            f"{s.title or s.url}\n    {s.article}\n"
            f"    {_quote(s.before)} -> {_quote(s.after)}"
        )
    return "\n\n".join(blocks)
