"""Rule-based memory extraction (the `flow` backend): short facts worth carrying over.

From a finished conversation's objective status (`ObjectiveTracker.status()`, pseudonymised
variables) and its redacted user messages, `extract_facts` keeps:

- objectives answered "no" to a yes/no question: `discharge_instructions:
  understands_instructions = no`;
- choices the user made (a `choice:[...]` objective): `instructions_review:
  nurse_callback_time = evening`;
- objectives the user did not answer (skipped): `did not answer: medication_schedule`;
- statements about difficulties or preferences, found by a short list of cue phrases and
  kept quoted: `user said: "I keep forgetting the evening dose"`.

Dates, numbers and free text from objectives are not kept (they are often identifiers), nor
anything from objectives confirmed manually (identity checks), nor questions the user asked.
Facts are cleaned (`clean_fact`: placeholders become `[TYPE]`, no tags), de-duplicated and
capped. Knowledge is data: the cue lists below; the logic is small.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from confide.agent.persona import Objective, Persona, parse_choices
from confide.memory.fence import clean_fact

#: At most this many facts come out of one conversation.
MAX_FACTS = 8
#: A user sentence longer than this (characters) is not kept as a statement.
MAX_STATEMENT_CHARS = 200
#: A user sentence shorter than this (words) is not kept as a statement.
MIN_STATEMENT_WORDS = 3

#: Phrases that mark a difficulty worth remembering.
DIFFICULTY_CUES = (
    "keep forgetting", "kept forgetting", "always forget", "often forget", "forgot", "forget",
    "can't", "cannot", "couldn't", "unable to", "hard to", "hard for me", "difficult",
    "trouble", "struggle", "struggling", "confused", "confusing", "don't understand",
    "do not understand", "didn't understand", "not sure", "worried", "worry", "problem with",
    "side effect", "no one to", "nobody to", "live alone", "no car", "can't afford",
)
#: Phrases that mark a preference worth remembering.
PREFERENCE_CUES = (
    "prefer", "is best", "are best", "works best", "work best", "better for me", "i'd rather",
    "i would rather", "please call", "don't call", "do not call", "call me", "i'd like",
    "i would like", "only available", "not available", "i'm busy", "easier for me",
)

_CUES = re.compile(
    r"(?<![a-z'])(?:" + "|".join(re.escape(c) for c in (*DIFFICULTY_CUES, *PREFERENCE_CUES))
    + r")(?![a-z'])")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _norm(value: Any) -> str:
    return str(value).strip().strip("'\"").strip().casefold()


def objective_facts(persona: Persona, status: Sequence[Mapping[str, Any]]) -> list[str]:
    """Facts from the objective status: "no" answers, choices made, objectives skipped."""
    known = {o.objective_name: o for o in persona.objectives}
    facts: list[str] = []
    for item in status:
        if not isinstance(item, Mapping):
            continue
        objective = known.get(str(item.get("name", "")))
        if objective is None:
            continue
        name, state = objective.objective_name, item.get("state")
        if state == "skipped":
            facts.append(f"did not answer: {name}")
        elif state == "completed" and objective.confirmation_mode != "manual":
            variables = item.get("variables")
            if isinstance(variables, Mapping):
                facts.extend(_answer_facts(objective, variables))
    return facts


def _answer_facts(objective: Objective, variables: Mapping[str, Any]) -> list[str]:
    choices = parse_choices(objective.expect)
    options = {_norm(c) for c in choices} if choices else set()
    out = []
    for var in objective.output_variables:
        if var not in variables or variables[var] is None:
            continue
        value = _norm(variables[var])
        if (objective.expect == "yes_no" and value == "no") or value in options:
            out.append(f"{objective.objective_name}: {var} = {value}")
    return out


def statement_facts(user_texts: Iterable[str]) -> list[str]:
    """User sentences about a difficulty or a preference, quoted (redacted text only)."""
    facts = []
    for text in user_texts:
        if not isinstance(text, str):
            continue
        for m in _SENTENCE.finditer(text.translate(_APOSTROPHES)):
            sentence = " ".join(m.group(0).split())
            if (not sentence or sentence.endswith("?") or len(sentence) > MAX_STATEMENT_CHARS
                    or len(sentence.split()) < MIN_STATEMENT_WORDS):
                continue
            if _CUES.search(sentence.casefold()):
                quoted = sentence.rstrip(".!").replace('"', "'")
                facts.append(f'user said: "{quoted}"')
    return facts


def extract_facts(persona: Persona, status: Sequence[Mapping[str, Any]],
                  user_texts: Iterable[str], *, max_facts: int = MAX_FACTS) -> list[str]:
    """Facts worth carrying to the subject's next conversation, cleaned, de-duplicated and
    capped at `max_facts` (objective facts first, then statements in the order said).

    `status` is `ObjectiveTracker.status()` of the conversation's stored (pseudonymised)
    objective state; `user_texts` are the redacted copies of what the user said.
    """
    return dedupe([*objective_facts(persona, status), *statement_facts(user_texts)],
                  max_facts)


def dedupe(facts: Iterable[str], limit: int) -> list[str]:
    """Cleaned facts, the first of each (case-insensitive) duplicate, at most `limit`."""
    out: list[str] = []
    seen: set[str] = set()
    for fact in facts:
        text = clean_fact(fact) if isinstance(fact, str) else ""
        key = " ".join(text.casefold().split())
        if text and key not in seen:
            seen.add(key)
            out.append(text)
            if len(out) >= limit:
                break
    return out
