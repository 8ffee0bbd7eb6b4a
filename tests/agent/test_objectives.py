"""ObjectiveTracker: walking roots, activation, conditions, skips, serialisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import confide
from confide.agent.llm.base import ObjectiveUpdate
from confide.agent.objectives import ObjectiveTracker, evaluate_condition, root_names
from confide.agent.persona import Persona, load_persona

PERSONAS = Path(confide.__file__).parent / "data" / "personas"


def example(name: str) -> Persona:
    return load_persona(PERSONAS / f"{name}.yaml")


def names(tracker: ObjectiveTracker) -> list[str]:
    return [o.objective_name for o in tracker.pending()]


def graph_persona(conditions: dict[str, str]) -> Persona:
    """A small persona: `ask` yields `x`, then conditional targets a, b, c (never-true
    conditions fill the targets a test leaves out, so they are not roots)."""
    conditions = {"a": "x == never", "b": "x == never", "c": "x == never", **conditions}
    return load_persona({
        "name": "graph",
        "system_prompt": "test",
        "objectives": [
            {"objective_name": "ask", "objective_prompt": "Ask.", "output_variables": ["x"],
             "next_conditional_objectives": conditions},
            {"objective_name": "a", "objective_prompt": "A."},
            {"objective_name": "b", "objective_prompt": "B."},
            {"objective_name": "c", "objective_prompt": "C."},
            {"objective_name": "tail", "objective_prompt": "Tail."},
        ],
    })


def test_roots_of_hospital() -> None:
    assert root_names(example("hospital-discharge")) == {"identity_check",
                                                         "discharge_instructions"}


def test_insurance_walks_all_roots_in_order() -> None:
    t = ObjectiveTracker(example("insurance-claims"))
    assert names(t) == ["incident_date", "police_report", "photos", "repair_estimate",
                        "vehicles_involved"]
    assert t.apply(ObjectiveUpdate("incident_date", {"incident_date": "2026-11-20"}))
    assert names(t)[0] == "police_report"
    assert t.view().completed == ("incident_date",)
    assert not t.done


def test_hospital_no_branch_goes_through_review() -> None:
    t = ObjectiveTracker(example("hospital-discharge"))
    assert names(t) == ["identity_check", "discharge_instructions"]
    assert t.apply(ObjectiveUpdate("identity_check", {"date_of_birth": "1961-03-03"}))
    assert t.apply(ObjectiveUpdate("discharge_instructions", {"understands_instructions": "No"}))
    assert names(t) == ["instructions_review"]
    assert t.apply(ObjectiveUpdate("instructions_review", {"nurse_callback_time": "morning"}))
    assert names(t) == ["medication_schedule"]
    assert t.apply(ObjectiveUpdate("medication_schedule",
                                   {"medication_schedule_confirmed": "yes"}))
    assert names(t) == ["follow_up_appointment"]
    assert t.apply(ObjectiveUpdate("follow_up_appointment", {"follow_up_date": "2026-12-01"}))
    assert t.done
    assert t.variables == {"date_of_birth": "1961-03-03", "understands_instructions": "No",
                           "nurse_callback_time": "morning",
                           "medication_schedule_confirmed": "yes",
                           "follow_up_date": "2026-12-01"}


def test_hospital_yes_branch_skips_review() -> None:
    t = ObjectiveTracker(example("hospital-discharge"))
    t.apply(ObjectiveUpdate("discharge_instructions", {"understands_instructions": "yes"}))
    # activated objectives come before the remaining roots
    assert names(t) == ["medication_schedule", "identity_check"]
    states = {s["name"]: s["state"] for s in t.status()}
    assert states == {"identity_check": "pending", "discharge_instructions": "completed",
                      "instructions_review": "unavailable", "medication_schedule": "active",
                      "follow_up_appointment": "unavailable"}


def test_skip_activates_required_but_not_conditional() -> None:
    t = ObjectiveTracker(example("hospital-discharge"))
    t.apply(ObjectiveUpdate("identity_check", {"date_of_birth": "x"}))
    assert not t.apply(ObjectiveUpdate("discharge_instructions", completed=False))
    assert t.done  # neither branch: nothing else reachable
    assert t.skipped == ("discharge_instructions",)
    t2 = ObjectiveTracker(example("hospital-discharge"),
                          completed=["identity_check", "discharge_instructions"],
                          activated=["instructions_review"],
                          variables={"understands_instructions": "no"})
    t2.apply(ObjectiveUpdate("instructions_review", completed=False))
    assert names(t2) == ["medication_schedule"]
    assert {s["name"]: s["state"] for s in t2.status()}["instructions_review"] == "skipped"


def test_unknown_unavailable_and_repeated_updates_are_ignored() -> None:
    t = ObjectiveTracker(example("hospital-discharge"))
    assert not t.apply(ObjectiveUpdate("no_such_objective", {"x": "1"}))
    assert not t.apply(ObjectiveUpdate("follow_up_appointment", {"follow_up_date": "1"}))
    assert t.apply(ObjectiveUpdate("identity_check", {"date_of_birth": "a"}))
    assert not t.apply(ObjectiveUpdate("identity_check", {"date_of_birth": "b"}))
    assert not t.apply(ObjectiveUpdate("identity_check", completed=False))
    assert t.variables == {"date_of_birth": "a"}
    assert t.completed == ("identity_check",)
    assert t.skipped == ()


def test_only_declared_variables_kept_and_truncated() -> None:
    t = ObjectiveTracker(example("insurance-claims"))
    t.apply(ObjectiveUpdate("incident_date", {"incident_date": "d" * 900, "other": "x",
                                              "vehicle_count": "3"}))
    assert t.variables == {"incident_date": "d" * 500}


@pytest.mark.parametrize(("conditions", "value", "expected"), [
    ({"a": "x == yes", "b": "x != yes"}, "YES", ["a", "tail"]),
    ({"a": "x == yes", "b": "x != yes"}, "no", ["b", "tail"]),
    ({"a": "x in [red, 'green']", "b": "x in [blue]"}, "Green", ["a", "tail"]),
    ({"a": "x == 'two words'", "c": "x != 'two words'"}, "two words", ["a", "tail"]),
    ({"a": "x in [1, 2]", "b": "x == 3", "c": "x != 1"}, "2", ["a", "c", "tail"]),
])
def test_conditions(conditions: dict[str, str], value: str, expected: list[str]) -> None:
    t = ObjectiveTracker(graph_persona(conditions))
    assert t.apply(ObjectiveUpdate("ask", {"x": value}))
    assert names(t) == expected


def test_evaluate_condition_edges() -> None:
    v = {"x": "Yes"}
    assert evaluate_condition("x == yes", v)
    assert evaluate_condition('x == "YES"', v)
    assert not evaluate_condition("x != yes", v)
    assert not evaluate_condition("y == yes", v)  # unset variable
    assert not evaluate_condition("y != yes", v)
    assert not evaluate_condition("the patient seems confused", v)  # not parseable
    assert not evaluate_condition("x in yes", v)  # `in` needs a list
    assert evaluate_condition("x in [no, yes]", v)


def test_serialisation_round_trip_is_json() -> None:
    persona = example("hospital-discharge")
    t = ObjectiveTracker(persona)
    t.apply(ObjectiveUpdate("identity_check", {"date_of_birth": "<DATE_OF_BIRTH_1>"}))
    t.apply(ObjectiveUpdate("discharge_instructions", {"understands_instructions": "no"}))
    data = json.loads(json.dumps(t.to_dict()))
    back = ObjectiveTracker.from_dict(persona, data)
    assert back.to_dict() == t.to_dict()
    assert names(back) == ["instructions_review"]
    assert back.status() == t.status()


def test_from_dict_drops_garbage() -> None:
    persona = example("insurance-claims")
    t = ObjectiveTracker.from_dict(persona, {"completed": ["photos", "nope", 3, "photos"],
                                             "skipped": "police_report",
                                             "variables": {"has_photos": 1, 2: "x"},
                                             "activated": None})
    assert t.completed == ("photos",)
    assert t.skipped == ()
    assert t.variables == {"has_photos": "1"}
    assert ObjectiveTracker.from_dict(persona, None).to_dict() == ObjectiveTracker(
        persona).to_dict()


def test_from_view_rebuilds_pending_and_skips() -> None:
    persona = example("hospital-discharge")
    t = ObjectiveTracker(persona)
    t.apply(ObjectiveUpdate("identity_check", completed=False))
    t.apply(ObjectiveUpdate("discharge_instructions", {"understands_instructions": "no"}))
    t.apply(ObjectiveUpdate("instructions_review", completed=False))
    rebuilt = ObjectiveTracker.from_view(persona, t.view(), skipped=["instructions_review"])
    assert names(rebuilt) == names(t) == ["medication_schedule"]
    assert rebuilt.status() == t.status()


def test_status_shape() -> None:
    t = ObjectiveTracker(example("candidate-screening"))
    t.apply(ObjectiveUpdate("work_authorization", {"work_authorized": "yes"}))
    status = t.status()
    assert status[0] == {"name": "work_authorization", "state": "completed",
                         "variables": {"work_authorized": "yes"}}
    assert status[1] == {"name": "shift_availability", "state": "active", "variables": {}}
    assert [s["state"] for s in status[2:]] == ["pending"] * 3
