"""Shared test helpers: tool declarations and a signature-checking HTTP receiver."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from confide.tools.spec import ToolSpec, load_tools
from confide.webhooks import verify_signature


def tool(**over: Any) -> ToolSpec:
    """A write tool `book` (date, note) run by `tests.tools.plugins:echo`, with overrides."""
    base: dict[str, Any] = {
        "name": "book",
        "description": "Book an appointment.",
        "effect": "write",
        "parameters": {"type": "object",
                       "properties": {"date": {"type": "string"},
                                      "note": {"type": "string"}},
                       "required": ["date"], "additionalProperties": False},
        "executor": {"type": "python", "entry_point": "tests.tools.plugins:echo"},
    }
    base.update(over)
    return load_tools([base])[0]


class Receiver:
    """A local HTTP server that checks Confide signatures and counts idempotency keys."""

    def __init__(self) -> None:
        self.secret: bytes | None = None
        self.status = 200
        self.delay_s = 0.0
        self.reply = b'{"ok": true}'
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {k: v for k, v in self.headers.items()}
                verified = (outer.secret is not None
                            and verify_signature(outer.secret, headers, body))
                with outer._lock:
                    outer.requests.append({"headers": {k.lower(): v for k, v in
                                                       headers.items()},
                                           "body": json.loads(body), "verified": verified,
                                           "path": self.path})
                if outer.delay_s:
                    time.sleep(outer.delay_s)
                self.send_response(outer.status)
                if 300 <= outer.status < 400:
                    self.send_header("Location", "/elsewhere")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(outer.reply)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the client gave up (timeouts, caps)
                    self.wfile.write(outer.reply)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tool"

    def keys(self) -> Counter[str]:
        """How many requests each idempotency key got."""
        with self._lock:
            return Counter(r["headers"].get("idempotency-key", "") for r in self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    try:
        yield r
    finally:
        r.close()
