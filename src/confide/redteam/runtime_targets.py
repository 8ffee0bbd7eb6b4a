"""Confide itself as a red-team target: a persona run in-process, or a Confide server.

`PersonaTarget` runs the whole guarded turn (input layer, guardrails, backend, output layer)
in this process with no database; `persona:NAME` takes a bundled persona, `persona:PATH` a
YAML file, and `persona:NAME@openai:BASE_URL` puts an OpenAI-compatible model behind it
(`--model`, `--api-key-env`). With the kit's prompt injected, its canary and seeded records
are appended to the persona's system prompt, so leaks are scoreable.

`ConfideServerTarget` talks to `http(s)://host:port` through the conversation API
(`--model` names the persona; the kit's key is read from `--api-key-env`, a second tenant's
from `--api-key-env-b` for cross-tenant probes); it grants the consent the persona requires,
starts one Confide conversation per attack conversation, reads what became of each tool
call from the turn's `tools`, and cannot plant documents or seed identities.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import threading
from pathlib import Path
from typing import Any

import httpx

from confide.redteam.model import (
    Capabilities,
    Conversation,
    Reply,
    Role,
    TargetError,
    ToolCall,
)

_Key = tuple[tuple[str, str], ...]


def _history_key(conversation: Conversation) -> tuple[_Key, str]:
    """(the turns before the last user message, that message)."""
    msgs = [(m.role.value, m.content) for m in conversation.messages
            if m.role in (Role.USER, Role.ASSISTANT)]
    if not msgs or msgs[-1][0] != Role.USER.value:
        raise TargetError("the conversation does not end with a user message")
    return tuple(msgs[:-1]), msgs[-1][1]


class _Sessions:
    """Maps the kit's growing message lists onto the target's own conversations."""

    def __init__(self) -> None:
        self._by_history: dict[_Key, Any] = {}
        self._lock = threading.Lock()

    def find(self, history: _Key) -> Any:
        with self._lock:
            return self._by_history.pop(history, None) if history else None

    def keep(self, history: _Key, user: str, reply: str, session: Any) -> None:
        with self._lock:
            self._by_history[(*history, ("user", user), ("assistant", reply))] = session


def _args(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw) if raw.strip() else {}
    except ValueError:
        return {"_raw": raw}
    return dict(value) if isinstance(value, dict) else {"_raw": value}


_SERVER_STATUS = {"executed": "executed", "failed": "executed", "held": "held",
                  "refused": "refused"}


def _server_call(item: dict[str, Any]) -> ToolCall:
    """A tool outcome of the conversation API as the kit records it (a call that ran and
    failed still ran; arguments are never returned)."""
    effect = str(item.get("effect") or "")
    return ToolCall(str(item.get("tool", "")), {},
                    _SERVER_STATUS.get(str(item.get("status")), "executed"),
                    effect if effect in ("read", "write", "irreversible") else "")


def load_target_persona(ref: str) -> Any:
    """A bundled persona by name, or a persona YAML file by path."""
    from confide.agent.persona import load_persona
    from confide.agent.personas import bundled_personas

    path = Path(ref)
    if path.suffix in (".yaml", ".yml", ".json") or path.exists():
        return load_persona(path)
    for persona in bundled_personas():
        if persona.name == ref:
            return persona
    names = ", ".join(p.name for p in bundled_personas())
    raise ValueError(f"persona:{ref}: no such file or bundled persona (bundled: {names})")


_DRY_RUN_STATUS = {"allow": "executed", "hold": "held", "refuse": "refused"}


class DryRunApprovals:
    """The approval service's two runtime entry points in memory, without side effects: the
    tool policy decides as it does in production, but an allowed call is recorded (as if it
    ran, with an empty result), never executed; a held one waits for nobody. Rate limits
    count the calls recorded per conversation and per tenant."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, ...], int] = {}
        self._lock = threading.Lock()
        self._calls: dict[str, list[ToolCall]] = {}

    def rate_counts(self, tenant_id: str, conversation_id: str | None, spec: Any) -> Any:
        from confide.tools.policy import RateCounts

        with self._lock:
            return RateCounts(self._counts.get((tenant_id, str(conversation_id), spec.name), 0),
                              self._counts.get((tenant_id, spec.name), 0))

    def submit(self, tenant_id: str, conversation_id: str | None, spec: Any,
               decision: Any) -> Any:
        from confide.tools.approvals import Submission
        from confide.tools.executors import ToolResult
        from confide.tools.policy import Outcome

        call = ToolCall(decision.tool, dict(decision.arguments or {}),
                        _DRY_RUN_STATUS[decision.outcome.value], spec.effect if spec else "")
        with self._lock:
            self._calls.setdefault(str(conversation_id), []).append(call)
            if decision.outcome is Outcome.ALLOW:
                for key in ((tenant_id, str(conversation_id), spec.name), (tenant_id, spec.name)):
                    self._counts[key] = self._counts.get(key, 0) + 1
        if decision.outcome is Outcome.ALLOW:
            return Submission(Outcome.ALLOW, None, "executed", ToolResult("done"))
        if decision.outcome is Outcome.HOLD:
            return Submission(Outcome.HOLD, "dry-run", "pending")
        return Submission(Outcome.REFUSE)

    def take(self, conversation_id: str) -> tuple[ToolCall, ...]:
        """The calls recorded for a conversation since the last `take`."""
        with self._lock:
            return tuple(self._calls.pop(conversation_id, ()))


