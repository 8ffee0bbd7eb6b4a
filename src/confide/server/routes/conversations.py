"""`/v1/conversations`: start (with consent), send messages (JSON or SSE), read, end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from confide.agent.conversations import MAX_MESSAGE_CHARS, ConversationView, TurnResult
from confide.apikeys import Principal
from confide.server.auth import require_scope
from confide.server.deps import get_conversations
from confide.server.routes._runtime import runtime_errors

router = APIRouter(prefix="/v1/conversations", tags=["conversations"])

Caller = Annotated[Principal, Depends(require_scope("conversations"))]
ConversationId = Annotated[str, Path(pattern=r"^cv_[0-9a-f]{29}$",
                                     description="The conversation id.")]
STREAM_CHUNK_CHARS = 24


class ConversationCreate(BaseModel):
    """A new conversation of one subject with one persona."""

    model_config = ConfigDict(extra="forbid")

    persona: str = Field(min_length=1, max_length=64)
    subject_id: str = Field(min_length=1, max_length=200)
    consent: dict[str, bool] = Field(default={}, max_length=16)


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


class TurnOut(BaseModel):
    """One turn: the checked reply, every stage's verdict, escalation and objective state."""

    conversation_id: str
    reply: str
    verdicts: list[dict[str, Any]]
    escalated: bool
    escalation_id: str | None
    objectives: list[dict[str, Any]]
    completed: list[str]
    seq: int
    sources: list[str] = Field(description="Knowledge given to the model this turn "
                               "(`knowledge:<document>#<chunk>`, `persona:<name>#<fact>`).")
    tools: list[dict[str, Any]] = Field(
        default=[], description="What became of each tool call the model proposed this turn: "
        "`tool`, `effect`, `status` (`executed`, `failed`, `held` for a person's approval, "
        "`refused`), `action_id` (held or run) and the policy's `reasons`; never arguments "
        "or results.")

    @classmethod
    def of(cls, r: TurnResult) -> TurnOut:
        return cls(conversation_id=r.conversation_id, reply=r.reply, verdicts=r.verdicts,
                   escalated=r.escalated, escalation_id=r.escalation_id,
                   objectives=r.objectives, completed=r.completed, seq=r.seq,
                   sources=r.sources, tools=r.tools)


class Started(BaseModel):
    id: str
    greeting: str
    persona: str
    persona_version: int
    residency: dict[str, str]
    objectives: list[dict[str, Any]]
    verdicts: list[dict[str, Any]]


@router.post("", response_model=Started, status_code=201)
def start_conversation(request: Request, body: ConversationCreate, principal: Caller) -> Started:
    """Start a conversation; 409 when the persona's required consent is missing."""
    with runtime_errors(request, principal, body.persona):
        view, first = get_conversations(request).start(
            principal.tenant_id, body.persona, body.subject_id, body.consent,
            actor=principal.actor)
    return Started(id=view.id, greeting=first.reply, persona=view.persona,
                   persona_version=view.persona_version, residency=view.residency,
                   objectives=view.objectives, verdicts=first.verdicts)


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, default=str)}\n\n"


def _stream(result: TurnOut) -> Iterator[str]:
    """The checked reply in small deltas, then the whole turn (nothing unchecked is sent)."""
    text = result.reply
    for i in range(0, len(text), STREAM_CHUNK_CHARS):
        yield _sse("delta", {"text": text[i:i + STREAM_CHUNK_CHARS]})
    yield _sse("turn", result.model_dump(mode="json"))
    yield "event: done\ndata: [DONE]\n\n"


@router.post("/{conversation_id}/messages", response_model=TurnOut)
def send_message(request: Request, conversation_id: ConversationId, body: MessageIn,
                 principal: Caller,
                 stream: Annotated[bool, Query(description="Answer as server-sent events.")]
                 = False) -> Any:
    """One guarded turn. With `?stream=true` the reply arrives as SSE `delta` events once the
    output layer has passed it, then a `turn` event with the verdicts."""
    with runtime_errors(request, principal, conversation_id):
        result = TurnOut.of(get_conversations(request).message(
            principal.tenant_id, conversation_id, body.text, actor=principal.actor))
    if stream:
        return StreamingResponse(_stream(result), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store"})
    return result


@router.get("/{conversation_id}", response_model=ConversationView)
def get_conversation(request: Request, conversation_id: ConversationId,
                     principal: Caller) -> ConversationView:
    """The redacted transcript, verdicts and objective state."""
    with runtime_errors(request, principal, conversation_id):
        return get_conversations(request).get(principal.tenant_id, conversation_id)


@router.post("/{conversation_id}/end", response_model=ConversationView)
def end_conversation(request: Request, conversation_id: ConversationId,
                     principal: Caller) -> ConversationView:
    """End the conversation (no more messages)."""
    with runtime_errors(request, principal, conversation_id):
        return get_conversations(request).end(principal.tenant_id, conversation_id,
                                              actor=principal.actor)
