"""Accessors for what `create_app` attached to the app: services, metrics, the runtime."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from fastapi import Request

from confide.server.metrics import Metrics

if TYPE_CHECKING:
    from confide.agent.conversations import ConversationService
    from confide.services import Services


def get_services(request: Request) -> Services:
    """The data-layer services this app was built with."""
    return request.app.state.services


def get_metrics(request: Request) -> Metrics:
    """This app's metrics."""
    return request.app.state.metrics


_BUILD_LOCK = threading.Lock()


def get_conversations(request: Request) -> ConversationService:
    """The conversation runtime of this app (built on first use, then shared)."""
    state = request.app.state
    svc = getattr(state, "conversations", None)
    if svc is None:
        from confide.agent.conversations import ConversationService

        with _BUILD_LOCK:
            svc = getattr(state, "conversations", None)
            if svc is None:
                svc = state.conversations = ConversationService(get_services(request))
    return svc
