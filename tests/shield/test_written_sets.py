"""Every written prompt-injection set is well formed: the trainer reads the training sets, the
benchmarks the blind ones. This checks the files only, never a detector's accuracy on them."""

from __future__ import annotations

import json

import pytest

from confide.train.injection import DEFAULT_SETS_DIR, WRITTEN_SETS

FILES = ("injection_user.jsonl", "injection_document.jsonl")
# (set, file) of every written file: a set may hold one channel only (`eval_blind16_docs`)
WRITTEN_FILES = sorted((p.name, f) for p in DEFAULT_SETS_DIR.iterdir() for f in FILES
                       if (p / f).exists())
SETS = sorted({name for name, _ in WRITTEN_FILES})
PREFIX = {("injection_user.jsonl", 0): "u-ben-", ("injection_user.jsonl", 1): "u-atk-",
          ("injection_document.jsonl", 0): "d-cln-", ("injection_document.jsonl", 1): "d-inj-"}


def test_every_training_set_is_on_disk() -> None:
    assert set(WRITTEN_SETS) <= set(SETS)
    assert all((DEFAULT_SETS_DIR / name / f).exists() for name in WRITTEN_SETS for f in FILES)


def test_no_set_still_blind_is_trained_on() -> None:
    """A set whose README says it has not been used yet is for measuring only."""
    blind = {name for name in SETS
             if "Not yet used" in (DEFAULT_SETS_DIR / name / "README.md").read_text("utf-8")}
    assert blind, "the current blind set is expected on disk"
    assert not blind & set(WRITTEN_SETS)


@pytest.mark.parametrize(("name", "file"), WRITTEN_FILES)
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
