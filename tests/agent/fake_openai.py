"""A scriptable OpenAI-compatible chat-completions server for tests.

`FakeOpenAI` is a small Starlette app run by uvicorn in a background thread on a free
127.0.0.1 port. It answers `POST /v1/chat/completions` (plain JSON or, with `stream: true`,
server-sent `chat.completion.chunk` events ending in `data: [DONE]`) and `GET /v1/models`.
Answers come from two queues: one for ordinary calls, one for objective-evaluator calls
(recognised by `EVALUATOR_MARKER` in a system message). An empty queue answers with
`default_text` (ordinary) or `{"completed": []}` (evaluator). Guardrail-judge calls
(`JUDGE_MARKER`) get `judge_answer` ("NO" unless a test sets it). Every request is recorded.

    def test_something(fake_openai: FakeOpenAI) -> None:
        fake_openai.error(500)                       # first call: HTTP 500
        fake_openai.reply("Hello", tool_calls=[("lookup", '{"id": 7}')])
        fake_openai.evaluate([{"objective": "collect_name", "variables": {"name": "Ann"}}])
        ...  # point a client at fake_openai.base_url ("http://127.0.0.1:<port>/v1")
        assert fake_openai.chat_requests[-1].headers["authorization"] == "Bearer k"

Fixtures: `fake_openai_server` (session scope, the running server) and `fake_openai`
(function scope, the same server with its queues and request log cleared).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from confide.agent.llm.openai_backend import EVALUATOR_MARKER, JUDGE_MARKER

#: A tool call to answer with: a `FakeToolCall`, `(name, arguments)` or
#: `{"name": ..., "arguments": ..., "id": ...}`.
ToolCallSpec = Any


@dataclass(frozen=True, slots=True)
class FakeToolCall:
    """A tool call the fake model proposes (`arguments` is JSON text)."""

    name: str
    arguments: str = "{}"
    id: str | None = None


@dataclass(slots=True)
class Scripted:
    """One scripted answer. `body` (raw bytes/text) overrides everything but status/headers."""

    text: str = ""
    tool_calls: tuple[FakeToolCall, ...] = ()
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | str | None = None
    content_type: str = "application/json"
    delay_s: float = 0.0
    cut_stream: bool = False
    usage: dict[str, int] | None = None
    model: str | None = None


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """A request the server received. `headers` have lower-case names; `body` is the parsed
    JSON (None if it was not JSON); `kind` is `chat`, `evaluator` or `other`."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    kind: str

    @property
    def stream(self) -> bool:
        return isinstance(self.body, dict) and self.body.get("stream") is True

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []


def _tool_call(spec: ToolCallSpec) -> FakeToolCall:
    if isinstance(spec, FakeToolCall):
        return spec
    if isinstance(spec, Mapping):
        return FakeToolCall(name=spec["name"], arguments=spec.get("arguments", "{}"),
                            id=spec.get("id"))
    name, arguments = spec
    return FakeToolCall(name=name, arguments=arguments)


def _words(text: str) -> int:
    return len(text.split())


