"""Turning saved pages and text files into documents."""

from __future__ import annotations

import pytest

from revtrack.errors import InputError
from revtrack.extract import document_from_bytes

ARTICLE = """<html><head><meta charset="{charset}"><title>Harbour bridge reopens</title>
<meta name="author" content="Sam Okafor"></head><body>
<div class="menu">Sections Sport Weather</div>
<article><h1>Harbour bridge reopens</h1>
<p>The harbour bridge reopened to traffic on Friday morning after eight months of repairs
that cost the region far more than the original estimate of twelve million.</p>
<p>Drivers queued from before dawn, and the first car across belonged to a café owner from
Søndervig who said she had waited all year for the shorter commute.</p>
<p>Engineers said the new deck should last fifty years with ordinary maintenance.</p>
</article></body></html>"""


def test_plain_text_paragraphs_are_one_per_line() -> None:
    """Text keeps its paragraphs, folded to one line each with a blank line between."""
    doc = document_from_bytes(
        b"First line\ncontinues here.\n\n\n  Second   para.  \n", url="https://e.com/a"
    )
    assert doc.text == "First line continues here.\n\nSecond para."
    assert doc.paragraphs == ["First line continues here.", "Second para."]


def test_html_in_a_declared_legacy_charset_is_decoded() -> None:
    """A page in windows-1252 that says so keeps its accented letters."""
    data = ARTICLE.replace("{charset}", "windows-1252").encode("cp1252")
    doc = document_from_bytes(data)
    assert "café owner from Søndervig" in doc.text
    assert doc.title == "Harbour bridge reopens"
    assert doc.byline == "Sam Okafor"
    assert "Sections" not in doc.text
    assert doc.text.count("\n\n") == 2


def test_html_with_a_wrong_charset_claim_is_still_read() -> None:
    """A page that claims UTF-8 but is Latin-1 does not crash extraction."""
    data = ARTICLE.replace("{charset}", "utf-8").encode("latin-1", "replace")
    doc = document_from_bytes(data)
    assert "harbour bridge reopened" in doc.text.lower()


def test_malformed_html_does_not_crash() -> None:
    """Unclosed tags and junk still give text or a clear error, never a traceback."""
    data = b"<html><body><p>Unclosed <b>bold <i>and <p>" + b"word " * 200 + b"</div></span>"
    try:
        doc = document_from_bytes(data)
    except InputError:
        return
    assert "word" in doc.text


def test_page_without_article_text_is_an_input_error() -> None:
    """A page that holds only markup says there is no article in it."""
    with pytest.raises(InputError, match="no article text"):
        document_from_bytes(
            b"<html><head><title></title></head><body><div></div></body></html>", source="p.html"
        )
