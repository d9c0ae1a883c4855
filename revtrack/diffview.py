"""Ways to show a Comparison: terminal text, unified diff, JSON, Markdown, HTML, a stat.

Every renderer takes the Comparison and returns a string; nothing here prints. Article
text is untrusted: it is stripped of terminal control sequences (``clean_for_terminal``)
before it reaches a terminal, escaped for HTML and Markdown, and left to ``json.dumps``
to escape in JSON. Headline, byline and date changes always come before the body's.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from revtrack.diff import Change, Comparison
from revtrack.report import BOLD as _BOLD
from revtrack.report import GREEN as _GREEN
from revtrack.report import RED as _RED
from revtrack.report import RESET as _RESET
from revtrack.report import clean_data, clean_for_terminal, escape_html

JSON_SCHEMA = "revtrack.diff/1"
FORMATS = ("text", "unified", "json", "markdown", "html")

# The summary's order and wording: (kind, singular, plural).
_NAMES: tuple[tuple[str, str, str], ...] = (
    ("headline", "headline change", "headline changes"),
    ("byline", "byline change", "byline changes"),
    ("name", "name", "names"),
    ("number", "number", "numbers"),
    ("date", "date", "dates"),
    ("quote", "quote", "quotes"),
    ("subheading", "subheading change", "subheading changes"),
    ("spelling", "spelling fix", "spelling fixes"),
    ("wording", "wording change", "wording changes"),
    ("sentence_added", "sentence added", "sentences added"),
    ("sentence_removed", "sentence removed", "sentences removed"),
    ("sentence_moved", "sentence moved", "sentences moved"),
    ("sentence_split", "sentence split", "sentences split"),
    ("sentence_merged", "sentence merge", "sentence merges"),
    ("paragraph_added", "paragraph added", "paragraphs added"),
    ("paragraph_removed", "paragraph removed", "paragraphs removed"),
    ("paragraph_moved", "paragraph moved", "paragraphs moved"),
    ("quote_added", "quotation added", "quotations added"),
    ("quote_removed", "quotation removed", "quotations removed"),
    ("subheading_added", "subheading added", "subheadings added"),
    ("subheading_removed", "subheading removed", "subheadings removed"),
    ("notice_added", "notice added", "notices added"),
    ("notice_removed", "notice removed", "notices removed"),
    ("whitespace", "whitespace change", "whitespace changes"),
    ("punctuation", "punctuation change", "punctuation changes"),
    ("markup", "markup change", "markup changes"),
)
_FIELD_LABELS = {
    "title": "Headline",
    "byline": "Byline",
    "published": "Published",
    "modified": "Modified",
}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def summary_line(comparison: Comparison, *, ignore_trivial: bool = False) -> str:
    """ "2 names, 1 number, 1 sentence added": every kind counted, hidden ones marked."""
    counts = comparison.counts()
    if not counts:
        return "No changes."
    hidden = {c.kind for c in comparison.changes if c.trivial} if ignore_trivial else set()
    parts = []
    for kind, one, many in _NAMES:
        count = counts.get(kind, 0)
        if count:
            label = f"{count} {one if count == 1 else many}"
            if kind in hidden and all(c.trivial for c in comparison.changes if c.kind == kind):
                label += " (hidden)"
            parts.append(label)
    return ", ".join(parts)


@dataclass(frozen=True)
class _Style:
    """How inline markers look: plain ``[-old-]{+new+}`` or coloured."""

    color: bool

    def removed(self, text: str) -> str:
        return f"{_RED}[-{text}-]{_RESET}" if self.color else f"[-{text}-]"

    def added(self, text: str) -> str:
        return f"{_GREEN}{{+{text}+}}{_RESET}" if self.color else f"{{+{text}+}}"

    def heading(self, text: str) -> str:
        return f"{_BOLD}{text}{_RESET}" if self.color else text


def render_text(
    comparison: Comparison,
    *,
    context: int = 1,
    color: bool = False,
    ignore_trivial: bool = False,
    header: str | None = None,
) -> str:
    """The view for a person at a terminal: changed paragraphs with words marked inline.

    ``context`` unchanged paragraphs are shown around each changed one. Trivial changes
    are shown unless ``ignore_trivial``; hidden ones are still counted in the summary.
    """
    style = _Style(color)
    lines: list[str] = []
    if header:
        lines += [style.heading(clean_for_terminal(header)), ""]
    shown = [c for c in comparison.changes if not (ignore_trivial and c.trivial)]
    for change in (c for c in shown if c.field != "body"):
        label = _FIELD_LABELS.get(change.field, change.field.title())
        lines.append(f"{style.heading(label + ':')} {_inline(change, style, clean_for_terminal)}")
    if any(c.field != "body" for c in shown):
        lines.append("")
    for start, end, first, changes in _regions(comparison, shown, context):
        lines.append(style.heading(f"@@ paragraph {first + 1} @@"))
        lines.append(_render_region(comparison, start, end, changes, style, clean_for_terminal))
        lines.append("")
    lines.append(summary_line(comparison, ignore_trivial=ignore_trivial))
    return "\n".join(lines) + "\n"


def _regions(
    comparison: Comparison, changes: Sequence[Change], context: int
) -> list[tuple[int, int, int, list[Change]]]:
    """Runs of new-text paragraphs to show: each change's paragraphs plus context.

    Returns ``(start, end, first changed paragraph's index, changes)``, in new-text
    offsets.
    """
    paragraphs = comparison.new_paragraphs
    body = sorted((c for c in changes if c.field == "body"), key=lambda c: c.new_start)
    if not body:
        return []
    groups: list[list[Any]] = []  # [first, last, first changed, changes]
    for change in body:
        changed, last = _paragraph_range(paragraphs, *_core_range(change))
        first, last = max(0, changed - context), min(len(paragraphs) - 1, last + context)
        if groups and first <= groups[-1][1] + 1:
            groups[-1][1] = max(groups[-1][1], last)
            groups[-1][3].append(change)
        else:
            groups.append([first, last, changed, [change]])
    regions = []
    for first, last, changed, members in groups:
        start = paragraphs[first][0] if paragraphs else 0
        end = paragraphs[last][1] if paragraphs else 0
        start = min([start, *(c.new_start for c in members)])
        end = max([end, *(c.new_end for c in members)])
        regions.append((start, end, changed, members))
    return regions


def _core_range(change: Change) -> tuple[int, int]:
    """The change's new range without the paragraph spacing an addition carries."""
    lead, core, _ = _edges(change.after)
    if not core:
        return change.new_start, change.new_end
    start = change.new_start + len(lead)
    return start, start + len(core)


def _paragraph_range(
    paragraphs: Sequence[tuple[int, int]], start: int, end: int
) -> tuple[int, int]:
    """First and last paragraph a new-text range touches, or the nearest one to it."""
    touched = [i for i, (s, e) in enumerate(paragraphs) if s <= end and start <= e]
    if touched:
        return touched[0], touched[-1]
    following = [i for i, (s, _) in enumerate(paragraphs) if s >= start]
    index = following[0] if following else max(len(paragraphs) - 1, 0)
    return index, index


def _render_region(
    comparison: Comparison,
    start: int,
    end: int,
    changes: Iterable[Change],
    style: _Style,
    clean: Callable[[str], str],
) -> str:
    text = comparison.new_text
    out: list[str] = []
    cursor = start
    for change in sorted(changes, key=lambda c: (c.new_start, c.new_end)):
        if change.new_start < cursor:
            continue
        out.append(clean(text[cursor : change.new_start]))
        out.append(_inline(change, style, clean, comparison))
        cursor = change.new_end
    out.append(clean(text[cursor:end]))
    return "".join(out).strip("\n")


def _inline(
    change: Change, style: _Style, clean: Callable[[str], str], comparison: Comparison | None = None
) -> str:
    """One change as inline markers, its edge spacing kept outside them."""
    if change.field != "body":
        return _inline_words(change.before, change.after, style, clean)
    if change.kind.endswith("_moved"):
        lead, core, trail = _edges(change.after)
        where = ""
        if change.old_paragraph is not None:
            where = f" (moved from paragraph {change.old_paragraph + 1})"
        if change.before.strip() == core:
            return f"{lead}{style.added(clean(core))}{where}{trail}"
        # Moved and edited: show the edit made on the way.
        return f"{lead}{_inline_words(change.before.strip(), core, style, clean)}{where}{trail}"
    if change.kind == "whitespace":
        # Spacing changes are invisible as they are: show each space-like character.
        return style.removed(_visible(change.before)) + style.added(_visible(change.after))
    if change.before.strip() and change.after.strip():
        return style.removed(clean(change.before)) + style.added(clean(change.after))
    lead, core, trail = _edges(change.after if change.after.strip() else change.before)
    marker = style.added if change.after.strip() else style.removed
    return f"{lead}{marker(clean(core))}{trail}"


def _inline_words(before: str, after: str, style: _Style, clean: Callable[[str], str]) -> str:
    """A short text (a headline, a byline) with its changed words marked."""
    from revtrack.diff.engine import diff_hunks

    out: list[str] = []
    cursor = 0
    for a0, a1, b0, b1 in diff_hunks(before, after):
        out.append(clean(after[cursor:b0]))
        if a1 > a0:
            out.append(style.removed(clean(before[a0:a1])))
        if b1 > b0:
            out.append(style.added(clean(after[b0:b1])))
        cursor = b1
    out.append(clean(after[cursor:]))
    return "".join(out)


_VISIBLE = str.maketrans(
    {" ": "·", "\u00a0": "⍽", "\u00ad": "¬", "\u200b": "∙", "\n": "¶", "\t": "→"}
)


def _visible(text: str) -> str:
    return clean_for_terminal(text).translate(_VISIBLE)


def _edges(text: str) -> tuple[str, str, str]:
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core[0])
    return text[:start], core, text[start + len(core) :]


