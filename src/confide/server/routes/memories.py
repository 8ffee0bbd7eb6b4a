"""`/v1/subjects/{subject_id}/memories`: what is remembered about a subject (scope `admin`).

The subject is looked up by its keyed hash under the caller's tenant key, so only the
caller's tenant's memories can ever match. Every read is audited (`memory.read`, counts).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel

from confide.agent.persona import NAME
from confide.agent.records import subject_ref
from confide.apikeys import Principal
from confide.server.auth import require_scope
from confide.server.deps import get_services

router = APIRouter(prefix="/v1/subjects", tags=["subjects"])

Admin = Annotated[Principal, Depends(require_scope("admin"))]
SubjectId = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:@\-]{0,199}$")]


class Memory(BaseModel):
    id: str
    persona: str
    fact: str  # pseudonymised text
    source_conversation: str | None
    created_at: datetime
    expires_at: datetime


class Memories(BaseModel):
    memories: list[Memory]


@router.get("/{subject_id}/memories", response_model=Memories)
def list_memories(request: Request, subject_id: SubjectId, principal: Admin,
                  persona: Annotated[str | None, Query(pattern=NAME)] = None) -> Memories:
    """The subject's unexpired memories in the caller's tenant (optionally one persona's),
    newest first."""
    services = get_services(request)
    tenant_id = principal.tenant_id
    ref = subject_ref(services.vault.audit_key(tenant_id), subject_id)
    found = services.memories.list(tenant_id, ref, persona)
    services.audit.append(tenant_id, "memory.read", actor=principal.actor,
                          reason="memory.read", subject_ref=f"subject:{ref[:16]}",
                          details={"persona": persona, "memories": len(found)})
    return Memories(memories=[Memory(id=m.id, persona=m.persona, fact=m.fact,
                                     source_conversation=m.source_conversation,
                                     created_at=m.created_at, expires_at=m.expires_at)
                              for m in found])
