"""Where tenant-configured destinations may point: not into the platform's own network.

LLM endpoints, webhook callbacks and HTTP tools are URLs a tenant's admin writes into a
persona. Before each request the host is resolved and every address it resolves to is
checked: link-local (cloud metadata), loopback, private, shared, multicast, reserved and
unspecified addresses are refused unless `CONFIDE_EGRESS_ALLOW` names them (comma-separated
networks such as `10.20.0.0/16`, addresses, or host names such as `vllm.internal`). Read at
each check, so an operator can change it without a restart of this module's users.
Residual risk: the HTTP client resolves the name again when it connects (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from functools import lru_cache
from urllib.parse import urlsplit

ENV = "CONFIDE_EGRESS_ALLOW"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class EgressRefused(ValueError):
    """The destination is inside the platform's network (the message names no address)."""

    code = "egress.refused"


@lru_cache(maxsize=16)
def _allowed(spec: str) -> tuple[tuple[Network, ...], frozenset[str]]:
    nets: list[Network] = []
    hosts: set[str] = set()
    for item in (x.strip() for x in spec.split(",")):
        if not item:
            continue
        try:
            nets.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            hosts.add(item.lower().rstrip("."))
    return tuple(nets), frozenset(hosts)


def internal(ip: IPAddress) -> bool:
    """True for an address no tenant destination may reach by default."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
            or ip.is_reserved or ip.is_unspecified
            or ip in ipaddress.ip_network("100.64.0.0/10"))


def check(url: str) -> None:
    """Raise EgressRefused when `url`'s host resolves to an address it may not reach."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise EgressRefused("the destination has no host")
    nets, hosts = _allowed(os.environ.get(ENV, ""))
    if host in hosts:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise EgressRefused("the destination's host does not resolve") from None
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if internal(ip) and not any(ip in n for n in nets):
            raise EgressRefused(f"the destination resolves into the platform's network; "
                                f"allow it with {ENV} if it is meant to")
