"""The app factory: one FastAPI app around one set of data-layer services."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI

from confide import __version__
from confide.server.errors import install_error_handlers
from confide.server.metrics import Metrics
from confide.server.middleware import RequestMiddleware
from confide.server.routes import discover

if TYPE_CHECKING:
    from confide.services import Services


def create_app(services: Services, *, routers: Iterable[APIRouter] | None = None) -> FastAPI:
    """A Confide API app serving `services`; every route module is included unless
    `routers` names the ones to include.

    Each app owns its metrics registry, so many apps can live in one process (tests).
    While it runs (its lifespan), it delivers due webhooks and runs approved tool actions
    from worker threads unless `settings.webhook_worker` is off.
    """

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        from confide.tools.approvals import ApprovalWorker
        from confide.webhooks import WebhookWorker

        workers: list[Any] = []
        if services.settings.webhook_worker:
            workers = [WebhookWorker(services.webhooks), ApprovalWorker(services.approvals)]
        for worker in workers:
            worker.start()
        try:
            yield
        finally:
            for worker in workers:
                worker.stop()

    app = FastAPI(
        title="Confide",
        lifespan=lifespan,
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    metrics = Metrics()
    app.state.services = services
    app.state.metrics = metrics
    install_error_handlers(app)
    app.add_middleware(
        RequestMiddleware, max_body_bytes=services.settings.max_body_bytes, metrics=metrics,
        larger_limits={"/v1/documents": services.settings.max_document_bytes},
    )
    for router in discover() if routers is None else routers:
        app.include_router(router)
    return app
