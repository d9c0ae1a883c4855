"""``revtrack diff`` end to end: files, stored versions, formats and mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED_URL, Invoke

PAGE = """<!doctype html><html><head><title>{title}</title>
<meta name="author" content="Lee Park">
</head><body><article><h1>{title}</h1>
<p>Flood waters rose through the night along the river, and by dawn {count} homes in the
low-lying east side of the town had water in their ground floors.</p>
<p>Volunteers filled sandbags at the fire station until the early hours of the morning,
the town's emergency coordinator said at a briefing on Wednesday.</p>
</article></body></html>"""


@pytest.fixture
def seeded_store(invoke: Invoke, tmp_path: Path, seed_v1: Path, seed_v2: Path) -> str:
    """A store holding the seed article's two versions."""
    store = str(tmp_path / "store")
    invoke("init", store)
    for path, at in ((seed_v1, "2019-12-31T12:00Z"), (seed_v2, "2019-12-31T15:45Z")):
        invoke("snapshot", str(path), "--url", SEED_URL, "--at", at, "--store", store)
    return store


def test_two_text_files_show_the_corrected_name_inline(
    invoke: Invoke, seed_v1: Path, seed_v2: Path
) -> None:
    """Diffing the two seed files shows Graham crossed out, Grisham put in, and a summary."""
    out = invoke("diff", str(seed_v1), str(seed_v2)).stdout
    assert "His press secretary, Stephanie [-Graham-]{+Grisham+}, said" in out
    assert "{+CORRECTION (Dec. 31, 2019, 10:31 a.m.):" in out
    assert out.rstrip().endswith("1 name, 1 notice added")
    assert "\x1b" not in out  # NO_COLOR is set in tests


def test_the_last_change_of_a_stored_article_is_the_default(
    invoke: Invoke, seeded_store: str
) -> None:
    """With only an article named, diff compares its previous version with its latest."""
    out = invoke("diff", SEED_URL, "--store", seeded_store, "--context", "0").stdout
    assert out.splitlines()[0] == "@1 (2019-12-31 12:00 UTC) → @2 (2019-12-31 15:45 UTC)"
    assert "[-Graham-]{+Grisham+}" in out


def test_versions_named_with_at_give_json_with_kinds(invoke: Invoke, seeded_store: str) -> None:
    """@1 @2 --format json names both versions and each change's kind and significance."""
    payload = json.loads(
        invoke("diff", SEED_URL, "@1", "@-1", "--store", seeded_store, "--format", "json").stdout
    )
    assert (payload["old"]["version"], payload["new"]["version"]) == (1, 2)
    assert [(c["kind"], c["significance"]) for c in payload["changes"]] == [
        ("name", "substantive"),
        ("notice_added", "substantive"),
    ]
    assert payload["changes"][0]["before"] == "Graham"


def test_all_lists_every_change_newest_first(
    invoke: Invoke, seeded_store: str, tmp_path: Path, seed_v2: Path
) -> None:
    """--all gives one comparison per pair of neighbouring versions, the newest first."""
    third = tmp_path / "v3.txt"
    third.write_text(
        seed_v2.read_text(encoding="utf-8").replace("about 100 Marines", "about 750 Marines"),
        encoding="utf-8",
    )
    invoke(
        "snapshot",
        str(third),
        "--url",
        SEED_URL,
        "--at",
        "2020-01-01T09:00Z",
        "--store",
        seeded_store,
    )
    payload = json.loads(
        invoke("diff", SEED_URL, "--all", "--store", seeded_store, "--json").stdout
    )
    pairs = [(c["old"]["version"], c["new"]["version"]) for c in payload["comparisons"]]
    assert pairs == [(2, 3), (1, 2)]
    assert [c["kind"] for c in payload["comparisons"][0]["changes"]] == ["number"]


def test_a_version_attached_to_the_article_reads_like_a_separate_one(
    invoke: Invoke, seeded_store: str
) -> None:
    """ARTICLE@1 @2 is the same as ARTICLE @1 @2, as in revtrack show."""
    joined = invoke("diff", f"{SEED_URL}@1", "@2", "--store", seeded_store).stdout
    apart = invoke("diff", SEED_URL, "@1", "@2", "--store", seeded_store).stdout
    assert joined == apart and "[-Graham-]{+Grisham+}" in joined


def test_all_in_text_shows_each_pair_under_its_heading(invoke: Invoke, seeded_store: str) -> None:
    """--all as text gives each comparison its own heading line."""
    out = invoke("diff", SEED_URL, "--all", "--store", seeded_store).stdout
    assert out.startswith("@1 (2019-12-31 12:00 UTC) → @2 (2019-12-31 15:45 UTC)\n")


