"""The one small Protocol every LLM backend implements, and the data that crosses it.

A backend receives a `ModelRequest` (the assembled, already-checked context: pseudonymised
user text, the system prompt with its canary, untrusted text fenced as data) and returns a
`ModelReply`. It never sees raw identifiers unless the persona asks for them, and what it
returns always goes through the output layer before anyone reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from confide.agent.persona import Objective, Persona

Role = Literal["system", "user", "assistant", "tool"]


class BackendError(RuntimeError):
    """The backend failed (timeout, transport error, unusable answer). `code` is a reason
    code such as `backend.timeout`; the message never carries conversation text."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Message:
    """One message of the model context, with where its text came from."""

    role: Role
    content: str
    provenance: str = "system"  # system | user | assistant | memory | knowledge:<doc> | tool:<n>

    def to_openai(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of knowledge the agent may use, with its provenance (`knowledge:<doc>#<n>`)."""

    text: str
    source: str
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A tool call the model proposed (passed through; the tools policy decides)."""

    id: str
    name: str
    arguments: str  # JSON text, as the model wrote it


@dataclass(frozen=True, slots=True)
class ObjectiveUpdate:
    """A backend's claim that an objective is met, with the variables it extracted."""

    objective: str
    variables: Mapping[str, str] = field(default_factory=dict)
    completed: bool = True


@dataclass(frozen=True, slots=True)
class ObjectiveView:
    """What a backend may know about the objectives: which are open, done, and what is next."""

    pending: tuple[Objective, ...]  # open objectives that may be worked on now, first = current
    completed: tuple[str, ...]
    variables: Mapping[str, str]


@dataclass(slots=True)
class ModelRequest:
    """Everything a backend needs for one answer."""

    persona: Persona
    messages: list[Message]  # system, fenced data, history, this turn's user message
    user_text: str  # this turn's user text as the model may see it (pseudonymised)
    objectives: ObjectiveView
    knowledge: list[Snippet] = field(default_factory=list)
    tools: list[dict[str, Any]] = field(default_factory=list)  # OpenAI `tools` format
    state: dict[str, Any] = field(default_factory=dict)  # the backend's own per-conversation
    # scratch space, persisted (encrypted) between turns; a backend may mutate it


@dataclass(frozen=True, slots=True)
class ModelReply:
    """A backend's answer: text, proposed tool calls, objective updates."""

    text: str
    tool_calls: tuple[ToolCall, ...] = ()
    objective_updates: tuple[ObjectiveUpdate, ...] = ()
    usage: Mapping[str, int] = field(default_factory=dict)
    model: str = ""


class Backend(Protocol):
    """An LLM backend: greets and answers one turn. A backend may stream from its model
    internally; the reply is returned whole because the output layer must see all of it."""

    name: str

    def greet(self, request: ModelRequest) -> ModelReply:
        """The opening line of a conversation (the request has no user text)."""
        ...

    def respond(self, request: ModelRequest) -> ModelReply:
        """The answer to the request's last user message."""
        ...
