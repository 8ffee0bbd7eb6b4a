"""Objective tracking: which objectives are open, done or given up, and what they yielded.

An `ObjectiveTracker` is pure and serialisable (`to_dict` / `from_dict`). "Root" objectives,
those no other objective names as a next objective, are walked in the persona's order. When
an objective completes, its `next_required_objectives` become available, and so does each
`next_conditional_objectives` target whose condition holds over the variables so far.
Activated objectives come before the remaining roots, in activation order. A skipped (given
up) objective activates its required next objectives only, so the flow moves on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from confide.agent.llm.base import ObjectiveUpdate, ObjectiveView
from confide.agent.persona import CONDITION, Objective, Persona

#: Longest variable value kept (characters).
MAX_VALUE_CHARS = 500



def _norm(value: str) -> str:
    return value.strip().strip("'\"").strip().casefold()


def evaluate_condition(condition: str, variables: Mapping[str, str]) -> bool:
    """Whether `var == value`, `var != value` or `var in [a, b]` holds over `variables`.

    Comparison is case-insensitive with quotes stripped. A condition that does not parse,
    or names a variable that is not set, is false.
    """
    m = CONDITION.match(condition)
    if not m:
        return False
    var, op, raw = m.group("var"), m.group("op"), m.group("value")
    if var not in variables:
        return False
    have = _norm(str(variables[var]))
    if op == "in":
        raw = raw.strip()
        if not (raw.startswith("[") and raw.endswith("]")):
            return False
        options = {_norm(v) for v in raw[1:-1].split(",") if v.strip()}
        return have in options
    want = _norm(raw)
    return have == want if op == "==" else have != want


def root_names(persona: Persona) -> frozenset[str]:
    """Objectives that no other objective names as a next objective."""
    named: set[str] = set()
    for o in persona.objectives:
        named.update(o.next_required_objectives)
        named.update(o.next_conditional_objectives)
    return frozenset(o.objective_name for o in persona.objectives) - named


def _names(persona: Persona, items: Any) -> list[str]:
    """Known objective names from an untrusted iterable, de-duplicated, in order."""
    known = {o.objective_name for o in persona.objectives}
    out: list[str] = []
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        return out
    for item in items:
        if isinstance(item, str) and item in known and item not in out:
            out.append(item)
    return out


def _clean_value(value: Any) -> str:
    return str(value)[:MAX_VALUE_CHARS]


class ObjectiveTracker:
    """The objective state of one conversation under one persona."""

    def __init__(self, persona: Persona, *, completed: Iterable[str] = (),
                 skipped: Iterable[str] = (), variables: Mapping[str, Any] | None = None,
                 activated: Iterable[str] = ()) -> None:
        self.persona = persona
        self._roots = root_names(persona)
        self._completed = _names(persona, completed)
        self._skipped = [n for n in _names(persona, skipped) if n not in self._completed]
        self._activated = _names(persona, activated)
        self._variables: dict[str, str] = {}
        if isinstance(variables, Mapping):
            for k, v in variables.items():
                if isinstance(k, str) and v is not None:
                    self._variables[k] = _clean_value(v)

    # -- serialisation -------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready snapshot (`from_dict` reads it back)."""
        return {"completed": list(self._completed), "skipped": list(self._skipped),
                "variables": dict(self._variables), "activated": list(self._activated)}

    @classmethod
    def from_dict(cls, persona: Persona, data: Mapping[str, Any] | None) -> ObjectiveTracker:
        """A tracker from `to_dict` output; unknown names and malformed fields are dropped."""
        data = data if isinstance(data, Mapping) else {}
        variables = data.get("variables")
        return cls(persona, completed=data.get("completed", ()),
                   skipped=data.get("skipped", ()),
                   variables=variables if isinstance(variables, Mapping) else None,
                   activated=data.get("activated", ()))

    @classmethod
    def from_view(cls, persona: Persona, view: ObjectiveView, *,
                  skipped: Iterable[str] = ()) -> ObjectiveTracker:
        """A tracker rebuilt from what a backend sees (an `ObjectiveView`).

        The view does not list skipped objectives: roots that are neither pending nor
        completed are taken as skipped, and `skipped` adds names the caller knows it gave up.
        Pending non-root objectives are taken as activated, in view order.
        """
        roots = root_names(persona)
        pending = _names(persona, (o.objective_name for o in view.pending))
        completed = _names(persona, view.completed)
        open_or_done = set(pending) | set(completed)
        gave_up = [o.objective_name for o in persona.objectives
                   if o.objective_name in roots and o.objective_name not in open_or_done]
        gave_up += [n for n in _names(persona, skipped)
                    if n not in open_or_done and n not in gave_up]
        return cls(persona, completed=completed, skipped=gave_up,
                   variables=dict(view.variables),
                   activated=[n for n in pending if n not in roots])

    # -- queries -------------------------------------------------------------------------

    def _closed(self) -> set[str]:
        return set(self._completed) | set(self._skipped)

    def pending(self) -> tuple[Objective, ...]:
        """Open objectives that may be worked on now, in order; the first is current."""
        closed = self._closed()
        active = [self.persona.objective(n) for n in self._activated if n not in closed]
        roots = [o for o in self.persona.objectives
                 if o.objective_name in self._roots and o.objective_name not in closed
                 and o.objective_name not in self._activated]
        return (*active, *roots)

    @property
    def done(self) -> bool:
        """True when no objective is open (unreachable ones stay unavailable)."""
        return not self.pending()

    @property
    def completed(self) -> tuple[str, ...]:
        """Completed objective names, in completion order."""
        return tuple(self._completed)

    @property
    def skipped(self) -> tuple[str, ...]:
        """Given-up objective names, in order."""
        return tuple(self._skipped)

    @property
    def variables(self) -> dict[str, str]:
        """A copy of the variables extracted so far."""
        return dict(self._variables)

    def view(self) -> ObjectiveView:
        """What a backend may know: pending objectives, completed names, variables."""
        return ObjectiveView(pending=self.pending(), completed=tuple(self._completed),
                             variables=dict(self._variables))

    def status(self) -> list[dict[str, Any]]:
        """Per objective, in persona order: name, state and the variables it yielded."""
        pending = [o.objective_name for o in self.pending()]
        out: list[dict[str, Any]] = []
        for o in self.persona.objectives:
            name = o.objective_name
            if name in self._completed:
                state = "completed"
            elif name in self._skipped:
                state = "skipped"
            elif pending and name == pending[0]:
                state = "active"
            elif name in pending:
                state = "pending"
            else:
                state = "unavailable"
            out.append({"name": name, "state": state,
                        "variables": {v: self._variables[v] for v in o.output_variables
                                      if v in self._variables}})
        return out

    # -- updates -------------------------------------------------------------------------

    def _activate(self, names: Iterable[str]) -> None:
        closed = self._closed()
        for n in names:
            if n not in closed and n not in self._activated:
                self._activated.append(n)

    def apply(self, update: ObjectiveUpdate) -> bool:
        """Apply a backend's update; True when an objective became completed now.

        Unknown objectives, objectives not currently pending and closed ones are ignored.
        Only the objective's declared output variables are kept (as str, truncated).
        `completed=False` gives the objective up: it is marked skipped.
        """
        if update.objective not in {o.objective_name for o in self.pending()}:
            return False
        objective = self.persona.objective(update.objective)
        if not update.completed:
            self._skipped.append(objective.objective_name)
            self._activate(objective.next_required_objectives)
            return False
        declared = set(objective.output_variables)
        variables = update.variables if isinstance(update.variables, Mapping) else {}
        for k, v in variables.items():
            if k in declared and v is not None:
                self._variables[k] = _clean_value(v)
        self._completed.append(objective.objective_name)
        self._activate(objective.next_required_objectives)
        self._activate(t for t, cond in objective.next_conditional_objectives.items()
                       if evaluate_condition(cond, self._variables))
        return True


__all__ = ["MAX_VALUE_CHARS", "ObjectiveTracker", "evaluate_condition", "root_names"]
