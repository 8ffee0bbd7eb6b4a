"""`/v1/personas`: upload a persona (YAML or JSON) and list the tenant's personas."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from confide.agent.persona import PersonaError, load_persona
from confide.agent.personas import PersonaInfo
from confide.apikeys import Principal
from confide.server.auth import require_scope
from confide.server.deps import get_conversations
from confide.server.errors import ApiError
from confide.server.routes._runtime import audit_refusal
from confide.tools.spec import load_tools, offered

router = APIRouter(prefix="/v1/personas", tags=["personas"])

Admin = Annotated[Principal, Depends(require_scope("admin"))]
Reader = Annotated[Principal, Depends(require_scope("conversations"))]
_TYPES = ("application/json", "application/yaml", "application/x-yaml", "text/yaml",
          "text/x-yaml", "text/plain")


class ToolOut(BaseModel):
    """A tool the persona's conversations may call (never its executor)."""

    name: str
    effect: str
    approval: str


class PersonaOut(BaseModel):
    """What callers may see of a persona (never its system prompt)."""

    name: str
    version: int
    description: str | None
    backend: str
    consent_required: list[str]
    objectives: list[str]
    guardrails: list[str]
    residency: dict[str, str]
    tools: list[ToolOut] = []
    created_at: datetime

    @classmethod
    def of(cls, info: PersonaInfo) -> PersonaOut:
        p = info.persona
        tools = offered(load_tools(p), p.tool_scopes) if p.tools else []
        return cls(name=p.name, version=info.version, description=p.description,
                   backend=p.llm.backend, consent_required=list(p.consent.required),
                   objectives=[o.objective_name for o in p.objectives],
                   guardrails=[g.guardrail_name for g in p.guardrails],
                   residency=p.residency.model_dump(),
                   tools=[ToolOut(name=t.name, effect=t.effect, approval=t.approval)
                          for t in tools],
                   created_at=info.created_at)


class PersonaList(BaseModel):
    personas: list[PersonaOut]


@router.post("", response_model=PersonaOut, status_code=201)
async def upload_persona(request: Request, principal: Admin) -> PersonaOut:
    """Store a persona (YAML or JSON body) as the next version of its name."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in _TYPES:
        await run_in_threadpool(audit_refusal, request, principal, "persona.media_type")
        raise ApiError(415, "unsupported_media_type",
                       "send the persona as application/json or application/yaml",
                       reason="persona.media_type")
    body = await request.body()
    try:
        persona = load_persona(body)
    except PersonaError as exc:
        await run_in_threadpool(audit_refusal, request, principal, "persona.invalid")
        raise ApiError(422, "invalid_persona", str(exc), reason="persona.invalid") from None
    info = await run_in_threadpool(get_conversations(request).upload_persona,
                                   principal.tenant_id, persona, actor=principal.actor)
    return PersonaOut.of(info)


@router.get("", response_model=PersonaList)
def list_personas(request: Request, principal: Reader) -> PersonaList:
    """The latest version of each persona of the caller's tenant."""
    infos = get_conversations(request).personas.list(principal.tenant_id)
    return PersonaList(personas=[PersonaOut.of(i) for i in infos])
