"""Stealth edits beside a notice: the notice accounts for its own fix, not for its neighbours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from revtrack.corrections import stealth_edits
from revtrack.models import Document
from revtrack.store import GitStore

T0 = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
URL = "https://news.example.org/2024/05/02/ferry-strike"
OLD = (
    "Ferry crews walked out on Monday over a pay offer worth 2 percent, stranding 3,000 "
    "passengers at the terminal.\n\n"
    "The union's leader, Ailsa Brodie, said talks had broken down."
)


def _track(store: GitStore, old: str, new: str, *, old_title: str, new_title: str) -> None:
    assert store.put(Document(old, url=URL, title=old_title), at=T0)
    assert store.put(Document(new, url=URL, title=new_title), at=T0 + timedelta(hours=3))


def _kinds_and_words(store: GitStore) -> set[tuple[str, str, str]]:
    return {(e.kind, e.before.strip(), e.after.strip()) for e in stealth_edits(store)}


def test_a_silent_number_in_the_corrected_sentence_is_still_a_stealth_edit(
    store: GitStore,
) -> None:
    """The notice fixes the weekday; 3,000 -> 300 in the same sentence was never announced."""
    new = (
        "Ferry crews walked out on Tuesday over a pay offer worth 2 percent, stranding 300 "
        "passengers at the terminal.\n\n"
        "The union's leader, Ailsa Brodie, said talks had broken down.\n\n"
        "Correction: An earlier version of this article misstated the day the ferry crews "
        "walked out. It was Tuesday, not Monday."
    )
    _track(store, OLD, new, old_title="Ferry crews strike", new_title="Ferry crews strike")
    assert _kinds_and_words(store) == {("number", "3,000", "300")}


def test_a_new_headline_that_shares_a_word_with_the_notice_is_still_listed(
    store: GitStore,
) -> None:
    """'ferry' in the notice's subject does not account for a rewritten headline."""
    new = OLD.replace("Monday", "Tuesday") + (
        "\n\nCorrection: An earlier version of this article misstated the day the ferry crews "
        "walked out. It was Tuesday, not Monday."
    )
    _track(
        store,
        OLD,
        new,
        old_title="Ferry crews strike over pay",
        new_title="Ferry chaos as crews reject offer",
    )
    assert _kinds_and_words(store) == {
        ("headline", "Ferry crews strike over pay", "Ferry chaos as crews reject offer")
    }


def test_a_notice_without_values_accounts_for_the_sentence_about_its_subject(
    store: GitStore,
) -> None:
    """'misstated the size of the pay offer' states no values: the change in that sentence is its fix."""
    new = OLD.replace("2 percent", "3 percent") + (
        "\n\nCorrection: An earlier version of this article misstated the size of the pay offer."
    )
    _track(store, OLD, new, old_title="Ferry crews strike", new_title="Ferry crews strike")
    assert stealth_edits(store) == []
