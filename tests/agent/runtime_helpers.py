"""Helpers for runtime tests: an API client with a tenant, persona upload, a webhook receiver."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

PERSONAS = Path(__file__).resolve().parents[2] / "examples" / "personas"


class Api:
    """A TestClient bound to one tenant's admin key (every scope)."""

    def __init__(self, services: Any, app: Any, name: str = "acme") -> None:
        self.services = services
        info, token = services.tenants.create(name)
        self.tenant_id = info.tenant_id
        self.headers = {"Authorization": f"Bearer {token}"}
        self.client = TestClient(app)

    def key(self, *scopes: str) -> dict[str, str]:
        _, token = self.services.apikeys.create(self.tenant_id, list(scopes))
        return {"Authorization": f"Bearer {token}"}

    def post(self, path: str, body: Any = None, **kw: Any) -> Any:
        kw.setdefault("headers", self.headers)
        return self.client.post(path, json=body, **kw)

    def get(self, path: str, **kw: Any) -> Any:
        kw.setdefault("headers", self.headers)
        return self.client.get(path, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        kw.setdefault("headers", self.headers)
        return self.client.delete(path, **kw)

    def upload(self, yaml_text: str) -> Any:
        return self.client.post("/v1/personas", content=yaml_text.encode(),
                                headers={**self.headers, "Content-Type": "application/yaml"})

    def upload_example(self, name: str, **replace: str) -> dict[str, Any]:
        text = (PERSONAS / f"{name}.yaml").read_text()
        for old, new in replace.items():
            text = text.replace(old, new)
        r = self.upload(text)
        assert r.status_code == 201, r.text
        return r.json()

    def start(self, persona: str, subject: str = "patient-1", **consent: bool) -> dict[str, Any]:
        r = self.post("/v1/conversations", {"persona": persona, "subject_id": subject,
                                            "consent": consent})
        assert r.status_code == 201, r.text
        return r.json()

    def say(self, cid: str, text: str) -> dict[str, Any]:
        r = self.post(f"/v1/conversations/{cid}/messages", {"text": text})
        assert r.status_code == 200, r.text
        return r.json()


def variables(turn: dict[str, Any]) -> dict[str, str]:
    """All extracted variables of a turn's objective state."""
    out: dict[str, str] = {}
    for o in turn["objectives"]:
        out.update(o.get("variables") or {})
    return out


def states(turn: dict[str, Any]) -> dict[str, str]:
    return {o["name"]: o["state"] for o in turn["objectives"]}


def reasons(turn: dict[str, Any], stage: str | None = None) -> set[str]:
    return {r for v in turn["verdicts"] if stage is None or v["stage"] == stage
            for r in v["reasons"]}
