"""The independent evaluation set is well formed (schema, labels, offsets, unique ids).

This checks the files only, never the detectors' accuracy on them.
"""

import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "datasets" / "eval"
PII_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
             "STREET_ADDRESS", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "US_NPI",
             "HEALTH_PLAN_ID", "POLICY_NUMBER", "CLAIM_NUMBER"}
SAFETY_HARM = {"self_harm", "violence", "sexual_minors", "drugs", "weapons", "hate"}


def _rows(name: str) -> list[dict]:
    with open(EVAL / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@pytest.mark.parametrize("name", ["injection_user.jsonl", "injection_document.jsonl",
                                  "pii.jsonl", "safety.jsonl"])
def test_ids_unique_and_texts_present(name):
    rows = _rows(name)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(isinstance(r["text"], str) and r["text"].strip() for r in rows)


@pytest.mark.parametrize("name,minimum", [("injection_user.jsonl", (200, 150)),
                                          ("injection_document.jsonl", (120, 120))])
def test_injection_schema(name, minimum):
    rows = _rows(name)
    assert all(set(r) == {"id", "text", "label"} and r["label"] in (0, 1) for r in rows)
    benign = sum(r["label"] == 0 for r in rows)
    assert benign >= minimum[0] and len(rows) - benign >= minimum[1]
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts))


def test_pii_offsets_index_the_text():
    rows = _rows("pii.jsonl")
    assert len(rows) >= 150
    for r in rows:
        assert set(r) == {"id", "text", "spans"}
        previous_end = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert set(s) == {"type", "start", "end"} and s["type"] in PII_TYPES
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
            assert s["start"] >= previous_end  # spans do not overlap
            value = r["text"][s["start"]:s["end"]]
            assert value == value.strip()
            if s["type"] == "CREDIT_CARD":
                assert _luhn("".join(c for c in value if c.isdigit()))
            previous_end = s["end"]
    assert any(not r["spans"] for r in rows)


def test_safety_schema():
    rows = _rows("safety.jsonl")
    assert all(set(r) == {"id", "text", "label", "category"} for r in rows)
    assert all(r["label"] in (0, 1) for r in rows)
    assert {r["category"] for r in rows if r["label"] == 1} == SAFETY_HARM
    assert not SAFETY_HARM & {r["category"] for r in rows if r["label"] == 0}
