"""The outer request layer: request ids, the body-size limit, metrics and the access log."""

from __future__ import annotations

import time

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from confide.server import context
from confide.server.errors import BodyTooLarge, envelope
from confide.server.logging import get_logger
from confide.server.metrics import Metrics

_log = get_logger("server.access")


def route_label(scope: Scope) -> str:
    """The route template that served the request (bounded cardinality), or `unmatched`."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"


class RequestMiddleware:
    """Tags each request with an id, enforces the body limit while streaming, and records it.

    The limit is checked twice: against Content-Length before the app runs, and against the
    bytes actually received, so a chunked or lying client is cut off at the limit too.
    """

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, metrics: Metrics,
                 larger_limits: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.metrics = metrics
        self.larger_limits = dict(larger_limits or {})  # path prefix -> its own limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        request_id = context.request_id_from(headers.get("x-request-id"))
        token = context.begin(request_id)
        started_at = time.perf_counter()
        status = 500
        response_started = False

        async def send_tagged(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                MutableHeaders(scope=message)["x-request-id"] = request_id
            await send(message)

        path = str(scope.get("path", ""))
        limit = next((n for prefix, n in self.larger_limits.items() if path.startswith(prefix)),
                     self.max_body_bytes)
        received = 0

        async def receive_limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        try:
            declared = _content_length(headers)
            if declared is not None and declared > limit:
                await _refuse(BodyTooLarge(limit), scope, receive, send_tagged)
                return
            try:
                await self.app(scope, receive_limited, send_tagged)
            except BodyTooLarge as exc:
                if response_started:
                    raise
                await _refuse(exc, scope, receive, send_tagged)
        finally:
            elapsed = time.perf_counter() - started_at
            route = route_label(scope)
            method = scope.get("method", "")
            self.metrics.observe(route, method, status, elapsed)
            ctx = context.current()
            _log.info(
                "request",
                extra={
                    "event": "http.request",
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 3),
                    "reason": ctx.reason if ctx else None,
                },
            )
            context.end(token)


def _content_length(headers: Headers) -> int | None:
    raw = headers.get("content-length")
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        return None


async def _refuse(exc: BodyTooLarge, scope: Scope, receive: Receive, send: Send) -> None:
    ctx = context.current()
    if ctx is not None:
        ctx.reason = exc.reason
    response = envelope(exc.status_code, exc.code, exc.message, {"connection": "close"})
    await response(scope, receive, send)
