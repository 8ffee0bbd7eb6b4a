"""The memory store: facts about a subject, per (tenant, persona, subject), encrypted.

A fact is screened before it is stored: cleaned (`clean_fact`: placeholders become `[TYPE]`,
no tags), then checked by the Shield on the `document` channel (and for injection on the
`user` channel, with and without its quotation marks; not for facts built only from the
persona's own names: `MemoryStore.screen`); a fact either refuses is dropped and counted in a
`memory.rejected` audit event. What is kept is encrypted under the tenant key
(kind `memory.fact`, the record id in the associated data) with its source conversation and
an expiry from the persona's `retention.memories` days. Every query names the tenant, the
persona (except the operators' listing) and the subject's keyed hash; nothing reads across
tenants. Audit events carry counts and ids, never fact text.
"""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from confide.agent.llm.base import Snippet
from confide.agent.records import audit_subject_ref, new_id
from confide.audit import AuditLog, NewEvent
from confide.memory.fence import clean_fact
from confide.memory.records import MEMORY_FACT
from confide.store.db import Database
from confide.store.models import MemoryRecord, utcnow
from confide.vault import Vault
from confide.verdict import Channel

if TYPE_CHECKING:
    from confide.embeddings import Embedder
    from confide.shield import Shield

#: Facts stored from one conversation at most (the rest are ignored).
MAX_FACTS_PER_ADD = 20
#: Newest memories of one (tenant, persona, subject) considered by `retrieve`.
MAX_CANDIDATES = 500
_QUOTES = str.maketrans({'"': " ", "\u201c": " ", "\u201d": " ", "\u00ab": " ", "\u00bb": " "})


