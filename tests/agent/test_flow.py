"""The `flow` backend driven through whole conversations, the way the runtime drives it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import confide
from confide.agent.llm.base import Backend, ModelReply, ModelRequest, ObjectiveUpdate, Snippet
from confide.agent.llm.flow import CLOSING, NO_KNOWLEDGE, SKIP, SORRY, FlowBackend
from confide.agent.objectives import ObjectiveTracker
from confide.agent.persona import Persona, load_persona

PERSONAS = Path(confide.__file__).parent / "data" / "personas"
TODAY = date(2026, 11, 27)


def example(name: str) -> Persona:
    return load_persona(PERSONAS / f"{name}.yaml")


class Runtime:
    """A minimal stand-in for the turn engine: builds requests, applies updates."""

    def __init__(self, persona: Persona, *, snapshot: bool = True) -> None:
        self.persona = persona
        self.backend = FlowBackend(persona, today=lambda: TODAY)
        self.tracker = ObjectiveTracker(persona)
        self.state: dict[str, Any] = {}
        self.snapshot = snapshot

    def _request(self, text: str, knowledge: list[Snippet]) -> ModelRequest:
        if self.snapshot:
            self.state["objectives"] = self.tracker.to_dict()
        return ModelRequest(persona=self.persona, messages=[], user_text=text,
                            objectives=self.tracker.view(), knowledge=knowledge,
                            state=self.state)

    def _apply(self, reply: ModelReply) -> str:
        json.dumps(self.state)  # the state must stay JSON-ready
        for update in reply.objective_updates:
            self.tracker.apply(update)
        return reply.text

    def greet(self) -> str:
        return self._apply(self.backend.greet(self._request("", [])))

    def say(self, text: str, knowledge: list[Snippet] | None = None) -> str:
        return self._apply(self.backend.respond(self._request(text, knowledge or [])))

    @property
    def current(self) -> str | None:
        pending = self.tracker.pending()
        return pending[0].objective_name if pending else None


def question(persona: Persona, name: str) -> str:
    return persona.objective(name).question


def test_is_a_backend() -> None:
    backend: Backend = FlowBackend(example("insurance-claims"))
    assert backend.name == "flow"


@pytest.mark.parametrize("snapshot", [True, False])
def test_hospital_conversation(snapshot: bool) -> None:
    persona = example("hospital-discharge")
    rt = Runtime(persona, snapshot=snapshot)
    opening = rt.greet()
    assert opening.startswith("Hello, this is Riley")
    assert opening.endswith(question(persona, "identity_check"))

    # manual confirmation: the placeholder is read back, then confirmed
    reply = rt.say("Sure, it's <DATE_OF_BIRTH_1>")
    assert reply == "I have <DATE_OF_BIRTH_1>. Is that right?"
    assert rt.current == "identity_check"
    reply = rt.say("yes")
    assert reply == "Thank you. " + question(persona, "discharge_instructions")

    reply = rt.say("I got them but no, they don't make sense to me")
    assert reply.endswith(question(persona, "instructions_review"))
    reply = rt.say("Mornings are best")
    assert reply.endswith(question(persona, "medication_schedule"))
    reply = rt.say("Yes, I have")
    assert reply.endswith(question(persona, "follow_up_appointment"))
    reply = rt.say("It's on the 14th")
    assert reply == CLOSING
    assert rt.tracker.done
    assert rt.tracker.variables == {
        "date_of_birth": "<DATE_OF_BIRTH_1>", "understands_instructions": "no",
        "nurse_callback_time": "morning", "medication_schedule_confirmed": "yes",
        "follow_up_date": "2026-12-14"}
    assert rt.say("ok thanks, bye") == "Thank you, there's nothing else I need from you today."
    facts = [Snippet("Visiting hours on the cardiology ward are 2 pm to 8 pm every day.",
                     "knowledge:facts#1", 0.8)]
    assert rt.say("When are visiting hours?", facts) == facts[0].text


def test_hospital_yes_branch_and_manual_correction() -> None:
    persona = example("hospital-discharge")
    rt = Runtime(persona)
    rt.greet()
    assert rt.say("March 3rd 1961") == "I have 1961-03-03. Is that right?"
    # a correction is read back instead of accepted
    assert rt.say("No, it's March 4th 1961") == "I have 1961-03-04. Is that right?"
    assert rt.say("no") == ("Sorry about that, let's try again. "
                            + question(persona, "identity_check"))
    assert rt.current == "identity_check"
    assert rt.say("4 March 1961").startswith("I have 1961-03-04")
    rt.say("That's right")
    assert rt.tracker.variables["date_of_birth"] == "1961-03-04"
    reply = rt.say("Yes, they make sense")
    assert reply.endswith(question(persona, "medication_schedule"))
    assert [s["state"] for s in rt.tracker.status()] == [
        "completed", "completed", "unavailable", "active", "unavailable"]


def test_insurance_conversation_all_five() -> None:
    persona = example("insurance-claims")
    rt = Runtime(persona)
    assert rt.greet().endswith(question(persona, "incident_date"))
    assert rt.say("It was last Friday").endswith(question(persona, "police_report"))
    assert rt.say("Yes, one was filed").endswith(question(persona, "photos"))
    assert rt.say("I do").endswith(question(persona, "repair_estimate"))
    assert rt.say("Not yet").endswith(question(persona, "vehicles_involved"))
    assert rt.say("Two, mine and the other car... two") == CLOSING
    assert rt.tracker.variables == {"incident_date": "2026-11-20", "police_report_filed": "yes",
                                    "has_photos": "yes", "has_repair_estimate": "no",
                                    "vehicle_count": "2"}


def test_screening_conversation_with_reask_skip_and_aside() -> None:
    persona = example("candidate-screening")
    rt = Runtime(persona)
    rt.greet()
    assert rt.say("yes I am").endswith(question(persona, "shift_availability"))
    # an off-script question is answered from the best snippet, then the question repeats
    pay = Snippet("The warehouse shift supervisor role pays $24 to $28 an hour depending on "
                  "experience.", "knowledge:facts#0", 0.71)
    reply = rt.say("What does the role pay?", [pay])
    assert reply == pay.text + " " + question(persona, "shift_availability")
    # and it does not count as a miss: one miss after it is re-asked, not skipped
    reply = rt.say("hmm")
    assert reply.startswith(SORRY) and question(persona, "shift_availability") in reply
    assert "day, evening or night" in reply
    assert rt.say("nights").endswith(question(persona, "experience_years"))
    assert rt.say("about six years").endswith(question(persona, "forklift_certified"))
    # re-ask once, then give up
    first = rt.say("purple")
    assert first == f"{SORRY} {question(persona, 'forklift_certified')} Please answer yes or no."
    second = rt.say("banana")
    assert second == f"{SKIP} {question(persona, 'start_date')}"
    assert rt.tracker.skipped == ("forklift_certified",)
    # a question with no knowledge is passed on
    reply = rt.say("Is there parking?")
    assert reply == NO_KNOWLEDGE + " " + question(persona, "start_date")
    assert rt.say("next Tuesday") == CLOSING
    assert rt.tracker.variables == {"work_authorized": "yes", "shift": "night",
                                    "experience_years": "6", "earliest_start": "2026-12-01"}
    assert {s["name"]: s["state"] for s in rt.tracker.status()}["forklift_certified"] == "skipped"


def test_skip_of_last_objective_closes() -> None:
    persona = example("insurance-claims")
    rt = Runtime(persona)
    rt.greet()
    for answer in ("yesterday", "no", "no", "no"):
        rt.say(answer)
    assert rt.current == "vehicles_involved"
    assert rt.say("3 or 4").startswith(SORRY)
    assert rt.say("hard to say") == f"{SKIP} {CLOSING}"
    assert rt.tracker.done


def test_skipping_a_branch_point_moves_on_without_conditionals() -> None:
    persona = example("hospital-discharge")
    rt = Runtime(persona, snapshot=False)
    rt.greet()
    rt.say("<DATE_OF_BIRTH_1>")
    rt.say("yes")
    rt.say("I don't know")
    assert rt.say("I don't know") == f"{SKIP} {CLOSING}"
    assert rt.tracker.done


def test_manual_confirmation_miss_and_aside() -> None:
    persona = example("hospital-discharge")
    rt = Runtime(persona)
    rt.greet()
    rt.say("<DATE_OF_BIRTH_1>")
    reply = rt.say("Where do I park?", [Snippet("Parking is in garage B.", "k#2", 0.9)])
    assert reply == "Parking is in garage B. I have <DATE_OF_BIRTH_1>. Is that right?"
    assert rt.say("hmm") == f"{SORRY} I have <DATE_OF_BIRTH_1>. Is that right?"
    assert rt.say("hmm") .startswith(SKIP)
    assert rt.current == "discharge_instructions"


def test_round_trip_mid_conversation() -> None:
    persona = example("insurance-claims")
    rt = Runtime(persona)
    rt.greet()
    rt.say("2026-11-20")
    rt.say("gibberish")  # one miss on police_report
    saved = json.dumps({"tracker": rt.tracker.to_dict(), "state": rt.state})

    restored = Runtime(persona)
    data = json.loads(saved)
    restored.tracker = ObjectiveTracker.from_dict(persona, data["tracker"])
    restored.state = data["state"]
    assert restored.current == "police_report"
    # the miss survived: a second one gives up
    assert restored.say("more gibberish") == f"{SKIP} {question(persona, 'photos')}"
    assert restored.tracker.variables == {"incident_date": "2026-11-20"}


def test_pending_change_asks_the_new_current() -> None:
    persona = example("insurance-claims")
    rt = Runtime(persona)
    rt.greet()
    # something else (an operator, another backend) completed the current objective
    rt.tracker.apply(ObjectiveUpdate("incident_date", {"incident_date": "2026-11-01"}))
    reply = rt.say("yes")  # an answer to a question that is no longer current
    assert reply == question(persona, "police_report")
    assert rt.tracker.variables == {"incident_date": "2026-11-01"}
    assert rt.say("yes").endswith(question(persona, "photos"))


def test_respond_without_greet_asks_first() -> None:
    persona = example("candidate-screening")
    rt = Runtime(persona)
    assert rt.say("hello") == question(persona, "work_authorization")
    assert rt.say("yes").endswith(question(persona, "shift_availability"))


def test_unknown_updates_do_not_derail_the_flow() -> None:
    persona = example("candidate-screening")
    rt = Runtime(persona)
    rt.greet()
    assert not rt.tracker.apply(ObjectiveUpdate("not_an_objective", {"x": "1"}))
    rt.tracker.apply(ObjectiveUpdate("nope"))
    # a pending (not current) objective may be completed; undeclared variables are dropped
    assert rt.tracker.apply(ObjectiveUpdate("start_date", {"bogus": "1"}))
    assert rt.say("yes").endswith(question(persona, "shift_availability"))
    assert rt.tracker.variables == {"work_authorized": "yes"}
    assert not rt.tracker.apply(ObjectiveUpdate("start_date", {"earliest_start": "x"}))


def test_question_wins_over_an_uncertain_answer() -> None:
    persona = example("hospital-discharge")
    rt = Runtime(persona)
    rt.greet()
    # "today" would be a date, but the message is a question
    reply = rt.say("Why do you need it, what is today's date got to do with it?")
    assert reply == NO_KNOWLEDGE + " " + question(persona, "identity_check")
    assert rt.state["flow"]["misses"] == 0


def test_greeting_fallback_and_empty_persona() -> None:
    persona = load_persona({"name": "bare", "system_prompt": "x",
                            "objectives": [{"objective_name": "why",
                                            "objective_prompt": "Ask why they called."}]})
    rt = Runtime(persona)
    assert rt.greet() == "Hello, this is bare. Ask why they called."
    assert rt.say("My car broke down on the motorway") == CLOSING
    assert rt.tracker.variables == {}  # no output variables declared
    empty = Runtime(load_persona({"name": "empty", "system_prompt": "x"}))
    assert empty.greet() == "Hello, this is empty."
    assert empty.say("hi") == "Thank you, there's nothing else I need from you today."


def test_text_objective_fills_first_variable_only() -> None:
    persona = load_persona({"name": "t", "system_prompt": "x", "objectives": [
        {"objective_name": "reason", "objective_prompt": "Why?", "say": "What happened?",
         "output_variables": ["summary", "detail"]}]})
    rt = Runtime(persona)
    rt.greet()
    assert rt.say("  A tree fell on <PERSON_1>'s car.  ") == CLOSING
    assert rt.tracker.variables == {"summary": "A tree fell on <PERSON_1>'s car."}


def test_manual_confirmation_of_numbers_and_text() -> None:
    persona = load_persona({"name": "m", "system_prompt": "x", "objectives": [
        {"objective_name": "count", "objective_prompt": "How many?", "expect": "number",
         "confirmation_mode": "manual", "output_variables": ["n"]},
        {"objective_name": "note", "objective_prompt": "Anything else?",
         "confirmation_mode": "manual", "output_variables": ["note"]}]})
    rt = Runtime(persona)
    rt.greet()
    assert rt.say("three") == "I have 3. Is that right?"
    assert rt.say("No") == "Sorry about that, let's try again. How many?"  # "no" is not 0
    assert rt.say("3") == "I have 3. Is that right?"
    assert rt.say("No, it's 4") == "I have 4. Is that right?"
    assert rt.say("yes") == "Thank you. Anything else?"
    assert rt.say("The side door sticks") == "I have The side door sticks. Is that right?"
    assert rt.say("yes") == CLOSING  # "yes" is a confirmation, not a new text value
    assert rt.tracker.variables == {"n": "4", "note": "The side door sticks"}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["hospital-discharge", "insurance-claims", "candidate-screening"]),
       st.lists(st.text(max_size=80), min_size=1, max_size=12))
def test_any_messages_keep_the_flow_sound(name: str, messages: list[str]) -> None:
    persona = example(name)
    rt = Runtime(persona)
    assert rt.greet()
    for text in messages:
        reply = rt.say(text)
        assert reply and "\n" not in reply and "*" not in reply
        assert rt.state["flow"]["asked"] == rt.current


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["hospital-discharge", "insurance-claims", "candidate-screening"]),
       st.text(alphabet="bcdfghjklmpqrstvwxz", min_size=12, max_size=30))
def test_garbage_is_never_echoed_and_the_flow_ends(name: str, garbage: str) -> None:
    persona = example(name)
    rt = Runtime(persona)
    rt.greet()
    for _ in range(2 * len(persona.objectives)):
        assert garbage not in rt.say(garbage)
    assert rt.tracker.done
    assert set(rt.tracker.skipped) <= {o.objective_name for o in persona.objectives}
