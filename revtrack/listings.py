"""The fixed columns of every listing revtrack prints, and their JSON, JSON lines and CSV.

A script, ``sqlite-utils upsert``, pandas or Datasette must be able to load a listing
again and again: so each listing has one documented set of columns, in one order,
whatever rows are present (a missing value is null, an empty CSV still has its header),
and a first column ``id`` that names the row the same way on every run. The text tables
the commands print are made from the same rows. ``docs/cli.md`` lists the columns from
here, so they cannot drift from what is printed.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from revtrack.report import spreadsheet_safe

FORMATS = ("json", "jsonl", "csv")


@dataclass(frozen=True)
class Column:
    """One field of a listing: its name in every format, its type and what it holds."""

    name: str
    type: str
    description: str


@dataclass(frozen=True)
class Listing:
    """A listing: its columns (``id`` first) and the order its rows come in."""

    name: str
    description: str
    order: str
    columns: tuple[Column, ...]

    @functools.cached_property
    def names(self) -> list[str]:
        """The column names, in order (asked for by every row, so made once)."""
        return [c.name for c in self.columns]

    def row(self, **values: Any) -> dict[str, Any]:
        """One row with exactly this listing's columns; a value not given is None.

        A value for a column the listing does not have is a programming error, raised
        at once, so the documented columns are the only ones ever printed.
        """
        unknown = set(values) - set(self.names)
        if unknown:
            raise KeyError(f"{self.name} has no column {', '.join(sorted(unknown))}")
        return {name: values.get(name) for name in self.names}

    def render(self, rows: Sequence[dict[str, Any]], fmt: str) -> str:
        """The rows as ``json`` (an array), ``jsonl`` (an object a line) or ``csv``."""
        if fmt == "json":
            return json.dumps(list(rows), indent=2, ensure_ascii=False) + "\n"
        if fmt == "jsonl":
            return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if fmt == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(self.names)
            writer.writerows([_cell(r.get(n)) for n in self.names] for r in rows)
            return buffer.getvalue()
        raise ValueError(f"unknown format {fmt!r}")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_safe(value)


def row_id(*parts: object) -> str:
    """A short id that is the same on every run for the same parts (16 hex digits)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain text table: columns as wide as their widest cell, two spaces between.

    The last column is not padded, so a long title never pushes the others apart.
    Cells are flattened to one line; nothing is cut.
    """
    body = [[_flat(c) for c in row] for row in rows]
    head = list(headers)
    widths = [max([len(head[i]), *(len(r[i]) for r in body)]) for i in range(len(head))]
    lines = []
    for cells in [head, *body]:
        padded = [c.ljust(w) for c, w in zip(cells[:-1], widths[:-1], strict=True)]
        lines.append("  ".join([*padded, cells[-1]]).rstrip())
    return "\n".join(lines)


def _flat(value: object) -> str:
    if value is None:
        return "-"
    return " ".join(str(value).split())


def _c(name: str, type_: str, description: str) -> Column:
    return Column(name, type_, description)


_ID = "stable id of the row"
ARTICLES = Listing(
    "articles",
    "The tracked articles.",
    "Latest change first; equal times by store path.",
    (
        _c("id", "text", "the article's store path (stable: it is made from the URL)"),
        _c("url", "text", "the article's URL, canonical form"),
        _c("title", "text", "the headline of its latest version, or null"),
        _c("versions", "integer", "how many versions are stored"),
        _c("first_seen", "time", "when the first version was observed (ISO 8601, UTC)"),
        _c("last_changed", "time", "when the latest version was observed (ISO 8601, UTC)"),
    ),
)
LOG = Listing(
    "log",
    "One article's versions and the events recorded about it.",
    "Newest first; among equal times, the later version first.",
    (
        _c("id", "text", "the commit id of the version or event"),
        _c("article", "text", "the article's store path"),
        _c("version", "integer", "the version number (@N), or null for an event"),
        _c("observed_at", "time", "when it was observed (ISO 8601, UTC)"),
        _c("event", "text", "the event (re-extracted, gone, ...), or null for a plain version"),
        _c("detail", "text", "what the event recorded, or null"),
        _c("title", "text", "the version's headline, or null"),
        _c("url", "text", "the version's URL, or null for an event"),
    ),
)
_NOTICE_FIELDS = (
    _c("kind", "text", "correction, clarification, update, editors_note or retraction"),
    _c("date", "text", "the notice's date, ISO 8601, or null"),
    _c("date_text", "text", "the date as the notice wrote it, or null"),
    _c("error_verb", "text", "what the error was (misidentified, misstated, ...), or null"),
    _c("subject", "text", "what the error was about, or null"),
    _c("wrong", "text", "the wrong value as the notice gives it, or null"),
    _c("right", "text", "the right value as the notice gives it, or null"),
    _c("language", "text", "the notice's language code"),
    _c("position", "text", "where the notice stands: top, inline or bottom"),
    _c("piece_title", "text", "the title of the piece a column item cites, or null"),
    _c("piece_date", "text", "when the cited piece ran, as the item writes it, or null"),
    _c("piece_page", "text", "the page of the cited piece, or null"),
)
CORRECTIONS = Listing(
    "corrections",
    "Correction notices across the store, each checked against the stored change.",
    "First seen, oldest first; equal times by article, then by place in the text.",
    (
        _c("id", "text", _ID + " (article, first commit and the notice's place)"),
        _c("article", "text", "the article's store path"),
        _c("url", "text", "the article's URL"),
        _c("title", "text", "the article's latest headline, or null"),
        *_NOTICE_FIELDS,
        _c(
            "wrong_from",
            "text",
            "where 'wrong' was read: notice, diff (the words the described change removed; "
            "'wrong' is then the diff's), both (they agree), or null",
        ),
        _c(
            "right_from",
            "text",
            "where 'right' was read: notice, diff (the words the described change added; "
            "'right' is then the diff's), both (they agree), or null",
        ),
        _c("status", "text", "verified, related or unmatched"),
        _c("first_version", "integer", "the version the notice first appeared in"),
        _c("first_commit", "text", "the commit of that version"),
        _c("first_seen", "time", "when that version was observed (ISO 8601, UTC)"),
        _c("last_seen_version", "integer", "the last version holding the notice"),
        _c("wording_changed", "boolean", "whether the notice was reworded later"),
        _c("removed", "boolean", "whether the notice was removed later"),
        _c("removed_in_version", "integer", "the version it was removed in, or null"),
        _c(
            "notice_paragraph",
            "integer",
            "the paragraph the notice starts in, counted from 0 as in 'revtrack diff "
            "--json'; null for a notice the page declares only in its JSON-LD",
        ),
        _c("notice_text", "text", "the notice as it first appeared"),
        _c("current_text", "text", "the notice as it reads now"),
        _c("note", "text", "why the notice is related or unmatched, or empty"),
        _c("evidence_old_version", "integer", "the change checked: older version, or null"),
        _c("evidence_new_version", "integer", "the change checked: newer version, or null"),
        _c("evidence_kind", "text", "the change checked: its kind, or null"),
        _c("evidence_before", "text", "the change checked: text before, or null"),
        _c("evidence_after", "text", "the change checked: text after, or null"),
    ),
)
STEALTH = Listing(
    "corrections --stealth",
    "Substantive changes that came with no correction notice.",
    "Observed, oldest first; equal times by article, then by place in the text.",
    (
        _c("id", "text", _ID + " (article, time, kind and the text changed)"),
        _c("article", "text", "the article's store path"),
        _c("url", "text", "the article's URL"),
        _c("title", "text", "the article's latest headline, or null"),
        _c("old_version", "integer", "the older version compared"),
        _c("new_version", "integer", "the newer version compared"),
        _c("observed_at", "time", "when the newer version was observed (ISO 8601, UTC)"),
        _c("kind", "text", "the kind of change (name, number, quote, ...)"),
        _c("before", "text", "the text before"),
        _c("after", "text", "the text after"),
        _c("old_sentence", "text", "the sentence it stood in before"),
        _c("new_sentence", "text", "the sentence it stands in now"),
    ),
)
NOTICES = Listing(
    "notices",
    "The correction notices in one file.",
    "In the order they stand in the text; notices declared only in JSON-LD last.",
    (
        _c("id", "text", _ID + " (the file, and the notice's kind, place and text)"),
        _c("file", "text", "the file read, or 'standard input'"),
        *_NOTICE_FIELDS,
        _c(
            "paragraph",
            "integer",
            "the paragraph the notice starts in, counted from 0 as in 'revtrack diff "
            "--json' (the text output counts from 1); null for a JSON-LD notice",
        ),
        _c("source", "text", "text, or jsonld for a notice the page declares in its data"),
        _c("start", "integer", "character offset where the notice starts in the text"),
        _c("end", "integer", "character offset where it ends"),
        _c("text", "text", "the notice as written"),
    ),
)
SNAPSHOT = Listing(
    "snapshot",
    "What one snapshot did with each input or URL.",
    "In the order the inputs were given; a watching pass lists stored, then failed.",
    (
        _c("id", "text", "the input: a file, 'standard input' or a URL"),
        _c("outcome", "text", "stored, unchanged or failed"),
        _c("article", "text", "the article's store path, or null"),
        _c(
            "version",
            "integer",
            "the version stored (@N), or the one the text is unchanged since; null when failed",
        ),
        _c("commit", "text", "the commit of the new version, or null"),
        _c("url", "text", "the article's URL, or null"),
        _c("title", "text", "the stored headline, or null"),
        _c("error", "text", "why it failed, or null"),
    ),
)
REEXTRACT = Listing(
    "reextract",
    "What extracting each article again did.",
    "In the order the articles were named; with --all, by store path.",
    (
        _c("id", "text", "the article's store path"),
        _c("outcome", "text", "re-extracted, unchanged, no-page or failed"),
        _c("from_version", "integer", "the version whose page was read again, or null"),
        _c("to_version", "integer", "the new version, or null"),
        _c("commit", "text", "the new version's commit, or null"),
        _c("message", "text", "why it failed or was skipped, or null"),
    ),
)
STATUS = Listing(
    "status",
    "The watched articles and the sources that are failing or paused.",
    "Articles by URL, then paused sources by URL, then paused hosts by name.",
    (
        _c("id", "text", "the URL"),
        _c("kind", "text", "article, source for a feed or section page, or host"),
        _c("state", "text", "due, waiting, failing, refused, unwatched or paused"),
        _c("failures", "integer", "failures in a row"),
        _c("first_seen", "time", "when an article was first seen, or null"),
        _c("last_checked", "time", "when an article was last fetched, or null"),
        _c("last_changed", "time", "when an article last changed, or null"),
        _c("retry_at", "time", "when a paused source or host is tried again, or null"),
        _c("error", "text", "a paused source's or host's last error, a refusal, or null"),
    ),
)
LISTINGS = (ARTICLES, LOG, CORRECTIONS, STEALTH, NOTICES, SNAPSHOT, REEXTRACT, STATUS)
