"""The report site: a static, self-contained website of the store's histories and corrections.

``build_site(store, out)`` gathers what the library computes (``content``: comparisons
between neighbouring versions, the correction log, the stealth edits) and writes it as
HTML pages from Jinja2 templates, with a style sheet, a small script that sorts and
filters, the index as JSON and an Atom feed (``render``). Nothing is fetched from
elsewhere: the folder can be opened from disk or served by any web server.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from revtrack.site.render import BuiltSite

if TYPE_CHECKING:
    from revtrack.store import GitStore


def build_site(
    store: GitStore,
    out: Path,
    *,
    site: str | None = None,
    since: datetime | None = None,
    base_url: str | None = None,
) -> BuiltSite:
    """Write the report for ``store`` (narrowed to ``site`` and ``since``) under ``out``.

    ``base_url``, where the folder will be served, makes the feed's links absolute.
    """
    from revtrack.site.content import gather
    from revtrack.site.render import write_site

    return write_site(gather(store, site=site, since=since), out, base_url=base_url)


__all__ = ["BuiltSite", "build_site"]
