"""The service graph every entry point (server, CLI) builds from settings."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

import confide.agent.records  # noqa: F401  (registers the runtime tables)
from confide.apikeys import ApiKeyService
from confide.audit import AuditLog
from confide.keyproviders import provider_from_settings
from confide.knowledge.service import KnowledgeBase
from confide.memory.store import MemoryStore
from confide.settings import Settings
from confide.store.db import Database
from confide.tenants import TenantService
from confide.tools.approvals import ApprovalService
from confide.vault import Vault
from confide.webhooks import WebhookService


@dataclass
class Services:
    """Settings, database, vault, audit log, API keys, tenants and webhooks, wired together."""

    settings: Settings
    db: Database
    vault: Vault
    audit: AuditLog
    apikeys: ApiKeyService
    tenants: TenantService
    webhooks: WebhookService
    memories: MemoryStore
    knowledge: KnowledgeBase
    approvals: ApprovalService

    @classmethod
    def from_settings(cls, settings: Settings, create_key: bool = False) -> Services:
        """Build everything; migrates the database to the packaged head.

        `create_key=True` lets the file key provider create a missing key file (what
        `confide init` does); otherwise a missing key raises `MasterKeyError` before the
        database is touched.
        """
        if settings.is_sqlite:
            settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
            with contextlib.suppress(OSError):  # a home we do not own stays as it is
                os.chmod(settings.home, 0o700)
        provider = provider_from_settings(settings, create=create_key)
        assert settings.database_url is not None
        db = Database(settings.database_url)
        db.upgrade()
        vault = Vault(db, provider)
        vault.check()
        audit = AuditLog(db, vault)
        vault.audit = audit
        apikeys = ApiKeyService(db, audit, settings.api_key_cache_ttl_s)
        tenants = TenantService(db, vault, audit, apikeys)
        webhooks = WebhookService(db, vault, audit)
        memories = MemoryStore(db, vault, audit)
        knowledge = KnowledgeBase(db, vault, audit)
        approvals = ApprovalService(db, vault, audit, secret_for=webhooks.secret)
        return cls(settings, db, vault, audit, apikeys, tenants, webhooks, memories, knowledge,
                   approvals)

    def close(self) -> None:
        """Release database connections."""
        self.db.dispose()