@dataclass(frozen=True, slots=True)
class MemoryInfo:
    """A memory as operators see it (the fact is pseudonymised text)."""

    id: str
    persona: str
    fact: str
    source_conversation: str | None
    created_at: datetime
    expires_at: datetime


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class MemoryStore:
    """Store, list, retrieve, erase and expire memories."""

    def __init__(self, db: Database, vault: Vault, audit: AuditLog, *,
                 shield: Shield | None = None, embedder: Embedder | None = None) -> None:
        self.db = db
        self.vault = vault
        self.audit = audit
        self._shield = shield
        self._embedder = embedder

    # ------------------------------------------------------------------ helpers
    @property
    def shield(self) -> Shield:
        """The Shield facts are screened with (the default policy's, built on first use)."""
        if self._shield is None:
            from confide.shield import default_shield

            self._shield = default_shield()
        return self._shield

    @property
    def embedder(self) -> Embedder:
        """The shipped sentence embedder (loaded on first use)."""
        if self._embedder is None:
            from confide.embeddings import Embedder

            self._embedder = Embedder.load()
        return self._embedder

    @contextlib.contextmanager
    def _session(self, session: Session | None, *, readonly: bool = False) -> Iterator[Session]:
        if session is not None:
            yield session
        else:
            with self.db.session(readonly=readonly) as s:
                yield s

    def _fact(self, row: MemoryRecord) -> str:
        return self.vault.decrypt(row.tenant_id, MEMORY_FACT.kind or "", row.id,
                                  row.fact_blob).decode("utf-8")

    def screen(self, facts: Iterable[str], persona_facts: Iterable[str] = ()
               ) -> tuple[builtins.list[str], builtins.list[builtins.list[str]]]:
        """(facts that may be stored, cleaned; the reason codes of each fact dropped).

        A fact is dropped when the Shield's document channel does not allow it, or when an
        injection check fires on it as a user message; both run on the fact as it is and,
        if it has quotation marks, without them (a quote must not hide an instruction).
        A fact also in `persona_facts` (built only from the persona's own objective and
        variable names and its closed answers: `objective_facts`) skips the user-message
        check, whose model judges what callers type, not a persona's identifiers such as
        `understands_instructions`; the document channel still screens it.
        """
        kept: builtins.list[str] = []
        dropped: builtins.list[builtins.list[str]] = []
        own = {clean_fact(f) for f in persona_facts if isinstance(f, str)}
        for fact in builtins.list(facts)[:MAX_FACTS_PER_ADD]:
            text = clean_fact(fact) if isinstance(fact, str) else ""
            if not text:
                continue
            variants = [text]
            unquoted = " ".join(text.translate(_QUOTES).split())
            if unquoted != text:
                variants.append(unquoted)
            refused: builtins.list[str] = []
            first = None
            for variant in variants:
                doc = self.shield.check_input(variant, Channel.DOCUMENT)
                first = first or doc
                if not doc.allowed:
                    refused += builtins.list(doc.reasons) or ["memory.refused"]
                if text not in own:
                    user = self.shield.check_input(variant, Channel.USER)
                    refused += [r for r in user.reasons if r.startswith("input.injection")]
            if refused:
                dropped.append(sorted(set(refused)))
                continue
            if first is not None and first.text:  # identifiers the turn missed: pseudonymised
                text = clean_fact(first.text)
            if text:
                kept.append(text)
        return kept, dropped

    # ------------------------------------------------------------------ writing
    def add(self, tenant_id: str, persona_name: str, subject_ref: str, facts: Sequence[str], *,
            source_conversation: str | None, retention_days: int, actor: str,
            session: Session | None = None,
            persona_facts: Sequence[str] = ()) -> builtins.list[str]:
        """Screen and store `facts` for the subject (`persona_facts`: see `screen`); returns
        the ids now holding them.

        A fact the subject already has (same text, any case) is not stored twice: its expiry
        moves to the new one if later and its source becomes this conversation. Audited as
        `memory.stored` (counts and ids) and `memory.rejected` (count and reason codes).
        """
        if not 1 <= retention_days <= 3650:
            raise ValueError("retention_days must be 1 to 3650")
        kept, rejected = self.screen(facts, persona_facts)
        if not kept and not rejected:
            return []
        now = utcnow()
        expires = now + timedelta(days=retention_days)
        self.vault.warm(tenant_id)
        # Encrypt before the write transaction (it holds SQLite's write lock).
        new: dict[str, MemoryRecord] = {}
        for text in kept:
            if _key(text) in new:
                continue
            mid = new_id("mem")
            new[_key(text)] = MemoryRecord(
                id=mid, tenant_id=tenant_id, persona_name=persona_name, subject_ref=subject_ref,
                source_conversation=source_conversation, created_at=now, expires_at=expires,
                fact_blob=self.vault.encrypt(tenant_id, MEMORY_FACT.kind or "", mid,
                                             text.encode("utf-8")))
        existing: dict[str, str] = {}
        if new and session is None:
            existing = {_key(self._fact(r)): r.id
                        for r in self._candidates(tenant_id, persona_name, subject_ref)}
        ids: builtins.list[str] = []
        refreshed = 0
        with self._session(session) as s:
            if new and session is not None:
                existing = {_key(self._fact(r)): r.id
                            for r in self._query(s, tenant_id, persona_name, subject_ref)}
            for key, record in new.items():
                old_id = existing.get(key)
                old = s.get(MemoryRecord, old_id) if old_id else None
                if old is not None and old.tenant_id == tenant_id:
                    old.expires_at = max(old.expires_at, expires)
                    old.source_conversation = source_conversation
                    ids.append(old.id)
                    refreshed += 1
                else:
                    s.add(record)
                    ids.append(record.id)
            ref = audit_subject_ref(subject_ref)
            events = []
            if ids:
                events.append(NewEvent("memory.stored", actor, "memory.stored", ref,
                                       {"persona": persona_name,
                                        "conversation": source_conversation,
                                        "stored": len(ids) - refreshed, "refreshed": refreshed,
                                        "ids": ids, "retention_days": retention_days}))
            if rejected:
                events.append(NewEvent("memory.rejected", actor, "memory.injection", ref,
                                       {"persona": persona_name,
                                        "conversation": source_conversation,
                                        "dropped": len(rejected),
                                        "reasons": sorted({r for rs in rejected for r in rs})}))
            self.audit.append_many(tenant_id, events, session=s)
        return ids

    # ------------------------------------------------------------------ reading
    def _query(self, s: Session, tenant_id: str, persona_name: str,
               subject_ref: str) -> builtins.list[MemoryRecord]:
        return builtins.list(s.execute(
            select(MemoryRecord).where(
                MemoryRecord.tenant_id == tenant_id, MemoryRecord.persona_name == persona_name,
                MemoryRecord.subject_ref == subject_ref, MemoryRecord.expires_at > utcnow())
            .order_by(MemoryRecord.created_at.desc(), MemoryRecord.id)
            .limit(MAX_CANDIDATES)).scalars())

    def _candidates(self, tenant_id: str, persona_name: str,
                    subject_ref: str) -> builtins.list[MemoryRecord]:
        with self.db.session(readonly=True) as s:
            rows = self._query(s, tenant_id, persona_name, subject_ref)
            s.expunge_all()
        return rows

    def list(self, tenant_id: str, subject_ref: str,
             persona_name: str | None = None) -> builtins.list[MemoryInfo]:
        """The subject's unexpired memories in the tenant (one persona's, or all), newest
        first. Not audited here: the caller audits the read (`memory.read`)."""
        with self.db.session(readonly=True) as s:
            q = select(MemoryRecord).where(MemoryRecord.tenant_id == tenant_id,
                                           MemoryRecord.subject_ref == subject_ref,
                                           MemoryRecord.expires_at > utcnow())
            if persona_name is not None:
                q = q.where(MemoryRecord.persona_name == persona_name)
            rows = s.execute(q.order_by(MemoryRecord.created_at.desc(), MemoryRecord.id)
                             ).scalars().all()
            return [MemoryInfo(r.id, r.persona_name, self._fact(r), r.source_conversation,
                               r.created_at, r.expires_at) for r in rows]

    def retrieve(self, tenant_id: str, persona_name: str, subject_ref: str,
                 query: str | None, top_k: int) -> builtins.list[Snippet]:
        """The subject's memories for this persona as snippets (`memory:<id>`): the `top_k`
        most similar to `query` (shipped sentence embeddings; ties newest first), or the
        newest `top_k` when there is no query."""
        if top_k < 1:
            return []
        rows = self._candidates(tenant_id, persona_name, subject_ref)
        facts = [(r.id, self._fact(r)) for r in rows]  # newest first
        if not facts:
            return []
        if not query or not query.strip():
            return [Snippet(text, f"memory:{mid}", 0.0) for mid, text in facts[:top_k]]
        m = self.embedder.embed([query, *(text for _, text in facts)])
        scores = m[1:] @ m[0]
        order = np.argsort(-scores, kind="stable")[:top_k]
        return [Snippet(facts[i][1], f"memory:{facts[i][0]}", round(float(scores[i]), 4))
                for i in order]

    # ------------------------------------------------------------------ erasure, retention
    def erase_subject(self, tenant_id: str, subject_ref: str, *, actor: str = "system",
                      session: Session | None = None) -> int:
        """Delete every memory of the subject in the tenant (all personas); audited
        `memory.erased` with the count. Returns how many."""
        with self._session(session) as s:
            n = s.execute(delete(MemoryRecord).where(
                MemoryRecord.tenant_id == tenant_id,
                MemoryRecord.subject_ref == subject_ref)).rowcount or 0
            self.audit.append(tenant_id, "memory.erased", actor=actor,
                              reason="erasure.requested",
                              subject_ref=audit_subject_ref(subject_ref),
                              details={"memories": n}, session=s)
        return n

    def sweep(self, now: datetime | None = None) -> int:
        """Delete every memory past its expiry (all tenants); one `memory.expired` event per
        tenant with the count. Returns how many."""
        now = now or utcnow()
        done = 0
        with self.db.session() as s:
            rows = s.execute(select(MemoryRecord.id, MemoryRecord.tenant_id).where(
                MemoryRecord.expires_at <= now).with_for_update(skip_locked=True)).all()
            by_tenant: dict[str, builtins.list[str]] = {}
            for mid, tenant_id in rows:
                by_tenant.setdefault(tenant_id, []).append(mid)
            for tenant_id, ids in by_tenant.items():
                for start in range(0, len(ids), 500):
                    s.execute(delete(MemoryRecord).where(
                        MemoryRecord.id.in_(ids[start:start + 500])))
                self.audit.append(tenant_id, "memory.expired", actor="system",
                                  reason="retention.expired", details={"memories": len(ids)},
                                  session=s)
                done += len(ids)
        return done
