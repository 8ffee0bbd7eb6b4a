"""Per-conversation pseudonymisation: stable placeholders in, real values back out on request.

One `Pseudonymizer` per conversation. `apply` replaces detected spans by placeholders such as
`<PERSON_1>` or `<US_SSN_1>`; the same value (compared without case, extra whitespace or
phone-style punctuation) gets the same placeholder in every turn. Secrets become `<SECRET_n>`
and are never stored, so they can never be restored. `restore` puts real values back for the
allowed types only. Text that merely looks like a placeholder (typed by a user, or inside a
document) is defused in `apply`, so `restore` can never turn it into someone's value.
`to_dict`/`from_dict` give the mapping as plain data for the runtime to store encrypted.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from confide.spans import SpanSet
from confide.verdict import Entity

FORMAT_VERSION = 1
SECRET_PREFIX = "SECRET"  # noqa: S105
PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*?)_([1-9][0-9]{0,6})>")
# Types whose values compare by their digits (and letters) alone: "555-123-4567" == "5551234567"
_COMPACT_TYPES = frozenset({
    "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "US_NPI", "US_DRIVER_LICENSE",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "POLICY_NUMBER", "CLAIM_NUMBER",
})
_DEFUSE = str.maketrans({"<": "\u2039", ">": "\u203a"})  # ‹ ›


def is_secret_type(entity_type: str) -> bool:
    """True for secret entity types (`SECRET_API_KEY`, `SECRET_PASSWORD`, ...)."""
    return entity_type == SECRET_PREFIX or entity_type.startswith(SECRET_PREFIX + "_")


def normalize_value(entity_type: str, value: str) -> str:
    """The form two values of one type are compared in."""
    if entity_type in _COMPACT_TYPES:
        return "".join(ch for ch in value.casefold() if ch.isalnum())
    return " ".join(value.casefold().split())


def defuse_placeholders(text: str) -> str:
    """Rewrite placeholder-shaped text (`<PERSON_1>` -> `‹PERSON_1›`) so it cannot be restored."""
    return PLACEHOLDER.sub(lambda m: m.group(0).translate(_DEFUSE), text)


@dataclass
class _Entry:
    placeholder: str
    type: str
    value: str
    forms: list[str] = field(default_factory=list)


class Pseudonymizer:
    """The placeholder mapping of one conversation."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}           # placeholder -> entry
        self._by_key: dict[tuple[str, str], str] = {}   # (type, normalised value) -> placeholder
        self._counters: dict[str, int] = {}
        self._secret_key = secrets.token_bytes(32)      # in memory only: never serialised
        self._secret_ids: dict[bytes, str] = {}

    # ------------------------------------------------------------------ replacing
    def apply(self, text: str, entities: Iterable[Entity]) -> str:
        """`text` with every entity span replaced by its placeholder.

        Overlapping entities are resolved (secrets first, then the longer span); offsets must
        index `text`, else ValueError (the caller fails closed).
        """
        spans = self._select(text, entities)
        out: list[str] = []
        pos = 0
        for ent in spans:
            out.append(defuse_placeholders(text[pos:ent.start]))
            out.append(self._placeholder_for(ent.type, text[ent.start:ent.end]))
            pos = ent.end
        out.append(defuse_placeholders(text[pos:]))
        return "".join(out)

    @staticmethod
    def _select(text: str, entities: Iterable[Entity]) -> list[Entity]:
        chosen: list[Entity] = []
        taken = SpanSet(len(text))
        ranked = sorted(entities, key=lambda e: (not is_secret_type(e.type),
                                                 -(e.end - e.start), e.start))
        for ent in ranked:
            if not (0 <= ent.start < ent.end <= len(text)):
                raise ValueError(f"entity offsets out of range for a {ent.type} span")
            if taken.free(ent.start, ent.end):
                chosen.append(ent)
                taken.add(ent.start, ent.end)
        return sorted(chosen, key=lambda e: e.start)

    def _next(self, prefix: str) -> str:
        n = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = n
        return f"<{prefix}_{n}>"

    def _placeholder_for(self, entity_type: str, value: str) -> str:
        if is_secret_type(entity_type):
            digest = hmac.new(self._secret_key, value.strip().encode("utf-8"),
                              hashlib.sha256).digest()
            ph = self._secret_ids.get(digest)
            if ph is None:
                ph = self._secret_ids[digest] = self._next(SECRET_PREFIX)
            return ph
        key = (entity_type, normalize_value(entity_type, value))
        ph = self._by_key.get(key)
        if ph is None:
            ph = self._next(entity_type)
            self._by_key[key] = ph
            self._entries[ph] = _Entry(ph, entity_type, value, [value])
        elif value not in self._entries[ph].forms:
            self._entries[ph].forms.append(value)
        return ph

    # ------------------------------------------------------------------ restoring
    def restore(self, text: str, allowed_types: set[str] | frozenset[str]) -> str:
        """`text` with placeholders of `allowed_types` replaced by their real values.

        Unknown placeholders, secrets and types not allowed are left as they are.
        """
        def put_back(m: re.Match[str]) -> str:
            entry = self._entries.get(m.group(0))
            if entry is None or entry.type not in allowed_types or is_secret_type(entry.type):
                return m.group(0)
            return entry.value

        return PLACEHOLDER.sub(put_back, text)

    def values(self) -> frozenset[str]:
        """Every value this subject provided (as typed), for the output leak check."""
        return frozenset(form for e in self._entries.values() for form in e.forms)

    def placeholders(self) -> dict[str, str]:
        """Placeholder -> entity type, without values (safe to log)."""
        return {ph: e.type for ph, e in self._entries.items()}

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:  # never show values
        return f"Pseudonymizer({len(self._entries)} values)"

    # ------------------------------------------------------------------ storage
    def to_dict(self) -> dict[str, Any]:
        """The mapping as plain data (contains PII: the runtime stores it encrypted).

        Secrets are not included, not even hashed.
        """
        return {
            "version": FORMAT_VERSION,
            "counters": dict(self._counters),
            "entries": [{"placeholder": e.placeholder, "type": e.type, "value": e.value,
                         "forms": list(e.forms)} for e in self._entries.values()],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Pseudonymizer:
        """Rebuild a mapping saved by `to_dict`."""
        if data.get("version") != FORMAT_VERSION:
            raise ValueError("unsupported pseudonymizer format version")
        p = cls()
        p._counters = {str(k): int(v) for k, v in dict(data.get("counters", {})).items()}
        for raw in data.get("entries", []):
            entry = _Entry(str(raw["placeholder"]), str(raw["type"]), str(raw["value"]),
                           [str(f) for f in raw.get("forms", [raw["value"]])])
            if not PLACEHOLDER.fullmatch(entry.placeholder) or is_secret_type(entry.type):
                raise ValueError("malformed pseudonymizer entry")
            p._entries[entry.placeholder] = entry
            p._by_key[(entry.type, normalize_value(entry.type, entry.value))] = \
                entry.placeholder
        return p
