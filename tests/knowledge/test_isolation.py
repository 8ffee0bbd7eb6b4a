"""Tenant isolation of the knowledge base: two tenants with near-identical documents, thousands
of randomised searches (from several threads) and API calls with each tenant's key; not one
chunk, citation, id or name of the other tenant may ever come back."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from confide.knowledge import KnowledgeBase
from confide.server.app import create_app
from confide.server.routes import documents
from tests.knowledge.conftest import CLAIMS_MD, DISCHARGE_MD, INJECTED_MD, persona

MARKERS = {"a": "zephyr", "b": "quasar"}  # one word only each tenant's documents contain
WORDS = ("evening dose atorvastatin incision bath nurse fever accident photos repair police "
         "report garage parking ignore instructions clinic days claims medication").split()


def _docs(marker: str) -> list[tuple[str, str, list[str]]]:
    """Near-identical documents: the other tenant's, with one marker word and name changed."""
    return [
        (f"discharge-{marker}.md", DISCHARGE_MD.replace("Discharge instructions",
                                                        f"Discharge instructions {marker}")
         + f"\nAsk for the {marker} leaflet at the desk.\n", ["discharge"]),
        (f"claims-{marker}.md", CLAIMS_MD + f"\nQuote reference {marker} on every form.\n",
         ["claims"]),
        (f"logistics-{marker}.md", INJECTED_MD.replace("garage B", f"garage {marker}"),
         ["discharge", "logistics"]),
    ]


@pytest.fixture
def world(services, shield, embedder):
    kb = KnowledgeBase(services.db, services.vault, services.audit, shield, embedder)
    services.knowledge = kb
    tenants = {}
    for side, marker in MARKERS.items():
        info, _ = services.tenants.create(f"tenant-{side}")
        _, token = services.apikeys.create(info.tenant_id, ["documents"])
        ids = [kb.ingest(info.tenant_id, name, text, "text/markdown", tags).id
               for name, text, tags in _docs(marker)]
        tenants[side] = {"id": info.tenant_id, "marker": marker, "docs": set(ids),
                         "auth": {"Authorization": f"Bearer {token}"}}
    return kb, tenants


def _query(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(1, 5))
    if rng.random() < 0.5:  # try to pull the other tenant's content by its marker
        words.append(rng.choice(list(MARKERS.values())))
    return " ".join(words)


def test_thousands_of_randomised_searches_never_cross_tenants(world):
    kb, tenants = world
    rng = random.Random(20261127)
    tag_sets = [[], ["discharge"], ["claims"], ["logistics"], ["claims", "discharge"]]
    plan = [(rng.choice("ab"), _query(rng), rng.choice(tag_sets), rng.randint(1, 20))
            for _ in range(3000)]

    def run(item: tuple[str, str, list[str], int]) -> int:
        side, q, tags, top_k = item
        own, other = tenants[side], tenants["b" if side == "a" else "a"]
        snippets = kb.search(own["id"], persona(tags, top_k=top_k), q)
        for s in snippets:
            doc_id = s.source.removeprefix("knowledge:").split("#")[0]
            assert doc_id in own["docs"] and doc_id not in other["docs"]
            assert other["marker"] not in s.text
            assert "Ignore all previous" not in s.text  # quarantined, never retrieved
        return len(snippets)

    with ThreadPoolExecutor(4) as pool:
        returned = sum(pool.map(run, plan))
    assert returned > 3000  # the searches did find things
    assert set(kb.cache.tenants()) == {tenants["a"]["id"], tenants["b"]["id"]}
    for side in "ab":
        index = kb.cache.peek(tenants[side]["id"])
        assert index is not None and index.tenant_id == tenants[side]["id"]
        assert set(index.documents) == tenants[side]["docs"]


def test_randomised_api_calls_with_each_tenants_key_never_see_the_other(world, services):
    kb, tenants = world
    rng = random.Random(7)
    all_ids = sorted(tenants["a"]["docs"] | tenants["b"]["docs"])
    with TestClient(create_app(services, routers=[documents.router])) as api:
        for _ in range(400):
            side = rng.choice("ab")
            own, other = tenants[side], tenants["b" if side == "a" else "a"]
            call = rng.choice(["list", "get", "chunks", "quarantine", "delete-other",
                               "put-other"])
            doc_id = rng.choice(all_ids)
            if call == "list":
                r = api.get("/v1/documents", headers=own["auth"])
            elif call == "get":
                r = api.get(f"/v1/documents/{doc_id}", headers=own["auth"])
            elif call == "chunks":
                r = api.get(f"/v1/documents/{doc_id}", headers=own["auth"],
                            params={"chunks": "true"})
            elif call == "quarantine":
                r = api.get("/v1/documents/quarantine", headers=own["auth"],
                            params={"include_text": "true"})
            elif call == "delete-other":
                r = api.delete(f"/v1/documents/{rng.choice(sorted(other['docs']))}",
                               headers=own["auth"])
            else:
                r = api.put(f"/v1/documents/{rng.choice(sorted(other['docs']))}",
                            headers=own["auth"], json={"text": "overwritten"})
            body = r.text
            if doc_id in other["docs"] and call in ("get", "chunks"):
                assert r.status_code == 404
            if call in ("delete-other", "put-other"):
                assert r.status_code == 404
            assert other["marker"] not in body
            assert not any(d in body for d in other["docs"])
    for side in "ab":  # nothing of either tenant was changed by the other
        docs = kb.list(tenants[side]["id"])
        assert {d.id for d in docs} == tenants[side]["docs"]
        assert all(d.revision == 1 for d in docs)
