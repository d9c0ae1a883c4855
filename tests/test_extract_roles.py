"""Extraction keeps what a reader sees on real pages: every block, in its role, nothing glued.

The pages are written in the styles publishers use: fragments saved without <html><body>,
nested lists, quotes of several paragraphs, figure captions, tables, change histories at
the foot of the page, short pages, and source files (a YAML header, then Markdown or HTML).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from revtrack.blocks import parse_blocks
from revtrack.extract import document_from_bytes
from revtrack.extraction import sites
from tests.conftest import Invoke

STORY = """<main class="story">
<h1>Harbour board approves new ferry terminal</h1>
<figure><img src="pier.jpg" alt=""><figcaption>The old pier, photographed in {month}.</figcaption></figure>
<p>The harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending a
debate that has run for six years and split the island's two councils.</p>
<h2>What the plan includes</h2>
<ul>
<li>A covered waiting hall for 400 passengers
  <ul><li>with a café</li><li>and a ticket office</li></ul>
</li>
<li>Two new berths</li>
</ul>
<p>The chair of the board, Ines Moreau, said:</p>
<blockquote><p>We have waited long enough.</p><p>This decision gives the island a terminal it can be proud of.</p></blockquote>
<table><tr><th>Option</th><th>Cost</th></tr><tr><td>East quay</td><td>£12m</td></tr>
<tr><td>West quay</td><td>{west}</td></tr></table>
<p>Work is due to start in the spring<br>and to finish by the summer of 2028, the board said.</p>
{history}
</main>"""

DATES_ONLY = '<div class="published-dates">Published 3 March 2026</div>'
HISTORY = """<div class="published-dates">Published 3 March 2026<br>Last updated 5 March 2026
<a href="#full-history">+ show all updates</a>
<div class="change-history"><ol>
<li><time datetime="2026-03-05">5 March 2026</time><p>Corrected the cost of the west quay option.</p></li>
<li><time datetime="2026-03-03">3 March 2026</time><p>First published.</p></li>
</ol></div></div>"""


def _story(*, month: str = "March", west: str = "£15m", history: str = DATES_ONLY) -> str:
    return STORY.format(month=month, west=west, history=history)


def _roles(html: str) -> list[tuple[str, str, int]]:
    doc = document_from_bytes(html.encode())
    return [(b.role, b.text, b.depth) for b in parse_blocks(doc.text)]


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_fragment_reads_like_the_same_markup_in_a_whole_page() -> None:
    """A page saved as a bare <main> keeps its headings and list items, as a whole page does."""
    fragment = _story()
    whole = f"<!doctype html><html><head><title>Ferry</title></head><body>{fragment}</body></html>"
    roles = _roles(fragment)
    assert ("heading", "What the plan includes", 0) in roles
    assert ("list_item", "Two new berths", 0) in roles
    assert [r for r in roles if r[0] != "paragraph"] == [
        r for r in _roles(whole) if r[0] != "paragraph"
    ]


def test_every_block_keeps_its_role_and_nothing_is_glued() -> None:
    """Nested items, quoted paragraphs, table rows and captions are one block each."""
    roles = _roles(_story())
    assert roles[0] == ("caption", "The old pier, photographed in March.", 0)
    assert ("list_item", "A covered waiting hall for 400 passengers", 0) in roles
    assert ("list_item", "with a café", 1) in roles
    assert ("list_item", "and a ticket office", 1) in roles
    assert ("quote", "We have waited long enough.", 0) in roles
    assert ("quote", "This decision gives the island a terminal it can be proud of.", 0) in roles
    assert ("table_row", "| East quay | £12m |", 0) in roles
    text = document_from_bytes(_story().encode()).text
    assert "enough.This" not in text and "passengerswith" not in text
    assert "in the spring and to finish" in text  # a line break reads as a space
    # The headline is the title, not a block of the body.
    assert "Harbour board approves" not in text


def test_the_change_history_is_its_own_part_at_the_foot() -> None:
    """Dated entries become [history] lines after the body; the dateline and the entry
    that only records the first publication are not article text."""
    text = document_from_bytes(_story(history=HISTORY).encode()).text
    assert (
        text.splitlines()[-1]
        == "[history] 5 March 2026: Corrected the cost of the west quay option."
    )
    assert "First published" not in text
    assert "Last updated" not in text and "show all updates" not in text
    assert "Published 3 March" not in document_from_bytes(_story().encode()).text


def test_a_history_under_a_heading_is_read_the_same_way() -> None:
    """'Updates to this page' with a definition list of dates gives the same kind of entry."""
    footer = """<section><h2>Updates to this page</h2><dl>
