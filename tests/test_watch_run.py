"""One watching pass against a real server: the stored history and the exit code."""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, datetime, timedelta

from revtrack.config import Settings
from revtrack.store import GitStore
from revtrack.store.paths import article_path, normalise_url
from revtrack.watch.run import run_pass
from tests._http_server import LocalServer, Request, chunks, http_server

__all__ = ["http_server"]

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _html(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{body}</article></body></html>"
    ).encode()


LONG = [
    f"Paragraph {n} of the council report says the budget vote was delayed by a week "
    "after members asked for more time to read the amended figures."
    for n in range(1, 7)
]


def _settings(server: LocalServer, **sources: object) -> Settings:
    return Settings.model_validate(
        {
            "sources": sources,
            "fetch": {"timeout": 1, "min_delay_seconds": 0, "allow_private": True},
        }
    )


def _history(store: GitStore, url: str) -> tuple[int, list[str]]:
    article = article_path(normalise_url(url))
    return len(store.versions(article)), [e.kind for e in store.events(article)]


def test_a_changing_page_gets_one_version_per_change(
    http_server: LocalServer, store: GitStore
) -> None:
    """Three runs over a page that changed once store two versions, and no more."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        text = LONG if request.count < 2 else [*LONG[:-1], "The vote was held on Friday."]
        return 200, {"Content-Type": "text/html"}, _html("Budget vote", *text)

    http_server.routes["/story"] = route
    url = http_server.url("/story")
    settings = _settings(http_server, articles=[url])
    reports = [run_pass(settings, store, now=T0 + timedelta(hours=h)) for h in (0, 1, 2)]
    assert [len(r.changed) for r in reports] == [1, 1, 0]
    assert all(r.exit_code == 0 for r in reports)
    assert _history(store, url) == (2, [])
    fsck = subprocess.run(["git", "--git-dir", str(store.path), "fsck"], capture_output=True)
    assert fsck.returncode == 0


def test_a_feed_that_gains_entries_adds_articles(http_server: LocalServer, store: GitStore) -> None:
    """A story that appears in the feed is tracked and stored on the next run."""

    def feed(request: Request) -> tuple[int, dict[str, str], bytes]:
        items = "<item><title>One</title><link>/one?utm_source=rss</link></item>"
        if request.count > 1:
            items += "<item><title>Two</title><link>/two</link></item>"
        rss = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
        return 200, {"Content-Type": "text/plain"}, rss.encode()

    http_server.routes["/rss"] = feed
    http_server.page("/one", _html("One", *LONG))
    http_server.page("/two", _html("Two", *LONG[:3]))
    settings = _settings(http_server, feeds=[http_server.url("/rss")])
    first = run_pass(settings, store, now=T0)
    second = run_pass(settings, store, now=T0 + timedelta(minutes=15))
    assert first.changed == [http_server.url("/one")]
    assert second.changed == [http_server.url("/two")]


def test_a_section_page_link_matching_the_pattern_is_tracked(
    http_server: LocalServer, store: GitStore
) -> None:
    """Only links matching the configured pattern become articles."""
    http_server.page("/news", '<a href="/news/2026/a">A</a> <a href="/about">About</a>')
    http_server.page("/news/2026/a", _html("A", *LONG))
    pages = [{"url": http_server.url("/news"), "pattern": r"/news/\d{4}/"}]
    report = run_pass(_settings(http_server, pages=pages), store, now=T0)
    assert report.changed == [http_server.url("/news/2026/a")]
    assert http_server.hits["/about"] == 0


def test_a_page_that_goes_missing_and_comes_back_is_an_event(
    http_server: LocalServer, store: GitStore
) -> None:
    """404 is recorded as 'gone', its return as 'back', and the stored text is kept."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.count == 2:
            return 404, {"Content-Type": "text/html"}, b"missing"
        return 200, {"Content-Type": "text/html"}, _html("Story", *LONG)

    http_server.routes["/s"] = route
    url = http_server.url("/s")
    settings = _settings(http_server, articles=[url])
    codes = [run_pass(settings, store, now=T0 + timedelta(hours=h)).exit_code for h in (0, 1, 2)]
    assert codes == [0, 0, 0]
    assert _history(store, url) == (1, ["gone", "back"])


def test_a_server_error_fails_the_run_but_keeps_what_was_stored(
    http_server: LocalServer, store: GitStore
) -> None:
    """A 500 on one article gives exit code 1; the other article is still stored."""
    http_server.page("/ok", _html("Fine", *LONG))
    http_server.routes["/bad"] = lambda _r: (500, {"Content-Type": "text/html"}, b"oops")
    settings = _settings(http_server, articles=[http_server.url("/ok"), http_server.url("/bad")])
    report = run_pass(settings, store, now=T0)
    assert report.exit_code == 1
    assert report.changed == [http_server.url("/ok")]
    assert [url for url, _ in report.failures] == [http_server.url("/bad")]


