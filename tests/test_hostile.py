"""Fault injection: a hostile server, and one watching pass that must come through whole.

Every case runs one real pass (the CLI, in-process) over a store that already holds a
version of the victim article, against a real server on 127.0.0.1 that misbehaves in
one way: a hostile link in the feed, a hostile redirect, a Retry-After of every form, a
body that resets, drips, never ends or inflates to gigabytes, a binary or mislabelled
body, a hostile feed or robots.txt. Each asserts what a user would see: no traceback,
each failure on one line of its own, the right exit code, the healthy articles of the
same pass stored, and the stored version of the victim untouched.

Limits are small (two seconds per request, 200 kB per body) so the suite stays fast;
the memory and time bounds on full-size attacks are measured in ``test_hostile_slow.py``.
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from revtrack.models import Document
from revtrack.store import GitStore
from revtrack.store.paths import article_path, normalise_url
from revtrack.watch.state import WatchState
from tests._http_server import RAW, LocalServer, Reply, Request, http_server
from tests.conftest import Invoke

__all__ = ["http_server"]

LIMIT = 200_000
TIMEOUT = 2.0


def html(title: str, sentence: str) -> bytes:
    paragraphs = "".join(
        f"<p>{sentence} This is paragraph {n} of the report, with enough words to keep.</p>"
        for n in range(1, 5)
    )
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


GOOD = html("Harbour plan", "The harbour board approved the new quay on Tuesday.")
VICTIM = html("Council vote", "The council voted to delay the budget by a week.")
VICTIM_TEXT = "The stored text of the council story, as it was first kept."


def ok(body: bytes = GOOD, content_type: str = "text/html; charset=utf-8") -> Reply:
    return 200, {"Content-Type": content_type}, body


def rss(*links: str) -> bytes:
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()


def bomb(size: int, wbits: int = 16 + zlib.MAX_WBITS) -> bytes:
    """``size`` zero bytes compressed, built a megabyte at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = b"\0" * 1_000_000
    out = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join([*out, packer.flush()])


def drip(data: bytes, pause: float) -> Iterator[bytes]:
    for byte in data:
        time.sleep(pause)
        yield bytes([byte])


def endless() -> Iterator[bytes]:
    block = b"<p>" + b"x" * 65_000 + b"</p>"
    while True:
        yield block


def chunked(blocks: Iterator[bytes]) -> Iterator[bytes]:
    yield b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    for block in blocks:
        yield b"%x\r\n%s\r\n" % (len(block), block)


def reset_mid_body(_r: Request) -> Reply:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
    return RAW, {}, [head, VICTIM[:200]]


@dataclass(frozen=True)
class Case:
    """One hostile behaviour: the victim's route, or the feed's, and the exit code."""

    victim: Callable[[Request], Reply] | None = None
    feed: Callable[[LocalServer], Callable[[Request], Reply]] | None = None
    robots: Callable[[Request], Reply] | None = None
    code: int = 1
    said: str = ""


def victim_answers(reply: Reply) -> Callable[[Request], Reply]:
    return lambda _r: reply


def redirect(location: str) -> Callable[[Request], Reply]:
    return lambda _r: (302, {"Location": location}, b"")


def slow_down(status: int, retry_after: str | None) -> Callable[[Request], Reply]:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return lambda _r: (status, headers, b"")


def feed_with(link: str) -> Callable[[LocalServer], Callable[[Request], Reply]]:
    def build(server: LocalServer) -> Callable[[Request], Reply]:
        body = rss(link, server.url("/from-feed"))
        return lambda _r: (200, {"Content-Type": "application/rss+xml"}, body)

    return build


def feed_body(
    reply: Callable[[LocalServer], Reply],
) -> Callable[[LocalServer], Callable[[Request], Reply]]:
    return lambda server: lambda _r: reply(server)


GZIP_BOMB = bomb(50_000_000)
DEFLATE_BOMB = bomb(50_000_000, zlib.MAX_WBITS)
RAW_DEFLATE_BOMB = bomb(50_000_000, -zlib.MAX_WBITS)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<rss version="2.0"><channel><title>&x;</title><item><title>&x;</title>'
    b"<link>/from-feed</link><description>&x;</description></item></channel></rss>"
)
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i > 1 else b"&a;") * 10)
        for i in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>&a9;</title>'
    b"<item><title>&a9;</title><link>/from-feed</link></item></channel></rss>"
)

