"""Memories across conversations: facts about a subject carried to their next conversation
with the same persona, pseudonymised, screened, encrypted, fenced as data on the way back.

    store = services.memories                       # MemoryStore
    facts = extract_facts(persona, status, user_texts)   # flow; or backend.extract_memories
    store.add(tenant_id, persona.name, subject_ref, facts, source_conversation=cid,
              retention_days=persona.retention_days("memories"), actor=actor)
    snippets = store.retrieve(tenant_id, persona.name, subject_ref, query, top_k)
"""

from confide.memory.extract import extract_facts
from confide.memory.fence import clean_fact, fence_memories
from confide.memory.store import MemoryInfo, MemoryStore

__all__ = ["MemoryInfo", "MemoryStore", "clean_fact", "extract_facts", "fence_memories"]
