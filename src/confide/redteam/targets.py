"""Targets: what the kit attacks. One small protocol, one class per kind of target.

A target receives a `Conversation` and returns a `Reply` (text plus tool calls made or
queued) and says what the kit may do with it (`Capabilities`). Shipped: any
OpenAI-compatible chat-completions endpoint, a Python callable, a persona run in-process
(`persona:NAME`) and a Confide server (`http://host:port`; see `runtime_targets`).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import sys
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import httpx

from confide.redteam.model import (
    Capabilities,
    Conversation,
    Message,
    Reply,
    Role,
    TargetError,
    ToolCall,
)

DOCUMENT_PREFIX = "Knowledge-base document retrieved for this conversation:\n"


@runtime_checkable
class Target(Protocol):
    """Something the kit can attack.

    A target that sets `enforces_timeout = True` times (and retries) its own requests;
    otherwise the runner cuts each reply off after the run's `timeout`.
    """

    name: str
    capabilities: Capabilities

    async def respond(self, conversation: Conversation) -> Reply:
        """The target's reply to the conversation's last user turn."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


def openai_messages(messages: Sequence[Message], system_prompt: str | None
                    ) -> list[dict[str, str]]:
    """The conversation in chat-completions form; a planted document is a system message."""
    out: list[dict[str, str]] = []
    if system_prompt:
        out.append({"role": "system", "content": system_prompt})
    for m in messages:
        if m.role is Role.DOCUMENT:
            out.append({"role": "system", "content": DOCUMENT_PREFIX + m.content})
        elif m.role is Role.ASSISTANT:
            content = m.content
            if not content and m.tool_calls:
                content = "(called: " + ", ".join(c.name for c in m.tool_calls) + ")"
            out.append({"role": "assistant", "content": content})
        else:
            out.append({"role": m.role.value, "content": m.content})
    return out


def _tool_call(raw: Any) -> ToolCall:
    fn = raw.get("function", raw) if isinstance(raw, Mapping) else {}
    args = fn.get("arguments", {})
    if isinstance(args, str):
        try:
            args = json.loads(args) if args.strip() else {}
        except ValueError:
            args = {"_raw": args}
    if not isinstance(args, Mapping):
        args = {"_raw": args}
    status = str(raw.get("status", "executed")) if isinstance(raw, Mapping) else "executed"
    return ToolCall(str(fn.get("name", "")), dict(args), status)


def parse_completion(body: Any) -> Reply:
    """The reply text and tool calls of a chat-completions response body."""
    try:
        message = body["choices"][0]["message"]
    except (KeyError, IndexError, TypeError):
        raise TargetError("response has no choices[0].message") from None
    calls = [_tool_call(c) for c in message.get("tool_calls") or ()]
    if message.get("function_call"):
        calls.append(_tool_call(message["function_call"]))
    return Reply(str(message.get("content") or ""), tuple(calls))


_RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


