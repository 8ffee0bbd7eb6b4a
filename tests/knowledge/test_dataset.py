"""The labelled question set matches the example documents, and retrieval over them works."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from confide.knowledge.chunking import chunk_text
from confide.knowledge.extract import extract
from tests.knowledge.conftest import persona

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "examples" / "documents"
QUESTIONS = yaml.safe_load((ROOT / "datasets" / "knowledge" / "questions.yaml").read_text())


def flat(text: str) -> str:
    """Whitespace collapsed (answers are matched across line breaks)."""
    return re.sub(r"\s+", " ", text)


def _extracted(persona_name: str, document: str):
    path = DOCS / persona_name / document
    return extract(path.read_bytes(), None, path.name)


def test_every_label_points_at_a_phrase_and_section_of_its_document() -> None:
    assert len(QUESTIONS) >= 30
    for q in QUESTIONS:
        ex = _extracted(q["persona"], q["document"])
        assert q["answer"] in flat(ex.text), q
        if q["heading"] is None:
            assert not ex.structured, q
            continue
        holding = [c for c in chunk_text(ex.text, structured=ex.structured)
                   if q["answer"] in flat(c.text)]
        assert any(c.headings and c.headings[-1] == q["heading"] for c in holding), q


def test_example_documents_ingest_with_false_alarms_within_the_document_target(
        kb, tenant) -> None:
    """The example documents are clean: every one ingests, and the chunks held back (false
    alarms of the injection detector, nothing else) stay within the document channel's FPR
    target of 3% (injection 2026.11.18 held one chunk of 44, 2026.11.20 none; see
    docs/knowledge.md)."""
    chunks = 0
    for path in sorted(DOCS.glob("*/*")):
        info = kb.ingest(tenant, path.name, path.read_bytes(), None, [path.parent.name])
        assert info.chunk_count >= 1, path.name
        chunks += info.chunk_count
    held = kb.quarantined(tenant)
    assert all("input.injection" in q.reasons for q in held), held
    assert len(held) <= 0.03 * chunks


def test_retrieval_answers_most_labelled_questions(kb, tenant) -> None:
    names = {}
    for path in sorted(DOCS.glob("*/*")):
        names[kb.ingest(tenant, path.name, path.read_bytes(), None,
                        [path.parent.name]).id] = path.name
    found = 0
    for q in QUESTIONS:
        hits = kb.search(tenant, persona([q["persona"]], top_k=5), q["question"])
        found += any(names[h.source.split(":")[1].split("#")[0]] == q["document"]
                     and q["answer"] in flat(h.text) for h in hits)
    assert found / len(QUESTIONS) >= 0.8
