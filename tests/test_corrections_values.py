"""Values confirmed from the article's own history: the change a notice describes gives
what the notice leaves unstated, and each value says where it was read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from revtrack.corrections import correction_log
from revtrack.models import Document
from revtrack.store import GitStore

T0 = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
URL = "https://news.example.org/2024/05/02/ferry-timetable"
BODY = (
    "The island ferry will run a winter timetable from next month, the operator said on "
    "Tuesday.\n\nThe captain, Ilse Marrow, has sailed the route for twenty years."
)


def put(store: GitStore, text: str, hours: int) -> None:
    assert store.put(Document(text, url=URL, title="Ferry"), at=T0 + timedelta(hours=hours))


def test_a_notice_and_the_change_agree_on_both_values(store: GitStore) -> None:
    notice = "Correction: An earlier version misspelled the captain's surname. She is Ilse Marrow, not Ilse Morrow."
    put(store, BODY.replace("Marrow", "Morrow"), 0)
    put(store, f"{BODY}\n\n{notice}", 1)
    (entry,) = correction_log(store)
    assert entry.status == "verified"
    assert (entry.wrong, entry.right) == ("Ilse Morrow", "Ilse Marrow")
    assert (entry.wrong_from, entry.right_from) == ("both", "both")


def test_the_change_whose_removed_words_the_notice_names_gives_the_right_value(
    store: GitStore,
) -> None:
    """The notice names the wrong surname but not the right one: the diff gives it."""
    notice = (
        "Correction: An earlier version of this article referred to the captain as Morrow, "
        "which was wrong."
    )
    put(store, BODY.replace("Marrow", "Morrow"), 0)
    put(store, f"{BODY}\n\n{notice}", 1)
    (entry,) = correction_log(store)
    assert entry.wrong == "Morrow"
    assert entry.right == "Marrow"
    assert entry.right_from == "diff"
    assert entry.wrong_from in {"notice", "both"}


def test_a_notice_with_no_values_takes_both_from_the_change_it_names(store: GitStore) -> None:
    notice = "Editor's note: The reference to twelve years of service has been corrected."
    put(store, BODY.replace("twenty years", "twelve years"), 0)
    put(store, f"{BODY}\n\n{notice}", 1)
    (entry,) = correction_log(store)
    assert entry.status == "related"  # the notice itself states no values to agree with
    # The differ's words, however it cuts the change ("twelve" or "twelve years").
    assert entry.wrong is not None and entry.wrong.split()[0] == "twelve"
    assert entry.right is not None and entry.right.split()[0] == "twenty"
    assert (entry.wrong_from, entry.right_from) == ("diff", "diff")


def test_a_change_the_notice_does_not_name_gives_no_values(store: GitStore) -> None:
    """A notice without values, next to an unrelated edit: nothing is read from the diff."""
    notice = "Update: This story has been updated with the operator's statement."
    put(store, BODY, 0)
    put(store, f"{BODY.replace('twenty', 'thirty')}\n\n{notice}", 1)
    (entry,) = correction_log(store)
    assert (entry.wrong, entry.right) == (None, None)
    assert (entry.wrong_from, entry.right_from) == (None, None)


def test_the_values_and_their_sources_are_in_the_entry_data(store: GitStore) -> None:
    notice = "Correction: An earlier version misspelled the captain's surname. She is Ilse Marrow, not Ilse Morrow."
    put(store, BODY.replace("Marrow", "Morrow"), 0)
    put(store, f"{BODY}\n\n{notice}", 1)
    data = correction_log(store)[0].to_dict()
    assert data["wrong"] == "Ilse Morrow" and data["wrong_from"] == "both"
    assert data["right"] == "Ilse Marrow" and data["right_from"] == "both"
