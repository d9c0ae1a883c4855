"""``revtrack corrections``: the log across the store, its filters and output formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SEED_URL, Invoke


@pytest.fixture
def seeded(invoke: Invoke, tmp_path: Path, seed_v1: Path, seed_v2: Path) -> Path:
    """A store holding the two seed versions, forty minutes apart."""
    store = tmp_path / "store"
    invoke("init", str(store))
    invoke(
        "snapshot",
        str(seed_v1),
        "--url",
        SEED_URL,
        "--at",
        "2019-12-31T15:00Z",
        "--store",
        str(store),
    )
    invoke(
        "snapshot",
        str(seed_v2),
        "--url",
        SEED_URL,
        "--at",
        "2019-12-31T15:40Z",
        "--store",
        str(store),
    )
    return store


def test_the_table_shows_the_seed_notice_verified(invoke: Invoke, seeded: Path) -> None:
    """The main command shows when the notice appeared, its values and the change that fits."""
    out = invoke("corrections", "--store", str(seeded)).stdout
    assert "2019-12-31 15:40 UTC  @2  correction" in out
    assert "verified" in out
    assert "misidentified the White House press secretary: “Graham” -> “Grisham”" in out
    assert "change @1->@2 (name): “Graham” -> “Grisham”" in out


def test_json_gives_the_entry_as_data(invoke: Invoke, seeded: Path) -> None:
    """--json lists one entry with the notice's fields, status and evidence."""
    (entry,) = json.loads(invoke("corrections", "--store", str(seeded), "--json").stdout)
    assert entry["status"] == "verified"
    assert entry["first_version"] == 2
    assert entry["date"] == "2019-12-31T10:31"
    assert (entry["wrong"], entry["right"]) == ("Graham", "Grisham")
    assert (entry["evidence_before"], entry["evidence_after"]) == ("Graham", "Grisham")
    assert entry["removed"] is False and entry["wording_changed"] is False


def test_jsonl_and_csv_give_one_row_per_entry(invoke: Invoke, seeded: Path) -> None:
    """--jsonl prints one object a line; --csv a header and one row."""
    lines = invoke("corrections", "--store", str(seeded), "--jsonl").stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["kind"] == "correction"
    rows = list(
        csv.DictReader(io.StringIO(invoke("corrections", "--store", str(seeded), "--csv").stdout))
    )
    assert len(rows) == 1
    assert rows[0]["status"] == "verified"
    assert rows[0]["evidence_after"] == "Grisham"


def test_one_article_can_be_named(invoke: Invoke, seeded: Path) -> None:
    """Giving the article's URL lists only its notices."""
    data = json.loads(invoke("corrections", SEED_URL, "--store", str(seeded), "--json").stdout)
    assert [e["url"] for e in data] == [SEED_URL]


@pytest.mark.parametrize(
    ("args", "count"),
    [
        (["--kind", "correction"], 1),
        (["--kind", "update"], 0),
        (["--status", "verified"], 1),
        (["--status", "unmatched"], 0),
        (["--site", "nbcnews.com"], 1),
        (["--site", "example.com"], 0),
        (["--since", "2019-12-31"], 1),
        (["--since", "2020-01-01"], 0),
        (["--until", "2019-12-30"], 0),
    ],
)
def test_filters_narrow_the_log(invoke: Invoke, seeded: Path, args: list[str], count: int) -> None:
    """Each filter keeps exactly the entries it names."""
    data = json.loads(invoke("corrections", "--store", str(seeded), "--json", *args).stdout)
    assert len(data) == count


def test_stealth_lists_unannounced_changes(invoke: Invoke, tmp_path: Path) -> None:
    """--stealth shows a changed figure that no notice mentions, with its versions."""
    store = tmp_path / "store"
    url = "https://news.example.org/pier"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(
        "The pier will cost four million pounds, the council said on Monday.", encoding="utf-8"
    )
    second.write_text(
        "The pier will cost fourteen million pounds, the council said on Monday.", encoding="utf-8"
    )
    invoke("init", str(store))
    invoke("snapshot", str(first), "--url", url, "--at", "2024-01-01T10:00Z", "--store", str(store))
    invoke(
        "snapshot", str(second), "--url", url, "--at", "2024-01-02T10:00Z", "--store", str(store)
    )
    out = invoke("corrections", "--store", str(store), "--stealth").stdout
    assert "@1->@2  number" in out
    assert "“four” -> “fourteen”" in out
    (edit,) = json.loads(invoke("corrections", "--store", str(store), "--stealth", "--json").stdout)
    assert (edit["before"], edit["after"], edit["kind"]) == ("four", "fourteen", "number")
    assert "No correction notices found." in invoke("corrections", "--store", str(store)).stdout


def test_the_seed_has_no_stealth_edits(invoke: Invoke, seeded: Path) -> None:
    """The seed's only change is announced by its notice, so --stealth finds nothing."""
    assert (
        invoke("corrections", "--store", str(seeded), "--stealth").stdout.strip()
        == "No stealth edits found."
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "erratum"], "'erratum' is not a notice kind"),
        (["--status", "maybe"], "'maybe' is not a status"),
        (["--since", "last week"], "'last week' is not a date and time"),
        (["--json", "--csv"], "cannot be combined"),
        (["--stealth", "--kind", "update"], "apply to notices"),
    ],
)
def test_bad_options_are_user_errors(
    invoke: Invoke, seeded: Path, args: list[str], message: str
) -> None:
    """A wrong option value gives one sentence naming the fix, and exit 2."""
    result = invoke("corrections", "--store", str(seeded), *args, code=2)
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_store_is_a_user_error(invoke: Invoke, tmp_path: Path) -> None:
    """Pointing at a folder with no store exits 2 with the fix."""
    result = invoke("corrections", "--store", str(tmp_path / "nothing"), code=2)
    assert result.stderr.startswith("Error: ")


def test_the_notice_paragraph_is_counted_as_diff_counts_it(invoke: Invoke, seeded: Path) -> None:
    """The table counts the notice's paragraph from 1 and the JSON from 0, as diff does."""
    (entry,) = json.loads(invoke("corrections", "--store", str(seeded), "--json").stdout)
    index = entry["notice_paragraph"]
    assert isinstance(index, int) and index >= 0
    out = invoke("corrections", "--store", str(seeded)).stdout
    assert f"notice paragraph {index + 1}, dated 2019-12-31T10:31" in out
