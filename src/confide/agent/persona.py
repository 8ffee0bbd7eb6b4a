"""Personas: who the agent is, what it must not do, what it must find out, and how data is kept.

A persona is YAML (or JSON) validated by Pydantic; `load_persona` turns any problem into a
`PersonaError` whose message names the path of the bad field (`objectives.2.expect: ...`).
Guardrails and objectives follow the public shape of the Tavus Conversational Video
Interface API (`guardrail_name`, `guardrail_prompt`, `objective_name`, `objective_prompt`,
`confirmation_mode`, `output_variables`, `next_required_objectives`,
`next_conditional_objectives`, `callback_url`), plus `say` and `expect` for the embedded
`flow` engine.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    AnyHttpUrl,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from confide.shield_policy import ShieldPolicy

NAME = r"^[a-z0-9][a-z0-9_-]{0,63}$"
_NAME_RE = re.compile(NAME)
#: Data kinds a persona sets a retention period for (days).
DATA_KINDS = ("transcripts", "pseudonym_maps", "escalations", "webhooks", "memories")
#: What a persona may require the user to agree to before the conversation starts.
CONSENT_KINDS = ("transcript_storage", "recording", "biometrics", "memory", "data_processing")


class PersonaError(ValueError):
    """A persona that cannot be loaded; the message names the bad field's path."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScriptedCall(_Strict):
    """A tool call a scripted answer proposes."""

    name: str = Field(min_length=1, max_length=64)
    arguments: dict[str, Any] = {}


class ScriptedAnswer(_Strict):
    """A scripted answer with tool calls (a plain string is an answer without any)."""

    text: str = ""
    tool_calls: list[ScriptedCall] = []


