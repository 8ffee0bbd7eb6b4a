"""HTTP routes. Each module here exposes `router: APIRouter`; the app includes them all.

A new area (conversations, documents, approvals) is one new module in this package with a
module-level `router`; `discover()` finds it, so no central list needs editing.
"""

from __future__ import annotations

import importlib
import pkgutil

from fastapi import APIRouter


def discover() -> list[APIRouter]:
    """The `router` of every module in this package, in module-name order."""
    routers: list[APIRouter] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            routers.append(router)
    return routers
