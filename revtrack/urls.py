"""Article identity from URLs, and which URLs revtrack may fetch at all.

One story must be one article: the same page reached through a newsletter link, a
social share or a plain link differs only in tracking parameters, letter case of the
host, a default port or a fragment, so those are dropped. Query parameters that pick
the content (``?id=123``) are kept, sorted so their order does not split a story.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mtm_", "pk_")
_TRACKING_NAMES = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_ga",
        "_gl",
        "ref_src",
        "cmpid",
        "ocid",
        "smid",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SCHEMES = frozenset(_DEFAULT_PORTS)


def is_tracking_parameter(name: str) -> bool:
    """Tell apart parameters that only say where a reader came from."""
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Give the one spelling of ``url`` under which its article is stored.

    URLs that are not http or https are returned stripped but otherwise unchanged,
    since there is nothing safe to normalise in them.
    """
    try:
        parts = urlsplit(url.strip())
        hostname = parts.hostname
    except ValueError:  # an unclosed IPv6 bracket and the like: nothing to normalise
        return url.strip()
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES or not hostname:
        return url.strip()
    host = hostname.lower().rstrip(".")
    if not host:  # a host of dots only ("http://./x"): no site to name
        return url.strip()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    # Credentials are never part of an identity, so they are left out.
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_parameter(name)
    )
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def same_site(a: str, b: str) -> bool:
    """Tell whether two URLs are on one site (hosts equal but for a leading www.)."""

    def host(url: str) -> str:
        name = (urlsplit(url).hostname or "").lower()
        return name.removeprefix("www.")

    return bool(host(a)) and host(a) == host(b)


def _refused_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def is_allowed_url(url: str, *, allow_private: bool = False) -> bool:
    """Decide whether a URL that came from a feed or a page may be fetched.

    Only http and https are ever fetched. Unless ``allow_private`` is set, a host that
    is or resolves to a loopback, private or link-local address is refused, so a hostile
    feed cannot point revtrack at the machine it runs on or its local network. A host
    that does not resolve is refused too: there is nothing to fetch.
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in _SCHEMES or not parts.hostname:
        return False
    if allow_private:
        return True
    host = parts.hostname
    try:
        return not _refused_address(host)
    except ValueError:
        pass  # a name, not an address literal
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    addresses = {str(info[4][0]) for info in infos}
    return bool(addresses) and not any(_refused_address(a) for a in addresses)