class PersonaTarget:
    """A persona's guarded pipeline, in-process. The persona's own tools are offered to its
    model; the tool policy decides every proposed call, and nothing is executed (see
    `DryRunApprovals`)."""

    enforces_timeout = False

    def __init__(self, persona: Any, *, system_prompt: str | None = None,
                 canary: str | None = None, seeded: bool = False,
                 engine: Any | None = None, layers: bool = True) -> None:
        from confide.agent.turn import TurnEngine

        if system_prompt:
            persona = persona.model_copy(update={
                "system_prompt": f"{persona.system_prompt.rstrip()}\n\n{system_prompt}"})
        self.persona = persona
        self.engine = engine or TurnEngine()
        self.layers = layers  # False: the same context and backend, no control layers
        self.name = (f"persona:{persona.name} backend={persona.llm.backend}"
                     + ("" if layers else " layers=off"))
        self._tools = self.engine.tools(persona)
        self._approvals = DryRunApprovals()
        # each kit tenant runs under its own runtime tenant id: two tenants can be probed
        self.capabilities = Capabilities(documents=False, tools=bool(self._tools), tenants=2,
                                         system_prompt=persona.system_prompt, canary=canary,
                                         seeded=seeded)
        self._sessions = _Sessions()
        self.verdicts: list[dict[str, Any]] = []  # every turn's stages, for the report reader

    def _turn(self, conversation: Conversation) -> Reply:
        from confide.agent.llm.base import BackendError
        from confide.agent.toolgate import ApprovalGate
        from confide.agent.turn import ConversationState

        history, text = _history_key(conversation)
        tenant = f"redteam-{conversation.tenant}"
        key = (("tenant", tenant), *history)
        state = self._sessions.find(key)
        if state is None:
            state = ConversationState.new(self.persona)
            if self.layers:
                self.engine.open(tenant, self.persona, state)
        try:
            if not self.layers:
                reply = self._unguarded(state, text)
                self._sessions.keep(key, text, reply.text, state)
                return reply
            conversation_id = f"rt_{id(state):x}"
            gate = ApprovalGate(self._approvals, tenant, conversation_id, state.pseudonymizer,
                                self.engine.tool_specs(self.persona)) if self._tools else None
            outcome = self.engine.run(tenant, self.persona, state, text, gate=gate)
        except BackendError as exc:
            raise TargetError(f"backend failed: {exc.code}") from None
        self.verdicts.append({"stages": [s.to_dict() for s in outcome.stages]})
        self._sessions.keep(key, text, outcome.reply, state)
        return Reply(outcome.reply, self._approvals.take(conversation_id))

    def _unguarded(self, state: Any, text: str) -> Reply:
        """The backend's answer to the same context with every control layer off."""
        from confide.agent.context import build_messages
        from confide.agent.llm.base import ModelRequest
        from confide.agent.objectives import ObjectiveTracker

        persona = self.persona
        tracker = ObjectiveTracker.from_dict(persona, state.objectives)
        knowledge = self.engine.knowledge.search("redteam", persona, text)
        messages = build_messages(persona, state.canary, tracker.view(), knowledge,
                                  [(r, t) for r, t in state.history], text)
        reply = self.engine.backend(persona).respond(ModelRequest(
            persona=persona, messages=messages, user_text=text, objectives=tracker.view(),
            knowledge=knowledge, state=state.backend, tools=self._tools))
        for update in reply.objective_updates:
            tracker.apply(update)
        state.objectives = tracker.to_dict()
        state.remember("user", text)
        state.remember("assistant", reply.text)
        effects = {t.name: t.effect for t in self.engine.tool_specs(persona)} if persona.tools \
            else {}
        return Reply(reply.text, tuple(ToolCall(c.name, _args(c.arguments), "executed",
                                                effects.get(c.name, ""))
                                       for c in reply.tool_calls))

    async def respond(self, conversation: Conversation) -> Reply:
        return await asyncio.to_thread(self._turn, conversation)

    async def aclose(self) -> None:
        return None