def render_unified(
    comparison: Comparison,
    *,
    old_label: str = "old",
    new_label: str = "new",
    old_when: str = "",
    new_when: str = "",
    context: int = 3,
) -> str:
    """A unified diff with one line per paragraph, as ``patch`` and review tools read it.

    The labels are file names; ``old_when`` and ``new_when`` follow them after a tab, as
    the format keeps dates, so that a tool reading the name stops before them.
    """
    old_lines = comparison.old_text.splitlines(keepends=True)
    new_lines = comparison.new_text.splitlines(keepends=True)
    out: list[str] = []
    for line in difflib.unified_diff(
        old_lines,
        new_lines,
        clean_for_terminal(old_label),
        clean_for_terminal(new_label),
        clean_for_terminal(old_when),
        clean_for_terminal(new_when),
        n=context,
    ):
        if line.endswith("\n"):
            out.append(clean_for_terminal(line))
        else:
            out.append(clean_for_terminal(line) + "\n\\ No newline at end of file\n")
    return "".join(out)


def comparison_json(
    comparison: Comparison,
    *,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    ignore_trivial: bool = False,
) -> dict[str, Any]:
    """The documented JSON object for one comparison (see docs/diff-json.md)."""
    shown = [c for c in comparison.changes if not (ignore_trivial and c.trivial)]
    return {
        "schema": JSON_SCHEMA,
        "old": old or {},
        "new": new or {},
        "summary": {
            "text": summary_line(comparison, ignore_trivial=ignore_trivial),
            "counts": dict(Counter(c.kind for c in comparison.changes)),
            "hidden": sum(1 for c in comparison.changes if c not in shown),
        },
        "changes": [_change_json(c) for c in shown],
        "sentences": [
            {"status": p.status, "old": list(p.old), "new": list(p.new)}
            for p in comparison.sentences
        ],
    }


