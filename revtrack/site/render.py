"""Writing the site: Jinja2 templates (autoescaped), static files, the index's JSON, a feed.

Article text is untrusted. Every value reaches a page through Jinja2's autoescaping
(HTML and XML alike), after ``finalize`` has removed terminal controls and the characters
XML cannot hold, bidirectional overrides included (``revtrack.report.clean``, the one
sanitiser); each piece of article text also sits in an element that isolates its
direction, so right-to-left text cannot turn the words around it either. Pages load
only the site's own script and style sheet, and say so in a Content-Security-Policy, so
even markup that slipped through could run nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from revtrack.report import clean, clean_data
from revtrack.site.content import SiteContent, label
from revtrack.site.names import safe_join

STATIC_FILES = ("style.css", "site.js")
# The list of files the last build wrote, kept in the output folder: a rebuild removes the
# pages it no longer writes (an article narrowed out by --site or --since, a renamed page)
# and never touches a file it did not write itself.
MANIFEST = ".revtrack-site"
FEED_LIMIT = 200
# Characters XML 1.0 cannot carry at all (terminal controls go first, in clean_for_terminal).
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class BuiltSite:
    """What was written, for the command to report."""

    out: Path
    articles: int
    notices: int
    stealth_edits: int
    files: int

    @property
    def index(self) -> Path:
        return self.out / "index.html"


def _finalize(value: Any) -> Any:
    from markupsafe import Markup

    if value is None:
        return ""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _NOT_XML.sub("", clean(value))
    return value


def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("revtrack.site", "templates"),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["label"] = label
    env.filters["when"] = _when
    env.filters["iso"] = _iso
    env.filters["css"] = _css_name
    env.filters["urn"] = _urn
    env.filters["web_url"] = _web_url
    return env


def _when(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _iso(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _css_name(name: str) -> str:
    """A kind or status as a class name: only ``[a-z0-9-]`` survives."""
    return re.sub(r"[^a-z0-9-]+", "-", str(name).casefold()).strip("-") or "other"


def _urn(*parts: object) -> str:
    """A stable Atom id from the entry's identity."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:32]
    return f"urn:revtrack:{digest}"


def _web_url(url: str) -> str | None:
    """The article's URL as a link only when it is http(s); anything else is not linked."""
    return url if re.match(r"https?://", url or "", re.IGNORECASE) else None


def write_site(content: SiteContent, out: Path, *, base_url: str | None = None) -> BuiltSite:
    """Write every page of ``content`` under ``out`` (created when missing).

    ``base_url`` is where the folder will be served; the feed's links are then absolute,
    since feed readers copy entries away from the feed and lose a relative link's base.
    """
    env = _environment()
    out.mkdir(parents=True, exist_ok=True)
    earlier = _manifest(out)
    names: list[str] = []

    def write(relative: str, text: str) -> None:
        path = safe_join(out, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        names.append(relative)

    common = {"content": content, "generated": _generated(content), "base": base_url or ""}
    for name in STATIC_FILES:
        write(name, resources.files("revtrack.site").joinpath("static", name).read_text("utf-8"))
    write("index.html", env.get_template("index.html").render(root="", **common))
    for article in content.articles:
        page = env.get_template("article.html").render(root="../", article=article, **common)
        write(f"articles/{article.page}", page)
    write("corrections.html", env.get_template("corrections.html").render(root="", **common))
    write("feed.xml", env.get_template("feed.xml").render(entries=_feed(content), **common))
    summaries = [a.summary() for a in content.articles]
    write("articles.json", json.dumps(clean_data(summaries), indent=2, ensure_ascii=False) + "\n")
    _remove_stale(out, earlier - set(names))
    (out / MANIFEST).write_text("".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
    return BuiltSite(
        out, len(content.articles), len(content.notices), len(content.stealth), len(names)
    )


def _manifest(out: Path) -> set[str]:
    """The files an earlier build wrote here; names that are not safe are ignored."""
    try:
        lines = (out / MANIFEST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    kept = set()
    for line in lines:
        try:
            safe_join(out, line)
        except ValueError:
            continue
        kept.add(line)
    return kept


def _remove_stale(out: Path, stale: set[str]) -> None:
    for relative in stale:
        safe_join(out, relative).unlink(missing_ok=True)


def _generated(content: SiteContent) -> datetime:
    """The newest observation in the site: rebuilding the same store gives the same pages."""
    times = [a.last_changed for a in content.articles]
    return max(times) if times else datetime(1970, 1, 1, tzinfo=UTC)


def _feed(content: SiteContent) -> list[dict[str, Any]]:
    """New notices and stealth edits, newest first."""
    entries: list[dict[str, Any]] = []
    for view in content.notices:
        e = view.entry
        entries.append(
            {
                "type": "notice",
                "id": _urn("notice", e.article, e.first_commit, e.notice.text),
                "title": f"{label(e.notice.kind).capitalize()} ({e.status}): {e.title or e.url}",
                "updated": e.first_seen,
                "link": f"articles/{view.article_page}#{view.anchor}",
                "view": view,
            }
        )
    for edit, link in content.stealth:
        entries.append(
            {
                "type": "stealth",
                "id": _urn(
                    "stealth", edit.article, edit.new_version, edit.kind, edit.before, edit.after
                ),
                "title": f"Changed with no notice ({label(edit.kind)}): {edit.title or edit.url}",
                "updated": edit.observed_at,
                "link": link,
                "edit": edit,
            }
        )
    entries.sort(key=lambda x: x["updated"], reverse=True)
    return entries[:FEED_LIMIT]