def test_unified_output_names_the_stored_file_and_its_versions(
    invoke: Invoke, seeded_store: str
) -> None:
    """Unified headers carry the article's store path, then the version after a tab."""
    lines = invoke("diff", SEED_URL, "--store", seeded_store, "-f", "unified").stdout.splitlines()
    assert lines[0].startswith("--- a/www.nbcnews.com/")
    assert lines[0].endswith(".txt\t@1 (2019-12-31 12:00 UTC)")
    assert lines[1].endswith(".txt\t@2 (2019-12-31 15:45 UTC)")
    assert "+His press secretary" not in "\n".join(lines)  # whole paragraph lines, not sentences
    assert any(line.startswith("-Trump, who tweeted") for line in lines)


def test_stat_shows_paragraphs_and_kinds_only(invoke: Invoke, seed_v1: Path, seed_v2: Path) -> None:
    """--stat lists the changed paragraphs with their kinds, without the text."""
    out = invoke("diff", str(seed_v1), str(seed_v2), "--stat").stdout
    assert " paragraph 17   | 1 name" in out
    assert " paragraph 33   | 1 notice added" in out
    assert "Grisham" not in out


def test_colour_always_colours_even_when_not_a_terminal(
    invoke: Invoke, seed_v1: Path, seed_v2: Path
) -> None:
    """--color always overrides the test's NO_COLOR and pipes."""
    out = invoke("diff", str(seed_v1), str(seed_v2), "--color", "always").stdout
    assert "\x1b[31m[-Graham-]\x1b[0m" in out


def test_ignore_trivial_hides_quote_style_edits_but_counts_them(
    invoke: Invoke, tmp_path: Path
) -> None:
    """Curly quotes made straight are hidden with --ignore-trivial and named in the summary."""
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text("She said “no” to 12 offers.", encoding="utf-8")
    new.write_text('She said "no" to 15 offers.', encoding="utf-8")
    out = invoke("diff", str(old), str(new), "--ignore-trivial").stdout
    assert "[-12-]{+15+}" in out and "[-“-]" not in out
    assert out.rstrip().endswith("1 number, 2 punctuation changes (hidden)")


def test_html_pages_compare_headline_first(invoke: Invoke, tmp_path: Path) -> None:
    """For two saved pages the new headline is shown first, named as a headline."""
    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_text(PAGE.format(title="River floods east side", count="40"), encoding="utf-8")
    new.write_text(
        PAGE.format(title="River floods east side, 60 homes hit", count="60"), encoding="utf-8"
    )
    out = invoke("diff", str(old), str(new), "--context", "0").stdout
    lines = out.splitlines()
    assert lines[2].startswith("Headline: ")
    assert "{+, 60 homes hit+}" in lines[2]
    assert "[-40-]{+60+}" in out


@pytest.mark.parametrize("fmt", ["unified", "markdown", "html"])
def test_every_format_runs_on_the_seeds(
    invoke: Invoke, seed_v1: Path, seed_v2: Path, fmt: str
) -> None:
    """Each output format renders the seed diff and carries the new name."""
    out = invoke("diff", str(seed_v1), str(seed_v2), "--format", fmt).stdout
    assert "Grisham" in out


def test_a_single_version_has_nothing_to_show(
    invoke: Invoke, tmp_path: Path, seed_v1: Path
) -> None:
    """An article seen once gives a plain sentence, not an error."""
    store = str(tmp_path / "store")
    invoke("init", store)
    invoke("snapshot", str(seed_v1), "--url", SEED_URL, "--store", store)
    out = invoke("diff", SEED_URL, "--store", store).stdout
    assert out == "Only one version is stored, so there is no change to show yet.\n"


def test_a_version_that_does_not_exist_is_a_user_error(invoke: Invoke, seeded_store: str) -> None:
    """@9 of a two-version article exits 2 with one sentence naming the valid range."""
    result = invoke("diff", SEED_URL, "@9", "--store", seeded_store, code=2)
    assert result.stderr.startswith("Error: ") and "@1 to @2" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_a_user_error(invoke: Invoke, seed_v1: Path) -> None:
    """A second path that does not exist is named in a one-line error, exit 2."""
    result = invoke("diff", str(seed_v1), "missing.txt", code=2)
    assert (
        result.stderr
        == "Error: missing.txt is not a readable file; give two files, or an article and two @versions.\n"
    )


def test_an_empty_file_is_a_user_error(invoke: Invoke, tmp_path: Path, seed_v1: Path) -> None:
    """An empty input is refused with the extractor's plain sentence."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke("diff", str(seed_v1), str(empty), code=2)
    assert "empty" in result.stderr and result.stderr.count("\n") == 1
