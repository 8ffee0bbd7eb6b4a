"""Envelope encryption at rest: one AES-256-GCM data key per tenant and version.

Data keys are wrapped by the master key of a `KeyProvider` and stored in `data_keys`.
A ciphertext blob is `0x01 | key version (4 bytes, big-endian) | nonce (12) | ct+tag`;
its associated data binds tenant id, record kind, record id and key version, so a blob
copied to another row, kind or tenant, or relabelled with another version, fails to
decrypt (`DecryptionError`, never garbage). `rotate` adds a version that new writes use;
`rewrap` re-encrypts the registered ciphertext columns; `shred` destroys every data key
of a tenant (crypto-shredding). Unwrapped keys are cached in memory for `cache_ttl_s`.

Across processes, a rotation or a shred is seen by another process's cache within
`cache_ttl_s` (default 60 s); `rewrap` is idempotent and can be re-run after that window.
Physical erasure: on SQLite the destroyed wrapped keys are zeroed in the file and the WAL is
truncated (best effort: a checkpoint blocked by an open reader leaves the WAL until the next
one). On PostgreSQL the old row versions live on in dead tuples and WAL until VACUUM and WAL
recycling; with a KMS provider, destroying the KMS key version closes that gap.

The per-tenant audit key does not depend on the tenant's data keys: it is derived with
HKDF-SHA256 (info = tenant id) from a platform audit root key that is itself wrapped by
the master key (`platform_keys`, name `audit-root`). Shredding a tenant therefore leaves
its remaining audit chain verifiable.
"""

from __future__ import annotations

import secrets
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Table, and_, bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from confide.audit import derive_audit_key
from confide.keyproviders import KeyProvider, MasterKeyError, VaultError
from confide.store.db import Database
from confide.store.errors import TenantNotFound
from confide.store.models import Base, DataKey, PlatformKey, Tenant, utcnow

if TYPE_CHECKING:
    from confide.audit import AuditLog

__all__ = [
    "CipherColumn",
    "DecryptionError",
    "KeyDestroyed",
    "MasterKeyError",
    "Vault",
    "VaultError",
    "cipher_columns",
    "register_cipher_column",
]

_FORMAT = 1
_HEADER = struct.Struct(">BI")  # format, key version
_NONCE = 12
_MIN_BLOB = _HEADER.size + _NONCE + 16
AUDIT_ROOT = "audit-root"


class DecryptionError(VaultError):
    """A blob does not decrypt under its tenant, kind, record id and key version."""


class KeyDestroyed(VaultError):
    """The tenant's data key was destroyed (crypto-shredded)."""


@dataclass(frozen=True)
class CipherColumn:
    """A table column holding vault ciphertext, so `rewrap` and tenant deletion can find it.

    The AAD record id is `str(row[id_column])`; the kind is the fixed `kind` or, when
    `kind_column` is set, that column's value.
    """

    table: str
    blob_column: str
    id_column: str = "id"
    tenant_column: str = "tenant_id"
    kind: str | None = None
    kind_column: str | None = None


_CIPHER_COLUMNS: dict[tuple[str, str], CipherColumn] = {}


def register_cipher_column(column: CipherColumn) -> CipherColumn:
    """Declare a ciphertext column (idempotent); later issues call this for their tables."""
    if (column.kind is None) == (column.kind_column is None):
        raise ValueError("a cipher column needs exactly one of kind or kind_column")
    _CIPHER_COLUMNS[(column.table, column.blob_column)] = column
    return column


def cipher_columns() -> list[CipherColumn]:
    """Every registered ciphertext column."""
    return list(_CIPHER_COLUMNS.values())


register_cipher_column(CipherColumn("encrypted_records", "blob", kind_column="kind"))


def _aad(tenant_id: str, kind: str, record_id: str, version: int) -> bytes:
    parts = [b"confide:record:v1", tenant_id.encode(), kind.encode(), record_id.encode(),
             str(version).encode()]
    return b"".join(struct.pack(">I", len(p)) + p for p in parts)


def _key_aad(tenant_id: str, version: int) -> bytes:
    return f"confide:datakey:v1\x00{tenant_id}\x00{version}".encode()


