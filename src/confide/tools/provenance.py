"""Where an argument value came from: what the user said, the operator's text, untrusted text,
or nowhere (the model wrote it).

Text is compared in a normal form: Unicode NFKC, case-folded, every run of characters that
are not letters or digits replaced by one space, so `Jane  DOE` matches `jane doe` and
`555-123-4567` matches `555 123 4567`. Values are matched on word boundaries (`john` is not
found in `johnson`). A number-like value also matches with the separators between its
digits removed (`DE89 3704 0044` ~ `de8937040044`), and a numeric value matches the same
number written in the text (`1500` ~ `1,500.00`, sign ignored). A string found nowhere
whole is still `untrusted` when it embeds an identifier (e-mail address, URL, a token with
four or more digits) or a five-word phrase that appears in untrusted text and not in
trusted text: the model copied untrusted content into it.

Labels decide trust: `user` and `system` are trusted; `assistant` is the model's own
earlier text (a value found only there counts as `generated`); anything else (`memory`,
`knowledge:<doc>`, `tool:<name>`, unknown labels) is untrusted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from confide.tools.spec import DESTINATION_KEY, SENSITIVE_KEY, is_destination

__all__ = ["ArgumentProvenance", "ContextIndex", "Origin", "trace", "trust_of"]

SHINGLE = 5
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_DIGIT_GAP = re.compile(r"(?<=\d) (?=\d)")
_NUMBER_IN_TEXT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_NUMERIC_VALUE = re.compile(
    r"^[+\-]?[$€£¥]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:[$€£¥]|[A-Za-z]{3})?$")
_IDENTIFIERS = re.compile(
    r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"  # e-mail
    r"|[A-Za-z][A-Za-z0-9+.\-]*://[^\s<>\"']+"  # URL
    r"|[A-Za-z0-9]*\d[\d\s\-./]{2,}\d[A-Za-z0-9]*")  # a token with 4+ digits (loose)
MAX_DEPTH = 32
MAX_SCAN_CHARS = 20_000  # identifiers are looked for in the first characters of a value


class Origin(StrEnum):
    """Where a value was found (the most trusted place wins)."""

    USER = "user"
    SYSTEM = "system"
    UNTRUSTED = "untrusted"
    GENERATED = "generated"

    @property
    def trusted(self) -> bool:
        return self in (Origin.USER, Origin.SYSTEM)


def trust_of(label: str) -> str:
    """`trusted`, `model` or `untrusted` for a provenance label."""
    if label in ("user", "system"):
        return "trusted"
    if label == "assistant":
        return "model"
    return "untrusted"


def normalize(text: str) -> str:
    """The matching form of `text`: NFKC, case-folded, non-alphanumerics to single spaces,
    padded with one space each side."""
    t = _NON_ALNUM.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return f" {t} " if t else ""


def _joined(norm: str) -> str:
    return _DIGIT_GAP.sub("", norm)


def _numbers(text: str) -> frozenset[Decimal]:
    out: set[Decimal] = set()
    for m in _NUMBER_IN_TEXT.finditer(unicodedata.normalize("NFKC", text)):
        try:
            out.add(Decimal(m.group().replace(",", "")))
        except InvalidOperation:  # pragma: no cover - the regex only matches numbers
            continue
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class _Piece:
    label: str
    trust: str
    norm: str
    joined: str
    numbers: frozenset[Decimal]


@dataclass(frozen=True, slots=True)
class ArgumentProvenance:
    """Where one argument value (a leaf, by its path) came from. Never holds the value."""

    path: str
    origin: Origin
    sources: tuple[str, ...] = ()  # the labels it was found in (trusted ones if trusted)
    sensitive: bool = False
    destination: bool = False
    partial: bool = False  # untrusted content found inside a longer model-written value

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "origin": self.origin.value,
                             "sources": list(self.sources)}
        if self.sensitive:
            d["sensitive"] = True
        if self.destination:
            d["destination"] = True
        if self.partial:
            d["partial"] = True
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ArgumentProvenance:
        return cls(str(d["path"]), Origin(d["origin"]), tuple(d.get("sources") or ()),
                   bool(d.get("sensitive")), bool(d.get("destination")),
                   bool(d.get("partial")))


@dataclass(frozen=True, slots=True)
class _Value:
    norm: str
    joined: str
    number: Decimal | None


class ContextIndex:
    """The turn's context in matching form, built once and reused for every proposed call.

    `pieces` are `(provenance label, text)` pairs: everything this user said in the
    conversation, the operator's text, and every untrusted text the model saw.
    """

    def __init__(self, pieces: Iterable[tuple[str, str]]) -> None:
        self.pieces: list[_Piece] = []
        self._shingles: tuple[dict[str, set[str]], set[str]] | None = None
        for label, text in pieces:
            if not text:
                continue
            norm = normalize(text)
            self.pieces.append(_Piece(str(label)[:200], trust_of(str(label)), norm,
                                      _joined(norm), _numbers(text)))

    @property
    def has_untrusted(self) -> bool:
        """True when any untrusted text is in the context (so the model may be steered)."""
        return any(p.trust == "untrusted" for p in self.pieces)

    def where(self, value: _Value) -> dict[str, list[str]]:
        """The labels `value` is found in, grouped by trust."""
        found: dict[str, list[str]] = {"trusted": [], "model": [], "untrusted": []}
        for p in self.pieces:
            hit = (value.norm and (value.norm in p.norm or value.joined in p.joined)) or (
                value.number is not None and value.number in p.numbers)
            if hit and p.label not in found[p.trust]:
                found[p.trust].append(p.label)
        return found

    def origin_of(self, leaf: Any) -> tuple[Origin, tuple[str, ...], bool]:
        """(origin, labels, partial) of one leaf value."""
        value = _value_of(leaf)
        if value is None:
            return Origin.GENERATED, (), False
        found = self.where(value)
        if found["trusted"]:
            origin = Origin.USER if "user" in found["trusted"] else Origin.SYSTEM
            return origin, tuple(sorted(found["trusted"])), False
        if found["untrusted"]:
            return Origin.UNTRUSTED, tuple(sorted(found["untrusted"])), False
        if isinstance(leaf, str) and self.has_untrusted:
            labels = self._embedded_untrusted(leaf)
            if labels:
                return Origin.UNTRUSTED, tuple(sorted(labels)), True
        return Origin.GENERATED, tuple(found["model"]), False

    def _shingle_index(self) -> tuple[dict[str, set[str]], set[str]]:
        """Five-word phrases of untrusted text (with their labels) and of trusted text."""
        if self._shingles is None:
            untrusted: dict[str, set[str]] = {}
            trusted: set[str] = set()
            for p in self.pieces:
                if p.trust == "model":
                    continue
                for phrase in _phrases(p.norm):
                    if p.trust == "trusted":
                        trusted.add(phrase)
                    else:
                        untrusted.setdefault(phrase, set()).add(p.label)
            self._shingles = (untrusted, trusted)
        return self._shingles

    def _embedded_untrusted(self, text: str) -> set[str]:
        """Labels of untrusted text that a longer model-written string copies from."""
        labels: set[str] = set()
        for m in _IDENTIFIERS.finditer(text[:MAX_SCAN_CHARS]):
            v = _value_of(m.group().strip(" .-/"))
            if v is not None:
                found = self.where(v)
                if found["untrusted"] and not found["trusted"]:
                    labels.update(found["untrusted"])
        untrusted, trusted = self._shingle_index()
        for phrase in _phrases(normalize(text)):
            if phrase in untrusted and phrase not in trusted:
                labels.update(untrusted[phrase])
        return labels


def _phrases(norm: str) -> set[str]:
    words = norm.split()
    return {" ".join(words[i:i + SHINGLE]) for i in range(0, max(0, len(words) - SHINGLE + 1))}


def _value_of(leaf: Any) -> _Value | None:
    """The matching forms of a leaf, or None when it cannot be found in text (booleans,
    null, empty strings)."""
    if leaf is None or isinstance(leaf, bool):
        return None
    if isinstance(leaf, int | float):
        try:
            number = abs(Decimal(str(leaf)))
        except InvalidOperation:
            return None
        norm = normalize(str(leaf)) if isinstance(leaf, int) else ""
        return _Value(norm, _joined(norm), number)
    if not isinstance(leaf, str):
        return None
    norm = normalize(leaf)
    if not norm:
        return None
    number = None
    stripped = leaf.strip()
    if _NUMERIC_VALUE.match(stripped):
        digits = re.sub(r"[^\d.]", "", stripped)
        try:
            number = Decimal(digits)
        except InvalidOperation:
            number = None
    return _Value(norm, _joined(norm), number)


# -- walking arguments with their schema ----------------------------------------------------
@dataclass(slots=True)
class _Flags:
    sensitive: bool | None = None  # explicit x-confide-sensitive, if any candidate has one
    destination: bool = False
    candidates: list[Mapping[str, Any]] = field(default_factory=list)


def _resolve(schema: Any, root: Mapping[str, Any], depth: int = 0) -> list[Mapping[str, Any]]:
    """A schema and the members of its combinators, local `$ref`s resolved (flattened)."""
    if not isinstance(schema, Mapping) or depth > 8:
        return []
    out: list[Mapping[str, Any]] = [schema]
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, Mapping) else None
        out += _resolve(target, root, depth + 1)
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key) or []:
            out += _resolve(sub, root, depth + 1)
    return out


def _flags(candidates: list[Mapping[str, Any]]) -> _Flags:
    f = _Flags(candidates=candidates)
    for c in candidates:
        if SENSITIVE_KEY in c:
            f.sensitive = bool(c[SENSITIVE_KEY]) or bool(f.sensitive)
        if is_destination(c) and c.get(DESTINATION_KEY, True) is not False:
            f.destination = True
    return f


def _child(candidates: list[Mapping[str, Any]], key: str | int,
           root: Mapping[str, Any]) -> tuple[list[Mapping[str, Any]], bool]:
    """The subschemas of a child and whether the key is declared by name."""
    subs: list[Mapping[str, Any]] = []
    declared = False
    for c in candidates:
        if isinstance(key, str):
            props = c.get("properties")
            if isinstance(props, Mapping) and key in props:
                declared = True
                subs += _resolve(props[key], root)
                continue
            for pattern, sub in (c.get("patternProperties") or {}).items():
                try:
                    if re.search(pattern, key):
                        subs += _resolve(sub, root)
                except re.error:
                    continue
            extra = c.get("additionalProperties")
            if isinstance(extra, Mapping):
                subs += _resolve(extra, root)
        else:
            prefix = c.get("prefixItems")
            if isinstance(prefix, list) and key < len(prefix):
                subs += _resolve(prefix[key], root)
            elif isinstance(c.get("items"), Mapping):
                subs += _resolve(c["items"], root)
    return subs, declared


def trace(arguments: Mapping[str, Any], schema: Mapping[str, Any],
          context: ContextIndex) -> tuple[ArgumentProvenance, ...]:
    """The provenance of every leaf value of `arguments` (recursively), with the schema's
    sensitive/destination flags (inherited by everything below a flagged property). Paths
    use declared property names and list indices; an undeclared key is shown as `*`, and
    the key itself, which the model chose and may carry data, is traced as `*:key`."""
    return tuple(p for p, _ in trace_values(arguments, schema, context))


def trace_values(arguments: Mapping[str, Any], schema: Mapping[str, Any],
                 context: ContextIndex) -> list[tuple[ArgumentProvenance, Any]]:
    """`trace` with each leaf's value (for checks inside the policy; never stored)."""
    out: list[tuple[ArgumentProvenance, Any]] = []

    def leaf(value: Any, path: str, sensitive: bool, destination: bool) -> None:
        origin, sources, partial = context.origin_of(value)
        out.append((ArgumentProvenance(path or "<root>", origin, sources, sensitive,
                                       destination, partial), value))

    def walk(value: Any, candidates: list[Mapping[str, Any]], path: str, sensitive: bool,
             destination: bool, depth: int) -> None:
        flags = _flags(candidates)
        dest = destination or flags.destination
        # A destination is sensitive unless marked `x-confide-sensitive: false` itself.
        here = sensitive or bool(flags.sensitive) or (dest and flags.sensitive is not False)
        if depth > MAX_DEPTH:
            out.append((ArgumentProvenance(path or "<root>", Origin.GENERATED, (), here, dest),
                        None))
            return
        if isinstance(value, Mapping):
            for key, item in value.items():
                subs, declared = _child(candidates, str(key), schema)
                name = str(key) if declared else "*"
                sub_path = f"{path}.{name}" if path else name
                if not declared:
                    leaf(str(key), f"{sub_path}:key", here, False)
                walk(item, subs, sub_path, here, dest, depth + 1)
            return
        if isinstance(value, list):
            for i, item in enumerate(value):
                subs, _ = _child(candidates, i, schema)
                walk(item, subs, f"{path}.{i}" if path else str(i), here, dest, depth + 1)
            return
        leaf(value, path, here, dest)

    walk(arguments, _resolve(schema, schema), "", False, False, 0)
    return out
