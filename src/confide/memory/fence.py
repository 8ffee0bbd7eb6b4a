"""Memory text as data: cleaning a fact before it is stored, fencing it on the way back in.

A fact is untrusted text (it is built from what a user said). `clean_fact` makes it safe to
store and to show a model again: Unicode is folded (NFKC), control characters become spaces,
placeholders from the source conversation (`<PERSON_1>`) become neutral type labels
(`[PERSON]`: the next conversation has its own pseudonym map, so a numbered placeholder
there could be restored to someone else's value), anything shaped like a `<data>` fence tag
is removed and every remaining angle bracket is defused, so a stored fact can neither open
nor close a fence nor forge any other tag. `fence_memories` wraps facts in `<data>` blocks
labelled `memory:<id>`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from confide.agent.context import fence
from confide.agent.llm.base import Snippet
from confide.pseudonymize import PLACEHOLDER

#: Longest fact kept (characters, after cleaning); longer facts are cut at a word boundary.
MAX_FACT_CHARS = 300

# After NFKC, full-width and small-form brackets are plain `<` `>`; these are look-alikes
# NFKC leaves alone, defused like the real ones.
_BRACKETS = str.maketrans({"<": "\u2039", ">": "\u203a", "\u2329": "\u2039", "\u232a": "\u203a",
                           "\u3008": "\u2039", "\u3009": "\u203a", "\u27e8": "\u2039",
                           "\u27e9": "\u203a"})
_FENCE_LIKE = re.compile(r"[<\u2039\u2329\u3008\u27e8]\s*/?\s*data\b[^>\u203a\u232a\u3009\u27e9]*"
                         r"[>\u203a\u232a\u3009\u27e9]?", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064"
                      r"\ufeff]")
_SPACES = re.compile(r"\s+")


def neutralize_placeholders(text: str) -> str:
    """`<PERSON_1>` -> `[PERSON]`: keeps what kind of value was there, not which one."""
    return PLACEHOLDER.sub(lambda m: f"[{m.group(1)}]", text)


def clean_fact(text: str) -> str:
    """A fact as it may be stored and shown to a model: one line, no tags, capped length;
    "" when nothing is left."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    text = neutralize_placeholders(text)
    text = _FENCE_LIKE.sub(" ", text)
    text = text.translate(_BRACKETS)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > MAX_FACT_CHARS:
        cut = text[:MAX_FACT_CHARS]
        space = cut.rfind(" ")
        text = (cut[:space] if space > MAX_FACT_CHARS // 2 else cut).rstrip() + "…"
    return text


def fence_memories(snippets: Iterable[Snippet]) -> str:
    """Memories as `<data source="memory:<id>">` blocks (one per fact), cleaned again so text
    that did not come through `MemoryStore` cannot break out either; "" for none."""
    blocks = []
    for s in snippets:
        text = clean_fact(s.text)
        if text:
            blocks.append(fence(text, s.source))
    return "\n".join(blocks)