def blob_version(blob: bytes) -> int:
    """The key version a blob was written with (raises `DecryptionError` if malformed)."""
    if len(blob) < _MIN_BLOB:
        raise DecryptionError("ciphertext is truncated or not a vault blob")
    fmt, version = _HEADER.unpack_from(blob)
    if fmt != _FORMAT:
        raise DecryptionError("ciphertext has an unknown format")
    return version


class Vault:
    """Tenant data keys and record encryption."""

    def __init__(self, db: Database, provider: KeyProvider, *, cache_ttl_s: float = 60.0,
                 audit: AuditLog | None = None) -> None:
        self.db = db
        self.provider = provider
        self.cache_ttl_s = cache_ttl_s
        self.audit = audit
        self._lock = threading.Lock()
        self._keys: dict[tuple[str, int], tuple[AESGCM, float]] = {}
        self._current: dict[str, tuple[int, float]] = {}
        self._audit_root: bytes | None = None
        self._audit_keys: dict[str, bytes] = {}
        # Bumped by `shred` before and after it destroys a tenant's keys: a key read that
        # began under another epoch is not cached (it may be a key being destroyed).
        self._epochs: dict[str, int] = {}

    # -- data keys -------------------------------------------------------------------
    def create_tenant_key(self, session: Session, tenant_id: str) -> int:
        """Create the tenant's first data key (version 1) in `session`; returns the version."""
        return self._add_version(session, tenant_id, 1)

    def rotate(self, tenant_id: str, *, actor: str = "system") -> int:
        """Add a new data key version; new writes use it, older versions still decrypt."""
        with self.db.session() as s:
            self._require_tenant(s, tenant_id)
            latest = s.execute(
                select(func.max(DataKey.version)).where(DataKey.tenant_id == tenant_id)
            ).scalar_one_or_none() or 0
            if latest and self._live_versions(s, tenant_id) == []:
                raise KeyDestroyed("the tenant's data keys were destroyed")
            version = self._add_version(s, tenant_id, latest + 1)
            if self.audit is not None:
                self.audit.append(tenant_id, "key.rotated", actor=actor, reason="key.rotated",
                                  details={"version": version}, session=s)
        with self._lock:
            self._current.pop(tenant_id, None)
        return version

    def current_version(self, tenant_id: str) -> int:
        """The version new writes use."""
        now = time.monotonic()
        cached = self._current.get(tenant_id)
        if cached and cached[1] > now:
            return cached[0]
        with self.db.session(readonly=True) as s:
            versions = self._live_versions(s, tenant_id)
            if not versions:
                exists = s.execute(select(DataKey.id).where(DataKey.tenant_id == tenant_id)
                                   .limit(1)).first()
                if exists:
                    raise KeyDestroyed("the tenant's data keys were destroyed")
                raise VaultError("the tenant has no data key")
        version = max(versions)
        with self._lock:
            self._current[tenant_id] = (version, now + self.cache_ttl_s)
        return version

    def warm(self, tenant_id: str) -> None:
        """Load the tenant's current data key into the cache now: call it before a write
        transaction that encrypts, so the key lookup never waits for a pool connection
        while the transaction holds the write lock."""
        self._data_key(tenant_id, self.current_version(tenant_id))

    def versions(self, tenant_id: str) -> list[int]:
        """The tenant's data key versions that are not destroyed, ascending."""
        with self.db.session(readonly=True) as s:
            return sorted(self._live_versions(s, tenant_id))

    def shred(self, tenant_id: str, *, actor: str = "system") -> int:
        """Destroy every data key of the tenant; returns how many were destroyed.

        The wrapped key bytes are overwritten and then set NULL; on SQLite freed content is
        zeroed (`secure_delete=ON` on every connection) and the WAL is folded and truncated.
        """
        self._forget(tenant_id)
        with self.db.session() as s:
            rows = s.execute(
                select(DataKey.id, DataKey.wrapped_key).where(
                    DataKey.tenant_id == tenant_id, DataKey.wrapped_key.is_not(None))
            ).all()
            for row_id, wrapped in rows:
                s.execute(update(DataKey).where(DataKey.id == row_id)
                          .values(wrapped_key=b"\x00" * len(wrapped)))
            s.execute(update(DataKey).where(DataKey.tenant_id == tenant_id,
                                            DataKey.destroyed_at.is_(None))
                      .values(wrapped_key=None, destroyed_at=utcnow()))
            if self.audit is not None and rows:
                self.audit.append(tenant_id, "key.destroyed", actor=actor,
                                  reason="key.shredded", details={"keys": len(rows)},
                                  session=s)
        self.db.checkpoint_wal()
        self._forget(tenant_id)  # a concurrent reader may have cached a key meanwhile
        return len(rows)

    def _forget(self, tenant_id: str) -> None:
        with self._lock:
            self._epochs[tenant_id] = self._epochs.get(tenant_id, 0) + 1
            for key in [k for k in self._keys if k[0] == tenant_id]:
                del self._keys[key]
            self._current.pop(tenant_id, None)

    # -- records ---------------------------------------------------------------------
    def encrypt(self, tenant_id: str, kind: str, record_id: str, plaintext: bytes) -> bytes:
        """Encrypt `plaintext` for one record under the tenant's current key version."""
        version = self.current_version(tenant_id)
        aead = self._data_key(tenant_id, version)
        nonce = secrets.token_bytes(_NONCE)
        ct = aead.encrypt(nonce, plaintext, _aad(tenant_id, kind, str(record_id), version))
        return _HEADER.pack(_FORMAT, version) + nonce + ct

    def decrypt(self, tenant_id: str, kind: str, record_id: str, blob: bytes) -> bytes:
        """Decrypt a blob of this tenant, kind and record; raises, never returns garbage."""
        version = blob_version(blob)
        aead = self._data_key(tenant_id, version)
        nonce = blob[_HEADER.size:_HEADER.size + _NONCE]
        try:
            return aead.decrypt(nonce, blob[_HEADER.size + _NONCE:],
                                _aad(tenant_id, kind, str(record_id), version))
        except InvalidTag:
            raise DecryptionError(
                "ciphertext does not decrypt for this tenant, record kind, record id and key "
                "version (tampered, moved or corrupted)") from None

    def rewrap(self, tenant_id: str, batch_size: int = 500,
               progress: Callable[[int, int], Any] | None = None) -> int:
        """Re-encrypt every registered ciphertext of the tenant under the current version.

        Works in batches of `batch_size` rows, each its own transaction; `progress(done,
        total)` is called after each batch. Returns the number of rows re-encrypted.
        """
        current = self.current_version(tenant_id)
        tables = Base.metadata.tables
        columns = [c for c in cipher_columns() if c.table in tables]
        total = 0
        with self.db.session(readonly=True) as s:
            for col in columns:
                t = tables[col.table]
                total += s.execute(select(func.count()).select_from(t).where(
                    t.c[col.tenant_column] == tenant_id)).scalar_one()
        done = rewrapped = 0
        for col in columns:
            t = tables[col.table]
            last: Any = None
            while True:
                batch_done, rewrapped_now, last = self._rewrap_batch(
                    t, col, tenant_id, current, last, batch_size)
                done += batch_done
                rewrapped += rewrapped_now
                if progress is not None:
                    progress(done, total)
                if batch_done < batch_size:
                    break
        return rewrapped

    def _rewrap_batch(self, t: Table, col: CipherColumn, tenant_id: str, current: int,
                      last: Any, batch_size: int) -> tuple[int, int, Any]:
        id_c, blob_c = t.c[col.id_column], t.c[col.blob_column]
        kind_c = t.c[col.kind_column] if col.kind_column else None
        cond = t.c[col.tenant_column] == tenant_id
        if last is not None:
            cond = and_(cond, id_c > last)
        cols = [id_c, blob_c] + ([kind_c] if kind_c is not None else [])
        with self.db.session() as s:
            rows = s.execute(select(*cols).where(cond).order_by(id_c).limit(batch_size)).all()
            updates = []
            for row in rows:
                rec_id, blob = row[0], row[1]
                if blob is None or blob_version(blob) == current:
                    continue
                kind = row[2] if kind_c is not None else col.kind
                assert kind is not None
                plain = self.decrypt(tenant_id, kind, str(rec_id), blob)
                updates.append({"_id": rec_id, "_old": blob,
                                "_blob": self.encrypt(tenant_id, kind, str(rec_id), plain)})
            if updates:  # only where the row still holds what was read (no lost update)
                s.connection().execute(
                    update(t).where(id_c == bindparam("_id"), blob_c == bindparam("_old"))
                    .values({col.blob_column: bindparam("_blob")}), updates)
        return len(rows), len(updates), rows[-1][0] if rows else last

    # -- audit keys ------------------------------------------------------------------
    def audit_key(self, tenant_id: str) -> bytes:
        """The tenant's audit HMAC key: HKDF-SHA256(audit root, info=tenant id)."""
        key = self._audit_keys.get(tenant_id)
        if key is None:
            key = self._audit_keys[tenant_id] = derive_audit_key(self._root(), tenant_id)
        return key

    def check(self) -> None:
        """Load (creating on first use) the audit root key; raises `MasterKeyError` unless
        the master key unwraps it. Call it outside any open write transaction."""
        self._audit_root = None
        self._root()

    def _root(self) -> bytes:
        if self._audit_root is not None:
            return self._audit_root
        aad = b"confide:platform-key:v1\x00" + AUDIT_ROOT.encode()
        with self.db.session(readonly=True) as s:
            row = s.get(PlatformKey, AUDIT_ROOT)
            wrapped = row.wrapped_key if row is not None else None
        if wrapped is None:
            with self.db.session() as s:
                if s.get(PlatformKey, AUDIT_ROOT) is None:
                    s.add(PlatformKey(name=AUDIT_ROOT, provider_key_id=self.provider.key_id,
                                      wrapped_key=self.provider.wrap(secrets.token_bytes(32),
                                                                     aad)))
                    try:
                        s.flush()
                    except IntegrityError:  # another process created it first
                        s.rollback()
            with self.db.session(readonly=True) as s:
                row = s.get(PlatformKey, AUDIT_ROOT)
                assert row is not None
                wrapped = row.wrapped_key
        root = self.provider.unwrap(wrapped, aad)
        self._audit_root = root
        return root

    # -- internals -------------------------------------------------------------------
    def _data_key(self, tenant_id: str, version: int) -> AESGCM:
        now = time.monotonic()
        cached = self._keys.get((tenant_id, version))
        if cached and cached[1] > now:
            return cached[0]
        epoch = self._epochs.get(tenant_id, 0)
        with self.db.session(readonly=True) as s:
            row = s.execute(select(DataKey.wrapped_key, DataKey.destroyed_at).where(
                DataKey.tenant_id == tenant_id, DataKey.version == version)).first()
        if row is None:
            raise DecryptionError("no data key of this tenant has the blob's key version")
        if row.wrapped_key is None or row.destroyed_at is not None:
            raise KeyDestroyed("the tenant's data key was destroyed (crypto-shredded)")
        aead = AESGCM(self.provider.unwrap(row.wrapped_key, _key_aad(tenant_id, version)))
        with self._lock:
            if self._epochs.get(tenant_id, 0) == epoch:
                self._keys[(tenant_id, version)] = (aead, now + self.cache_ttl_s)
        return aead

    def _add_version(self, session: Session, tenant_id: str, version: int) -> int:
        wrapped = self.provider.wrap(secrets.token_bytes(32), _key_aad(tenant_id, version))
        session.add(DataKey(tenant_id=tenant_id, version=version, wrapped_key=wrapped,
                            provider_key_id=self.provider.key_id))
        session.flush()
        return version

    @staticmethod
    def _live_versions(session: Session, tenant_id: str) -> list[int]:
        return list(session.execute(select(DataKey.version).where(
            DataKey.tenant_id == tenant_id, DataKey.wrapped_key.is_not(None),
            DataKey.destroyed_at.is_(None))).scalars())

    @staticmethod
    def _require_tenant(session: Session, tenant_id: str) -> None:
        t = session.get(Tenant, tenant_id)
        if t is None or t.status != "active":
            raise TenantNotFound("no such tenant")
