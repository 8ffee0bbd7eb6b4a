"""Targets: the OpenAI-compatible client against a real loopback server, callables, specs."""

from __future__ import annotations

import asyncio

import pytest

from confide.redteam.model import Conversation, Message, Role, TargetError
from confide.redteam.targets import (
    CallableTarget,
    OpenAICompatibleTarget,
    TargetOptions,
    make_target,
)
from tests.redteam.llm_server import llm_server


def convo(*texts: str, tenant: str = "a") -> Conversation:
    return Conversation(tuple(Message(Role.USER, t) for t in texts), tenant)


def ask(target, conversation: Conversation):
    async def go():
        try:
            return await target.respond(conversation)
        finally:
            await target.aclose()

    return asyncio.run(go())


def test_openai_target_sends_system_prompt_tools_and_documents(vulnerable_server, world) -> None:
    t = OpenAICompatibleTarget(vulnerable_server.base_url, "test-model",
                               system_prompt=world.system_prompt, tools=world.tools, retries=0)
    c = Conversation((Message(Role.DOCUMENT, "a planted note"),
                      Message(Role.USER, "please delete my record")))
    reply = ask(t, c)
    body = vulnerable_server.requests[-1]
    assert body["model"] == "test-model"
    assert body["messages"][0] == {"role": "system", "content": world.system_prompt}
    assert body["messages"][1]["role"] == "system" and "a planted note" in \
        body["messages"][1]["content"]
    assert {t["function"]["name"] for t in body["tools"]} >= {"delete_record"}
    calls = {c.name: c for c in reply.tool_calls}
    assert "delete_record" in calls and "lookup_member" not in calls
    assert calls["delete_record"].arguments == {"member_id": "x"}
    assert t.capabilities.tools and t.capabilities.documents


def test_openai_target_api_key_from_env(monkeypatch) -> None:
    with llm_server("hardened", api_key="s3cret") as srv:
        monkeypatch.setenv("RT_TEST_KEY", "s3cret")
        reply = ask(OpenAICompatibleTarget(srv.base_url, "m", "RT_TEST_KEY"), convo("hi"))
        assert reply.text.startswith("I'm sorry")
        monkeypatch.setenv("RT_TEST_KEY", "wrong")
        with pytest.raises(TargetError) as err:
            ask(OpenAICompatibleTarget(srv.base_url, "m", "RT_TEST_KEY"), convo("hi"))
        assert err.value.status == 401 and "wrong" not in str(err.value)


def test_openai_target_missing_key_env(monkeypatch) -> None:
    monkeypatch.delenv("RT_NOT_SET", raising=False)
    with pytest.raises(ValueError, match="RT_NOT_SET"):
        OpenAICompatibleTarget("http://127.0.0.1:9/v1", "m", "RT_NOT_SET")


def test_openai_target_server_errors_after_retries() -> None:
    with llm_server("flaky") as srv:
        with pytest.raises(TargetError, match="HTTP 500"):
            ask(OpenAICompatibleTarget(srv.base_url, "m", retries=1), convo("hi"))
        assert len(srv.requests) == 2


def test_openai_target_timeout() -> None:
    with llm_server("slow") as srv, pytest.raises(TargetError, match="timed out"):
        ask(OpenAICompatibleTarget(srv.base_url, "m", timeout=0.3, retries=0), convo("hi"))


def test_openai_target_unreachable() -> None:
    with pytest.raises(TargetError, match="transport error"):
        ask(OpenAICompatibleTarget("http://127.0.0.1:9/v1", "m", retries=0), convo("hi"))


def test_callable_target_sync_async_and_tenant() -> None:
    seen = []

    def sync_fn(messages, tenant):
        seen.append((messages, tenant))
        return {"content": "ok", "tool_calls": [{"name": "issue_refund",
                                                 "arguments": '{"amount": "5"}',
                                                 "status": "queued"}]}

    async def async_fn(messages):
        return "async " + messages[-1]["content"]

    t = CallableTarget(sync_fn, system_prompt="SYS", tenants=2)
    reply = ask(t, convo("hello", tenant="b"))
    assert reply.text == "ok" and reply.tool_calls[0].status == "queued"
    assert reply.tool_calls[0].arguments == {"amount": "5"}
    assert seen[0][1] == "b" and seen[0][0][0] == {"role": "system", "content": "SYS"}
    assert ask(CallableTarget(async_fn), convo("x")).text == "async x"
    assert t.capabilities.tenants == 2


def test_callable_bad_return_is_a_target_error() -> None:
    with pytest.raises(TargetError):
        ask(CallableTarget(lambda messages: 42), convo("x"))


def test_target_specs(vulnerable_server) -> None:
    t = make_target("openai:" + vulnerable_server.base_url, TargetOptions(model="m"))
    assert isinstance(t, OpenAICompatibleTarget)
    p = make_target("python:tests.redteam.callables:hardened", TargetOptions())
    assert isinstance(p, CallableTarget)
    with pytest.raises(ValueError, match="bundled persona"):
        make_target("persona:intake-nurse", TargetOptions())
    with pytest.raises(ValueError, match="openai:http"):
        make_target("http://127.0.0.1:8080", TargetOptions())
    with pytest.raises(ValueError, match="--api-key-env"):
        make_target("http://127.0.0.1:8080", TargetOptions(model="hospital-discharge"))
    with pytest.raises(ValueError, match="--model"):
        make_target("openai:http://127.0.0.1:1/v1", TargetOptions())
    with pytest.raises(ValueError, match="unknown target"):
        make_target("ftp:thing", TargetOptions())
