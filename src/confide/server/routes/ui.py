"""The chat page at `/`: a static page (HTML, JS, CSS from `confide/data/ui/`) for trying a
persona in a browser. It needs no key to load; every API call it makes carries the key the
user pastes, which stays in the page's memory.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from fastapi import APIRouter
from fastapi.responses import Response

router = APIRouter(include_in_schema=False)

# Scripts and styles only from the app's own /ui/ paths: no inline code, no eval, no other
# origin; Trusted Types make any stray `innerHTML = string` throw.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
])

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}

# The only files served: a fixed map, so no request path ever reaches the filesystem.
ASSETS = {
    "index.html": "text/html; charset=utf-8",
    "chat.js": "text/javascript; charset=utf-8",
    "chat.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}


@lru_cache(maxsize=len(ASSETS))
def _asset(name: str) -> bytes:
    """The bytes of one file of `confide/data/ui/`."""
    return resources.files("confide").joinpath("data", "ui", name).read_bytes()


def _serve(name: str) -> Response:
    return Response(_asset(name), media_type=ASSETS[name], headers=SECURITY_HEADERS)


@router.get("/")
def chat_page() -> Response:
    """The chat page."""
    return _serve("index.html")


@router.get("/ui/chat.js")
def chat_js() -> Response:
    """The chat page's script."""
    return _serve("chat.js")


@router.get("/ui/chat.css")
def chat_css() -> Response:
    """The chat page's styles."""
    return _serve("chat.css")


@router.get("/ui/favicon.svg")
def favicon() -> Response:
    """The chat page's icon."""
    return _serve("favicon.svg")
