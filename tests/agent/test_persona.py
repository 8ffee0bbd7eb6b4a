"""Persona schema: the example personas load, and every error names the field path."""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.agent.persona import PersonaError, load_persona, parse_choices
from confide.agent.personas import bundled_personas

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "personas"
BASE = "name: p\nsystem_prompt: hi\n"


def test_examples_are_the_bundled_personas() -> None:
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert [load_persona(f).name for f in files] == [p.name for p in bundled_personas()]
    assert {p.name for p in bundled_personas()} == {
        "hospital-discharge", "insurance-claims", "candidate-screening"}
    hospital = load_persona(EXAMPLES / "hospital-discharge.yaml")
    assert hospital.guardrails[0].action == "escalate"
    assert [o.objective_name for o in hospital.objectives][:2] == ["identity_check",
                                                                   "discharge_instructions"]


@pytest.mark.parametrize(("yaml_text", "path"), [
    (BASE + "llm: {backend: gpt}", "llm.backend"),
    (BASE + "llm: {backend: openai}", "llm"),
    (BASE + "objectives: [{objective_name: a, objective_prompt: b, expect: maybe}]",
     "objectives.0.expect"),
    (BASE + "objectives: [{objective_name: A B, objective_prompt: b}]",
     "objectives.0.objective_name"),
    (BASE + "guardrails: [{guardrail_name: g, guardrail_prompt: p, action: warn}]",
     "guardrails.0.action"),
    (BASE + "retention: {transcripts: 0}", "retention"),
    (BASE + "consent: {required: [mind_reading]}", "consent.required.0"),
    (BASE + "unknown_field: 1", "unknown_field"),
    ("name: ward-5551234567\nsystem_prompt: hi\n", "name"),  # would read as a phone number
])
def test_errors_name_the_bad_field(yaml_text: str, path: str) -> None:
    with pytest.raises(PersonaError) as err:
        load_persona(yaml_text)
    assert path in str(err.value)


def test_objective_graph_is_checked() -> None:
    two = ("objectives:\n  - {objective_name: a, objective_prompt: x, "
           "next_conditional_objectives: {b: 'answer == yes'}}\n"
           "  - {objective_name: b, objective_prompt: y}\n")
    assert load_persona(BASE + two).objective("a").next_conditional_objectives
    with pytest.raises(PersonaError, match="unknown next objective"):
        load_persona(BASE + "objectives: [{objective_name: a, objective_prompt: x, "
                            "next_required_objectives: [zz]}]")
    with pytest.raises(PersonaError, match="conditions like"):
        load_persona(BASE + two.replace("answer == yes", "if the caller agrees"))
    llm = "llm: {backend: openai, base_url: 'http://localhost:1/v1', model: m}\n"
    assert load_persona(BASE + llm + two.replace("answer == yes", "if the caller agrees"))


def test_malformed_yaml_gives_a_position_and_no_content() -> None:
    with pytest.raises(PersonaError) as err:
        load_persona("name: p\nsystem_prompt: 'secret prompt\n  : [")
    assert "line" in str(err.value) and "secret" not in str(err.value)
    with pytest.raises(PersonaError, match="mapping"):
        load_persona("- a list")
    with pytest.raises(PersonaError, match="UTF-8"):
        load_persona(b"\xff\xfe")


def test_choices_and_shield_policy() -> None:
    assert parse_choices("choice:[day, 'evening', night]") == ["day", "evening", "night"]
    assert parse_choices("text") is None
    p = load_persona(BASE + "pii: {mode: regex, reidentify: [PERSON]}\n"
                            "shield: {output: {pii_leak_action: block}}")
    policy = p.shield_policy()
    assert policy.pii.mode == "regex" and policy.pii.reidentify == ["PERSON"]
    assert policy.output.pii_leak_action == "block"
