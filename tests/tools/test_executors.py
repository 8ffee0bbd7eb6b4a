"""Executors: a signed HTTP POST with an idempotency key, allowed Python functions, timeouts."""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

import pytest

from confide.tools.executors import (
    ExecutionRequest,
    Executors,
    HttpExecutor,
    PythonExecutor,
    ToolExecutionError,
)
from confide.webhooks import verify_signature
from tests.tools.helpers import Receiver, tool

SECRET = secrets.token_bytes(32)
ARGS = {"date": "2026-12-03", "note": "secret-argument-value"}


def _http(receiver: Receiver, **over: Any) -> ExecutionRequest:
    spec = tool(executor={"type": "http", "url": receiver.url}, **over)
    return ExecutionRequest("t_0123456789abcdef", spec, ARGS, "idem-key-1", "ta_1")


def _py(entry: str, **over: Any) -> ExecutionRequest:
    spec = tool(executor={"type": "python", "entry_point": entry}, **over)
    return ExecutionRequest("t_0123456789abcdef", spec, ARGS, "idem-key-2", "ta_2")


def test_http_posts_signed_json_with_the_idempotency_key(receiver: Receiver) -> None:
    receiver.secret = SECRET
    receiver.reply = b'{"booked": true}'
    seen: list[str] = []

    def secret_for(tenant_id: str) -> bytes:
        seen.append(tenant_id)
        return SECRET

    ex = HttpExecutor(secret_for)
    result = ex.execute(_http(receiver))
    assert result.text == '{"booked": true}' and result.status_code == 200
    assert not result.truncated and seen == ["t_0123456789abcdef"]
    [req] = receiver.requests
    assert req["verified"]
    h = req["headers"]
    assert h["idempotency-key"] == "idem-key-1" and h["confide-tool-call-id"] == "ta_1"
    assert h["confide-tool"] == "book" and h["content-type"] == "application/json"
    assert req["body"] == {"tool": "book", "call_id": "ta_1", "idempotency_key": "idem-key-1",
                           "arguments": ARGS}
    ex.close()


def test_the_signature_covers_the_idempotency_key(receiver: Receiver) -> None:
    request = _http(receiver)
    body = HttpExecutor.body(request)
    receiver.secret = SECRET
    HttpExecutor(lambda _: SECRET).execute(request)
    headers = receiver.requests[0]["headers"]
    assert verify_signature(SECRET, headers, body)
    forged = body.replace(b"idem-key-1", b"idem-key-X")
    assert not verify_signature(SECRET, headers, forged)
    assert not verify_signature(secrets.token_bytes(32), headers, body)


@pytest.mark.parametrize("status", [302, 400, 500])
def test_non_2xx_is_an_error_and_redirects_are_not_followed(receiver: Receiver,
                                                            status: int) -> None:
    receiver.status = status
    with pytest.raises(ToolExecutionError) as exc:
        HttpExecutor(lambda _: SECRET).execute(_http(receiver))
    assert exc.value.code == "tool.error" and str(status) in str(exc.value)
    assert [r["path"] for r in receiver.requests] == ["/tool"]
    assert "secret-argument-value" not in str(exc.value)


def test_http_timeout(receiver: Receiver) -> None:
    receiver.delay_s = 2.0
    started = time.monotonic()
    with pytest.raises(ToolExecutionError) as exc:
        HttpExecutor(lambda _: SECRET).execute(_http(receiver, timeout_s=0.3))
    assert exc.value.code == "tool.timeout" and time.monotonic() - started < 1.8


def test_unreachable_and_keyless_are_errors() -> None:
    spec = tool(executor={"type": "http", "url": "http://127.0.0.1:9/none"}, timeout_s=1)
    req = ExecutionRequest("t", spec, ARGS, "k", "ta_3")
    with pytest.raises(ToolExecutionError) as exc:
        HttpExecutor(lambda _: SECRET).execute(req)
    assert exc.value.code == "tool.error" and "ConnectError" in str(exc.value)

    def no_key(_: str) -> bytes:
        raise LookupError("secret-argument-value")

    with pytest.raises(ToolExecutionError) as exc:
        HttpExecutor(no_key).execute(req)
    assert exc.value.code == "tool.error" and "secret-argument" not in str(exc.value)


def test_http_result_is_capped(receiver: Receiver) -> None:
    receiver.reply = b"y" * 10_000
    result = HttpExecutor(lambda _: SECRET, max_result_bytes=100).execute(_http(receiver))
    assert result.truncated and result.text == "y" * 100


def test_python_calls_an_allowed_function() -> None:
    ex = PythonExecutor(["tests.tools"])
    result = ex.execute(_py("tests.tools.plugins:echo"))
    assert json.loads(result.text) == {"echo": ARGS}


def test_python_tools_see_the_call_context() -> None:
    from tests.tools import plugins

    PythonExecutor(["tests.tools.plugins"]).execute(_py("tests.tools.plugins:record"))
    assert plugins.CALLS["idem-key-2"] == 1


@pytest.mark.parametrize("allowed", [(), ("tests.tool",), ("os",)])
def test_python_modules_must_be_allowed(allowed: tuple[str, ...]) -> None:
    with pytest.raises(ToolExecutionError) as exc:
        PythonExecutor(allowed).execute(_py("tests.tools.plugins:echo"))
    assert exc.value.code == "tool.executor_not_allowed"


def test_python_timeout_error_and_cap() -> None:
    ex = PythonExecutor(["tests.tools"], max_result_bytes=1000)
    started = time.monotonic()
    with pytest.raises(ToolExecutionError) as exc:
        ex.execute(_py("tests.tools.plugins:slow", timeout_s=0.2))
    assert exc.value.code == "tool.timeout" and time.monotonic() - started < 2
    with pytest.raises(ToolExecutionError) as exc:
        ex.execute(_py("tests.tools.plugins:boom"))
    assert exc.value.code == "tool.error" and "RuntimeError" in str(exc.value)
    assert "secret-argument" not in str(exc.value)
    for bad in ("tests.tools.plugins:missing", "tests.tools.nope:f",
                "tests.tools.plugins:NOT_CALLABLE"):
        with pytest.raises(ToolExecutionError) as exc:
            ex.execute(_py(bad))
        assert exc.value.code == "tool.error"
    result = ex.execute(_py("tests.tools.plugins:huge"))
    assert result.truncated and len(result.text) == 1000


def test_executors_dispatch_on_type(receiver: Receiver) -> None:
    both = Executors(HttpExecutor(lambda _: SECRET), PythonExecutor(["tests.tools"]))
    assert both.execute(_http(receiver)).status_code == 200
    assert "echo" in both.execute(_py("tests.tools.plugins:echo")).text
