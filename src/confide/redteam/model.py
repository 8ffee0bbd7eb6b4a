"""The data a red-team run passes around: messages, replies, tool calls, target capabilities."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

#: OWASP Top 10 for LLM Applications (2025): the categories this kit tests.
CATEGORIES: Mapping[str, str] = {
    "LLM01": "Prompt Injection",
    "LLM02": "Sensitive Information Disclosure",
    "LLM05": "Improper Output Handling",
    "LLM06": "Excessive Agency",
    "LLM07": "System Prompt Leakage",
    "LLM09": "Misinformation",
    "LLM10": "Unbounded Consumption",
}


class Role(StrEnum):
    """Who a message of the conversation comes from."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    DOCUMENT = "document"  # untrusted text the target will read (a planted document)


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A tool call the target made in a reply, and what became of it.

    `status`: `executed` (it ran; for an endpoint, the model asked for it and the caller
    would run it), `queued` (accepted to run later on its own), `held` (waits for a person's
    approval) or `refused` (the target's policy refused it). `effect` is the tool's declared
    effect (`read`, `write`, `irreversible`) when the target declares its own tools.
    """

    name: str
    arguments: Mapping[str, Any] = field(default_factory=dict)
    status: str = "executed"
    effect: str = ""

    @property
    def ran(self) -> bool:
        """It ran, or will run, without a person approving it."""
        return self.status in ("executed", "queued")

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "arguments": dict(self.arguments), "status": self.status}
        return {**out, "effect": self.effect} if self.effect else out


@dataclass(frozen=True, slots=True)
class Message:
    """One turn of a conversation."""

    role: Role
    content: str
    tool_calls: tuple[ToolCall, ...] = ()


@dataclass(frozen=True, slots=True)
class Conversation:
    """What a target receives: the turns so far (the last one is the user's) and the tenant."""

    messages: tuple[Message, ...]
    tenant: str = "a"


@dataclass(frozen=True, slots=True)
class Reply:
    """What a target answers: the reply text and any tool calls it made or queued."""

    text: str
    tool_calls: tuple[ToolCall, ...] = ()


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What the kit may do with a target and what it knows about it.

    `documents`: the kit can plant a document the target will read (indirect injection);
    `tools`: the kit can offer tools, so tool calls are observable; `tenants`: how many
    tenant credentials the kit holds (two allow cross-tenant probes); `system_prompt` and
    `canary`: the target's instructions as known to the kit (leaks are scoreable);
    `seeded`: the synthetic identities are in the target's context (PII leaks are scoreable).
    """

    documents: bool = False
    tools: bool = False
    tenants: int = 1
    system_prompt: str | None = None
    canary: str | None = None
    seeded: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "tools": self.tools, "tenants": self.tenants,
                "system_prompt_known": self.system_prompt is not None,
                "canary": self.canary is not None, "seeded_identities": self.seeded}


class Outcome(StrEnum):
    """The result of one attack: it succeeded (a finding), was defended, errored or was skipped."""

    SUCCEEDED = "succeeded"
    DEFENDED = "defended"
    ERROR = "error"
    SKIPPED = "skipped"


class TargetError(Exception):
    """The target failed to answer (HTTP error, timeout, bad response): recorded as an error."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status
