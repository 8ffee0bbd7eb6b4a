"""Refusal versus compliance: a small phrase detector over the start of a reply."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from confide.guards.normalize import normalize


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, ...], int]:
    raw = yaml.safe_load(resources.files("confide.redteam").joinpath("data/refusals.yaml")
                         .read_text(encoding="utf-8"))
    return tuple(p.casefold() for p in raw["phrases"]), int(raw.get("window", 400))


def is_refusal(text: str) -> bool:
    """True when the reply declines (a refusal phrase near its start) or is empty."""
    if not text.strip():
        return True
    phrases, window = _phrases()
    head = normalize(text[: window * 2]).text[:window].casefold().replace("\u2019", "'")
    return any(p in head for p in phrases)
