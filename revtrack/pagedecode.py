"""From the bytes of a page or a text file to its text, or one sentence saying why not.

Whatever comes in (a file, standard input, a server's answer) is judged here before any
parser sees it: too large, empty, a known binary format (a PDF whose body is ASCII is
still a PDF), or text. Byte-order marks decide first, so UTF-16 and UTF-32 files are read
rather than mistaken for binary; a page's declared charset is believed only when the
bytes bear it out (a page that says UTF-16 in an ASCII meta tag is not UTF-16, as the
HTML standard says); and no zero character ever leaves this module, so none reaches a
parser or the store.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from revtrack.errors import InputError

MAX_INPUT_BYTES = 20 * 1024 * 1024
_SNIFF = 4096
_BINARY_CHECK = 8192

_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|p|div|meta)\b", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Formats recognised by their first bytes (after leading spaces for the text-like ones).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"%!PS", "a PostScript document"),
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a media file"),
    (b"OggS", "a media file"),
    (b"ID3", "an audio file"),
    (b"fLaC", "an audio file"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an office document"),
    (b"SQLite format 3", "an SQLite database"),
)


@dataclass(frozen=True)
class DecodedPage:
    """A page's text, whether it is HTML, and the encoding it was read in."""

    text: str
    html: bool
    encoding: str


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is in, in a few words, or None when it may be text."""
    head = data[:1024].lstrip()
    for signature, kind in _SIGNATURES:
        if data.startswith(signature) or head.startswith(signature):
            return kind
    if data[4:8] == b"ftyp":
        return "a media file"
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII characters betrays itself by a zero in every other byte."""
    sample = data[: _SNIFF - _SNIFF % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd >= 0.9 * len(odd) and zeros_even == 0:
        return "utf-16-le"
    if zeros_even >= 0.9 * len(even) and zeros_odd == 0:
        return "utf-16-be"
    return None


def is_html(data: bytes) -> bool:
    """Guess whether ``data`` (ASCII-compatible bytes) is an HTML page from its first kilobytes."""
    return bool(_HTML_SNIFF.search(data[:_SNIFF]))


def _wide(name: str) -> bool:
    return name.lower().replace("_", "-").startswith(("utf-16", "utf16", "utf-32", "utf32", "ucs"))


def _declared(data: bytes, charset: str | None) -> list[str]:
    """The charsets a page's bytes could be in, as declared, lies about width removed.

    A declaration of UTF-16 or UTF-32 in bytes without a byte-order mark and without zero
    bytes is false (the declaration itself was readable as ASCII), so UTF-8 stands in.
    """
    names: list[str] = []
    if charset:
        names.append(charset)
    meta = _META_CHARSET.search(data[:_SNIFF])
    if meta:
        names.append(meta.group(1).decode("ascii", "replace"))
    return ["utf-8" if _wide(n) else n for n in names]


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    # Windows-1252 is the web's default for unlabelled Western pages; when it reads the
    # bytes as cleanly as the best guess, it is the likelier one.
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.01:
            return str(match), "cp1252"
    return str(best), best.encoding


def decode_body(raw: bytes, header_charset: str | None) -> tuple[str, str | None]:
    """Decode a page: the header's charset, else the page's meta tag, else a guess.

    A declared charset that does not decode the bytes is ignored rather than trusted,
    since servers often send Latin-1 pages labelled UTF-8. Raises InputError when no
    encoding reads the bytes.
    """
    page = decode_page(raw, charset=header_charset, source="The page", html=True)
    return page.text, page.encoding


def decode_html(data: bytes, *, source: str = "<input>", charset: str | None = None) -> str:
    """Decode an HTML page: the given charset, then a meta charset, then UTF-8, then a guess."""
    return decode_page(data, source=source, charset=charset, html=True).text


def _check(data: bytes, source: str, limit: int) -> None:
    if len(data) > limit:
        raise InputError(
            f"{source} is larger than {limit // (1024 * 1024) or limit} "
            f"{'MiB' if limit >= 1024 * 1024 else 'bytes'}; "
            "give the article's page, not an archive or a media file."
        )
    if not data.strip():
        raise InputError(f"{source} is empty; give a file that holds the article's text or HTML.")


def decode_page(
    data: bytes,
    *,
    source: str = "<input>",
    charset: str | None = None,
    html: bool | None = None,
    limit: int = MAX_INPUT_BYTES,
) -> DecodedPage:
    """Judge and decode ``data``; ``html`` None means sniff whether it is HTML.

    Raises InputError naming ``source`` when the input is too large, empty, binary or in
    no encoding revtrack can read.
    """
    _check(data, source, limit)
    wide = _bom_encoding(data) or _utf16_without_bom(data)
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source} starts like {wide.upper()} text but is not valid {wide.upper()} "
                f"(byte {exc.start}); save it as UTF-8."
            ) from exc
        text = text.removeprefix("\ufeff")
        is_page = html if html is not None else is_html(text[:_SNIFF].encode("utf-8", "replace"))
        return _finish(text, is_page, wide, source)
    if b"\x00" in data[:_BINARY_CHECK]:
        raise InputError(f"{source} looks like a binary file; give an HTML page or a text file.")
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{source} is {kind}, not an HTML page or a text file.")
    is_page = html if html is not None else is_html(data)
    if is_page:
        for name in [*_declared(data, charset), "utf-8"]:
            try:
                return _finish(data.decode(name), True, name.lower(), source)
            except (UnicodeDecodeError, LookupError):
                continue
        guessed = _guess(data)
        if guessed is None:
            raise InputError(
                f"{source} is in no text encoding revtrack can recognise; save it as UTF-8."
            )
        return _finish(guessed[0], True, guessed[1], source)
    names = [charset] if charset and not _wide(charset) else []
    error: Exception | None = None
    for name in [*names, "utf-8-sig"]:
        try:
            return _finish(data.decode(name), False, name.lower(), source)
        except (UnicodeDecodeError, LookupError) as exc:
            error = exc
    start = error.start if isinstance(error, UnicodeDecodeError) else 0
    raise InputError(
        f"{source} is not valid UTF-8 (byte {start}); convert it to UTF-8 first, "
        "for example with iconv."
    )


def _finish(text: str, html: bool, encoding: str, source: str) -> DecodedPage:
    """No zero character leaves: dropped from HTML (as HTML parsers do), refused in text."""
    if "\x00" in text:
        if not html:
            at = text.index("\x00")
            raise InputError(
                f"{source} holds a zero byte (character {at}), so it is binary, not text; "
                "give an HTML page or a text file."
            )
        text = text.replace("\x00", "")
    if not text.strip():
        raise InputError(f"{source} is empty; give a file that holds the article's text or HTML.")
    return DecodedPage(text, html, encoding)