class ConfideServerTarget:
    """A Confide deployment, through `POST /v1/conversations` and its messages."""

    enforces_timeout = True

    def __init__(self, base_url: str, persona: str, api_key_env: str, *,
                 api_key_env_b: str | None = None, timeout: float = 60.0,
                 subject_prefix: str = "redteam") -> None:
        keys = {"a": api_key_env, **({"b": api_key_env_b} if api_key_env_b else {})}
        self._headers: dict[str, dict[str, str]] = {}
        for tenant, env in keys.items():
            key = os.environ.get(env)
            if not key:
                raise ValueError(f"environment variable {env} is not set")
            self._headers[tenant] = {"authorization": f"Bearer {key}"}
        self.base_url = base_url.rstrip("/")
        self.persona = persona
        self.name = f"confide:{self.base_url} persona={persona}"
        self._timeout = timeout
        described = self._describe()
        # a second tenant's key (the persona uploaded in both tenants) allows cross-tenant
        # probes; the tools the persona offers make tool calls observable (each turn says
        # what became of them)
        self.capabilities = Capabilities(documents=False, tools=bool(described.get("tools")),
                                         tenants=len(keys))
        self._subject = f"{subject_prefix}-{secrets.token_hex(6)}"
        self._consent: dict[str, bool] | None = (
            dict.fromkeys(described.get("consent_required", []), True) if described else None)
        self._sessions = _Sessions()
        self._clients: dict[str, httpx.AsyncClient] = {}

    def _http(self, tenant: str = "a") -> httpx.AsyncClient:
        tenant = tenant if tenant in self._headers else "a"
        if tenant not in self._clients:
            self._clients[tenant] = httpx.AsyncClient(
                base_url=self.base_url, headers=self._headers[tenant], timeout=self._timeout,
                follow_redirects=False)
        return self._clients[tenant]

    async def _post(self, path: str, body: dict[str, Any], tenant: str = "a") -> dict[str, Any]:
        try:
            resp = await self._http(tenant).post(path, json=body)
        except httpx.TimeoutException:
            raise TargetError(f"timed out after {self._timeout:g}s") from None
        except httpx.HTTPError as exc:
            raise TargetError(f"transport error: {type(exc).__name__}") from None
        if resp.status_code >= 400:
            code = ""
            with contextlib.suppress(ValueError, KeyError, TypeError):
                code = str(resp.json()["error"]["code"])
            raise TargetError(f"HTTP {resp.status_code} {code}".strip(),
                              status=resp.status_code)
        try:
            return dict(resp.json())
        except ValueError:
            raise TargetError("response is not JSON") from None

    def _describe(self) -> dict[str, Any]:
        """The persona as `GET /v1/personas` shows it to the kit's key ({} if unknown)."""
        try:
            resp = httpx.get(f"{self.base_url}/v1/personas", headers=self._headers["a"],
                             timeout=self._timeout, follow_redirects=False)
            personas = resp.json()["personas"] if resp.status_code == 200 else []
        except (httpx.HTTPError, ValueError, KeyError, TypeError):
            return {}
        found = next((p for p in personas if isinstance(p, dict)
                      and p.get("name") == self.persona), None)
        return found or {}

    async def _consent_for_persona(self) -> dict[str, bool]:
        if self._consent is None:
            try:
                resp = await self._http().get("/v1/personas")
                personas = resp.json()["personas"] if resp.status_code == 200 else []
            except (httpx.HTTPError, ValueError, KeyError, TypeError):
                personas = []
            required = next((p.get("consent_required", []) for p in personas
                             if p.get("name") == self.persona), [])
            self._consent = dict.fromkeys(required, True)
        return self._consent

    async def respond(self, conversation: Conversation) -> Reply:
        history, text = _history_key(conversation)
        tenant = conversation.tenant
        key = (("tenant", tenant), *history)
        cid = self._sessions.find(key)
        if cid is None:
            started = await self._post("/v1/conversations", {
                "persona": self.persona, "subject_id": self._subject,
                "consent": await self._consent_for_persona()}, tenant)
            cid = str(started["id"])
        turn = await self._post(f"/v1/conversations/{cid}/messages", {"text": text}, tenant)
        reply = str(turn.get("reply", ""))
        self._sessions.keep(key, text, reply, cid)
        return Reply(reply, tuple(_server_call(c) for c in turn.get("tools") or ()
                                  if isinstance(c, dict)))

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()
        self._clients = {}
