"""The Notice value: one correction notice found in an article, as data."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

KINDS = ("correction", "clarification", "update", "editors_note", "retraction")
POSITIONS = ("top", "bottom", "inline")


@dataclass(frozen=True)
class Notice:
    """A correction, clarification, update, editor's note or retraction found in a text.

    Values (``wrong``, ``right``, ``subject``) are copied from the notice as written, so a
    reader can find them in the article; None means the notice does not state them, which
    is different from "stated but empty". ``start`` and ``end`` are character offsets of
    ``text`` in the text that was scanned, so callers can tie a notice to a paragraph.
    ``paragraph`` is the index, counted from 0, of the paragraph the notice starts in: the
    same count as ``old.paragraph`` and ``new.paragraph`` in ``revtrack diff --json``, so a
    notice and the change it describes can be matched by number. Text meant for people
    counts paragraphs from 1, as diff's "@@ paragraph N @@" does. ``source`` is "text" for
    notices found in the article's text and "jsonld" for those a page declares in its
    schema.org data; the latter stand in no paragraph, so their ``paragraph`` is None
    (null in JSON, as diff gives for a side with no paragraph).
    """

    kind: str
    text: str
    date_text: str | None = None
    date: str | None = None
    error_verb: str | None = None
    subject: str | None = None
    wrong: str | None = None
    right: str | None = None
    language: str = "en"
    paragraph: int | None = 0
    position: str = "inline"
    start: int = 0
    end: int = 0
    source: str = "text"
    # The piece a corrections-column item refers to, when it names it: "(Show him the red
    # card, 15 May, page 34)" gives its title, date (as written) and page.
    piece_title: str | None = None
    piece_date: str | None = None
    piece_page: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The notice as plain JSON-ready data, in field order."""
        return asdict(self)
