"""Fixtures shared by the runtime tests (the fake OpenAI-compatible server)."""

from tests.agent.fake_openai import fake_openai, fake_openai_server  # noqa: F401
