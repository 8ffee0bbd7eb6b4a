"""Prompt-injection / jailbreak detection, one model per channel.

Every unit of a text (a user message and its sentences; a document's sentences and pairs of
neighbouring sentences) is scored by linear models over two views: hashed character + word
n-grams, and the shipped static sentence embedding (`confide.embeddings`). A second stage
turns the units' logits into one calibrated probability (how high the top unit is and how
much it stands out from the rest). Weights ship in `confide/data/models/injection/` (numpy
`.npz` + JSON metadata; no pickle). High-precision rules (`injection_rules`) add to the
model score. From `2026.11.21` a channel may also have a fine-tuned transformer
(`confide.guards.encoder`) whose logit shifts the n-gram model's, run only where it could
change the decision.
"""

from __future__ import annotations

import json
import re
import threading
import zlib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from confide.embeddings import Embedder, normalize
from confide.guards.base import GuardContext
from confide.guards.boilerplate import is_boilerplate
from confide.guards.encoder import EncoderLoadError, EncoderSpec, UnitEncoder, get_encoder
from confide.guards.injection_rules import rule_score
from confide.guards.mentions import mask_mentions
from confide.verdict import Action, Channel, Verdict

NAME = "injection"
REASON = "input.injection"
METADATA_FILE = "metadata.json"
FORMAT = "confide-injection-linear/2"


CALLERS = "callers"  # the audience the stored threshold is chosen for


class ModelVersionError(RuntimeError):
    """The shipped model is not the version a policy pinned (fail closed)."""


class ModelLoadError(RuntimeError):
    """The shipped model is missing or malformed (fail closed)."""


# --------------------------------------------------------------------------- features
@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """How text becomes a sparse vector: hashed in-word char n-grams + word n-grams."""

    char_ngram: tuple[int, int] = (2, 5)
    char_features: int = 2**18
    word_ngram: tuple[int, int] = (1, 2)
    word_features: int = 2**17
    max_chars: int = 4000

    @property
    def n_features(self) -> int:
        return self.char_features + self.word_features

    def to_dict(self) -> dict[str, Any]:
        return {"char_ngram": list(self.char_ngram), "char_features": self.char_features,
                "word_ngram": list(self.word_ngram), "word_features": self.word_features,
                "max_chars": self.max_chars}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FeatureConfig:
        return cls(char_ngram=tuple(d["char_ngram"]), char_features=int(d["char_features"]),
                   word_ngram=tuple(d["word_ngram"]), word_features=int(d["word_features"]),
                   max_chars=int(d["max_chars"]))


