"""Notices a page declares in schema.org JSON-LD, and its dateModified."""

from __future__ import annotations

import json

from revtrack.notices import date_modified, notices_from_jsonld


def page(data: object) -> str:
    return (
        '<html><head><script type="application/ld+json">'
        f"{json.dumps(data)}</script></head><body><p>Text</p></body></html>"
    )


def test_a_correction_comment_becomes_a_notice_with_its_date() -> None:
    """A CorrectionComment on the article gives a correction with its ISO date and values."""
    html = page(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "dateModified": "2022-03-04T09:15:00Z",
            "correction": {
                "@type": "CorrectionComment",
                "text": "An earlier version of this article misstated the mayor's age. She is 61, not 66.",
                "datePublished": "2022-03-04T09:10:00Z",
            },
        }
    )
    (notice,) = notices_from_jsonld(html)
    assert notice.kind == "correction"
    assert notice.source == "jsonld"
    assert notice.date == "2022-03-04T09:10"
    assert (notice.wrong, notice.right) == ("66", "61")
    assert date_modified(html) == "2022-03-04T09:15:00Z"


def test_a_plain_text_correction_and_a_graph_are_read() -> None:
    """'correction' as plain text inside an @graph is a notice without a date."""
    html = page(
        {
            "@graph": [
                {"@type": "WebPage"},
                {"@type": "Article", "correction": "The photo caption misidentified the river."},
            ]
        }
    )
    (notice,) = notices_from_jsonld(html)
    assert notice.text == "The photo caption misidentified the river."
    assert notice.date is None


def test_broken_or_absent_json_ld_gives_no_notice() -> None:
    """A page with malformed JSON-LD or none at all has no declared notices."""
    broken = '<script type="application/ld+json">{"correction": </script>'
    assert notices_from_jsonld(broken) == []
    assert notices_from_jsonld("<html><body>Correction: nothing here</body></html>") == []
    assert date_modified(broken) is None


def test_the_same_correction_twice_is_one_notice() -> None:
    """A correction repeated in two blocks of the page is listed once."""
    data = {"@type": "Article", "correction": "The map placed the bridge on the wrong river."}
    assert len(notices_from_jsonld(page(data) + page(data))) == 1
