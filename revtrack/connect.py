"""Connections that go only where the address policy allows, and end by one deadline.

Checking a host name's addresses before a request and letting the HTTP client resolve
the name again to connect leaves a gap a hostile DNS server walks through (it answers a
public address to the check and 127.0.0.1 to the connection). So the name is resolved
here, once per connection, every address is judged by ``revtrack.addresses``, the
socket is connected to the address that was judged, and its peer is checked again once
connected; the client (httpx, through httpcore's network-backend seam) never resolves a
name itself. Every redirect hop and robots.txt go through the same path.

The same seam bounds time: httpx's timeouts apply to each read, so a server sending a
byte a second keeps a request alive for ever. Each read, write and connect here is cut
to what is left of the deadline of the request in progress on this thread
(``request_deadline``), headers and body alike.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

from revtrack.addresses import parse_address, refusal

Resolve = Callable[[str, int], list[str]]

_local = threading.local()


class RefusedAddressError(Exception):
    """A connection to an address that is not global was refused."""

    def __init__(self, host: str, address: str, reason: str) -> None:
        super().__init__(f"{host} is at {address}, {reason}")
        self.host = host
        self.address = address
        self.reason = reason


def system_resolve(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for ``host``, in its order, once each."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for info in infos:
        seen.setdefault(str(info[4][0]), None)
    return list(seen)


def _bounded(resolve: Resolve, host: str, port: int, timeout: float | None) -> list[str]:
    """``resolve(host, port)``, given up when the request's time is spent.

    The system resolver takes no timeout of its own and can hang for the resolver's whole
    retry schedule, so the lookup runs in a daemon thread that is waited for only as long
    as the deadline (or ``timeout``) allows; a lookup that outlives it is abandoned, and
    its answer, when it comes, is dropped.
    """
    limit = _left(timeout, httpcore.ConnectTimeout)
    if limit is None:
        return resolve(host, port)
    done = threading.Event()
    result: list[list[str]] = []
    failure: list[BaseException] = []

    def lookup() -> None:
        try:
            result.append(resolve(host, port))
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=lookup, name=f"resolve {host}", daemon=True).start()
    if not done.wait(limit):
        raise httpcore.ConnectTimeout(f"looking up {host} took longer than the request may")
    if failure:
        raise failure[0]
    return result[0]


@contextmanager
def request_deadline(at: float) -> Iterator[None]:
    """Make every network wait on this thread end by ``at`` (``time.monotonic()``)."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = at if previous is None else min(at, previous)
    try:
        yield
    finally:
        _local.deadline = previous


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            self._sock.settimeout(_left(timeout, httpcore.ReadTimeout))
            return self._sock.recv(max_bytes)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ReadError(str(exc)) from exc

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            while buffer:
                self._sock.settimeout(_left(timeout, httpcore.WriteTimeout))
                sent = self._sock.send(buffer)
                buffer = buffer[sent:]
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    def close(self) -> None:
        self._sock.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        try:
            self._sock.settimeout(_left(timeout, httpcore.ConnectTimeout))
            wrapped = ssl_context.wrap_socket(self._sock, server_hostname=server_hostname)
        except TimeoutError as exc:
            self.close()
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            self.close()
            raise httpcore.ConnectError(str(exc)) from exc
        return _Stream(wrapped)

    def get_extra_info(self, info: str) -> Any:
        if info == "ssl_object" and isinstance(self._sock, ssl.SSLSocket):
            return self._sock._sslobj  # type: ignore[attr-defined]
        if info == "server_addr":
            return self._sock.getpeername()
        if info == "client_addr":
            return self._sock.getsockname()
        if info == "socket":
            return self._sock
        if info == "is_readable":
            # An idle pooled connection with something to read has been closed by the
            # server (or sent what it should not have): either way it is not reused.
            try:
                self._sock.setblocking(False)
                self._sock.recv(1, socket.MSG_PEEK)
            except BlockingIOError:
                return False
            except OSError:
                return True
            finally:
                self._sock.setblocking(True)
            return True
        return None


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's network backend with the address policy and the deadline applied."""

    def __init__(self, *, resolve: Resolve = system_resolve, allow_private: bool = False) -> None:
        self._resolve = resolve
        self._allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        literal = parse_address(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                addresses = _bounded(self._resolve, host, port, timeout)
            except (OSError, UnicodeError) as exc:
                raise httpcore.ConnectError(f"{host} does not resolve ({exc})") from exc
            if not addresses:
                raise httpcore.ConnectError(f"{host} does not resolve")
        if not self._allow_private:
            for text in addresses:
                address = parse_address(text)
                reason = "not an IP address" if address is None else refusal(address)
                if reason is not None:
                    raise RefusedAddressError(host, text, reason)
        last: Exception | None = None
        for text in addresses:
            try:
                sock = self._connect(text, port, timeout)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            self._check_peer(host, sock)
            return _Stream(sock)
        raise last or httpcore.ConnectError(f"{host} has no address to connect to")

    def _connect(self, text: str, port: int, timeout: float | None) -> socket.socket:
        family = socket.AF_INET6 if ":" in text else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(_left(timeout, httpcore.ConnectTimeout))
            sock.connect((text, port))
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except TimeoutError as exc:
            sock.close()
            raise httpcore.ConnectTimeout(f"connecting to {text} timed out") from exc
        except OSError as exc:
            sock.close()
            raise httpcore.ConnectError(f"connecting to {text} failed ({exc})") from exc
        except BaseException:
            sock.close()
            raise
        return sock

    def _check_peer(self, host: str, sock: socket.socket) -> None:
        if self._allow_private:
            return
        peer = str(sock.getpeername()[0])
        address = parse_address(peer)
        reason = "not an IP address" if address is None else refusal(address)
        if reason is not None:
            sock.close()
            raise RefusedAddressError(host, peer, reason)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


# Where a redirect's Location is handed on. httpx parses a Location itself (to offer
# the next request) even when it follows no redirects, and raises on a malformed one
# before revtrack could judge it; under another name it is revtrack's to check.
LOCATION = "X-Revtrack-Location"


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport, its connection pool built on ``GuardedBackend``.

    It hands a response's ``Location`` on as ``LOCATION``, for ``revtrack.weburl``.
    """

    def __init__(self, backend: GuardedBackend, *, retries: int = 0) -> None:
        super().__init__(trust_env=False, retries=retries)
        ssl_context = httpx.create_ssl_context(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=backend,
            retries=retries,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if "Location" in response.headers:
            location = response.headers.get_list("Location")[0]
            del response.headers["Location"]
            response.headers[LOCATION] = location
        return response