class LlmConfig(_Strict):
    """Which backend answers, and how to reach it."""

    backend: Literal["flow", "openai", "scripted"] = "flow"
    base_url: AnyHttpUrl | None = None
    model: str | None = Field(default=None, max_length=200)
    api_key_env: str | None = Field(default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
    timeout_s: float = Field(default=30.0, gt=0, le=600)
    connect_timeout_s: float = Field(default=5.0, gt=0, le=60)
    max_retries: int = Field(default=2, ge=0, le=10)
    temperature: float = Field(default=0.2, ge=0, le=2)
    max_tokens: int | None = Field(default=None, ge=1, le=32_768)
    stream: bool = False  # openai: read the answer as a stream (still checked whole)
    evaluate_objectives: bool = True  # openai: a second call judges objective completion
    script: list[str | ScriptedAnswer] = []  # scripted: the replies in order (last repeats)

    @model_validator(mode="after")
    def _backend_fields(self) -> LlmConfig:
        if self.backend == "openai" and (self.base_url is None or not self.model):
            raise ValueError("the openai backend needs base_url and model")
        if self.backend == "scripted" and not self.script:
            raise ValueError("the scripted backend needs a non-empty script")
        return self


class Guardrail(_Strict):
    """A topic the agent must not engage with; matched on what the user says and what the
    agent answers. `block` refuses; `escalate` refuses and hands the topic to a person."""

    guardrail_name: str = Field(pattern=NAME)
    guardrail_prompt: str = Field(min_length=1, max_length=2000)
    examples: list[str] = Field(default=[], max_length=200)
    allowed_examples: list[str] = Field(default=[], max_length=200)  # on-topic, not a hit
    action: Literal["block", "escalate"] = "block"
    callback_url: AnyHttpUrl | None = None
    modality: Literal["verbal", "visual"] = "verbal"
    applies_to: Literal["user", "output", "both"] = "both"
    threshold: float | None = Field(default=None, gt=0, le=1)  # None: the matcher's default
    reply: str | None = Field(default=None, max_length=1000)  # what the agent says instead


#: `expect` forms: yes_no, date, number, text, or choice:[a, b, c].
_CHOICE = re.compile(r"^choice:\[(.+)\]$")


def parse_choices(expect: str) -> list[str] | None:
    """The options of a `choice:[a, b]` expectation, or None for the other kinds."""
    m = _CHOICE.match(expect.strip())
    if not m:
        return None
    return [c.strip().strip("'\"") for c in m.group(1).split(",") if c.strip()]


#: A flow-evaluable condition: `<variable> == <value>`, `!=`, or `in [a, b]`.
CONDITION = re.compile(
    r"^\s*(?P<var>[A-Za-z_][A-Za-z0-9_]*)\s*(?P<op>==|!=|in)\s*(?P<value>.+?)\s*$")


class Objective(_Strict):
    """Something the conversation must establish, with the variables it yields."""

    objective_name: str = Field(pattern=NAME)
    objective_prompt: str = Field(min_length=1, max_length=2000)
    confirmation_mode: Literal["auto", "manual"] = "auto"
    modality: Literal["verbal", "visual"] = "verbal"
    output_variables: list[str] = Field(default=[], max_length=20)
    next_required_objectives: list[str] = []
    next_conditional_objectives: dict[str, str] = {}  # objective name -> condition
    callback_url: AnyHttpUrl | None = None
    say: str | None = Field(default=None, max_length=1000)
    expect: str = "text"

    @field_validator("expect")
    @classmethod
    def _expect_kind(cls, v: str) -> str:
        v = v.strip()
        if v in ("yes_no", "date", "number", "text"):
            return v
        choices = parse_choices(v)
        if choices:
            return v
        raise ValueError("expect must be yes_no, date, number, text or choice:[a, b, ...]")

    @field_validator("output_variables")
    @classmethod
    def _variable_names(cls, v: list[str]) -> list[str]:
        for name in v:
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", name):
                raise ValueError(f"output variable names are identifiers, not {name[:40]!r}")
        return v

    @property
    def question(self) -> str:
        """What the flow engine asks (its `say`, else the objective prompt)."""
        return self.say or self.objective_prompt


class PiiConfig(_Strict):
    """Minimum necessary: what the model sees, and what may be restored in answers."""

    pseudonymize: bool = True
    reidentify: list[str] = []  # entity types restored for the same subject
    mode: Literal["spacy", "regex"] = "spacy"


class ConsentConfig(_Strict):
    """What the user must agree to before the conversation starts."""

    required: list[Literal[CONSENT_KINDS]] = []  # type: ignore[valid-type]
    text: str | None = Field(default=None, max_length=4000)  # shown to the user


class Residency(_Strict):
    """Where this persona's data is stored and where inference runs (labels, recorded on
    every conversation)."""

    storage: str = Field(default="local", max_length=64)
    inference: str = Field(default="local", max_length=64)


class KnowledgeConfig(_Strict):
    """What the agent may read: documents by tag (knowledge base) and inline facts."""

    tags: list[str] = []
    top_k: int = Field(default=4, ge=1, le=20)
    facts: list[str] = Field(default=[], max_length=500)
    min_similarity: float = Field(default=0.45, ge=0, le=1)


class MemoryConfig(_Strict):
    """Facts carried to the subject's next conversation with this persona (kept only when the
    subject consented to `memory`; days from `retention.memories`)."""

    enabled: bool = True
    top_k: int = Field(default=5, ge=1, le=50)
    extract: Literal["auto", "rules", "llm"] = "auto"  # auto: llm for openai, else rules


class Persona(_Strict):
    """One agent definition."""

    name: str = Field(pattern=NAME)
    description: str | None = Field(default=None, max_length=2000)
    system_prompt: str = Field(min_length=1, max_length=20_000)
    greeting: str | None = Field(default=None, max_length=2000)
    callback_url: AnyHttpUrl | None = None  # conversation events; default for the others
    llm: LlmConfig = LlmConfig()
    guardrails: list[Guardrail] = Field(default=[], max_length=100)
    objectives: list[Objective] = Field(default=[], max_length=100)
    pii: PiiConfig = PiiConfig()
    shield: ShieldPolicy = ShieldPolicy()
    retention: dict[Literal[DATA_KINDS], int] = {}  # type: ignore[valid-type]
    consent: ConsentConfig = ConsentConfig()
    residency: Residency = Residency()
    memory: MemoryConfig | None = None  # None: no memories
    knowledge: KnowledgeConfig = KnowledgeConfig()
    tools: list[dict[str, Any]] = Field(default=[], max_length=50)  # see confide.tools.spec
    tool_scopes: list[str] = []  # scopes this persona's conversations hold (least privilege)

    @field_validator("name")
    @classmethod
    def _name_is_no_personal_data(cls, v: str) -> str:
        from confide.audit import is_reference

        if not is_reference(f"persona:{v}"):  # the audit log names personas as they are
            raise ValueError("must not contain a long number (it would look like personal "
                             "data in the audit log)")
        return v

    @field_validator("retention")
    @classmethod
    def _retention_days(cls, v: dict[str, int]) -> dict[str, int]:
        for kind, days in v.items():
            if not 1 <= days <= 3650:
                raise ValueError(f"retention for {kind} must be 1 to 3650 days")
        return v

    @model_validator(mode="after")
    def _objective_graph(self) -> Persona:
        names = [o.objective_name for o in self.objectives]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ValueError(f"duplicate objective names: {', '.join(sorted(dupes))}")
        gnames = [g.guardrail_name for g in self.guardrails]
        gdupes = {n for n in gnames if gnames.count(n) > 1}
        if gdupes:
            raise ValueError(f"duplicate guardrail names: {', '.join(sorted(gdupes))}")
        known = set(names)
        for o in self.objectives:
            for target in (*o.next_required_objectives, *o.next_conditional_objectives):
                if target not in known:
                    raise ValueError(
                        f"objective {o.objective_name} names unknown next objective {target}")
                if target == o.objective_name:
                    raise ValueError(f"objective {o.objective_name} names itself as next")
            if self.llm.backend == "flow":
                for target, cond in o.next_conditional_objectives.items():
                    if not CONDITION.match(cond):
                        raise ValueError(
                            f"objective {o.objective_name}: the flow backend needs conditions "
                            f"like `var == value` (condition for {target})")
        return self

    @model_validator(mode="after")
    def _tools_declared(self) -> Persona:
        if self.tools:
            from confide.tools.spec import load_tools

            load_tools(self.tools)  # ToolSpecError (a ValueError) names the bad field
        return self

    def objective(self, name: str) -> Objective:
        """The objective called `name` (KeyError if none)."""
        for o in self.objectives:
            if o.objective_name == name:
                return o
        raise KeyError(name)

    def shield_policy(self) -> ShieldPolicy:
        """The Shield policy this persona runs: its `shield` section with its `pii` settings."""
        pii = self.shield.pii.model_copy(update={"mode": self.pii.mode,
                                                 "reidentify": list(self.pii.reidentify)})
        return self.shield.model_copy(update={"pii": pii})

    def retention_days(self, kind: str, default: int = 365) -> int:
        """Days to keep data of `kind` (the persona's setting, else `default`)."""
        return int(self.retention.get(kind, default))  # type: ignore[call-overload]


def _field_path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc) or "<root>"