def _change_json(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "facets": list(change.facets),
        "significance": change.significance,
        "field": change.field,
        "before": change.before,
        "after": change.after,
        "old_sentence": change.old_sentence,
        "new_sentence": change.new_sentence,
        "old": {
            "start": change.old_start,
            "end": change.old_end,
            "paragraph": change.old_paragraph,
        },
        "new": {
            "start": change.new_start,
            "end": change.new_end,
            "paragraph": change.new_paragraph,
        },
    }


def json_document(payload: dict[str, Any] | list[dict[str, Any]]) -> dict[str, Any]:
    """One comparison object, or ``{"schema", "comparisons": [...]}`` for several."""
    if isinstance(payload, list):
        return {"schema": JSON_SCHEMA, "comparisons": payload}
    return payload


def render_json(payload: dict[str, Any] | list[dict[str, Any]]) -> str:
    """``json_document`` as text, every string in it cleaned (see revtrack.report)."""
    document = clean_data(json_document(payload))
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_markdown(
    comparison: Comparison,
    *,
    context: int = 1,
    ignore_trivial: bool = False,
    header: str | None = None,
) -> str:
    """Markdown: ``<del>removed</del>`` and ``<ins>added</ins>`` inline, a section per passage.

    CommonMark has no strikethrough (``~~`` is literal there), and ``**`` is emphasis only
    when it is "flanking": an edit that starts with a space or a comma, or sits inside a
    word after punctuation, would show the stars. The inline HTML every CommonMark
    renderer (and GitHub) takes has no such rule, so edits are marked with it; the
    article's own text is escaped, so these are the only tags.
    """
    style = _MarkdownStyle()
    lines: list[str] = [f"# {_md(header)}", ""] if header else []
    shown = [c for c in comparison.changes if not (ignore_trivial and c.trivial)]
    for change in (c for c in shown if c.field != "body"):
        label = _FIELD_LABELS.get(change.field, change.field.title())
        lines += [f"**{label}:** {_inline(change, style, _md)}", ""]
    for start, end, first, changes in _regions(comparison, shown, context):
        lines += [f"## Paragraph {first + 1}", ""]
        region = _render_region(comparison, start, end, changes, style, _md)
        lines += [region, ""]
    lines.append(f"*{_md(summary_line(comparison, ignore_trivial=ignore_trivial))}*")
    return "\n".join(lines) + "\n"


