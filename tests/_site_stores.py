"""Stores the report-site tests build sites from: the seeds, a second article, a hostile one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from revtrack.models import Document
from revtrack.store import GitStore

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_URL = "https://www.nbcnews.com/news/world/embassy-stormed-n1109201"
OTHER_URL = "https://www.example.org/local/harbour-bridge-reopens"
HOSTILE_URL = "https://hostile.example/story?x=%22onmouseover%3Dalert(1)"
RLO = "\u202e"

# Everything an attacker who controls an article's text might try: a script element, an
# event handler, a javascript: link, quote breakouts for both attribute styles, a
# closing tag that would end a script or style block early, a CDATA end and an override
# that would reverse the text after it.
PAYLOAD = (
    "<script>window.__pwned = 1</script>"
    '<img src=x onerror="window.__pwned = 2">'
    '<a href="javascript:window.__pwned = 3">click</a>'
    '" onmouseover="window.__pwned = 4" x="\' onfocus=\'window.__pwned = 5\' '
    "</style></script></textarea>]]> "
    f"{RLO}txt.exe"
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def seed_store(path: Path) -> GitStore:
    """The seed article's two versions, as `make demo` stores them."""
    store = GitStore.init(path)
    for name, when in (
        ("nbc-embassy-v1.txt", "2019-12-31T12:00"),
        ("nbc-embassy-v2.txt", "2019-12-31T15:45"),
    ):
        text = (SEEDS / name).read_text(encoding="utf-8")
        from revtrack.extract import document_from_bytes

        doc = document_from_bytes(text.encode("utf-8"), url=SEED_URL)
        store.put(doc, at=at(when))
    return store


def add_other_article(store: GitStore) -> None:
    """A second site's article whose number changed with no notice (a stealth edit)."""
    base = (
        "The harbour bridge reopened to traffic on Friday after eight months of repairs.\n\n"
        "The repairs cost {cost}, the council said on Thursday.\n\n"
        "Drivers queued from before dawn to cross it."
    )
    for cost, when in (
        ("12 million euros", "2020-03-01T08:00"),
        ("14 million euros", "2020-03-01T11:00"),
    ):
        doc = Document(text=base.format(cost=cost), url=OTHER_URL, title="Harbour bridge reopens")
        store.put(doc, at=at(when))


def add_hostile_article(store: GitStore) -> None:
    """An article whose headline, text and correction notice all carry the payload."""
    before = (
        f"The mayor said {PAYLOAD} on Monday that the bridge would open.\n\n"
        "The council met on Tuesday to approve the budget of 12 million euros.\n\n"
        f"Residents wrote {PAYLOAD} to the council."
    )
    after = (
        f"The mayor said {PAYLOAD} on Monday that the tunnel would open.\n\n"
        "The council met on Wednesday to approve the budget of 12 million euros.\n\n"
        f"Residents wrote {PAYLOAD} to the council.\n\n"
        "Correction: An earlier version of this article misstated the day of the meeting. "
        f'It was Wednesday, not "Tuesday". {PAYLOAD}'
    )
    for text, title, when in (
        (before, f"Bridge {PAYLOAD} opens", "2021-05-01T09:00"),
        (after, f"Tunnel {PAYLOAD} opens", "2021-05-01T12:00"),
    ):
        store.put(Document(text=text, url=HOSTILE_URL, title=title), at=at(when))
