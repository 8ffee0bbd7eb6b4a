"""`/v1/whoami`: what the presented key is (tenant, key id, scopes); any valid key."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from confide.apikeys import Principal
from confide.server.auth import authenticate

router = APIRouter(prefix="/v1", tags=["keys"])


class WhoAmI(BaseModel):
    tenant_id: str
    key_id: str
    scopes: list[str]


@router.get("/whoami", response_model=WhoAmI)
async def whoami(principal: Annotated[Principal, Depends(authenticate)]) -> WhoAmI:
    """The tenant, key id and scopes of the calling key."""
    return WhoAmI(
        tenant_id=principal.tenant_id, key_id=principal.key_id, scopes=sorted(principal.scopes)
    )
