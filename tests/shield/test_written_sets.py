"""Every written prompt-injection set is well formed: the trainer reads the training sets, the
benchmarks the blind ones. This checks the files only, never a detector's accuracy on them."""

from __future__ import annotations

import json

import pytest

from confide.train.injection import DEFAULT_SETS_DIR, WRITTEN_SETS

SETS = sorted(p.name for p in DEFAULT_SETS_DIR.iterdir()
              if (p / "injection_user.jsonl").exists())
PREFIX = {("injection_user.jsonl", 0): "u-ben-", ("injection_user.jsonl", 1): "u-atk-",
          ("injection_document.jsonl", 0): "d-cln-", ("injection_document.jsonl", 1): "d-inj-"}


def test_every_training_set_is_on_disk() -> None:
    assert set(WRITTEN_SETS) <= set(SETS)


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("file", ["injection_user.jsonl", "injection_document.jsonl"])
def test_rows_have_ids_texts_and_labels(name: str, file: str) -> None:
    with open(DEFAULT_SETS_DIR / name / file, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert {r["label"] for r in rows} == {0, 1}
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "text", "label"}
        assert isinstance(r["text"], str) and r["text"].strip()
        assert r["id"].startswith(PREFIX[file, r["label"]])
    assert (DEFAULT_SETS_DIR / name / "README.md").exists()
