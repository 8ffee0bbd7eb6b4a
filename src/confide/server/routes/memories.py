"""`/v1/subjects/{subject_id}/memories`: what is remembered about a subject (scope `admin`).

The subject is looked up by its keyed hash under the caller's tenant key, so only the
caller's tenant's memories can ever match. Every read is audited (`memory.read`, counts).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel

from confide.agent.persona import NAME
from confide.agent.records import audit_subject_ref, subject_ref
from confide.apikeys import Principal
from confide.memory.store import MemoryInfo
from confide.server.auth import require_scope
from confide.server.deps import get_services
from confide.server.routes.subjects import SubjectId

router = APIRouter(prefix="/v1/subjects", tags=["subjects"])

Admin = Annotated[Principal, Depends(require_scope("admin"))]


class Memories(BaseModel):
    memories: list[MemoryInfo]


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
                          reason="memory.read", subject_ref=audit_subject_ref(ref),
                          details={"persona": persona, "memories": len(found)})
    return Memories(memories=found)
