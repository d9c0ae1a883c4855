"""Full-size attacks, with memory and time measured: the slow half of the fault suite.

Each fetch runs in a child process so its peak memory (``ru_maxrss``) is its own; the
server is the usual real one on 127.0.0.1. Run by ``make test-all`` (CI).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator

import pytest

from tests._http_server import RAW, LocalServer, http_server

__all__ = ["http_server"]

pytestmark = pytest.mark.slow

_CHILD = """
import json, resource, sys, time
from revtrack.config import FetchSettings
from revtrack.errors import FetchError
from revtrack.fetch import Fetcher
settings = FetchSettings(timeout=float(sys.argv[2]), min_delay_seconds=0, allow_private=True)
started = time.monotonic()
try:
    with Fetcher(settings) as fetcher:
        fetcher.fetch(sys.argv[1])
    outcome = "stored"
except FetchError as exc:
    outcome = str(exc)
def peak_mb():
    # The peak of this process's own memory. ru_maxrss is carried over exec on Linux, so it
    # would report the test runner's size at fork time; VmHWM belongs to this image alone.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"outcome": outcome, "seconds": time.monotonic() - started,
                  "max_rss_mb": peak_mb()}))
"""


def _fetch_in_child(url: str, timeout: float = 20) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, url, str(timeout)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "Traceback" not in done.stderr
    return dict(json.loads(done.stdout))


def _gigabyte_bomb() -> Iterator[bytes]:
    """A gzip stream of 4 GB of zeros, compressed as it is sent (about 4 MB on the wire)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * 4_000_000
    for _ in range(1000):
        yield packer.compress(block)
    yield packer.flush()


def test_a_four_gigabyte_gzip_bomb_costs_the_limit_not_the_bomb(http_server: LocalServer) -> None:
    """The bomb inflates to 4 GB; the fetch stops at the 10 MB limit, in well under 300 MB."""
    http_server.routes["/bomb"] = lambda _r: (
        200,
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        _gigabyte_bomb(),
    )
    result = _fetch_in_child(http_server.url("/bomb"))
    assert "byte limit once inflated" in str(result["outcome"])
    assert float(str(result["max_rss_mb"])) < 300


def test_headers_at_a_byte_a_second_end_by_the_request_deadline(http_server: LocalServer) -> None:
    """A server dripping its headers (and robots.txt) a byte a second costs one deadline each."""

    def drip() -> Iterator[bytes]:
        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" * 10:
            time.sleep(1)
            yield bytes([byte])

    http_server.routes["/robots.txt"] = lambda _r: (RAW, {}, drip())
    http_server.routes["/slow"] = lambda _r: (RAW, {}, drip())
    result = _fetch_in_child(http_server.url("/slow"), timeout=3)
    assert "within 3 seconds" in str(result["outcome"])
    assert float(str(result["seconds"])) < 3 * 2 + 2  # robots.txt's deadline, then the page's


def test_an_endless_body_stops_at_the_limit_in_bounded_memory(http_server: LocalServer) -> None:
    """A body that never ends is cut at the limit; memory stays near the limit."""

    def endless() -> Iterator[bytes]:
        block = b"<p>" + b"x" * 65_000 + b"</p>"
        while True:
            yield block

    http_server.routes["/endless"] = lambda _r: (200, {"Content-Type": "text/html"}, endless())
    result = _fetch_in_child(http_server.url("/endless"))
    assert "byte limit" in str(result["outcome"])
    assert float(str(result["max_rss_mb"])) < 300
