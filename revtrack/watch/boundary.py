"""The one boundary around each item of a pass: whatever it raises is its own failure.

An item is one source read (a feed or a section page) or one article checked. Its work
(fetching, reading a feed, decoding, extracting, naming the article) runs inside
``contained``; anything it raises, an expected ``ItemError`` or a bug in a library on a
page nobody foresaw, comes back as an ``ItemError`` for the report, in one sentence,
and the pass goes on with the next item. Writing to the store and the state database
happens outside the boundary, so their faults (a full disk, a corrupt repository) still
end the run: they would fail every item after.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from revtrack.errors import ItemError, RevtrackError
from revtrack.weburl import show_url

T = TypeVar("T")


def as_item_error(exc: BaseException, what: str) -> ItemError:
    """``exc``, raised while working on ``what``, as that item's failure."""
    if isinstance(exc, ItemError):
        return exc
    if isinstance(exc, RevtrackError):
        # An input mistake (empty, binary, undecodable) is the item's, not the user's.
        return ItemError(str(exc))
    detail = show_url(str(exc).splitlines()[0] if str(exc) else "", 120)
    return ItemError(
        f"{what} could not be processed ({type(exc).__name__}"
        f"{': ' + detail if detail else ''}); it is tried again next run."
    )


def contained(work: Callable[[], T], *, what: str) -> T | ItemError:
    """Run one item's work; its result, or what it raised as that item's failure."""
    try:
        return work()
    except Exception as exc:  # the boundary: every failure of one item is that item's
        return as_item_error(exc, what)
