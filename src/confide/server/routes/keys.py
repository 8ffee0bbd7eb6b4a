"""`/v1/keys`: a tenant's admins list, create and revoke the tenant's own API keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field

from confide.apikeys import SCOPES, ApiKeyInfo, ApiKeyNotFound, Principal
from confide.server.auth import not_found, require_scope
from confide.server.deps import get_services

router = APIRouter(prefix="/v1/keys", tags=["keys"])

Scope = Literal[tuple(sorted(SCOPES))]  # type: ignore[valid-type]
KeyId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="The key id.")]
Admin = Annotated[Principal, Depends(require_scope("admin"))]


class KeyCreate(BaseModel):
    """A new key for the caller's own tenant."""

    model_config = ConfigDict(extra="forbid")

    scopes: list[Scope] = Field(min_length=1, max_length=len(SCOPES))  # type: ignore[valid-type]
    name: str | None = Field(default=None, max_length=100)
    expires_in_days: int | None = Field(default=None, ge=1, le=3650)


class KeyOut(BaseModel):
    """What may be shown about a key (never its secret or hash)."""

    key_id: str
    tenant_id: str
    name: str | None
    scopes: list[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    active: bool

    @classmethod
    def of(cls, info: ApiKeyInfo) -> KeyOut:
        return cls(
            key_id=info.key_id,
            tenant_id=info.tenant_id,
            name=info.name,
            scopes=sorted(info.scopes),
            created_at=info.created_at,
            expires_at=info.expires_at,
            revoked_at=info.revoked_at,
            active=info.active,
        )


class KeyList(BaseModel):
    keys: list[KeyOut]


class KeyCreated(BaseModel):
    key: KeyOut
    api_key: str = Field(description="The token; shown once, never stored.")


@router.get("", response_model=KeyList)
def list_keys(request: Request, principal: Admin) -> KeyList:
    """Every key of the caller's tenant."""
    infos = get_services(request).apikeys.list(principal.tenant_id)
    return KeyList(keys=[KeyOut.of(i) for i in infos])


@router.post("", response_model=KeyCreated, status_code=201)
def create_key(request: Request, body: KeyCreate, principal: Admin) -> KeyCreated:
    """Create a key in the caller's tenant; the token is in this response only."""
    expires_at = (
        datetime.now(UTC) + timedelta(days=body.expires_in_days) if body.expires_in_days else None
    )
    info, token = get_services(request).apikeys.create(
        principal.tenant_id,
        body.scopes,
        expires_at=expires_at,
        name=body.name,
        actor=principal.actor,
    )
    return KeyCreated(key=KeyOut.of(info), api_key=token)


@router.delete("/{key_id}", response_model=KeyOut)
def revoke_key(request: Request, key_id: KeyId, principal: Admin) -> KeyOut:
    """Revoke a key of the caller's tenant. Another tenant's key is 404, as is an unknown one."""
    apikeys = get_services(request).apikeys
    try:
        info = apikeys.revoke(principal.tenant_id, key_id, actor=principal.actor)
    except ApiKeyNotFound:
        owner = apikeys.owner_of(key_id)
        raise not_found(request, principal, "apikey", key_id, owner_tenant_id=owner) from None
    return KeyOut.of(info)