CASES: dict[str, Case] = {
    # Hostile links in a feed: each one that feed entry's failure, the rest read.
    "feed-bad-ipv6": Case(feed=feed_with("http://[oops/x"), said="IPv6"),
    "feed-bad-ipv6-unclosed": Case(feed=feed_with("http://[::1/x")),
    "feed-javascript": Case(feed=feed_with("javascript:alert(1)"), said="javascript"),
    "feed-file": Case(feed=feed_with("file:///etc/passwd"), said="scheme is file"),
    "feed-ftp": Case(feed=feed_with("ftp://example.com/a")),
    "feed-data": Case(feed=feed_with("data:text/html,&lt;b&gt;x")),
    "feed-space-in-host": Case(feed=feed_with("http://exa mple.com/a")),
    "feed-escape-in-host": Case(feed=feed_with("http://\x1b[31mred.example/x"), said="\\x1b"),
    "feed-escape-in-path": Case(feed=feed_with("/story\x1b]52;c;aGk=\x07"), said="\\x1b]52"),
    "feed-bidi-override": Case(feed=feed_with("http://example.com/\u202egnp.exe"), said="\\u202e"),
    "feed-port-too-big": Case(feed=feed_with("http://example.com:99999/x")),
    "feed-port-not-a-number": Case(feed=feed_with("http://example.com:abc/x")),
    "feed-credentials": Case(feed=feed_with("http://user:pw@example.com/x"), said="password"),
    "feed-label-too-long": Case(feed=feed_with(f"http://{'a' * 70}.example.com/")),
    "feed-url-too-long": Case(feed=feed_with("http://example.com/" + "a" * 5000)),
    "feed-bad-punycode": Case(feed=feed_with("http://xn--a.xn--/x")),
    "feed-no-host": Case(feed=feed_with("http:///path-only")),
    # A link with spaces around it is a good link, read as browsers read it.
    "feed-link-with-spaces": Case(feed=feed_with("\n   /from-feed?x=1   \n"), code=0),
    # Hostile redirects of the victim.
    "redirect-bad-ipv6": Case(victim=redirect("http://[oops/"), said="IPv6"),
    "redirect-javascript": Case(victim=redirect("javascript:alert(1)"), said="redirect"),
    "redirect-file": Case(victim=redirect("file:///etc/passwd")),
    "redirect-ftp": Case(victim=redirect("ftp://example.com/")),
    "redirect-data": Case(victim=redirect("data:text/html,x")),
    # The HTTP parser itself refuses a header holding control characters.
    "redirect-escapes": Case(victim=redirect("/x\x1b[2J\x1b]0;pwned\x07")),
    "redirect-to-itself": Case(victim=redirect("/victim"), said="loop"),
    "redirect-loop-of-two": Case(victim=redirect("/loop-b"), said="loop"),
    "redirect-chain-too-long": Case(victim=redirect("/chain/1"), said="more than"),
    "redirect-nowhere": Case(victim=lambda _r: (302, {}, b""), said="without saying"),
    "redirect-closed-port": Case(victim=redirect("http://127.0.0.1:1/")),
    # Slow down: every form of Retry-After, none of them blocking the host.
    "429-retry-99999": Case(victim=slow_down(429, "99999"), said="max_retry_after"),
    "429-retry-3600": Case(victim=slow_down(429, "3600")),
    "429-retry-400-nines": Case(victim=slow_down(429, "9" * 400)),
    "503-retry-year-9999": Case(victim=slow_down(503, "Fri, 31 Dec 9999 23:59:59 GMT")),
    "503-retry-in-the-past": Case(victim=slow_down(503, "Thu, 01 Jan 1970 00:00:00 GMT")),
    "429-retry-negative": Case(victim=slow_down(429, "-5")),
    "429-retry-fraction": Case(victim=slow_down(429, "1.5")),
    "429-retry-words": Case(victim=slow_down(429, "soon, we promise")),
    "429-retry-empty": Case(victim=slow_down(429, "")),
    "429-no-retry-after": Case(victim=slow_down(429, None)),
    "503-retry-bad-date": Case(victim=slow_down(503, "Mon, 99 Foo 2026 99:99:99 GMT")),
    "503-retry-huge-date": Case(victim=slow_down(503, "Fri, 31 Dec 99999999 23:59:59 GMT")),
    "429-then-answer": Case(
        victim=lambda r: (429, {"Retry-After": "0"}, b"") if r.count == 1 else ok(VICTIM),
        code=0,
    ),
    "500-server-error": Case(victim=lambda _r: (500, {}, b"oops")),
    # Bodies that reset, drip, never end, or inflate.
    "reset-mid-body": Case(victim=reset_mid_body),
    "slow-body": Case(
        victim=lambda _r: (200, {"Content-Type": "text/html"}, drip(VICTIM, 0.05)),
        said="within",
    ),
    "slow-headers": Case(
        victim=lambda _r: (RAW, {}, drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", 0.05)),
    ),
    "endless-chunked": Case(victim=lambda _r: (RAW, {}, chunked(endless())), said="byte limit"),
    "endless-unframed": Case(victim=lambda _r: (200, {"Content-Type": "text/html"}, endless())),
    "gzip-bomb": Case(
        victim=lambda _r: (
            200,
            {"Content-Type": "text/html", "Content-Encoding": "gzip"},
            GZIP_BOMB,
        ),
        said="inflated",
    ),
    "deflate-bomb": Case(
        victim=victim_answers(
            (200, {"Content-Type": "text/html", "Content-Encoding": "deflate"}, DEFLATE_BOMB)
        )
    ),
    "raw-deflate-bomb": Case(
        victim=victim_answers(
            (200, {"Content-Type": "text/html", "Content-Encoding": "deflate"}, RAW_DEFLATE_BOMB)
        )
    ),
    "double-gzip-bomb": Case(
        victim=victim_answers(
            (
                200,
                {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"},
                gzip.compress(GZIP_BOMB),
            )
        )
    ),
    "unknown-encoding": Case(
        victim=victim_answers((200, {"Content-Encoding": "br"}, b"\x1b\x00")), said="'br'"
    ),
    "gzip-that-is-not": Case(
        victim=victim_answers((200, {"Content-Encoding": "gzip"}, b"plain text, not gzip"))
    ),
    "declared-too-large": Case(
        victim=lambda _r: (
            RAW,
            {},
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 99999999999\r\n\r\n",
        ),
        said="byte limit",
    ),
    "content-length-5000-digits": Case(
        victim=lambda _r: (
            RAW,
            {},
            b"HTTP/1.1 200 OK\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n",
        )
    ),
    "not-http-at-all": Case(victim=lambda _r: (RAW, {}, b"\x00\xff garbage\r\n\r\n")),
    "huge-header": Case(
        victim=lambda _r: (RAW, {}, b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n")
    ),
    "png-as-html": Case(victim=victim_answers(ok(b"\x89PNG\r\n\x1a\n" + b"\x00" * 500))),
    "pdf-as-html": Case(victim=victim_answers(ok(b"%PDF-1.4\n1 0 obj << >> endobj\n" * 20))),
    "image-type": Case(victim=victim_answers(ok(b"GIF89a...", "image/gif")), said="image/gif"),
    "nul-bytes-early": Case(victim=victim_answers(ok(b"<html>\x00\x00\x00" + VICTIM))),
    "empty-body": Case(victim=victim_answers(ok(b""))),
    "whitespace-body": Case(victim=victim_answers(ok(b" \n\t " * 100))),
    "utf16-declared-ascii-body": Case(
        victim=victim_answers(ok(VICTIM.replace(b"<head>", b'<head><meta charset="utf-16">'))),
        code=0,
    ),
    "unknown-charset": Case(
        victim=victim_answers(ok(VICTIM, "text/html; charset=x-no-such-charset")), code=0
    ),
    "header-with-control-characters": Case(
        victim=lambda _r: (
            RAW,
            {},
            b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nETag: "a\x01b"\r\n'
            b"Last-Modified: Fri, 31 Dec 99999 99:00:00 GMT\r\nContent-Length: %d\r\n\r\n%s"
            % (len(VICTIM), VICTIM),
        ),
        code=0,
    ),
    # Hostile feeds: the source fails or is read safely; the articles still go through.
    "feed-huge": Case(
        feed=feed_body(lambda _s: (200, {"Content-Type": "application/rss+xml"}, endless())),
        said="byte limit",
    ),
    "feed-xxe": Case(
        feed=feed_body(lambda _s: (200, {"Content-Type": "application/rss+xml"}, XXE)), code=0
    ),
    "feed-billion-laughs": Case(
        feed=feed_body(lambda _s: (200, {"Content-Type": "application/rss+xml"}, LAUGHS)), code=0
    ),
    "feed-gzip-bomb": Case(
        feed=feed_body(
            lambda _s: (
                200,
                {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"},
                GZIP_BOMB,
            )
        )
    ),
    "feed-binary": Case(
        feed=feed_body(lambda _s: (200, {"Content-Type": "application/rss+xml"}, b"\x89PNG\0\0"))
    ),
    "feed-body-is-a-url": Case(
        feed=feed_body(lambda s: (200, {"Content-Type": "text/xml"}, s.url("/canary").encode())),
        code=0,
    ),
    # Hostile robots.txt: read within its bounds, or ignored; the articles go through.
    "robots-endless": Case(
        robots=lambda _r: (200, {"Content-Type": "text/plain"}, endless()), code=0
    ),
    "robots-slow": Case(
        robots=lambda _r: (200, {"Content-Type": "text/plain"}, drip(b"User-agent: *\n" * 9, 0.05)),
        code=0,
    ),
    "robots-gzip-bomb": Case(
        robots=victim_answers(
            (200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}, GZIP_BOMB)
        ),
        code=0,
    ),
    "robots-wildcards": Case(
        robots=victim_answers(
            (
                200,
                {"Content-Type": "text/plain"},
                b"User-agent: *\nDisallow: /*a*a*a*a*a*a*a*a*a*a*a*b\n",
            )
        ),
        code=0,
    ),
    "robots-binary": Case(robots=victim_answers((200, {}, b"\x00\xff" * 5000)), code=0),
}


def _setup(server: LocalServer, store: GitStore, tmp_path: Path, case: Case) -> Path:
    victim = server.url("/victim")
    store.put(Document(text=VICTIM_TEXT, url=victim), at=_now())
    server.routes["/victim"] = case.victim or (lambda _r: ok(VICTIM))
    server.page("/fresh", GOOD)
    server.page("/from-feed", html("From the feed", "A story listed in the feed today."))
    server.routes["/loop-b"] = lambda _r: (302, {"Location": "/victim"}, b"")
    for n in range(1, 12):
        server.routes[f"/chain/{n}"] = lambda _r, n=n: (302, {"Location": f"/chain/{n + 1}"}, b"")
    if case.robots is not None:
        server.routes["/robots.txt"] = case.robots
    sources: dict[str, object] = {"articles": [victim, server.url("/fresh")]}
    if case.feed is not None:
        server.routes["/feed"] = case.feed(server)
        sources["feeds"] = [server.url("/feed")]
    config = tmp_path / "config.yaml"
    settings = {
        "store": str(store.path),
        "sources": sources,
        "schedule": {"max_fetches": 10},
        "fetch": {
            "timeout": TIMEOUT,
            "max_bytes": LIMIT,
            "min_delay_seconds": 0,
            "max_retry_after": 0.2,
            "allow_private": True,
        },
    }
    config.write_text(yaml.safe_dump(settings))
    return config


def _now() -> object:
    from datetime import UTC, datetime

    return datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _versions(store: GitStore, url: str) -> list[str]:
    article = article_path(normalise_url(url))
    return [store.read(v).text for v in store.versions(article)]


@pytest.mark.parametrize("name", list(CASES))
def test_one_hostile_item_fails_alone(
    name: str, http_server: LocalServer, store: GitStore, tmp_path: Path, invoke: Invoke
) -> None:
    """The pass comes through: no traceback, right exit code, the healthy items stored."""
    case = CASES[name]
    config = _setup(http_server, store, tmp_path, case)
    result = invoke("snapshot", "--config", str(config), code=case.code)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.splitlines()
    assert all(line.startswith(("Error: ", "Warning: ")) for line in lines), lines
    assert not any(c in result.stderr for c in "\x1b\x07\u202e\x00"), "raw control characters"
    assert (len(lines) > 0) == (case.code != 0)
    if case.said:
        assert case.said in result.stderr
    # The healthy articles of the same pass are stored.
    assert len(_versions(store, http_server.url("/fresh"))) == 1
    if case.feed is not None and case.code == 0 and name != "feed-body-is-a-url":
        assert len(_versions(store, http_server.url("/from-feed"))) >= 1
    # Nothing stored is lost: the victim's first version is still there, as it was.
    victim = _versions(store, http_server.url("/victim"))
    assert victim[0] == VICTIM_TEXT
    assert http_server.hits["/canary"] == 0


def test_the_suite_holds_at_least_fifty_hostile_cases() -> None:
    """The issue asked for at least fifty distinct hostile behaviours."""
    assert len(CASES) >= 50


def test_a_hostile_feed_link_is_shown_escaped_and_the_pass_goes_on(
    http_server: LocalServer, store: GitStore, tmp_path: Path, invoke: Invoke
) -> None:
    """The failure names the link with its escape sequence spelled out, on one line."""
    config = _setup(http_server, store, tmp_path, CASES["feed-escape-in-path"])
    result = invoke("snapshot", "--config", str(config), code=1)
    (line,) = [line for line in result.stderr.splitlines() if "feed entry link" in line]
    assert "/story\\x1b]52;c;aGk=\\x07" in line
    assert line.endswith("it is skipped.")


def test_a_long_retry_after_does_not_hold_up_the_hosts_other_articles(
    http_server: LocalServer, store: GitStore, tmp_path: Path, invoke: Invoke
) -> None:
    """One article's Retry-After of a day fails it at once; five more of the host are stored."""
    config = _setup(http_server, store, tmp_path, CASES["429-retry-99999"])
    data = yaml.safe_load(config.read_text())
    for n in range(5):
        http_server.page(f"/more/{n}", html(f"Story {n}", f"Story number {n} of the day."))
        data["sources"]["articles"].append(http_server.url(f"/more/{n}"))
    config.write_text(yaml.safe_dump(data))
    started = time.monotonic()
    invoke("snapshot", "--config", str(config), code=1)
    assert time.monotonic() - started < 30  # not 99999 s, nor five times a timeout
    for n in range(5):
        assert len(_versions(store, http_server.url(f"/more/{n}"))) == 1
    assert http_server.hits["/victim"] == 1  # asked once, not again


def test_a_host_that_never_answers_is_given_up_within_the_pass(
    http_server: LocalServer, store: GitStore, tmp_path: Path, invoke: Invoke
) -> None:
    """Ten articles of a hanging host cost three timeouts, not ten."""
    config = _setup(http_server, store, tmp_path, Case())
    data = yaml.safe_load(config.read_text())
    data["fetch"]["per_host_concurrency"] = 1
    data["schedule"]["max_fetches"] = 20
    for n in range(10):
        http_server.routes[f"/hang/{n}"] = lambda _r: (
            200,
            {"Content-Type": "text/html"},
            drip(VICTIM, 0.2),
        )
        # Another name for the same server: another host, whose failures are its own.
        hanging = http_server.url(f"/hang/{n}").replace("127.0.0.1", "localhost")
        data["sources"]["articles"].append(hanging)
    config.write_text(yaml.safe_dump(data))
    result = invoke("snapshot", "--config", str(config), code=1)
    asked = sum(http_server.hits[f"/hang/{n}"] for n in range(10))
    assert asked == 3
    assert result.stderr.count("not asked again") == 7
    assert len(_versions(store, http_server.url("/fresh"))) == 1


def test_a_pass_stops_at_its_time_budget_and_says_so(
    http_server: LocalServer, store: GitStore, tmp_path: Path, invoke: Invoke
) -> None:
    """Past the pass's budget nothing more is asked; those articles are tried next run."""
    config = _setup(http_server, store, tmp_path, Case())
    data = yaml.safe_load(config.read_text())
    data["fetch"].update(per_host_concurrency=1, concurrency=1, pass_budget_seconds=1.0)
    data["schedule"]["max_fetches"] = 20
    for n in range(8):
        http_server.routes[f"/slowish/{n}"] = lambda _r: (
            time.sleep(0.3) or 200,
            {"Content-Type": "text/html"},
            GOOD,
        )
        data["sources"]["articles"].append(http_server.url(f"/slowish/{n}"))
    config.write_text(yaml.safe_dump(data))
    started = time.monotonic()
    result = invoke("snapshot", "--config", str(config), code=1)
    assert time.monotonic() - started < 15
    assert "time budget" in result.stderr
    with WatchState(store.path) as state:
        assert state.last_run() is not None


def test_the_canary_helper_counts(http_server: LocalServer) -> None:
    """The canary route the feed-body case relies on really counts hits (404 or not)."""
    import httpx

    httpx.get(http_server.url("/canary"))
    assert http_server.hits["/canary"] == 1