class FakeOpenAI:
    """The scriptable server (start it with `start()` or as a context manager)."""

    def __init__(self, *, model: str = "fake-model",
                 default_text: str = "Hello from the fake model.") -> None:
        self.model = model
        self.default_text = default_text
        self._lock = threading.Lock()
        self._chat: deque[Scripted] = deque()
        self._evaluator: deque[Scripted] = deque()
        self.judge_answer = "NO"  # what guardrail-judge calls get (they use no queue)
        self._requests: list[RecordedRequest] = []
        self._ids = itertools.count(1)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self.port = 0
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self._completions, methods=["POST"]),
            Route("/v1/models", self._models, methods=["GET"]),
        ])

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The OpenAI base URL, `http://127.0.0.1:<port>/v1`."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeOpenAI:
        """Serve on a free 127.0.0.1 port in a daemon thread (returns once it listens)."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self._sock = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", access_log=False,
                                lifespan="off", timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        name="fake-openai", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the fake OpenAI server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- scripting ---------------------------------------------------------------------------

    def push(self, scripted: Scripted, *, evaluator: bool = False) -> None:
        """Queue one answer (for evaluator calls when `evaluator`)."""
        with self._lock:
            (self._evaluator if evaluator else self._chat).append(scripted)

    def reply(self, text: str = "", *, tool_calls: Sequence[ToolCallSpec] = (),
              usage: dict[str, int] | None = None, model: str | None = None,
              delay_s: float = 0.0, evaluator: bool = False) -> None:
        """Queue a normal answer: text and/or tool calls."""
        self.push(Scripted(text=text, tool_calls=tuple(_tool_call(t) for t in tool_calls),
                           usage=usage, model=model, delay_s=delay_s), evaluator=evaluator)

    def error(self, status: int, *, retry_after: str | None = None, body: str | None = None,
              times: int = 1, evaluator: bool = False) -> None:
        """Queue `times` HTTP errors (an OpenAI-style error body unless `body` is given)."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        payload = body if body is not None else json.dumps(
            {"error": {"message": f"fake error {status}", "type": "fake", "code": None}})
        for _ in range(times):
            self.push(Scripted(status=status, headers=dict(headers), body=payload),
                      evaluator=evaluator)

    def stall(self, seconds: float, text: str = "too late", *, evaluator: bool = False) -> None:
        """Queue an answer that comes only after `seconds` (longer than a client's timeout)."""
        self.push(Scripted(text=text, delay_s=seconds), evaluator=evaluator)

    def raw(self, body: str | bytes, *, status: int = 200,
            content_type: str = "application/json", evaluator: bool = False) -> None:
        """Queue a raw body: garbage, malformed JSON, a wrong shape."""
        self.push(Scripted(status=status, body=body, content_type=content_type),
                  evaluator=evaluator)

    def cut_stream(self, text: str) -> None:
        """Queue a streamed answer that stops halfway (no finish_reason, no [DONE])."""
        self.push(Scripted(text=text, cut_stream=True))

    def evaluate(self, completed: Sequence[Mapping[str, Any]] | str) -> None:
        """Queue an evaluator answer: the `completed` list, or raw content text."""
        text = completed if isinstance(completed, str) else json.dumps(
            {"completed": list(completed)})
        self.reply(text, evaluator=True)

    def reset(self) -> None:
        """Clear both queues and the request log."""
        with self._lock:
            self._chat.clear()
            self._evaluator.clear()
            self._requests.clear()
            self.judge_answer = "NO"

    # -- what was received -------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        """Chat-completion requests that were neither evaluator nor guardrail-judge calls."""
        return [r for r in self.requests if r.kind == "chat"]

    @property
    def evaluator_requests(self) -> list[RecordedRequest]:
        """Evaluator calls (a system message carries `EVALUATOR_MARKER`)."""
        return [r for r in self.requests if r.kind == "evaluator"]

    # -- the app -----------------------------------------------------------------------------

    async def _models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [
            {"id": self.model, "object": "model", "created": 0, "owned_by": "fake"}]})

    async def _completions(self, request: Request) -> Response:
        raw = await request.body()
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        evaluator = isinstance(body, dict) and any(
            isinstance(m, dict) and m.get("role") == "system"
            and EVALUATOR_MARKER in str(m.get("content", ""))
            for m in body.get("messages", []) or [])
        judge = isinstance(body, dict) and any(
            isinstance(m, dict) and JUDGE_MARKER in str(m.get("content", ""))
            for m in body.get("messages", []) or [])
        kind = "evaluator" if evaluator else "judge" if judge else "chat"
        record = RecordedRequest(method=request.method, path=request.url.path,
                                 headers={k.lower(): v for k, v in request.headers.items()},
                                 body=body, kind=kind)
        if judge:
            with self._lock:
                self._requests.append(record)
            return JSONResponse(_completion(Scripted(text=self.judge_answer),
                                            f"chatcmpl-judge-{next(self._ids)}", self.model,
                                            {"prompt_tokens": 1, "completion_tokens": 1,
                                             "total_tokens": 2}))
        with self._lock:
            self._requests.append(record)
            queue = self._evaluator if evaluator else self._chat
            scripted = queue.popleft() if queue else None
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return JSONResponse({"error": {"message": "messages is required",
                                           "type": "invalid_request_error"}}, status_code=400)
        if scripted is None:
            scripted = Scripted(text='{"completed": []}' if evaluator else self.default_text)
        if scripted.delay_s:
            await asyncio.sleep(scripted.delay_s)
        if scripted.body is not None or scripted.status != 200:
            content = scripted.body if scripted.body is not None else ""
            return Response(content, status_code=scripted.status, headers=scripted.headers,
                            media_type=scripted.content_type)
        model = scripted.model or self.model
        usage = scripted.usage or self._usage(body, scripted)
        completion_id = f"chatcmpl-fake-{next(self._ids)}"
        if body.get("stream") is True:
            options = body.get("stream_options") or {}
            include_usage = isinstance(options, dict) and options.get("include_usage") is True
            chunks = _chunks(scripted, completion_id, model, usage if include_usage else None)
            return StreamingResponse(_sse(chunks, done=not scripted.cut_stream),
                                     media_type="text/event-stream", headers=scripted.headers)
        return JSONResponse(_completion(scripted, completion_id, model, usage),
                            headers=scripted.headers)

    @staticmethod
    def _usage(body: dict[str, Any], scripted: Scripted) -> dict[str, int]:
        prompt = sum(_words(str(m.get("content", ""))) for m in body["messages"]
                     if isinstance(m, dict))
        completion = _words(scripted.text) + sum(
            _words(t.arguments) + 1 for t in scripted.tool_calls)
        return {"prompt_tokens": prompt, "completion_tokens": completion,
                "total_tokens": prompt + completion}


