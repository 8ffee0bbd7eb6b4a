"""`/v1/webhooks`: a tenant's admins list deliveries and attempts and manage the signing secret.

Listings never carry webhook bodies; another tenant's delivery id is a 404 like an unknown one.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from confide.apikeys import Principal
from confide.server.auth import not_found, require_scope
from confide.server.deps import get_services
from confide.webhooks import AttemptInfo, DeliveryInfo, WebhookNotFound, format_secret

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])

Admin = Annotated[Principal, Depends(require_scope("admin"))]
DeliveryId = Annotated[str, Path(pattern=r"^wh_[0-9a-f]{1,29}$", description="Delivery id.")]


class DeliveryList(BaseModel):
    deliveries: list[DeliveryInfo]


class AttemptList(BaseModel):
    delivery_id: str
    attempts: list[AttemptInfo]


class SecretOut(BaseModel):
    secret: str = Field(description="The tenant's signing secret, `whsec_<base64url>`.")


@router.get("/deliveries", response_model=DeliveryList)
def list_deliveries(
    request: Request,
    principal: Admin,
    status: Literal["pending", "delivered", "failed"] | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> DeliveryList:
    """The caller's tenant's deliveries, newest first."""
    infos = get_services(request).webhooks.deliveries(principal.tenant_id, status=status,
                                                       limit=limit)
    return DeliveryList(deliveries=infos)


@router.get("/deliveries/{delivery_id}/attempts", response_model=AttemptList)
def list_attempts(request: Request, delivery_id: DeliveryId, principal: Admin) -> AttemptList:
    """The attempts of one delivery of the caller's tenant, oldest first."""
    webhooks = get_services(request).webhooks
    try:
        attempts = webhooks.attempts(principal.tenant_id, delivery_id)
    except WebhookNotFound:
        owner = webhooks.owner_of(delivery_id)
        raise not_found(request, principal, "webhook_delivery", delivery_id,
                        owner_tenant_id=owner) from None
    return AttemptList(delivery_id=delivery_id, attempts=attempts)


@router.get("/secret", response_model=SecretOut)
def get_secret(request: Request, principal: Admin) -> SecretOut:
    """The tenant's signing secret (created on first use); each read is audited."""
    webhooks = get_services(request).webhooks
    return SecretOut(secret=webhooks.reveal_secret(principal.tenant_id, actor=principal.actor))


@router.post("/secret/rotate", response_model=SecretOut)
def rotate_secret(request: Request, principal: Admin) -> SecretOut:
    """Replace the signing secret; requests are signed with the new one from now on."""
    key = get_services(request).webhooks.rotate_secret(principal.tenant_id,
                                                       actor=principal.actor)
    return SecretOut(secret=format_secret(key))
