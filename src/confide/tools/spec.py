"""Tool declarations: what a persona's `tools:` entries may say, validated before anything runs.

A tool is `name`, `description`, `parameters` (a JSON Schema, itself checked against its
meta-schema at load), `effect` (`read` | `write` | `irreversible`), the `scopes` it needs,
an `approval` mode, `rate_limit`, `timeout_s` and an `executor`. Two annotations inside a
property schema steer the policy (they are stripped before the schema reaches a model):

- `x-confide-sensitive: true` — the value (and everything below it) must come from what the
  user or the operator said; a value found only in untrusted text is refused.
- `x-confide-destination: true` — the value sends data out (an e-mail address, a URL, a
  host); it must match the tool's `allowed_destinations`. Properties with `format` email,
  idn-email, uri, iri, uri-reference, iri-reference, hostname or idn-hostname are
  destinations too. Destinations are sensitive unless marked `x-confide-sensitive: false`.

`load_tools` turns any problem into a `ToolSpecError` naming the field path
(`tools.1.parameters: ...`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal

from jsonschema import SchemaError
from jsonschema.validators import Draft202012Validator, validator_for
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

__all__ = [
    "DESTINATION_FORMATS",
    "HttpExecutorSpec",
    "PythonExecutorSpec",
    "RateLimit",
    "ToolSpec",
    "ToolSpecError",
    "load_tools",
    "offered",
    "to_openai",
]

TOOL_NAME = r"^[A-Za-z][A-Za-z0-9_-]{0,63}$"
SCOPE = r"^[a-z][a-z0-9_.:-]{0,63}$"
ENTRY_POINT = re.compile(r"^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*:[A-Za-z_][\w]*$")
SENSITIVE_KEY = "x-confide-sensitive"
DESTINATION_KEY = "x-confide-destination"
#: JSON Schema formats whose values send data somewhere.
DESTINATION_FORMATS = frozenset({"email", "idn-email", "uri", "iri", "uri-reference",
                                 "iri-reference", "hostname", "idn-hostname"})
_DESTINATION_ENTRY = re.compile(
    r"^(\*|(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
    r"|[^@\s]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$")


class ToolSpecError(ValueError):
    """A tool declaration that cannot be loaded; the message names the bad field's path."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HttpExecutorSpec(_Strict):
    """POST the arguments as signed JSON to `url` (never following redirects)."""

    type: Literal["http"]
    url: str = Field(min_length=1, max_length=2000)

    @field_validator("url")
    @classmethod
    def _http_url(cls, v: str) -> str:
        from confide.webhooks import check_url

        try:
            return check_url(v)
        except ValueError as exc:
            raise ValueError(str(exc).replace("webhook", "tool")) from None


class PythonExecutorSpec(_Strict):
    """Call `module:function` with the arguments as keywords (the module must be allowed by
    the server's configuration, see `confide.tools.executors.PythonExecutor`)."""

    type: Literal["python"]
    entry_point: str = Field(max_length=300)

    @field_validator("entry_point")
    @classmethod
    def _entry_point(cls, v: str) -> str:
        if not ENTRY_POINT.match(v):
            raise ValueError("entry_point must look like package.module:function")
        return v


ExecutorSpec = Annotated[HttpExecutorSpec | PythonExecutorSpec, Field(discriminator="type")]


class RateLimit(_Strict):
    """How often a tool may be called: per conversation (in all) and per tenant (per window).

    A call counts once it is allowed or held; refused calls do not count. `None`: no limit.
    """

    per_conversation: int | None = Field(default=20, ge=1, le=100_000)
    per_tenant: int | None = Field(default=None, ge=1, le=10_000_000)
    window_s: int = Field(default=3600, ge=1, le=31 * 86_400)