class OpenAICompatibleTarget:
    """Any OpenAI-compatible chat-completions endpoint, over httpx.

    With `system_prompt` the kit sends its own system prompt (usually the seeded fixture's,
    holding a canary and synthetic identities); `tools` (OpenAI function specs) are offered
    so tool calls show. The API key is read from the environment variable `api_key_env`
    and never stored in reports or errors. `timeout` applies to each HTTP attempt;
    transport errors, timeouts, 408/409/425/429 and 5xx are retried `retries` times.
    """

    enforces_timeout = True  # the runner leaves per-request timing to this target

    def __init__(self, base_url: str, model: str, api_key_env: str | None = None, *,
                 system_prompt: str | None = None, canary: str | None = None,
                 seeded: bool = False, tools: Sequence[Mapping[str, Any]] = (),
                 documents: bool = True, timeout: float = 60.0, retries: int = 2,
                 temperature: float | None = 0.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = f"openai:{self.base_url} model={model}"
        self._headers = {"content-type": "application/json"}
        if api_key_env:
            key = os.environ.get(api_key_env)
            if not key:
                raise ValueError(f"environment variable {api_key_env} is not set")
            self._headers["authorization"] = f"Bearer {key}"
        self.system_prompt = system_prompt
        self.tools = [dict(t) for t in tools]
        self.timeout = timeout
        self.retries = max(0, retries)
        self.temperature = temperature
        self.capabilities = Capabilities(
            documents=documents, tools=bool(self.tools), tenants=1,
            system_prompt=system_prompt, canary=canary, seeded=seeded)
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout, headers=self._headers,
                                             follow_redirects=False)
        return self._client

    def request_body(self, conversation: Conversation) -> dict[str, Any]:
        """The JSON body posted for `conversation`."""
        body: dict[str, Any] = {"model": self.model,
                                "messages": openai_messages(conversation.messages,
                                                            self.system_prompt)}
        if self.temperature is not None:
            body["temperature"] = self.temperature
        if self.tools:
            body["tools"] = self.tools
        return body

    async def respond(self, conversation: Conversation) -> Reply:
        body = self.request_body(conversation)
        url = self.base_url + "/chat/completions"
        last = "no attempt"
        for attempt in range(self.retries + 1):
            if attempt:
                await asyncio.sleep(min(4.0, 0.25 * 2 ** attempt))
            try:
                resp = await self._http().post(url, json=body)
            except httpx.TimeoutException:
                last = f"timed out after {self.timeout:g}s"
                continue
            except httpx.HTTPError as exc:
                last = f"transport error: {type(exc).__name__}"
                continue
            if resp.status_code in _RETRY_STATUS:
                last = f"HTTP {resp.status_code}"
                continue
            if resp.status_code >= 400:
                raise TargetError(f"HTTP {resp.status_code}", status=resp.status_code)
            try:
                return parse_completion(resp.json())
            except ValueError:
                raise TargetError("response is not JSON") from None
        status = int(last.split()[1]) if last.startswith("HTTP ") else None
        raise TargetError(f"{last} (after {self.retries + 1} attempts)", status=status)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


ReplyLike = str | Reply | Mapping[str, Any]


@dataclass
class CallableTarget:
    """A Python function as a target, for library users.

    `fn(messages)` gets the conversation in chat-completions form (a list of
    `{"role", "content"}` dicts, the system prompt first when one is set) and returns the
    reply text, a `Reply`, or a dict `{"content": ..., "tool_calls": [{"name", "arguments",
    "status"}]}`. It may be async. If it accepts `tenant` or `tools` keyword arguments,
    they are passed.
    """

    fn: Callable[..., ReplyLike | Awaitable[ReplyLike]]
    system_prompt: str | None = None
    canary: str | None = None
    seeded: bool = False
    tools: Sequence[Mapping[str, Any]] = ()
    documents: bool = True
    tenants: int = 1
    name: str = ""

    def __post_init__(self) -> None:
        self.name = self.name or f"python:{getattr(self.fn, '__module__', '?')}:" \
                                 f"{getattr(self.fn, '__qualname__', repr(self.fn))}"
        params = inspect.signature(self.fn).parameters
        accepts_kw = any(p.kind is p.VAR_KEYWORD for p in params.values())
        self._kw = {k for k in ("tenant", "tools") if k in params or accepts_kw}
        self.capabilities = Capabilities(
            documents=self.documents, tools=bool(self.tools), tenants=self.tenants,
            system_prompt=self.system_prompt, canary=self.canary, seeded=self.seeded)

    async def respond(self, conversation: Conversation) -> Reply:
        messages = openai_messages(conversation.messages, self.system_prompt)
        kwargs: dict[str, Any] = {}
        if "tenant" in self._kw:
            kwargs["tenant"] = conversation.tenant
        if "tools" in self._kw:
            kwargs["tools"] = [dict(t) for t in self.tools]
        if inspect.iscoroutinefunction(self.fn):
            out = await self.fn(messages, **kwargs)
        else:
            out = await asyncio.to_thread(self.fn, messages, **kwargs)
            if inspect.isawaitable(out):
                out = await out
        return as_reply(out)

    async def aclose(self) -> None:
        return None


def as_reply(out: Any) -> Reply:
    """A callable's return value as a `Reply`."""
    if isinstance(out, Reply):
        return out
    if isinstance(out, str):
        return Reply(out)
    if isinstance(out, Mapping):
        calls = tuple(_tool_call(c) for c in out.get("tool_calls") or ())
        return Reply(str(out.get("content") or ""), calls)
    raise TargetError(f"callable returned {type(out).__name__}, expected str, dict or Reply")


