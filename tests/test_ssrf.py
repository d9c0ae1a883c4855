"""A hostile site gets nothing: addresses judged at connect time, real connections.

The connection is always real (a server on 127.0.0.1 started by the test); only the
name resolution is a stub, so a test can play the DNS server that answers one address
to a first question and another to the second (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from revtrack.addresses import refusal
from revtrack.config import FetchSettings, Settings
from revtrack.errors import FetchError
from revtrack.fetch import Fetcher, RefusedURLError
from revtrack.store import GitStore
from revtrack.watch.run import run_pass
from revtrack.watch.state import WatchState
from tests._http_server import LocalServer, Request, http_server
from tests.conftest import Invoke

__all__ = ["http_server"]

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
STRICT = FetchSettings(timeout=1.0, min_delay_seconds=0, respect_robots=False)
OPEN = STRICT.model_copy(update={"allow_private": True})
PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    + "".join(
        f"<p>The harbour board approved the new quay, paragraph {n} of the report.</p>"
        for n in range(4)
    )
    + "</article></body></html>"
).encode()


class Resolver:
    """A stub DNS server: each name answers from its list, one answer per question."""

    def __init__(self, **answers: list[str]) -> None:
        self.answers = {name.replace("_", "-") + ".test": list(a) for name, a in answers.items()}
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        queue = self.answers[host]
        return [queue.pop(0) if len(queue) > 1 else queue[0]]


def _port(server: LocalServer) -> int:
    return int(server.base.rsplit(":", 1)[1])


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # shared address space (carrier-grade NAT, some metadata services)
        "0.0.0.0",
        "224.0.0.1",
        "255.255.255.255",
        "192.0.2.10",  # documentation
        "::1",
        "fe80::1",
        "fc00::1",
        "fec0::1",  # site-local
        "2002:7f00:1::1",  # 6to4 around 127.0.0.1
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "64:ff9b::a00:1",  # NAT64 around 10.0.0.1
        "2001:db8::1",
    ],
)
def test_every_address_that_is_not_global_is_refused(address: str) -> None:
    """The policy: only globally reachable addresses, by the standard library's notion."""
    assert refusal(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
def test_global_addresses_are_allowed(address: str) -> None:
    """Public addresses pass."""
    assert refusal(ipaddress.ip_address(address)) is None


def test_a_name_that_resolves_to_loopback_is_refused_before_any_byte_is_sent(
    http_server: LocalServer,
) -> None:
    """news.test answers 127.0.0.1: refused, and the server never sees a request."""
    http_server.page("/story", PAGE)
    resolve = Resolver(news=["127.0.0.1"])
    with (
        Fetcher(STRICT, resolve=resolve) as fetcher,
        pytest.raises(RefusedURLError, match=r"127\.0\.0\.1, a loopback address"),
    ):
        fetcher.fetch(f"http://news.test:{_port(http_server)}/story")
    assert http_server.hits["/story"] == 0


def test_dns_rebinding_does_not_reach_loopback(http_server: LocalServer) -> None:
    """A name answering a public address first and 127.0.0.1 second never reaches loopback.

    The name is resolved once per connection and the socket connected to that very
    address; the public address does not answer here, so the fetch fails, and the local
    server sees nothing. (Resolving again to connect would have fetched from 127.0.0.1.)
    """
    http_server.page("/story", PAGE)
    resolve = Resolver(rebind=["8.8.8.8", "127.0.0.1"])
    settings = STRICT.model_copy(update={"timeout": 0.5})
    with Fetcher(settings, resolve=resolve) as fetcher, pytest.raises(FetchError):
        fetcher.fetch(f"http://rebind.test:{_port(http_server)}/story")
    assert http_server.hits["/story"] == 0
    assert resolve.asked == ["rebind.test"]


def test_the_connection_goes_to_the_address_resolved_once(http_server: LocalServer) -> None:
    """With private addresses allowed, the page comes from the first answer, asked once.

    The second answer would be an address nothing listens on: the fetch working shows
    the connection used the one resolution it made.
    """
    http_server.page("/story", PAGE)
    resolve = Resolver(once=["127.0.0.1", "127.0.0.2"])
    with Fetcher(OPEN, resolve=resolve) as fetcher:
        page = fetcher.fetch(f"http://once.test:{_port(http_server)}/story")
    assert b"Harbour plan" in page.raw
    assert resolve.asked == ["once.test"]


def test_every_redirect_hop_is_resolved_and_judged_at_its_own_connection(
    http_server: LocalServer,
) -> None:
    """A redirect from one name to another resolves the second name when it connects.

    Each hop's connection goes through the same check: with private addresses allowed
    the two names are each asked once, in hop order; refused, the first hop never
    connects, so the second name is never even asked.
    """
    port = _port(http_server)
    http_server.routes["/out"] = lambda _r: (
        302,
        {"Location": f"http://inside.test:{port}/in"},
        b"",
    )
    http_server.page("/in", PAGE)
    resolve = Resolver(outside=["127.0.0.1"], inside=["127.0.0.1"])
    with Fetcher(OPEN, resolve=resolve) as fetcher:
        fetcher.fetch(f"http://outside.test:{port}/out")
    assert resolve.asked == ["outside.test", "inside.test"]
    assert http_server.hits["/in"] == 1
    resolve.asked.clear()
    with Fetcher(STRICT, resolve=resolve) as fetcher, pytest.raises(RefusedURLError):
        fetcher.fetch(f"http://outside.test:{port}/out")
    assert resolve.asked == ["outside.test"]
    assert http_server.hits["/out"] == 1 and http_server.hits["/in"] == 1


def test_a_refused_article_is_marked_once_and_no_longer_watched(
    http_server: LocalServer, store: GitStore, tmp_path: Path, invoke: Invoke
) -> None:
    """First pass: one failure saying why. Later passes: not asked, not failing; status says so."""
    port = _port(http_server)
    http_server.page("/story", PAGE)
    url = f"http://127.0.0.1:{port}/story"
    settings = Settings.model_validate(
        {
            "sources": {"articles": [url]},
            "fetch": {"timeout": 1, "min_delay_seconds": 0, "respect_robots": False},
        }
    )
    first = run_pass(settings, store, now=T0)
    assert first.exit_code == 1 and first.refused == [url]
    (message,) = [m for _u, m in first.failures]
    assert "not a public address" in message and "no longer watched" in message
    later = [run_pass(settings, store, now=T0 + timedelta(hours=h)) for h in (1, 2)]
    assert [r.exit_code for r in later] == [0, 0]
    assert [r.checked for r in later] == [0, 0]
    assert http_server.hits["/story"] == 0
    with WatchState(store.path) as state:
        assert list(state.refused_articles()) == [url]
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"store": str(store.path)}))
    shown = invoke("status", "--config", str(config)).stdout
    assert "Refused and no longer watched (not at a public address): 1." in shown
    assert url in shown


