"""`OpenAIBackend.extract_memories` against the fake OpenAI-compatible server."""

from __future__ import annotations

import json
import logging

import pytest

from confide.agent.llm.openai_backend import (
    MEMORY_MARKER,
    MEMORY_MAX_FACT_CHARS,
    MEMORY_MAX_FACTS,
    OpenAIBackend,
)
from confide.agent.persona import LlmConfig
from tests.agent.fake_openai import FakeOpenAI

CONVERSATION = [
    {"role": "system", "content": "You are Riley. cnry-0123456789abcdef"},
    {"role": "assistant", "content": "Did you set up your medication schedule?"},
    {"role": "user", "content": "Not really, I keep forgetting the evening dose, <PERSON_1>"},
    {"role": "user", "content": "   "},
    {"role": "tool", "content": "tool output"},
]


def backend(fake: FakeOpenAI) -> OpenAIBackend:
    return OpenAIBackend(LlmConfig(backend="openai", base_url=fake.base_url, model="m",
                                   temperature=0.7), backoff_base_s=0.0)


def test_facts_come_back_from_json(fake_openai: FakeOpenAI) -> None:
    fake_openai.reply('Sure: {"facts": ["has trouble with the evening dose", '
                      '"Has trouble with the evening dose", "  prefers   evening calls ", 3, ""]}')
    with backend(fake_openai) as b:
        facts = b.extract_memories(CONVERSATION)
    assert facts == ["has trouble with the evening dose", "prefers evening calls"]
    (req,) = fake_openai.chat_requests
    body = req.body
    assert body["temperature"] == 0.0
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"]
    assert system["role"] == "system" and system["content"].startswith(MEMORY_MARKER)
    # only user and assistant turns are sent, as a JSON document (no system prompt, no canary)
    assert "cnry-" not in user["content"] and "tool output" not in user["content"]
    doc = json.loads(user["content"].split("```json\n", 1)[1].rsplit("\n```", 1)[0])
    assert [t["role"] for t in doc["conversation"]] == ["assistant", "user"]
    assert "<PERSON_1>" in doc["conversation"][1]["content"]


def test_count_and_length_are_capped(fake_openai: FakeOpenAI) -> None:
    many = [f"fact number {i}" for i in range(30)] + ["x" * (MEMORY_MAX_FACT_CHARS + 1)]
    fake_openai.reply(json.dumps({"facts": ["y" * (MEMORY_MAX_FACT_CHARS + 1), *many]}))
    with backend(fake_openai) as b:
        facts = b.extract_memories(CONVERSATION)
    assert facts == many[:MEMORY_MAX_FACTS]


def test_a_server_without_json_mode_is_asked_again(fake_openai: FakeOpenAI) -> None:
    fake_openai.error(400)
    fake_openai.reply('{"facts": ["prefers mornings"]}')
    with backend(fake_openai) as b:
        assert b.extract_memories(CONVERSATION) == ["prefers mornings"]
    first, second = fake_openai.chat_requests
    assert "response_format" in first.body and "response_format" not in second.body


@pytest.mark.parametrize("answer", ["no json here", '{"facts": "one"}', "[1, 2]",
                                    '{"other": []}'])
def test_unusable_answers_give_nothing(fake_openai: FakeOpenAI, answer: str,
                                       caplog: pytest.LogCaptureFixture) -> None:
    fake_openai.reply(answer)
    with caplog.at_level(logging.WARNING), backend(fake_openai) as b:
        assert b.extract_memories(CONVERSATION) == []
    assert "memory extraction failed (ValueError)" in caplog.text
    assert answer not in caplog.text


def test_failures_give_nothing_and_log_only_the_error_class(
        fake_openai: FakeOpenAI, caplog: pytest.LogCaptureFixture) -> None:
    fake_openai.error(500)
    with caplog.at_level(logging.WARNING), backend(fake_openai) as b:
        assert b.extract_memories(CONVERSATION) == []
    assert len(fake_openai.chat_requests) == 1  # no retries: memories never hold a turn up
    assert "memory extraction failed (BackendError)" in caplog.text
    assert "evening" not in caplog.text


def test_no_turns_means_no_call(fake_openai: FakeOpenAI) -> None:
    with backend(fake_openai) as b:
        assert b.extract_memories([{"role": "system", "content": "x"}, "junk"]) == []  # type: ignore[list-item]
    assert fake_openai.chat_requests == []
