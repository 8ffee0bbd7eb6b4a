"""Tenants: creation (data key v1 + first admin key), lookup, and crypto-shredding deletion.

Deleting a tenant destroys its data keys first, so nothing it stored can be decrypted
even if a later step fails; then it deletes the tenant's rows in the registered tables
(API keys, registered ciphertext tables, and whatever later issues register with
`register_tenant_table`) and marks the tenant deleted. `tenant.created` and
`tenant.deleted` go to the platform chain (`SYSTEM_TENANT`). The tenant's own audit
chain is kept (its key does not depend on the shredded data keys) until retention ends.
"""

from __future__ import annotations

import builtins
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from confide.apikeys import ApiKeyService
from confide.audit import SYSTEM_TENANT, AuditLog
from confide.store.db import Database
from confide.store.errors import TenantNotFound
from confide.store.models import Base, Tenant, utcnow
from confide.vault import Vault, cipher_columns

__all__ = ["TenantInfo", "TenantNotFound", "TenantService", "register_tenant_table"]

_TENANT_TABLES: dict[str, str] = {"api_keys": "tenant_id"}


def register_tenant_table(table: str, tenant_column: str = "tenant_id") -> None:
    """Declare a table whose rows of a tenant are deleted with the tenant.

    Tables are purged in reverse registration order, so register parents before children.
    """
    _TENANT_TABLES[table] = tenant_column


@dataclass(frozen=True, slots=True)
class TenantInfo:
    """What may be shown about a tenant."""

    tenant_id: str
    name: str
    status: str
    created_at: datetime
    deleted_at: datetime | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready view."""
        return {"tenant_id": self.tenant_id, "name": self.name, "status": self.status,
                "created_at": self.created_at.isoformat(),
                "deleted_at": self.deleted_at.isoformat() if self.deleted_at else None}


def _info(t: Tenant) -> TenantInfo:
    return TenantInfo(t.id, t.name, t.status, t.created_at, t.deleted_at)


class TenantService:
    """Create, look up, list and delete tenants."""

    def __init__(self, db: Database, vault: Vault, audit: AuditLog,
                 apikeys: ApiKeyService) -> None:
        self.db = db
        self.vault = vault
        self.audit = audit
        self.apikeys = apikeys

    def create(self, name: str, *, actor: str = "system") -> tuple[TenantInfo, str]:
        """Create a tenant with data key v1 and a first admin key; returns (info, token)."""
        name = name.strip()
        if not name or len(name) > 200:
            raise ValueError("a tenant name must be 1 to 200 characters")
        tenant_id = "t_" + secrets.token_hex(8)
        with self.db.session() as s:
            tenant = Tenant(id=tenant_id, name=name, status="active", created_at=utcnow())
            s.add(tenant)
            s.flush()
            self.vault.create_tenant_key(s, tenant_id)
            self.audit.append(SYSTEM_TENANT, "tenant.created", actor=actor,
                              reason="tenant.created", subject_ref=tenant_id, session=s)
            self.audit.append(tenant_id, "tenant.created", actor=actor,
                              reason="tenant.created", details={"key_version": 1}, session=s)
            _, token = self.apikeys.create(tenant_id, ["admin"], name="initial admin key",
                                           actor=actor, session=s)
            info = _info(tenant)
        return info, token

    def get(self, tenant_id: str, *, include_deleted: bool = False) -> TenantInfo:
        """One tenant; `TenantNotFound` if unknown (or deleted, unless asked for)."""
        with self.db.session(readonly=True) as s:
            t = s.get(Tenant, tenant_id)
            if t is None or (t.status != "active" and not include_deleted):
                raise TenantNotFound("no such tenant")
            return _info(t)

    def list(self, *, include_deleted: bool = False) -> builtins.list[TenantInfo]:
        """Every tenant, oldest first."""
        with self.db.session(readonly=True) as s:
            q = select(Tenant).order_by(Tenant.created_at, Tenant.id)
            if not include_deleted:
                q = q.where(Tenant.status == "active")
            return [_info(t) for t in s.execute(q).scalars()]

    def delete(self, tenant_id: str, *, actor: str = "system") -> TenantInfo:
        """Crypto-shred the tenant's keys, delete its rows, mark it deleted, audit it."""
        self.get(tenant_id)
        destroyed = self.vault.shred(tenant_id, actor=actor)
        tables = Base.metadata.tables
        purge = dict(_TENANT_TABLES)
        for col in cipher_columns():
            purge.setdefault(col.table, col.tenant_column)
        rows = 0
        with self.db.session() as s:
            for table, column in reversed(builtins.list(purge.items())):
                t = tables.get(table)
                if t is None:
                    continue
                rows += s.execute(delete(t).where(t.c[column] == tenant_id)).rowcount or 0
            tenant = s.get(Tenant, tenant_id)
            if tenant is None:
                raise TenantNotFound("no such tenant")
            tenant.status = "deleted"
            tenant.name = "[deleted]"
            tenant.deleted_at = utcnow()
            self.audit.append(SYSTEM_TENANT, "tenant.deleted", actor=actor,
                              reason="tenant.deleted", subject_ref=tenant_id,
                              details={"keys_destroyed": destroyed, "rows_deleted": rows},
                              session=s)
            info = _info(tenant)
        self.apikeys.forget(tenant_id=tenant_id)
        self.db.checkpoint_wal()
        return info
