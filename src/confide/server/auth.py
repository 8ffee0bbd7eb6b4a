"""Bearer-key authentication and scope checks, as FastAPI dependencies.

The tenant of a request always comes from its key. Every refusal is counted, logged with a
reason code and appended to the audit log; the token itself is never logged or audited.

Routes declare what they need::

    @router.get("/v1/things")
    def list_things(principal: Principal = Depends(require_scope("conversations"))): ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from confide.apikeys import AuthError, PermissionDenied, Principal, key_actor
from confide.audit import SYSTEM_TENANT
from confide.server import context
from confide.server.deps import get_metrics, get_services
from confide.server.errors import ApiError
from confide.server.logging import get_logger
from confide.server.middleware import route_label

_log = get_logger("server.auth")

_UNAUTHORIZED = "missing or invalid API key"
# Declares the scheme in OpenAPI; the header itself is parsed below (to tell reasons apart).
_BEARER = HTTPBearer(auto_error=False, description="An API key: `cfk_<key_id>_<secret>`.")


def _request_details(request: Request) -> dict[str, Any]:
    return {"method": request.method, "route": route_label(request.scope)}


async def _deny(
    request: Request,
    reason: str,
    *,
    tenant_id: str | None = None,
    key_id: str | None = None,
) -> ApiError:
    """Count, log and audit (in a worker thread) a failed authentication; return the 401."""
    get_metrics(request).auth_failure(reason)
    ctx = context.current()
    if ctx is not None:
        ctx.reason = reason
        ctx.key_id = key_id
    _log.info(
        "authentication refused",
        extra={"event": "auth.denied", "reason": reason, "key_id": key_id},
    )
    await run_in_threadpool(
        get_services(request).audit.append,
        tenant_id or SYSTEM_TENANT,
        "auth.denied",
        actor=key_actor(key_id) if key_id else "anonymous",
        reason=reason,
        details=_request_details(request),
    )
    return ApiError(
        401, "unauthorized", _UNAUTHORIZED, {"WWW-Authenticate": "Bearer"}, reason=reason
    )


async def authenticate(
    request: Request,
    _scheme: Annotated[HTTPAuthorizationCredentials | None, Security(_BEARER)] = None,
) -> Principal:
    """The principal of the request's `Authorization: Bearer` key; 401 (audited) otherwise.

    A key verified recently is answered from the cache on the event loop; only a miss (a
    database read and an argon2 verification) goes to a worker thread.
    """
    header = request.headers.get("authorization")
    if not header:
        raise await _deny(request, "auth.missing")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise await _deny(request, "auth.malformed")
    apikeys = get_services(request).apikeys
    principal = apikeys.authenticate_cached(token)
    if principal is None:
        try:
            principal = await run_in_threadpool(apikeys.authenticate, token)
        except AuthError as exc:
            raise await _deny(
                request, exc.code, tenant_id=exc.tenant_id, key_id=exc.key_id
            ) from None
    ctx = context.current()
    if ctx is not None:
        ctx.tenant_id = principal.tenant_id
        ctx.key_id = principal.key_id
    return principal


def require_scope(scope: str) -> Callable[..., Principal]:
    """A dependency returning the request's principal if its key holds `scope` (or `admin`);
    403, audited as `access.forbidden`, if not."""

    async def dependency(
        request: Request, principal: Principal = Depends(authenticate)
    ) -> Principal:
        # async: the allowed path is a set lookup, not worth a thread-pool hop
        if principal.has(scope):
            return principal
        reason = PermissionDenied.code
        get_metrics(request).auth_failure(reason)
        ctx = context.current()
        if ctx is not None:
            ctx.reason = reason
        await run_in_threadpool(
            get_services(request).audit.append,
            principal.tenant_id,
            "access.forbidden",
            actor=principal.actor,
            reason=reason,
            details={**_request_details(request), "scope": scope},
        )
        raise ApiError(403, "forbidden", f"this API key lacks the '{scope}' scope", reason=reason)

    dependency.__name__ = f"require_scope_{scope.replace(':', '_')}"
    return dependency


def not_found(
    request: Request,
    principal: Principal,
    kind: str,
    ref: str,
    *,
    owner_tenant_id: str | None,
) -> ApiError:
    """The 404 for a resource the principal may not see; audited, identical either way.

    `owner_tenant_id` is the tenant that owns the resource when it exists elsewhere (a
    cross-tenant attempt, `access.cross_tenant`), or None when nothing has that id
    (`access.not_found`). Both cases answer the same 404 and cost one audit write, so the
    response is no oracle for another tenant's ids. The subject reference is `kind:ref`, so
    `ref` must be an id the route has validated (e.g. `apikey:<key id>`).
    """
    cross = owner_tenant_id is not None and owner_tenant_id != principal.tenant_id
    event, reason = (
        ("access.cross_tenant", "tenant.mismatch")
        if cross
        else ("access.not_found", "resource.unknown")
    )
    if cross:
        get_metrics(request).auth_failure(reason)
    ctx = context.current()
    if ctx is not None:
        ctx.reason = reason
    get_services(request).audit.append(
        principal.tenant_id,
        event,
        actor=principal.actor,
        reason=reason,
        subject_ref=f"{kind}:{ref}",
        details=_request_details(request),
    )
    return ApiError(404, "not_found", f"{kind} not found", reason=reason)
