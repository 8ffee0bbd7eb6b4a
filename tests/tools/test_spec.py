"""Tool declarations: loading, defaults, errors with field paths, the OpenAI format."""

from __future__ import annotations

from typing import Any

import pytest

from confide.agent.persona import load_persona
from confide.tools.spec import ToolSpecError, load_tools, offered, to_openai
from tests.tools.helpers import tool

HTTP = {"type": "http", "url": "https://tools.example.com/book"}


def _decl(**over: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"name": "t", "description": "d", "effect": "read", "executor": HTTP}
    d.update(over)
    return d


def test_defaults_follow_the_effect() -> None:
    read, write, irreversible = load_tools([_decl(name="a"), _decl(name="b", effect="write"),
                                            _decl(name="c", effect="irreversible")])
    assert (read.approval, write.approval, irreversible.approval) == (
        "never", "when_untrusted", "always")
    assert load_tools([_decl(effect="irreversible", approval="never")])[0].approval == "never"
    assert read.parameters == {"type": "object", "properties": {}}
    assert read.rate_limit.per_conversation == 20 and read.timeout_s == 10


def test_loads_from_a_persona() -> None:
    persona = load_persona({"name": "p", "system_prompt": "s",
                            "tools": [_decl(name="lookup"), _decl(name="pay", effect="write")]})
    assert [t.name for t in load_tools(persona)] == ["lookup", "pay"]


@pytest.mark.parametrize(("decl", "where"), [
    (_decl(parameters={"type": "object", "properties": {"a": {"type": "strin"}}}),
     "tools.1.parameters: not a valid JSON Schema"),
    (_decl(parameters={"type": "array"}), "tools.1.parameters: parameters must be"),
    (_decl(effect="delete"), "tools.1.effect"),
    (_decl(approval="sometimes"), "tools.1.approval"),
    (_decl(executor={"type": "http", "url": "ftp://x"}), "tools.1.executor.url"),
    (_decl(executor={"type": "http", "url": "https://u:p@x.example/"}), "tools.1.executor.url"),
    (_decl(executor={"type": "python", "entry_point": "os.system"}),
     "tools.1.executor.entry_point"),
    (_decl(executor={"type": "shell"}), "tools.1.executor"),
    (_decl(name="bad name"), "tools.1.name"),
    (_decl(timeout_s=0), "tools.1.timeout_s"),
    (_decl(rate_limit={"per_conversation": 0}), "tools.1.rate_limit.per_conversation"),
    (_decl(scopes=["Bad Scope"]), "tools.1.scopes.0"),
    (_decl(extra_field=1), "tools.1.extra_field"),
    (_decl(parameters={"type": "object", "properties": {
        "to": {"type": "string", "format": "email"}}}),
     "tools.1.allowed_destinations: required: parameters has destination arguments (to)"),
    (_decl(parameters={"type": "object", "properties": {
        "a": {"type": "string", "x-confide-sensitive": "yes"}}}),
     "tools.1.parameters: x-confide-sensitive must be true or false"),
    (_decl(parameters={"type": "object", "properties": {
        "a": {"type": "string", "x-confide-secret": True}}}),
     "tools.1.parameters: unknown annotation"),
    (_decl(allowed_destinations=["not a domain"]), "tools.1.allowed_destinations"),
])
def test_errors_name_the_field_path(decl: dict[str, Any], where: str) -> None:
    with pytest.raises(ToolSpecError) as exc:
        load_tools([_decl(name="ok"), decl])
    assert where in str(exc.value)


def test_errors_never_echo_values() -> None:
    with pytest.raises(ToolSpecError) as exc:
        load_tools([_decl(description="x" * 5000, executor={"type": "http",
                                                            "url": "https://secret.example/"
                                                            + "a" * 3000})])
    assert "xxxx" not in str(exc.value) and "secret.example" not in str(exc.value)


def test_duplicates_and_non_lists_are_refused() -> None:
    with pytest.raises(ToolSpecError, match="duplicate tool name t"):
        load_tools([_decl(), _decl()])
    with pytest.raises(ToolSpecError, match="must be a list"):
        load_tools("tools")
    with pytest.raises(ToolSpecError, match=r"tools\.0: a tool must be a mapping"):
        load_tools([1])


def test_openai_format_strips_confide_annotations() -> None:
    t = tool(parameters={"type": "object", "properties": {
        "to": {"type": "string", "format": "email", "x-confide-sensitive": True}}},
        allowed_destinations=["Clinic.ORG."])
    assert t.allowed_destinations == ["clinic.org"]
    [entry] = to_openai([t])
    assert entry == {"type": "function", "function": {
        "name": "book", "description": "Book an appointment.",
        "parameters": {"type": "object", "properties": {"to": {"type": "string",
                                                               "format": "email"}}}}}


def test_only_tools_whose_scopes_are_held_are_offered() -> None:
    a, b = load_tools([_decl(name="a", scopes=["crm.read"]),
                       _decl(name="b", scopes=["crm.read", "crm.write"])])
    assert [t.name for t in offered([a, b], {"crm.read"})] == ["a"]
    assert [t.name for t in offered([a, b], ["crm.read", "crm.write"])] == ["a", "b"]
