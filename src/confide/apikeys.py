"""Tenant API keys: creation, argon2id-hashed storage, scopes, revocation, fast checks.

A token reads `cfk_<key_id>_<secret>` and is shown once. The key id is 16 random hex
characters, never all digits (`new_key_id`), so it never reads as a phone or card number;
the audit log records it as is. The database keeps only the argon2id hash of the secret.

`authenticate` caches a verified key in process memory, keyed by BLAKE2b of the token, for
`cache_ttl_s`; so a hot path pays one hash and a dict lookup, and a revocation made by any
process is honoured once the entry expires (at once in the process that revoked).
`authenticate_cached` is that hot path alone: it never touches the database or argon2, so
an event loop may call it and fall back to `authenticate` in a thread only on a miss.

Failures raise `AuthError` with one generic message; the reason code
(`auth.malformed|unknown|bad_secret|revoked|expired`) is in `.code` for the audit log.
`authenticate` does not write audit events itself; callers audit the denial with `.code`,
`.key_id` and `.tenant_id` (set when the key id is known).

Scopes: `admin` implies every other scope of its tenant.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import re
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from confide.store.db import Database
from confide.store.errors import ApiKeyNotFound, TenantNotFound
from confide.store.models import ApiKey, Tenant, utcnow

if TYPE_CHECKING:
    from confide.audit import AuditLog

SCOPES = frozenset({"admin", "conversations", "documents", "approvals", "escalations",
                    "audit:read"})
TOKEN_PREFIX = "cfk"  # noqa: S105 (a prefix, not a secret)
_TOKEN = re.compile(r"cfk_([0-9a-f]{16})_([A-Za-z0-9_\-]{20,100})")  # whole token: fullmatch
_MAX_CACHE = 10_000

__all__ = ["SCOPES", "ApiKeyInfo", "ApiKeyNotFound", "ApiKeyService", "AuthError",
           "PermissionDenied", "Principal", "key_actor", "new_key_id"]


def new_key_id() -> str:
    """A fresh key id: 16 random hex characters with at least one letter, so that an id can
    never be taken for a number (a phone, card or account number) by a PII check."""
    while (key_id := secrets.token_hex(8)).isdigit():
        pass
    return key_id


def key_actor(key_id: str) -> str:
    """The audit actor (or subject reference) of an API key: `apikey:<key_id>`."""
    return f"apikey:{key_id}"


class AuthError(Exception):
    """The credential is not valid. `str()` is always the same generic message."""

    message = "invalid, expired or revoked API key"

    def __init__(self, code: str, *, key_id: str | None = None,
                 tenant_id: str | None = None) -> None:
        super().__init__(self.message)
        self.code = code
        self.key_id = key_id
        self.tenant_id = tenant_id


class PermissionDenied(Exception):
    """The credential is valid but lacks a scope (reason code `auth.scope`)."""

    code = "auth.scope"

    def __init__(self, scope: str) -> None:
        super().__init__(f"this API key lacks the scope {scope!r}")
        self.scope = scope


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the tenant and key a request is authenticated as."""

    tenant_id: str
    key_id: str
    scopes: frozenset[str]

    def has(self, scope: str) -> bool:
        """True when the key carries `scope` (or `admin`)."""
        return scope in self.scopes or "admin" in self.scopes

    def require(self, scope: str) -> None:
        """Raise `PermissionDenied` unless the key carries `scope` (or `admin`)."""
        if not self.has(scope):
            raise PermissionDenied(scope)

    @property
    def actor(self) -> str:
        """The actor string audit events use for this principal."""
        return key_actor(self.key_id)


