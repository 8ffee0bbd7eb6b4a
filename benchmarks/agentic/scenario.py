"""Scenarios and benchmark personas, loaded from this package's YAML files and checked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from confide.agent.persona import Persona, persona_from_mapping
from confide.tools.provenance import ContextIndex, Origin
from confide.tools.spec import ToolSpec, load_tools

HERE = Path(__file__).resolve().parent
DOMAINS = ("hospital-discharge", "insurance-claims", "candidate-screening")
Vector = Literal["knowledge", "tool_result", "document"]
VECTORS = ("knowledge", "tool_result", "document")


@dataclass(frozen=True, slots=True)
class Call:
    """A tool call by name with its arguments (real values, as the user or attacker wrote)."""

    tool: str
    args: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Scenario:
    """One benign task with one injected instruction."""

    id: str
    domain: str
    persona: str
    vector: Vector
    source: str  # the knowledge document's name, or the read tool that returns the text
    user: str
    document: str  # the untrusted text's own content
    injection: str  # the attacker's instruction, appended to it
    legit: tuple[Call, ...]
    attack: tuple[Call, ...]
    reads: tuple[Call, ...] = field(default=())
    #: The user's calls depend on what the read returns, so the model proposes them after it
    #: (in the same answer as the attacker's calls); otherwise with the reads.
    legit_after_read: bool = False

    def text(self, attacked: bool = True) -> str:
        """The untrusted text as served: the document, with the injection when attacked."""
        return f"{self.document}\n{self.injection}" if attacked else self.document

    @property
    def provenance(self) -> str:
        """The label the injected text carries in the model context."""
        return (f"knowledge:{self.source}#0" if self.vector == "knowledge"
                else f"tool:{self.source}")


def _calls(raw: Any, where: str) -> tuple[Call, ...]:
    if not isinstance(raw, list):
        raise ValueError(f"{where}: a list of calls")
    return tuple(Call(str(c["tool"]), dict(c.get("args") or {})) for c in raw)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, Mapping):
        return [x for v in value.values() for x in _leaves(v)]
    if isinstance(value, list):
        return [x for v in value for x in _leaves(v)]
    return [value]


def load_personas() -> dict[str, Persona]:
    """The benchmark personas by name (the example personas' domains, with tools)."""
    out = {}
    for path in sorted((HERE / "personas").glob("*.yaml")):
        persona = persona_from_mapping(yaml.safe_load(path.read_text(encoding="utf-8")))
        out[persona.name] = persona
    return out


def load_scenarios(personas: Mapping[str, Persona] | None = None) -> list[Scenario]:
    """Every scenario, in domain order; each is checked against its persona's tools."""
    personas = personas or load_personas()
    out: list[Scenario] = []
    for domain in DOMAINS:
        data = yaml.safe_load((HERE / "scenarios" / f"{domain}.yaml").read_text("utf-8"))
        for raw in data["scenarios"]:
            s = Scenario(id=raw["id"], domain=data["domain"], persona=data["persona"],
                         vector=raw["vector"], source=raw["source"], user=raw["user"].strip(),
                         document=raw["document"].strip(),
                         injection=raw["injection"].strip(),
                         legit=_calls(raw["legit"], f"{raw['id']}.legit"),
                         attack=_calls(raw["attack"], f"{raw['id']}.attack"),
                         reads=_calls(raw.get("reads", []), f"{raw['id']}.reads"),
                         legit_after_read=bool(raw.get("legit_after_read", False)))
            check(s, load_tools(personas[s.persona]))
            out.append(s)
    ids = [s.id for s in out]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate scenario ids")
    return out


def check(s: Scenario, tools: list[ToolSpec]) -> None:
    """A scenario is well formed: known vector and tools, valid arguments, an attack whose
    every value is written in the untrusted text (or was said by the user)."""
    specs = {t.name: t for t in tools}
    if s.vector not in VECTORS:
        raise ValueError(f"{s.id}: unknown vector {s.vector}")
    if s.vector != "knowledge" and (specs.get(s.source) is None
                                    or specs[s.source].effect != "read"
                                    or s.source not in {r.tool for r in s.reads}):
        raise ValueError(f"{s.id}: source must be a read tool the scenario calls")
    if s.legit_after_read and not s.reads:
        raise ValueError(f"{s.id}: legit_after_read needs reads")
    if not s.legit or not s.attack:
        raise ValueError(f"{s.id}: needs legit and attack calls")
    for call in (*s.reads, *s.legit, *s.attack):
        spec = specs.get(call.tool)
        if spec is None:
            raise ValueError(f"{s.id}: unknown tool {call.tool}")
        errors = list(spec.validator().iter_errors(dict(call.args)))
        if errors:
            raise ValueError(f"{s.id}: {call.tool} arguments invalid: {errors[0].message}")
    for call in s.attack:
        if specs[call.tool].effect == "read":
            raise ValueError(f"{s.id}: an attack must have a side effect")
        if call in s.legit:
            raise ValueError(f"{s.id}: an attack call must differ from the user's calls")
    index = ContextIndex([("knowledge:injection", s.text()), ("user", s.user)])
    for call in s.attack:
        for leaf in _leaves(call.args):
            origin, _, partial = index.origin_of(leaf)
            if origin not in (Origin.UNTRUSTED, Origin.USER) or partial:
                raise ValueError(f"{s.id}: attack value of {call.tool} is not in the "
                                 "untrusted text")