def test_an_ab_flip_is_labelled_not_stored_again(http_server: LocalServer, store: GitStore) -> None:
    """A page alternating two headlines gives two versions and then 'ab-flip' events."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        lead = "Council delays vote" if request.count % 2 else "Vote put off by council"
        return 200, {"Content-Type": "text/html"}, _html(lead, lead + ".", *LONG)

    http_server.routes["/ab"] = route
    url = http_server.url("/ab")
    settings = _settings(http_server, articles=[url])
    for h in range(4):
        run_pass(settings, store, now=T0 + timedelta(hours=h))
    assert _history(store, url) == (2, ["ab-flip", "ab-flip"])


def test_a_sudden_shrink_is_flagged_and_the_raw_page_kept(
    http_server: LocalServer, store: GitStore
) -> None:
    """Far less text than before is marked 'layout-changed' and the HTML is kept."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        text = LONG if request.count == 1 else ["Subscribe to read this article in full."]
        return 200, {"Content-Type": "text/html"}, _html("Story", *text)

    http_server.routes["/shrink"] = route
    url = http_server.url("/shrink")
    settings = _settings(http_server, articles=[url])
    run_pass(settings, store, now=T0)
    run_pass(settings, store, now=T0 + timedelta(hours=1))
    assert _history(store, url) == (2, ["layout-changed"])
    latest = store.versions(article_path(normalise_url(url)))[-1]
    assert b"Subscribe to read" in (store.read_raw(latest) or b"")


def test_a_url_given_directly_is_fetched_even_when_not_due(
    http_server: LocalServer, store: GitStore
) -> None:
    """urls= fetches at once, whatever the schedule says."""
    http_server.page("/x", _html("X", *LONG))
    url = http_server.url("/x")
    settings = _settings(http_server)
    run_pass(settings, store, now=T0, urls=[url])
    run_pass(settings, store, now=T0, urls=[url])
    assert http_server.hits["/x"] == 2


def test_a_failing_feed_is_paused_then_tried_again_a_day_later(
    http_server: LocalServer, store: GitStore
) -> None:
    """After repeated failures a feed is left alone, and tried once a day after that."""
    http_server.routes["/rss"] = lambda _r: (500, {"Content-Type": "text/plain"}, b"down")
    settings = Settings.model_validate(
        {
            "sources": {"feeds": [http_server.url("/rss")], "pause_after_failures": 2},
            "fetch": {"timeout": 1, "min_delay_seconds": 0, "allow_private": True},
        }
    )
    reports = [run_pass(settings, store, now=T0 + timedelta(minutes=m)) for m in (0, 15, 30)]
    assert [r.paused for r in reports] == [[], [http_server.url("/rss")], []]
    assert [r.exit_code for r in reports] == [1, 1, 0]
    assert http_server.hits["/rss"] == 2
    run_pass(settings, store, now=T0 + timedelta(hours=25))
    assert http_server.hits["/rss"] == 3


def test_two_links_to_one_story_make_one_article(http_server: LocalServer, store: GitStore) -> None:
    """Pages naming one rel=canonical URL are stored as that one article."""
    head = f'<link rel="canonical" href="{http_server.url("/story?utm_source=x")}">'
    page = _html("Story", *LONG).replace(b"<head>", b"<head>" + head.encode())
    http_server.page("/story", page)
    http_server.page("/amp/story", page)
    urls = [http_server.url("/story"), http_server.url("/amp/story")]
    run_pass(_settings(http_server, articles=urls), store, now=T0)
    assert [a.url for a in store.articles()] == [http_server.url("/story")]


def test_a_redirected_article_is_stored_under_its_final_url(
    http_server: LocalServer, store: GitStore
) -> None:
    """A short link that redirects is stored under where it led."""
    http_server.routes["/s/1"] = lambda _r: (301, {"Location": "/2026/long-story"}, b"")
    http_server.page("/2026/long-story", _html("Long", *LONG))
    run_pass(_settings(http_server, articles=[http_server.url("/s/1")]), store, now=T0)
    assert [a.url for a in store.articles()] == [http_server.url("/2026/long-story")]


def test_a_redirected_article_that_goes_missing_is_marked_gone_where_it_is_stored(
    http_server: LocalServer, store: GitStore
) -> None:
    """The short link's later 404 is an event of the stored article, not of a new one."""
    http_server.routes["/s/1"] = lambda r: (
        (301, {"Location": "/2026/long-story"}, b"") if r.count == 1 else (404, {}, b"gone")
    )
    http_server.page("/2026/long-story", _html("Long", *LONG))
    settings = _settings(http_server, articles=[http_server.url("/s/1")])
    run_pass(settings, store, now=T0)
    run_pass(settings, store, now=T0 + timedelta(hours=1))
    assert _history(store, http_server.url("/2026/long-story")) == (1, ["gone"])
    assert [a.url for a in store.articles()] == [http_server.url("/2026/long-story")]


