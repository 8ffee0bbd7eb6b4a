"""Knowledge base: retrieval latency by corpus size, index load, ingest throughput, recall@5.

1. **Retrieval latency** at 1k, 10k and 100k chunks for one tenant: a synthetic corpus
   generated here (documents of 50 Markdown sections, ~90 words each drawn from a Zipf
   distribution over English words of the shipped tokenizer's vocabulary, so every section
   is one chunk). Each query is 3 to 8 words drawn the same way (half of them with one rare
   word). Timed: `KnowledgeBase.search(tenant, persona, query)` end to end (query
   embedding, BM25 + dense scoring over every chunk, fusion, the per-second version check
   in the database), one thread, BLAS limited to one thread, after the index is loaded.
   Reported without tags and with a persona reading one tag that 10% of the documents carry.
   The one-off index load (read every chunk row, decrypt text and vector, tokenize, build
   BM25) of a cold `KnowledgeBase` is reported separately. The corpus is stored through
   `ingest` with the Shield scan replaced by an allow-all stub (latency does not depend on it).
2. **Ingest throughput** (chunks/s) through `KnowledgeBase.ingest` with everything:
   extraction, chunking, the Shield's `document` channel on every chunk, embedding,
   AES-GCM encryption of text and vector, one transaction per document (SQLite); and the
   same without the Shield scan, to show its share.
3. **Recall@5 and MRR** on `datasets/knowledge/questions.yaml` (39 questions over
   `examples/documents/`): hybrid (what `search` does), BM25 only and dense only, in one run.

    .venv/bin/python -m benchmarks.knowledge_retrieval [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.stats import machine, wilson

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "examples" / "documents"
QUESTIONS = ROOT / "datasets" / "knowledge" / "questions.yaml"
SECTIONS_PER_DOC = 50
WORDS_PER_SECTION = 90


class _AllowAll:
    """A Shield stand-in that allows every chunk (builds the latency corpora faster)."""

    def check_input(self, text: str, channel: Any = None, **_: Any) -> Any:
        from confide.verdict import ALLOW

        return ALLOW


@dataclass
class _World:
    services: Any
    home: Path


def _services(home: Path) -> Any:
    from confide.services import Services
    from confide.settings import Settings

    return Services.from_settings(Settings(home=home), create_key=True)


def _kb(services: Any, shield: Any = None, embedder: Any = None, **kw: Any) -> Any:
    from confide.knowledge import KnowledgeBase

    return KnowledgeBase(services.db, services.vault, services.audit, shield, embedder, **kw)


def _persona(tags: list[str], top_k: int = 5) -> Any:
    from confide.agent.persona import Persona

    return Persona.model_validate({"name": "bench", "system_prompt": "x",
                                   "knowledge": {"tags": tags, "top_k": top_k}})


# ------------------------------------------------------------------ synthetic corpus
class _Words:
    """English-looking words with Zipf frequencies (from the tokenizer's vocabulary)."""

    def __init__(self, seed: int = 5) -> None:
        from confide.embeddings import Embedder

        vocab = Embedder.load()._tokenizer.get_vocab()  # type: ignore[attr-defined]
        words = sorted(w for w in vocab if re.fullmatch(r"[a-z]{3,12}", w))
        self.rng = np.random.default_rng(seed)
        self.rng.shuffle(words)
        self.words = np.array(words)
        ranks = np.arange(1, len(words) + 1)
        p = 1.0 / (ranks + 2.7)
        self.p = p / p.sum()

    def draw(self, n: int) -> list[str]:
        return list(self.rng.choice(self.words, size=n, p=self.p))

    def rare(self) -> str:
        return str(self.words[self.rng.integers(len(self.words) // 4, len(self.words))])


def _document(words: _Words, doc_no: int) -> str:
    parts = [f"# Synthetic manual {doc_no}\n"]
    flat = words.draw(SECTIONS_PER_DOC * (WORDS_PER_SECTION + 3))
    for s in range(SECTIONS_PER_DOC):
        chunk = flat[s * (WORDS_PER_SECTION + 3):(s + 1) * (WORDS_PER_SECTION + 3)]
        title, body = " ".join(chunk[:3]).capitalize(), chunk[3:]
        sentences = [" ".join(body[i:i + 15]).capitalize() + "." for i in range(0, len(body), 15)]
        parts.append(f"## {title}\n\n{' '.join(sentences)}\n")
    return "\n".join(parts)


def _grow(kb: Any, tenant: str, words: _Words, docs_from: int, docs_to: int) -> float:
    """Ingest synthetic documents `docs_from..docs_to-1`; returns the seconds it took."""
    t0 = time.perf_counter()
    for d in range(docs_from, docs_to):
        tags = ["ten-percent"] if d % 10 == 0 else ["rest"]
        kb.ingest(tenant, f"manual-{d}.md", _document(words, d), "text/markdown", tags)
    return time.perf_counter() - t0


def _queries(words: _Words, n: int) -> list[str]:
    out = []
    for i in range(n):
        q = words.draw(int(words.rng.integers(3, 9)))
        if i % 2:
            q[-1] = words.rare()
        out.append(" ".join(q))
    return out


def _pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(q / 100 * (len(s) - 1)))]


def _timed(fn: Callable[[str], Any], queries: list[str]) -> list[float]:
    for q in queries[:20]:  # warm-up
        fn(q)
    out = []
    for q in queries:
        t0 = time.perf_counter_ns()
        fn(q)
        out.append((time.perf_counter_ns() - t0) / 1e6)
    return out


# ------------------------------------------------------------------ sections
def _latency(world: _World, sizes: list[int], n_queries: int, embedder: Any) -> list[str]:
    svc = world.services
    tenant = svc.tenants.create("bench-latency")[0].tenant_id
    writer = _kb(svc, _AllowAll(), embedder)
    words = _Words()
    queries = _queries(words, n_queries)
    rows = []
    docs = 0
    for size in sizes:
        target = size // SECTIONS_PER_DOC
        build_s = _grow(writer, tenant, words, docs, target)
        docs = target
        kb = _kb(svc, _AllowAll(), embedder)  # a cold process: nothing cached
        t0 = time.perf_counter()
        index = kb.load(tenant)
        load_s = time.perf_counter() - t0
        assert len(index) == size, (len(index), size)
        plain = _persona([])
        tagged = _persona(["ten-percent"])
        lat = _timed(lambda q, p=plain, k=kb: k.search(tenant, p, q), queries)
        lat_t = _timed(lambda q, p=tagged, k=kb: k.search(tenant, p, q), queries)
        hits = sum(bool(kb.search(tenant, plain, q)) for q in queries[:50])
        some = next(iter(index.documents))  # replace one document, as another process would
        old_n = len(index.documents[some].chunks)
        new_n = writer.replace(tenant, some, _document(words, 10**6 + size),
                               "text/markdown").chunk_count
        kb.cache.mark_stale(tenant)  # as if its `check_s` had passed
        t0 = time.perf_counter()
        rebuilt = kb.load(tenant)
        rebuild_s = time.perf_counter() - t0
        assert rebuilt is not index and len(rebuilt) == size - old_n + new_n
        rows.append(
            f"| {size:,} | {_pct(lat, 50):.2f} | {_pct(lat, 99):.2f} | "
            f"{_pct(lat_t, 50):.2f} | {_pct(lat_t, 99):.2f} | {load_s:.2f} | {rebuild_s:.2f} | "
            f"{index_mib(index):.0f} | {hits}/50 | {build_s:.0f} |")
    return rows


def index_mib(index: Any) -> float:
    """Approximate memory of an index: vectors, BM25 arrays and chunk texts."""
    total = index._vectors.nbytes
    if index._bm25 is not None:
        total += sum(a.nbytes for a in (index._bm25.scores["data"],
                                        index._bm25.scores["indices"],
                                        index._bm25.scores["indptr"]))
    total += sum(len(c.text) for c in index.chunks)
    return total / 2**20


def _throughput(world: _World, n_docs: int, shield: Any, embedder: Any) -> list[str]:
    svc = world.services
    words = _Words(seed=11)
    texts = [_document(words, d) for d in range(n_docs)]
    rows = []
    for label, sh in (("everything (Shield scan included)", shield),
                      ("without the Shield scan", _AllowAll())):
        tenant = svc.tenants.create("bench-ingest")[0].tenant_id
        kb = _kb(svc, sh, embedder)
        kb.ingest(tenant, "warm.md", texts[0], "text/markdown")  # warm-up
        t0 = time.perf_counter()
        chunks = sum(kb.ingest(tenant, f"d{i}.md", t, "text/markdown").chunk_count
                     for i, t in enumerate(texts))
        secs = time.perf_counter() - t0
        rows.append(f"| {label} | {n_docs} | {chunks:,} | {secs:.1f} | {chunks / secs:,.0f} |")
    return rows


def _recall(world: _World, shield: Any, embedder: Any) -> tuple[list[str], list[str]]:
    import yaml

    from confide.knowledge.index import tokenize

    svc = world.services
    tenant = svc.tenants.create("bench-recall")[0].tenant_id
    kb = _kb(svc, shield, embedder)
    names: dict[str, str] = {}
    for path in sorted(DOCS.glob("*/*")):
        info = kb.ingest(tenant, path.name, path.read_bytes(), None, [path.parent.name])
        names[info.id] = path.name
    questions = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    index = kb.load(tenant)

    def flat(t: str) -> str:
        return re.sub(r"\s+", " ", t)

    def rank_hybrid(q: dict[str, Any]) -> list[tuple[str, str]]:
        hits = kb.search(tenant, _persona([q["persona"]], 5), q["question"])
        return [(names[h.source.split(":")[1].split("#")[0]], h.text) for h in hits]

    def rank_single(q: dict[str, Any], which: str) -> list[tuple[str, str]]:
        mask = index.mask(frozenset([q["persona"]]))
        if which == "dense":
            scores = index._vectors @ embedder.embed([q["question"]])[0]
        else:
            lex = index._lexical(tokenize(q["question"]))
            scores = lex if lex is not None else np.zeros(len(index))
        scores = np.where(mask, scores, -np.inf)
        top = [i for i in np.argsort(-scores)[:5] if np.isfinite(scores[i])]
        return [(names[index.chunks[i].document_id], index.chunks[i].text) for i in top]

    rows, misses = [], []
    for label, ranker in (("hybrid (BM25 + dense, RRF): `search`", rank_hybrid),
                          ("BM25 only", lambda q: rank_single(q, "bm25")),
                          ("dense only", lambda q: rank_single(q, "dense"))):
        found, rr = 0, 0.0
        for q in questions:
            ranked = ranker(q)
            pos = next((i for i, (doc, text) in enumerate(ranked)
                        if doc == q["document"] and q["answer"] in flat(text)), None)
            if pos is not None:
                found += 1
                rr += 1 / (pos + 1)
            elif ranker is rank_hybrid:
                misses.append(f"{q['question']} (expected {q['document']} / {q['heading']})")
        lo, hi = wilson(found, len(questions))
        rows.append(f"| {label} | {found}/{len(questions)} = {found / len(questions):.2f} "
                    f"[{lo:.2f}, {hi:.2f}] | {rr / len(questions):.2f} |")
    return rows, misses


def run(quick: bool = False) -> str:
    """Measure and return the Markdown section."""
    from threadpoolctl import threadpool_limits

    from confide.embeddings import Embedder
    from confide.shield import Shield

    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    n_queries = 200 if quick else 2_000
    ingest_docs = 6 if quick else 40
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    started = time.perf_counter()
    embedder = Embedder.load()
    shield = Shield.from_policy()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, threadpool_limits(1):
        world = _World(_services(Path(tmp) / "home"), Path(tmp))
        try:
            recall_rows, misses = _recall(world, shield, embedder)
            ingest_rows = _throughput(world, ingest_docs, shield, embedder)
            latency_rows = _latency(world, sizes, n_queries, embedder)
        finally:
            world.services.close()
    load_after = os.getloadavg()[0]
    total = time.perf_counter() - started
    lines = [
        "## Knowledge base retrieval (`benchmarks/knowledge_retrieval.py`)",
        "",
        f"{when}; {machine()}; `.venv/bin/python -m benchmarks.knowledge_retrieval"
        f"{' --quick' if quick else ''}` ({total:.0f} s; load average {load_before:.1f} before,"
        f" {load_after:.1f} after: the machine is shared). SQLite store in a temporary home.",
        "Aim: p50 <= 10 ms and p99 <= 30 ms at 100k chunks on one core.",
        "",
        "### Retrieval latency, one tenant, one thread (ms per `search`, index loaded)",
        "",
        f"{n_queries} synthetic queries per size; top_k 5. *Tagged*: the persona reads one tag "
        "carried by 10% of the documents. *Load*: a cold `KnowledgeBase` reading, decrypting "
        "and indexing every chunk (once per process per tenant, and after each change, when "
        "only the changed documents are decrypted again). *Rebuild*: the next `search` after "
        "another `KnowledgeBase` replaced one 50-chunk document (decrypts that document, "
        "rebuilds BM25 over all chunks). *Built in*: storing the corpus increment through "
        "`ingest` (Shield stubbed).",
        "",
        "| chunks | p50 | p99 | tagged p50 | tagged p99 | load (s) | rebuild (s) | index MiB "
        "| queries with hits | built in (s) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *latency_rows,
        "",
        "### Ingest throughput (SQLite, one thread)",
        "",
        "Synthetic Markdown documents of 50 sections (one chunk each).",
        "",
        "| pipeline | documents | chunks | seconds | chunks/s |",
        "|---|---:|---:|---:|---:|",
        *ingest_rows,
        "",
        "### Recall on the labelled questions (`datasets/knowledge/questions.yaml`)",
        "",
        "All example documents of the three personas in one tenant, tagged by persona; each "
        "question asked as its persona (its tag only), top 5. Relevant: a chunk of the "
        "labelled document containing the labelled answer phrase. 95% Wilson interval.",
        "",
        "| ranking | recall@5 | MRR@5 |",
        "|---|---|---:|",
        *recall_rows,
        "",
    ]
    if misses:
        lines += ["Missed by `search`: " + "; ".join(misses) + ".", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print(run(quick=args.quick))
    return 0


if __name__ == "__main__":
    sys.exit(main())
