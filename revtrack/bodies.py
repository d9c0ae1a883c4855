"""Reading a response body within its limit, compressed bytes and inflated bytes alike.

A body a few kilobytes long on the wire can inflate to gigabytes (a compression bomb),
and the HTTP client inflates each chunk whole before anyone can count it. So revtrack
asks only for the encodings it can inflate step by step (gzip, deflate), reads the raw
stream itself and inflates it here in pieces of at most ``PIECE`` bytes, counting both
what arrives and what it inflates to, and stops the moment either passes the limit.
Memory stays at the limit plus one piece whatever the server sends.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator

import httpx

from revtrack.errors import FetchError

PIECE = 64 * 1024
ACCEPT_ENCODING = "gzip, deflate"
_MAX_LAYERS = 2
_DIGITS = re.compile(r"[0-9]{1,18}")


def header_int(value: str | None) -> int | None:
    """A header's non-negative integer value (Content-Length and the like), or None.

    Only plain ASCII digits, at most 18 of them: anything else is not trusted, and
    nothing a server writes can make the conversion raise or grow without bound.
    """
    if value is None:
        return None
    value = value.strip()
    return int(value) if _DIGITS.fullmatch(value) else None


class _Inflater:
    """One content coding, inflated in bounded pieces."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._wbits = 16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS
        self._inflate = zlib.decompressobj(self._wbits)
        self._started = False

    def _pieces(self, data: bytes) -> Iterator[bytes]:
        while data:
            piece = self._inflate.decompress(data, PIECE)
            if piece:
                yield piece
            data = self._inflate.unconsumed_tail
            if self._inflate.eof:
                rest = self._inflate.unused_data
                if not rest.strip(b"\0") or self.coding != "gzip":
                    return
                # Concatenated gzip members are one body.
                self._inflate = zlib.decompressobj(self._wbits)
                data = rest + data

    def pipe(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            if not self._started and chunk and self.coding == "deflate":
                self._started = True
                # "deflate" is zlib-wrapped by the standard and raw by some servers.
                try:
                    zlib.decompressobj(zlib.MAX_WBITS).decompress(chunk[:64], 1)
                except zlib.error:
                    self._wbits = -zlib.MAX_WBITS
                    self._inflate = zlib.decompressobj(self._wbits)
            yield from self._pieces(chunk)
        tail = self._inflate.flush(PIECE)
        if tail:
            yield tail


def _codings(header: str) -> list[str] | str:
    """The codings to undo, outermost first, or the name of one revtrack cannot undo."""
    names = [n.strip().lower() for n in header.split(",") if n.strip()]
    codings: list[str] = []
    for name in names:
        if name == "identity":
            continue
        if name in ("gzip", "x-gzip"):
            codings.append("gzip")
        elif name == "deflate":
            codings.append("deflate")
        else:
            return name[:40]
    if len(codings) > _MAX_LAYERS:
        return "more than two layers of compression"
    return list(reversed(codings))


def read_body(response: httpx.Response, *, limit: int, shown: str, truncate: bool = False) -> bytes:
    """The decoded body of ``response``, at most ``limit`` bytes.

    Over the limit (on the wire or inflated) is a FetchError naming ``shown``, or, with
    ``truncate``, the first ``limit`` bytes (robots.txt: what lies past the limit is
    ignored, as search engines do).
    """
    declared = header_int(response.headers.get("Content-Length"))
    if declared is not None and declared > limit and not truncate:
        raise FetchError(f"The page {shown} is larger than the {limit} byte limit.")
    codings = _codings(response.headers.get("Content-Encoding", ""))
    if isinstance(codings, str):
        raise FetchError(
            f"The page {shown} is compressed as {codings!r}, which revtrack does not read."
        )
    wire = 0
    over = False

    def raw() -> Iterator[bytes]:
        nonlocal wire, over
        for chunk in response.iter_raw(PIECE):
            wire += len(chunk)
            if wire > limit:
                over = True
                return
            yield chunk

    stream: Iterable[bytes] = raw()
    for coding in codings:
        stream = _Inflater(coding).pipe(stream)
    pieces: list[bytes] = []
    size = 0
    try:
        for piece in stream:
            size += len(piece)
            if size > limit:
                over = True
                pieces.append(piece[: len(piece) - (size - limit)])
                break
            pieces.append(piece)
            if over:
                break
    except zlib.error as exc:
        raise FetchError(
            f"The page {shown} is not validly compressed ({exc}); it is tried again next run."
        ) from None
    if over and not truncate:
        raise FetchError(
            f"The page {shown} is larger than the {limit} byte limit"
            f"{' once inflated' if codings else ''}; it is not stored."
        )
    return b"".join(pieces)
