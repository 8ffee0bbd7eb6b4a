"""Guardrail matching: does a user message or an agent answer enter a forbidden topic?

Each guardrail's prompt and examples are its *anchors*; the persona's in-scope texts (its
greeting, objective prompts and questions, knowledge facts, guardrail replies) plus a short
generic list of conversational moves (greetings, thanks, refusals) are *negative anchors*.
Placeholders and numbers are removed from texts and anchors (values are not topics). A text
is scored with the shipped static embedding (`confide.embeddings`): vectors are
centred on the mean of the persona's anchors (static vectors share a large common
component), and for each unit of the text (the whole text, and each sentence of a longer
one) the margin is

    max cos(unit, guardrail anchors) - max cos(unit, negative anchors) (+ FRAME_BONUS)

where the bonus applies when the unit has a request or assertion frame ("should I", "is it
safe", "you can", "is probably"). The best unit's margin becomes a score in (0, 1) by
`sigmoid(margin / TEMPERATURE)`: 0.5 means "as close to the guardrail as to the persona's
own topics". A guardrail fires at `score >= threshold` (its own `threshold`, else the
matcher's default). With a `GuardrailJudge` (an LLM backend), scores within
`judge_margin` of the threshold are decided by the judge. See `docs/guardrails.md` for the
measured accuracy.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np

from confide.agent.persona import Guardrail, Persona
from confide.embeddings import Embedder, normalize
from confide.pseudonymize import PLACEHOLDER
from confide.verdict import Action, Verdict

VERSION = "guardrails-2"
DETECTOR = "guardrails"
#: Score (0..1) at which a guardrail fires when it sets no `threshold` of its own.
DEFAULT_THRESHOLD = 0.6
#: Half-width of the band around a threshold in which a judge, if any, decides.
JUDGE_MARGIN = 0.2
TEMPERATURE = 0.1  # margin -> score: sigmoid(margin / TEMPERATURE)
FRAME_BONUS = 0.08  # added to the margin of a unit with a request/assertion frame
MAX_UNITS = 24  # sentences scored per text (the whole text is always scored)
_CACHE_SIZE = 128

Stage = Literal["user", "output"]

#: In-scope moves of any conversation: never a guardrail topic by themselves.
GENERIC_IN_SCOPE: tuple[str, ...] = (
    "Hello, thanks for calling.",
    "Thank you, that's helpful.",
    "Sorry, could you repeat that?",
    "Yes.",
    "No.",
    "Okay, goodbye.",
    "Please hold on a moment.",
    "I'm fine, thanks.",
    "I can't help with that, but someone from the team will contact you.",
    "That's noted, thank you.",
    "I've recorded your answer.",
    "Let's continue with the next question.",
)

# Frames of asking for a judgement or permission (user) and of giving one (output).
_USER_FRAME = re.compile(
    r"\b(?:(?:should|can|could|may|must|do|shall) i\b|am i\b"
    r"|will (?:i|you|they|it|this|that|my)\b|would (?:it|that|you)\b|is (?:it|that|this|there a)\b"
    r"|are (?:you|they|these)\b|how (?:much|many|old)\b|what (?:should|do|does|would|will)\b"
    r"|does (?:it|that|this|my)\b)", re.IGNORECASE)
_OUTPUT_FRAME = re.compile(
    r"\b(?:you (?:should|can|could|must|may|need|will|won't|don't need)|you'll"
    r"|it's (?:fine|ok|okay|safe|normal)|(?:is|are) (?:probably|likely|most likely)"
    r"|sounds like|seems|suggests?|probably|likely|(?:do|are|have|did|were|is) your?\b)",
    re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_DEFUSED = re.compile(r"\u2039[A-Z][A-Z0-9_]*?_[1-9][0-9]{0,6}\u203a")
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")


class GuardrailJudge(Protocol):
    """Decides a borderline case: True (the text enters the guardrail's topic), False (it
    does not), None (no opinion: the matcher's score decides). Only consulted when a score
    lies within the matcher's `judge_margin` of the threshold."""

    def judge(self, guardrail: Guardrail, text: str) -> bool | None: ...


@dataclass(frozen=True, slots=True)
class GuardrailHit:
    """A guardrail that fired: the runtime opens an escalation or replies with
    `guardrail.reply` and calls `guardrail.callback_url`."""

    name: str
    action: Action
    score: float
    guardrail: Guardrail
    judged: bool = False  # True when the judge, not the score, decided


@dataclass(frozen=True, slots=True)
class _Index:
    """Centred, unit-length anchor matrices of one guardrail list."""

    centre: np.ndarray  # (dim,)
    anchors: tuple[np.ndarray, ...]  # per guardrail: (n_i, dim)
    negatives: np.ndarray  # (m, dim)


def clean(text: str) -> str:
    """`text` with pseudonym placeholders (`<PERSON_1>`, also defused `‹PERSON_1›`) and
    numbers (`2026-11-20`, `4,000`, `50`) removed: values are not topics, but their tokens
    would read as topic words ("policy number", "date of birth"; digits near a payout
    example)."""
    text = _DEFUSED.sub(" ", PLACEHOLDER.sub(" ", text))
    return " ".join(_NUMBER.sub(" ", text).split())


def units(text: str) -> list[str]:
    """The whole text, then its sentences when it has more than one (at most MAX_UNITS)."""
    parts = [p.strip() for p in _SENTENCE.split(text) if p.strip()]
    if len(parts) <= 1:
        return [text] if text else []
    return [text, *parts[:MAX_UNITS]]


def has_frame(text: str, stage: Stage) -> bool:
    """True when `text` asks for (user) or gives (output) a judgement, permission or advice."""
    return bool((_USER_FRAME if stage == "user" else _OUTPUT_FRAME).search(text))


def in_scope_texts(persona: Persona) -> list[str]:
    """The persona's own topics: greeting, description, objectives (prompt and question),
    knowledge facts, guardrail replies and the guardrails' `allowed_examples`. Used as
    negative anchors."""
    texts = [persona.greeting or "", persona.description or ""]
    for o in persona.objectives:
        texts += [o.objective_prompt, o.say or ""]
    texts += list(persona.knowledge.facts)
    texts += [g.reply or "" for g in persona.guardrails]
    texts += [t for g in persona.guardrails for t in g.allowed_examples]
    return [t for t in texts if t.strip()]


def _build(embedder: Embedder, guardrails: Sequence[Guardrail],
           in_scope: Sequence[str]) -> _Index:
    raw = [embedder.embed([clean(t) for t in (g.guardrail_prompt, *g.examples)])
           for g in guardrails]
    neg = embedder.embed([clean(t) for t in (*in_scope, *GENERIC_IN_SCOPE)])
    centre = np.concatenate([*raw, neg]).mean(0)
    return _Index(centre=centre, anchors=tuple(normalize(a - centre) for a in raw),
                  negatives=normalize(neg - centre))


_INDEXES: OrderedDict[tuple[str, ...], _Index] = OrderedDict()
_LOCK = threading.Lock()


def _cached_index(key: tuple[str, ...], embedder: Embedder, guardrails: Sequence[Guardrail],
                  in_scope: Sequence[str]) -> _Index:
    with _LOCK:
        idx = _INDEXES.get(key)
        if idx is not None:
            _INDEXES.move_to_end(key)
            return idx
    idx = _build(embedder, guardrails, in_scope)
    with _LOCK:
        _INDEXES[key] = idx
        while len(_INDEXES) > _CACHE_SIZE:
            _INDEXES.popitem(last=False)
    return idx


def _key(embedder: Embedder, guardrails: Sequence[Guardrail], in_scope: Sequence[str]) -> str:
    h = hashlib.sha256()
    for g in guardrails:
        for t in (g.guardrail_name, g.guardrail_prompt, *g.examples):
            h.update(t.encode() + b"\x00")
        h.update(b"\x01")
    for t in in_scope:
        h.update(t.encode() + b"\x00")
    return f"{id(embedder)}:{embedder.version}:{h.hexdigest()}"


class GuardrailMatcher:
    """Scores texts against a list of guardrails; one per persona, reused across turns."""

    def __init__(self, guardrails: Sequence[Guardrail], embedder: Embedder | None = None, *,
                 judge: GuardrailJudge | None = None,
                 default_threshold: float = DEFAULT_THRESHOLD,
                 in_scope: Sequence[str] = (), judge_margin: float = JUDGE_MARGIN) -> None:
        if not 0 < default_threshold <= 1:
            raise ValueError("default_threshold must be in (0, 1]")
        self.guardrails = tuple(guardrails)
        self.judge = judge
        self.default_threshold = default_threshold
        self.judge_margin = judge_margin
        self._embedder = embedder
        self._in_scope = tuple(in_scope)
        self._index: _Index | None = None

    @classmethod
    def for_persona(cls, persona: Persona, embedder: Embedder | None = None, *,
                    judge: GuardrailJudge | None = None,
                    default_threshold: float = DEFAULT_THRESHOLD) -> GuardrailMatcher:
        """A matcher for `persona`'s guardrails with its in-scope texts as negative anchors.
        Anchor matrices are cached per (embedder, guardrails, in-scope texts), so building a
        matcher for a persona seen before costs no embedding."""
        return cls(persona.guardrails, embedder, judge=judge,
                   default_threshold=default_threshold, in_scope=in_scope_texts(persona))

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder.load()
        return self._embedder

    @property
    def version(self) -> str:
        """Matcher and embedding versions, recorded in every verdict."""
        return f"{VERSION}+{self.embedder.version}"

    def threshold(self, guardrail: Guardrail) -> float:
        """The score at which `guardrail` fires."""
        return guardrail.threshold if guardrail.threshold is not None else self.default_threshold

    def _idx(self) -> _Index:
        if self._index is None:
            emb = self.embedder
            key = ("idx", _key(emb, self.guardrails, self._in_scope))
            self._index = _cached_index(key, emb, self.guardrails, self._in_scope)
        return self._index

    def scores(self, text: str, stage: Stage) -> dict[str, float]:
        """Score (0..1) of each guardrail that applies to `stage`."""
        active = [i for i, g in enumerate(self.guardrails) if g.applies_to in ("both", stage)]
        if not active:
            return {}
        us = units(clean(text))
        raw = self.embedder.embed(us) if us else np.zeros((0, 1), np.float32)
        known = np.linalg.norm(raw, axis=1) > 0  # units with at least one known token
        if not known.any():
            return {self.guardrails[i].guardrail_name: 0.0 for i in active}
        idx = self._idx()
        u = normalize(raw[known] - idx.centre)
        bonus = np.array([FRAME_BONUS if has_frame(x, stage) else 0.0
                          for x, k in zip(us, known, strict=True) if k])
        neg = (u @ idx.negatives.T).max(1)
        out: dict[str, float] = {}
        for i in active:
            best = float(((u @ idx.anchors[i].T).max(1) - neg + bonus).max())
            out[self.guardrails[i].guardrail_name] = _squash(best)
        return out

    def hits(self, text: str, stage: Stage) -> list[GuardrailHit]:
        """The guardrails that fire on `text` at `stage`, highest score first."""
        return self._hits(text, stage, self.scores(text, stage))

    def _hits(self, text: str, stage: Stage, scores: dict[str, float]) -> list[GuardrailHit]:
        found: list[GuardrailHit] = []
        for g in self.guardrails:
            s = scores.get(g.guardrail_name)
            if s is None:
                continue
            t = self.threshold(g)
            fired, judged = s >= t, False
            if self.judge is not None and t - self.judge_margin <= s < t + self.judge_margin:
                try:
                    opinion = self.judge.judge(g, text)
                except Exception:  # an advisory judge that fails leaves the score to decide
                    opinion = None
                if opinion is not None:
                    fired, judged = bool(opinion), True
            if fired:
                found.append(GuardrailHit(g.guardrail_name, Action(g.action), s, g, judged))
        found.sort(key=lambda h: -h.score)
        return found

    def check(self, text: str, stage: Stage) -> Verdict:
        """BLOCK/ESCALATE (most severe of the guardrails that fire, every one a reason
        `guardrail.<name>`), else ALLOW with the top score. Never carries the text."""
        return self.evaluate(text, stage)[0]

    def evaluate(self, text: str, stage: Stage) -> tuple[Verdict, list[GuardrailHit]]:
        """The verdict and the hits behind it, from one scoring pass: what the runtime
        calls to decide and then learn which guardrail fired."""
        scores = self.scores(text, stage)
        found = self._hits(text, stage, scores)
        detectors = {DETECTOR: self.version}
        if not found:
            if not scores:
                return Verdict(detectors=detectors), []
            name = max(scores, key=lambda k: scores[k])
            return Verdict(scores={f"guardrail.{name}": scores[name]}, detectors=detectors), []
        action = max((h.action for h in found), key=lambda a: a.severity)
        return Verdict(action=action, reasons=tuple(f"guardrail.{h.name}" for h in found),
                       scores={f"guardrail.{h.name}": h.score for h in found},
                       detectors=detectors), found


def _squash(margin: float) -> float:
    """Margin -> score in (0, 1); 0.5 at a margin of zero."""
    return float(1.0 / (1.0 + np.exp(-np.clip(margin / TEMPERATURE, -60.0, 60.0))))