class ToolSpec(_Strict):
    """One tool a persona declares."""

    name: str = Field(pattern=TOOL_NAME)
    description: str = Field(min_length=1, max_length=2000)
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object",
                                                                "properties": {}})
    effect: Literal["read", "write", "irreversible"]
    scopes: list[Annotated[str, Field(pattern=SCOPE)]] = Field(default=[], max_length=20)
    #: never | when_untrusted | always; default: always for irreversible, when_untrusted
    #: for write, never for read.
    approval: Literal["never", "when_untrusted", "always"] = "never"
    rate_limit: RateLimit = RateLimit()
    timeout_s: float = Field(default=10.0, gt=0, le=300)
    executor: ExecutorSpec
    #: Where destination arguments may point: `example.com` (that host or mail domain),
    #: `*.example.com` (its subdomains), `name@example.com` (one address), `*` (anywhere).
    allowed_destinations: list[str] = Field(default=[], max_length=500, validate_default=True)
    # words that show the user asked for this action ("cancel", "book"); default: the first
    # word of the tool's name. Untrusted text in view and none of them said: held.
    intents: list[str] = Field(default=[], max_length=50)
    approval_ttl_s: int = Field(default=86_400, ge=60, le=30 * 86_400)

    @model_validator(mode="before")
    @classmethod
    def _default_approval(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and data.get("approval") is None:
            effect = data.get("effect")
            default = {"irreversible": "always", "write": "when_untrusted"}.get(
                effect if isinstance(effect, str) else "", "never")
            data = {**data, "approval": default}
        return data

    @field_validator("parameters")
    @classmethod
    def _schema(cls, v: dict[str, Any]) -> dict[str, Any]:
        if v.get("type") != "object":
            raise ValueError("parameters must be a JSON Schema with type: object")
        try:
            validator_for(v, default=Draft202012Validator).check_schema(v)
        except SchemaError as exc:
            where = ".".join(str(p) for p in exc.path)
            raise ValueError(f"not a valid JSON Schema ({where or 'root'}: "
                             f"{exc.message[:200]})") from None
        _check_annotations(v, "")
        return v

    @field_validator("allowed_destinations")
    @classmethod
    def _destinations(cls, v: list[str], info: ValidationInfo) -> list[str]:
        params = info.data.get("parameters")
        if not v and isinstance(params, Mapping) and destination_paths(params):
            raise ValueError("required: parameters has destination arguments "
                             f"({', '.join(destination_paths(params))[:300]})")
        out = []
        for entry in v:
            e = entry.strip().lower().rstrip(".")
            if not _DESTINATION_ENTRY.match(e):
                raise ValueError("allowed_destinations entries are a domain, *.domain, "
                                 "an e-mail address or *")
            out.append(e)
        return out

    @property
    def side_effect(self) -> bool:
        """True for `write` and `irreversible` tools."""
        return self.effect != "read"

    def validator(self) -> Any:
        """A jsonschema validator of this tool's arguments (formats checked)."""
        cls = validator_for(self.parameters, default=Draft202012Validator)
        return cls(self.parameters, format_checker=cls.FORMAT_CHECKER)


def _check_annotations(schema: Any, where: str) -> None:
    """`x-confide-*` keys are known and boolean."""
    if isinstance(schema, Mapping):
        for key, value in schema.items():
            if isinstance(key, str) and key.startswith("x-confide-"):
                if key not in (SENSITIVE_KEY, DESTINATION_KEY):
                    raise ValueError(f"unknown annotation {key[:60]} at {where or 'root'}")
                if not isinstance(value, bool):
                    raise ValueError(f"{key} must be true or false (at {where or 'root'})")
            else:
                _check_annotations(value, f"{where}.{key}" if where else str(key))
    elif isinstance(schema, list):
        for i, item in enumerate(schema):
            _check_annotations(item, f"{where}.{i}" if where else str(i))


def is_destination(schema: Mapping[str, Any]) -> bool:
    """True when a property schema marks a value that sends data out."""
    flag = schema.get(DESTINATION_KEY)
    if flag is not None:
        return bool(flag)
    return schema.get("format") in DESTINATION_FORMATS


def destination_paths(schema: Mapping[str, Any], where: str = "") -> list[str]:
    """The property paths of destination arguments declared in a schema (for messages)."""
    out: list[str] = []
    if not isinstance(schema, Mapping):
        return out
    if where and is_destination(schema):
        out.append(where)
    for name, sub in (schema.get("properties") or {}).items():
        if isinstance(sub, Mapping):
            out += destination_paths(sub, f"{where}.{name}" if where else str(name))
    items = schema.get("items")
    if isinstance(items, Mapping):
        out += destination_paths(items, f"{where}.*" if where else "*")
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key) or []:
            if isinstance(sub, Mapping):
                out += destination_paths(sub, where)
    return list(dict.fromkeys(p for p in out if p))


def _strip(schema: Any) -> Any:
    if isinstance(schema, Mapping):
        return {k: _strip(v) for k, v in schema.items()
                if not (isinstance(k, str) and k.startswith("x-confide-"))}
    if isinstance(schema, list):
        return [_strip(v) for v in schema]
    return schema


def to_openai(tools: Sequence[ToolSpec]) -> list[dict[str, Any]]:
    """The tools in the OpenAI `tools` format (Confide annotations removed)."""
    return [{"type": "function",
             "function": {"name": t.name, "description": t.description,
                          "parameters": _strip(t.parameters)}} for t in tools]


def offered(tools: Sequence[ToolSpec], held_scopes: Sequence[str] | frozenset[str]) -> list[
        ToolSpec]:
    """The tools whose every scope the conversation holds (the only ones a model sees)."""
    held = frozenset(held_scopes)
    return [t for t in tools if set(t.scopes) <= held]


def _field_path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc if p not in ("http", "python"))


def load_tools(source: Any) -> list[ToolSpec]:
    """The typed tools of a persona (anything with a `tools` list) or of a list of mappings.

    Errors name the field path (`tools.1.parameters: ...`) and never echo values.
    """
    raw = getattr(source, "tools", source)
    if not isinstance(raw, Sequence) or isinstance(raw, str | bytes):
        raise ToolSpecError("invalid tools: tools must be a list of tool declarations")
    specs: list[ToolSpec] = []
    problems: list[str] = []
    for i, item in enumerate(raw):
        if isinstance(item, ToolSpec):
            specs.append(item)
            continue
        if not isinstance(item, Mapping):
            problems.append(f"tools.{i}: a tool must be a mapping of fields")
            continue
        try:
            specs.append(ToolSpec.model_validate(dict(item)))
        except ValidationError as exc:
            for e in exc.errors(include_input=False, include_url=False):
                path = _field_path(("tools", i, *e["loc"]))
                msg = str(e["msg"]).removeprefix("Value error, ")
                problems.append(f"{path}: {msg}")
    names = [s.name for s in specs]
    for dupe in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"tools: duplicate tool name {dupe}")
    if problems:
        raise ToolSpecError("invalid tools: " + "; ".join(problems))
    return specs
