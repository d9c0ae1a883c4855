"""What the site shows, gathered from the store: articles, their steps, notices, stealth edits.

Everything here comes from the library as it is: ``article_log`` reads each article once
and gives the changes between neighbouring versions (``compare``), the correction-log
entries (each notice with its parsed fields and the change that verifies it) and the
stealth edits (the changes no notice accounts for), the same answers as
``correction_log`` and ``stealth_edits``. A notice is shown beside the change it
describes, matched by the versions, kind and text the log gives as its evidence; a
stealth edit is matched the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from revtrack.corrections import (
    CorrectionEntry,
    StealthEdit,
    article_log,
    filter_entries,
    filter_stealth,
    on_site,
    order_entries,
    order_stealth,
    site_of,
)
from revtrack.index.derive import ArticleView as OneArticle
from revtrack.site.inline import Region, Segment, body_regions, word_segments
from revtrack.site.names import page_name
from revtrack.store import REEXTRACTED

if TYPE_CHECKING:
    from revtrack.diff import Change, Comparison
    from revtrack.models import Version
    from revtrack.store import GitStore

_FIELD_LABELS = {
    "title": "Headline",
    "byline": "Byline",
    "published": "Published",
    "modified": "Modified",
}
# Notice fields shown elsewhere on the card, or only meaningful to a program.
_NOTICE_HIDDEN = frozenset({"text", "start", "end"})
# Indices counted from 0 in data, shown counted from 1 as people count paragraphs.
_COUNTED_FROM_ZERO = frozenset({"paragraph"})


def label(name: str) -> str:
    """A field or kind name as words: ``notice_added`` -> ``notice added``."""
    return str(name).replace("_", " ").strip()


@dataclass
class ChangeView:
    """One change of a step, with what the page says about it."""

    index: int
    change: Change
    anchor: str
    segments: list[Segment] = field(default_factory=list)
    stealth: bool = False
    notices: list[NoticeView] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return label(self.change.kind)

    @property
    def where(self) -> str:
        """Which part of the article: the headline, or paragraph N of the new (old) text."""
        c = self.change
        if c.field != "body":
            return _FIELD_LABELS.get(c.field, label(c.field).capitalize())
        if c.new_paragraph is not None:
            return f"Paragraph {c.new_paragraph + 1}"
        if c.old_paragraph is not None:
            return f"Paragraph {c.old_paragraph + 1} of the old version"
        return "Text"

    @property
    def before_text(self) -> str:
        """The old sentence (or whole field) the change sits in, for reading and copying."""
        c = self.change
        return (c.old_sentence or c.before).strip()

    @property
    def after_text(self) -> str:
        c = self.change
        return (c.new_sentence or c.after).strip()


@dataclass
class NoticeView:
    """A correction-log entry, with its notice's fields ready to list."""

    entry: CorrectionEntry
    anchor: str
    article_page: str = ""
    evidence_anchor: str | None = None

    @property
    def fields(self) -> list[tuple[str, str]]:
        """Every stated field of the notice, by name, whatever fields the notice has."""
        shown = []
        for key, value in self.entry.notice.to_dict().items():
            if key in _NOTICE_HIDDEN or value is None or value == "" or value == [] or value == {}:
                continue
            if key in _COUNTED_FROM_ZERO and isinstance(value, int):
                value += 1
            shown.append((label(key), show(value)))
        return shown


@dataclass
class StepView:
    """From one version to the next: the changes, headline first, and the notices."""

    old: Version
    new: Version
    anchor: str
    summary: str
    reextracted: bool
    changes: list[ChangeView]
    regions: list[Region]
    notices: list[NoticeView] = field(default_factory=list)

    @property
    def metadata(self) -> list[ChangeView]:
        return [c for c in self.changes if c.change.field != "body"]


@dataclass
class ArticleView:
    """One tracked article and its whole history."""

    path: str
    url: str
    title: str | None
    page: str  # file name under articles/
    versions: list[Version]
    steps: list[StepView]
    initial_notices: list[NoticeView]
    notice_count: int
    stealth_count: int

    @property
    def site(self) -> str:
        return site_of(self.url)

    @property
    def name(self) -> str:
        """What to call the article: its headline, else its URL without the scheme."""
        return self.title or re.sub(r"^[a-z]+://", "", self.url or "", flags=re.I) or self.path

    @property
    def first_seen(self) -> datetime:
        return self.versions[0].observed_at

    @property
    def last_changed(self) -> datetime:
        return self.versions[-1].observed_at

    def summary(self) -> dict[str, Any]:
        """The article's line of the index, as JSON-ready data (``articles.json``)."""
        return {
            "article": self.path,
            "url": self.url,
            "title": self.title,
            "site": self.site,
            "page": f"articles/{self.page}",
            "versions": len(self.versions),
            "first_seen": self.first_seen.isoformat(),
            "last_changed": self.last_changed.isoformat(),
            "notices": self.notice_count,
            "stealth_edits": self.stealth_count,
        }


@dataclass
class SiteContent:
    """Everything the site's pages are made from."""

    articles: list[ArticleView]
    notices: list[NoticeView]
    stealth: list[tuple[StealthEdit, str]]  # each with the link to its change
    site: str | None
    since: datetime | None


