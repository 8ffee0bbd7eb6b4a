"""Accessors for what `create_app` attached to the app: the services and the metrics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import Request

from confide.server.metrics import Metrics

if TYPE_CHECKING:
    from confide.services import Services


def get_services(request: Request) -> Services:
    """The data-layer services this app was built with."""
    return request.app.state.services


def get_metrics(request: Request) -> Metrics:
    """This app's metrics."""
    return request.app.state.metrics
