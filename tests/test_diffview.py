"""The diff renderers: readable inline markers, safe output, a documented JSON shape."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from revtrack import diffview
from revtrack.diff import compare
from revtrack.models import Document
from revtrack.report import apply_style

OLD = "The council met on Monday.\n\nIt approved 12 projects, said Mayor Dee Holt.\n\nThe end."
NEW = "The council met on Monday.\n\nIt approved 14 projects, said Mayor Dee Hart.\n\nThe end."


def test_text_view_marks_words_inline_without_colour() -> None:
    """Without colour, removed words read [-like this-] and added ones {+like this+}."""
    out = diffview.render_text(compare(OLD, NEW), context=0)
    assert "It approved [-12-]{+14+} projects, said Mayor Dee [-Holt-]{+Hart+}." in out
    assert "\x1b" not in out
    assert out.rstrip().endswith("1 name, 1 number")


def test_text_view_shows_the_asked_context_paragraphs() -> None:
    """--context 1 shows the unchanged paragraph before and after the change, 0 shows none."""
    wide = diffview.render_text(compare(OLD, NEW), context=1)
    narrow = diffview.render_text(compare(OLD, NEW), context=0)
    assert "The council met on Monday." in wide and "The end." in wide
    assert "The council met on Monday." not in narrow and "The end." not in narrow


def test_spacing_changes_are_shown_visibly() -> None:
    """A non-breaking space swapped for a plain one shows as ⍽ and ·, not as nothing."""
    out = diffview.render_text(compare("At 10\u00a0a.m. sharp.", "At 10 a.m. sharp."), context=0)
    assert "At 10[-⍽-]{+·+}a.m. sharp." in out


def test_colour_uses_red_and_green_only_when_asked() -> None:
    """Colour output wraps removed words in red and added ones in green."""
    out = apply_style(diffview.render_text(compare(OLD, NEW), color=True), color=True)
    assert "\x1b[31m[-12-]\x1b[0m\x1b[32m{+14+}\x1b[0m" in out


def test_control_sequences_in_article_text_never_reach_the_terminal() -> None:
    """A page that embeds escape sequences cannot drive the reader's terminal."""
    out = diffview.render_text(
        compare("Plain words here.", "Plain \x1b]0;pwned\x07words \x1b[2Jhere.")
    )
    assert "\x1b" not in out and "\x07" not in out


def test_trivial_changes_hidden_are_still_counted() -> None:
    """--ignore-trivial hides a quote-style change but the summary still names it."""
    comparison = compare("He said “yes” today.", 'He said "yes" tomorrow.')
    out = diffview.render_text(comparison, ignore_trivial=True, context=0)
    assert "“" not in out.split("\n")[1]
    assert "[-today-]{+tomorrow+}" in out
    assert out.rstrip().endswith("1 date, 2 punctuation changes (hidden)")


def test_summary_counts_kinds_in_a_fixed_order() -> None:
    """The summary names each kind once with its count, singular or plural."""
    comparison = compare(
        "Ann Lee and Bo Tan came. They left.", "Ann Leigh and Bo Tam came. They left. Rain fell."
    )
    assert diffview.summary_line(comparison) == "2 names, 1 sentence added"
    assert diffview.summary_line(compare("same", "same")) == "No changes."


def test_headline_and_byline_come_before_the_body() -> None:
    """Metadata changes open the view, each named for its field."""
    old = Document(text="Body stays.\n\nIt cost 5 dollars.", title="Old headline", byline="Kim Roe")
    new = Document(text="Body stays.\n\nIt cost 6 dollars.", title="New headline", byline="Kim Roe")
    lines = diffview.render_text(compare(old, new), context=0).splitlines()
    assert lines[0] == "Headline: [-Old-]{+New+} headline"
    assert lines.index("@@ paragraph 2 @@") > 0


