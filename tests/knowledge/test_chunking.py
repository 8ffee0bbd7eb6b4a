"""Chunking by structure: sections, paragraphs, long paragraphs, overlap, exact spans."""

from __future__ import annotations

import itertools

import pytest

from confide.knowledge.chunking import chunk_text
from tests.knowledge.conftest import DISCHARGE_MD


def test_sections_become_chunks_with_heading_paths_and_exact_spans() -> None:
    chunks = chunk_text(DISCHARGE_MD)
    assert [c.headings for c in chunks] == [
        ("Discharge instructions", "Medication"), ("Discharge instructions", "Wound care"),
        ("Discharge instructions", "When to call")]
    for i, c in enumerate(chunks):
        assert c.seq == i and DISCHARGE_MD[c.start:c.end] == c.text
        assert not c.text.startswith("#") and c.text == c.text.strip()
    assert chunks[0].indexed_text.startswith("Discharge instructions > Medication\n")


def test_heading_levels_reset_the_path() -> None:
    src = "# A\n\na\n\n## B\n\nb\n\n### C\n\nc\n\n## D\n\nd\n\n# E\n\ne\n"
    assert [c.headings for c in chunk_text(src)] == [
        ("A",), ("A", "B"), ("A", "B", "C"), ("A", "D"), ("E",)]


def test_code_fence_comments_are_not_headings() -> None:
    src = "# Setup\n\n```bash\n# install it\npip install x\n```\n\nDone.\n"
    chunks = chunk_text(src)
    assert all(c.headings == ("Setup",) for c in chunks)
    assert "# install it" in chunks[0].text


def test_long_sections_are_packed_by_paragraph_with_overlap() -> None:
    paras = [f"Paragraph {i} says something useful about topic {i}. It has a second "
             f"sentence too." for i in range(30)]
    src = "# Long\n\n" + "\n\n".join(paras) + "\n"
    chunks = chunk_text(src, max_chars=400, overlap=120)
    assert len(chunks) > 5
    for c in chunks:
        assert len(c.text) <= 400 and src[c.start:c.end] == c.text
    for a, b in itertools.pairwise(chunks):
        assert b.start < a.end  # consecutive chunks share the last paragraph
        assert b.start > a.start
    covered = "".join(src[c.start:c.end] for c in chunks)
    assert all(p in covered for p in paras)


def test_a_run_on_paragraph_is_cut_at_sentences_then_words() -> None:
    sentence = "This sentence is about dosing and timing of the medication. "
    src = sentence * 40 + "x" * 20 + " " + "word " * 300
    chunks = chunk_text(src, structured=False, max_chars=300, overlap=60)
    assert all(len(c.text) <= 300 for c in chunks)
    assert all(src[c.start:c.end] == c.text for c in chunks)
    assert chunks[-1].end == len(src.rstrip())


def test_plain_text_has_no_sections_and_bad_sizes_are_refused() -> None:
    chunks = chunk_text("# not a heading\n\ntext", structured=False)
    assert chunks[0].headings == () and chunks[0].text.startswith("# not")
    with pytest.raises(ValueError):
        chunk_text("x", max_chars=10)
    with pytest.raises(ValueError):
        chunk_text("x", max_chars=100, overlap=60)
    assert chunk_text("\n\n   \n") == []


@pytest.mark.parametrize("source", [
    "# a" + " " * 200_000 + "b",  # a heading line with a long run of blanks
    "# " + "# " * 100_000 + "x",
    "```\nx\n```\n# h\n" * 20_000,  # many headings and many code fences
])
def test_long_markdown_is_chunked_in_linear_time(source: str) -> None:
    """The heading pattern rescanned a long line from each character, and each heading was
    tested against every code fence: 50,000 characters took 6 s."""
    import time

    start = time.perf_counter()
    chunk_text(source, structured=True)
    assert time.perf_counter() - start < 2.0


def test_heading_titles_lose_their_closing_hashes() -> None:
    chunks = chunk_text("## Dosage ##\nTake one tablet.\n# C#\nA language.", structured=True)
    assert [c.headings for c in chunks] == [("Dosage",), ("C",)]
