"""Per-request context shared by the middleware, the auth dependency and the log formatter."""

from __future__ import annotations

import contextvars
import re
import uuid
from dataclasses import dataclass

# Only opaque ids (UUIDs, hex) are taken from the caller: a free-form id could carry PII
# (an SSN-shaped string) into every log line.
# A UUID, or 16-64 hex digits; at least one hex letter, so no card or phone number passes.
_REQUEST_ID_RE = re.compile(
    r"^(?=.*[A-Fa-f])(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
    r"[0-9A-Fa-f]{12}|[0-9A-Fa-f]{16,64})$")


@dataclass
class RequestContext:
    """What is known about the request being served; safe to log (no bodies, no tokens)."""

    request_id: str
    tenant_id: str | None = None
    key_id: str | None = None
    reason: str | None = None


_current: contextvars.ContextVar[RequestContext | None] = contextvars.ContextVar(
    "confide_request", default=None
)


def current() -> RequestContext | None:
    """The context of the request being served, or None outside a request."""
    return _current.get()


def begin(request_id: str) -> contextvars.Token[RequestContext | None]:
    """Start a request context; pass the token to `end`."""
    return _current.set(RequestContext(request_id=request_id))


def end(token: contextvars.Token[RequestContext | None]) -> None:
    """Leave the request context."""
    _current.reset(token)


def request_id_from(header: str | None) -> str:
    """The caller's request id when it is an opaque hex/UUID token, else a fresh one."""
    if header and _REQUEST_ID_RE.match(header):
        return header
    return uuid.uuid4().hex