_WORD = re.compile(r"\w+")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_P = np.uint64(1_000_003)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads a polynomial hash over all 64 bits."""
    h = h ^ (h >> _S30)  # a new array: the steps below work in place on it
    h *= _M1
    h ^= h >> _S27
    h *= _M2
    h ^= h >> _S31
    return h


def _bucket(h: np.ndarray, n: int) -> np.ndarray:
    """`h % n` as int64 (a mask when `n` is a power of two: the same numbers, faster)."""
    if n & (n - 1) == 0:
        return (h & np.uint64(n - 1)).astype(np.int64)
    return (h % np.uint64(n)).astype(np.int64)


class Featurizer:
    """Stateless text → sparse matrix: hashed char n-grams inside space-padded words and
    word n-grams, raw counts, each block L2-normalised per row. Pure numpy (no fitted state),
    vectorised over a batch of texts; training and inference use this same code."""

    def __init__(self, config: FeatureConfig) -> None:
        self.config = config

    def _char_keys(self, words: list[str], word_unit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(unit, column) of every char n-gram (n-grams never cross a word)."""
        if not words:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        padded = " " + "  ".join(words) + " "  # each word between two spaces
        c = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        lens = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 2
        wid = np.repeat(np.arange(len(words)), lens)
        lo, hi = self.config.char_ngram
        units, cols = [], []
        h = c  # every step below makes a new array first: c stays as it is
        with np.errstate(over="ignore"):
            for n in range(2, hi + 1):
                h = h[:-1] * _P
                h += c[n - 1 :]
                if n < lo:
                    continue
                ok = wid[: len(h)] == wid[n - 1 :]
                hv = _mix(h[ok] + np.uint64(n) * _M2)
                cols.append(_bucket(hv, self.config.char_features))
                units.append(word_unit[wid[: len(h)][ok]])
        return np.concatenate(units), np.concatenate(cols)

    def _word_keys(self, tokens: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """(unit, column) of every word n-gram (n-grams never cross a unit)."""
        lo, hi = self.config.word_ngram
        flat = [t for toks in tokens for t in toks]
        if not flat:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        h = np.fromiter(map(zlib.crc32, map(str.encode, flat)), dtype=np.uint64,
                        count=len(flat))  # crc32 of the UTF-8 bytes
        unit = np.repeat(np.arange(len(tokens)), [len(toks) for toks in tokens])
        units, cols = [], []
        acc = h  # likewise
        with np.errstate(over="ignore"):
            for n in range(1, hi + 1):
                if n > 1:
                    acc = acc[:-1] * _P
                    acc += h[n - 1 :]
                if n < lo:
                    continue
                ok = unit[: len(acc)] == unit[n - 1 :]
                hv = _mix(acc[ok] + np.uint64(n) * _M1)
                cols.append(_bucket(hv, self.config.word_features))
                units.append(unit[: len(acc)][ok])
        return np.concatenate(units), np.concatenate(cols)

    def _entries(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Non-zero (row, column, value) of the feature matrix of `texts`."""
        cfg = self.config
        words: list[str] = []
        word_unit: list[int] = []
        tokens: list[list[str]] = []
        for u, t in enumerate(texts):
            t = t[: cfg.max_chars].lower()
            ws = t.split()
            words.extend(ws)
            word_unit.extend([u] * len(ws))
            tokens.append(_WORD.findall(t))
        cu, cc = self._char_keys(words, np.asarray(word_unit, np.int64))
        wu, wc = self._word_keys(tokens)
        nf = cfg.n_features
        keys = np.concatenate([cu * nf + cc, wu * nf + (wc + cfg.char_features)])
        uniq, counts = np.unique(keys, return_counts=True)
        rows, cols = uniq // nf, uniq % nf
        vals = counts.astype(np.float64)
        block = rows * 2 + (cols >= cfg.char_features)
        norms = np.sqrt(np.bincount(block, weights=vals * vals, minlength=2 * len(texts)))
        return rows, cols, (vals / norms[block]).astype(np.float32)

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        rows, cols, vals = self._entries(texts)
        return sparse.csr_matrix((vals, (rows, cols)),
                                 shape=(len(texts), self.config.n_features))

    def dot(self, texts: list[str], weights: np.ndarray) -> np.ndarray:
        """`transform(texts) @ weights` without building the matrix."""
        rows, cols, vals = self._entries(texts)
        return np.bincount(rows, weights=vals * weights[cols], minlength=len(texts))


# --------------------------------------------------------------------------- segmentation
_BATCH = 512  # units featurised at once (bounds memory on very long texts)
_SPLIT = re.compile(r"(?<=[.!?:;])\s+|\n+|\s*\|\s*")
_MAX_SEGMENT = 400


# a field label on its own ("Assistant physician:", "System status:", "- Agent:"): at most
# four words before the colon, perhaps after a bullet, no sentence punctuation in it
_LABEL = re.compile(r"(?:[-*•–]\s*)?[^\W\d_][^\s.!?:;|]*(?: [^\s.!?:;|]+){0,3}:")
# in documents a colon after a quote is a JSON/YAML key, not the end of a sentence
_SPLIT_DOC = re.compile(r"(?<=[.!?;])\s+|(?<=[^\"']:)\s+|\n+|\s*\|\s*")
_MIN_WORDS = 3


_LABEL_PARTS = 5  # a bullet and four words: a text with more whitespace-split parts is no label


def _is_fragment(piece: str, words: int, parts: int) -> bool:
    """A field label or a piece of under three words ("--", "Note", "P.S.", a table cell);
    `words` and `parts` are its `_WORD` and whitespace-split counts."""
    return words < _MIN_WORDS or (parts <= _LABEL_PARTS and _LABEL.fullmatch(piece) is not None)


def _join_fragments(pieces: list[str]) -> list[str]:
    """Each fragment joined to the piece after it (the last one to the piece before), so that
    a label is scored with its value and no unit is too short to judge ("Assistant:" alone
    reads like a fake conversation turn). Linear time: a run of fragments is counted as it
    grows, not re-read, and joined once."""
    out: list[str] = []
    carry: list[str] = []  # the fragments waiting for a piece
    carry_words = carry_parts = 0
    for piece in pieces:
        words = carry_words + len(_WORD.findall(piece))  # joined by a space, counts add up
        parts = carry_parts + len(piece.split())
        joined = " ".join([*carry, piece]) if carry and parts <= _LABEL_PARTS else piece
        if _is_fragment(joined, words, parts):
            carry.append(piece)
            carry_words, carry_parts = words, parts
        else:
            out.append(" ".join([*carry, piece]) if carry else piece)
            carry, carry_words, carry_parts = [], 0, 0
    if carry:
        if out:
            out[-1] = " ".join([out[-1], *carry])
        else:
            out.append(" ".join(carry))
    return out


def segments(text: str, join_fragments: bool = False, drop_boilerplate: bool = False,
             mask_quoted_examples: bool = False) -> list[str]:
    """Sentences/lines of a text, each at most a few hundred characters; `join_fragments`
    (documents) keeps field labels with their values and JSON keys with theirs, and joins
    pieces too short to judge to their neighbour; `drop_boilerplate` leaves out standard mail,
    calendar, help-desk and web lines (`boilerplate`), unless nothing else is left;
    `mask_quoted_examples` replaces quoted examples ("such as '...'") by a placeholder
    (`mentions`)."""
    if mask_quoted_examples:
        text = mask_mentions(text)
    split = _SPLIT_DOC if join_fragments else _SPLIT
    pieces = [p for p in (piece.strip() for piece in split.split(text)) if p]
    if drop_boilerplate:
        pieces = [p for p in pieces if not is_boilerplate(p)] or pieces
    if join_fragments:
        pieces = _join_fragments(pieces)
    out: list[str] = []
    for piece in pieces:
        for i in range(0, len(piece), _MAX_SEGMENT):
            out.append(piece[i : i + _MAX_SEGMENT])
    return out


def windows(text: str, join_fragments: bool = False, drop_boilerplate: bool = False,
            mask_quoted_examples: bool = False) -> list[str]:
    """Units a document is scored on: each segment and each pair of neighbouring segments.
    No cap: padding a document must not push an instruction out of view."""
    segs = segments(text, join_fragments, drop_boilerplate, mask_quoted_examples)
    if len(segs) == 1 and drop_boilerplate:
        return segs
    if len(segs) <= 1:
        return [text.strip() or text]
    units = segs + [segs[i] + " " + segs[i + 1] for i in range(len(segs) - 1)]
    return units


def units_for(channel: Channel, text: str, join_fragments: bool = False,
              drop_boilerplate: bool = False, mask_quoted_examples: bool = False) -> list[str]:
    """What the model of a channel scores: a message and its sentences, or a document's windows."""
    if channel is Channel.DOCUMENT:
        return windows(text, join_fragments, drop_boilerplate, mask_quoted_examples)
    segs = segments(text)
    return [text, *segs] if len(segs) > 1 else [text]


# --------------------------------------------------------------------------- model
N_AGG = 5


def aggregate(unit_logits: np.ndarray) -> np.ndarray:
    """Text-level features from its units' logits: how high the top unit is, and how much it
    stands out from the rest (an injected sentence is out of place in its document)."""
    z = np.sort(np.asarray(unit_logits, dtype=np.float64))[::-1]
    top, mean = z[0], float(z.mean())
    top2 = float(z[:2].mean())
    rest = float(np.median(z[1:])) if len(z) > 1 else top
    return np.array([top, top2, top - mean, top - rest, np.log1p(len(z))])


N_COHERENCE = 4
_COHERENCE_MAX = 256


def segment_units(channel: Channel, n_units: int) -> slice:
    """Which of `units_for(channel, text)` are the text's single segments."""
    if n_units <= 1:
        return slice(0, n_units)
    if channel is Channel.DOCUMENT:  # segments, then pairs of neighbours: 2n - 1 units
        return slice(0, (n_units + 1) // 2)
    return slice(1, n_units)  # the whole message, then its segments


def coherence(seg_emb: np.ndarray, seg_logits: np.ndarray) -> np.ndarray:
    """How out of place the suspicious segments are in their text. Two distances per segment:
    1 - cosine to the mean of the other segments (off the text's topic), and 1 - cosine to its
    nearest other segment (no neighbour like it: an FAQ heading has its answer nearby). For
    each: the distance of the top-scoring segment, and the largest distance × the segment's
    model probability. An off-task question inside a discharge leaflet is far on both."""
    n = len(seg_logits)
    if n < 2:
        return np.zeros(N_COHERENCE)
    others = seg_emb.sum(0)[None, :] - seg_emb
    norms = np.linalg.norm(others, axis=1)
    to_rest = 1.0 - (seg_emb * others).sum(1) / np.where(norms > 0, norms, 1.0)
    prob = 1.0 / (1.0 + np.exp(-np.clip(seg_logits, -30, 30)))
    # nearest-segment distances of at most _COHERENCE_MAX segments, the most suspicious ones
    # (all of them in any ordinary text): time and memory stay linear in a padded text
    top = int(np.argmax(seg_logits))
    if n <= _COHERENCE_MAX:
        gram = seg_emb @ seg_emb.T
        np.fill_diagonal(gram, -1.0)
        to_nearest = 1.0 - gram.max(1)
        return np.array([to_rest[top], float(np.max(to_rest * prob)),
                         to_nearest[top], float(np.max(to_nearest * prob))])
    cand = np.argsort(-seg_logits, kind="stable")[:_COHERENCE_MAX]  # holds `top`
    sims = seg_emb[cand] @ seg_emb.T
    sims[np.arange(len(cand)), cand] = -1.0
    to_nearest = 1.0 - sims.max(1)
    top_at = int(np.flatnonzero(cand == top)[0])
    return np.array([to_rest[top], float(np.max(to_rest * prob)),
                     to_nearest[top_at], float(np.max(to_nearest * prob[cand]))])


def unit_embeddings(embedder: Embedder, channel: Channel, units: list[str]) -> np.ndarray:
    """Sentence vectors of `units_for(channel, text)`, tokenizing each segment once: a pair
    of neighbouring segments (or a whole message) is the sum of its segments' token vectors."""
    n = len(units)
    if n <= 1:
        return embedder.embed(units)
    seg = segment_units(channel, n)
    sums = np.concatenate([embedder.token_sums(units[seg][i : i + _BATCH])
                           for i in range(0, seg.stop - seg.start, _BATCH)])
    if channel is Channel.DOCUMENT:
        full = np.concatenate([sums, sums[:-1] + sums[1:]])
    else:
        full = np.concatenate([sums.sum(0, keepdims=True), sums])
    return normalize(full)


def stage2_features(streams: list[np.ndarray], coh: np.ndarray | None = None) -> np.ndarray:
    """Second-stage input: `aggregate` of each stream of unit logits, side by side, then the
    coherence features when the model uses them."""
    parts = [aggregate(z) for z in streams]
    return np.concatenate(parts if coh is None else [*parts, coh])


@dataclass(frozen=True, slots=True)
class ChannelModel:
    """Weights, calibration and threshold of one channel's model.

    `mode` says how the views combine: `ngram` (n-grams only), `concat` (one linear model
    over n-grams and the sentence embedding) or `ensemble` (an n-gram model and an embedding
    model, each a stream of unit logits for the second stage)."""

    channel: Channel
    version: str
    weights: np.ndarray  # float32, shape (n_features,): n-gram weights
    bias: float
    stage2: np.ndarray  # float64: p = sigmoid(w . stage2_features(streams) + b)
    threshold: float
    featurizer: Featurizer
    use_rules: bool = True
    mode: str = "ngram"
    emb_weights: np.ndarray | None = None  # float32, shape (dim,)
    emb_bias: float = 0.0
    embedder: Embedder | None = None

    use_coherence: bool = False
    join_fragments: bool = False  # documents: no unit is a bare label or fragment (`segments`)
    drop_boilerplate: bool = False  # documents: standard mail/web lines are no unit (`segments`)
    mask_quoted_examples: bool = False  # documents: quoted examples are a placeholder (`segments`)
    rules_mask_quoted: bool = False  # documents from 2026.11.16: rules skip quoted examples too
    # rules this channel does not use (from 2026.11.18: those that flagged benign authored rows)
    rules_off: frozenset[str] = frozenset()
    # thresholds for other audiences than callers, chosen on their own benign turns (user model)
    audience_thresholds: dict[str, float] = field(default_factory=dict)
    # from 2026.11.21: a fine-tuned transformer whose logit shifts the n-gram model's
    # (`score_parts`)
    encoder: UnitEncoder | None = None
    # the n-gram model's own thresholds (callers, other audiences), for `without_encoder`
    ngram_thresholds: tuple[float, dict[str, float]] | None = None

    def unit_streams(self, units: list[str]) -> tuple[list[np.ndarray], np.ndarray | None]:
        """Logits of every unit, one array per model stream, and the units' embeddings."""
        z = np.concatenate([self.featurizer.dot(units[i : i + _BATCH], self.weights)
                            for i in range(0, len(units), _BATCH)]) + self.bias
        if self.mode == "ngram" or self.embedder is None or self.emb_weights is None:
            return [z], None
        emb = unit_embeddings(self.embedder, self.channel, units)
        e = emb @ self.emb_weights
        if self.mode == "concat":
            return [z + e], emb
        return [z, e + self.emb_bias], emb

    def units(self, text: str) -> list[str]:
        """What the channel's models score: a message and its sentences, or a document's
        windows (`units_for`)."""
        return units_for(self.channel, text, self.join_fragments, self.drop_boilerplate,
                         self.mask_quoted_examples)

    def model_score(self, text: str, units: list[str] | None = None) -> float:
        """Calibrated probability from the n-gram model alone (all of the channel's units)."""
        units = self.units(text) if units is None else units
        streams, emb = self.unit_streams(units)
        coh = None
        if self.use_coherence and emb is not None:
            seg = segment_units(self.channel, len(units))
            coh = coherence(emb[seg], streams[0][seg])
        f = stage2_features(streams, coh)
        return _sigmoid(float(f @ self.stage2[:-1] + self.stage2[-1]))

    def rules_score(self, text: str) -> float:
        """The strongest of the channel's rules that fire on `text` (0 when rules are off)."""
        if not self.use_rules:
            return 0.0
        return rule_score(mask_mentions(text) if self.rules_mask_quoted else text, self.channel,
                          self.rules_off)

    def encoder_logit(self, text: str) -> float:
        """The encoder's logit: of a user message as a whole, or, when it is longer than one
        window, of its highest chunk of neighbouring sentences (a short instruction after a
        long padding is diluted in a 128-token window, not in a chunk of ~48); of a
        document's highest window (a document encoder learns on whole documents)."""
        if self.encoder is None:
            raise ModelLoadError(f"injection model {self.version!r} has no encoder")
        if self.channel is Channel.USER:
            whole = self.encoder.whole_logit(text)  # tokenized once when it fits
            if whole is not None:
                return whole
            chunks = self.encoder.chunks(segments(text)) or [text]
            return float(self.encoder.logits(chunks).max())
        return float(self.encoder.logits([text])[0])

    def encoder_score(self, text: str) -> float:
        """The encoder's probability for `text` (`encoder_logit`)."""
        return _sigmoid(self.encoder_logit(text))

    def score_parts(self, text: str, decide_at: float | None = None) -> dict[str, float]:
        """The score and what it is made of: `ngram`, `rules`, and `encoder` when it was run.

        With an encoder, its logit (clipped to ±`max_shift`) is added to the n-gram model's
        logit; rules add to that probability by noisy-OR. When even the largest shift could
        not lift the score to `decide_at`, the encoder is not run and adds nothing: the
        decision at `decide_at` is the same either way."""
        units = self.units(text)
        p = self.model_score(text, units)
        r = self.rules_score(text)
        parts = {"ngram": p, "rules": r}
        if self.encoder is not None:
            z = _logit(p)
            shift = self.encoder.spec.max_shift
            if decide_at is None or _noisy_or(_sigmoid(z + shift), r) >= decide_at:
                e = self.encoder_logit(text)
                parts["encoder"] = _sigmoid(e)
                p = _sigmoid(z + min(max(e, -shift), shift))
        parts["score"] = _noisy_or(p, r)
        return parts

    def score(self, text: str, decide_at: float | None = None) -> float:
        """Model probability combined with the evidence of its rules (`score_parts`)."""
        return self.score_parts(text, decide_at)["score"]

    def without_encoder(self) -> ChannelModel:
        """This model with the n-gram model alone, at the thresholds chosen for it
        (`without_encoder` in the metadata); its version is `<version>+ngram`."""
        if self.encoder is None or self.ngram_thresholds is None:
            raise ModelLoadError(f"injection model {self.version!r} has no n-gram thresholds")
        threshold, audiences = self.ngram_thresholds
        return replace(self, encoder=None, threshold=threshold, audience_thresholds=audiences,
                       version=f"{self.version}+ngram", ngram_thresholds=None)


def _noisy_or(p: float, r: float) -> float:
    return 1.0 - (1.0 - p) * (1.0 - r)


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


def _logit(p: float) -> float:
    p = min(max(p, 1e-12), 1.0 - 1e-12)
    return float(np.log(p / (1.0 - p)))


N_STREAMS = {"ngram": 1, "concat": 1, "ensemble": 2}


def read_metadata(model_dir: Path | None = None) -> dict[str, Any]:
    """The JSON metadata that ships next to the weights."""
    path = _model_dir(model_dir) / METADATA_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"injection model metadata unreadable at {path}") from exc


def _model_dir(model_dir: Path | None) -> Path:
    if model_dir is not None:
        return Path(model_dir)
    return Path(str(resources.files("confide").joinpath("data", "models", "injection")))


def load_channel_model(channel: Channel, model_dir: Path | None = None) -> ChannelModel:
    """Load one channel's model from `model_dir` (default: the weights that ship)."""
    meta = read_metadata(model_dir)
    if meta.get("format") != FORMAT:
        raise ModelLoadError("injection model format not supported")
    try:
        ch = meta["channels"][channel.value]
        config = FeatureConfig.from_dict(meta["features"])
        mode = str(ch.get("mode", "ngram"))
        use_coh = bool(ch.get("coherence", False))
        join_fragments = bool(ch.get("join_fragments", False))
        drop_boilerplate = bool(ch.get("drop_boilerplate", False))
        mask_quoted = bool(ch.get("mask_quoted_examples", False))
        rules_mask_quoted = bool(ch.get("rules_mask_quoted_examples", False))
        rules_off = ch.get("rules_off", [])
        if not isinstance(rules_off, list) or not all(isinstance(r, str) for r in rules_off):
            raise ValueError("rules_off is not a list of rule ids")
        with np.load(_model_dir(model_dir) / ch["weights_file"], allow_pickle=False) as npz:
            weights = npz["weights"].astype(np.float32)
            bias = float(npz["bias"][0])
            stage2 = npz["stage2"].astype(np.float64)
            emb_w = npz["emb_weights"].astype(np.float32) if mode != "ngram" else None
            emb_b = float(npz["emb_bias"][0]) if mode != "ngram" else 0.0
    except (KeyError, OSError, ValueError) as exc:
        raise ModelLoadError(f"injection model for channel {channel.value} unreadable") from exc
    if mode not in N_STREAMS:
        raise ModelLoadError(f"injection model mode {mode!r} not supported")
    if weights.shape != (config.n_features,) or stage2.shape != (
            N_AGG * N_STREAMS[mode] + N_COHERENCE * use_coh + 1,):
        raise ModelLoadError("injection model weights do not match the feature config")
    embedder = None
    if use_coh and mode == "ngram":
        raise ModelLoadError("injection model: coherence features need the embedding")
    encoder = None
    ngram_thresholds = None
    if ch.get("encoder") is not None:
        try:
            encoder = get_encoder(EncoderSpec.from_dict(ch["encoder"]), _model_dir(model_dir))
            alone = ch["encoder"].get("without_encoder")
            if alone is not None:
                ngram_thresholds = (float(alone["threshold"]), {
                    str(k): float(v) for k, v in alone.get("audience_thresholds", {}).items()})
        except (KeyError, TypeError, ValueError, AttributeError, EncoderLoadError) as exc:
            raise ModelLoadError(f"injection encoder for channel {channel.value} "
                                 "unreadable") from exc
    if mode != "ngram":
        embedder = Embedder.load()
        want = (meta.get("embeddings") or {}).get("version")
        if want != embedder.version or emb_w is None or emb_w.shape != (embedder.dim,):
            raise ModelLoadError(f"injection model needs embeddings {want!r}, "
                                 f"{embedder.version!r} is installed")
    return ChannelModel(channel=channel, version=str(ch["version"]), weights=weights,
                        bias=bias, stage2=stage2, threshold=float(ch["threshold"]),
                        featurizer=Featurizer(config), use_rules=bool(ch.get("use_rules", True)),
                        mode=mode, emb_weights=emb_w, emb_bias=emb_b, embedder=embedder,
                        use_coherence=use_coh, join_fragments=join_fragments,
                        drop_boilerplate=drop_boilerplate, mask_quoted_examples=mask_quoted,
                        rules_mask_quoted=rules_mask_quoted,
                        rules_off=frozenset(rules_off),
                        audience_thresholds={str(k): float(v) for k, v in
                                             ch.get("audience_thresholds", {}).items()},
                        encoder=encoder, ngram_thresholds=ngram_thresholds)


_CACHE: dict[tuple[Channel, str], ChannelModel] = {}
_LOCK = threading.Lock()


def get_model(channel: Channel, model_dir: Path | None = None) -> ChannelModel:
    """The channel's model, loaded once per process and directory."""
    key = (channel, str(model_dir) if model_dir is not None else "")
    with _LOCK:
        model = _CACHE.get(key)
        if model is None:
            model = load_channel_model(channel, model_dir)
            _CACHE[key] = model
    return model


# --------------------------------------------------------------------------- guard
class InjectionGuard:
    """Blocks text whose injection score reaches the channel's threshold.

    `threshold=None` uses the threshold stored with the model for `audience` (`callers`, the
    people a deployment serves, or `staff`, employees working their cases: see
    `docs/shield.md`); a release without a threshold for that audience fails closed
    (`ModelLoadError`). `pin` fails closed (raises `ModelVersionError`) when the shipped model
    has another version. The `output` channel has no model of its own and uses the `user`
    model. `use_encoder=False` runs a model that has an encoder without it, at the n-gram
    model's own thresholds (`ChannelModel.without_encoder`).
    """

    name = NAME

    def __init__(self, channel: Channel = Channel.USER, threshold: float | None = None,
                 pin: str | None = None, model_dir: Path | None = None,
                 audience: str = CALLERS, use_encoder: bool = True) -> None:
        channel = Channel(channel)
        model_channel = Channel.USER if channel is Channel.OUTPUT else channel
        self.channel = channel
        self._model = get_model(model_channel, model_dir)
        if not use_encoder and self._model.encoder is not None:
            self._model = self._model.without_encoder()
        if pin is not None and pin != self._model.version:
            raise ModelVersionError(
                f"injection model pinned to {pin!r} but {self._model.version!r} is installed")
        self.version = self._model.version
        if threshold is None and audience != CALLERS:
            if audience not in self._model.audience_thresholds:
                raise ModelLoadError(f"injection model {self._model.version!r} has no "
                                     f"threshold for the audience {audience!r}")
            threshold = self._model.audience_thresholds[audience]
        self.threshold = self._model.threshold if threshold is None else float(threshold)
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError("threshold must be within [0, 1]")

    def score(self, text: str) -> float:
        """Injection probability of `text` in 0..1 (model + rules; `ChannelModel.score`)."""
        return self._parts(text)["score"]

    def _parts(self, text: str) -> dict[str, float]:
        if not text or not text.strip():
            return {"score": 0.0}
        return self._model.score_parts(text, decide_at=self.threshold)

    def check(self, text: str, ctx: GuardContext | None = None) -> Verdict:
        """BLOCK with `input.injection` when the score reaches the threshold, else ALLOW.
        The scores carry the encoder's probability (`injection.encoder`) when it was run."""
        parts = self._parts(text)
        s = parts["score"]
        blocked = s >= self.threshold
        scores = {NAME: s}
        if "encoder" in parts:
            scores[f"{NAME}.encoder"] = parts["encoder"]
        return Verdict(action=Action.BLOCK if blocked else Action.ALLOW,
                       reasons=(REASON,) if blocked else (),
                       scores=scores, detectors={NAME: self.version})
