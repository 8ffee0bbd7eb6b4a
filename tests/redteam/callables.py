"""Python-callable targets for the tests (`--target python:tests.redteam.callables:NAME`)."""

from __future__ import annotations

from typing import Any

from tests.redteam.llm_server import hardened_reply, vulnerable_reply


def hardened(messages: list[dict[str, str]]) -> str:
    return hardened_reply({"messages": messages})["content"]


def vulnerable(messages: list[dict[str, str]], tools: list[dict[str, Any]]) -> dict[str, Any]:
    reply = vulnerable_reply({"messages": messages, "tools": tools})
    calls = [{"name": c["function"]["name"], "arguments": c["function"]["arguments"]}
             for c in reply.get("tool_calls") or ()]
    return {"content": reply["content"], "tool_calls": calls}
