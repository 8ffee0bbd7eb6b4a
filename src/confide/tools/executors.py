"""Running a tool call: a signed HTTP POST or an allowed Python function, with a timeout.

Whatever a tool returns is untrusted text: the runtime passes it through the Shield's
`document` channel before the model sees it. Errors are `ToolExecutionError`s with a reason
code (`tool.timeout`, `tool.error`, `tool.executor_not_allowed`); their messages never carry
argument values or response bodies.

HTTP requests carry the webhook signature headers (`Confide-Webhook-Timestamp`,
`Confide-Signature`, checked with `confide.webhooks.verify_signature` and the tenant's
webhook secret) over a JSON envelope::

    {"tool": "book_appointment", "call_id": "ta_...", "idempotency_key": "...",
     "arguments": {...}}

The idempotency key is in the signed body and repeated in the `Idempotency-Key` header, so
a receiver dedupes on it and a captured request cannot be replayed under a new key.
"""

from __future__ import annotations

import contextvars
import importlib
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from confide import __version__, egress
from confide.tools.spec import HttpExecutorSpec, PythonExecutorSpec, ToolSpec
from confide.webhooks import HEADER_SIGNATURE, HEADER_TIMESTAMP, sign

__all__ = [
    "HEADER_CALL_ID",
    "HEADER_IDEMPOTENCY_KEY",
    "HEADER_TOOL",
    "ExecutionRequest",
    "Executor",
    "Executors",
    "HttpExecutor",
    "PythonExecutor",
    "ToolExecutionError",
    "ToolResult",
    "current_call",
]

HEADER_IDEMPOTENCY_KEY = "Idempotency-Key"
HEADER_CALL_ID = "Confide-Tool-Call-Id"
HEADER_TOOL = "Confide-Tool"
USER_AGENT = f"Confide-Tools/{__version__}"
MAX_RESULT_BYTES = 64 * 1024


class ToolExecutionError(RuntimeError):
    """A tool call failed. `code` is a reason code; the message names no argument value."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class ExecutionRequest:
    """One call to execute."""

    tenant_id: str
    tool: ToolSpec
    arguments: Mapping[str, Any] = field(repr=False)
    idempotency_key: str
    call_id: str


@dataclass(frozen=True, slots=True)
class ToolResult:
    """What a tool answered (untrusted text), capped at the executor's limit."""

    text: str = field(repr=False)
    truncated: bool = False
    status_code: int | None = None
    duration_ms: float = 0.0


class Executor(Protocol):
    """Runs one call or raises `ToolExecutionError`."""

    def execute(self, request: ExecutionRequest) -> ToolResult: ...


def _cap(data: bytes, limit: int) -> tuple[str, bool]:
    truncated = len(data) > limit
    return data[:limit].decode("utf-8", errors="replace"), truncated


