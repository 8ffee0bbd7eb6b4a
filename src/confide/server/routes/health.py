"""Liveness, readiness and metrics: unauthenticated, for load balancers and Prometheus."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from confide.server.deps import get_metrics, get_services
from confide.server.logging import get_logger

router = APIRouter(tags=["health"])
_log = get_logger("server.health")


class Health(BaseModel):
    status: str


class Readiness(BaseModel):
    status: str
    checks: dict[str, str]


@router.get("/healthz", response_model=Health)
async def healthz() -> Health:
    """The process is up."""
    return Health(status="ok")


@router.get("/readyz", response_model=Readiness, responses={503: {"model": Readiness}})
def readyz(request: Request) -> JSONResponse:
    """The database answers and the tenant keys can be unwrapped; 503 otherwise."""
    services = get_services(request)
    checks: dict[str, str] = {}
    for name, probe in (("database", services.db.ping), ("keys", services.vault.check)):
        try:
            passed = probe() is not False
            reason = f"{name}.unavailable"
        except Exception as exc:  # a failed probe is a result, not a crash
            passed, reason = False, f"{name}.{type(exc).__name__}"
        checks[name] = "ok" if passed else "fail"
        if not passed:
            _log.warning("readiness check failed", extra={"event": "ready.fail", "reason": reason})
    ok = all(v == "ok" for v in checks.values())
    body = Readiness(status="ready" if ok else "not_ready", checks=checks)
    return JSONResponse(body.model_dump(), status_code=200 if ok else 503)


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    """Prometheus text exposition of this process's counters."""
    m = get_metrics(request)
    return Response(m.render(), media_type=m.content_type)
