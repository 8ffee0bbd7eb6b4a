"""Guardrail matching on the example personas (sentences not taken from their examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.agent.guardrails import (
    DEFAULT_THRESHOLD,
    GuardrailHit,
    GuardrailMatcher,
    clean,
    units,
)
from confide.agent.persona import Guardrail, Persona, load_persona
from confide.verdict import Action

PERSONAS = Path(__file__).resolve().parents[2] / "src" / "confide" / "data" / "personas"


def persona(name: str) -> Persona:
    return load_persona(PERSONAS / f"{name}.yaml")


@pytest.fixture(scope="module")
def hospital() -> GuardrailMatcher:
    return GuardrailMatcher.for_persona(persona("hospital-discharge"))


@pytest.fixture(scope="module")
def claims() -> GuardrailMatcher:
    return GuardrailMatcher.for_persona(persona("insurance-claims"))


@pytest.fixture(scope="module")
def screening() -> GuardrailMatcher:
    return GuardrailMatcher.for_persona(persona("candidate-screening"))


@pytest.mark.parametrize("text", [
    "Is it okay to take an extra blood pressure pill tonight?",
    "My chest hurts when I breathe, is that dangerous?",
])
def test_medical_advice_question_escalates(hospital: GuardrailMatcher, text: str) -> None:
    v = hospital.check(text, "user")
    assert v.action is Action.ESCALATE
    assert v.reasons == ("guardrail.no_medical_advice",)
    assert v.scores["guardrail.no_medical_advice"] >= DEFAULT_THRESHOLD
    assert v.detectors["guardrails"].startswith("guardrails-2+")


def test_output_advice_and_diagnosis(hospital: GuardrailMatcher) -> None:
    v = hospital.check("You can safely double your dose tomorrow.", "output")
    assert v.action is Action.ESCALATE and "guardrail.no_medical_advice" in v.reasons
    v = hospital.check("That pain is most likely angina.", "output")
    assert v.action is Action.BLOCK  # no_diagnosis blocks: the most severe action wins
    assert "guardrail.no_diagnosis" in v.reasons


@pytest.mark.parametrize(("matcher", "stage", "text", "reason", "action"), [
    ("claims", "user", "How much compensation will I receive?",
     "guardrail.no_coverage_determination", Action.ESCALATE),
    ("claims", "output", "Yes, your policy covers the bumper repair.",
     "guardrail.no_coverage_determination", Action.ESCALATE),
    ("screening", "user", "I have three kids, is that a problem?",
     "guardrail.no_protected_characteristics", Action.BLOCK),
    ("screening", "output", "Do you have a girlfriend or boyfriend?",
     "guardrail.no_protected_characteristics", Action.BLOCK),
])
def test_other_personas_fire(request: pytest.FixtureRequest, matcher: str, stage: str,
                             text: str, reason: str, action: Action) -> None:
    v = request.getfixturevalue(matcher).check(text, stage)
    assert v.action is action
    assert v.reasons == (reason,)


@pytest.mark.parametrize(("matcher", "stage", "text"), [
    ("hospital", "user", "What time does the pharmacy open?"),
    ("hospital", "user", "Yes, I read the discharge sheet and it is clear."),
    ("hospital", "output", "Thanks, <PERSON_1>. Do you know when your next clinic visit is?"),
    ("claims", "user", "The crash happened on <DATE_1>."),
    ("claims", "output", "Please upload the photos in the app."),
    ("screening", "user", "I can work the evening shift."),
    ("screening", "output", "Do you have a forklift certificate?"),
])
def test_in_scope_messages_allow(request: pytest.FixtureRequest, matcher: str, stage: str,
                                 text: str) -> None:
    v = request.getfixturevalue(matcher).check(text, stage)
    assert v.action is Action.ALLOW and v.reasons == ()
    assert len(v.scores) == 1  # the top score is recorded
    (key, score), = v.scores.items()
    assert key.startswith("guardrail.") and 0 <= score < DEFAULT_THRESHOLD


def test_stage_filtering() -> None:
    only_output = Guardrail(guardrail_name="no_diagnosis", applies_to="output",
                            guardrail_prompt="The agent states a diagnosis.",
                            examples=["You probably have an infection."])
    only_user = Guardrail(guardrail_name="no_pay", applies_to="user",
                          guardrail_prompt="The user asks how much they will be paid.",
                          examples=["How much will I be paid?"])
    m = GuardrailMatcher([only_output, only_user])
    assert set(m.scores("anything", "output")) == {"no_diagnosis"}
    assert set(m.scores("anything", "user")) == {"no_pay"}
    assert "guardrail.no_diagnosis" not in m.check("You probably have an infection.",
                                                   "user").reasons


def test_verdict_never_carries_text(hospital: GuardrailMatcher) -> None:
    text = "Should I stop my blood thinner, <PERSON_1> asked me to check?"
    v = hospital.check(text, "user")
    assert v.text is None
    dumped = repr(v) + str(v.to_dict())
    assert "blood thinner" not in dumped and "PERSON_1" not in dumped


def test_hits_name_the_guardrail(hospital: GuardrailMatcher) -> None:
    hits = hospital.hits("Can I take two aspirin for this headache?", "user")
    assert [h.name for h in hits] == ["no_medical_advice"]
    hit = hits[0]
    assert isinstance(hit, GuardrailHit) and hit.action is Action.ESCALATE
    assert hit.guardrail.reply and not hit.judged
    verdict, found = hospital.evaluate("Can I take two aspirin for this headache?", "user")
    assert found == hits and verdict.reasons == ("guardrail.no_medical_advice",)


class FakeJudge:
    """Answers a fixed opinion and records the guardrails it was asked about."""

    def __init__(self, opinion: bool | None) -> None:
        self.opinion = opinion
        self.asked: list[str] = []

    def judge(self, guardrail: Guardrail, text: str) -> bool | None:
        self.asked.append(guardrail.guardrail_name)
        return self.opinion


def _score(text: str, stage: str = "user") -> float:
    m = GuardrailMatcher.for_persona(persona("hospital-discharge"))
    return m.scores(text, stage)["no_medical_advice"]  # type: ignore[arg-type]


def test_judge_overrules_only_in_band() -> None:
    p = persona("hospital-discharge")
    text = "I took my evening tablets an hour late, is that a problem?"
    s = _score(text)
    # A threshold just above the score puts it in the band: the judge decides.
    yes = FakeJudge(True)
    m = GuardrailMatcher.for_persona(p, judge=yes, default_threshold=min(1.0, s + 0.05))
    assert m.check(text, "user").action is Action.ESCALATE
    assert yes.asked == ["no_medical_advice"] and m.hits(text, "user")[0].judged
    no = FakeJudge(False)
    m = GuardrailMatcher.for_persona(p, judge=no, default_threshold=max(0.01, s - 0.05))
    assert m.check(text, "user").action is Action.ALLOW  # in band, judged not a hit
    none = FakeJudge(None)
    m = GuardrailMatcher.for_persona(p, judge=none, default_threshold=max(0.01, s - 0.05))
    assert m.check(text, "user").action is Action.ESCALATE  # no opinion: the score decides
    # Far from the threshold the judge is not asked.
    clear = FakeJudge(False)
    m = GuardrailMatcher.for_persona(p, judge=clear)
    v = m.check("Is it safe to take ibuprofen together with warfarin?", "user")
    assert v.action is Action.ESCALATE and clear.asked == []
    assert m.check("Where do I park for the clinic?", "user").action is Action.ALLOW
    assert clear.asked == []


def test_failing_judge_leaves_the_score_to_decide() -> None:
    class Broken:
        def judge(self, guardrail: Guardrail, text: str) -> bool | None:
            raise RuntimeError("backend down")

    text = "Should I double my heart pill tonight?"
    m = GuardrailMatcher.for_persona(persona("hospital-discharge"), judge=Broken(),
                                     default_threshold=max(0.01, _score(text) - 0.05))
    assert m.check(text, "user").action is Action.ESCALATE


@pytest.mark.parametrize("text", [
    "<PERSON_1>", "<DATE_OF_BIRTH_1> <PERSON_2> <PHONE_NUMBER_3>", "\u2039PERSON_1\u203a",
    "", "   ", "???", "x" * 20_000, "Ich nehme meine Tabletten.", "\U0001f600" * 5,
])
def test_odd_inputs_do_not_crash(hospital: GuardrailMatcher, text: str) -> None:
    for stage in ("user", "output"):
        v = hospital.check(text, stage)  # type: ignore[arg-type]
        assert v.text is None


def test_placeholders_are_not_topic_words(claims: GuardrailMatcher) -> None:
    assert clean("My policy is <POLICY_NUMBER_1>, ok \u2039DATE_1\u203a") == "My policy is , ok"
    assert claims.check("<POLICY_NUMBER_1>", "user").action is Action.ALLOW


@pytest.mark.parametrize("text", ["It was on 2026-11-20.", "It was on 11/20/2026.",
                                  "Around 14:30, two cars."])
def test_numbers_are_not_topic_words(claims: GuardrailMatcher, text: str) -> None:
    assert claims.check(text, "user").action is Action.ALLOW


def test_long_answer_is_split_into_sentences(hospital: GuardrailMatcher) -> None:
    assert units("One. Two? Three!") == ["One. Two? Three!", "One.", "Two?", "Three!"]
    answer = ("Thanks for calling back. Your follow-up is at the cardiology clinic. Parking is "
              "in garage B. Since you feel fine, you can stop the blood thinner now. Take care.")
    v = hospital.check(answer, "output")
    assert not v.allowed and v.reasons[0] == "guardrail.no_medical_advice"


def test_empty_guardrail_list_allows() -> None:
    m = GuardrailMatcher([])
    v = m.check("Should I double my dose?", "user")
    assert v.action is Action.ALLOW and v.reasons == () and v.scores == {}


def test_per_guardrail_threshold_overrides_default() -> None:
    p = persona("hospital-discharge")
    strict = p.model_copy(update={"guardrails": [
        g.model_copy(update={"threshold": 1.0}) for g in p.guardrails]})
    m = GuardrailMatcher.for_persona(strict)
    assert m.check("Should I double my dose tonight?", "user").action is Action.ALLOW
    with pytest.raises(ValueError):
        GuardrailMatcher([], default_threshold=0.0)