class HttpExecutor:
    """POSTs the call as signed JSON; non-2xx (redirects included) is `tool.error`.

    `secret_for(tenant_id)` gives the tenant's signing key (the webhook secret, e.g.
    `services.webhooks.secret`). The response body is read up to `max_result_bytes`.
    """

    def __init__(self, secret_for: Callable[[str], bytes], *, client: httpx.Client | None = None,
                 max_result_bytes: int = MAX_RESULT_BYTES) -> None:
        self.secret_for = secret_for
        self.max_result_bytes = max_result_bytes
        self._own_client = client is None
        self.client = client if client is not None else httpx.Client(
            follow_redirects=False, transport=egress.transport())

    def close(self) -> None:
        """Close the HTTP client if this executor created it."""
        if self._own_client:
            self.client.close()

    @staticmethod
    def body(request: ExecutionRequest) -> bytes:
        """The exact bytes sent (and signed)."""
        return json.dumps({"tool": request.tool.name, "call_id": request.call_id,
                           "idempotency_key": request.idempotency_key,
                           "arguments": dict(request.arguments)},
                          ensure_ascii=False, separators=(",", ":"),
                          sort_keys=True).encode("utf-8")

    def execute(self, request: ExecutionRequest) -> ToolResult:
        spec = request.tool.executor
        if not isinstance(spec, HttpExecutorSpec):
            raise ToolExecutionError("tool.error", "not an http tool")
        try:
            secret = self.secret_for(request.tenant_id)
        except Exception as exc:
            raise ToolExecutionError("tool.error", f"no signing key ({type(exc).__name__})"
                                     ) from None
        body = self.body(request)
        ts = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            HEADER_TOOL: request.tool.name,
            HEADER_CALL_ID: request.call_id,
            HEADER_IDEMPOTENCY_KEY: request.idempotency_key,
            HEADER_TIMESTAMP: str(ts),
            HEADER_SIGNATURE: sign(secret, ts, body),
        }
        timeout_s = request.tool.timeout_s
        started = time.perf_counter()
        deadline = time.monotonic() + timeout_s
        try:
            try:
                egress.check(spec.url)
            except egress.EgressRefused as exc:
                raise ToolExecutionError("tool.egress_refused", str(exc)) from None
            req = self.client.build_request("POST", spec.url, content=body, headers=headers,
                                            timeout=httpx.Timeout(timeout_s))
            response = self.client.send(req, stream=True, follow_redirects=False)
            try:
                status = response.status_code
                if not 200 <= status < 300:
                    raise ToolExecutionError("tool.error",
                                             f"the tool endpoint answered HTTP {status}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > self.max_result_bytes:
                        break
                    if time.monotonic() > deadline:
                        raise ToolExecutionError("tool.timeout", "the tool did not answer in "
                                                 f"{timeout_s:g} s")
            finally:
                response.close()
        except ToolExecutionError:
            raise
        except httpx.TimeoutException:
            raise ToolExecutionError("tool.timeout",
                                     f"the tool did not answer in {timeout_s:g} s") from None
        except Exception as exc:
            raise ToolExecutionError("tool.error", f"the tool request failed "
                                     f"({type(exc).__name__})") from None
        text, truncated = _cap(b"".join(chunks), self.max_result_bytes)
        return ToolResult(text, truncated, status, (time.perf_counter() - started) * 1000)


_CURRENT: contextvars.ContextVar[ExecutionRequest | None] = contextvars.ContextVar(
    "confide_tool_call", default=None)


def current_call() -> ExecutionRequest | None:
    """Inside a Python tool: the call being executed (tenant, idempotency key, call id)."""
    return _CURRENT.get()


class PythonExecutor:
    """Calls `module:function(**arguments)` in a thread, waiting at most the tool's timeout.

    Only entry points whose module is one of `allowed_modules` (or below one) run: a persona
    uploaded over the API must not name arbitrary code. A function that times out keeps
    running in its (daemon) thread; its result is discarded. The return value becomes text
    (str as is, anything else as JSON), capped at `max_result_bytes`.
    """

    def __init__(self, allowed_modules: Sequence[str] = (), *,
                 max_result_bytes: int = MAX_RESULT_BYTES) -> None:
        self.allowed_modules = tuple(m.strip() for m in allowed_modules if m.strip())
        self.max_result_bytes = max_result_bytes

    def allowed(self, entry_point: str) -> bool:
        """True when the entry point's module is allowed."""
        module = entry_point.partition(":")[0]
        return any(module == m or module.startswith(m + ".") for m in self.allowed_modules)

    def resolve(self, entry_point: str) -> Callable[..., Any]:
        """The function an allowed entry point names."""
        if not self.allowed(entry_point):
            raise ToolExecutionError("tool.executor_not_allowed",
                                     "this server does not allow that Python tool module")
        module_name, _, attr = entry_point.partition(":")
        try:
            fn = getattr(importlib.import_module(module_name), attr)
        except Exception as exc:
            raise ToolExecutionError("tool.error", f"cannot load the tool function "
                                     f"({type(exc).__name__})") from None
        if not callable(fn):
            raise ToolExecutionError("tool.error", "the tool entry point is not callable")
        return fn

    def execute(self, request: ExecutionRequest) -> ToolResult:
        spec = request.tool.executor
        if not isinstance(spec, PythonExecutorSpec):
            raise ToolExecutionError("tool.error", "not a python tool")
        fn = self.resolve(spec.entry_point)
        box: dict[str, Any] = {}
        ctx = contextvars.copy_context()
        ctx.run(_CURRENT.set, request)

        def run() -> None:
            try:
                box["value"] = fn(**dict(request.arguments))
            except BaseException as exc:  # reported by class name only
                box["error"] = type(exc).__name__

        started = time.perf_counter()
        thread = threading.Thread(target=ctx.run, args=(run,), daemon=True,
                                  name=f"confide-tool-{request.tool.name}")
        thread.start()
        thread.join(request.tool.timeout_s)
        if thread.is_alive():
            raise ToolExecutionError("tool.timeout", f"the tool did not answer in "
                                     f"{request.tool.timeout_s:g} s")
        if "error" in box:
            raise ToolExecutionError("tool.error", f"the tool raised {box['error']}")
        value = box.get("value")
        if value is None:
            data = b""
        elif isinstance(value, str):
            data = value.encode("utf-8")
        elif isinstance(value, bytes):
            data = value
        else:
            try:
                data = json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")
            except (TypeError, ValueError):
                raise ToolExecutionError("tool.error", "the tool result is not JSON") from None
        text, truncated = _cap(data, self.max_result_bytes)
        return ToolResult(text, truncated, None, (time.perf_counter() - started) * 1000)


class Executors:
    """Picks the executor a tool's `executor.type` names."""

    def __init__(self, http: Executor, python: Executor) -> None:
        self.http = http
        self.python = python

    def execute(self, request: ExecutionRequest) -> ToolResult:
        """Run the call with the executor of its type."""
        if request.tool.executor.type == "http":
            return self.http.execute(request)
        return self.python.execute(request)
