"""What a source file's YAML header has the page show: the standfirst and the "updated" box.

A Jekyll or Decap theme prints the header's ``excerpt`` under the headline and a box
("this article has been edited since it was published") when the header says
``updated: true``. A reader sees both, so the differ must: an edit of the standfirst is
an edit of the text, and the flag appearing is a notice. The header's other keys
(permalink, layout, an SEO description) stay out of the text. The sources were written
for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from revtrack.blocks import parse_blocks
from revtrack.extract import document_from_bytes
from tests.conftest import Invoke

SOURCE = """---
layout: post
title: Ferry timetable cut for the winter
excerpt: "The island ferry will sail {times} a day from November, the operator said."
description: Ferry news for islanders and visitors.
{flag}---

The operator blamed rising fuel costs and a shortage of crew.

Islanders have asked the council to step in.
"""


def _source(times: str = "twice", flag: str = "") -> str:
    return SOURCE.format(times=times, flag=flag)


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_standfirst_opens_the_text_and_the_seo_description_does_not() -> None:
    doc = document_from_bytes(_source().encode())
    blocks = [(b.role, b.text) for b in parse_blocks(doc.text)]
    assert blocks[0] == (
        "paragraph",
        "The island ferry will sail twice a day from November, the operator said.",
    )
    assert blocks[1][1].startswith("The operator blamed")
    assert "Ferry news for islanders" not in doc.text
    assert doc.title == "Ferry timetable cut for the winter"


def test_a_standfirst_the_body_already_opens_with_is_not_doubled() -> None:
    source = """---
title: Ferry timetable cut
excerpt: The operator blamed rising fuel costs.
---

The operator blamed rising fuel costs. Islanders are angry.
"""
    doc = document_from_bytes(source.encode())
    assert doc.text.count("The operator blamed rising fuel costs") == 1


def test_an_edit_of_the_standfirst_is_shown_as_an_edit(invoke: Invoke, tmp_path: Path) -> None:
    v1 = _write(tmp_path / "v1.txt", _source("twice"))
    v2 = _write(tmp_path / "v2.txt", _source("three times"))
    changes = json.loads(invoke("diff", v1, v2, "--format", "json").stdout)["changes"]
    assert [(c["before"], c["after"]) for c in changes] == [("twice", "three times")]


def test_the_updated_flag_coming_is_a_notice(invoke: Invoke, tmp_path: Path) -> None:
    v1 = _write(tmp_path / "v1.txt", _source())
    v2 = _write(tmp_path / "v2.txt", _source(flag="updated: true\n"))
    assert "[history] updated: true" in document_from_bytes(Path(v2).read_bytes()).text
    changes = json.loads(invoke("diff", v1, v2, "--format", "json").stdout)["changes"]
    assert [(c["kind"], c["after"].strip()) for c in changes] == [
        ("notice_added", "[history] updated: true")
    ]
    assert changes[0]["significance"] == "substantive"


def test_an_updated_date_is_the_modified_date_not_a_flag() -> None:
    doc = document_from_bytes(_source(flag="updated: 2014-06-07\n").encode())
    assert doc.modified == "2014-06-07"
    assert "[history]" not in doc.text


def test_a_flag_set_to_false_is_no_notice() -> None:
    doc = document_from_bytes(_source(flag="updated: false\n").encode())
    assert "[history]" not in doc.text


MARKDOWN_WITH_EMBED = """---
title: Night buses return to the valley
---
> **[Transport Act, section 4][act]:** A licence is needed to carry passengers for pay.

The night buses return on Friday, [the operator said][notice].

<blockquote class="social-post">
  <p>Back on the road from Friday night.</p>&mdash; Valley Buses
</blockquote>

### What riders asked for

> The last bus left too early for shift workers.
The council agreed.

[act]: https://laws.example.org/transport
[notice]: https://buses.example.org/news
"""


def test_markdown_holding_an_html_block_is_still_read_as_markdown() -> None:
    """An embedded post makes the body sniff as HTML; its own syntax says it is
    Markdown, so the quotation and heading read in their roles, links as links."""
    doc = document_from_bytes(MARKDOWN_WITH_EMBED.encode())
    roles = [(b.role, b.text) for b in parse_blocks(doc.text)]
    assert roles[0] == (
        "quote",
        "[Transport Act, section 4](https://laws.example.org/transport): A licence is "
        "needed to carry passengers for pay.",
    )
    assert (
        "paragraph",
        "The night buses return on Friday, [the operator said](https://buses.example.org/news).",
    ) in roles
    assert ("heading", "What riders asked for") in roles
    assert ("quote", "The last bus left too early for shift workers. The council agreed.") in roles
    assert not any("###" in text or "][" in text or "**" in text for _, text in roles)


def test_a_cms_body_in_html_is_still_read_as_html() -> None:
    source = (
        "---\ntitle: Harbour fees\n---\n<p>The harbour raised its fees.</p>\n"
        "<p>Fishers said they would protest.</p>\n\n    <p>Indented markup is no code.</p>\n"
    )
    roles = [(b.role, b.text) for b in parse_blocks(document_from_bytes(source.encode()).text)]
    assert roles == [
        ("paragraph", "The harbour raised its fees."),
        ("paragraph", "Fishers said they would protest."),
        ("paragraph", "Indented markup is no code."),
    ]
