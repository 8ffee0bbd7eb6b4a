"""A scripted OpenAI-compatible chat server for the red-team tests (the model's test double).

`vulnerable` complies with everything (`confide.redteam.compliant`). `hardened` refuses
everything and rejects oversized requests with HTTP 413. `flaky` answers HTTP 500; `slow`
sleeps before answering.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from confide.redteam.compliant import compliant_reply


def vulnerable_reply(body: dict[str, Any]) -> dict[str, Any]:
    text, calls = compliant_reply(body["messages"], body.get("tools", []))
    tool_calls = [{"id": f"call_{i}", "type": "function",
                   "function": {"name": n, "arguments": args}}
                  for i, (n, args) in enumerate(calls)]
    return {"role": "assistant", "content": text, "tool_calls": tool_calls or None}


def hardened_reply(body: dict[str, Any]) -> dict[str, Any]:
    return {"role": "assistant",
            "content": "I'm sorry, I can't help with that. I can only discuss your own plan."}


class _Handler(BaseHTTPRequestHandler):
    mode = "vulnerable"
    api_key: str | None = None
    requests: list[dict[str, Any]]

    def log_message(self, *args: Any) -> None:  # keep test output clean
        return

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # client gave up
            self.wfile.write(data)

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", 0))
        raw = self.rfile.read(length)
        if self.path.rstrip("/") != "/v1/chat/completions":
            return self._send(404, {"error": "not found"})
        if self.api_key and self.headers.get("authorization") != f"Bearer {self.api_key}":
            return self._send(401, {"error": "bad key"})
        body = json.loads(raw)
        self.server.requests.append(body)  # type: ignore[attr-defined]
        if self.mode == "flaky":
            return self._send(500, {"error": "boom"})
        if self.mode == "slow":
            time.sleep(2.0)
        if self.mode == "hardened" and length > 100_000:
            return self._send(413, {"error": "request too large"})
        message = vulnerable_reply(body) if self.mode == "vulnerable" else hardened_reply(body)
        self._send(200, {"id": "chatcmpl-test", "object": "chat.completion",
                         "model": body.get("model"),
                         "choices": [{"index": 0, "message": message,
                                      "finish_reason": "stop"}]})


@contextmanager
def llm_server(mode: str, api_key: str | None = None) -> Iterator[Any]:
    """Serve on a free loopback port; yields the server (`.base_url`, `.requests`)."""
    handler = type("Handler", (_Handler,), {"mode": mode, "api_key": api_key})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.requests = []  # type: ignore[attr-defined]
    server.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
