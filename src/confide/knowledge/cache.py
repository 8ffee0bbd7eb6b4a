"""The per-process cache of tenant indexes: keyed by tenant id, rebuilt on change, evicted idle.

`get(tenant_id, version, build)` returns the tenant's `TenantIndex`, asking `version()` (a
database read of the tenant's knowledge version) at most every `check_s` seconds and calling
`build(previous)` when the stored version differs from the cached one, so a change made by
another server process is seen within `check_s`. Entries unused for `idle_s` are dropped.
There is one entry per tenant and no way to ask for two tenants at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from confide.knowledge.index import TenantIndex


@dataclass
class _Entry:
    index: TenantIndex
    checked: float
    used: float


class IndexCache:
    """Tenant id → that tenant's index; safe to lose, safe to share between threads."""

    def __init__(self, *, idle_s: float = 900.0, check_s: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_s = idle_s
        self.check_s = check_s
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._swept = clock()

    def get(self, tenant_id: str, version: Callable[[], int],
            build: Callable[[TenantIndex | None], TenantIndex]) -> TenantIndex:
        """The tenant's index, rebuilt first if the tenant's knowledge version moved."""
        now = self._clock()
        self._sweep(now)
        entry = self._entries.get(tenant_id)
        if entry is not None and now - entry.checked < self.check_s:
            entry.used = now
            return entry.index
        current = version()
        if entry is not None and entry.index.version == current:
            entry.checked = entry.used = now
            return entry.index
        with self._tenant_lock(tenant_id):
            entry = self._entries.get(tenant_id)  # another thread may have rebuilt it
            if entry is not None and entry.index.version >= current:
                entry.checked = entry.used = now
                return entry.index
            index = build(entry.index if entry is not None else None)
            if index.tenant_id != tenant_id:  # a builder bug must never cross tenants
                raise RuntimeError("index built for another tenant")
            self._entries[tenant_id] = _Entry(index, now, now)
            return index

    def peek(self, tenant_id: str) -> TenantIndex | None:
        """The cached index of the tenant, if any (no database read, no rebuild)."""
        entry = self._entries.get(tenant_id)
        return entry.index if entry is not None else None

    def mark_stale(self, tenant_id: str) -> None:
        """Make the next `get` re-read the tenant's version (after a local write)."""
        entry = self._entries.get(tenant_id)
        if entry is not None:
            entry.checked = float("-inf")

    def evict(self, tenant_id: str) -> None:
        """Drop the tenant's index (after a shred, or to free memory)."""
        with self._lock:
            self._entries.pop(tenant_id, None)

    def tenants(self) -> list[str]:
        """The tenants with a cached index."""
        return list(self._entries)

    def _tenant_lock(self, tenant_id: str) -> threading.Lock:
        with self._lock:
            lock = self._locks.get(tenant_id)
            if lock is None:
                lock = self._locks[tenant_id] = threading.Lock()
            return lock

    def _sweep(self, now: float) -> None:
        if now - self._swept < min(self.idle_s, 30.0):
            return
        with self._lock:
            self._swept = now
            for tenant_id in [t for t, e in self._entries.items() if now - e.used > self.idle_s]:
                del self._entries[tenant_id]
                self._locks.pop(tenant_id, None)
