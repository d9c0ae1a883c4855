"""A real HTTP server on 127.0.0.1 for the fetch and watch tests.

Each test registers routes: a path and a function of the request that gives the
status, headers and body (bytes, or an iterator of chunks streamed as they come).
Counters per path let a page change between requests. A route answering status
``RAW`` (0) writes its body chunks to the socket as they are, status line and headers
included, so a test can send what no well-behaved server would.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Request:
    """What a route sees of one request."""

    path: str
    headers: dict[str, str]
    count: int


Reply = tuple[int, dict[str, str], bytes | Iterable[bytes]]
RAW = 0
Route = Callable[[Request], Reply]


@dataclass
class LocalServer:
    """The running server: its base URL, its routes and what it was asked."""

    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    log: list[Request] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        """Give the full URL of a path on this server."""
        return self.base + path

    def page(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        **headers: str,
    ) -> None:
        """Serve one fixed page."""
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = lambda _r: (200, {"Content-Type": content_type, **headers}, data)


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            path = self.path
            server.hits[path] += 1
            request = Request(
                path, {k.lower(): v for k, v in self.headers.items()}, server.hits[path]
            )
            server.log.append(request)
            route = server.routes.get(path)
            if route is None:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
            else:
                status, headers, body = route(request)
            if status == RAW:
                try:
                    for chunk in [body] if isinstance(body, bytes) else body:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            try:
                if isinstance(body, bytes):
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for chunk in body:
                        self.wfile.write(chunk)
                    self.close_connection = True
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

    return Handler


def chunks(total: int, size: int = 65536) -> Iterator[bytes]:
    """Stream ``total`` bytes of HTML-ish filler without holding them in memory."""
    block = b"<p>" + b"x" * (size - 7) + b"</p>\n"
    sent = 0
    while sent < total:
        yield block
        sent += len(block)


class _QuietServer(ThreadingHTTPServer):
    """Keeps its handler errors instead of printing them.

    A client that drops a connection (a timeout, a body cut short) makes the handler
    raise; the standard server prints that traceback to ``sys.stderr``, which, while a
    command runs in-process under the CLI runner, is the command's own captured stderr,
    and would make a test of "prints nothing" fail at random.
    """

    state: LocalServer

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        self.state.errors.append(repr(sys.exc_info()[1]))


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """Start a server on 127.0.0.1 for one test and stop it afterwards."""
    state = LocalServer(base="")
    httpd = _QuietServer(("127.0.0.1", 0), _handler(state))
    httpd.state = state
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