def test_json_has_the_documented_fields_and_version() -> None:
    """The JSON keeps to schema revtrack.diff/1: each change with kind, text and positions."""
    payload = json.loads(diffview.render_json(diffview.comparison_json(compare(OLD, NEW))))
    assert payload["schema"] == "revtrack.diff/1"
    assert set(payload) == {"schema", "old", "new", "summary", "changes", "sentences"}
    number = payload["changes"][0]
    assert number == {
        "kind": "number",
        "facets": [],
        "significance": "substantive",
        "field": "body",
        "before": "12",
        "after": "14",
        "old_sentence": "It approved 12 projects, said Mayor Dee Holt.",
        "new_sentence": "It approved 14 projects, said Mayor Dee Hart.",
        "old": {"start": 40, "end": 42, "paragraph": 1},
        "new": {"start": 40, "end": 42, "paragraph": 1},
    }
    assert payload["summary"]["counts"] == {"number": 1, "name": 1}


def test_json_for_several_comparisons_wraps_them_in_a_list() -> None:
    """--all in JSON gives one object with every comparison, schema stated once."""
    one = diffview.comparison_json(compare(OLD, NEW))
    payload = json.loads(diffview.render_json([one, one]))
    assert payload["schema"] == "revtrack.diff/1"
    assert len(payload["comparisons"]) == 2


def test_html_page_escapes_every_piece_of_article_text() -> None:
    """Markup inside an article shows as text on the page and never runs."""
    comparison = compare("Safe <b>text</b>.", 'Safe <script>alert("x")</script> text.')
    page = diffview.render_html([("a <i>label</i>", comparison)])
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "<i>" not in page
    assert "&lt;/script&gt;" in page and "a &lt;i&gt;label&lt;/i&gt;" in page
    assert re.search(r"<(del|ins)>", page)


def test_markdown_marks_changes_and_escapes_markup() -> None:
    """Markdown marks removed and added words with <del> and <ins>; stars in the text stay
    literal."""
    out = diffview.render_markdown(compare("A *big* cost of 5.", "A *big* cost of 7."), context=0)
    assert r"A \*big\* cost of <del>5</del><ins>7</ins>." in out


def test_stat_lists_changed_paragraphs_and_word_counts() -> None:
    """--stat gives one line per changed paragraph and the words added and removed."""
    out = diffview.render_stat(compare(OLD, NEW))
    assert out.splitlines() == [
        " paragraph 2    | 1 name, 1 number",
        " 2 changes in 1 paragraph: 2 words added, 2 words removed",
    ]


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs the patch tool")
def test_unified_output_applies_with_patch(tmp_path: Path) -> None:
    """The unified format is a real patch: applying it to the old file gives the new one."""
    old_file, new_text = tmp_path / "story.txt", NEW + "\n\nA closing line."
    old_file.write_text(OLD, encoding="utf-8")
    patch = diffview.render_unified(
        compare(OLD, new_text), old_label="a/story.txt", new_label="b/story.txt"
    )
    subprocess.run(["patch", "-s", str(old_file)], input=patch, text=True, check=True)
    assert old_file.read_text(encoding="utf-8") == new_text


def test_hostile_headline_and_byline_are_made_harmless_in_every_format() -> None:
    """Headline and byline are article text too: no escape sequence reaches the terminal,
    no tag or link survives into HTML or Markdown."""
    old = Document(text="Calm words.", title="Plain headline", byline="A. Writer")
    new = Document(
        text="Calm words \x1b[2J<img src=x onerror=alert(1)>.",
        title="Big \x1b]8;;https://evil.example\x07news\x1b]8;;\x07 <script>alert(1)</script>",
        byline="[click](javascript:alert(1)) \x9b31m",
    )
    comparison = compare(old, new)
    text = diffview.render_text(comparison, color=False)
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    page = diffview.render_html([(None, comparison)])
    assert "<script>" not in page and "<img" not in page and "\x1b" not in page
    markdown = diffview.render_markdown(comparison)
    # every "<" of the text escaped ("\<script\>" is text); the only tags mark the edits
    assert not re.search(r"(?<!\\)<(?!/?(del|ins)>)", markdown)
    assert "[click](" not in markdown and r"\[click\]" in markdown
    assert "\x1b" not in markdown
