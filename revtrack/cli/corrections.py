"""``revtrack corrections``: the correction log across the store, or the stealth edits."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Annotated, Any

import typer

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    StoreOption,
    handles_errors,
    open_store,
    print_out,
)
from revtrack.errors import UserError
from revtrack.report import clean_for_terminal, spreadsheet_safe

if TYPE_CHECKING:
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
        typer.Argument(help="One article (URL, store path or prefix); default: every article."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only entries first seen on or after (ISO 8601).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only entries first seen on or before (ISO 8601).")
    ] = None,
    site: Annotated[
        str | None, typer.Option("--site", help="Only articles on this site, e.g. nbcnews.com.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind", help="correction, clarification, update, editors_note or retraction."
        ),
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="verified, related or unmatched.")
    ] = None,
    stealth: Annotated[
        bool,
        typer.Option(
            "--stealth", help="List substantive changes that came with no notice instead."
        ),
    ] = False,
    store: StoreOption = None,
    config: ConfigOption = None,
    json_: Annotated[
        bool, typer.Option("--json", help=f"Print JSON instead of text. {_PARAGRAPH_NOTE}")
    ] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help=f"Print one JSON object a line. {_PARAGRAPH_NOTE}")
    ] = False,
    csv_: Annotated[
        bool,
        typer.Option(
            "--csv",
            help="Print CSV with a header row; a cell a spreadsheet would run as a formula "
            "gets a leading apostrophe.",
        ),
    ] = False,
) -> None:
    """List every correction notice in the store, when it appeared and whether the text
    changed the way it says; or, with --stealth, the changes that came with no notice.

    Paragraphs are counted from 1 in the text output and from 0 in JSON, JSON lines and
    CSV ('notice_paragraph'), the same numbering 'revtrack diff' uses in text and JSON.
    """
    from revtrack import corrections as log
    from revtrack.store.refs import parse_when

    if sum((json_, jsonl, csv_)) > 1:
        raise UserError("--json, --jsonl and --csv cannot be combined; choose one output format.")
    if kind is not None and kind not in _KINDS:
        raise UserError(f"'{kind}' is not a notice kind; use one of {', '.join(_KINDS)}.")
    if status is not None and status not in _STATUSES:
        raise UserError(f"'{status}' is not a status; use one of {', '.join(_STATUSES)}.")
    if stealth and (kind or status):
        raise UserError("--kind and --status apply to notices, not to --stealth; drop them.")
    start = parse_when(since) if since else None
    end = parse_when(until, end_of_day=True) if until else None
    with open_store(store, config) as opened:
        paths = [opened.resolve_article(article)] if article else None
        if stealth:
            edits = log.filter_stealth(
                log.stealth_edits(opened, paths), since=start, until=end, site=site
            )
            rows = [e.to_dict() for e in edits]
        else:
            entries = log.filter_entries(
                log.correction_log(opened, paths),
                since=start,
                until=end,
                site=site,
                kind=kind,
                status=status,
            )
            rows = [e.to_dict() for e in entries]
    if json_:
        print_out(clean_for_terminal(json.dumps(rows, indent=2, ensure_ascii=False)))
    elif jsonl:
        lines = [json.dumps(r, ensure_ascii=False) for r in rows]
        print_out(clean_for_terminal("\n".join(lines)))
    elif csv_:
        print_out(clean_for_terminal(_csv(rows)))
    elif stealth:
        print_out(clean_for_terminal(_stealth_table(edits) or "No stealth edits found."))
    else:
        print_out(clean_for_terminal(_table(entries) or "No correction notices found."))


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in row.items() if not isinstance(v, dict)}
    evidence = row.get("evidence")
    for key in ("old_version", "new_version", "kind", "before", "after"):
        flat[f"evidence_{key}"] = evidence.get(key) if isinstance(evidence, dict) else None
    return flat


def _csv(rows: list[dict[str, Any]]) -> str:
    flat = [_flat(r) for r in rows]
    if not flat:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(flat[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in flat)
    return buffer.getvalue()


def _quote(text: str | None) -> str:
    return "—" if text is None else f"“{' '.join(text.split())}”"


def _table(entries: list[CorrectionEntry]) -> str:
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
            f"{e.first_seen:%Y-%m-%d %H:%M}  @{e.first_version}  {n.kind:<13} {e.status:<9}"
            f"{flag_text}  {e.title or e.url}",
            f"    {e.article}",
        ]
        what = " ".join(p for p in (n.error_verb, n.subject) if p)
        if what or n.wrong is not None or n.right is not None:
            lines.append(f"    {what or 'values'}: {_quote(n.wrong)} -> {_quote(n.right)}".rstrip())
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


def _stealth_table(edits: list[StealthEdit]) -> str:
    blocks = []
    for s in edits:
        blocks.append(
            f"{s.observed_at:%Y-%m-%d %H:%M}  @{s.old_version}->@{s.new_version}  {s.kind:<17}"
            f"{s.title or s.url}\n    {s.article}\n"
            f"    {_quote(s.before)} -> {_quote(s.after)}"
        )
    return "\n\n".join(blocks)
