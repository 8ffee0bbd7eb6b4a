"""Turning runtime refusals into API errors (shared by the conversation routes)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from confide.agent.conversations import ConversationError, ConversationNotFound
from confide.agent.llm.base import BackendError
from confide.agent.personas import PersonaNotFound
from confide.apikeys import Principal
from confide.audit import register_retention
from confide.server.auth import not_found
from confide.server.deps import get_services
from confide.server.errors import ApiError
from confide.server.middleware import route_label

register_retention("request.refused", "security")


def audit_refusal(request: Request, principal: Principal, reason: str, ref: str = "") -> None:
    """Audit a refused runtime request (`request.refused`, the reason code, no content)."""
    get_services(request).audit.append(
        principal.tenant_id, "request.refused", actor=principal.actor, reason=reason,
        subject_ref=ref or None,
        details={"method": request.method, "route": route_label(request.scope)})


@contextmanager
def runtime_errors(request: Request, principal: Principal, ref: str = "") -> Iterator[None]:
    """Map runtime exceptions to JSON errors; a conversation of another tenant is the same 404
    as an unknown one (audited as a cross-tenant attempt)."""
    try:
        yield
    except ConversationNotFound as exc:
        raise not_found(request, principal, "conversation", ref,
                        owner_tenant_id=exc.owner_tenant_id) from None
    except PersonaNotFound:
        audit_refusal(request, principal, "persona.unknown")
        raise ApiError(404, "not_found", "persona not found", reason="persona.unknown") from None
    except ConversationError as exc:
        if exc.status == 404:
            owner = getattr(exc, "owner_tenant_id", None)
            raise not_found(request, principal, exc.__class__.__name__.removesuffix(
                "NotFound").lower(), ref, owner_tenant_id=owner) from None
        if exc.code != "consent.missing":  # the service audited it with what was missing
            audit_refusal(request, principal, exc.code,
                          f"conversation:{ref}" if ref.startswith("cv_") else "")
        raise ApiError(exc.status, exc.code.replace(".", "_"), str(exc),
                       reason=exc.code) from None
    except BackendError as exc:
        status = 504 if exc.code == "backend.timeout" else 502
        raise ApiError(status, "backend_error",
                       f"the model backend failed ({exc.code}); nothing was recorded for this "
                       "message, send it again", reason=exc.code) from None
