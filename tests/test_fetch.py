"""Fetching pages: bounded, checked and polite, against a real server on 127.0.0.1."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from revtrack.config import FetchSettings
from revtrack.errors import FetchError
from revtrack.fetch import DEFAULT_USER_AGENT, Fetcher, PageGoneError
from revtrack.pagedecode import decode_body
from tests._http_server import LocalServer, Request, Route, chunks, http_server

__all__ = ["http_server"]

FAST = FetchSettings(timeout=5.0, min_delay_seconds=0, allow_private=True, max_retry_after=2)


def test_a_page_comes_back_with_its_text_and_validators(http_server: LocalServer) -> None:
    """A plain page gives its text, final URL, ETag and Last-Modified."""
    http_server.page(
        "/story",
        "<html><body><p>Hello</p></body></html>",
        ETag='"v1"',
        **{"Last-Modified": "Tue, 03 Mar 2026 10:00:00 GMT"},
    )
    with Fetcher(FAST) as fetcher:
        page = fetcher.fetch(http_server.url("/story"))
    assert page.status == 200
    assert "<p>Hello</p>" in page.text
    assert page.etag == '"v1"'
    assert page.last_modified == "Tue, 03 Mar 2026 10:00:00 GMT"
    assert page.url == http_server.url("/story")


def test_the_user_agent_names_revtrack(http_server: LocalServer) -> None:
    """Sites see who is fetching: the User-Agent names revtrack and its version."""
    http_server.page("/a", "<p>x</p>")
    with Fetcher(FAST) as fetcher:
        fetcher.fetch(http_server.url("/a"))
    agent = http_server.log[-1].headers["user-agent"]
    assert agent == DEFAULT_USER_AGENT
    assert agent.startswith("revtrack/")


def test_conditional_get_costs_a_304(http_server: LocalServer) -> None:
    """An unchanged page answers 304 when revtrack sends the ETag it got last time."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("if-none-match") == '"abc"':
            return 304, {"ETag": '"abc"'}, b""
        return 200, {"Content-Type": "text/html", "ETag": '"abc"'}, b"<p>Body</p>"

    http_server.routes["/c"] = route
    with Fetcher(FAST) as fetcher:
        first = fetcher.fetch(http_server.url("/c"))
        second = fetcher.fetch(http_server.url("/c"), etag=first.etag)
    assert first.status == 200 and not first.not_modified
    assert second.not_modified and second.raw == b""


def test_redirects_are_followed_to_the_final_url(http_server: LocalServer) -> None:
    """A moved story is fetched from where it moved to, and that URL is reported."""
    http_server.routes["/old"] = lambda _r: (301, {"Location": "/new"}, b"")
    http_server.page("/new", "<p>moved</p>")
    with Fetcher(FAST) as fetcher:
        page = fetcher.fetch(http_server.url("/old"))
    assert page.url == http_server.url("/new")
    assert "moved" in page.text


def test_a_redirect_loop_fails_with_one_sentence(http_server: LocalServer) -> None:
    """Two pages sending the reader to each other end in a clear error, not a hang."""
    http_server.routes["/x"] = lambda _r: (302, {"Location": "/y"}, b"")
    http_server.routes["/y"] = lambda _r: (302, {"Location": "/x"}, b"")
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError, match="loop"):
        fetcher.fetch(http_server.url("/x"))


def test_too_many_redirects_fail(http_server: LocalServer) -> None:
    """A chain longer than max_redirects is given up."""
    for n in range(10):
        http_server.routes[f"/r{n}"] = lambda _r, n=n: (302, {"Location": f"/r{n + 1}"}, b"")
    settings = FAST.model_copy(update={"max_redirects": 3})
    with Fetcher(settings) as fetcher, pytest.raises(FetchError, match="more than 3"):
        fetcher.fetch(http_server.url("/r0"))