class _MarkdownStyle(_Style):
    def __init__(self) -> None:
        super().__init__(color=False)

    def removed(self, text: str) -> str:
        return _per_paragraph(text, "<del>{}</del>") if text.strip() else ""

    def added(self, text: str) -> str:
        return _per_paragraph(text, "<ins>{}</ins>") if text.strip() else ""


_PARAGRAPH_BREAK = re.compile(r"(\n\s*\n)")


def _per_paragraph(text: str, wrapper: str) -> str:
    """``text`` with each paragraph's part wrapped on its own.

    An insertion that runs across a paragraph break must not open a tag in one
    paragraph and close it in the next: a browser closes ``<ins>`` at the end of the
    first ``<p>``, and the rest of the insertion would show as unchanged text.
    """
    parts = _PARAGRAPH_BREAK.split(text)
    return "".join(
        part if i % 2 or not part.strip() else wrapper.format(part) for i, part in enumerate(parts)
    )


def _md(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", clean_for_terminal(text)).replace("\n\n", "\n\n")


def render_html(
    sections: Sequence[tuple[str | None, Comparison]],
    *,
    context: int = 1,
    ignore_trivial: bool = False,
    title: str = "revtrack diff",
    url: str | None = None,
) -> str:
    """A standalone page with ``<del>`` and ``<ins>``; every piece of article text escaped.

    ``sections`` are ``(heading, comparison)`` pairs, one per compared pair of versions.
    ``title`` is the page's title and heading (the headline, for an article) and ``url``
    the article's address, shown under it and in the title. Every ``<ins>`` and
    ``<del>`` opens and closes inside one paragraph.
    """
    style = _HtmlStyle()
    body: list[str] = [f"<h1>{escape_html(title)}</h1>"]
    if url:
        body.append(f'<p class="url">{escape_html(url)}</p>')
    page_title = f"{title} — {url}" if url else title
    for heading, comparison in sections:
        body.append("<section>")
        if heading:
            body.append(f"<h2>{escape_html(heading)}</h2>")
        shown = [c for c in comparison.changes if not (ignore_trivial and c.trivial)]
        meta = [c for c in shown if c.field != "body"]
        if meta:
            body.append('<dl class="metadata">')
            for change in meta:
                label = _FIELD_LABELS.get(change.field, change.field.title())
                inline = _inline(change, style, escape_html)
                body.append(f"<dt>{label}</dt><dd>{inline}</dd>")
            body.append("</dl>")
        for start, end, first, changes in _regions(comparison, shown, context):
            body.append(f"<h3>Paragraph {first + 1}</h3>")
            region = _render_region(comparison, start, end, changes, style, escape_html)
            body.extend(f"<p>{p}</p>" for p in re.split(r"\n\s*\n", region) if p.strip())
        summary = escape_html(summary_line(comparison, ignore_trivial=ignore_trivial))
        body.append(f'<p class="summary">{summary}</p>')
        body.append("</section>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape_html(page_title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


_CSS = (
    "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em}"
    "del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}"
    "h3{font:bold 13px sans-serif;color:#666;margin-top:2em}.summary{font-style:italic}"
    "section{border-top:1px solid #ccc;margin-top:2em}.url{font:13px sans-serif;color:#666}"
)


class _HtmlStyle(_Style):
    def __init__(self) -> None:
        super().__init__(color=False)

    def removed(self, text: str) -> str:
        return _per_paragraph(text, "<del>{}</del>")

    def added(self, text: str) -> str:
        return _per_paragraph(text, "<ins>{}</ins>")


def render_stat(comparison: Comparison, *, ignore_trivial: bool = False) -> str:
    """One line per changed paragraph with its kinds, then words added and removed."""
    lines = []
    shown = [c for c in comparison.changes if not (ignore_trivial and c.trivial)]
    for change in (c for c in shown if c.field != "body"):
        lines.append(f" {_FIELD_LABELS.get(change.field, change.field):<14} | {change.kind}")
    by_paragraph: dict[int, Counter[str]] = {}
    for change in (c for c in shown if c.field == "body"):
        first, _ = _paragraph_range(comparison.new_paragraphs, *_core_range(change))
        by_paragraph.setdefault(first, Counter())[change.kind] += 1
    for index in sorted(by_paragraph):
        kinds = ", ".join(
            f"{n} {one if n == 1 else many}"
            for kind, one, many in _NAMES
            if (n := by_paragraph[index].get(kind, 0))
        )
        lines.append(f" {'paragraph ' + str(index + 1):<14} | {kinds}")
    added = sum(_words(c.after) for c in comparison.body_changes)
    removed = sum(_words(c.before) for c in comparison.body_changes)
    lines.append(
        f" {len(comparison.changes)} change{'s' if len(comparison.changes) != 1 else ''} in "
        f"{len(by_paragraph)} paragraph{'s' if len(by_paragraph) != 1 else ''}: "
        f"{added} word{'s' if added != 1 else ''} added, "
        f"{removed} word{'s' if removed != 1 else ''} removed"
    )
    return "\n".join(lines) + "\n"


def _words(text: str) -> int:
    return len(text.split())


def escape_for(fmt: str, text: str) -> str:
    """Escape untrusted text for one of the output formats."""
    if fmt == "html":
        return escape_html(text)
    if fmt == "markdown":
        return _md(text)
    return clean_for_terminal(text)


__all__ = [
    "FORMATS",
    "JSON_SCHEMA",
    "comparison_json",
    "escape_for",
    "json_document",
    "render_html",
    "render_json",
    "render_markdown",
    "render_stat",
    "render_text",
    "render_unified",
    "summary_line",
]
