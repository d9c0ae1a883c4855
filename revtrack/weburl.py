"""The one gate every URL from outside passes before anything uses it.

Feed entries, section-page links, redirect targets (``Location``), a page's canonical
link and the URLs given on the command line or in the config all come from someone
else, and any of them may be malformed (``http://[oops/``), of another scheme
(``javascript:``), carry terminal escapes, or be built to make a parser raise. Each is
checked here once, with the same rules the HTTP client applies, so a URL that passes
can be fetched without the client raising on it, and one that does not becomes the
failure of its own item in one sentence, shown with its control characters escaped.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from urllib.parse import urljoin, urlsplit, urlunsplit

from revtrack.errors import ItemError

MAX_URL_CHARS = 4096
_SCHEMES = frozenset({"http", "https"})
# What the URL standard removes wherever it appears: tab and line breaks.
_REMOVED = str.maketrans("", "", "\t\n\r")
_SHOWN_CHARS = 160


class BadURLError(ItemError):
    """A URL from outside that revtrack will not fetch: malformed, or not http(s)."""


def show_url(text: str, limit: int = _SHOWN_CHARS) -> str:
    """``text`` made safe to print: control and format characters escaped, length capped.

    Escaping (rather than dropping) keeps what was wrong with a URL visible to whoever
    reads the error, without letting it move their cursor or rewrite their terminal.
    """
    out: list[str] = []
    for char in text[: limit + 1]:
        if unicodedata.category(char) in {"Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"}:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    shown = "".join(out)
    if len(text) > limit:
        shown = shown[: limit * 2] + "…"
    return shown


def _problem(url: str) -> str | None:
    """Why ``url`` (absolute, tabs and line breaks removed) cannot be fetched, or None."""
    if len(url) > MAX_URL_CHARS:
        return f"longer than {MAX_URL_CHARS} characters"
    if any(unicodedata.category(c) in {"Cc", "Cs"} for c in url):
        return "it holds control characters"
    if any(unicodedata.category(c) == "Cf" for c in url):
        return "it holds invisible formatting characters"
    if " " in url.split("#", 1)[0].split("://", 1)[0]:
        return "it has a space in its scheme"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"malformed: {exc}"
    if parts.scheme.lower() not in _SCHEMES:
        return f"its scheme is {parts.scheme or 'missing'}, not http or https"
    host = parts.hostname
    if not host:
        return "it names no host"
    if parts.username is not None or parts.password is not None:
        return "it carries a user name or password"
    if port == 0:
        return "its port is 0"
    if "[" in parts.netloc:
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return "its IPv6 address is malformed"
        return _client_problem(url)
    if any(c in host for c in " %<>\\^`{|}\"'"):
        return "its host name holds characters no host name has"
    try:
        ascii_host = host.rstrip(".").encode("idna").decode("ascii")
    except UnicodeError:
        return "its host name is not a valid domain name"
    labels = ascii_host.split(".")
    if len(ascii_host) > 253 or any(not label or len(label) > 63 for label in labels):
        return "its host name is not a valid domain name"
    return _client_problem(url)


def _client_problem(url: str) -> str | None:
    # The HTTP client's own parser has the last word: what it refuses is refused here,
    # so it never raises later, in the middle of a fetch.
    import httpx

    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
        return f"malformed: {exc}"
    if not parsed.host:
        return "it names no host"
    return None


def check_url(raw: object, *, base: str | None = None, what: str = "URL") -> str:
    """Give ``raw`` (joined to ``base`` when relative) as a URL safe to fetch, or raise.

    Raises BadURLError, one sentence naming ``what`` the URL was and showing it
    escaped. Leading and trailing spaces are dropped and tabs and line breaks removed,
    as browsers do; nothing else is repaired.
    """
    if not isinstance(raw, str):
        raise BadURLError(f"The {what} is not text ({type(raw).__name__}); it is skipped.")
    cleaned = raw.strip(" \t\n\r\f\v").translate(_REMOVED)
    if not cleaned:
        raise BadURLError(f"The {what} is empty; it is skipped.")
    absolute = cleaned
    if base is not None and len(cleaned) <= MAX_URL_CHARS:
        try:
            absolute = urljoin(base, cleaned)
        except ValueError:
            absolute = cleaned
    problem = _problem(absolute)
    if problem is not None:
        raise BadURLError(
            f"The {what} {show_url(cleaned)} is not a web address revtrack can fetch "
            f"({problem}); it is skipped."
        )
    parts = urlsplit(absolute)
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path, parts.query, ""))


def is_web_url(raw: object, *, base: str | None = None) -> bool:
    """True when ``check_url`` would accept ``raw``."""
    try:
        check_url(raw, base=base)
    except BadURLError:
        return False
    return True
