"""A tenant's personas: versioned, encrypted at rest (system prompts are confidential)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from importlib import resources

from sqlalchemy import func, select

from confide.agent.persona import Persona, load_persona, persona_json
from confide.agent.records import PERSONA_SPEC, new_id
from confide.audit import AuditLog
from confide.store.db import Database
from confide.store.models import PersonaRecord
from confide.vault import Vault


def bundled_personas() -> list[Persona]:
    """The example personas shipped with the package (`examples/personas` in the repo)."""
    folder = resources.files("confide") / "data" / "personas"
    return [load_persona(f.read_text(encoding="utf-8"))
            for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".yaml")]


class PersonaNotFound(LookupError):
    """No persona of that name in the tenant."""


@dataclass(frozen=True, slots=True)
class PersonaInfo:
    """A stored persona version (what listing shows)."""

    name: str
    version: int
    created_at: datetime
    created_by: str
    persona: Persona


class PersonaStore:
    """Upload, look up and list personas of a tenant; parsed versions are cached per process."""

    def __init__(self, db: Database, vault: Vault, audit: AuditLog) -> None:
        self.db = db
        self.vault = vault
        self.audit = audit
        self._infos: dict[tuple[str, str, int], PersonaInfo] = {}
        self._lock = threading.Lock()

    def put(self, tenant_id: str, persona: Persona, *, actor: str) -> PersonaInfo:
        """Store `persona` as the next version of its name (audited `persona.uploaded`)."""
        spec = persona_json(persona).encode("utf-8")
        with self.db.session() as s:
            latest = s.execute(select(func.max(PersonaRecord.version)).where(
                PersonaRecord.tenant_id == tenant_id,
                PersonaRecord.name == persona.name)).scalar_one()
            version = (latest or 0) + 1
            rec_id = new_id("ps")
            row = PersonaRecord(id=rec_id, tenant_id=tenant_id, name=persona.name,
                                version=version, created_by=actor,
                                spec_blob=self.vault.encrypt(tenant_id, PERSONA_SPEC.kind or "",
                                                             rec_id, spec))
            s.add(row)
            s.flush()
            self.audit.append(tenant_id, "persona.uploaded", actor=actor,
                              reason="persona.version_created",
                              subject_ref=f"persona:{persona.name}",
                              details={"version": version, "backend": persona.llm.backend,
                                       "guardrails": len(persona.guardrails),
                                       "objectives": len(persona.objectives)}, session=s)
            info = PersonaInfo(persona.name, version, row.created_at, actor, persona)
        with self._lock:
            self._infos[(tenant_id, persona.name, version)] = info
        return info

    def get(self, tenant_id: str, name: str, version: int | None = None) -> PersonaInfo:
        """The latest (or the given) version of a persona; PersonaNotFound otherwise."""
        if version is not None:  # versions never change: a cached one needs no query
            with self._lock:
                info = self._infos.get((tenant_id, name, version))
            if info is not None:
                return info
        with self.db.session(readonly=True) as s:
            q = select(PersonaRecord).where(PersonaRecord.tenant_id == tenant_id,
                                            PersonaRecord.name == name)
            q = (q.where(PersonaRecord.version == version) if version is not None
                 else q.order_by(PersonaRecord.version.desc()).limit(1))
            row = s.execute(q).scalar_one_or_none()
            if row is None:
                raise PersonaNotFound(name)
            return self._info(row)

    def list(self, tenant_id: str) -> list[PersonaInfo]:
        """The latest version of each persona of the tenant, by name."""
        with self.db.session(readonly=True) as s:
            latest = (select(PersonaRecord.name, func.max(PersonaRecord.version).label("v"))
                      .where(PersonaRecord.tenant_id == tenant_id)
                      .group_by(PersonaRecord.name).subquery())
            rows = s.execute(select(PersonaRecord).join(
                latest, (PersonaRecord.name == latest.c.name)
                & (PersonaRecord.version == latest.c.v))
                .where(PersonaRecord.tenant_id == tenant_id)
                .order_by(PersonaRecord.name)).scalars().all()
            return [self._info(r) for r in rows]

    def _info(self, row: PersonaRecord) -> PersonaInfo:
        key = (row.tenant_id, row.name, row.version)
        with self._lock:
            info = self._infos.get(key)
        if info is None:
            raw = self.vault.decrypt(row.tenant_id, PERSONA_SPEC.kind or "", row.id,
                                     row.spec_blob)
            info = PersonaInfo(row.name, row.version, row.created_at, row.created_by,
                               load_persona(raw))
            with self._lock:
                self._infos[key] = info
        return info

    def forget(self, tenant_id: str) -> None:
        """Drop the tenant's cached personas (after its deletion)."""
        with self._lock:
            for key in [k for k in self._infos if k[0] == tenant_id]:
                del self._infos[key]
