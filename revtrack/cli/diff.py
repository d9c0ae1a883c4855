"""``revtrack diff``: what changed between two versions of an article, or two files."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    StoreOption,
    handles_errors,
    open_store,
)
from revtrack.cli._output import emit, emit_json
from revtrack.errors import InputError, UserError

if TYPE_CHECKING:
    from revtrack.diff import Comparison
    from revtrack.models import Document, Version


# What a version reference looks like without its "@": N, -N, a commit id, a date.
_VERSION_REF = re.compile(r"^(?:-?\d{1,6}|[0-9a-fA-F]{4,40}|\d{4}-\d{2}-\d{2}\S*)$")


class Format(StrEnum):
    """Output formats of ``revtrack diff``."""

    text = "text"
    unified = "unified"
    json = "json"
    markdown = "markdown"
    html = "html"


class Color(StrEnum):
    """When to colour the text output."""

    auto = "auto"
    always = "always"
    never = "never"


@dataclass(frozen=True)
class _Side:
    """One compared version: its document and how to name it."""

    document: Document
    label: str
    info: dict[str, Any]
    path: str = ""  # the file, or the article's path in the store, for unified diffs


@app.command()
@handles_errors
def diff(
    first: Annotated[
        str,
        typer.Argument(
            metavar="ARTICLE",
            help="An article (URL, store path or prefix); or the old file, to compare two files.",
        ),
    ],
    old_ref: Annotated[
        str | None,
        typer.Argument(
            metavar="OLD",
            help="@N, @-N, a commit or a date; or the new file, to compare two files.",
        ),
    ] = None,
    new_ref: Annotated[
        str | None,
        typer.Argument(metavar="NEW", help="The newer version (default: latest)."),
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Every change of the article, newest first.")
    ] = False,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="Output format: text, unified, json, markdown or html.",
        ),
    ] = Format.text,
    color: Annotated[
        Color,
        typer.Option(
            "--color",
            metavar="WHEN",
            help="Colour the text output: auto (on a terminal), always or never.",
        ),
    ] = Color.auto,
    context: Annotated[
        int,
        typer.Option(
            "--context",
            "-C",
            min=0,
            metavar="N",
            help="Unchanged paragraphs shown around each change.",
        ),
    ] = 1,
    ignore_trivial: Annotated[
        bool,
        typer.Option(
            "--ignore-trivial",
            help="Hide whitespace-, quote-style- and punctuation-only changes (still counted).",
        ),
    ] = False,
    stat: Annotated[
        bool, typer.Option("--stat", help="Only the changed paragraphs and the kinds of change.")
    ] = False,
    store: StoreOption = None,
    config: ConfigOption = None,
    json_: Annotated[bool, typer.Option("--json", help="The same as --format json.")] = False,
) -> None:
    """Show what changed between two versions, word by word, each change named by kind.

    \b
    revtrack diff URL              the last change: previous version against the latest
    revtrack diff URL @1 @3        any two versions (@N, @-1, a commit id, a date)
    revtrack diff URL --all        every change, newest first
    revtrack diff old.html new.html   two files, HTML or text, no store needed
    """
    from revtrack.diff import compare

    if json_:
        fmt = Format.json
    if _files_given(first, old_ref):
        if new_ref is not None or all_:
            raise UserError(
                "Comparing two files takes exactly two paths; drop the third argument and --all."
            )
        pairs = [(_file_side(Path(first)), _file_side(Path(old_ref or "")))]
    else:
        from revtrack.store.refs import split_article_ref

        name, attached = split_article_ref(first)
        if attached is not None:  # "ARTICLE@1 @3" reads like "ARTICLE @1 @3"
            if new_ref is not None:
                raise UserError("Give at most two versions to compare, for example @1 @3.")
            old_ref, new_ref = attached, old_ref
        pairs = _store_pairs(name, old_ref, new_ref, all_, store, config)
    if not pairs:
        if fmt is Format.json:
            from revtrack.diffview import json_document

            emit_json(json_document([]))
        else:
            emit("Only one version is stored, so there is no change to show yet.")
        return
    sections = []
    for old, new in pairs:
        if _reextraction_step(old, new):  # shown with no changes: the page did not change
            note = _REEXTRACTION_NOTE
            sections.append((f"{old.label} → {new.label}{note}", old, new, compare("", "")))
        else:
            sections.append(
                (f"{old.label} → {new.label}", old, new, compare(old.document, new.document))
            )
    if fmt is Format.json:
        from revtrack import diffview

        payloads = [
            diffview.comparison_json(c, old=o.info, new=n.info, ignore_trivial=ignore_trivial)
            for _, o, n, c in sections
        ]
        emit_json(diffview.json_document(payloads if all_ else payloads[0]))
        return
    use_color = _use_color(color) and fmt is Format.text
    emit(_render(sections, fmt, use_color, context, ignore_trivial, stat, all_), color=use_color)


def _render(
    sections: list[tuple[str, _Side, _Side, Comparison]],
    fmt: Format,
    color: bool,
    context: int,
    ignore_trivial: bool,
    stat: bool,
    many: bool,
) -> str:
    from revtrack import diffview

    if fmt is Format.html:
        _, _, newest, _ = sections[0]  # the newest pair comes first
        return diffview.render_html(
            [(h, c) for h, _, _, c in sections],
            context=context,
            ignore_trivial=ignore_trivial,
            title=newest.document.title or newest.path or "revtrack diff",
            url=newest.document.url or newest.info.get("url") or newest.info.get("file"),
        )
    parts = []
    for heading, old, new, comparison in sections:
        if stat:
            parts.append(
                diffview.escape_for(fmt.value, heading)
                + "\n"
                + diffview.render_stat(comparison, ignore_trivial=ignore_trivial)
            )
        elif fmt is Format.unified:
            parts.append(
                diffview.render_unified(
                    # Paragraphs are lines with blank lines between: N paragraphs, 2N lines.
                    comparison,
                    old_label=old.path if "file" in old.info else f"a/{old.path}",
                    new_label=new.path if "file" in new.info else f"b/{new.path}",
                    old_when="" if "file" in old.info else old.label,
                    new_when="" if "file" in new.info else new.label,
                    context=2 * context,
                )
            )
        elif fmt is Format.markdown:
            parts.append(
                diffview.render_markdown(
                    comparison, context=context, ignore_trivial=ignore_trivial, header=heading
                )
            )
        else:
            parts.append(
                diffview.render_text(
                    comparison,
                    context=context,
                    color=color,
                    ignore_trivial=ignore_trivial,
                    header=heading,
                )
            )
    return "\n".join(parts)


def _files_given(first: str, second: str | None) -> bool:
    """Two paths mean two files; an article is followed by version references or nothing."""
    if second is None or second.startswith("@"):
        return False
    return Path(first).exists() or Path(second).exists() or not _VERSION_REF.match(second)


def _file_side(path: Path) -> _Side:
    from revtrack.extract import document_from_bytes

    if not path.is_file():
        raise InputError(
            f"{path} is not a readable file; give two files, or an article and two @versions."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path} cannot be read ({exc.strerror}); check its permissions.") from exc
    document = document_from_bytes(data, source=str(path))
    return _Side(document, str(path), {"file": str(path)}, str(path))


def _store_pairs(
    name: str,
    old_ref: str | None,
    new_ref: str | None,
    all_: bool,
    store: Path | None,
    config: Path | None,
) -> list[tuple[_Side, _Side]]:
    """The (old, new) versions to compare, read from the store."""
    if all_ and (old_ref or new_ref):
        raise UserError("--all shows every change; give it no version references.")
    with open_store(store, config) as opened:
        path = opened.resolve_article(name)
        versions = opened.versions(path)
        if all_:
            chosen = list(zip(versions[-2::-1], versions[:0:-1], strict=True))
        elif old_ref is not None:
            old = opened.resolve_version(path, old_ref)
            new = opened.resolve_version(path, new_ref) if new_ref else versions[-1]
            chosen = [(old, new)]
        elif len(versions) >= 2:
            chosen = [(versions[-2], versions[-1])]
        else:
            chosen = []
        cache: dict[str, Document] = {}

        def side(version: Version) -> _Side:
            if version.commit not in cache:
                cache[version.commit] = opened.read(version)
            return _Side(
                cache[version.commit],
                _version_label(version),
                _version_info(version),
                version.article,
            )

        return [(side(old), side(new)) for old, new in chosen]


def _version_label(version: Version) -> str:
    event = f", {version.event}" if version.event else ""
    return f"@{version.number} ({version.observed_at:%Y-%m-%d %H:%M} UTC{event})"


def _version_info(version: Version) -> dict[str, Any]:
    info: dict[str, Any] = {
        "article": version.article,
        "version": version.number,
        "commit": version.commit,
        "observed_at": version.observed_at.isoformat(),
        "url": version.url,
    }
    if version.event:
        info["event"] = version.event
    return info


# A version re-extracted from the page its predecessor was read from differs from it only
# by how the page was read: that step is shown as such, with no edits.
_REEXTRACTION_NOTE = ": the same stored page read again, not an edit"


def _reextraction_step(old: _Side, new: _Side) -> bool:
    if not new.info.get("event"):
        return False  # two files, or an ordinary version: no need to load the store
    from revtrack.store import REEXTRACTED

    step = new.info.get("version") == (old.info.get("version") or 0) + 1
    return step and new.info.get("event") == REEXTRACTED


def _use_color(choice: Color) -> bool:
    """--color always/never decide; auto means a terminal that has not opted out."""
    if choice is Color.always:
        return True
    if choice is Color.never:
        return False
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()
