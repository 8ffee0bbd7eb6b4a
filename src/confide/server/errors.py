"""The error envelope: every error leaves the server as `{"error": {"code", "message"}}`.

Messages name what went wrong (a field, a scope) but never echo a request value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from confide.server import context
from confide.server.logging import get_logger

_log = get_logger("server.errors")

# Codes for plain HTTP statuses raised by the framework (routing, method, body limit).
_STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(StarletteHTTPException):
    """An error with a stable machine code and a message safe to show the caller."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
        *,
        reason: str | None = None,
    ) -> None:
        super().__init__(status_code=status, detail=message, headers=dict(headers or {}))
        self.code = code
        self.message = message
        self.reason = reason


class BodyTooLarge(ApiError):
    """The request body exceeds the configured limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            413,
            "body_too_large",
            f"request body exceeds {limit} bytes",
            reason="request.body_too_large",
        )


def envelope(status: int, code: str, message: str, headers: Mapping[str, str] | None = None):
    """The JSON response for one error."""
    return JSONResponse(
        {"error": {"code": code, "message": message}},
        status_code=status,
        headers=dict(headers or {}),
    )


def _field_path(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    path = ".".join(parts) if parts else "body"
    return path[:80]


def validation_message(errors: Sequence[Mapping[str, Any]]) -> str:
    """One line naming each invalid field and what is wrong, without the submitted values."""
    items: list[str] = []
    for err in errors[:5]:
        field = _field_path(err.get("loc", ()))
        kind = str(err.get("type", ""))
        msg = str(err.get("msg", "invalid value"))
        raw = err.get("input")
        if kind in ("value_error", "assertion_error") or (
            isinstance(raw, str | int | float) and str(raw) and str(raw) in msg
        ):
            msg = "invalid value"
        if kind == "json_invalid":
            field, msg = "body", "malformed JSON"
        items.append(f"{field}: {msg}")
    more = len(errors) - len(items)
    if more > 0:
        items.append(f"and {more} more")
    return "; ".join(items)


async def _on_api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    ctx = context.current()
    if ctx is not None and exc.reason and not ctx.reason:
        ctx.reason = exc.reason
    return envelope(exc.status_code, exc.code, exc.message, exc.headers)


async def _on_http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    code = _STATUS_CODES.get(status, "error")
    try:
        message = HTTPStatus(status).phrase.lower()
    except ValueError:
        message = "error"
    return envelope(status, code, message, exc.headers)


async def _on_validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    ctx = context.current()
    if ctx is not None and not ctx.reason:
        ctx.reason = "request.invalid"
    return envelope(422, "validation_error", validation_message(exc.errors()))


async def _on_unexpected(_: Request, exc: Exception) -> JSONResponse:
    _log.error(
        "unhandled error",
        exc_info=(type(exc), exc, None),
        extra={"event": "http.error", "reason": "internal_error"},
    )
    return envelope(500, "internal_error", "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    """Make every error the app raises leave as the JSON envelope."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(Exception, _on_unexpected)