def _call_id(call: FakeToolCall, index: int) -> str:
    return call.id or f"call_fake_{index}"


def _finish(scripted: Scripted) -> str:
    return "tool_calls" if scripted.tool_calls else "stop"


def _completion(scripted: Scripted, completion_id: str, model: str,
                usage: dict[str, int]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant",
                               "content": scripted.text if scripted.text or not
                               scripted.tool_calls else None,
                               "refusal": None}
    if scripted.tool_calls:
        message["tool_calls"] = [
            {"id": _call_id(c, i), "type": "function",
             "function": {"name": c.name, "arguments": c.arguments}}
            for i, c in enumerate(scripted.tool_calls)]
    return {"id": completion_id, "object": "chat.completion", "created": int(time.time()),
            "model": model, "system_fingerprint": "fp_fake",
            "choices": [{"index": 0, "message": message, "logprobs": None,
                         "finish_reason": _finish(scripted)}],
            "usage": usage}


def _chunks(scripted: Scripted, completion_id: str, model: str,
            usage: dict[str, int] | None) -> list[dict[str, Any]]:
    """The `chat.completion.chunk` objects of a streamed answer."""
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": completion_id, "object": "chat.completion.chunk", "created": created,
            "model": model, "system_fingerprint": "fp_fake",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        if usage is not None:
            out["usage"] = None
        return out

    chunks = [chunk({"role": "assistant", "content": "", "refusal": None})]
    chunks += [chunk({"content": piece}) for piece in re.findall(r"\s*\S+", scripted.text)]
    for i, call in enumerate(scripted.tool_calls):
        chunks.append(chunk({"tool_calls": [
            {"index": i, "id": _call_id(call, i), "type": "function",
             "function": {"name": call.name, "arguments": ""}}]}))
        args = call.arguments
        chunks += [chunk({"tool_calls": [{"index": i, "function": {"arguments": args[k:k + 7]}}]})
                   for k in range(0, len(args), 7)]
    if scripted.cut_stream:
        return chunks[: max(1, len(chunks) // 2)]
    chunks.append(chunk({}, _finish(scripted)))
    if usage is not None:
        chunks.append({"id": completion_id, "object": "chat.completion.chunk",
                       "created": created, "model": model, "system_fingerprint": "fp_fake",
                       "choices": [], "usage": usage})
    return chunks


async def _sse(chunks: list[dict[str, Any]], *, done: bool) -> AsyncIterator[bytes]:
    for c in chunks:
        yield f"data: {json.dumps(c)}\n\n".encode()
        await asyncio.sleep(0)
    if done:
        yield b"data: [DONE]\n\n"


@pytest.fixture(scope="session")
def fake_openai_server() -> Iterator[FakeOpenAI]:
    """The fake server, started once per test session."""
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def fake_openai(fake_openai_server: FakeOpenAI) -> Iterator[FakeOpenAI]:
    """The fake server with empty queues and request log (cleared again afterwards)."""
    fake_openai_server.reset()
    yield fake_openai_server
    fake_openai_server.reset()
