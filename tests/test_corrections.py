"""The correction log across a real store: entries, rewording, removal, verification, stealth."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from revtrack.corrections import (
    correction_log,
    filter_entries,
    filter_stealth,
    on_site,
    stealth_edits,
)
from revtrack.models import Document
from revtrack.store import GitStore
from tests.conftest import SEED_URL

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
URL = "https://news.example.org/2024/03/01/harbour-plan"
BODY = (
    "The harbour board approved a plan on Thursday to rebuild the north pier, at a cost of "
    "nine million pounds.\n\nThe board's chair, Morag Ellis, said work would start in May."
)
NOTICE = (
    "Correction: An earlier version of this article misstated the cost of the plan. "
    "It is nine million pounds, not six million pounds."
)


def put(store: GitStore, text: str, hours: int, url: str = URL) -> None:
    assert store.put(Document(text, url=url, title="Harbour plan"), at=T0 + timedelta(hours=hours))


def seed_store(store: GitStore, seed_v1: Path, seed_v2: Path) -> None:
    at = datetime(2019, 12, 31, 15, 0, tzinfo=UTC)
    store.put(Document(seed_v1.read_text(encoding="utf-8"), url=SEED_URL), at=at)
    store.put(
        Document(seed_v2.read_text(encoding="utf-8"), url=SEED_URL), at=at + timedelta(minutes=40)
    )


def test_the_seed_notice_is_verified_by_graham_to_grisham(
    store: GitStore, seed_v1: Path, seed_v2: Path
) -> None:
    """The seed's notice is checked against the diff and found to match 'Graham' -> 'Grisham'."""
    seed_store(store, seed_v1, seed_v2)
    (entry,) = correction_log(store)
    assert entry.first_version == 2
    assert entry.notice.kind == "correction"
    assert (entry.notice.wrong, entry.notice.right) == ("Graham", "Grisham")
    assert entry.status == "verified"
    assert entry.evidence is not None
    assert (entry.evidence.before, entry.evidence.after) == ("Graham", "Grisham")
    assert (entry.evidence.old_version, entry.evidence.new_version) == (1, 2)
    assert stealth_edits(store) == []


def test_a_notice_repeated_in_later_versions_is_one_entry(store: GitStore) -> None:
    """A notice carried by three versions is listed once, from the version that brought it."""
    put(store, BODY.replace("nine", "six", 1), 0)
    put(store, f"{BODY}\n\n{NOTICE}", 1)
    put(store, f"{BODY} More detail was added later.\n\n{NOTICE}", 2)
    (entry,) = correction_log(store)
    assert (entry.first_version, entry.last_seen_version) == (2, 3)
    assert entry.status == "verified"
    assert not entry.removed and not entry.wording_changed


def test_a_reworded_notice_is_flagged_and_a_removed_one_too(store: GitStore) -> None:
    """A notice whose wording changes, then disappears, is one entry flagged both ways."""
    put(store, BODY.replace("nine", "six", 1), 0)
    put(store, f"{BODY}\n\n{NOTICE}", 1)
    put(store, f"{BODY}\n\n{NOTICE.replace('misstated', 'gave the wrong figure for')}", 2)
    put(store, BODY, 3)
    (entry,) = correction_log(store)
    assert entry.wording_changed
    assert entry.removed and entry.removed_in_version == 4
    assert "gave the wrong figure" in entry.current_text


def test_a_fix_made_before_its_notice_is_still_found(store: GitStore) -> None:
    """A fix in one version and its notice in the next are tied together."""
    put(store, BODY.replace("nine", "six", 1), 0)
    put(store, BODY, 1)
    put(store, f"{BODY}\n\n{NOTICE}", 2)
    (entry,) = correction_log(store)
    assert entry.first_version == 3
    assert entry.status == "verified"
    assert entry.evidence is not None
    assert (entry.evidence.old_version, entry.evidence.new_version) == (1, 2)


