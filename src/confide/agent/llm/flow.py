"""The `flow` backend: a deterministic objective walker, no model.

It asks each pending objective's question (`say`, else the prompt), parses the answer by the
objective's `expect` kind, and reports an `ObjectiveUpdate` that fills the objective's FIRST
output variable with the parsed value (other declared variables get nothing). With
`confirmation_mode: manual` it reads the value back and waits for a yes. A miss is re-asked
once, a second miss gives the objective up (`completed=False`). A message that does not
answer but reads as a question is answered only from the retrieved knowledge snippets.

Per-conversation state lives under `request.state["flow"]` (JSON-ready): the objective last
asked, the misses on it, a value awaiting confirmation, and the objectives it gave up. The
next question is worked out on a copy of the tracker: `request.state["objectives"]` (the
runtime's `ObjectiveTracker.to_dict()`) when it agrees with the view, else one rebuilt from
`request.objectives`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from confide.agent.expect import looks_like_question, parse_answer
from confide.agent.llm.base import ModelReply, ModelRequest, ObjectiveUpdate
from confide.agent.objectives import ObjectiveTracker
from confide.agent.persona import Objective, Persona, parse_choices

STATE_KEY = "flow"
ACK = "Thank you."
CLOSING = ("That's everything I needed. Thank you, the team will be in touch if anything "
           "else is needed.")
AFTER_CLOSING = "Thank you, there's nothing else I need from you today."
SORRY = "Sorry, I didn't catch that."
SKIP = "No problem, I'll note that for the team."
NO_KNOWLEDGE = "I don't have that information, but I'll pass your question on to the team."
RETRY_CONFIRM = "Sorry about that, let's try again."
_LEADING_YES_NO = re.compile(r"^\s*(?:no|nope|nah|yes|yeah|yep|sorry)\b[\s,.!;:-]*", re.I)
#: Longest knowledge snippet read out (characters).
MAX_SNIPPET_CHARS = 600
#: Misses on one objective before it is given up.
MAX_MISSES = 2


def _hint(objective: Objective) -> str:
    """A short line saying what kind of answer is wanted."""
    kind = objective.expect
    if kind == "yes_no":
        return "Please answer yes or no."
    if kind == "number":
        return "Please give a number."
    if kind == "date":
        return "Please give the date, for example 14 March 2026."
    options = parse_choices(kind)
    if options:
        listed = options[0] if len(options) == 1 else (
            ", ".join(options[:-1]) + f" or {options[-1]}")
        return f"Please choose {listed}."
    return ""


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _snippet_text(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_SNIPPET_CHARS:
        return text
    cut = text[:MAX_SNIPPET_CHARS]
    end = cut.rfind(". ")
    return cut[:end + 1] if end > 0 else cut.rstrip() + "..."


def _read_back(objective: Objective, value: str) -> str:
    if objective.expect == "yes_no":
        return f"I have that as a {value}. Is that right?"
    return f"I have {value}. Is that right?"


class _FlowState:
    """The flow's scratch state (a view over `request.state["flow"]`)."""

    def __init__(self, raw: Any) -> None:
        raw = raw if isinstance(raw, Mapping) else {}
        asked = raw.get("asked")
        self.asked: str | None = asked if isinstance(asked, str) else None
        misses = raw.get("misses")
        self.misses = misses if isinstance(misses, int) and misses >= 0 else 0
        confirm = raw.get("confirm")
        self.confirm: str | None = confirm if isinstance(confirm, str) else None
        skipped = raw.get("skipped")
        self.skipped: list[str] = ([s for s in skipped if isinstance(s, str)]
                                   if isinstance(skipped, list) else [])

    def ask(self, objective: Objective | None) -> None:
        self.asked = objective.objective_name if objective else None
        self.misses = 0
        self.confirm = None

    def to_dict(self) -> dict[str, Any]:
        return {"asked": self.asked, "misses": self.misses, "confirm": self.confirm,
                "skipped": list(self.skipped)}


