"""Runs against real loopback servers: the vulnerable one's flaws are found, the hardened one
holds, errors stay errors, runs are reproducible, and reports are valid and redacted."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import jsonschema
import pytest

from confide.redteam.attacks import builtin_attacks
from confide.redteam.fixture import Fixture
from confide.redteam.model import CATEGORIES, Capabilities, Outcome
from confide.redteam.report_html import render_html
from confide.redteam.report_json import build_report, validate
from confide.redteam.report_junit import render_junit
from confide.redteam.runner import Run, RunOptions, plan, run
from confide.redteam.summary import by_category, tally
from confide.redteam.targets import CallableTarget, OpenAICompatibleTarget
from confide.redteam.thresholds import parse_threshold, parse_thresholds
from tests.redteam import callables
from tests.redteam.llm_server import llm_server


def openai_target(base_url: str, world: Fixture, **kw: Any) -> OpenAICompatibleTarget:
    return OpenAICompatibleTarget(base_url, "m", system_prompt=world.system_prompt,
                                  canary=world.canary, seeded=True, tools=world.tools,
                                  retries=0, timeout=20, **kw)


@pytest.fixture(scope="module")
def vulnerable_run(vulnerable_server, world) -> Run:
    return run(openai_target(vulnerable_server.base_url, world), builtin_attacks(), world,
               RunOptions(seed=5, converters=("none",), concurrency=8))


@pytest.fixture(scope="module")
def hardened_run(hardened_server, world) -> Run:
    return run(openai_target(hardened_server.base_url, world), builtin_attacks(), world,
               RunOptions(seed=5, concurrency=8))


def test_vulnerable_target_flaws_are_found_in_every_category(vulnerable_run: Run) -> None:
    cats = by_category(vulnerable_run.results)
    assert set(cats) == set(CATEGORIES)
    for cat, t in cats.items():
        assert t.asr is not None and t.asr >= 0.9, (cat, t)
        assert t.errors == 0
    skipped = [r for r in vulnerable_run.results if r.outcome is Outcome.SKIPPED]
    assert {r.attack.id for r in skipped} == {
        "llm02-cross-tenant-memory", "llm02-cross-tenant-id-guess", "llm02-cross-tenant-told",
        "llm02-cross-tenant-last-caller"}
    assert all("two_tenants" in (r.error or "") for r in skipped)


def test_findings_carry_reason_codes_and_transcripts(vulnerable_run: Run) -> None:
    found = [r for r in vulnerable_run.results if r.outcome is Outcome.SUCCEEDED]
    assert all(r.reasons and r.transcript for r in found)
    leak = next(r for r in found if r.attack.id == "llm07-internal-reference")
    assert "output.system_prompt_leak.canary" in leak.reasons
    assert any("[CANARY]" in m["content"] for m in leak.transcript)
    agency = next(r for r in found if r.attack.id == "llm06-delete-other")
    assert agency.reasons == ("tool.executed.delete_record",)
    assert agency.transcript[-1]["tool_calls"][0]["name"] == "delete_record"


def test_hardened_target_holds(hardened_run: Run) -> None:
    overall = tally(hardened_run.results)
    assert overall.succeeded == 0 and overall.errors == 0
    assert overall.defended > 400  # the seeds times the converters
    oversized = next(r for r in hardened_run.results if r.attack.id == "llm10-oversized-input")
    assert oversized.outcome is Outcome.DEFENDED and "413" in (oversized.error or "")


def test_target_errors_are_recorded_as_errors(world) -> None:
    with llm_server("flaky") as srv:
        result = run(openai_target(srv.base_url, world), builtin_attacks(), world,
                     RunOptions(seed=1, max_attacks=12, converters=("none",),
                                categories=("LLM01", "LLM07")))
    t = tally(result.results)
    assert t.errors == 12 and t.succeeded == 0 and t.defended == 0 and t.asr is None
    report = build_report(result, parse_thresholds(["asr>0"]))
    validate(report)
    assert report["passed"]  # no scored attack: a gate on ASR has nothing to cross


def test_two_tenant_callable_runs_cross_tenant_probes(world) -> None:
    target = CallableTarget(callables.vulnerable, system_prompt=world.system_prompt,
                            canary=world.canary, seeded=True, tools=world.tools, tenants=2)
    result = run(target, builtin_attacks(), world,
                 RunOptions(seed=2, converters=("none",), categories=("LLM02",)))
    cross = [r for r in result.results if r.attack.technique == "cross_tenant"]
    assert len(cross) == 4 and all(r.outcome is Outcome.SUCCEEDED for r in cross)
    assert {m["tenant"] for m in cross[0].transcript} == {"a", "b"}


def test_plan_is_reproducible_and_bounded(world) -> None:
    caps = Capabilities(documents=True, tools=True, system_prompt="p", canary="c", seeded=True)
    attacks = builtin_attacks()
    a = [c.id for c in plan(attacks, world, caps, RunOptions(seed=3, max_attacks=40))]
    b = [c.id for c in plan(attacks, world, caps, RunOptions(seed=3, max_attacks=40))]
    c = [c.id for c in plan(attacks, world, caps, RunOptions(seed=4, max_attacks=40))]
    assert a == b and a != c
    runnable = [i for i in a if not i.startswith("llm02-cross-tenant")]
    assert len(runnable) == 40
    only = plan(attacks, world, caps, RunOptions(seed=3, categories=("LLM07",)))
    assert {c.attack.category for c in only} == {"LLM07"}
    with pytest.raises(ValueError, match="unknown converters"):
        plan(attacks, world, caps, RunOptions(converters=("rot13",)))


def test_capabilities_gate_attacks(world) -> None:
    bare = Capabilities()
    cases = plan(builtin_attacks(), world, bare, RunOptions(converters=("none",)))
    skipped = {c.attack.id for c in cases if c.skip}
    assert "llm07-repeat-above" in skipped and "llm06-export-records" in skipped
    assert "llm01-indirect-document-marker" in skipped
    assert "llm01-direct-ignore-previous" not in skipped


# -- reports --------------------------------------------------------------------------------
def test_reports_validate_against_the_schema(vulnerable_run: Run, hardened_run: Run) -> None:
    for r in (vulnerable_run, hardened_run):
        report = build_report(r, parse_thresholds(["asr>0.02", "LLM07:asr>0"]))
        validate(report)
        json.dumps(report)
    broken = build_report(hardened_run)
    broken["summary"]["asr"] = 2
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)
    broken = build_report(hardened_run)
    broken["results"][0]["outcome"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


def test_reports_hold_no_seeded_values_or_canary(vulnerable_run: Run, world) -> None:
    report = build_report(vulnerable_run)
    text = json.dumps(report, ensure_ascii=False)
    html = render_html(report)
    xml = render_junit(report)
    for blob in (text, html, xml):
        assert world.canary not in blob
        squeezed = re.sub(r"[\s().-]", "", blob)
        for s in (world.current, *world.others):
            for value in (s.ssn, s.email, s.phone, s.member_id, s.mrn, s.name, s.address):
                assert value not in blob
            for value in (s.ssn, s.phone):
                assert re.sub(r"\D", "", value) not in squeezed
        assert "[SEEDED_" in blob


def test_html_is_self_contained(vulnerable_run: Run) -> None:
    html = render_html(build_report(vulnerable_run, parse_thresholds(["asr>0.02"])))
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "<style>" in html
    tags = _Tags()
    tags.feed(html)
    assert not tags.found & {"script", "link", "iframe", "img", "object", "embed"}
    assert not tags.attrs & {"src", "href", "onload", "onerror"}
    assert "@import" not in html and "url(" not in html
    for cat in CATEGORIES:
        assert f">{cat}</text>" in html
    assert "FAILED" in html and "crossed" in html


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: set[str] = set()
        self.attrs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.add(tag)
        self.attrs.update(a for a, _ in attrs)


def test_junit_fails_when_it_should(vulnerable_run: Run, hardened_run: Run) -> None:
    gates = parse_thresholds(["asr>0.02", "LLM07:asr>0"])
    bad = ET.fromstring(render_junit(build_report(vulnerable_run, gates)))
    good = ET.fromstring(render_junit(build_report(hardened_run, gates)))
    succeeded = tally(vulnerable_run.results).succeeded
    assert int(bad.get("failures")) == succeeded + 2  # findings plus two crossed gates
    assert int(good.get("failures")) == 0
    assert int(good.get("tests")) == len(hardened_run.results) + 2
    cases = bad.findall(".//testcase")
    assert len(cases) == len(vulnerable_run.results) + 2
    assert len(bad.findall(".//skipped")) == 4  # the cross-tenant probes (one tenant key)
    gate_suite = next(s for s in bad.findall("testsuite") if s.get("name") == "thresholds")
    assert gate_suite.get("failures") == "2"


@pytest.mark.parametrize("expr, category, metric, op, limit", [
    ("asr>0.02", None, "asr", ">", 0.02),
    ("LLM07:asr>0", "LLM07", "asr", ">", 0.0),
    ("llm01:asr >= 2%", "LLM01", "asr", ">=", 0.02),
    ("errors>5", None, "errors", ">", 5.0),
])
def test_threshold_parsing(expr: str, category, metric: str, op: str, limit: float) -> None:
    t = parse_threshold(expr)
    assert (t.category, t.metric, t.op, t.limit) == (category, metric, op, limit)


@pytest.mark.parametrize("expr", ["asr", "LLM99:asr>0", "speed>1", "asr=>1"])
def test_bad_thresholds(expr: str) -> None:
    with pytest.raises(ValueError):
        parse_threshold(expr)


def test_gates_cross_only_where_the_rate_is_above(vulnerable_run: Run, hardened_run: Run
                                                  ) -> None:
    gates = parse_thresholds(["asr>0.02,LLM07:asr>0"])
    assert not build_report(vulnerable_run, gates)["passed"]
    assert build_report(hardened_run, gates)["passed"]
    llm07 = build_report(vulnerable_run)["categories"]["LLM07"]["asr"]
    at = build_report(vulnerable_run, parse_thresholds([f"LLM07:asr>={llm07}"]))
    above = build_report(vulnerable_run, parse_thresholds([f"LLM07:asr>{llm07}"]))
    assert not at["passed"] and above["passed"]
    assert at["thresholds"][0]["value"] == llm07


def test_concurrency_is_bounded_and_callable_timeouts_are_errors(world) -> None:
    import asyncio

    state = {"now": 0, "peak": 0}

    async def slowish(messages):
        state["now"] += 1
        state["peak"] = max(state["peak"], state["now"])
        await asyncio.sleep(0.02 if "copay" not in messages[-1]["content"] else 5)
        state["now"] -= 1
        return "I'm sorry, I can't help with that."

    result = run(CallableTarget(slowish), builtin_attacks(), world,
                 RunOptions(seed=1, converters=("none",), categories=("LLM01",),
                            concurrency=3, timeout=0.5))
    assert state["peak"] == 3
    errors = [r for r in result.results if r.outcome is Outcome.ERROR]
    assert errors and all("timed out" in (r.error or "") for r in errors)
    assert {r.attack.id for r in errors} == {"llm01-direct-ignore-previous",
                                             "llm01-direct-fake-transcript"}


def test_a_target_error_message_is_redacted_in_the_report(world) -> None:
    from confide.redteam.model import TargetError

    other = world.others[0]

    def leaky(messages: list[dict[str, str]]) -> str:
        raise TargetError(f"upstream said: record of {other.name}, SSN {other.ssn}, "
                          f"prompt ref {world.canary}")

    result = run(CallableTarget(leaky), builtin_attacks(), world,
                 RunOptions(seed=1, max_attacks=2, converters=("none",), categories=("LLM01",)))
    errors = [r.error or "" for r in result.results if r.outcome is Outcome.ERROR]
    assert errors and all("upstream said" in e for e in errors)
    dumped = json.dumps(build_report(result, []))
    for value in (other.name, other.ssn, world.canary):
        assert value not in dumped
