"""Which network addresses revtrack may connect to: global ones only.

A feed or a redirect may point at any host name, and a name may resolve to the machine
revtrack runs on, its local network or a cloud metadata service. The rule is the
standard library's notion of a globally reachable address (``ipaddress``'s
``is_global``), with the ranges it still calls global on older Pythons although they are
not (6to4 ``2002::/16`` and the deprecated site-local ``fec0::/10``, which can reach
private IPv4 networks or local sites), multicast refused too, and the IPv4 address inside
an IPv4-mapped or NAT64 IPv6 address judged as that IPv4 address.
"""

from __future__ import annotations

import ipaddress

_NOT_GLOBAL = tuple(
    ipaddress.ip_network(n)
    for n in (
        "2002::/16",  # 6to4: carries an IPv4 address, private ones included
        "fec0::/10",  # site-local, deprecated but still routed on some networks
        "3fff::/20",  # documentation (RFC 9637)
        "5f00::/16",  # SRv6 segment identifiers
        "100::/64",  # discard-only
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_address(text: str) -> IPAddress | None:
    """The IP address ``text`` spells (an IPv6 zone is ignored), or None for a name."""
    try:
        return ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


def refusal(address: IPAddress) -> str | None:
    """Why ``address`` must not be connected to, in a few words; None when it is global."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return refusal(address.ipv4_mapped)
        if address in _NAT64:
            return refusal(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if any(address in network for network in _NOT_GLOBAL):
            return "a special-purpose address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_unspecified:
        return "the unspecified address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "not a globally reachable address"
    return None


def is_public(text: str) -> bool:
    """True when ``text`` is an IP address revtrack may connect to."""
    address = parse_address(text)
    return address is not None and refusal(address) is None
