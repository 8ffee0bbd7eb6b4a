"""`/v1/subjects/{subject_id}`: the right to erasure (scope `admin`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel

from confide.agent.conversations import SUBJECT_ID_PATTERN
from confide.apikeys import Principal
from confide.server.auth import require_scope
from confide.server.deps import get_conversations
from confide.server.routes._runtime import runtime_errors

router = APIRouter(prefix="/v1/subjects", tags=["subjects"])

Admin = Annotated[Principal, Depends(require_scope("admin"))]
SubjectId = Annotated[str, Path(pattern=SUBJECT_ID_PATTERN.pattern)]


class Erased(BaseModel):
    conversations: int
    messages: int
    memories: int


@router.delete("/{subject_id}", response_model=Erased)
def erase_subject(request: Request, subject_id: SubjectId, principal: Admin) -> Erased:
    """Erase the subject's transcripts, pseudonym maps and memories in the caller's tenant."""
    with runtime_errors(request, principal):
        counts = get_conversations(request).erase_subject(principal.tenant_id, subject_id,
                                                          actor=principal.actor)
    return Erased(**counts)
