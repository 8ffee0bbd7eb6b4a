"""Running the app under uvicorn, with the rules on where it may listen."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from confide.services import Services


class ServeRefused(Exception):
    """The server will not start as asked; the message says why and what to do."""


@dataclass(frozen=True)
class Listen:
    """Where and how the server listens."""

    host: str = "127.0.0.1"
    port: int = 8000
    tls_cert: Path | None = None
    tls_key: Path | None = None
    insecure: bool = False

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None


def is_loopback(host: str) -> bool:
    """True for `localhost` and loopback addresses; any other name or address is not."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_listen(listen: Listen) -> None:
    """Raise `ServeRefused` unless `listen` is allowed: plaintext only on loopback, unless
    `--insecure`; TLS needs both a readable certificate and key."""
    if (listen.tls_cert is None) != (listen.tls_key is None):
        raise ServeRefused("TLS needs both --tls-cert and --tls-key")
    for flag, path in (("--tls-cert", listen.tls_cert), ("--tls-key", listen.tls_key)):
        if path is not None and not path.is_file():
            raise ServeRefused(f"{flag} {path}: no such file")
    if not listen.tls and not listen.insecure and not is_loopback(listen.host):
        raise ServeRefused(
            f"refusing to listen on {listen.host} without TLS: pass --tls-cert and --tls-key, "
            "or --insecure to accept plaintext traffic on the network"
        )


def serve(services: Services, listen: Listen, *, log_level: str = "info") -> None:
    """Serve the API until interrupted. Call `check_listen` first."""
    import uvicorn

    from confide.server.app import create_app
    from confide.server.logging import configure_logging, get_logger

    configure_logging(log_level)
    app = create_app(services)
    get_logger("server").info(
        "starting",
        extra={
            "event": "server.start",
            "host": listen.host,
            "port": listen.port,
            "tls": listen.tls,
        },
    )
    uvicorn.run(
        app,
        host=listen.host,
        port=listen.port,
        ssl_certfile=str(listen.tls_cert) if listen.tls_cert else None,
        ssl_keyfile=str(listen.tls_key) if listen.tls_key else None,
        log_config=None,
        log_level=log_level.lower(),
        access_log=False,
        server_header=False,
        proxy_headers=False,
    )
