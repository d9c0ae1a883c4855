"""Limits that hold while reading, decoding that reads what it should, metadata in linear time."""

from __future__ import annotations

import codecs
import io
import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.errors import InputError
from revtrack.extract import document_from_bytes
from revtrack.models import Document
from revtrack.notices.jsonld import date_modified
from revtrack.pagedecode import MAX_INPUT_BYTES, decode_page
from revtrack.pagemeta import jsonld_documents, modified_date
from revtrack.snapshot import read_limited
from revtrack.store import GitStore
from tests.conftest import Invoke

ARTICLE = "".join(
    f"<p>The council voted on Tuesday to delay the budget, paragraph {n} of the report.</p>"
    for n in range(5)
)
PAGE = f"<html><head><title>Budget</title></head><body><article>{ARTICLE}</article></body></html>"


class Endless(io.RawIOBase):
    """A stream that never ends, counting what was read from it."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = 1 << 20 if size is None or size < 0 else size
        self.read_bytes += size
        return b"a" * size


def test_an_endless_stream_is_read_only_to_the_limit() -> None:
    """Standard input of gigabytes costs the limit and one byte, then is refused."""
    stream = Endless()
    data = read_limited(stream)  # type: ignore[arg-type]
    assert len(data) == MAX_INPUT_BYTES + 1 == stream.read_bytes
    with pytest.raises(InputError, match="larger than 20 MiB"):
        decode_page(data, source="standard input")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_snapshot_of_dev_zero_stops_at_the_limit(invoke: Invoke, store: GitStore) -> None:
    """`revtrack snapshot /dev/zero` is refused in one sentence, not read for ever."""
    result = invoke(
        "snapshot",
        "/dev/zero",
        "--url",
        "https://example.com/a",
        "--store",
        str(store.path),
        code=2,
    )
    assert result.stderr.startswith("Error: /dev/zero is larger than 20 MiB")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_file_with_a_byte_order_mark_is_read(encoding: str) -> None:
    """UTF-16 and UTF-32 files with a BOM are text, not binary."""
    text = "Le conseil a voté mardi.\n\nDeuxième paragraphe, déjà écrit."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    doc = document_from_bytes(data, url="https://example.com/a")
    assert doc.text == "Le conseil a voté mardi.\n\nDeuxième paragraphe, déjà écrit."


def test_an_html_page_in_utf16_with_a_bom_is_extracted() -> None:
    """A UTF-16 HTML page is sniffed as HTML after decoding."""
    doc = document_from_bytes(PAGE.encode("utf-16"), url="https://example.com/a")
    assert "delay the budget" in doc.text and "<p>" not in doc.text


def test_a_page_declaring_utf16_but_written_in_ascii_is_read() -> None:
    """The meta tag could be read as ASCII, so the page is not UTF-16 (as the HTML standard says)."""
    page = PAGE.replace("<head>", '<head><meta charset="utf-16">').encode("ascii")
    decoded = decode_page(page)
    assert decoded.html and "delay the budget" in decoded.text
    assert "delay the budget" in document_from_bytes(page, url="https://example.com/a").text


def test_a_pdf_with_an_ascii_body_is_not_stored_as_text() -> None:
    """An uncompressed PDF is all ASCII, and still a PDF."""
    pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    with pytest.raises(InputError, match="is a PDF document"):
        document_from_bytes(pdf, url="https://example.com/a")


def test_a_zero_byte_after_the_first_8_kib_never_reaches_the_store() -> None:
    """Refused in a text file; dropped from HTML, as HTML parsers drop it."""
    text = ("A plain paragraph of text. " * 400).encode() + b"\x00 hidden"
    with pytest.raises(InputError, match="zero byte"):
        document_from_bytes(text, url="https://example.com/a")
    page = PAGE.replace("</article>", "<p>" + "x" * 9000 + "\x00 tail</p></article>")
    doc = document_from_bytes(page.encode(), url="https://example.com/a")
    assert "\x00" not in doc.text


def test_a_killed_writes_temporary_object_is_cleaned_by_the_next_write(store: GitStore) -> None:
    """A temporary object file left by a kill is removed by the next write, fresh ones kept."""
    folder = store.path / "objects" / "ab"
    folder.mkdir(parents=True, exist_ok=True)
    stale, fresh = folder / "tmp_obj_killed", folder / "tmp_obj_in_flight"
    stale.write_bytes(b"half an object")
    fresh.write_bytes(b"being written")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    store.put(Document(text="A first paragraph.", url="https://example.com/a"), at=_now())
    assert not stale.exists()
    assert fresh.exists()


def _now() -> object:
    from datetime import UTC, datetime

    return datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


# Fragments that made the old regular expressions backtrack, repeated at random.
_HOSTILE = st.sampled_from(
    [
        "<a",
        '<meta name="dateModified" ',
        'name="dateModified" ',
        '<script type="application/ld+json">{"dateModified": "',
        "<script",
        "<!--",
        '"dateModified": "',
        "<meta content='x' ",
        "[[[[",
    ]
)


@settings(max_examples=25, deadline=3000)
@given(fragment=_HOSTILE, count=st.integers(min_value=1, max_value=20_000))
def test_page_metadata_takes_linear_work_on_hostile_pages(fragment: str, count: int) -> None:
    """A real meta tag is found however much hostile markup follows it, without stalling.

    The old expressions took 12 to 150 s on such pages; the per-example deadline bounds
    the work here at a fraction of that, for inputs up to several hundred kilobytes.
    """
    head = '<html><head><meta name="dateModified" content="2026-03-02T10:00Z">'
    page = head + fragment * count
    assert modified_date(page) == "2026-03-02T10:00Z"
    jsonld_documents(page)
    date_modified(page)


@settings(max_examples=15, deadline=3000)
@given(count=st.integers(min_value=1, max_value=5_000))
def test_thousands_of_unclosed_jsonld_scripts_are_read_at_once(count: int) -> None:
    """A page of unclosed JSON-LD script tags holds no JSON-LD; reading it costs little."""
    page = '<script type="application/ld+json">{"dateModified": "x"' * count
    assert jsonld_documents(page) == []


def test_a_closed_jsonld_block_still_gives_its_date() -> None:
    """The reader is not blind: a well-formed block's dateModified is read."""
    page = (
        '<html><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "dateModified": "2026-03-02"}</script></head></html>'
    )
    assert modified_date(page) == "2026-03-02"
    assert date_modified(page) == "2026-03-02"
