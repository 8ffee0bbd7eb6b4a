"""Structured JSON logs: one object per line, carrying the request id and reason codes.

Log records never carry request bodies or tokens; callers pass only identifiers and codes
as `extra` fields, and the formatter keeps only the fields it knows.
"""

from __future__ import annotations

import json
import logging
import sys
import time

from confide.server import context

LOGGER_NAME = "confide"

# The `extra` fields a record may carry into the output. Anything else is dropped.
_FIELDS = (
    "event",
    "method",
    "route",
    "status",
    "duration_ms",
    "reason",
    "tenant_id",
    "key_id",
    "host",
    "port",
    "tls",
)


class JsonFormatter(logging.Formatter):
    """Formats a record as a single JSON object with a fixed set of safe fields."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        ctx = context.current()
        if ctx is not None:
            out["request_id"] = ctx.request_id
            if ctx.key_id and "key_id" not in record.__dict__:
                out["key_id"] = ctx.key_id
            if ctx.tenant_id and "tenant_id" not in record.__dict__:
                out["tenant_id"] = ctx.tenant_id
        for name in _FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                out[name] = value
        if record.exc_info and record.exc_info[0] is not None:
            # The exception type only: messages and tracebacks may quote request data.
            out["exc_type"] = record.exc_info[0].__name__
        return json.dumps(out, separators=(",", ":"), default=str)


def get_logger(name: str = "") -> logging.Logger:
    """A logger under the `confide` namespace."""
    return logging.getLogger(f"{LOGGER_NAME}.{name}" if name else LOGGER_NAME)


def configure_logging(level: str = "info", stream: object = None) -> None:
    """Send `confide` and uvicorn logs to one stream as JSON lines at `level`."""
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(JsonFormatter())
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    for name in (LOGGER_NAME, "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(numeric)
        logger.propagate = False
