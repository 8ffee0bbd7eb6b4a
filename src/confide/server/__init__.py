"""The HTTP server: a FastAPI app built by `create_app(services)` and run by `serve()`."""

from confide.server.app import create_app

__all__ = ["create_app"]
