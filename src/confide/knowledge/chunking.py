"""Structure-aware chunking: sections by Markdown heading, packed by paragraph, with overlap.

A chunk never spans two sections; inside a section whole paragraphs are packed up to
`max_chars`, a longer paragraph is cut at sentence ends (then at spaces), and each new chunk
of a section starts with the last sentences or paragraphs of the previous one (up to
`overlap` characters). Every chunk keeps its position: the heading path above it and its
character span in the extracted text, with `text == source[start:end]` exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

MAX_CHARS = 900
OVERLAP = 150

# (the closing `#`s and blanks are stripped in Python: a lazy title before `[ \t#]*$` rescanned
# a long line from each of its characters)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+)$", re.M)
_FENCE = re.compile(r"^(```|~~~).*?(?:^\1[ \t]*$|\Z)", re.M | re.S)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a document: text, heading path and character span in the source."""

    seq: int
    text: str
    headings: tuple[str, ...]
    start: int
    end: int

    @property
    def indexed_text(self) -> str:
        """What retrieval matches: the heading path, then the text."""
        return " > ".join(self.headings) + "\n" + self.text if self.headings else self.text


def chunk_text(source: str, *, structured: bool = True, max_chars: int = MAX_CHARS,
               overlap: int = OVERLAP) -> list[Chunk]:
    """Chunks of `source`; Markdown `#` headings delimit sections when `structured`."""
    if max_chars < 50 or not 0 <= overlap < max_chars // 2:
        raise ValueError("need max_chars >= 50 and 0 <= overlap < max_chars / 2")
    chunks: list[Chunk] = []
    for headings, start, end in _sections(source, structured):
        units = [u for p in _paragraphs(source, start, end) for u in _split(source, p, max_chars)]
        for s, e in _pack(units, max_chars, overlap):
            chunks.append(Chunk(len(chunks), source[s:e], headings, s, e))
    return chunks


def _sections(source: str, structured: bool) -> list[tuple[tuple[str, ...], int, int]]:
    """(heading path, body start, body end) of every section, in order."""
    if not structured:
        return [((), 0, len(source))]
    out: list[tuple[tuple[str, ...], int, int]] = []
    path: list[tuple[int, str]] = []
    body_start = 0
    fences = [(f.start(), f.end()) for f in _FENCE.finditer(source)]  # in order, disjoint
    fence_starts = [a for a, _ in fences]
    for m in _HEADING.finditer(source):
        i = bisect_right(fence_starts, m.start()) - 1
        if i >= 0 and m.start() < fences[i][1]:  # a `#` comment in a code block
            continue
        out.append((tuple(t for _, t in path), body_start, m.start()))
        level = len(m.group(1))
        title = m.group(2).rstrip(" \t#") or m.group(2)[:1]
        path = [(lv, t) for lv, t in path if lv < level] + [(level, title.strip())]
        body_start = m.end()
    out.append((tuple(t for _, t in path), body_start, len(source)))
    return out


def _paragraphs(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the non-blank paragraphs between `start` and `end`."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in [*_BLANK_LINE.finditer(source, start, end), None]:
        s, e = pos, m.start() if m else end
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        if m:
            pos = m.end()
    return spans


def _split(source: str, span: tuple[int, int], max_chars: int) -> list[tuple[int, int]]:
    """A paragraph as one unit, or cut into sentence (then word) pieces of <= max_chars."""
    start, end = span
    if end - start <= max_chars:
        return [span]
    pieces: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(source, start, end):
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        pieces.append((pos, end))
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        while e - s > max_chars:  # a run-on sentence: cut at the last space that fits
            cut = source.rfind(" ", s + max_chars // 2, s + max_chars)
            cut = cut if cut > s else s + max_chars
            out.append((s, cut))
            s = cut
            while s < e and source[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


def _pack(units: list[tuple[int, int]], max_chars: int, overlap: int) -> list[tuple[int, int]]:
    """Greedy packing of consecutive units into spans of <= max_chars, with overlap."""
    spans: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    for unit in units:
        if current and unit[1] - current[0][0] > max_chars:
            spans.append((current[0][0], current[-1][1]))
            tail: list[tuple[int, int]] = []
            for u in reversed(current):
                if current[-1][1] - u[0] > overlap:
                    break
                tail.insert(0, u)
            current = tail if tail and unit[1] - tail[0][0] <= max_chars else []
        current.append(unit)
    if current:
        spans.append((current[0][0], current[-1][1]))
    return spans