class TargetUnavailable(ValueError):
    """The target kind exists in the design but cannot run in this installation."""


@dataclass(frozen=True)
class TargetOptions:
    """What the command line says about the target, besides its spec."""

    model: str | None = None
    api_key_env: str | None = None
    api_key_env_b: str | None = None  # a second tenant's key (Confide server targets)
    system_prompt: str | None = None
    canary: str | None = None
    seeded: bool = False
    tools: Sequence[Mapping[str, Any]] = ()
    timeout: float = 60.0
    retries: int = 2


def _openai(rest: str, opts: TargetOptions) -> Target:
    if not rest.startswith(("http://", "https://")):
        raise ValueError("openai target needs a base URL: openai:https://host/v1")
    if not opts.model:
        raise ValueError("openai target needs --model")
    return OpenAICompatibleTarget(rest, opts.model, opts.api_key_env,
                                  system_prompt=opts.system_prompt, canary=opts.canary,
                                  seeded=opts.seeded, tools=opts.tools, timeout=opts.timeout,
                                  retries=opts.retries)


def _python(rest: str, opts: TargetOptions) -> Target:
    module, _, attr = rest.partition(":")
    if not module or not attr:
        raise ValueError("python target needs module and function: python:package.module:fn")
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())  # like `python -m`: modules of the working folder
    fn = importlib.import_module(module)
    for part in attr.split("."):
        fn = getattr(fn, part)
    if not callable(fn):
        raise ValueError(f"python:{rest} is not callable")
    return CallableTarget(fn, system_prompt=opts.system_prompt, canary=opts.canary,
                          seeded=opts.seeded, tools=opts.tools, name=f"python:{rest}")


def _persona(rest: str, opts: TargetOptions) -> Target:
    from confide.agent.persona import LlmConfig
    from confide.redteam.runtime_targets import PersonaTarget, load_target_persona

    ref, _, backend = rest.partition("@")
    if not ref:
        raise ValueError("persona target needs a name or a YAML path: persona:NAME")
    persona = load_target_persona(ref)
    if backend:
        if not backend.startswith("openai:http"):
            raise ValueError("a persona's model override is @openai:BASE_URL")
        if not opts.model:
            raise ValueError("persona:NAME@openai:URL needs --model")
        llm = LlmConfig(backend="openai", base_url=backend.removeprefix("openai:"),
                        model=opts.model, api_key_env=opts.api_key_env,
                        timeout_s=opts.timeout, max_retries=opts.retries)
        persona = persona.model_copy(update={"llm": llm})
    return PersonaTarget(persona, system_prompt=opts.system_prompt, canary=opts.canary,
                         seeded=opts.seeded)


def _confide_server(rest: str, opts: TargetOptions) -> Target:
    from confide.redteam.runtime_targets import ConfideServerTarget

    if not opts.model:
        raise ValueError("a Confide server target needs --model PERSONA (the persona to "
                         "attack); for another OpenAI-compatible endpoint write openai:" + rest)
    if not opts.api_key_env:
        raise ValueError("a Confide server target needs --api-key-env (a key with the "
                         "conversations scope)")
    return ConfideServerTarget(rest, opts.model, opts.api_key_env,
                               api_key_env_b=opts.api_key_env_b, timeout=opts.timeout)


#: Target kinds by spec prefix; a factory gets the rest of the spec and the options.
TARGET_SCHEMES: dict[str, Callable[[str, TargetOptions], Target]] = {
    "openai": _openai,
    "python": _python,
    "persona": _persona,
}


def make_target(spec: str, opts: TargetOptions) -> Target:
    """The target a `--target` spec names: `openai:URL`, `python:module:fn`, `persona:NAME`
    or `http(s)://host:port` (a Confide server)."""
    if spec.startswith(("http://", "https://")):
        return _confide_server(spec, opts)
    scheme, sep, rest = spec.partition(":")
    factory = TARGET_SCHEMES.get(scheme)
    if not sep or factory is None:
        kinds = ", ".join(f"{k}:…" for k in TARGET_SCHEMES)
        raise ValueError(f"unknown target {spec!r}; use one of {kinds} or http://host:port")
    return factory(rest, opts)