def test_404_then_200(http_server: LocalServer) -> None:
    """A page that is missing says so with its status, and is fetched once it is back."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.count == 1:
            return 404, {"Content-Type": "text/html"}, b"missing"
        return 200, {"Content-Type": "text/html"}, b"<p>back</p>"

    http_server.routes["/p"] = route
    with Fetcher(FAST) as fetcher:
        with pytest.raises(PageGoneError) as gone:
            fetcher.fetch(http_server.url("/p"))
        assert gone.value.status == 404
        assert "back" in fetcher.fetch(http_server.url("/p")).text


def test_a_server_error_is_a_fetch_error(http_server: LocalServer) -> None:
    """HTTP 500 fails the item with the status in the message."""
    http_server.routes["/e"] = lambda _r: (500, {"Content-Type": "text/html"}, b"oops")
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError, match="HTTP 500"):
        fetcher.fetch(http_server.url("/e"))


def test_429_with_retry_after_is_waited_for_once(http_server: LocalServer) -> None:
    """A short Retry-After is honoured: revtrack waits, then asks again."""

    def route(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.count == 1:
            return 429, {"Retry-After": "1"}, b""
        return 200, {"Content-Type": "text/html"}, b"<p>ok</p>"

    http_server.routes["/slow"] = route
    started = time.monotonic()
    with Fetcher(FAST) as fetcher:
        page = fetcher.fetch(http_server.url("/slow"))
    assert "ok" in page.text
    assert time.monotonic() - started >= 0.9
    assert http_server.hits["/slow"] == 2


def test_a_long_retry_after_fails_the_item_without_waiting(http_server: LocalServer) -> None:
    """A Retry-After of an hour is not slept through: the item is tried next run."""
    http_server.routes["/busy"] = lambda _r: (503, {"Retry-After": "3600"}, b"")
    started = time.monotonic()
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError, match="slow down"):
        fetcher.fetch(http_server.url("/busy"))
    # Far below the hour asked for, with room for a busy machine.
    assert time.monotonic() - started < 30


def test_a_stalled_server_times_out(http_server: LocalServer) -> None:
    """A server that never answers is given up after the timeout."""

    def route(_r: Request) -> tuple[int, dict[str, str], bytes]:
        time.sleep(8)
        return 200, {"Content-Type": "text/html"}, b"late"

    http_server.routes["/stall"] = route
    settings = FAST.model_copy(update={"timeout": 0.3})
    started = time.monotonic()
    with Fetcher(settings) as fetcher, pytest.raises(FetchError, match="did not answer"):
        fetcher.fetch(http_server.url("/stall"))
    # Well short of the server's 8 s, with room for a busy machine.
    assert time.monotonic() - started < 5


def test_a_huge_body_is_cut_off_at_the_cap(http_server: LocalServer) -> None:
    """A 50 MB page is refused after reading little more than the cap."""
    served: list[int] = []

    def counted() -> Iterator[bytes]:
        for block in chunks(50_000_000):
            served.append(len(block))
            yield block

    http_server.routes["/big"] = lambda _r: (200, {"Content-Type": "text/html"}, counted())
    settings = FAST.model_copy(update={"max_bytes": 1_000_000})
    with Fetcher(settings) as fetcher, pytest.raises(FetchError, match="byte limit"):
        fetcher.fetch(http_server.url("/big"))
    # The client hung up near the cap: the server got no further than the cap plus what
    # the sockets' buffers hold, nowhere near the 50 MB it had to send.
    assert sum(served) < 20_000_000


def test_a_declared_huge_length_is_refused_before_reading(http_server: LocalServer) -> None:
    """A Content-Length over the cap is refused at once."""
    http_server.routes["/len"] = lambda _r: (
        200,
        {"Content-Type": "text/html", "Content-Length": "50000000"},
        iter([b"x"]),
    )
    settings = FAST.model_copy(update={"max_bytes": 1_000_000})
    with Fetcher(settings) as fetcher, pytest.raises(FetchError, match="byte limit"):
        fetcher.fetch(http_server.url("/len"))


def test_a_pdf_is_refused(http_server: LocalServer) -> None:
    """A PDF, by its type or by its bytes, is not an article page."""
    http_server.page("/doc.pdf", b"%PDF-1.7\n...", content_type="application/pdf")
    http_server.page("/sneaky", b"%PDF-1.7\n\x00\x01", content_type="text/html")
    with Fetcher(FAST) as fetcher:
        with pytest.raises(FetchError, match="application/pdf"):
            fetcher.fetch(http_server.url("/doc.pdf"))
        with pytest.raises(FetchError, match="PDF"):
            fetcher.fetch(http_server.url("/sneaky"))


def test_bytes_in_a_wrong_charset_are_still_read(http_server: LocalServer) -> None:
    """A Latin-1 page labelled UTF-8 is decoded as Latin-1, not mangled or refused."""
    body = "<html><body><p>Le ministre a déclaré à la presse qu'il était prêt.</p></body></html>"
    http_server.page("/fr", body.encode("latin-1"), content_type="text/html; charset=utf-8")
    with Fetcher(FAST) as fetcher:
        page = fetcher.fetch(http_server.url("/fr"))
    assert "déclaré à la presse" in page.text


def test_the_meta_charset_is_used_when_the_header_has_none() -> None:
    """<meta charset=windows-1252> decides when the header says nothing."""
    raw = '<meta charset="windows-1252"><p>“quoted”</p>'.encode("cp1252")
    text, charset = decode_body(raw, None)
    assert "“quoted”" in text and charset == "windows-1252"


def test_robots_txt_forbidding_a_path_is_obeyed(http_server: LocalServer) -> None:
    """A path robots.txt disallows is never requested; others are."""
    http_server.page(
        "/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    http_server.page("/private/story", "<p>secret</p>")
    http_server.page("/public/story", "<p>open</p>")
    with Fetcher(FAST) as fetcher:
        with pytest.raises(FetchError, match=r"robots\.txt"):
            fetcher.fetch(http_server.url("/private/story"))
        fetcher.fetch(http_server.url("/public/story"))
    assert http_server.hits["/private/story"] == 0
    assert http_server.hits["/robots.txt"] == 1


def test_private_addresses_are_refused_unless_allowed(http_server: LocalServer) -> None:
    """By default a URL on 127.0.0.1 is not fetched at all."""
    http_server.page("/a", "<p>x</p>")
    strict = FAST.model_copy(update={"allow_private": False})
    with Fetcher(strict) as fetcher, pytest.raises(FetchError, match="not a public"):
        fetcher.fetch(http_server.url("/a"))
    assert http_server.hits["/a"] == 0


def test_requests_to_one_host_are_spaced(http_server: LocalServer) -> None:
    """With a 0.3 s minimum delay, three requests to one host take at least 0.6 s."""
    http_server.page("/a", "<p>x</p>")
    settings = FAST.model_copy(update={"min_delay_seconds": 0.3})
    started = time.monotonic()
    with Fetcher(settings) as fetcher:
        for _ in range(3):
            fetcher.fetch(http_server.url("/a"))
    assert time.monotonic() - started >= 0.6


def test_robots_txt_waits_its_turn_like_any_request(http_server: LocalServer) -> None:
    """robots.txt counts for the per-host delay and limit: one request at a time, spaced.

    Three threads fetch three pages of one new site at once with one request allowed at a
    time and 0.4 s between starts; the server notes when each request began and ended.
    Each answer takes only 0.02 s, so a gap near 0.4 s can come from the delay alone, and
    the margin (0.25 s) absorbs a busy machine's late start of one request.
    """
    spans: list[tuple[str, float, float]] = []
    lock = threading.Lock()

    def slow(body: bytes, content_type: str) -> Route:
        def route(request: Request) -> tuple[int, dict[str, str], bytes]:
            start = time.monotonic()
            time.sleep(0.02)
            with lock:
                spans.append((request.path, start, time.monotonic()))
            return 200, {"Content-Type": content_type}, body

        return route

    http_server.routes["/robots.txt"] = slow(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    for n in range(3):
        http_server.routes[f"/p{n}"] = slow(b"<p>page</p>", "text/html")
    settings = FAST.model_copy(update={"min_delay_seconds": 0.4, "per_host_concurrency": 1})
    with Fetcher(settings) as fetcher, ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(fetcher.fetch, [http_server.url(f"/p{n}") for n in range(3)]))
    spans.sort(key=lambda span: span[1])
    assert spans[0][0] == "/robots.txt"
    assert len(spans) == 4 and http_server.hits["/robots.txt"] == 1
    for (_, start, end), (_, next_start, _) in itertools.pairwise(spans):
        assert next_start >= end  # never two requests to the host at once
        assert next_start - start >= 0.25  # and each waits the minimum delay


@pytest.mark.parametrize(
    "content_type",
    ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml; charset=utf-8"],
)
def test_a_feed_is_fetched_whatever_xml_type_it_is_served_as(
    http_server: LocalServer, content_type: str
) -> None:
    """Feeds come as RSS, Atom or plain XML types: accepted for a feed, not for an article."""
    rss = b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'
    http_server.page("/rss", rss, content_type)
    with Fetcher(FAST) as fetcher:
        assert fetcher.fetch(http_server.url("/rss"), feed=True).raw == rss
        with pytest.raises(FetchError, match="not HTML or text"):
            fetcher.fetch(http_server.url("/rss"))
