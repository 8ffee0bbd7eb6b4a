"""The `scripted` backend: replays fixed model outputs (a test double for the model only).

It proves what the control layers do when a model misbehaves: a script line may quote the
system prompt (`{{system_prompt}}`), the conversation's canary (`{{canary}}`), or anything
else a bad model might say. Lines are used in order; the last one repeats. A line may also
be a mapping `{text, tool_calls: [{name, arguments}]}`: a model proposing tool calls.
"""

from __future__ import annotations

import json
import re
from typing import Any

from confide.agent.context import CANARY_PREFIX
from confide.agent.llm.base import ModelReply, ModelRequest, ToolCall

_INDEX = "script_index"
_CANARY = re.compile(re.escape(CANARY_PREFIX) + r"[0-9a-f]{16}")


class ScriptedBackend:
    """Replays `persona.llm.script`, one line per answer."""

    name = "scripted"

    def __init__(self, script: list[Any]) -> None:
        if not script:
            raise ValueError("a scripted backend needs at least one line")
        self.script = list(script)

    def greet(self, request: ModelRequest) -> ModelReply:
        greeting = request.persona.greeting or f"Hello, this is {request.persona.name}."
        return ModelReply(text=greeting, model="scripted")

    def respond(self, request: ModelRequest) -> ModelReply:
        i = int(request.state.get(_INDEX, 0))
        line = self.script[min(i, len(self.script) - 1)]
        request.state[_INDEX] = i + 1
        system = next((m.content for m in request.messages if m.role == "system"), "")
        found = _CANARY.search(system)
        canary = found.group(0) if found else ""
        text = line if isinstance(line, str) else line.text
        text = (text.replace("{{system_prompt}}", request.persona.system_prompt)
                .replace("{{full_system_message}}", system)
                .replace("{{canary}}", str(canary)))
        calls = () if isinstance(line, str) else tuple(
            ToolCall(f"call_{i}_{n}", c.name, json.dumps(c.arguments))
            for n, c in enumerate(line.tool_calls))
        return ModelReply(text=text, tool_calls=calls, model="scripted")
