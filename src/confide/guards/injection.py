"""Prompt-injection / jailbreak detection, one linear model per channel.

A message is scored by a hashed character + word n-gram logistic model whose weights ship in
`confide/data/models/injection/` (numpy `.npz` + JSON metadata; no pickle). The `user`
model scores the whole message; the `document` model scores every sentence and every pair
of neighbouring sentences and keeps the maximum, so an instruction hidden anywhere in a long
document counts. High-precision rules (`injection_rules`) add to the model score.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

from confide.guards.base import GuardContext
from confide.guards.injection_rules import rule_score
from confide.verdict import Action, Channel, Verdict

NAME = "injection"
REASON = "input.injection"
METADATA_FILE = "metadata.json"
FORMAT = "confide-injection-linear/1"


class ModelVersionError(RuntimeError):
    """The shipped model is not the version a policy pinned (fail closed)."""


class ModelLoadError(RuntimeError):
    """The shipped model is missing or malformed (fail closed)."""


# --------------------------------------------------------------------------- features
@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """How text becomes a sparse vector: hashed char_wb n-grams + word n-grams."""

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


_WORD_PATTERN = r"(?u)\b\w+\b"


class Featurizer:
    """Stateless text → sparse matrix (rows L2-normalised per block)."""

    def __init__(self, config: FeatureConfig) -> None:
        self.config = config
        self._char = HashingVectorizer(analyzer="char_wb", ngram_range=config.char_ngram,
                                       n_features=config.char_features, alternate_sign=False,
                                       lowercase=True, norm="l2", dtype=np.float32)
        self._word = HashingVectorizer(analyzer="word", ngram_range=config.word_ngram,
                                       n_features=config.word_features, alternate_sign=False,
                                       lowercase=True, norm="l2", dtype=np.float32,
                                       token_pattern=_WORD_PATTERN)

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        clipped = [t[: self.config.max_chars] for t in texts]
        return sparse.hstack([self._char.transform(clipped), self._word.transform(clipped)],
                             format="csr")


# --------------------------------------------------------------------------- segmentation
_SPLIT = re.compile(r"(?<=[.!?:;])\s+|\n+|\s*\|\s*")
_MAX_SEGMENT = 400


def segments(text: str) -> list[str]:
    """Sentences/lines of a document, each at most a few hundred characters."""
    out: list[str] = []
    for piece in _SPLIT.split(text):
        piece = piece.strip()
        if not piece:
            continue
        for i in range(0, len(piece), _MAX_SEGMENT):
            out.append(piece[i : i + _MAX_SEGMENT])
    return out


def windows(text: str, max_units: int = 400) -> list[str]:
    """Units a document is scored on: each segment and each pair of neighbouring segments."""
    segs = segments(text)
    if len(segs) <= 1:
        return [text.strip() or text]
    units = segs + [segs[i] + " " + segs[i + 1] for i in range(len(segs) - 1)]
    return units[:max_units]


def units_for(channel: Channel, text: str) -> list[str]:
    """What the model of a channel scores: a message and its sentences, or a document's windows."""
    if channel is Channel.DOCUMENT:
        return windows(text)
    segs = segments(text)
    return [text, *segs[:50]] if len(segs) > 1 else [text]


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


@dataclass(frozen=True, slots=True)
class ChannelModel:
    """Weights, calibration and threshold of one channel's model."""

    channel: Channel
    version: str
    weights: np.ndarray  # float32, shape (n_features,)
    bias: float
    stage2: np.ndarray  # float64, shape (N_AGG + 1,): p = sigmoid(w . aggregate(z) + b)
    threshold: float
    featurizer: Featurizer
    use_rules: bool = True

    def model_score(self, text: str) -> float:
        """Calibrated probability from the model alone (max over the channel's units)."""
        x = self.featurizer.transform(units_for(self.channel, text))
        f = aggregate(x @ self.weights + self.bias)
        z = float(f @ self.stage2[:N_AGG] + self.stage2[N_AGG])
        return float(1.0 / (1.0 + np.exp(-z)))

    def score(self, text: str) -> float:
        """Model probability combined with rule evidence (noisy-OR)."""
        p = self.model_score(text)
        if self.use_rules:
            r = rule_score(text, self.channel)
            p = 1.0 - (1.0 - p) * (1.0 - r)
        return p


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
        with np.load(_model_dir(model_dir) / ch["weights_file"], allow_pickle=False) as npz:
            weights = npz["weights"].astype(np.float32)
            bias = float(npz["bias"][0])
            stage2 = npz["stage2"].astype(np.float64)
    except (KeyError, OSError, ValueError) as exc:
        raise ModelLoadError(f"injection model for channel {channel.value} unreadable") from exc
    if weights.shape != (config.n_features,) or stage2.shape != (N_AGG + 1,):
        raise ModelLoadError("injection model weights do not match the feature config")
    return ChannelModel(channel=channel, version=str(ch["version"]), weights=weights,
                        bias=bias, stage2=stage2, threshold=float(ch["threshold"]),
                        featurizer=Featurizer(config), use_rules=bool(ch.get("use_rules", True)))


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

    `threshold=None` uses the threshold stored with the model; `pin` fails closed (raises
    `ModelVersionError`) when the shipped model has another version. The `output` channel
    has no model of its own and uses the `user` model.
    """

    name = NAME

    def __init__(self, channel: Channel = Channel.USER, threshold: float | None = None,
                 pin: str | None = None, model_dir: Path | None = None) -> None:
        channel = Channel(channel)
        model_channel = Channel.USER if channel is Channel.OUTPUT else channel
        self.channel = channel
        self._model = get_model(model_channel, model_dir)
        if pin is not None and pin != self._model.version:
            raise ModelVersionError(
                f"injection model pinned to {pin!r} but {self._model.version!r} is installed")
        self.version = self._model.version
        self.threshold = self._model.threshold if threshold is None else float(threshold)
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError("threshold must be within [0, 1]")

    def score(self, text: str) -> float:
        """Injection probability of `text` in 0..1 (model + rules)."""
        if not text or not text.strip():
            return 0.0
        return self._model.score(text)

    def check(self, text: str, ctx: GuardContext | None = None) -> Verdict:
        """BLOCK with `input.injection` when the score reaches the threshold, else ALLOW."""
        s = self.score(text)
        blocked = s >= self.threshold
        return Verdict(action=Action.BLOCK if blocked else Action.ALLOW,
                       reasons=(REASON,) if blocked else (),
                       scores={NAME: s}, detectors={NAME: self.version})
