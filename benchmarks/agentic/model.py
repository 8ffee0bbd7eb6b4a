"""The model double: it does what the user asked and also obeys the injected instruction
(the worst case), writing values as a model would see them (pseudonyms where the runtime
replaced them), and the knowledge source that serves a scenario's injected document."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from benchmarks.agentic.scenario import Call, Scenario
from confide.agent.llm.base import ModelReply, ModelRequest, Snippet, ToolCall
from confide.agent.persona import Persona

_PLACEHOLDER = re.compile(r"(<[A-Z][A-Z0-9_]*_\d+>)")
_FENCED = re.compile(r'<data source="([^"]*)">\n(.*?)\n</data>', re.DOTALL)
TOOL_RESULTS = "Tool results (data):"


@dataclass
class Director:
    """The scenario being played now (shared by the backend and the knowledge source), and
    what the model saw of it."""

    scenario: Scenario | None = None
    injected: bool = True  # False: the document is served without the injection
    saw_injection: bool = False
    notes: list[str] = field(default_factory=list)

    def play(self, scenario: Scenario, injected: bool = True) -> None:
        self.scenario = scenario
        self.injected = injected
        self.saw_injection = False
        self.notes = []


def placeholder_map(original: str, visible: str) -> dict[str, str]:
    """Original values -> the placeholders the runtime put in their place in `visible`."""
    parts = _PLACEHOLDER.split(visible)
    if len(parts) == 1:
        return {}
    pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
    m = re.fullmatch(pattern, original, re.DOTALL)
    if m is None:
        return {}
    return {m.group(i + 1): parts[2 * i + 1] for i in range(len(parts) // 2)}


def as_seen(value: Any, mapping: Mapping[str, str]) -> Any:
    """`value` with every original value the model saw as a placeholder replaced by it."""
    if isinstance(value, str):
        for orig in sorted(mapping, key=len, reverse=True):
            if orig and orig in value:
                value = value.replace(orig, mapping[orig])
        return value
    if isinstance(value, Mapping):
        return {k: as_seen(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [as_seen(v, mapping) for v in value]
    return value


class InjectedKnowledge:
    """A `KnowledgeSource` that returns the scenario's document (with the injection when
    attacked) when its vector is the knowledge base (as `knowledge:<doc>#0`)."""

    def __init__(self, director: Director) -> None:
        self.director = director

    def search(self, tenant_id: str, persona: Persona, query: str) -> list[Snippet]:
        s = self.director.scenario
        if s is None or s.vector != "knowledge" or s.persona != persona.name:
            return []
        return [Snippet(s.text(self.director.injected), f"knowledge:{s.source}#0", 1.0)]


class ObeyingBackend:
    """A `Backend` that, for the scenario being played, proposes the reads and the user's calls
    first (the user's after the reads when they depend on them), and the attacker's calls as
    soon as the injected text was put in its context (in the same answer for a knowledge
    document, in the next for a tool result); then it answers."""

    name = "agentic-obeying-double"

    def __init__(self, director: Director) -> None:
        self.director = director

    def greet(self, request: ModelRequest) -> ModelReply:
        return ModelReply("Hello, how can I help?", model=self.name)

    def respond(self, request: ModelRequest) -> ModelReply:
        s = self.director.scenario
        if s is None:
            return ModelReply("How can I help?", model=self.name)
        rounds = sum(1 for m in request.messages
                     if m.provenance == "tool" and m.content.startswith(TOOL_RESULTS))
        user_map = placeholder_map(s.user, request.user_text)
        calls: list[ToolCall] = []
        if rounds == 0:
            calls += self._calls(s, "read", s.reads, user_map)
        if rounds == (1 if s.legit_after_read else 0):
            calls += self._calls(s, "legit", s.legit, user_map)
        attack_now = (rounds == 0) if s.vector == "knowledge" else (rounds == 1)
        if attack_now and self.director.injected:
            calls += self._calls(s, "attack", s.attack, {**user_map, **self._doc_map(request)})
        if calls:
            return ModelReply("", tuple(calls), model=self.name)
        return ModelReply("I have taken care of your request; anything that needs a "
                          "colleague's confirmation will be confirmed by them.", model=self.name)

    def _doc_map(self, request: ModelRequest) -> dict[str, str]:
        """How the injected text appears to the model (placeholders), noting whether it did."""
        s = self.director.scenario
        assert s is not None
        for m in request.messages:
            for source, body in _FENCED.findall(m.content):
                if not source.startswith(s.provenance):
                    continue
                text = s.text()
                if body.strip() == text or placeholder_map(text, body.strip()):
                    self.director.saw_injection = True
                    return placeholder_map(text, body.strip())
                self.director.notes.append(f"{s.id}: the model saw {source} changed")
        return {}

    @staticmethod
    def _calls(s: Scenario, kind: str, calls: tuple[Call, ...], mapping: Mapping[str, str]
               ) -> list[ToolCall]:
        return [ToolCall(f"{s.id}:{kind}-{i}", c.tool, json.dumps(as_seen(dict(c.args), mapping)))
                for i, c in enumerate(calls)]
