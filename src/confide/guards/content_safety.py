"""Content safety: harmful requests (user channel) and harmful content (output channel).

Categories: `self_harm` (escalated: a person in crisis needs a human), `violence`,
`sexual_minors`, `illegal` (drug, weapon and crime instructions) and `hate` (blocked).

Two detectors, both shipped as data:

- an intent lexicon (`confide/data/models/safety/lexicon.yaml`, English, German, Spanish
  and French): a rule fires when a sentence has a request or instruction frame, a harmful
  act and a target (a person, not a process or a weed), unless a context rule excuses it (a
  game, fiction, a definition, a historical question, an accident, a safety or clinical
  question, an absurd premise). The shipped default, `mode="lexicon"`;
- a small linear model over hashed word n-grams (`model.npz` + `model.json`, trained by
  `python -m confide.train safety` on `datasets/safety/`), which adds per-category
  probabilities. In `mode="lexicon+model"` the model can only raise a category the lexicon
  scored above `model_gate`, or flag alone above `model_alone_threshold`; measured, it adds
  nothing to the lexicon on held-out data, so it is not the default.
"""

from __future__ import annotations

import json
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np
import yaml

try:  # the regex parser, for literal gates (Python 3.11+ names, then older ones)
    import re._constants as _C  # type: ignore[import-not-found]
    import re._parser as _P  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

from confide.guards.base import GuardContext
from confide.verdict import Action, Channel, Entity, Verdict

CATEGORIES = ("self_harm", "violence", "sexual_minors", "illegal", "hate")
LABELS = ("safe", *CATEGORIES)
INPUT_REASON = "input.unsafe_request"
OUTPUT_REASON = "output.unsafe_content"
DEFAULT_ACTIONS: Mapping[str, Action] = {"self_harm": Action.ESCALATE, "violence": Action.BLOCK,
                                         "sexual_minors": Action.BLOCK, "illegal": Action.BLOCK,
                                         "hate": Action.BLOCK}
_DATA = "data/models/safety"
_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;]+|\n|$)")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u00e4": "ae", "\u00f6": "oe", "\u00fc": "ue", "\u00df": "ss"})
_TOKEN = re.compile(r"[a-z0-9']+")
_GROUP_REF = re.compile(r"\{([A-Z_]+)\}")


def normalise(text: str) -> str:
    """The form every safety detector reads: NFKC, lower case, straight quotes, German
    umlauts transliterated (ä -> ae, ß -> ss) and other accents removed (é -> e, ñ -> n)."""
    low = unicodedata.normalize("NFKC", text).lower().translate(_QUOTES)
    if low.isascii():
        return low
    return "".join(ch for ch in unicodedata.normalize("NFKD", low)
                   if not unicodedata.combining(ch))


# -- hashed n-gram features (shared with the training script) -------------------------------
def feature_indices(text: str, dim: int) -> list[int]:
    """Hashed word unigrams, bigrams and word-boundary char 4-grams of `text`."""
    tokens = _TOKEN.findall(normalise(text))
    feats = [f"w:{t}" for t in tokens]
    feats += [f"b:{a} {b}" for a, b in pairwise(tokens)]
    for t in tokens:
        padded = f" {t} "
        feats += [f"c:{padded[i:i + 4]}" for i in range(max(1, len(padded) - 3))]
    return sorted({zlib.crc32(f.encode()) % dim for f in feats})


@dataclass(frozen=True)
class LinearModel:
    """Softmax regression over hashed features, stored sparsely (rows of seen features)."""

    dim: int
    labels: tuple[str, ...]
    rows: np.ndarray  # sorted feature indices with non-zero weights
    weights: np.ndarray  # (len(rows), n_labels)
    bias: np.ndarray  # (n_labels,)
    version: str

    def predict(self, text: str) -> dict[str, float]:
        idx = np.asarray(feature_indices(text, self.dim), dtype=np.int64)
        z = self.bias.astype(np.float64).copy()
        if idx.size:
            pos = np.searchsorted(self.rows, idx)
            pos = np.clip(pos, 0, max(0, len(self.rows) - 1))
            hit = self.rows[pos] == idx if len(self.rows) else np.zeros(idx.size, bool)
            if hit.any():
                z += self.weights[pos[hit]].sum(axis=0) / np.sqrt(idx.size)
        z -= z.max()
        p = np.exp(z)
        p /= p.sum()
        return {label: float(v) for label, v in zip(self.labels, p, strict=True)}


