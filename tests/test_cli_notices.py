"""``revtrack notices FILE|-``: the notices of one page, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Invoke

HTML_PAGE = """<!doctype html>
<html><head><title>Ferry route to close</title>
<script type="application/ld+json">
{"@type": "NewsArticle", "headline": "Ferry route to close",
 "correction": {"@type": "CorrectionComment",
   "text": "A photo caption misidentified the ferry. It is the Island Rose, not the Island Queen.",
   "datePublished": "2023-06-02T08:00:00Z"}}
</script></head>
<body><article>
<h1>Ferry route to close</h1>
<p>The ferry between the two islands will stop running in September, the operator said on
Thursday, after twenty years of service and a steady fall in the number of passengers.</p>
<p>Islanders said they would petition the regional council to keep a winter service.</p>
<p>Correction (June 2, 2023): An earlier version of this article misstated the year the route
opened. It opened in 2003, not 2001.</p>
</article></body></html>
"""


def test_the_seed_notice_is_printed_with_its_fields(invoke: Invoke, seed_v2: Path) -> None:
    """A reader sees the kind, ISO date, error, wrong and right values of the seed notice."""
    out = invoke("notices", str(seed_v2)).stdout
    assert "1. correction (bottom" in out
    assert "date: 2019-12-31T10:31 (as written: Dec. 31, 2019, 10:31 a.m.)" in out
    assert "error: misidentified the White House press secretary" in out
    assert "wrong: Graham\n" in out
    assert "right: Grisham\n" in out


def test_json_output_holds_every_field(invoke: Invoke, seed_v2: Path) -> None:
    """--json gives the notices as data a script can read."""
    (notice,) = json.loads(invoke("notices", str(seed_v2), "--json").stdout)
    assert notice["kind"] == "correction"
    assert notice["date"] == "2019-12-31T10:31"
    assert (notice["wrong"], notice["right"]) == ("Graham", "Grisham")
    assert notice["position"] == "bottom"


def test_a_file_without_notices_says_so(invoke: Invoke, seed_v1: Path) -> None:
    """The uncorrected seed gives a plain 'No notices' line and exit 0."""
    assert invoke("notices", str(seed_v1)).stdout.strip() == f"No notices found in {seed_v1}."


def test_standard_input_is_read_with_a_dash(invoke: Invoke) -> None:
    """'-' reads the article from standard input."""
    text = "The pier reopened on Monday.\n\nCorrection: An earlier version of this story misstated the pier's length. It is 300 metres, not 200 metres."
    data = json.loads(invoke("notices", "-", "--json", input=text.encode()).stdout)
    assert [n["wrong"] for n in data] == ["200 metres"]


def test_an_html_page_gives_its_text_and_json_ld_notices(invoke: Invoke, tmp_path: Path) -> None:
    """A saved page gives the notice in its text and the one declared in its JSON-LD."""
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    data = json.loads(invoke("notices", str(page), "--json").stdout)
    sources = [(n["source"], n["wrong"], n["right"]) for n in data]
    assert sources == [("text", "2001", "2003"), ("jsonld", "the Island Queen", "the Island Rose")]
    assert data[1]["date"] == "2023-06-02T08:00"


def test_control_sequences_in_a_notice_are_not_printed(invoke: Invoke, tmp_path: Path) -> None:
    """Escape sequences inside an article cannot reach the reader's terminal."""
    article = tmp_path / "a.txt"
    article.write_text(
        "Body text here.\n\nCorrection: An earlier version \x1b[2J\x1b]0;owned\x07of this article misstated the date.",
        encoding="utf-8",
    )
    out = invoke("notices", str(article)).stdout
    assert "correction" in out
    assert "\x1b" not in out and "\x07" not in out


def test_a_missing_file_is_a_user_error(invoke: Invoke, tmp_path: Path) -> None:
    """A path that is not a file gives one sentence on stderr and exit 2."""
    result = invoke("notices", str(tmp_path / "nope.txt"), code=2)
    assert result.stderr.startswith("Error: ")
    assert "nope.txt is not a readable file" in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_and_binary_input_are_user_errors(invoke: Invoke, tmp_path: Path) -> None:
    """Empty or binary input is refused with exit 2, not a crash."""
    empty = invoke("notices", "-", input=b"", code=2)
    assert "empty" in empty.stderr
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    assert "binary" in invoke("notices", str(binary), code=2).stderr


def test_paragraphs_are_numbered_as_diff_numbers_them(invoke: Invoke, tmp_path: Path) -> None:
    """A notice's paragraph is counted from 1 in text and from 0 in JSON, as diff counts it.

    The same added paragraph is "@@ paragraph 3 @@" in diff's text and index 2 in diff's
    JSON; the notice in it must read "paragraph 3" and carry ``paragraph: 2``.
    """
    body = (
        "The pier reopened on Monday after two years of repairs.\n\n"
        "Anglers were the first to return, the harbour master said."
    )
    notice = (
        "Correction: An earlier version of this article misstated the pier's length. "
        "It is 300 metres, not 200 metres."
    )
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(body, encoding="utf-8")
    new.write_text(f"{body}\n\n{notice}", encoding="utf-8")

    diff_text = invoke("diff", str(old), str(new), "--color", "never").stdout
    diff_json = json.loads(invoke("diff", str(old), str(new), "--format", "json").stdout)
    assert "@@ paragraph 3 @@" in diff_text
    assert [c["new"]["paragraph"] for c in diff_json["changes"]] == [2]

    assert "1. correction (bottom, paragraph 3, en)" in invoke("notices", str(new)).stdout
    (found,) = json.loads(invoke("notices", str(new), "--json").stdout)
    assert found["paragraph"] == 2


def test_a_json_ld_notice_stands_in_no_paragraph(invoke: Invoke, tmp_path: Path) -> None:
    """A notice declared only in JSON-LD has paragraph null, as diff has for a missing side."""
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    data = json.loads(invoke("notices", str(page), "--json").stdout)
    assert [n["paragraph"] for n in data] == [2, None]
    out = invoke("notices", str(page)).stdout
    assert "1. correction (bottom, paragraph 3, en)" in out
    assert "2. correction (in the page's JSON-LD, en)" in out
