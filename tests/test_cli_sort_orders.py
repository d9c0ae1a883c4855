"""Each listing comes in the one order docs/cli.md states for it, in text and in JSON alike.

The stories are stored in an order that is neither the documented one nor its reverse,
with times that tie, so an order left to the store, the index or insertion shows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from revtrack.listings import ARTICLES, CORRECTIONS, STEALTH
from tests.conftest import Invoke

BEFORE = "The fire on Elm Street destroyed 30 homes, the county said on Monday.\n"
STEALTHY = "The fire on Elm Street destroyed 300 homes, the county said on Monday.\n"
CORRECTED = (
    STEALTHY + "\nCorrection: An earlier version of this story misstated the number of homes "
    "destroyed. It was 300, not 30.\n"
)

# (host, time of the second version, whether it carries a notice), in the order stored.
STORIES = [
    ("b.example", "2024-05-02T10:00Z", True),
    ("c.example", "2024-05-03T10:00Z", True),
    ("a.example", "2024-05-02T10:00Z", True),
    ("e.example", "2024-05-02T09:00Z", False),
    ("f.example", "2024-05-01T09:00Z", False),
    ("d.example", "2024-05-02T09:00Z", False),
]


@pytest.fixture
def store(invoke: Invoke, tmp_path: Path) -> str:
    path = str(tmp_path / "store")
    invoke("init", path)
    first = tmp_path / "first.txt"
    first.write_text(BEFORE, encoding="utf-8")
    for host, at, noticed in STORIES:
        second = tmp_path / f"{host}.txt"
        second.write_text(CORRECTED if noticed else STEALTHY, encoding="utf-8")
        url = f"https://{host}/fire"
        for page, when in ((first, "2024-04-30T08:00Z"), (second, at)):
            invoke("snapshot", str(page), "--url", url, "--at", when, "--store", path)
    return path


def _hosts(rows: list[dict[str, object]], key: str) -> list[str]:
    return [str(r[key]).split("/")[0] for r in rows]


def _text_hosts(out: str) -> list[str]:
    """The hosts in the order a text log shows them, by the article path under each entry."""
    paths = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    return [p.split("/")[0] for p in paths if p.endswith(".txt")]


def test_articles_latest_change_first_and_ties_by_path(invoke: Invoke, store: str) -> None:
    """Latest change first; a.example and b.example changed at the same time: by path."""
    assert ARTICLES.order == "Latest change first; equal times by store path."
    rows = json.loads(invoke("articles", "--json", "--store", store).stdout)
    expected = ["c.example", "a.example", "b.example", "d.example", "e.example", "f.example"]
    assert _hosts(rows, "id") == expected
    lines = invoke("articles", "--store", store).stdout.splitlines()[1:]
    assert [line.split("https://")[1].split("/")[0] for line in lines] == expected


def test_corrections_first_seen_oldest_first_and_ties_by_article(
    invoke: Invoke, store: str
) -> None:
    """The notices first seen at the same time come by article path, the later one last;
    the text log lists them in the same order."""
    assert CORRECTIONS.order.startswith("First seen, oldest first; equal times by article")
    rows = json.loads(invoke("corrections", "--json", "--store", store).stdout)
    assert _hosts(rows, "article") == ["a.example", "b.example", "c.example"]
    text = invoke("corrections", "--store", store).stdout
    assert _text_hosts(text) == ["a.example", "b.example", "c.example"]


def test_stealth_edits_observed_oldest_first_and_ties_by_article(
    invoke: Invoke, store: str
) -> None:
    """The number changed with no notice: f.example first (observed first), then d and e,
    observed at the same time, by article."""
    assert STEALTH.order.startswith("Observed, oldest first; equal times by article")
    rows = json.loads(invoke("corrections", "--stealth", "--json", "--store", store).stdout)
    assert _hosts(rows, "article") == ["f.example", "d.example", "e.example"]
    text = invoke("corrections", "--stealth", "--store", store).stdout
    assert _text_hosts(text) == ["f.example", "d.example", "e.example"]