<dt>12 April 2026</dt><dd>Added the council's response.</dd>
<dt>10 April 2026</dt><dd>First published.</dd></dl></section>"""
    text = document_from_bytes(_story(history=footer).encode()).text
    assert text.endswith("[history] 12 April 2026: Added the council's response.")
    assert "Updates to this page" not in text


def test_the_diff_of_a_corrected_page_shows_the_fix_and_the_history_entry(
    invoke: Invoke, tmp_path: Path
) -> None:
    """What a reader sees changed: the figure, and the entry the publisher added for it."""
    old = _write(tmp_path / "v1.html", _story())
    new = _write(tmp_path / "v2.html", _story(west="£18m", history=HISTORY))
    changes = json.loads(invoke("diff", old, new, "--format", "json").stdout)["changes"]
    afters = [c["after"] for c in changes]
    assert any("18m" in a for a in afters)
    assert any("Corrected the cost of the west quay option." in a for a in afters)
    assert not any("First published" in a or "Last updated" in a for a in afters)


def test_a_caption_edit_is_a_change(invoke: Invoke, tmp_path: Path) -> None:
    """Publishers correct captions; the diff shows the corrected caption word."""
    old = _write(tmp_path / "v1.html", _story())
    new = _write(tmp_path / "v2.html", _story(month="April"))
    out = invoke("diff", old, new).stdout
    assert "[caption] The old pier, photographed in [-March-]{+April+}." in out


def test_markup_only_changes_are_not_edits(invoke: Invoke, tmp_path: Path) -> None:
    """The same story re-serialised (attributes, whitespace, wrapper) reports nothing."""
    old = _write(tmp_path / "v1.html", _story())
    redone = _story().replace('<main class="story">', '<main data-x="1"  class="story" >')
    new = _write(tmp_path / "v2.html", f"<div>{redone.replace('</p>', ' </p>')}</div>")
    changes = json.loads(invoke("diff", old, new, "--format", "json").stdout)["changes"]
    assert [c for c in changes if c["significance"] == "substantive"] == []


@pytest.mark.parametrize("added", ["", " The vote was close.", " The vote was close, and late."])
def test_a_short_page_is_read_the_same_way_every_time(added: str) -> None:
    """A short article stays two paragraphs without the menu, whatever its length."""
    page = f"""<html><head><title>Pool reopens</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "articleBody":
"The town pool reopened on Saturday.{added} Swimmers queued from nine."}}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Pool reopens</h1>
<p>The town pool reopened on Saturday.{added}</p><p>Swimmers queued from nine.</p>
</article><footer>Contact us</footer></body></html>"""
    doc = document_from_bytes(page.encode())
    assert doc.paragraphs == [
        f"The town pool reopened on Saturday.{added}",
        "Swimmers queued from nine.",
    ]


MARKDOWN = """---
layout: post
title: "Night buses return to the north line"
author: [ Ana Ruiz ]
date: 2026-02-01 18:00:00
permalink: {permalink}
---
The night buses on the north line return on Monday after a {months}-month pause.

## Where they stop

* Central station
* The hospital

> We listened to the people who work late.
> The first bus leaves at midnight.

<script>track("story");</script>