def show(value: Any) -> str:
    """A field's value as text, for values of any shape a newer notice may carry."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(show(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{label(k)}: {show(v)}" for k, v in value.items())
    return str(value)


def gather(
    store: GitStore, *, site: str | None = None, since: datetime | None = None
) -> SiteContent:
    """Read the store once and lay out every page's content.

    ``site`` keeps the articles on that site; ``since`` keeps the articles with a version
    observed on or after it, and the notices and stealth edits first seen since then
    (as ``revtrack corrections --since`` does). An article's page keeps its whole history.
    """
    every = store.all_versions()
    paths = []
    for path, versions in sorted(every.items()):
        if not versions:
            continue
        if site is not None and not on_site(versions[-1].url, site):
            continue
        if since is not None and versions[-1].observed_at < since:
            continue
        paths.append(path)
    articles = []
    entries: list[CorrectionEntry] = []
    edits: list[StealthEdit] = []
    notice_views: dict[int, NoticeView] = {}
    stealth_links: dict[int, str] = {}
    for path in paths:
        # The index's one-article view of the store: article_log would otherwise read the
        # whole history again for each article; it also keeps each document it read.
        view = OneArticle(store, path, every[path])
        log = article_log(cast("GitStore", view), path)
        article = _article(view, path, every[path], log.entries, log.stealth, log.changes)
        articles.append(article)
        entries.extend(log.entries)
        edits.extend(log.stealth)
        for view in _all_notices(article):
            notice_views[id(view.entry)] = view
        for edit in log.stealth:
            stealth_links[id(edit)] = _stealth_link(article, edit)
    articles.sort(key=lambda a: (a.last_changed, a.path), reverse=True)
    kept_entries = filter_entries(order_entries(entries), since=since)
    kept_edits = filter_stealth(order_stealth(edits), since=since)
    return SiteContent(
        articles=articles,
        notices=[notice_views[id(e)] for e in reversed(kept_entries)],
        stealth=[(e, stealth_links[id(e)]) for e in kept_edits],
        site=site,
        since=since,
    )


def _all_notices(article: ArticleView) -> Iterable[NoticeView]:
    yield from article.initial_notices
    for step in article.steps:
        yield from step.notices


def _article(
    store: OneArticle,
    path: str,
    versions: list[Version],
    entries: list[CorrectionEntry],
    edits: list[StealthEdit],
    changes: list[list[Change]],
) -> ArticleView:
    from revtrack.diff import Comparison as Compared
    from revtrack.diffview import summary_line

    page = page_name(path)
    documents = [store.read(v) for v in versions]
    steps: list[StepView] = []
    for i in range(1, len(versions)):
        old, new = versions[i - 1], versions[i]
        anchor = f"v{new.number}"
        if new.event == REEXTRACTED:
            steps.append(StepView(old, new, anchor, "extracted again; not an edit", True, [], []))
            continue
        comparison = Compared(documents[i - 1].text, documents[i].text, changes[i - 1])
        steps.append(_step(old, new, anchor, comparison, summary_line(comparison)))
    for edit in edits:
        view = _find_change(steps, edit.new_version, edit.kind, edit.before, edit.after)
        if view is not None:
            view.stealth = True
    initial: list[NoticeView] = []
    for n, entry in enumerate(entries, start=1):
        notice = NoticeView(entry, f"notice-{n}", article_page=page)
        evidence = entry.evidence
        described = None
        if evidence is not None:
            described = _find_change(
                steps, evidence.new_version, evidence.kind, evidence.before, evidence.after
            )
        if described is not None:
            described.notices.append(notice)
            notice.evidence_anchor = described.anchor
        home = next((s for s in steps if s.new.number == entry.first_version), None)
        if home is None:
            initial.append(notice)
        else:
            home.notices.append(notice)
    return ArticleView(
        path=path,
        url=versions[-1].url,
        title=versions[-1].title or next((d.title for d in reversed(documents) if d.title), None),
        page=page,
        versions=versions,
        steps=steps,
        initial_notices=initial,
        notice_count=len(entries),
        stealth_count=len(edits),
    )


def _step(
    old: Version, new: Version, anchor: str, comparison: Comparison, summary: str
) -> StepView:
    changes = []
    for index, change in enumerate(comparison.changes):
        view = ChangeView(index, change, f"{anchor}-c{index + 1}")
        if change.field != "body":
            view.segments = word_segments(change.before, change.after, index)
        changes.append(view)
    # Spacing-only edits stay listed but are not drawn inline, where they cannot be seen.
    drawn = [(c.index, c.change) for c in changes if c.change.kind != "whitespace"]
    return StepView(old, new, anchor, summary, False, changes, body_regions(comparison, drawn))


def _find_change(
    steps: list[StepView], new_version: int | None, kind: str, before: str, after: str
) -> ChangeView | None:
    for step in steps:
        if step.new.number != new_version:
            continue
        for view in step.changes:
            c = view.change
            if (c.kind, c.before, c.after) == (kind, before, after):
                return view
    return None


def _stealth_link(article: ArticleView, edit: StealthEdit) -> str:
    view = _find_change(article.steps, edit.new_version, edit.kind, edit.before, edit.after)
    anchor = view.anchor if view is not None else f"v{edit.new_version}"
    return f"articles/{article.page}#{anchor}"
