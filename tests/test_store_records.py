"""The stored file format: whatever an article holds comes back unchanged."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.extract import normalise_paragraphs
from revtrack.models import Document
from revtrack.store import GitStore
from revtrack.store.records import decode_document, encode_document

paragraph = st.text(st.characters(exclude_categories=("Cs",)), min_size=1).map(
    lambda s: s.replace("\n", " ")
)
paragraphs = st.lists(paragraph, min_size=1, max_size=6).map(normalise_paragraphs).filter(bool)
meta = st.none() | st.text(
    st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=60
).map(str.strip).filter(bool)


@given(text=paragraphs, title=meta, byline=meta)
def test_encode_decode_round_trip(text: str, title: str | None, byline: str | None) -> None:
    """Text and metadata survive the file format, front-matter look-alikes included."""
    doc = Document(text=text, url="https://example.com/a", title=title, byline=byline)
    assert decode_document(encode_document(doc)) == doc


def test_text_that_looks_like_front_matter_stays_text() -> None:
    """A paragraph of '---' or 'title: x' inside the article is not mistaken for metadata."""
    doc = Document(
        text="---\n\ntitle: not metadata\n\n---", url="https://example.com/a", title="Real"
    )
    assert decode_document(encode_document(doc)) == doc


@settings(max_examples=15, deadline=None)
@given(texts=st.lists(paragraphs, min_size=1, max_size=4))
def test_store_round_trip_keeps_every_distinct_version(texts: list[str]) -> None:
    """Each stored version reads back as it went in; repeats of the last one are skipped."""
    with tempfile.TemporaryDirectory() as tmp:
        store = GitStore.init(Path(tmp) / "store")
        kept: list[str] = []
        for minute, text in enumerate(texts):
            store.put(
                Document(text=text, url="https://example.com/a"),
                at=datetime(2020, 1, 1, 0, minute, tzinfo=UTC),
            )
            if not kept or kept[-1] != text:
                kept.append(text)
        path = store.articles()[0].path
        assert [store.read(v).text for v in store.versions(path)] == kept