def test_a_page_cannot_claim_another_sites_identity(
    http_server: LocalServer, store: GitStore
) -> None:
    """rel=canonical pointing at another site is ignored: text stays under its own URL."""
    head = b'<link rel="canonical" href="https://victim.example/real-story">'
    http_server.page("/fake", _html("Fake", *LONG).replace(b"<head>", b"<head>" + head))
    run_pass(_settings(http_server, articles=[http_server.url("/fake")]), store, now=T0)
    assert [a.url for a in store.articles()] == [http_server.url("/fake")]


def test_bad_answers_fail_their_items_and_lose_nothing_stored(
    http_server: LocalServer, store: GitStore
) -> None:
    """PDF, oversize, robots-forbidden, stalled and looping pages fail; stored text stays."""

    def good(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.count == 1:
            return 200, {"Content-Type": "text/html"}, _html("Good", *LONG)
        return 500, {"Content-Type": "text/html"}, b"down"

    def stall(_r: Request) -> tuple[int, dict[str, str], bytes]:
        time.sleep(1.5)
        return 200, {"Content-Type": "text/html"}, b"late"

    http_server.routes["/good"] = good
    http_server.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    http_server.page("/private/a", _html("Private", *LONG))
    http_server.page("/doc", b"%PDF-1.4 ...", "application/pdf")
    http_server.routes["/huge"] = lambda _r: (
        200,
        {"Content-Type": "text/html"},
        chunks(50_000_000),
    )
    http_server.routes["/stall"] = stall
    http_server.routes["/loop"] = lambda _r: (302, {"Location": "/loop"}, b"")
    bad = ["/private/a", "/doc", "/huge", "/stall", "/loop"]
    settings = Settings.model_validate(
        {
            "sources": {"articles": [http_server.url(p) for p in ["/good", *bad]]},
            "fetch": {
                "timeout": 0.5,
                "min_delay_seconds": 0,
                "allow_private": True,
                "max_bytes": 2_000_000,
            },
        }
    )
    first = run_pass(settings, store, now=T0)
    assert first.exit_code == 1
    assert first.changed == [http_server.url("/good")]
    assert sorted(url for url, _ in first.failures) == sorted(http_server.url(p) for p in bad)
    second = run_pass(settings, store, now=T0 + timedelta(hours=1))
    assert second.exit_code == 1
    assert _history(store, http_server.url("/good")) == (1, [])
    assert http_server.hits["/private/a"] == 0


def test_an_unchanged_page_costs_a_304_and_keep_raw_keeps_the_html(
    http_server: LocalServer, store: GitStore
) -> None:
    """The second run sends the ETag, gets 304 and stores nothing; the HTML was kept."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "text/html", "ETag": '"v1"'}, _html("Kept", *LONG)

    http_server.routes["/etag"] = route
    url = http_server.url("/etag")
    settings = Settings.model_validate(
        {
            "sources": {"articles": [url]},
            "fetch": {
                "timeout": 1,
                "min_delay_seconds": 0,
                "allow_private": True,
                "keep_raw": True,
            },
        }
    )
    first = run_pass(settings, store, now=T0)
    second = run_pass(settings, store, now=T0 + timedelta(hours=1))
    assert (len(first.changed), len(second.changed), second.checked) == (1, 0, 1)
    sent = [r.headers.get("if-none-match") for r in http_server.log if r.path == "/etag"]
    assert sent == [None, '"v1"']
    version = store.versions(article_path(normalise_url(url)))[0]
    assert b"<h1>Kept</h1>" in (store.read_raw(version) or b"")


def test_progress_advances_by_items_done(http_server: LocalServer, store: GitStore) -> None:
    """The total comes before the first fetch; then one report per item, after its page
    came back and was written, counting 1, 2, 3, 4 of 4."""
    urls = []
    for n in range(4):
        http_server.page(f"/p{n}", _html(f"Story {n}", *LONG))
        urls.append(http_server.url(f"/p{n}"))
    seen: list[tuple[str, int, int, int]] = []

    def progress(url: str, done: int, total: int) -> None:
        answered = sum(http_server.hits[f"/p{n}"] for n in range(4))
        seen.append((url, done, total, answered))

    settings = Settings.model_validate(
        {
            "fetch": {
                "timeout": 1,
                "min_delay_seconds": 0,
                "allow_private": True,
                "concurrency": 1,
            }
        }
    )
    run_pass(settings, store, now=T0, urls=urls, progress=progress)
    assert seen[0] == ("", 0, 4, 0)
    assert [(u, d, t) for u, d, t, _ in seen[1:]] == [(u, n, 4) for n, u in enumerate(urls, 1)]
    assert all(answered >= done for _, done, _, answered in seen)