def save_model(path_npz: str, path_json: str, model: LinearModel, meta: Mapping[str, Any]) -> None:
    """Write `model` as an `.npz` of arrays and a JSON card (no pickle)."""
    np.savez_compressed(path_npz, rows=model.rows.astype(np.int32),
                        weights=model.weights.astype(np.float32),
                        bias=model.bias.astype(np.float32))
    card = {"dim": model.dim, "labels": list(model.labels), "version": model.version, **meta}
    with open(path_json, "w", encoding="utf-8") as fh:
        json.dump(card, fh, indent=1, sort_keys=True)
        fh.write("\n")


@lru_cache(maxsize=1)
def load_model() -> LinearModel | None:
    """The shipped model, or None when it has not been trained yet."""
    base = resources.files("confide").joinpath(_DATA)
    npz, card = base.joinpath("model.npz"), base.joinpath("model.json")
    if not (npz.is_file() and card.is_file()):
        return None
    meta = json.loads(card.read_text(encoding="utf-8"))
    with resources.as_file(npz) as p, np.load(p, allow_pickle=False) as arrays:
        return LinearModel(dim=int(meta["dim"]), labels=tuple(meta["labels"]),
                           rows=arrays["rows"].astype(np.int64), weights=arrays["weights"],
                           bias=arrays["bias"], version=str(meta["version"]))


# -- the lexicon ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Rule:
    category: str
    score: float
    all: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    unless_sentence: tuple[re.Pattern[str], ...]
    channels: frozenset[str]
    needs_any: tuple[str, ...] = ()  # literal gate: one must occur in the normalised text

    @cached_property
    def prefilter(self) -> tuple[re.Pattern[str], ...]:
        """Required patterns that cannot depend on sentence edges: absent from the whole
        text means the rule cannot fire in any sentence of it."""
        return tuple(p for p in self.all
                     if not any(tok in p.pattern for tok in ("^", "(?!", "(?<", "$")))


