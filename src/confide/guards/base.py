"""The one interface every guard implements, and the context it is given."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from confide.verdict import Channel, Verdict


@dataclass(frozen=True, slots=True)
class GuardContext:
    """What a guard may know about the text besides the text itself.

    `original` is the text as received. The text passed to `check` may be its normalised
    form: a guard reports entity offsets into the text it was given, and the Shield maps
    them back to `original`. Output guards also get the conversation/retrieved `context`,
    the `system_prompt`, the conversation's `canary`, and the values this subject provided
    (`subject_values`).
    """

    channel: Channel
    # Raw text, prompts and PII: kept out of repr (tracebacks, debug logs).
    original: str = field(repr=False)
    context: tuple[str, ...] = field(default=(), repr=False)
    system_prompt: str | None = field(default=None, repr=False)
    canary: str | None = field(default=None, repr=False)
    subject_values: frozenset[str] = field(default=frozenset(), repr=False)
    options: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class Guard(Protocol):
    """A pure check: no network, no database. `name` and `version` go into every verdict."""

    name: str
    version: str

    def check(self, text: str, ctx: GuardContext) -> Verdict: ...