def test_a_change_to_the_subject_without_the_stated_values_is_related(store: GitStore) -> None:
    """The chair's name changed, but not from the value the notice gives: related."""
    notice = "Correction: An earlier version of this article misspelled the name of the board's chair, Morag Ellis."
    put(store, BODY.replace("Morag Ellis", "Morag Elis"), 0)
    put(store, f"{BODY}\n\n{notice}", 1)
    (entry,) = correction_log(store)
    assert entry.status == "related"
    assert entry.evidence is not None and entry.evidence.after == "Ellis"


def test_a_notice_there_from_the_start_is_unmatched_with_a_reason(store: GitStore) -> None:
    """A notice present when tracking began cannot be checked, and the entry says why."""
    put(store, f"{BODY}\n\n{NOTICE}", 0)
    (entry,) = correction_log(store)
    assert entry.status == "unmatched"
    assert "tracking began" in entry.note


def test_a_notice_with_no_matching_change_is_unmatched(store: GitStore) -> None:
    """A notice added with no edit to the text it speaks of is unmatched."""
    put(store, BODY, 0)
    put(store, f"{BODY}\n\n{NOTICE}", 1)
    (entry,) = correction_log(store)
    assert entry.status == "unmatched"
    assert "predate tracking" in entry.note


def test_substantive_changes_without_a_notice_are_stealth_edits(store: GitStore) -> None:
    """A changed figure and a changed name with no notice are listed, the name first."""
    put(store, BODY, 0)
    put(
        store,
        BODY.replace("nine million", "eleven million").replace("Morag Ellis", "Morag Innes"),
        1,
    )
    edits = stealth_edits(store)
    assert [e.kind for e in edits][:2] == ["name", "number"]
    name = edits[0]
    assert (name.before, name.after) == ("Ellis", "Innes")
    assert (name.old_version, name.new_version) == (1, 2)


def test_filters_select_by_time_site_kind_and_status(store: GitStore) -> None:
    """--since, --until, --site, --kind and --status narrow the log as documented."""
    put(store, BODY.replace("nine", "six", 1), 0)
    put(store, f"{BODY}\n\n{NOTICE}", 1)
    other = "https://other.example.com/story"
    put(
        store,
        f"{BODY}\n\nUpdate: The board will meet again on Monday to approve the budget.",
        5,
        url=other,
    )
    entries = correction_log(store)
    assert len(entries) == 2
    assert [e.url for e in filter_entries(entries, site="news.example.org")] == [URL]
    assert [e.notice.kind for e in filter_entries(entries, kind="update")] == ["update"]
    assert [e.status for e in filter_entries(entries, status="verified")] == ["verified"]
    assert filter_entries(entries, since=T0 + timedelta(hours=2)) == [entries[1]]
    assert filter_entries(entries, until=T0 + timedelta(hours=2)) == [entries[0]]
    assert filter_stealth(stealth_edits(store), site="nowhere.example") == []


@pytest.mark.parametrize(
    ("url", "site", "expected"),
    [
        ("https://www.nbcnews.com/a", "nbcnews.com", True),
        ("https://news.example.org/a", "example.org", True),
        ("https://example.org.evil.net/a", "example.org", False),
        ("https://notexample.org/a", "example.org", False),
    ],
)
def test_site_matching_takes_subdomains_only(url: str, site: str, expected: bool) -> None:
    """A site filter matches the site and its subdomains, never a look-alike host."""
    assert on_site(url, site) is expected


def test_a_correction_declared_in_the_page_json_ld_is_logged(store: GitStore) -> None:
    """A CorrectionComment in the stored page's JSON-LD is an entry too, checked like the rest."""
    declared = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "correction": '
        '{"@type": "CorrectionComment", "text": "An earlier version misstated the cost. It is '
        'nine million pounds, not six million pounds."}}</script></head><body></body></html>'
    )
    first = Document(BODY.replace("nine", "six", 1), url=URL, title="Harbour plan")
    assert store.put(first, at=T0)
    assert store.put(
        Document(BODY, url=URL, title="Harbour plan"),
        at=T0 + timedelta(hours=1),
        raw=declared.encode(),
    )
    (entry,) = correction_log(store)
    assert entry.notice.source == "jsonld"
    assert entry.first_version == 2
    assert entry.status == "verified"
