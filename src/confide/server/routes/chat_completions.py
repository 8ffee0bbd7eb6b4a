"""`POST /v1/chat/completions`: an OpenAI-compatible, guarded proxy to a persona.

`model` names the persona. Confide keeps the transcript: the last `user` message is the
turn; pass the conversation id back (header `X-Confide-Conversation` or
`extra_body={"confide": {"conversation_id": ...}}`) to continue a conversation, or leave it
out to start one (with `confide.subject_id` and `confide.consent` when the persona asks for
consent). Every answer has passed the input layer, guardrails and the output layer; a
refused answer ends with `finish_reason: "content_filter"`.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from confide.agent.conversations import MAX_MESSAGE_CHARS, TurnResult
from confide.apikeys import Principal
from confide.server.auth import require_scope
from confide.server.deps import get_conversations
from confide.server.errors import ApiError
from confide.server.routes._runtime import runtime_errors

router = APIRouter(prefix="/v1", tags=["openai-compatible"])

Caller = Annotated[Principal, Depends(require_scope("conversations"))]
CONVERSATION_HEADER = "X-Confide-Conversation"
STREAM_CHUNK_CHARS = 24


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None


class ConfideOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conversation_id: str | None = Field(default=None, pattern=r"^cv_[0-9a-f]{29}$")
    subject_id: str | None = Field(default=None, max_length=200)
    consent: dict[str, bool] = Field(default={}, max_length=16)


class ChatRequest(BaseModel):
    """The chat-completions request; sampling options are accepted and left to the persona."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(min_length=1, max_length=64)
    messages: list[ChatMessage] = Field(min_length=1, max_length=500)
    stream: bool = False
    n: int = Field(default=1, ge=1, le=1)
    user: str | None = Field(default=None, max_length=200)
    confide: ConfideOptions = ConfideOptions()
    # accepted for compatibility; the persona's own settings apply
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    max_completion_tokens: int | None = None
    stop: str | list[str] | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    seed: int | None = None
    stream_options: dict[str, Any] | None = None
    metadata: dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: Any = None
    parallel_tool_calls: bool | None = None
    logprobs: bool | None = None


def _last_user_text(body: ChatRequest) -> str:
    last = body.messages[-1]
    if last.role != "user":
        raise ApiError(422, "invalid_request", "the last message must have role 'user'",
                       reason="chat.last_not_user")
    content = last.content
    if isinstance(content, list):
        parts = [p.get("text") for p in content if isinstance(p, dict) and p.get("type") == "text"]
        if len(parts) != len(content):
            raise ApiError(422, "invalid_request", "only text content parts are supported",
                           reason="chat.content_type")
        content = "\n".join(str(p) for p in parts)
    if not content or not content.strip():
        raise ApiError(422, "invalid_request", "the last user message is empty",
                       reason="chat.empty")
    if len(content) > MAX_MESSAGE_CHARS:
        raise ApiError(422, "invalid_request",
                       f"the last user message is longer than {MAX_MESSAGE_CHARS} characters",
                       reason="chat.too_long")
    return content


def _finish_reason(result: TurnResult) -> str:
    blocked = any(v.verdict.action.value in ("block", "escalate") for v in result.stages)
    return "content_filter" if blocked else "stop"


def _extension(result: TurnResult) -> dict[str, Any]:
    return {"conversation_id": result.conversation_id, "verdicts": result.verdicts,
            "escalated": result.escalated, "escalation_id": result.escalation_id,
            "objectives": result.objectives, "completed": result.completed}


def _chunks(result: TurnResult, cid: str, created: int, model: str) -> Iterator[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        body = {"id": cid, "object": "chat.completion.chunk", "created": created,
                "model": model, "choices": [{"index": 0, "delta": delta,
                                             "finish_reason": finish}], **extra}
        return f"data: {json.dumps(body)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    text = result.reply
    for i in range(0, len(text), STREAM_CHUNK_CHARS):
        yield chunk({"content": text[i:i + STREAM_CHUNK_CHARS]})
    yield chunk({}, _finish_reason(result), confide=_extension(result))
    yield "data: [DONE]\n\n"


@router.post("/chat/completions")
def chat_completions(request: Request, body: ChatRequest, principal: Caller,
                     conversation: Annotated[str | None, Header(
                         alias=CONVERSATION_HEADER, pattern=r"^cv_[0-9a-f]{29}$")] = None,
                     ) -> Any:
    """One guarded turn in the chat-completions format (streaming with `stream: true`)."""
    text = _last_user_text(body)
    runtime = get_conversations(request)
    cid = body.confide.conversation_id or conversation
    with runtime_errors(request, principal, cid or body.model):
        started_here = cid is None
        if cid is None:
            subject = body.confide.subject_id or body.user or f"anon-{secrets.token_hex(8)}"
            view, _ = runtime.start(principal.tenant_id, body.model, subject,
                                    body.confide.consent, actor=principal.actor)
            cid = view.id
        try:
            result = runtime.message(principal.tenant_id, cid, text, actor=principal.actor)
        except Exception:
            if started_here:  # the caller never learns this id: close it rather than leave it
                runtime.end(principal.tenant_id, cid, actor=principal.actor)
            raise
    completion_id = f"chatcmpl-{secrets.token_hex(12)}"
    created = int(time.time())
    headers = {CONVERSATION_HEADER: cid, "Cache-Control": "no-store"}
    if body.stream:
        return StreamingResponse(_chunks(result, completion_id, created, body.model),
                                 media_type="text/event-stream", headers=headers)
    return JSONResponse({
        "id": completion_id, "object": "chat.completion", "created": created,
        "model": body.model,
        "choices": [{"index": 0, "finish_reason": _finish_reason(result),
                     "message": {"role": "assistant", "content": result.reply}}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "confide": _extension(result)}, headers=headers)
