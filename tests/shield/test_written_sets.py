"""Every written prompt-injection set is well formed: the trainer reads the training sets, the
benchmarks the blind ones. This checks the files only, never a detector's accuracy on them."""

from __future__ import annotations

import json
import re

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
    assert all(any((DEFAULT_SETS_DIR / name / f).exists() for f in FILES)
               for name in WRITTEN_SETS)


def _usage(name: str) -> str:
    """The "How it has been used" section of a set's README ("" when it has none)."""
    text = (DEFAULT_SETS_DIR / name / "README.md").read_text("utf-8")
    return text.split("## How it has been used", 1)[1] if "## How it has been used" in text else ""


def test_a_set_is_trained_on_only_once_its_readme_says_so() -> None:
    """A blind set becomes training data only after its measurement, and its README records
    from which release; the sets that do not say so (the current blind set) stay out."""
    opened = {name for name in SETS
              if re.search(r"(?i)it is training data|training data from", _usage(name))}
    assert set(WRITTEN_SETS) - opened <= {n for n in WRITTEN_SETS if n.startswith("authored_")}
    blind = {name for name in SETS if _usage(name)} - opened
    assert blind, "the current blind set is expected on disk"
    assert not blind & set(WRITTEN_SETS)


def test_the_calibration_sets_are_never_trained_on_and_say_what_they_calibrate() -> None:
    from confide.train.encoder import CALIBRATION_SETS

    assert set(CALIBRATION_SETS) <= set(SETS)
    assert not set(CALIBRATION_SETS) & set(WRITTEN_SETS)
    for name in CALIBRATION_SETS:
        assert re.search(r"(?i)calibrat", _usage(name)), name


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
