"""A release served as an XML record is read by its elements, not as one paragraph of markup.

The record is written here in the style of a press office's message feed: versions,
originators and departments with their addresses, one content block per language with a
title, a lead, the body as HTML escaped inside ``<text>``, a contact, attachments with ids,
sizes and addresses, and revision dates in attributes. Each new version of such a record
changes its version number and its attachments' ids and sizes; none of that is text.
"""

from __future__ import annotations

import pytest

from revtrack import compare
from revtrack.blocks import parse_blocks
from revtrack.extract import document_from_bytes
from revtrack.extraction.xml_document import is_prose, is_xml_document

RECORD = """<?xml version="1.0" encoding="UTF-8"?>
<messages xmlns="https://press.example.org/messages" version="1.0">
  <message id="40417" revoked="no">
    <version>{version}</version>
    <pubdate>2024-05-14</pubdate>
    <type>Press release</type>
    <originator id="77" lead="yes">
      <department-id>12</department-id>
      <name lang="en">Office for Inland Waters</name>
      <www lang="en">https://waters.example.org/en</www>
      <email lang="en">press@waters.example.org</email>
    </originator>
    <content lang="en">
      <city>Lakeside</city>
      <title>Council sets {limit} limit for lake water drawn by farms</title>
      <lead>The council agreed on Tuesday to cap how much water farms may draw from the
      lake each summer. The cap takes effect next year.</lead>
      <text link="no">&lt;p&gt;Farms around the lake drew more water last summer than in any
      year on record, and the level fell below the mark the ferry needs.&lt;/p&gt;
      &lt;h2&gt;What changes for farms&lt;/h2&gt;&lt;p&gt;Each farm will be given a share of
      the {limit} that may be drawn, according to the land it waters.&lt;/p&gt;
      &lt;ul&gt;&lt;li&gt;Shares are set each spring.&lt;/li&gt;&lt;li&gt;Meters are read
      every month.&lt;/li&gt;&lt;/ul&gt;</text>
      <contact>Mara Quist, spokesperson, +41 58 000 00 {phone}</contact>
      <attachment id="{attachment}">
        <title>Report on summer water levels</title>
        <format>pdf</format>
        <size-kb>{size}</size-kb>
        <uri>https://press.example.org/attachments/{attachment}.pdf</uri>
      </attachment>
      <revisions>
        <revision date="2024-05-14 {time}" type="R"/>
      </revisions>
    </content>
  </message>
</messages>
"""


def _record(**values: str) -> bytes:
    fields = {
        "version": "3",
        "limit": "40-million-litre",
        "phone": "11",
        "attachment": "551201",
        "size": "2180",
        "time": "10:37",
    }
    fields.update(values)
    return RECORD.format(**fields).encode()


def test_the_record_reads_as_its_title_lead_and_body_in_their_roles() -> None:
    doc = document_from_bytes(_record())
    assert doc.title == "Council sets 40-million-litre limit for lake water drawn by farms"
    assert doc.published == "2024-05-14"
    roles = [(b.role, b.text) for b in parse_blocks(doc.text)]
    assert roles == [
        (
            "paragraph",
            "The council agreed on Tuesday to cap how much water farms may draw from the "
            "lake each summer. The cap takes effect next year.",
        ),
        (
            "paragraph",
            "Farms around the lake drew more water last summer than in any year on record, "
            "and the level fell below the mark the ferry needs.",
        ),
        ("heading", "What changes for farms"),
        (
            "paragraph",
            "Each farm will be given a share of the 40-million-litre that may be drawn, "
            "according to the land it waters.",
        ),
        ("list_item", "Shares are set each spring."),
        ("list_item", "Meters are read every month."),
    ]


def test_no_markup_id_size_address_or_code_reaches_the_text() -> None:
    text = document_from_bytes(_record()).text
    for datum in ("551201", "2180", "pdf", "https://", "<", "&lt;", "version", "10:37", "40417"):
        assert datum not in text


def test_a_new_version_of_the_record_with_only_its_data_changed_reports_nothing() -> None:
    old = document_from_bytes(_record())
    new = document_from_bytes(_record(version="4", attachment="551388", size="2193", time="16:02"))
    assert compare(old, new).changes == []


def test_an_edit_in_the_escaped_body_is_one_edit_in_its_paragraph() -> None:
    old = document_from_bytes(_record())
    new = document_from_bytes(_record(limit="45-million-litre"))
    body = [c for c in compare(old, new).changes if c.field == "body"]
    assert [(c.before, c.after) for c in body] == [("40", "45")]
    assert body[0].kind == "number"
    headline = [c for c in compare(old, new).changes if c.field == "title"]
    assert headline and headline[0].kind == "headline"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<?xml version="1.0"?><feed><entry/></feed>', True),
        ("<messages><message/></messages>", True),
        ('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body><p>Hi.</p></body></html>', False),
        ("<main><p>A page saved as a fragment.</p></main>", False),
        ("<article><h1>Title</h1></article>", False),
        ("Plain text that mentions <b>tags</b>.", False),
    ],
)
def test_only_documents_whose_root_is_no_web_page_are_read_as_xml(
    text: str, expected: bool
) -> None:
    assert is_xml_document(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cap takes effect next year.", True),
        ("Office for Inland Waters", False),
        ("https://waters.example.org/en", False),
        ("2024-05-14", False),
        ("Mara Quist, spokesperson, +41 58 000 00 11", False),
    ],
)
def test_prose_is_a_sentence_not_a_label_or_a_datum(text: str, expected: bool) -> None:
    assert is_prose(text) is expected


def test_a_broken_xml_file_is_read_as_text_without_a_traceback() -> None:
    doc = document_from_bytes(b"<notes><note>An unclosed note about the harbour.</notes")
    assert "harbour" in doc.text