class FlowBackend:
    """Walks a persona's objectives with fixed questions and the `expect` parsers."""

    name = "flow"

    def __init__(self, persona: Persona, *, today: Callable[[], date] = date.today) -> None:
        self.persona = persona
        self._today = today

    # -- Backend protocol -----------------------------------------------------------------

    def greet(self, request: ModelRequest) -> ModelReply:
        """The persona's greeting followed by the current objective's question."""
        st = _FlowState(request.state.get(STATE_KEY))
        greeting = self.persona.greeting or f"Hello, this is {self.persona.name}."
        current = request.objectives.pending[0] if request.objectives.pending else None
        st.ask(current)
        return self._reply(request, st, _join(greeting, current.question if current else ""))

    def respond(self, request: ModelRequest) -> ModelReply:
        """One turn: parse the answer to the pending question, or answer an aside."""
        st = _FlowState(request.state.get(STATE_KEY))
        text = request.user_text or ""
        pending = request.objectives.pending
        if not pending:
            st.ask(None)
            answer = self._knowledge(request) if looks_like_question(text) else AFTER_CLOSING
            return self._reply(request, st, answer)
        current = pending[0]
        if st.asked != current.objective_name:
            # Not asked yet, or the pending list changed: ask the current objective.
            st.ask(current)
            aside = self._knowledge(request) if looks_like_question(text) else ""
            return self._reply(request, st, _join(aside, current.question))
        if st.confirm is not None:
            return self._confirming(request, st, current, text)
        parsed = parse_answer(current.expect, text, today=self._today())
        question = looks_like_question(text)
        if parsed is not None and (parsed.certain or not question):
            if current.confirmation_mode == "manual":
                st.confirm = parsed.value
                return self._reply(request, st, _read_back(current, parsed.value))
            return self._complete(request, st, current, parsed.value)
        if question:
            return self._reply(request, st, _join(self._knowledge(request), current.question))
        return self._miss(request, st, current, again=_join(current.question, _hint(current)))

    # -- steps ----------------------------------------------------------------------------

    def _confirming(self, request: ModelRequest, st: _FlowState, current: Objective,
                    text: str) -> ModelReply:
        """The user answers "I have X. Is that right?" (a correction is read back too)."""
        pending_value = st.confirm or ""
        yes_no = parse_answer("yes_no", text)
        question = looks_like_question(text)
        rest = _LEADING_YES_NO.sub("", text).strip()
        if current.expect not in ("yes_no", "text") and rest:
            corrected = parse_answer(current.expect, rest, today=self._today())
            if (corrected is not None and corrected.value != pending_value
                    and (corrected.certain or not question)):
                st.confirm = corrected.value
                st.misses = 0
                return self._reply(request, st, _read_back(current, corrected.value))
        if yes_no is not None and (yes_no.certain or not question):
            if yes_no.value == "yes":
                return self._complete(request, st, current, pending_value)
            st.confirm = None
            return self._reply(request, st, _join(RETRY_CONFIRM, current.question))
        if question:
            return self._reply(request, st, _join(self._knowledge(request),
                                                  _read_back(current, pending_value)))
        return self._miss(request, st, current, again=_read_back(current, pending_value))

    def _miss(self, request: ModelRequest, st: _FlowState, current: Objective, *,
              again: str) -> ModelReply:
        """A message that answers nothing: ask `again` once, then give the objective up."""
        st.misses += 1
        if st.misses < MAX_MISSES:
            return self._reply(request, st, _join(SORRY, again))
        update = ObjectiveUpdate(current.objective_name, completed=False)
        if current.objective_name not in st.skipped:
            st.skipped.append(current.objective_name)
        return self._advance(request, st, update, SKIP)

    def _complete(self, request: ModelRequest, st: _FlowState, current: Objective,
                  value: str) -> ModelReply:
        variables = {current.output_variables[0]: value} if current.output_variables else {}
        return self._advance(request, st, ObjectiveUpdate(current.objective_name, variables),
                             ACK)

    def _advance(self, request: ModelRequest, st: _FlowState, update: ObjectiveUpdate,
                 lead: str) -> ModelReply:
        """Apply `update` to a copy of the tracker and ask what becomes current."""
        tracker = self._tracker(request, st)
        tracker.apply(update)
        pending = tracker.pending()
        nxt = pending[0] if pending else None
        st.ask(nxt)
        text = _join(lead, nxt.question) if nxt else _join(
            "" if lead == ACK else lead, CLOSING)
        return self._reply(request, st, text, (update,))

    # -- helpers --------------------------------------------------------------------------

    def _tracker(self, request: ModelRequest, st: _FlowState) -> ObjectiveTracker:
        """A copy of the conversation's tracker: the runtime's snapshot when it agrees with
        the view, else one rebuilt from the view."""
        view = request.objectives
        snapshot = request.state.get("objectives")
        if isinstance(snapshot, Mapping):
            tracker = ObjectiveTracker.from_dict(self.persona, snapshot)
            if ([o.objective_name for o in tracker.pending()]
                    == [o.objective_name for o in view.pending]):
                return tracker
        return ObjectiveTracker.from_view(self.persona, view, skipped=st.skipped)

    @staticmethod
    def _knowledge(request: ModelRequest) -> str:
        """The best retrieved snippet, or a line saying the question is passed on."""
        for snippet in request.knowledge:
            text = _snippet_text(snippet.text)
            if text:
                return text
        return NO_KNOWLEDGE

    def _reply(self, request: ModelRequest, st: _FlowState, text: str,
               updates: tuple[ObjectiveUpdate, ...] = ()) -> ModelReply:
        request.state[STATE_KEY] = st.to_dict()
        return ModelReply(text=text, objective_updates=updates, model="flow")


__all__ = ["FlowBackend"]