[^1]: The pause began in the autumn.
"""


def test_a_markdown_source_is_read_as_its_page(tmp_path: Path) -> None:
    """A Jekyll-style source: the header is metadata, the Markdown gives the roles."""
    doc = document_from_bytes(MARKDOWN.format(permalink="/a", months="four").encode())
    assert doc.title == "Night buses return to the north line"
    assert doc.byline == "Ana Ruiz"
    assert doc.published == "2026-02-01T18:00:00"
    blocks = [(b.role, b.text) for b in parse_blocks(doc.text)]
    assert blocks[0] == (
        "paragraph",
        "The night buses on the north line return on Monday after a four-month pause.",
    )
    assert ("heading", "Where they stop") in blocks
    assert ("list_item", "The hospital") in blocks
    assert (
        "quote",
        "We listened to the people who work late. The first bus leaves at midnight.",
    ) in blocks
    assert "track(" not in doc.text and "permalink" not in doc.text and "layout" not in doc.text
    assert blocks[-1] == ("paragraph", "[^1]: The pause began in the autumn.")


def test_a_changed_permalink_is_no_edit_and_a_changed_word_is(
    invoke: Invoke, tmp_path: Path
) -> None:
    """Header churn is not article text; the body's edit is shown word by word."""
    v1 = _write(tmp_path / "v1.txt", MARKDOWN.format(permalink="/a", months="four"))
    v2 = _write(tmp_path / "v2.txt", MARKDOWN.format(permalink="/b", months="four"))
    v3 = _write(tmp_path / "v3.txt", MARKDOWN.format(permalink="/b", months="five"))
    assert json.loads(invoke("diff", v1, v2, "--format", "json").stdout)["changes"] == []
    assert "a [-four-month-]{+five-month+} pause" in invoke("diff", v2, v3).stdout.replace(
        "[-four-]{+five+}-month", "[-four-month-]{+five-month+}"
    )


def test_a_cms_body_in_html_is_read_as_html(tmp_path: Path) -> None:
    """A stored post body in HTML keeps its paragraphs; its scripts and JSON-LD are not text."""
    source = """---
title: Budget passes
---
<p>The assembly passed the budget by 61 votes to 40.</p>
    <div class="ad"><script async src="https://ads.example/x.js"></script></div>
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
<p>1. The first vote came at noon.</p>
"""
    doc = document_from_bytes(source.encode())
    assert doc.title == "Budget passes"
    assert doc.paragraphs == [
        "The assembly passed the budget by 61 votes to 40.",
        "\\1. The first vote came at noon.",
    ] or doc.paragraphs == [
        "The assembly passed the budget by 61 votes to 40.",
        "1. The first vote came at noon.",
    ]
    assert "NewsArticle" not in doc.text


def test_a_stored_version_is_read_back_as_stored(tmp_path: Path) -> None:
    """A file written by revtrack (its header names the format) keeps its text as it is."""
    stored = "---\nurl: https://e.example/a\ntitle: T\nformat: 2\n---\n\n## Heading\n\n- item\n"
    doc = document_from_bytes(stored.encode())
    assert doc.title == "T"
    assert doc.text == "## Heading\n\n- item"


def test_a_site_rule_drops_what_it_names_on_its_own_site_only() -> None:
    """A registered rule removes its site's promo box; other sites keep the same markup."""
    page = _story().replace(
        "<h2>What",
        '<div class="promo"><p>Subscribe for our weekly ferry timetable and news.</p></div><h2>What',
    )
    sites.register(
        sites.SiteRule("ferry-news", hosts=("ferry.example",), drop=("//div[@class='promo']",))
    )
    try:
        on_site = document_from_bytes(page.encode(), url="https://www.ferry.example/story")
        elsewhere = document_from_bytes(page.encode(), url="https://other.example/story")
    finally:
        sites.unregister("ferry-news")
    assert "Subscribe" not in on_site.text
    assert "Subscribe" in elsewhere.text


def test_a_liquid_comment_in_a_source_is_not_text() -> None:
    """What a Jekyll template comments out never reaches the page, nor a tag on its own line."""
    source = (
        "---\ntitle: Ferry fares\n---\nFares rise in May.\n\n{% comment %}\n"
        "Draft: fares may rise again in June.\n{% endcomment %}\n{% include share.html %}\n"
        "The council will review them in autumn.\n"
    )
    doc = document_from_bytes(source.encode())
    assert doc.paragraphs == ["Fares rise in May.", "The council will review them in autumn."]
