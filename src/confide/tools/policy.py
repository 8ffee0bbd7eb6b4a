"""The tool policy: allow, hold for a person, or refuse one proposed call. Pure: no I/O.

`decide()` refuses (listing every reason that applies) when:
- `tool.unknown`: the tool is not declared;
- `tool.scope_missing`: the conversation lacks a scope the tool needs;
- `tool.schema_invalid`: the arguments are not a JSON object valid under the schema;
- `tool.rate_limited`: the per-conversation or per-tenant limit is reached;
- `tool.injected_context`: a write/irreversible call in a turn whose untrusted text the
  Shield flagged as injected, unless it is the user's own request (below);
- `tool.sensitive_untrusted`: a sensitive argument found only in untrusted text;
- `tool.destination_not_allowed`: a destination argument off the tool's allow-list;

holds for a person when:
- `tool.injected_context`: that call in an injected turn is the user's own request: the user
  named the action (`requested`) and every argument value came from the user or the system;
- `tool.untrusted_argument`: a write/irreversible call with an argument found only in
  untrusted text;
- `tool.sensitive_generated`: a write/irreversible call with a sensitive argument the model
  wrote (found nowhere) while untrusted text was in context;
- `tool.approval_required`: `approval: always`, or `approval: when_untrusted` and an
  argument is untrusted or model-written while untrusted text was in context;

and allows otherwise (`tool.allowed`). Any refusal wins over a hold. Each finding names the
argument paths and the provenance that decided it. The decision carries argument values only
in `arguments` (kept out of `repr` and `to_dict`), which the runtime needs to run the call.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from confide.agent.llm.base import ToolCall
from confide.tools.provenance import ArgumentProvenance, ContextIndex, Origin, trace_values
from confide.tools.spec import TOOL_NAME, ToolSpec
from confide.verdict import Action, Verdict

__all__ = [
    "Finding",
    "Outcome",
    "RateCounts",
    "ToolDecision",
    "decide",
    "destination_allowed",
]

MAX_ARGUMENT_CHARS = 64_000
_TOOL_NAME = re.compile(TOOL_NAME)
_MAX_SCHEMA_ERRORS = 10


class Outcome(StrEnum):
    """What happens to a proposed call."""

    ALLOW = "allow"
    HOLD = "hold"
    REFUSE = "refuse"


_ACTION = {Outcome.ALLOW: Action.ALLOW, Outcome.HOLD: Action.ESCALATE,
           Outcome.REFUSE: Action.BLOCK}


@dataclass(frozen=True, slots=True)
class RateCounts:
    """Calls of this tool already counted: in this conversation, and by the tenant within the
    tool's `rate_limit.window_s`."""

    conversation: int = 0
    tenant: int = 0


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason, the argument paths that triggered it and where their values came from."""

    reason: str
    outcome: Outcome
    paths: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    detail: tuple[str, ...] = ()  # e.g. schema errors as `path: keyword` (never values)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"reason": self.reason, "outcome": self.outcome.value}
        if self.paths:
            d["paths"] = list(self.paths)
        if self.sources:
            d["sources"] = list(self.sources)
        if self.detail:
            d["detail"] = list(self.detail)
        return d


@dataclass(frozen=True, slots=True)
class ToolDecision:
    """The policy's answer for one proposed call."""

    outcome: Outcome
    tool: str
    call_id: str
    reasons: tuple[str, ...]
    findings: tuple[Finding, ...] = ()
    provenance: tuple[ArgumentProvenance, ...] = ()
    effect: str = ""
    arguments: Mapping[str, Any] | None = field(default=None, repr=False)

    @property
    def verdict(self) -> Verdict:
        """The decision in the shared vocabulary: allow, escalate (held) or block."""
        return Verdict(action=_ACTION[self.outcome], reasons=self.reasons,
                       detectors={"tools.policy": "1"})

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view without argument values (for audit and storage)."""
        return {"outcome": self.outcome.value, "tool": self.tool, "effect": self.effect,
                "reasons": list(self.reasons),
                "findings": [f.to_dict() for f in self.findings],
                "provenance": [p.to_dict() for p in self.provenance]}


def destination_allowed(value: Any, allowed: Sequence[str]) -> bool:
    """True when `value` (an e-mail address, URL or host name) is on the allow-list.

    Entries: `example.com` (that host, or addresses at it), `*.example.com` (subdomains),
    `name@example.com` (one address), `*` (anywhere). URLs carrying credentials are never
    allowed; anything unparseable is not allowed.
    """
    if not isinstance(value, str) or not value.strip() or len(value) > 2000:
        return False
    v = value.strip()
    address: str | None = None
    if "://" in v:
        try:
            parts = urlsplit(v)
            host = parts.hostname
        except ValueError:
            return False
        if not host or parts.username is not None or parts.password is not None:
            return False
    elif v.lower().startswith("mailto:") or "@" in v:
        address = v.split(":", 1)[1] if v.lower().startswith("mailto:") else v
        address = address.split("?", 1)[0].strip().lower()
        local, _, host = address.rpartition("@")
        if not local or not host:
            return False
    else:
        host = v.split("/", 1)[0]
    host = host.strip().lower().rstrip(".")
    if not host or any(c.isspace() for c in host) or "@" in host:
        return False
    for entry in allowed:
        if entry == "*":
            return True
        if "@" in entry:
            if address is not None and address == entry:
                return True
        elif entry.startswith("*."):
            if host.endswith(entry[1:]):
                return True
        elif host == entry:
            return True
    return False


def _parse(arguments: str) -> Any:
    def no_constants(_: str) -> Any:
        raise ValueError("non-finite number")

    return json.loads(arguments or "{}", parse_constant=no_constants)


def _property_names(schema: Any) -> set[str]:
    """Every property name a schema declares (at any depth)."""
    names: set[str] = set()
    if isinstance(schema, Mapping):
        props = schema.get("properties")
        if isinstance(props, Mapping):
            names.update(str(k) for k in props)
        for v in schema.values():
            names |= _property_names(v)
    elif isinstance(schema, list):
        for v in schema:
            names |= _property_names(v)
    return names


def _safe_part(part: Any, names: set[str]) -> str:
    """A path element fit for a log: an index or a declared name; a key the model chose
    is `*`."""
    if isinstance(part, int) or str(part) in names:
        return str(part)
    return "*"


def _refuse(call: ToolCall, spec: ToolSpec | None, finding: Finding) -> ToolDecision:
    name = call.name if _TOOL_NAME.match(call.name or "") else "<invalid>"
    return ToolDecision(Outcome.REFUSE, name, call.id[:64], (finding.reason,),
                        (finding,), effect=spec.effect if spec else "")


def _sources(provs: Iterable[ArgumentProvenance]) -> tuple[str, ...]:
    return tuple(sorted({s for p in provs for s in p.sources} or {p.origin.value
                                                                   for p in provs}))


_WORDS = re.compile(r"[a-z0-9]+")


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def requested(spec: ToolSpec, index: ContextIndex) -> bool:
    """True when what this user said names the action: every word of one of the tool's
    intents (default: the first word of its name) starts a word the user wrote."""
    said = {w for p in index.pieces if p.label == "user"
            for w in _WORDS.findall(p.norm.lower())}
    intents = spec.intents or [spec.name.split("_")[0]]
    for phrase in intents:
        words = _WORDS.findall(phrase.lower())
        if words and all(any(u.startswith(_stem(w)) for u in said) for w in words):
            return True
    return False


def decide(call: ToolCall, spec: ToolSpec | None, *, scopes: Iterable[str],
           context: ContextIndex | Iterable[tuple[str, str]], injected: bool = False,
           counts: RateCounts = RateCounts()) -> ToolDecision:
    """Allow, hold or refuse the proposed `call` of the tool `spec` (None: not declared).

    `scopes` are the scopes the conversation holds; `context` the turn's `(provenance, text)`
    pieces (or a prebuilt `ContextIndex`); `injected` whether the Shield flagged any
    untrusted text of this turn as an injection; `counts` the calls already counted.
    """
    if spec is None or spec.name != call.name:
        return _refuse(call, spec, Finding("tool.unknown", Outcome.REFUSE))
    missing = sorted(set(spec.scopes) - set(scopes))
    if missing:
        return _refuse(call, spec, Finding("tool.scope_missing", Outcome.REFUSE,
                                           detail=tuple(missing)))
    if len(call.arguments or "") > MAX_ARGUMENT_CHARS:
        return _refuse(call, spec, Finding("tool.schema_invalid", Outcome.REFUSE,
                                           detail=("<root>: too large",)))
    try:
        args = _parse(call.arguments)
    except (ValueError, RecursionError):
        return _refuse(call, spec, Finding("tool.schema_invalid", Outcome.REFUSE,
                                           detail=("<root>: not JSON",)))
    if not isinstance(args, dict):
        return _refuse(call, spec, Finding("tool.schema_invalid", Outcome.REFUSE,
                                           detail=("<root>: not an object",)))
    try:
        errors = sorted(spec.validator().iter_errors(args), key=lambda e: list(e.path))
    except RecursionError:  # pragma: no cover - absurdly deep input
        return _refuse(call, spec, Finding("tool.schema_invalid", Outcome.REFUSE,
                                           detail=("<root>: too deep",)))
    if errors:
        names = _property_names(spec.parameters)
        detail = tuple(
            f"{'.'.join(_safe_part(p, names) for p in e.path) or '<root>'}: {e.validator}"
            for e in errors[:_MAX_SCHEMA_ERRORS])
        return _refuse(call, spec, Finding("tool.schema_invalid", Outcome.REFUSE,
                                           detail=detail))

    index = context if isinstance(context, ContextIndex) else ContextIndex(context)
    traced = trace_values(args, spec.parameters, index)
    provenance = tuple(p for p, _ in traced)
    findings: list[Finding] = []

    limit = spec.rate_limit
    if limit.per_conversation is not None and counts.conversation >= limit.per_conversation:
        findings.append(Finding("tool.rate_limited", Outcome.REFUSE, detail=("conversation",)))
    if limit.per_tenant is not None and counts.tenant >= limit.per_tenant:
        findings.append(Finding("tool.rate_limited", Outcome.REFUSE, detail=("tenant",)))
    if injected and spec.side_effect:
        # Nothing side-effecting runs on its own in an injected turn. The user's own request
        # (they named the action, and every value is theirs or the system's) waits for a
        # person instead of being lost; anything else is refused.
        own = requested(spec, index) and all(p.origin.trusted for p in provenance)
        findings.append(Finding("tool.injected_context", Outcome.HOLD if own else Outcome.REFUSE,
                                sources=tuple(sorted({p.label for p in index.pieces
                                                      if p.trust == "untrusted"}))))
    sens_untrusted = [p for p in provenance if p.sensitive and p.origin is Origin.UNTRUSTED]
    if sens_untrusted:
        findings.append(Finding("tool.sensitive_untrusted", Outcome.REFUSE,
                                tuple(p.path for p in sens_untrusted),
                                _sources(sens_untrusted)))
    bad_dest = [p for p, v in traced
                if p.destination and not destination_allowed(v, spec.allowed_destinations)]
    if bad_dest:
        findings.append(Finding("tool.destination_not_allowed", Outcome.REFUSE,
                                tuple(p.path for p in bad_dest), _sources(bad_dest)))

    tainted_generated = index.has_untrusted
    untrusted = [p for p in provenance if p.origin is Origin.UNTRUSTED and not p.sensitive]
    if spec.side_effect and untrusted:
        findings.append(Finding("tool.untrusted_argument", Outcome.HOLD,
                                tuple(p.path for p in untrusted), _sources(untrusted)))
    sens_generated = [p for p in provenance
                      if p.sensitive and p.origin is Origin.GENERATED and tainted_generated]
    if spec.side_effect and sens_generated:
        findings.append(Finding("tool.sensitive_generated", Outcome.HOLD,
                                tuple(p.path for p in sens_generated),
                                _sources(sens_generated)))
    if spec.side_effect and index.has_untrusted and not requested(spec, index):
        findings.append(Finding("tool.unrequested_action", Outcome.HOLD,
                                sources=tuple(sorted({p.label for p in index.pieces
                                                      if p.trust == "untrusted"}))))
    if spec.approval == "always":
        findings.append(Finding("tool.approval_required", Outcome.HOLD, detail=("always",)))
    elif spec.approval == "when_untrusted":
        tainted = [p for p in provenance if p.origin is Origin.UNTRUSTED
                   or (p.origin is Origin.GENERATED and tainted_generated)]
        if tainted:
            findings.append(Finding("tool.approval_required", Outcome.HOLD,
                                    tuple(p.path for p in tainted), _sources(tainted),
                                    detail=("when_untrusted",)))

    if any(f.outcome is Outcome.REFUSE for f in findings):
        outcome = Outcome.REFUSE
        findings = [f for f in findings if f.outcome is Outcome.REFUSE]
    elif findings:
        outcome = Outcome.HOLD
    else:
        outcome = Outcome.ALLOW
    reasons = tuple(dict.fromkeys(f.reason for f in findings)) or ("tool.allowed",)
    return ToolDecision(outcome, spec.name, call.id[:64], reasons, tuple(findings), provenance,
                        spec.effect, args if outcome is not Outcome.REFUSE else None)