def test_a_host_failing_pass_after_pass_is_paused_then_tried_a_day_later(
    http_server: LocalServer, store: GitStore
) -> None:
    """A host answering 500 to everything is paused after a few passes, like a source."""
    calls: list[int] = []

    def broken(request: Request) -> tuple[int, dict[str, str], bytes]:
        calls.append(request.count)
        return 500, {}, b"down"

    http_server.routes["/a"] = broken
    port = _port(http_server)
    url = f"http://broken.test:{port}/a"
    settings = Settings.model_validate(
        {
            "sources": {"articles": [url], "pause_after_failures": 2},
            "schedule": {"tiers": [{"until_hours": 1000, "every_minutes": 0}]},
            "fetch": {"timeout": 1, "min_delay_seconds": 0, "allow_private": True},
        }
    )
    resolve = Resolver(broken=["127.0.0.1"])
    reports = [
        run_pass(settings, store, now=T0 + timedelta(minutes=m), resolve=resolve)
        for m in (0, 15, 30, 45)
    ]
    assert [r.checked for r in reports] == [1, 1, 0, 0]
    assert reports[1].paused_hosts == [f"broken.test:{port}"]
    with WatchState(store.path) as state:
        assert list(state.paused_hosts()) == [f"broken.test:{port}"]
    retried = run_pass(settings, store, now=T0 + timedelta(hours=25), resolve=resolve)
    assert retried.checked == 1
    assert len(calls) == 3


def test_a_lookup_that_hangs_ends_with_the_request_s_deadline() -> None:
    """A resolver that takes seconds to answer fails the item by the timeout, not after it."""
    released = threading.Event()

    def hanging(host: str, port: int) -> list[str]:
        released.wait(5)
        return ["127.0.0.1"]

    settings = OPEN.model_copy(update={"timeout": 0.3})
    started = time.monotonic()
    try:
        with Fetcher(settings, resolve=hanging) as fetcher, pytest.raises(FetchError):
            fetcher.fetch("http://slow-dns.test:9/story")
        assert time.monotonic() - started < 3
    finally:
        released.set()


def test_a_failed_lookup_still_fails_the_item_with_a_sentence() -> None:
    def failing(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    with (
        Fetcher(OPEN, resolve=failing) as fetcher,
        pytest.raises(FetchError, match="could not be fetched"),
    ):
        fetcher.fetch("http://nowhere.test:9/story")