@dataclass(frozen=True, slots=True)
class ApiKeyInfo:
    """What may be shown about a key (never its secret or hash)."""

    key_id: str
    tenant_id: str
    name: str | None
    scopes: frozenset[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        """Neither revoked nor expired."""
        return self.revoked_at is None and (
            self.expires_at is None or self.expires_at > datetime.now(UTC))

    def to_dict(self) -> dict[str, object]:
        """JSON-ready view."""
        iso = (lambda d: d.isoformat() if d else None)  # noqa: E731
        return {"key_id": self.key_id, "tenant_id": self.tenant_id, "name": self.name,
                "scopes": sorted(self.scopes), "created_at": iso(self.created_at),
                "expires_at": iso(self.expires_at), "revoked_at": iso(self.revoked_at),
                "active": self.active}


def _info(row: ApiKey) -> ApiKeyInfo:
    return ApiKeyInfo(row.id, row.tenant_id, row.name, frozenset(row.scopes.split()),
                      row.created_at, row.expires_at, row.revoked_at)


def default_hasher() -> PasswordHasher:
    """argon2id at OWASP's minimum profile (m=19 MiB, t=2, p=1).

    Key secrets are 256-bit random, so stretching protects little; these parameters keep the
    first check of a key (and each bad-secret attempt) cheap. Hashes carry their own
    parameters, so raising them later keeps existing keys valid.
    """
    return PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def parse_scopes(scopes: Iterable[str]) -> frozenset[str]:
    """Validate scope names; raises `ValueError` naming the unknown ones."""
    result = frozenset(s.strip() for s in scopes if s.strip())
    unknown = result - SCOPES
    if unknown:
        raise ValueError(f"unknown scopes: {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(sorted(SCOPES))})")
    if not result:
        raise ValueError("an API key needs at least one scope")
    return result


class ApiKeyService:
    """Create, list, revoke and check tenant API keys."""

    def __init__(self, db: Database, audit: AuditLog | None, cache_ttl_s: float = 5.0,
                 *, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.audit = audit
        self.cache_ttl_s = cache_ttl_s
        self.hasher = hasher or default_hasher()
        self._cache: dict[bytes, tuple[Principal, float, float | None]] = {}
        self._lock = threading.Lock()
        self._decoy: str | None = None  # a hash to verify against when the key id is unknown

    # -- management --------------------------------------------------------------------
    def create(self, tenant_id: str, scopes: Iterable[str], expires_at: datetime | None = None,
               name: str | None = None, *, actor: str = "system",
               session: Session | None = None) -> tuple[ApiKeyInfo, str]:
        """Create a key; returns its info and the token (shown once, never stored)."""
        scope_set = parse_scopes(scopes)
        if expires_at is not None and expires_at.tzinfo is None:
            expires_at = expires_at.replace(tzinfo=UTC)
        key_id = new_key_id()
        secret = secrets.token_urlsafe(32)
        row = ApiKey(id=key_id, tenant_id=tenant_id, name=name,
                     scopes=" ".join(sorted(scope_set)),
                     secret_hash=self.hasher.hash(secret), created_at=utcnow(),
                     expires_at=expires_at)
        if session is not None:
            return self._insert(session, row, actor), f"{TOKEN_PREFIX}_{key_id}_{secret}"
        with self.db.session() as s:
            info = self._insert(s, row, actor)
        return info, f"{TOKEN_PREFIX}_{key_id}_{secret}"

    def _insert(self, s: Session, row: ApiKey, actor: str) -> ApiKeyInfo:
        tenant = s.get(Tenant, row.tenant_id)
        if tenant is None or tenant.status != "active":
            raise TenantNotFound("no such tenant")
        s.add(row)
        s.flush()
        if self.audit is not None:
            self.audit.append(row.tenant_id, "apikey.created", actor=actor,
                              reason="apikey.created",
                              details={"key_id": row.id, "scopes": row.scopes.split(),
                                       "expires_at": row.expires_at.isoformat()
                                       if row.expires_at else None},
                              session=s)
        return _info(row)

    def revoke(self, tenant_id: str, key_id: str, *, actor: str = "system") -> ApiKeyInfo:
        """Revoke a key of this tenant (idempotent); `ApiKeyNotFound` for another tenant's."""
        with self.db.session() as s:
            row = s.get(ApiKey, key_id)
            if row is None or row.tenant_id != tenant_id:
                raise ApiKeyNotFound("no such API key")
            if row.revoked_at is None:
                row.revoked_at = utcnow()
                if self.audit is not None:
                    self.audit.append(tenant_id, "apikey.revoked", actor=actor,
                                      reason="apikey.revoked", details={"key_id": key_id},
                                      session=s)
            info = _info(row)
        self.forget(key_id=key_id)
        return info

    def owner_of(self, key_id: str) -> str | None:
        """The tenant that owns `key_id`, or None when no key has that id. Only for telling a
        cross-tenant attempt from an unknown id in the audit log; never tell it to a caller."""
        with self.db.session(readonly=True) as s:
            return s.execute(select(ApiKey.tenant_id).where(ApiKey.id == key_id)
                             ).scalar_one_or_none()

    def get(self, tenant_id: str, key_id: str) -> ApiKeyInfo:
        """One key of this tenant."""
        with self.db.session(readonly=True) as s:
            row = s.get(ApiKey, key_id)
            if row is None or row.tenant_id != tenant_id:
                raise ApiKeyNotFound("no such API key")
            return _info(row)

    def list(self, tenant_id: str) -> builtins.list[ApiKeyInfo]:
        """Every key of this tenant, oldest first."""
        with self.db.session(readonly=True) as s:
            rows = s.execute(select(ApiKey).where(ApiKey.tenant_id == tenant_id)
                             .order_by(ApiKey.created_at, ApiKey.id)).scalars()
            return [_info(r) for r in rows]

    def forget(self, *, key_id: str | None = None, tenant_id: str | None = None) -> None:
        """Drop cached verifications of a key or a tenant in this process."""
        with self._lock:
            for k, (p, _, _) in builtins.list(self._cache.items()):
                if p.key_id == key_id or p.tenant_id == tenant_id:
                    del self._cache[k]

    # -- checking ----------------------------------------------------------------------
    def authenticate_cached(self, token: str) -> Principal | None:
        """The principal of a token this process verified less than `cache_ttl_s` ago and
        that has not expired since; None otherwise (unknown here, not necessarily invalid:
        call `authenticate`). Never touches the database or argon2 and never waits on a lock,
        so it is safe on an event loop."""
        if not isinstance(token, str):
            return None
        return self._cached(_cache_key(token))

    def authenticate(self, token: str) -> Principal:
        """The principal of a valid token; raises `AuthError` otherwise."""
        if not isinstance(token, str):
            raise AuthError("auth.malformed")
        ck = _cache_key(token)
        principal = self._cached(ck)
        if principal is not None:
            return principal
        m = _TOKEN.fullmatch(token)
        if m is None:
            raise AuthError("auth.malformed")
        key_id, secret = m.group(1), m.group(2)
        with self.db.session(readonly=True) as s:
            row = s.get(ApiKey, key_id)
            tenant = s.get(Tenant, row.tenant_id) if row is not None else None
            live = row is not None and tenant is not None and tenant.status == "active"
            info = _info(row) if live and row is not None else None
            secret_hash = row.secret_hash if live and row is not None else None
        if info is None or secret_hash is None:
            # The same argon2 work as a known key, so response time tells no key id apart.
            if self._decoy is None:
                self._decoy = self.hasher.hash(secrets.token_urlsafe(32))
            with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
                self.hasher.verify(self._decoy, secret)
            raise AuthError("auth.unknown", key_id=key_id)
        try:
            self.hasher.verify(secret_hash, secret)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            raise AuthError("auth.bad_secret", key_id=key_id, tenant_id=info.tenant_id) from None
        if info.revoked_at is not None:
            raise AuthError("auth.revoked", key_id=key_id, tenant_id=info.tenant_id)
        if info.expires_at is not None and info.expires_at <= datetime.now(UTC):
            raise AuthError("auth.expired", key_id=key_id, tenant_id=info.tenant_id)
        principal = Principal(info.tenant_id, key_id, info.scopes)
        expiry = info.expires_at.timestamp() if info.expires_at else None
        with self._lock:
            if len(self._cache) >= _MAX_CACHE:
                self._evict()
            self._cache[ck] = (principal, time.monotonic() + self.cache_ttl_s, expiry)
        return principal

    def _cached(self, ck: bytes) -> Principal | None:
        entry = self._cache.get(ck)
        if entry is None:
            return None
        principal, valid_until, key_expiry = entry
        if valid_until > time.monotonic() and (key_expiry is None or key_expiry > time.time()):
            return principal
        self._cache.pop(ck, None)
        return None

    def _evict(self) -> None:
        now = time.monotonic()
        for k, (_, until, _) in builtins.list(self._cache.items()):
            if until <= now:
                del self._cache[k]
        while len(self._cache) >= _MAX_CACHE:
            del self._cache[next(iter(self._cache))]


def _cache_key(token: str) -> bytes:
    return hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=32).digest()
