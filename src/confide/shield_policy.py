"""The Shield's policy: which guards run, with which thresholds, modes and pinned versions."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class PolicyError(ValueError):
    """A policy that cannot be loaded or honoured (the Shield refuses to start: fail closed)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class InjectionPolicy(_Strict):
    enabled: bool = True
    # who types on the user channel: callers (patients, claimants, candidates) or staff
    # working their cases; picks the model's threshold for them (`docs/shield.md`)
    audience: Literal["callers", "staff"] = "callers"
    user_threshold: float | None = Field(default=None, ge=0, le=1)
    document_threshold: float | None = Field(default=None, ge=0, le=1)
    # run the fine-tuned encoder where it could change the decision (`docs/shield.md`); off:
    # the n-gram model alone at its own thresholds, for deployments that cannot spend ~20 ms
    encoder: bool = True


class PiiPolicy(_Strict):
    enabled: bool = True
    mode: Literal["spacy", "regex"] = "spacy"
    entities: list[str] | None = None  # None: every supported type
    min_score: float = Field(default=0.5, ge=0, le=1)
    reidentify: list[str] = []  # types restored in answers for the same subject


class ContentSafetyPolicy(_Strict):
    enabled: bool = True
    on_input: bool = True  # also check what the user asks, not only what the model answers


class OutputPolicy(_Strict):
    pii_leak_action: Literal["transform", "block"] = "transform"
    secret_leak: bool = True
    prompt_leak: bool = True
    allowed_domains: list[str] = []
    grounding: bool = True
    grounding_action: Literal["allow", "escalate", "block"] = "allow"


class ShieldPolicy(_Strict):
    """The whole Shield configuration. `pins` maps a detector name to the version it must be."""

    injection: InjectionPolicy = InjectionPolicy()
    pii: PiiPolicy = PiiPolicy()
    secrets: bool = True
    content_safety: ContentSafetyPolicy = ContentSafetyPolicy()
    decode_payloads: bool = True
    output: OutputPolicy = OutputPolicy()
    pins: dict[str, str] = {}

    @classmethod
    def load(cls, source: ShieldPolicy | Mapping[str, Any] | str | Path | None) -> ShieldPolicy:
        """Build a policy from a model, a mapping, or a YAML file path; errors name the field."""
        if source is None:
            return cls()
        if isinstance(source, ShieldPolicy):
            return source
        if isinstance(source, str | Path):
            try:
                data = yaml.safe_load(Path(source).read_text(encoding="utf-8")) or {}
            except (OSError, yaml.YAMLError) as exc:
                reason = type(exc).__name__
                raise PolicyError(f"cannot read policy file {source}: {reason}") from None
            source = data
        try:
            return cls.model_validate(source)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}"
                for e in exc.errors(include_input=False)
            )
            raise PolicyError(f"invalid shield policy: {problems}") from None