def persona_from_mapping(data: Any) -> Persona:
    """Validate a parsed persona; errors name the field path, never echo the input."""
    if not isinstance(data, Mapping):
        raise PersonaError("a persona must be a mapping of fields")
    try:
        return Persona.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{_field_path(e['loc'])}: {e['msg']}"
                             for e in exc.errors(include_input=False, include_url=False))
        raise PersonaError(f"invalid persona: {problems}") from None


def load_persona(source: str | bytes | Path | Mapping[str, Any]) -> Persona:
    """A persona from YAML/JSON text, a file path, or a mapping."""
    if isinstance(source, Path):
        try:
            source = source.read_text(encoding="utf-8")
        except OSError as exc:
            raise PersonaError(f"cannot read persona file: {type(exc).__name__}") from None
    if isinstance(source, bytes):
        try:
            source = source.decode("utf-8")
        except UnicodeDecodeError:
            raise PersonaError("a persona must be UTF-8 text") from None
    if isinstance(source, str):
        try:
            data = yaml.safe_load(source)  # JSON is YAML too
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            raise PersonaError(f"malformed YAML{where}") from None
        return persona_from_mapping(data)
    return persona_from_mapping(source)


def persona_json(persona: Persona) -> str:
    """The canonical JSON form (what is stored)."""
    return json.dumps(persona.model_dump(mode="json", exclude_defaults=True),
                      sort_keys=True, separators=(",", ":"))


def valid_name(name: str) -> bool:
    """True when `name` is a valid persona/objective/guardrail name."""
    return bool(_NAME_RE.match(name))
