"""Every listing, in every machine format, has the same documented columns whatever rows
are present, a header even when empty, and an id per row that is the same on every run."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from revtrack.listings import (
    ARTICLES,
    CORRECTIONS,
    LOG,
    NOTICES,
    REEXTRACT,
    SNAPSHOT,
    STATUS,
    STEALTH,
    Listing,
)
from revtrack.notices.model import Notice
from tests.conftest import SEED_URL, SEEDS, Invoke

PIER = (
    "The pier reopened on Monday after repairs.\n\n"
    "Correction: An earlier version of this story misstated the length of the pier. "
    "It is 300 metres, not 200 metres.\n"
)


@pytest.fixture
def mixed(invoke: Invoke, tmp_path: Path) -> str:
    """The seed story (a verified correction) beside a story whose notice matches no change."""
    store = str(tmp_path / "store")
    invoke("init", store)
    for name, at in (("nbc-embassy-v1.txt", "12:00"), ("nbc-embassy-v2.txt", "15:40")):
        seed = str(SEEDS / name)
        invoke("snapshot", seed, "--url", SEED_URL, "--at", f"2019-12-31T{at}Z", "--store", store)
    pier = tmp_path / "pier.txt"
    pier.write_text(PIER, encoding="utf-8")
    invoke(
        "snapshot",
        str(pier),
        "--url",
        "https://x.example/pier",
        "--at",
        "2020-01-01T00:00Z",
        "--store",
        store,
    )
    return store


def _listings(store: str, tmp_path: Path) -> list[tuple[Listing, list[str]]]:
    notices = tmp_path / "notices.txt"
    notices.write_text(PIER, encoding="utf-8")
    return [
        (ARTICLES, ["articles", "--store", store]),
        (LOG, ["log", SEED_URL, "--store", store]),
        (CORRECTIONS, ["corrections", "--store", store]),
        (STEALTH, ["corrections", "--stealth", "--store", store]),
        (STATUS, ["status", "--store", store]),
        (NOTICES, ["notices", str(notices)]),
        (REEXTRACT, ["reextract", "--all", "--store", store]),
    ]


def _parse(fmt: str, out: str) -> tuple[list[str] | None, list[dict[str, object]]]:
    if fmt == "json":
        return None, json.loads(out)
    if fmt == "jsonl":
        return None, [json.loads(line) for line in out.splitlines()]
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def test_verified_and_unverified_entries_share_one_csv(invoke: Invoke, mixed: str) -> None:
    """The README's own example no longer ends in a traceback once the log holds an entry
    with evidence beside one without."""
    out = invoke("corrections", "--csv", "--store", mixed).stdout
    header, rows = _parse("csv", out)
    assert header == CORRECTIONS.names
    assert [(r["status"], r["evidence_after"]) for r in rows] == [
        ("verified", "Grisham"),
        ("unmatched", ""),
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_every_listing_has_its_columns_and_stable_ids(
    invoke: Invoke, mixed: str, tmp_path: Path, fmt: str
) -> None:
    """articles, log, corrections, --stealth, status, notices and reextract: each row has
    exactly the listing's columns, id first, ids unique and the same on a second run."""
    for listing, args in _listings(mixed, tmp_path):
        first = invoke(*args, f"--{fmt}").stdout
        header, rows = _parse(fmt, first)
        if header is not None:
            assert header == listing.names, listing.name
        assert listing.names[0] == "id"
        assert all(list(r) == listing.names for r in rows), listing.name
        ids = [r["id"] for r in rows]
        assert len(set(ids)) == len(ids) and all(ids), listing.name
        assert _parse(fmt, invoke(*args, f"--{fmt}").stdout)[1] == rows, listing.name
    assert len(_parse(fmt, invoke("articles", f"--{fmt}", "--store", mixed).stdout)[1]) == 2


def test_empty_listings_still_print_their_csv_header(invoke: Invoke, tmp_path: Path) -> None:
    """A script reading the CSV finds the columns even when there is nothing to list."""
    store = str(tmp_path / "store")
    invoke("init", store)
    empty = tmp_path / "plain.txt"
    empty.write_text("The pier reopened on Monday after repairs.\n", encoding="utf-8")
    for listing, args in [
        (ARTICLES, ["articles", "--store", store]),
        (CORRECTIONS, ["corrections", "--store", store]),
        (STEALTH, ["corrections", "--stealth", "--store", store]),
        (STATUS, ["status", "--store", store]),
        (NOTICES, ["notices", str(empty)]),
        (REEXTRACT, ["reextract", "--all", "--store", store]),
    ]:
        assert invoke(*args, "--csv").stdout == ",".join(listing.names) + "\n", listing.name
        assert invoke(*args, "--json").stdout == "[]\n", listing.name
        assert invoke(*args, "--jsonl").stdout == "", listing.name


def test_snapshot_results_are_a_listing(invoke: Invoke, tmp_path: Path) -> None:
    """What snapshot did, per input, as rows: stored, then unchanged, and a failure."""
    store = str(tmp_path / "store")
    invoke("init", store)
    page = tmp_path / "pier.txt"
    page.write_text(PIER, encoding="utf-8")
    args = ["snapshot", str(page), "--url", "https://x.example/pier", "--store", store]
    (stored,) = json.loads(invoke(*args, "--json").stdout)
    assert list(stored) == SNAPSHOT.names
    assert (stored["id"], stored["outcome"], stored["version"]) == (str(page), "stored", 1)
    missing = str(tmp_path / "missing.txt")
    result = invoke(*args[:2], missing, *args[2:], "--csv", code=1)
    header, rows = _parse("csv", result.stdout)
    assert header == SNAPSHOT.names
    assert [(r["id"], r["outcome"]) for r in rows] == [
        (str(page), "unchanged"),
        (missing, "failed"),
    ]
    assert result.stderr.startswith("Error: ")
    older = tmp_path / "older.txt"
    older.write_text("The pier closed for repairs.\n", encoding="utf-8")
    text = invoke("snapshot", str(older), *args[2:], "--at", "2020-01-01T00:00Z").stdout
    # Observed before the first one, so it is version 1 of the article now, as log says.
    assert text.startswith(f"{older}: stored version 1 of x.example/")
    assert '"version": 2' in invoke("log", "x.example/pier", "--json", "--store", store).stdout


def test_machine_formats_cannot_be_combined(invoke: Invoke, tmp_path: Path) -> None:
    """Asking for two formats at once is a usage error, on every listing."""
    store = str(tmp_path / "store")
    invoke("init", store)
    result = invoke("articles", "--json", "--csv", "--store", store, code=2)
    assert result.stderr == (
        "Error: --json, --jsonl and --csv cannot be combined; choose one output format.\n"
    )


def test_every_notice_field_is_a_documented_column() -> None:
    """A field added to Notice must be added to the notices and corrections columns (in
    revtrack/listings.py), or scripts would never see it."""
    skipped = {"text"}  # corrections name it notice_text; paragraph is notice_paragraph there
    fields = set(Notice.__dataclass_fields__)
    assert fields - set(NOTICES.names) == set()
    in_corrections = {f"notice_{f}" if f in {"text", "paragraph"} else f for f in fields}
    assert in_corrections - set(CORRECTIONS.names) - {"start", "end", "source"} - skipped == set()
