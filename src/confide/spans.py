"""Keeping non-overlapping spans of a text, in time linear in their lengths."""

from __future__ import annotations


class SpanSet:
    """The characters of the spans accepted so far. `free` asks whether a span shares no
    character with them: one pass over the span, not one test per accepted span (a text full
    of short matches made the pairwise test quadratic)."""

    __slots__ = ("_taken",)

    def __init__(self, length: int = 0) -> None:
        self._taken = bytearray(max(0, length))

    def free(self, start: int, end: int) -> bool:
        """True when no accepted span covers a character of [start, end)."""
        return not any(self._taken[max(0, start):end])

    def add(self, start: int, end: int) -> None:
        """Accept [start, end) (the set grows to hold it)."""
        if end > len(self._taken):
            self._taken.extend(bytes(end - len(self._taken)))
        if end > start:
            self._taken[start:end] = b"\x01" * (end - start)
