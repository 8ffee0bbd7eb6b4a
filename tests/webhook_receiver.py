"""A local webhook receiver for tests: verifies each request's signature, records it."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from confide.webhooks import HEADER_ID, verify_signature


class Receiver:
    """A local HTTP server that verifies each request's signature and counts deliveries."""

    def __init__(self) -> None:
        self.secret: bytes | None = None
        self.statuses: list[int] = []  # answered in order; the last one repeats; default 200
        self.delay_s = 0.0
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                headers = {k: v for k, v in self.headers.items()}
                with receiver.lock:
                    secret = receiver.secret
                    n = len(receiver.requests)
                    status = (receiver.statuses[min(n, len(receiver.statuses) - 1)]
                              if receiver.statuses else 200)
                    receiver.requests.append({
                        "path": self.path, "headers": headers, "body": body,
                        "verified": secret is not None
                        and verify_signature(secret, headers, body)})
                if receiver.delay_s:
                    time.sleep(receiver.delay_s)
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", "/elsewhere")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def ids(self) -> Counter[str]:
        with self.lock:
            return Counter(r["headers"][HEADER_ID] for r in self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def events(self) -> list[dict[str, Any]]:
        """The JSON envelopes received, in order."""
        with self.lock:
            return [json.loads(r["body"]) for r in self.requests]
