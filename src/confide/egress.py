"""Where tenant-configured destinations may point: not into the platform's own network.

LLM endpoints, webhook callbacks and HTTP tools are URLs a tenant's admin writes into a
persona. Before each request the host is resolved and every address it resolves to is
checked: link-local (cloud metadata), loopback, private, shared, multicast, reserved and
unspecified addresses are refused unless `CONFIDE_EGRESS_ALLOW` names them (comma-separated
networks such as `10.20.0.0/16`, addresses, or host names such as `vllm.internal`). Read at
each check, so an operator can change it without a restart of this module's users.

`check(url)` answers early with a clear error; `transport()` is the HTTP transport the
clients use, which resolves each host once per connection and connects only to an address
that passed the check, so a name that resolves elsewhere by the time of the connection (DNS
rebinding) cannot reach the platform's network.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

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
    addresses(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80))


def addresses(host: str, port: int) -> list[str] | None:
    """The addresses `host` resolves to, all of which the policy allows (None: the host is
    allowed by name and resolved as usual). Raises EgressRefused otherwise."""
    host = host.lower().rstrip(".").strip("[]")
    if not host:
        raise EgressRefused("the destination has no host")
    nets, hosts = _allowed(os.environ.get(ENV, ""))
    if host in hosts:
        return None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise EgressRefused("the destination's host does not resolve") from None
    found: list[str] = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if internal(ip) and not any(ip in n for n in nets):
            raise EgressRefused(f"the destination resolves into the platform's network; "
                                f"allow it with {ENV} if it is meant to")
        if str(ip) not in found:
            found.append(str(ip))
    return found


class _CheckedBackend(httpcore.NetworkBackend):
    """Connects only to addresses `addresses()` allows, from one resolution per connection
    (TLS still verifies the host name: httpcore sends it as SNI)."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        try:
            ips = addresses(host, port)
        except EgressRefused as exc:
            raise httpcore.ConnectError(str(exc)) from None
        if ips is None:
            return self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        error: Exception = httpcore.ConnectError("the destination has no address")
        for ip in ips:
            try:
                return self._inner.connect_tcp(ip, port, timeout, local_address,
                                               socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None
                            ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not a tenant destination")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def transport() -> httpx.HTTPTransport:
    """An HTTP transport that enforces the policy at connection time (see module doc)."""
    t = httpx.HTTPTransport()
    # httpx builds its httpcore pool without a way to pass a network backend; the pool keeps
    # it here (tests/foundation/test_egress.py fails if that ever changes).
    t._pool._network_backend = _CheckedBackend()  # type: ignore[attr-defined]
    return t
