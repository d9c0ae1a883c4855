"""What the notice-style tests share: a case, where it stands in an article, and reading it.

A case is set after a paragraph of reporting in its language (or alone, as a wire
corrective or a column item stands), and only the notices that reach past that
paragraph belong to it.
"""

from __future__ import annotations

from typing import NamedTuple

from revtrack.notices import Notice, find_notices


class Case(NamedTuple):
    """A notice and what it states; None for a value means the notice does not state it."""

    text: str
    kind: str
    date: str | None
    wrong: str | None
    right: str | None
    language: str = "en"
    alone: bool = False


def notices_after(body: str | None, text: str) -> tuple[list[Notice], str, int]:
    """The notices of ``text`` set after ``body`` (or alone), the article, and where it starts."""
    article, start = (text, 0) if body is None else (f"{body}\n\n{text}", len(body) + 2)
    return [n for n in find_notices(article) if n.end > start], article, start


def case_notices(case: Case, bodies: dict[str, str]) -> tuple[list[Notice], str, int]:
    """The notices of ``case`` placed as it says: alone, or after its language's body."""
    return notices_after(None if case.alone else bodies[case.language], case.text)