def _required_literals(seq: Any) -> set[str] | None:
    """Strings of which every match of the parsed regex `seq` contains at least one (None
    when no such set is known). Sound by construction: only consuming, mandatory items
    contribute; a branch contributes the union of its alternatives."""
    best: set[str] | None = None
    run = ""

    def consider(cand: set[str] | None) -> None:
        nonlocal best
        if cand and (best is None or (min(map(len, cand)), -len(cand))
                     > (min(map(len, best)), -len(best))):
            best = cand

    for op, av in seq:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if run:
            consider({run})
            run = ""
        if op is _C.BRANCH:
            subs = [_required_literals(alt) for alt in av[1]]
            if all(sub for sub in subs):
                consider(set().union(*subs))  # type: ignore[arg-type]
        elif op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            consider(_required_literals(av[3]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            consider(_required_literals(av[2]))
    if run:
        consider({run})
    return best


def literal_gate(pattern: re.Pattern[str], min_len: int = 3) -> tuple[str, ...] | None:
    """A fast necessary condition for `pattern.search(text)`: one of these substrings occurs
    in `text`. None when the pattern has no such set with strings of `min_len` or more."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        lits = _required_literals(list(_P.parse(pattern.pattern)))
    except Exception:  # an unparsable or unknown construct: no gate
        return None
    if not lits or min(map(len, lits)) < min_len:
        return None
    kept: list[str] = []
    for lit in sorted(lits, key=len):
        if not any(k in lit for k in kept):
            kept.append(lit)
    return tuple(kept)


def top_alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of `pattern` (after unwrapping a `(?:...)` group that spans
    it), or None when it has only one. `search` finds a match iff one alternative does."""
    while True:
        parts: list[str] = []
        depth, start, i, n = 0, 0, 0, len(pattern)
        first_close = -1
        while i < n:
            c = pattern[i]
            if c == "\\":
                i += 2
                continue
            if c == "[":  # a class: skip to its end ("]" first, or after "^", is literal)
                i += 2 if pattern.startswith("[^", i) else 1
                if i < n and pattern[i] == "]":
                    i += 1
                while i < n and pattern[i] != "]":
                    i += 2 if pattern[i] == "\\" else 1
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0 and first_close < 0:
                    first_close = i
            elif c == "|" and depth == 0:
                parts.append(pattern[start:i])
                start = i + 1
            i += 1
        if parts:
            return [*parts, pattern[start:]]
        if pattern.startswith("(?:") and first_close == n - 1:
            pattern = pattern[3:-1]
            continue
        return None


@dataclass(frozen=True)
class Gate:
    """Substrings of which a text must contain one, indexed by their first three
    characters (every literal of a gate has three or more). With `owners`, a literal only
    opens the branch alternatives it stands for, and one of those must also hold one
    string of each of its `needs` sets, and be a whole word of the text when it is one of
    `words` (see `alternative_gate`)."""

    literals: tuple[str, ...]
    heads: frozenset[str]
    by_head: Mapping[str, tuple[str, ...]]
    owners: Mapping[str, tuple[int, ...]] | None = None
    needs: tuple[tuple[tuple[str, ...], ...], ...] = ()
    words: Mapping[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, literals: tuple[str, ...], owners: Mapping[str, tuple[int, ...]] | None = None,
           needs: tuple[tuple[tuple[str, ...], ...], ...] = (),
           words: Mapping[int, str] | None = None) -> Gate:
        by_head: dict[str, list[str]] = {}
        for lit in literals:
            by_head.setdefault(lit[:3], []).append(lit)
        return cls(literals, frozenset(by_head), {h: tuple(v) for h, v in by_head.items()},
                   owners, needs, dict(words or {}))

    def passes(self, text: str, trigrams: set[str] | None = None,
               words: Callable[[], set[str]] | None = None) -> bool:
        """Whether `text` can match (`trigrams`: its 3-character substrings, and `words`:
        what gives its `word_runs`, if known)."""
        if trigrams is None:
            heads: Iterable[str] = ()
            present: Iterable[str] = filter(text.__contains__, self.literals)
        else:
            heads = self.heads.intersection(trigrams)
            present = (x for h in heads for x in self.by_head[h] if x in text)
        first = next(iter(present), None)
        if first is None or self.owners is None:
            return first is not None
        owners, needs, whole = self.owners, self.needs, self.words
        if trigrams is None:  # `present` goes on after `first`
            opened = {i for x in (first, *present) for i in owners[x]}
        else:
            opened = {i for h in heads for x in self.by_head[h] if x in text
                      for i in owners[x]}
        runs: set[str] | None = None
        for i in opened:
            if i in whole:
                if runs is None:
                    runs = words() if words is not None else word_runs(text)
                if whole[i] not in runs:
                    continue
            if all(any(map(text.__contains__, strings)) for strings in needs[i]):
                return True
        return False


_WORD_RUN = re.compile(r"\w+")


def word_runs(text: str) -> set[str]:
    """Every maximal run of word characters of `text` (what a word between two word
    boundaries can match)."""
    return set(_WORD_RUN.findall(text))


_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


def _literal_sets(seq: Any) -> list[set[str]]:
    """Sets of strings such that every match of the parsed regex `seq` contains one string
    of each set (sound as `_required_literals`; a branch gives one set, the union of one
    set of each alternative; a case-insensitive group gives none)."""
    sets: list[set[str]] = []
    run = ""
    for op, av in seq:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if run:
            sets.append({run})
            run = ""
        if op is _C.BRANCH:
            subs = [_best(_literal_sets(alt)) for alt in av[1]]
            if all(subs):
                sets.append(set().union(*subs))  # type: ignore[arg-type]
        elif op is _C.SUBPATTERN:
            if not av[1] & re.IGNORECASE:
                sets.extend(_literal_sets(av[3]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            sets.extend(_literal_sets(av[2]))
    if run:
        sets.append({run})
    return sets


def _best(sets: list[set[str]]) -> set[str] | None:
    """The most selective set: longest shortest string, then fewest strings."""
    return max(sets, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def alternative_gate(pattern: re.Pattern[str], min_len: int = 3) -> Gate | None:
    """For a pattern that is one branch (give or take zero-width assertions and groups):
    a gate whose literals (one set per alternative, strings of `min_len` or more) each open
    their alternatives, which must then hold all their other required strings. None when
    the pattern has another shape or an alternative has no such set."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        seq: Any = list(_P.parse(pattern.pattern))
    except Exception:  # an unparsable or unknown construct: no gate
        return None
    bounded_before = bounded_after = False  # a `\b` right before / after the branch
    while True:
        at = [k for k, (op, _) in enumerate(seq) if op not in _ZERO_WIDTH]
        if len(at) != 1:
            return None
        bounded_before |= any(op is _C.AT and av is _C.AT_BOUNDARY for op, av in seq[:at[0]])
        bounded_after |= any(op is _C.AT and av is _C.AT_BOUNDARY for op, av in seq[at[0] + 1:])
        op, av = seq[at[0]]
        if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
            seq = av[3]
            continue
        if op is not _C.BRANCH:
            return None
        break
    owners: dict[str, list[int]] = {}
    needs: list[tuple[tuple[str, ...], ...]] = []
    words: dict[int, str] = {}
    for i, alt in enumerate(av[1]):
        sets = _literal_sets(alt)
        key = _best(sets)
        if not key or min(map(len, key)) < min_len:
            return None
        for lit in key:
            owners.setdefault(lit, []).append(i)
        needs.append(tuple(tuple(sorted(x)) for x in sets if x is not key))
        word = "".join(chr(a) for o, a in alt if o is _C.LITERAL)
        if (bounded_before and bounded_after and len(word) == len(alt)
                and _WORD_RUN.fullmatch(word)):
            words[i] = word  # the alternative is this word, between two `\b`
    if not any(needs) and not words:
        return None  # nothing beyond the literals themselves: the plain gate is as good
    return Gate.of(tuple(owners), {k: tuple(v) for k, v in owners.items()}, tuple(needs),
                   words)


def trigrams(text: str) -> set[str]:
    """Every 3-character substring of `text`."""
    return set(map("".join, zip(text, text[1:], text[2:], strict=False)))


Piece = tuple[re.Pattern[str], Gate | None]


def search_plan(pattern: re.Pattern[str]) -> tuple[Piece, ...]:
    """How to test `pattern.search(text) is not None` cheaply: its top-level alternatives
    (or the pattern itself when it does not split), each behind its literal gate; the
    pattern matches iff one of them passes its gate and matches."""
    parts = _split(pattern) or (pattern,)
    return tuple((q, alternative_gate(q) or (Gate.of(lits) if (lits := literal_gate(q))
                                            else None)) for q in parts)


def _split(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    src = pattern.pattern
    if "(?P=" in src or re.search(r"\\\d", src) or re.match(r"\(\?[a-zA-Z]+\)", src):
        return None  # group references or inline global flags: keep it whole
    parts = top_alternatives(src)
    if not parts:
        return None
    pieces = tuple(re.compile(part, pattern.flags) for part in parts)
    if sum(q.groups for q in pieces) != pattern.groups:
        return None  # a split inside a group: never expected, keep it whole
    return pieces


@dataclass(frozen=True)
class Lexicon:
    version: str
    rules: tuple[Rule, ...]  # every language
    rules_en: tuple[Rule, ...] = ()  # the same rules with the `*_ML` groups switched off
    gate: re.Pattern[str] | None = None  # a hit (or non-ASCII text) selects `rules`
    # how each pattern is searched (see `search_plan`); a pattern without one is searched whole
    plans: Mapping[re.Pattern[str], tuple[Piece, ...]] = field(default_factory=dict)

    def rules_for(self, normalised: str, original: str) -> tuple[Rule, ...]:
        """All rules when the text may be German, Spanish or French; else the cheaper
        English-only compilation (same verdicts on English text, less regex work)."""
        if not self.rules_en or self.gate is None or not original.isascii():
            return self.rules
        # ASCII text keeps its offsets when normalised, so a hit can be read in the original
        signal = any(not _STATE_CODE.match(original, m.start())
                     for m in self.gate.finditer(normalised))
        return self.rules if signal else self.rules_en


# A US state code before a ZIP ("Springfield, IL 62704"): "IL" or "NE" is no sign of French
_STATE_CODE = re.compile(r"[A-Z]{2}\s{1,3}\d{5}\b")


_ML_BRANCH = re.compile(r"\|(?:\\b|\^\\W\*)?(?:\(\?:)?\{[A-Z_]+_ML\}\)?(?:\\b)?(?=\||$)")
_NEVER = "\\b\\B"  # a boundary that is not a boundary: fails at once


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped intent lexicon, compiled twice: all languages, and English only."""
    raw = yaml.safe_load(resources.files("confide").joinpath(f"{_DATA}/lexicon.yaml")
                         .read_text(encoding="utf-8"))
    groups = {k: "|".join(v) if isinstance(v, list) else v for k, v in raw["groups"].items()}

    def build(english_only: bool) -> tuple[Rule, ...]:
        def expand(pattern: str, depth: int = 0) -> str:
            if depth > 4:
                raise ValueError("lexicon groups nest too deeply")
            if english_only:  # drop a whole `|\b(?:{X_ML})\b` branch: keeps re's fast paths
                pattern = _ML_BRANCH.sub("", pattern)

            def sub(m: re.Match[str]) -> str:
                name = m.group(1)
                if english_only and name.endswith("_ML"):
                    return _NEVER
                return "(?:" + expand(groups[name], depth + 1) + ")"

            return _GROUP_REF.sub(sub, pattern)

        compiled: dict[str, re.Pattern[str]] = {}

        def compile_(pattern: str) -> re.Pattern[str]:
            # one object per distinct pattern: lexicon_scores memoises results per object
            if pattern not in compiled:
                compiled[pattern] = re.compile(expand(pattern))
            return compiled[pattern]

        return tuple(
            Rule(category=r["category"], score=float(r["score"]),
                 all=tuple(compile_(p) for p in r["all"]),
                 unless=tuple(compile_(p) for p in r.get("unless", ())),
                 unless_sentence=tuple(compile_(p) for p in r.get("unless_sentence", ())),
                 channels=frozenset(r.get("channels", ("user", "document", "output"))),
                 needs_any=tuple(r.get("needs_any", ())))
            for r in raw["rules"])

    rules = build(False)
    for r in rules:
        if r.category not in CATEGORIES:
            raise ValueError("lexicon rule with an unknown category")
    gate = raw.get("language_gate")
    rules_en = build(True) if gate else ()
    patterns = {p for r in (*rules, *rules_en) for p in (*r.all, *r.unless, *r.unless_sentence)}
    return Lexicon(version=str(raw["version"]), rules=rules, rules_en=rules_en,
                   gate=re.compile(gate) if gate else None,
                   plans={p: search_plan(p) for p in patterns})


_MAX_SENTENCE = 320  # longer runs are scanned in overlapping windows (bounded regex cost)
_WINDOW_STEP = 200


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    for m in _SENTENCE.finditer(text):
        if not m.group().strip():
            continue
        start, end = m.span()
        if end - start <= _MAX_SENTENCE:
            yield start, end
            continue
        for s in range(start, end, _WINDOW_STEP):
            yield s, min(end, s + _MAX_SENTENCE)
            if s + _MAX_SENTENCE >= end:
                break


def lexicon_scores(text: str, channel: str,
                   lexicon: Lexicon | None = None) -> tuple[dict[str, float],
                                                          dict[str, list[tuple[int, int]]]]:
    """Per-category scores of the lexicon, and the sentence spans where each rule fired."""
    lex = lexicon or load_lexicon()
    whole = normalise(text)
    scores = dict.fromkeys(CATEGORIES, 0.0)
    spans: dict[str, list[tuple[int, int]]] = {c: [] for c in CATEGORIES}
    found: dict[re.Pattern[str], bool] = {}  # many rules share a pattern: search it once

    plans = lex.plans
    whole_grams = trigrams(whole) if plans else set()
    runs: list[set[str]] = []  # the whole text's word runs, once a gate needs them

    def whole_runs() -> set[str]:
        if not runs:
            runs.append(word_runs(whole))
        return runs[0]

    def hit(p: re.Pattern[str], s: str) -> bool:
        r = found.get(p)
        if r is None:
            plan = plans.get(p)
            if plan is not None and s is whole:  # the long text: indexed gates
                r = any((gate is None or gate.passes(s, whole_grams, whole_runs))
                        and q.search(s) is not None for q, gate in plan)
            elif plan is not None:  # a sentence: short, plain substring checks
                r = any((gate is None or gate.passes(s)) and q.search(s) is not None
                        for q, gate in plan)
            else:
                r = p.search(s) is not None
            found[p] = r
        return r

    active = [r for r in lex.rules_for(whole, text) if channel in r.channels
              and (not r.needs_any or any(w in whole for w in r.needs_any))
              and all(hit(p, whole) for p in r.prefilter)]
    if not active:
        return scores, spans
    whole_found = found
    excused: dict[int, bool] = {}  # id(rule) -> the whole-text `unless`, looked up only once needed
    for start, end in _sentences(text):
        sentence = normalise(text[start:end]).strip()
        found = {}
        for rule in active:
            if all(hit(p, sentence) for p in rule.all) and not any(
                    hit(p, sentence) for p in rule.unless_sentence):
                if id(rule) not in excused:
                    found, sentence_found = whole_found, found
                    excused[id(rule)] = any(hit(p, whole) for p in rule.unless)
                    found = sentence_found
                if excused[id(rule)]:
                    continue
                scores[rule.category] = max(scores[rule.category], rule.score)
                spans[rule.category].append((start, end))
    return scores, spans


class ContentSafetyGuard:
    """Flags self-harm, violence, sexual content involving minors, illegal instructions, hate."""

    name = "content_safety"

    def __init__(self, channel: Channel | str = Channel.OUTPUT, *, mode: str = "lexicon",
                 threshold: float = 0.5, model_gate: float = 0.3,
                 model_alone_threshold: float = 0.9,
                 actions: Mapping[str, Action | str] | None = None) -> None:
        if mode not in ("lexicon", "model", "lexicon+model"):
            raise ValueError("mode must be 'lexicon', 'model' or 'lexicon+model'")
        self.channel = Channel(channel)
        self.mode = mode
        self.threshold = threshold
        self.model_gate = model_gate
        self.model_alone_threshold = model_alone_threshold
        self.actions = {c: Action(a) for c, a in {**DEFAULT_ACTIONS, **(actions or {})}.items()}
        self.reason = OUTPUT_REASON if self.channel is Channel.OUTPUT else INPUT_REASON
        self._lexicon = load_lexicon()
        self._model = load_model() if "model" in mode else None
        model_version = self._model.version if self._model else "none"
        self.version = f"lex-{self._lexicon.version}+model-{model_version}"

    def category_scores(self, text: str) -> tuple[dict[str, float],
                                                  dict[str, list[tuple[int, int]]]]:
        """Per-category scores (0-1) and the spans that support them."""
        lex, spans = lexicon_scores(text, self.channel.value, self._lexicon)
        if self.mode == "lexicon" or self._model is None:
            if self.mode == "model":
                raise RuntimeError("content-safety model is not trained")
            return lex, spans
        probs = self._model.predict(text)
        scores: dict[str, float] = {}
        for c in CATEGORIES:
            p = probs.get(c, 0.0)
            if self.mode == "model":
                scores[c] = p
            elif lex[c] >= self.model_gate:
                scores[c] = max(lex[c], p)
            else:
                scores[c] = p if p >= self.model_alone_threshold else min(lex[c], p)
            if scores[c] >= self.threshold and not spans[c]:
                spans[c] = [(0, len(text))]
        return scores, spans

    def check(self, text: str, ctx: GuardContext) -> Verdict:
        """Score `text` per category; flagged categories decide the action."""
        scores, spans = self.category_scores(text)
        flagged = [c for c in CATEGORIES if scores[c] >= self.threshold]
        detectors = {self.name: self.version}
        top = max(scores.values(), default=0.0)
        all_scores = {self.name: top, **{f"{self.name}.{c}": s for c, s in scores.items()}}
        if not flagged:
            return Verdict(scores=all_scores, detectors=detectors)
        action = max((self.actions[c] for c in flagged), key=lambda a: a.severity)
        entities = tuple(sorted(
            (Entity(f"UNSAFE_{c.upper()}", s, e, round(scores[c], 4), self.name)
             for c in flagged for s, e in spans[c]), key=lambda x: (x.start, x.end)))
        reasons = (self.reason, *(f"{self.reason}.{c}" for c in flagged))
        return Verdict(action=action, reasons=reasons, scores=all_scores, entities=entities,
                       detectors=detectors)
