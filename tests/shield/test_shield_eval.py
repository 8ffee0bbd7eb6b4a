"""The evaluation report reads every part of a set: a set whose documents were written in
other folders (`more_documents`) is scored on all of them. Counts only, never accuracy."""

from __future__ import annotations

import json
import re

from benchmarks.shield_eval import BLIND17, injection_section, more_documents
from confide.shield import Shield


def _quick_rows(folder, label: int) -> int:
    path = folder / "injection_document.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][::4]
    return sum(r["label"] == label for r in rows)


def test_documents_of_a_set_in_other_folders_are_all_scored() -> None:
    assert not (BLIND17 / "injection_document.jsonl").exists()
    parts = more_documents(BLIND17)
    assert [p.name for p in parts] == ["eval_blind17_docs_a", "eval_blind17_docs_b"]
    shield = Shield.from_policy({"pii": {"mode": "regex"}})
    lines = injection_section({"regex": shield}, True, BLIND17, "seventeenth")
    row = next(line for line in lines if line.startswith("| document |"))
    counts = [int(n) for n in re.findall(r"\(\d+/(\d+)\)", row)]
    assert counts == [sum(_quick_rows(f, 1) for f in parts), sum(_quick_rows(f, 0) for f in parts)]
    assert any(line.startswith("| user |") for line in lines)
