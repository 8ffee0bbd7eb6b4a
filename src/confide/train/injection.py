"""Train the channel-aware injection models and export them as `.npz` + JSON metadata.

`python -m confide.train injection --data ../shared/data [--out DIR] [--quick]`

User channel: one row per message (deepset/prompt-injections, the project's own user
turns, XSTest and Presidio-synthetic sentences as extra benign messages). Document
channel: the model is trained on document windows (sentences and neighbouring pairs);
positives are the windows an injection added to a clean document (and, from 2026.11.20,
the top window of a written injected document without a twin), negatives the windows
of clean documents (BIPIA indirect set, BIPIA documents with more insertions, the
project's own domain documents). Both channels also read the written sets (`WRITTEN_SETS`:
opened evaluation sets from 2026.11.14, sets authored as training data from 2026.11.15).
Metrics and thresholds come from grouped out-of-fold predictions (no attack string and no
document template in both train and test fold); the project's held-out split is never trained
on and is scored by the final model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from confide.embeddings import Embedder
from confide.guards.injection import (
    FORMAT,
    METADATA_FILE,
    N_AGG,
    N_COHERENCE,
    FeatureConfig,
    Featurizer,
    coherence,
    load_channel_model,
    segment_units,
    segments,
    stage2_features,
    unit_embeddings,
    units_for,
    windows,
)
from confide.guards.injection_rules import RULES_META, matching_rules, rule_score
from confide.guards.mentions import mask_mentions
from confide.verdict import Channel

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
DEFAULT_OWN = REPO_ROOT / "datasets" / "injection"
DEFAULT_OUT = REPO_ROOT / "src" / "confide" / "data" / "models" / "injection"
VERSION_DATE = "2026.11"
MODEL_REVISION = 34
FOLDS = 5
SEED = 7
# Thresholds are chosen on out-of-fold scores so that FPR stays under these, below the
# targets (user 2%, document 3%): pooled over benign sources, and per source. The user budget
# was 1.0% / 1.5% up to 2026.11.3, 1.5% / 2% in 2026.11.4-5, and is 1.0% / 1.5% again from
# 2026.11.6: out-of-fold FPR on the own turns (1.8%) fell short of held-out FPR (2.5-3.3%).
# The document budget was 1.2% / 2% up to 2026.11.6 and is 1.0% / 1.5% from 2026.11.7, for
# the same reason: at 1.2% / 2% the held-out clean documents (new domains) were flagged 4.8%.
# The user budget is 1.5% / 2% again from 2026.11.12: with the eighth and ninth batches' hard
# negatives the out-of-fold FPR on the own turns is now above what unseen benign turns show
# (at 1.0% / 1.5%: own held-out 0.9%, second blind set 0.6%, fourth 0.5%, fifth 0.0%).
# The document budget is 2% / 2.5% from 2026.11.14: the opened evaluation sets' clean
# documents are scored out of fold by models that never saw their author (one fold per set),
# so their out-of-fold FPR estimates unseen documents; with 1% / 1.5% each left-out set
# (`benchmarks/injection_loso.py`) showed 0-4.5% at the threshold (median 1%), recall 37-69%.
FPR_BUDGET = {Channel.USER: (0.015, 0.02), Channel.DOCUMENT: (0.02, 0.025)}
# C (inverse regularisation) of the unit models; 4 never won on either channel (earlier runs)
C_GRID = (16.0, 64.0)
# documents: field labels stay with their values, fragments with a neighbour (`segments`)
JOIN_FRAGMENTS = {Channel.USER: False, Channel.DOCUMENT: True}
# documents: standard mail, calendar, help-desk and web lines are no unit (from 2026.11.10)
DROP_BOILERPLATE = {Channel.USER: False, Channel.DOCUMENT: True}
# documents from 2026.11.13: quoted examples ("such as '...'") are a placeholder (`mentions`)
MASK_QUOTED = {Channel.USER: False, Channel.DOCUMENT: True}
# documents from 2026.11.16: the rules read the same masked text, so a security notice that
# quotes an attack ("such as 'ignore your previous instructions'") fires no rule either
RULES_MASK_QUOTED = {Channel.USER: False, Channel.DOCUMENT: True}
# From 2026.11.18 a channel leaves out every rule that fires on a benign row of the authored
# sets (`misfiring_rules`; their authors never saw the rules, nor the rows the rules were
# written from). A rule's weight (0.85-0.97) is above the thresholds, so one hit flags a text
# alone: a rule that flags clean documents of new authors flags them everywhere. Up to
# 2026.11.17 every rule counted, and on the documents the model alone did better out of fold
# (71.5% against 68.3% at the budget) and on each set left out (see the model card).
C_EMB_GRID = (4.0, 32.0)  # embedding model of the "ensemble" variant (--compare-ensemble)
# Longer own documents, each 3-8 documents of one domain and fold joined (own documents are
# about 25 words; real ones run to hundreds, and the top of more units is higher by chance):
# clean ones and the same with one attack inserted, per split.
LONG_DOCS = {"train": 500, "heldout": 120}
# From 2026.11.14, every evaluation set whose rows were read, tuned on or measured (each
# written blind by its own author) is training data; the ninth to eleventh join in 2026.11.15,
# after each was measured for 2026.11.14, and so do three sets written as training data by
# independent authors (`AUTHORED_SETS`); the twelfth and four more authored sets join in
# 2026.11.16, the thirteenth and four more in 2026.11.17, the fourteenth and four more in
# 2026.11.18; the fifteenth and sixteenth (both folders) and four more (two of requests to act
# on one's own account) in 2026.11.20; the eighteenth (three folders) in 2026.11.22 and the
# nineteenth in 2026.11.23, the twenty-first and two authored sets of documents only
# (authored_t, authored_u) in 2026.11.25, the twenty-second and two more authored sets of
# documents only (authored_v, authored_w) in 2026.11.26, the twenty-third, an authored set of
# user turns (authored_x) and one of documents (authored_y) in 2026.11.27, the twenty-fourth
# in 2026.11.28, the twenty-fifth in 2026.11.29, the twenty-sixth and an authored set of user
# turns (authored_z: notes on one's own case) in 2026.11.30, the twenty-seventh in
# 2026.11.31, the twenty-eighth in 2026.11.32, the twenty-ninth in 2026.11.33, the thirtieth in
# 2026.11.34. Together they are one source for the FPR budget, and each set is one CV fold. The
# seventeenth and twentieth sets are calibration data (`confide.train.encoder`); the thirty-first
# and later blind sets stay out.
WRITTEN_SOURCE = "written_sets"
OPENED_SETS = ("eval", "eval_blind2", "eval_blind3", "eval_blind4", "eval_blind5",
               "eval_blind6", "eval_blind7", "eval_blind8", "eval_blind9", "eval_blind10",
               "eval_blind11", "eval_blind12", "eval_blind13", "eval_blind14", "eval_blind15",
               "eval_blind16", "eval_blind16_docs", "eval_blind18", "eval_blind18_docs_a",
               "eval_blind18_docs_b", "eval_blind19", "eval_blind19_docs_a",
               "eval_blind19_docs_b", "eval_blind21", "eval_blind21_docs_a",
               "eval_blind21_docs_b", "eval_blind22", "eval_blind22_docs_a",
               "eval_blind22_docs_b", "eval_blind23", "eval_blind23_docs_a",
               "eval_blind23_docs_b", "eval_blind24", "eval_blind24_docs_a",
               "eval_blind24_docs_b", "eval_blind25", "eval_blind25_docs_a",
               "eval_blind25_docs_b", "eval_blind26", "eval_blind26_docs_a",
               "eval_blind26_docs_b", "eval_blind27", "eval_blind27_docs_a",
               "eval_blind27_docs_b", "eval_blind28", "eval_blind28_docs_a",
               "eval_blind28_docs_b", "eval_blind29", "eval_blind29_docs_a",
               "eval_blind29_docs_b", "eval_blind30", "eval_blind30_docs_a",
               "eval_blind30_docs_b")
AUTHORED_SETS = ("authored_a", "authored_b", "authored_c", "authored_d", "authored_e",
                 "authored_f", "authored_g", "authored_h", "authored_i", "authored_j", "authored_k",
                 "authored_l", "authored_m", "authored_n", "authored_o", "authored_p",
                 "authored_q", "authored_r", "authored_s", "authored_t", "authored_u",
                 "authored_v", "authored_w", "authored_x", "authored_y", "authored_z")
WRITTEN_SETS = OPENED_SETS + AUTHORED_SETS
DEFAULT_SETS_DIR = REPO_ROOT / "datasets"
# an injected document that differs from its clean twin in more windows than this was
# rewritten, not injected: it trains the second stage only
MAX_TWIN_WINDOWS = 6
# From 2026.11.20, documents: an injected document of a written set none of whose windows is
# a positive (written from scratch, or rewritten around its payload) adds one positive unit,
# its window that a first-pass model trained without the document's fold scores highest
# (multiple-instance learning; `top_window_positives`)
TOP_WINDOW_POSITIVES = {Channel.USER: False, Channel.DOCUMENT: True}
# staff requests (own data, tenth batch, not trained on) that set the `staff` audience's
# threshold of the user model: at most 2% of them flagged, as the user budget
STAFF_TURNS = "staff_turns.jsonl"
STAFF_FPR = 0.02


# --------------------------------------------------------------------------- data
@dataclass(slots=True)
class Item:
    """One scored text: a user message or a whole document."""

    text: str
    label: int
    source: str
    group: str  # CV group: same group never in train and test fold
    split: str = "train"  # "train" or "heldout" (own data only)
    clean_text: str | None = None  # for injected documents: the document before insertion
    attack: str | None = None  # for injected documents: the inserted text


@dataclass(slots=True)
class Corpus:
    user: list[Item] = field(default_factory=list)
    documents: list[Item] = field(default_factory=list)
    extra_doc_positives: list[Item] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


_BOUNDARY = re.compile(r"(?<=[.!?])\s+|\n+")


def insert_attack(doc: str, attack: str, rng: random.Random) -> tuple[str, str]:
    """`doc` with `attack` inserted at the start, a sentence boundary or the end."""
    where = rng.choice(["start", "middle", "middle", "end"])
    sep = rng.choice(["\n", " ", "\n\n"])
    if where == "start":
        return attack + sep + doc, where
    if where == "end":
        return doc + sep + attack, where
    cuts = [m.end() for m in _BOUNDARY.finditer(doc)]
    if not cuts:
        return doc + sep + attack, "end"
    cut = rng.choice(cuts)
    return doc[:cut] + attack + sep + doc[cut:], where


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def clean_twin(injected: str, clean: Sequence[str], share: float = 0.6) -> str | None:
    """The clean document `injected` was most likely made from: the one whose non-empty lines
    make up at least `share` of its own (None when no clean document does)."""
    lines = _lines(injected)
    if not lines:
        return None
    best, best_share = None, share
    for doc in clean:
        s = len(lines & _lines(doc)) / len(lines)
        if s >= best_share and doc != injected:
            best, best_share = doc, s
    return best


def set_name(group: str) -> str | None:
    """The written set an item's CV group names (`set:NAME#fK`), None for other sources."""
    return group[4:].split("#", 1)[0] if group.startswith("set:") else None


def load_written_sets(c: Corpus, set_dirs: Sequence[Path], quick: bool = False) -> None:
    """Add written sets (`injection_user.jsonl`, `injection_document.jsonl`) to `c`: user
    turns with their labels; clean documents, whose every window is a negative; injected
    documents, whose new windows against a clean twin in the same set are positives, and which
    otherwise train the second stage only (where their payload sits is not recorded). A whole
    set shares one CV fold, so out-of-fold scores on it come from models that never saw its
    author's wording. `quick`: every fourth row (tests)."""
    step = 4 if quick else 1
    for i, d in enumerate(set_dirs):
        group = f"set:{d.name}#f{i % FOLDS}"
        user, docs = d / "injection_user.jsonl", d / "injection_document.jsonl"
        c.files += [f for f in (user, docs) if f.is_file()]  # a set may hold one channel
        for r in (_jsonl(user) if user.is_file() else [])[::step]:
            c.user.append(Item(r["text"], int(r["label"]), WRITTEN_SOURCE, group))
        rows = _jsonl(docs) if docs.is_file() else []
        clean = [r["text"] for r in rows if int(r["label"]) == 0]
        for r in rows[::step]:
            twin = clean_twin(r["text"], clean) if int(r["label"]) == 1 else None
            c.documents.append(Item(r["text"], int(r["label"]), WRITTEN_SOURCE, group,
                                    clean_text=twin))


def load_corpus(data_dir: Path, own_dir: Path, quick: bool = False, seed: int = SEED,
                written_sets: Sequence[Path] = ()) -> Corpus:
    """Read the development data, the project's own data and any written sets into
    user and document items."""
    rng = random.Random(seed)
    c = Corpus()
    inj = data_dir / "injection"

    deepset = inj / "deepset_train.jsonl"
    c.files.append(deepset)
    for i, r in enumerate(_jsonl(deepset)):
        c.user.append(Item(r["text"], int(r["label"]), "deepset", f"deepset{i}"))
    xstest = data_dir / "safety" / "xstest_dev.jsonl"
    if xstest.exists():
        c.files.append(xstest)
        for i, r in enumerate(_jsonl(xstest)):
            c.user.append(Item(r["text"], 0, "xstest", f"xstest{i}"))
    presidio = data_dir / "pii" / "presidio_synth_dev.jsonl"
    if presidio.exists():
        c.files.append(presidio)
        rows = _jsonl(presidio)
        for i, r in enumerate(rows[: 150 if quick else 400]):
            c.user.append(Item(r["full_text"], 0, "presidio_synth", f"presidio{i}"))
    own_user = own_dir / "user.jsonl"
    c.files.append(own_user)
    for r in _jsonl(own_user):
        c.user.append(Item(r["text"], int(r["label"]), "own_user", r["group"], r["split"]))

    # documents: BIPIA indirect pairs
    bipia = inj / "bipia_indirect_train.jsonl"
    c.files.append(bipia)
    rows = _jsonl(bipia)
    if quick:
        tables = [r for r in rows if r["task"] == "table"][:200]
        rows = [r for r in rows if r["task"] != "table"] + tables
    clean_by_base = {r["id"].rsplit("-", 1)[0]: r["text"] for r in rows if r["label"] == 0}
    for r in rows:
        base = r["id"].rsplit("-", 1)[0]
        if r["label"] == 0:
            c.documents.append(Item(r["text"], 0, "bipia", f"doc:{base}"))
        else:
            c.documents.append(Item(r["text"], 1, "bipia", f"atk:{r['attack']}",
                                    clean_text=clean_by_base.get(base), attack=r["attack"]))

    attacks_bipia: list[str] = []
    for name in ("text_attack_train.json", "code_attack_train.json"):
        p = inj / "bipia" / name
        c.files.append(p)
        for items in json.loads(p.read_text(encoding="utf-8")).values():
            attacks_bipia.extend(items)
    own_attacks = _jsonl(own_dir / "document_attacks.jsonl")
    own_docs = _jsonl(own_dir / "documents_clean.jsonl")
    c.files += [own_dir / "document_attacks.jsonl", own_dir / "documents_clean.jsonl"]

    bipia_clean = [r["text"] for r in rows if r["label"] == 0]
    # held-out documents again in the envelopes they arrive in (`envelopes.py`): their own
    # source, scored last with their own generator so the other items stay as they were
    enveloped = [d for d in own_docs if d.get("envelope")]
    own_docs = [d for d in own_docs if not d.get("envelope")]
    for d in own_docs:
        c.documents.append(Item(d["text"], 0, "own_docs", f"doc:{d['group']}", d["split"]))
    # more insertions: own domain documents x (BIPIA + own train attacks), BIPIA docs x own
    train_own_attacks = [a for a in own_attacks if a["split"] == "train"]
    pool = [(a, f"atk:{a}") for a in attacks_bipia] + \
           [(a["text"], f"atk:{a['group']}") for a in train_own_attacks]
    for d in own_docs:
        if d["split"] != "train":
            continue
        for atk, grp in rng.sample(pool, 2):
            text, _ = insert_attack(d["text"], atk, rng)
            c.documents.append(Item(text, 1, "own_docs", grp, "train", clean_text=d["text"],
                                    attack=atk))
    for a in train_own_attacks:
        for doc in rng.sample(bipia_clean, 4 if quick else 8):
            text, _ = insert_attack(doc, a["text"], rng)
            c.documents.append(Item(text, 1, "bipia_x_own", f"atk:{a['group']}",
                                    clean_text=doc, attack=a["text"]))
    # held-out own documents: clean, and injected with held-out attacks only
    held_attacks = [a for a in own_attacks if a["split"] == "heldout"]
    for d in own_docs:
        if d["split"] != "heldout":
            continue
        for a in rng.sample(held_attacks, min(4, len(held_attacks))):
            text, _ = insert_attack(d["text"], a["text"], rng)
            c.documents.append(Item(text, 1, "own_docs", f"atk:{a['group']}", "heldout",
                                    clean_text=d["text"], attack=a["text"]))
    for split, n in LONG_DOCS.items():
        n = n // 5 if quick else n
        attacks = held_attacks if split == "heldout" else train_own_attacks
        pool_split = ([(a["text"], f"atk:{a['group']}") for a in attacks] if split == "heldout"
                      else pool)
        for text, group in long_documents([d for d in own_docs if d["split"] == split], n, rng):
            c.documents.append(Item(text, 0, "own_docs_long", group, split))
            atk, grp = rng.choice(pool_split)
            injected, _ = insert_attack(text, atk, rng)
            c.documents.append(Item(injected, 1, "own_docs_long", grp, split, clean_text=text,
                                    attack=atk))
    env_rng = random.Random(seed + 1)
    for d in enveloped:
        c.documents.append(Item(d["text"], 0, "own_docs_enveloped", f"doc:{d['group']}",
                                "heldout"))
        for a in env_rng.sample(held_attacks, min(4, len(held_attacks))):
            text, _ = insert_attack(d["text"], a["text"], env_rng)
            c.documents.append(Item(text, 1, "own_docs_enveloped", f"atk:{a['group']}",
                                    "heldout", clean_text=d["text"], attack=a["text"]))
    load_written_sets(c, written_sets, quick=quick)
    # direct attacks are also instructions when they sit in a document
    for it in c.user:
        if it.label == 1 and it.split == "train":
            c.extra_doc_positives.append(Item(it.text, 1, it.source, it.group))
    return c


def long_documents(docs: Sequence[dict], n: int, rng: random.Random) -> list[tuple[str, str]]:
    """`n` (text, CV group) pairs: each 3-8 documents of one domain and fold, joined by a
    blank line; the group keeps the fold of its parts."""
    by_key: dict[tuple[str, str], list[str]] = {}
    for d in docs:
        by_key.setdefault((d["domain"], d["group"].rsplit("#", 1)[-1]), []).append(d["text"])
    keys = sorted(k for k, v in by_key.items() if len(v) >= 3)
    out = []
    for i in range(n if keys else 0):
        domain, fold = keys[i % len(keys)]
        texts = by_key[(domain, fold)]
        parts = rng.sample(texts, min(len(texts), rng.randint(3, 8)))
        out.append(("\n\n".join(parts), f"doclong:{domain}{i}#{fold}"))
    return out


# --------------------------------------------------------------------------- CV helpers
_FOLD_TAG = re.compile(r"#f(\d+)$")


def fold_of(group: str, k: int = FOLDS) -> int:
    """CV fold of a group: a "#f<k>" suffix fixes it, otherwise a stable hash decides."""
    m = _FOLD_TAG.search(group)
    if m:
        return int(m.group(1)) % k
    return int(hashlib.sha256(group.encode()).hexdigest()[:8], 16) % k


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float, float]:
    """Rate k/n with its 95% Wilson score interval."""
    if n == 0:
        return (float("nan"), float("nan"), float("nan"))
    p = k / n
    den = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (p, max(0.0, centre - half), min(1.0, centre + half))


def fit_linear(x, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """Balanced L2 logistic regression; returns (weights, bias)."""
    clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000)
    clf.fit(x, y)
    return clf.coef_.ravel().astype(np.float32), float(clf.intercept_[0])


class UnitTable:
    """Deduplicated texts the model sees, featurised once; items refer to rows."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.texts: list[str] = []

    def add(self, text: str) -> int:
        i = self.index.get(text)
        if i is None:
            i = len(self.texts)
            self.index[text] = i
            self.texts.append(text)
        return i


@dataclass(slots=True)
class ChannelData:
    """Items of one channel, their unit rows, and the training units with labels."""

    channel: Channel
    items: list[Item]
    item_units: list[list[int]]
    train_units: list[tuple[int, int, str]]  # (unit row, label, CV group)
    table: UnitTable


def _unit_options(channel: Channel) -> tuple[bool, bool, bool]:
    """How a channel's texts are cut into units (`segments`): join fragments, drop
    boilerplate, mask quoted examples."""
    return JOIN_FRAGMENTS[channel], DROP_BOILERPLATE[channel], MASK_QUOTED[channel]


def _instruction_part(attack: str) -> str:
    """The natural-language instruction of an attack (its first segment; code follows)."""
    segs = segments(attack, *_unit_options(Channel.DOCUMENT))
    return segs[0] if segs else attack.strip()


def channel_data(channel: Channel, corpus: Corpus) -> ChannelData:
    table = UnitTable()
    if channel is Channel.USER:
        items = corpus.user
        item_units = [[table.add(u) for u in units_for(channel, it.text, *_unit_options(channel))]
                      for it in items]
        train = []
        for it, units in zip(items, item_units, strict=True):
            if it.split != "train":
                continue
            # the whole message carries its label; a sentence of a benign message is benign
            train.append((units[0], it.label, it.group))
            if it.label == 0:
                train.extend((u, 0, it.group) for u in units[1:])
        return ChannelData(channel, items, item_units, train, table)
    items = corpus.documents
    opts = _unit_options(channel)
    item_units = [[table.add(w) for w in windows(it.text, *opts)] for it in items]
    train: list[tuple[int, int, str]] = []
    for it, units in zip(items, item_units, strict=True):
        if it.split != "train":
            continue
        if it.label == 0:
            train.extend((u, 0, it.group) for u in units)
        elif it.attack is None and it.clean_text is not None:  # a written set's twin pair
            clean = set(windows(it.clean_text, *opts))
            added = [u for u in units if table.texts[u] not in clean]
            if len(added) <= MAX_TWIN_WINDOWS:
                train.extend((u, 1, it.group) for u in added)
        elif it.attack is not None:
            clean = set(windows(it.clean_text, *opts)) if it.clean_text else set()
            key = _instruction_part(it.attack) if it.attack else ""
            added = [u for u in units if table.texts[u] not in clean and key in table.texts[u]]
            train.extend((u, 1, it.group) for u in added)
            if it.attack:  # the attack alone, as it would read on its own line
                train.append((table.add(key), 1, it.group))
    for it in corpus.extra_doc_positives:
        train.append((table.add(it.text), 1, "extra:" + it.group))
    return ChannelData(channel, items, item_units, _distinct_units(train), table)


def _distinct_units(train: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Training units, each (unit, label) once; a unit that is both a clean window and an
    injection window stays negative only."""
    neg = {u for u, y, _ in train if y == 0}
    seen: set[tuple[int, int]] = set()
    out = []
    for u, y, g in train:
        if (y == 1 and u in neg) or (u, y) in seen:
            continue
        seen.add((u, y))
        out.append((u, y, g))
    return out


class Views:
    """The unit features of one channel (n-grams, sentence embeddings, both) and the per-fold
    unit logits of each fitted view, cached so candidates share them."""

    def __init__(self, cd: ChannelData, x, emb: np.ndarray | None) -> None:
        self.cd = cd
        self.mats = {"ngram": x}
        if emb is not None:
            self.mats["emb"] = emb
            self.mats["concat"] = sparse.hstack([x, sparse.csr_matrix(emb)]).tocsr()
        self.rows = np.array([u for u, _, _ in cd.train_units])
        self.y = np.array([y for _, y, _ in cd.train_units])
        self.fold = np.array([fold_of(g) for _, _, g in cd.train_units])
        self._cache: dict[tuple[str, float], np.ndarray] = {}

    def fold_logits(self, view: str, c: float) -> np.ndarray:
        """(FOLDS, n_units): unit logits of the model trained without fold k."""
        key = (view, c)
        if key not in self._cache:
            x = self.mats[view]
            out = np.empty((FOLDS, x.shape[0]))
            for k in range(FOLDS):
                m = self.fold != k
                w, b = fit_linear(x[self.rows[m]], self.y[m], c)
                out[k] = x @ w + b
            self._cache[key] = out
        return self._cache[key]

    def fit(self, view: str, c: float) -> tuple[np.ndarray, float]:
        return fit_linear(self.mats[view][self.rows], self.y, c)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way of building the model: the views that make streams, and their C."""

    mode: str  # "ngram" | "concat" | "ensemble"
    c: float
    c_emb: float | None = None
    coherence: bool = False  # second stage also sees how out of place the top segment is

    def streams(self) -> list[tuple[str, float]]:
        if self.mode == "ngram":
            return [("ngram", self.c)]
        if self.mode == "concat":
            return [("concat", self.c)]
        assert self.c_emb is not None
        return [("ngram", self.c), ("emb", self.c_emb)]

    def label(self) -> str:
        return (self.mode + f" C={self.c:g}" + (f" C_emb={self.c_emb:g}" if self.c_emb else "")
                + (" +coherence" if self.coherence else ""))


def top_window_positives(views: Views, c: float) -> ChannelData:
    """`views`' channel data with one more positive unit per injected written-set document
    that has none: its window (not a clean window anywhere) that the n-gram model trained
    without the document's fold scores highest. Its payload sits somewhere in it; where is
    not recorded, and an out-of-fold model picks the likeliest window without having seen
    the document."""
    cd = views.cd
    z = views.fold_logits("ngram", c)
    pos = {u for u, y, _ in cd.train_units if y == 1}
    neg = {u for u, y, _ in cd.train_units if y == 0}  # never picked: it would be dropped
    added: list[tuple[int, int, str]] = []
    for it, units in zip(cd.items, cd.item_units, strict=True):
        if (it.split != "train" or it.label != 1 or it.source != WRITTEN_SOURCE
                or any(u in pos for u in units)):
            continue
        free = [u for u in units if u not in neg]
        if free:
            k = fold_of(it.group)
            added.append((max(free, key=lambda u: z[k, u]), 1, it.group))
    return replace(cd, train_units=_distinct_units([*cd.train_units, *added]))


def item_features(views: Views, cand: Candidate, i: int, logits: list[np.ndarray]) -> np.ndarray:
    """Second-stage features of item `i` from its units' logits (one array per stream)."""
    cd = views.cd
    u = cd.item_units[i]
    streams = [z[u] for z in logits]
    coh = None
    if cand.coherence:
        seg = segment_units(cd.channel, len(u))
        coh = coherence(views.mats["emb"][u][seg], streams[0][seg])
    return stage2_features(streams, coh)


def oof_features(views: Views, cand: Candidate) -> np.ndarray:
    """Out-of-fold second-stage features per item (nan rows for held-out items): the item's
    group never trained the models that score it."""
    cd = views.cd
    logits = [views.fold_logits(v, c) for v, c in cand.streams()]
    n = N_AGG * len(logits) + (N_COHERENCE if cand.coherence else 0)
    feats = np.full((len(cd.items), n), np.nan)
    for i, it in enumerate(cd.items):
        if it.split != "train":
            continue
        k = fold_of(it.group)
        feats[i] = item_features(views, cand, i, [z[k] for z in logits])
    return feats


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def fit_stage2(f: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Calibrating second stage on aggregated unit logits: returns [w..., b]."""
    clf = LogisticRegression(C=1.0, solver="lbfgs", max_iter=1000)
    clf.fit(f, y)
    return np.concatenate([clf.coef_.ravel(), clf.intercept_]).astype(np.float64)


def apply_stage2(f: np.ndarray, s2: np.ndarray) -> np.ndarray:
    return sigmoid(f @ s2[:-1] + s2[-1])


def stage2_oof(f: np.ndarray, y: np.ndarray, groups: Sequence[str]) -> np.ndarray:
    """Out-of-fold calibrated probabilities of the second stage (same grouped folds)."""
    folds = np.array([fold_of(g) for g in groups])
    p = np.zeros(len(y))
    for k in range(FOLDS):
        m = folds == k
        if m.any() and len(np.unique(y[~m])) == 2:
            p[m] = apply_stage2(f[m], fit_stage2(f[~m], y[~m]))
    return p


def misfiring_rules(items: Sequence[Item], channel: Channel) -> frozenset[str]:
    """Ids of the rules that fire on a benign item of an authored set: the rules the
    channel leaves out from 2026.11.18 (see `RULES_MASK_QUOTED`)."""
    texts = [it.text for it in items
             if it.label == 0 and set_name(it.group) in AUTHORED_SETS]
    if RULES_MASK_QUOTED[channel]:
        texts = [mask_mentions(t) for t in texts]
    return frozenset(r.id for t in texts for r in matching_rules(t, channel))


def combine_rules(p: np.ndarray, texts: Sequence[str], channel: Channel,
                  base_only: bool = False, off: frozenset[str] = frozenset()) -> np.ndarray:
    """Noisy-OR of model and rules, except the rules in `off`; `base_only`: only the rules of
    2026.11.3 (before the meta-language and addressed-to-an-AI rules), to measure what the new
    rules add."""
    if RULES_MASK_QUOTED[channel]:
        texts = [mask_mentions(t) for t in texts]
    if base_only:
        skip = off | {r.id for r in RULES_META}
        r = np.array([max((x.weight for x in matching_rules(t, channel) if x.id not in skip),
                          default=0.0) for t in texts])
    else:
        r = np.array([rule_score(t, channel, off) for t in texts])
    return 1.0 - (1.0 - p) * (1.0 - r)


def choose_threshold(scores: np.ndarray, labels: np.ndarray, sources: Sequence[str],
                     pooled: float, per_source: float,
                     skip: Iterable[str] = ()) -> float:
    """Lowest threshold whose benign FPR stays within budget, pooled and per source."""
    skip = set(skip)
    src = np.array(sources)
    benign = (labels == 0) & ~np.isin(src, list(skip))
    cands = np.unique(np.concatenate([scores[benign], [1.0]]))
    for t in cands:
        t_hi = np.nextafter(t, 2.0)  # block when score >= t_hi, i.e. strictly above t
        fp = scores[benign] >= t_hi
        if fp.mean() > pooled:
            continue
        ok = all((scores[benign & (src == s)] >= t_hi).mean() <= per_source
                 for s in np.unique(src[benign]))
        if ok:
            return float(t_hi)
    return 1.0


def rates(scores: np.ndarray, labels: np.ndarray, sources: Sequence[str],
          threshold: float) -> dict[str, dict[str, list[float] | int]]:
    """TPR and FPR (with Wilson CIs) per source and overall."""
    out: dict[str, dict[str, list[float] | int]] = {}
    src = np.array(sources)
    for s in [*sorted(set(sources)), "all"]:
        m = np.ones(len(src), bool) if s == "all" else src == s
        pos, neg = m & (labels == 1), m & (labels == 0)
        row: dict[str, list[float] | int] = {"n_pos": int(pos.sum()), "n_neg": int(neg.sum())}
        if pos.any():
            row["tpr"] = [round(v, 4) for v in wilson(int((scores[pos] >= threshold).sum()),
                                                      int(pos.sum()))]
        if neg.any():
            row["fpr"] = [round(v, 4) for v in wilson(int((scores[neg] >= threshold).sum()),
                                                      int(neg.sum()))]
        out[s] = row
    return out


def tpr_at_budget(p: np.ndarray, y: np.ndarray, sources: Sequence[str],
                  budget: tuple[float, float]) -> float:
    t = choose_threshold(p, y, sources, *budget, skip=("presidio_synth",))
    return float((p[y == 1] >= t).mean())


# --------------------------------------------------------------------------- one channel
def candidates(quick: bool, with_embeddings: bool, ensemble: bool = False,
               small: bool = False) -> list[Candidate]:
    """The model variants compared by grouped out-of-fold TPR at the FPR budget; `small`: one
    n-gram and one embedding variant (the ones shipped so far), for quicker iterations."""
    if small and not quick:
        out = [Candidate("ngram", C_GRID[-1])]
        return out + ([Candidate("concat", C_GRID[-1], coherence=True)] if with_embeddings
                      else [])
    if quick:
        out = [Candidate("ngram", 16.0)]
        return out + ([Candidate("concat", 16.0, coherence=True)] if with_embeddings else [])
    out = [Candidate("ngram", c) for c in C_GRID]
    if with_embeddings:
        out += [Candidate("concat", c) for c in C_GRID]
        out += [Candidate("concat", c, coherence=True) for c in C_GRID]
        if ensemble:
            out += [Candidate("ensemble", C_GRID[-1], ce) for ce in C_EMB_GRID]
    return out


def _heldout(cd: ChannelData, views: Views, cand: Candidate, s2: np.ndarray,
             channel: Channel, thr: float, thr_model: float, thr_base: float,
             off: frozenset[str]) -> dict:
    """Rates on the held-out items of the final model (trained on every training unit)."""
    held = np.array([it.split != "train" for it in cd.items])
    if not held.any():
        return {}
    z = []
    for v, c in cand.streams():
        w, b = views.fit(v, c)
        z.append(views.mats[v] @ w + b)
    idx = np.where(held)[0]
    f = np.array([item_features(views, cand, i, z) for i in idx])
    ph = apply_stage2(f, s2)
    texts = [cd.items[i].text for i in idx]
    src = [cd.items[i].source for i in idx]
    y = np.array([cd.items[i].label for i in idx])
    return {"with_rules": rates(combine_rules(ph, texts, channel, off=off), y, src, thr),
            "base_rules": rates(combine_rules(ph, texts, channel, base_only=True, off=off),
                                y, src, thr_base),
            "model_only": rates(ph, y, src, thr_model)}


def item_embeddings(cd: ChannelData, embedder: Embedder) -> np.ndarray:
    """Sentence vectors of every unit, computed as at inference (`unit_embeddings`: segments
    tokenized once, pairs and whole messages summed from them); units that belong to no item
    (attacks alone) are embedded directly."""
    emb = embedder.embed(cd.table.texts)
    for it, rows in zip(cd.items, cd.item_units, strict=True):
        emb[rows] = unit_embeddings(embedder, cd.channel,
                                    units_for(cd.channel, it.text, *_unit_options(cd.channel)))
    return emb


def train_channel(channel: Channel, corpus: Corpus, feat: Featurizer, quick: bool,
                  embedder: Embedder | None = None, compare_ensemble: bool = False,
                  small: bool = False, dump_oof: Path | None = None,
                  log=print) -> dict:
    t0 = time.perf_counter()
    cd = channel_data(channel, corpus)
    x = feat.transform(cd.table.texts)
    emb = item_embeddings(cd, embedder) if embedder is not None else None
    views = Views(cd, x, emb)
    log(f"[{channel.value}] {len(cd.items)} items, {len(cd.table.texts)} units, "
        f"{len(cd.train_units)} training units ({time.perf_counter() - t0:.1f}s)")
    n_units = len(cd.train_units)
    if TOP_WINDOW_POSITIVES[channel]:
        cd = top_window_positives(views, C_GRID[-1])
        views = Views(cd, x, emb)
        log(f"[{channel.value}] {len(cd.train_units)} training units with the top windows of "
            f"injected documents without a twin ({time.perf_counter() - t0:.1f}s)")
    is_train = np.array([it.split == "train" for it in cd.items])
    yt = np.array([it.label for it in cd.items])[is_train]
    src_t = [it.source for it in cd.items if it.split == "train"]
    grp_t = [it.group for it in cd.items if it.split == "train"]
    texts_t = [it.text for it in cd.items if it.split == "train"]
    budget = FPR_BUDGET[channel]
    skip = ("presidio_synth",)
    off = misfiring_rules(cd.items, channel)
    log(f"[{channel.value}] rules left out: {', '.join(sorted(off)) or 'none'}")
    tried = []
    for cand in candidates(quick, embedder is not None, compare_ensemble, small):
        ft = oof_features(views, cand)[is_train]
        p = stage2_oof(ft, yt, grp_t)
        # judged as shipped: model and the rules in use together
        tpr = tpr_at_budget(combine_rules(p, texts_t, channel, off=off), yt, src_t, budget)
        log(f"[{channel.value}] {cand.label()}: out-of-fold TPR at FPR budget {tpr:.3f} "
            f"({time.perf_counter() - t0:.0f}s)")
        tried.append((cand, tpr, ft, p))
    # per mode: the best of its C values (the n-gram-only one is the "without embeddings" row)
    best_of: dict[str, tuple] = {}
    for t in tried:
        key = t[0].mode + ("+coherence" if t[0].coherence else "")
        if key not in best_of or t[1] > best_of[key][1]:
            best_of[key] = t
    by_mode = {}
    for mode, (cand, tpr, ft, p_model) in best_of.items():
        s2 = fit_stage2(ft, yt)
        p_rules = combine_rules(p_model, texts_t, channel, off=off)
        thr = choose_threshold(p_rules, yt, src_t, *budget, skip=skip)
        thr_model = choose_threshold(p_model, yt, src_t, *budget, skip=skip)
        p_base = combine_rules(p_model, texts_t, channel, base_only=True, off=off)
        thr_base = choose_threshold(p_base, yt, src_t, *budget, skip=skip)
        by_mode[mode] = {
            "candidate": cand.label(), "tpr_at_budget": round(tpr, 4), "stage2": s2,
            "threshold": thr, "threshold_model_only": thr_model, "cand": cand,
            "threshold_base_rules": thr_base,
            "out_of_fold": {"with_rules": rates(p_rules, yt, src_t, thr),
                            "base_rules": rates(p_base, yt, src_t, thr_base),
                            "model_only": rates(p_model, yt, src_t, thr_model)},
            "heldout_own": _heldout(cd, views, cand, s2, channel, thr, thr_model, thr_base,
                                    off),
        }
    # the chosen mode: best out-of-fold TPR at the budget (ties keep the simpler model)
    order = ["ngram", "concat", "concat+coherence", "ensemble"]
    chosen = max(by_mode, key=lambda m: (by_mode[m]["tpr_at_budget"], -order.index(m)))
    ch = by_mode[chosen]
    if dump_oof is not None:  # out-of-fold scores of the chosen variant, for error analysis
        p_sel = combine_rules(best_of[chosen][3], texts_t, channel, off=off)
        with (dump_oof.parent / f"{dump_oof.name}.{channel.value}.jsonl").open("w") as f:
            for text, y, src, grp, p in zip(texts_t, yt, src_t, grp_t, p_sel, strict=True):
                f.write(json.dumps({"text": text, "label": int(y), "source": src, "group": grp,
                                    "score": round(float(p), 5),
                                    "flagged": bool(p >= ch["threshold"])}) + "\n")
    cand = ch["cand"]
    fitted = [views.fit(v, c) for v, c in cand.streams()]
    dim = x.shape[1]
    if cand.mode == "concat":
        (w_all, bias), = fitted
        w, emb_w, emb_b = w_all[:dim], w_all[dim:], 0.0
    elif cand.mode == "ensemble":
        (w, bias), (emb_w, emb_b) = fitted
    else:
        (w, bias), = fitted
        emb_w, emb_b = None, 0.0
    metrics = {
        "mode": cand.mode, "coherence": cand.coherence, "C": cand.c, "C_emb": cand.c_emb,
        "out_of_fold": ch["out_of_fold"], "heldout_own": ch["heldout_own"],
        "threshold_model_only": ch["threshold_model_only"],
        "threshold_base_rules": ch["threshold_base_rules"],
        "rules_off": sorted(off),
        "compared": [{"candidate": t[0].label(), "tpr_at_budget": round(t[1], 4)}
                     for t in tried],
        "by_mode": {m: {k: v for k, v in d.items() if k not in ("stage2", "cand")}
                    for m, d in by_mode.items()},
        "fpr_budget": {"pooled": budget[0], "per_source": budget[1],
                       "excluded_sources": list(skip)},
        "n_items": {"train": int(is_train.sum()), "heldout": int((~is_train).sum())},
        "n_training_units": len(cd.train_units),
        "n_top_window_positives": len(cd.train_units) - n_units,
    }
    log(f"[{channel.value}] chose {cand.label()}, threshold {ch['threshold']:.4f}; "
        f"took {time.perf_counter() - t0:.1f}s")
    return {"weights": w, "bias": bias, "stage2": ch["stage2"], "threshold": ch["threshold"],
            "mode": cand.mode, "coherence": cand.coherence, "emb_weights": emb_w,
            "emb_bias": emb_b, "metrics": metrics}


# --------------------------------------------------------------------------- export
def export(out_dir: Path, results: dict[Channel, dict], config: FeatureConfig,
           files: list[Path], data_dir: Path, quick: bool,
           embedder: Embedder | None = None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    channels = {}
    for ch, res in results.items():
        version = f"injection-{ch.value}-{VERSION_DATE}.{MODEL_REVISION}"
        fname = f"{ch.value}.npz"
        arrays = {"weights": res["weights"].astype(np.float16),
                  "bias": np.array([res["bias"]], np.float32),
                  "stage2": np.asarray(res["stage2"], np.float64)}
        if res["emb_weights"] is not None:
            arrays["emb_weights"] = np.asarray(res["emb_weights"], np.float32)
            arrays["emb_bias"] = np.array([res["emb_bias"]], np.float32)
        np.savez_compressed(out_dir / fname, **arrays)
        channels[ch.value] = {"version": version, "weights_file": fname, "mode": res["mode"],
                              "coherence": res["coherence"], "join_fragments": JOIN_FRAGMENTS[ch],
                              "drop_boilerplate": DROP_BOILERPLATE[ch],
                              "mask_quoted_examples": MASK_QUOTED[ch],
                              "rules_mask_quoted_examples": RULES_MASK_QUOTED[ch],
                              "threshold": round(res["threshold"], 6), "use_rules": True,
                              "rules_off": res["metrics"]["rules_off"],
                              "metrics": res["metrics"]}
    # training one channel (--channel) keeps the other channel's model already in out_dir
    kept = _kept_channels(out_dir, config, set(channels))
    merged = {**kept, **channels}
    channels = {c.value: merged[c.value] for c in (Channel.USER, Channel.DOCUMENT)
                if c.value in merged}
    embeddings = ({"version": embedder.version, "dim": embedder.dim}
                  if embedder is not None else None)
    if embeddings is None and any(ch["mode"] != "ngram" for ch in kept.values()):
        # a kept channel still needs the embedding this run did not load (--no-embeddings)
        embeddings = json.loads((out_dir / METADATA_FILE).read_text(encoding="utf-8"))[
            "embeddings"]
    meta = {
        "format": FORMAT,
        "features": config.to_dict(),
        "model": "per unit: hashed char_wb + word n-grams and/or the static sentence "
                 "embedding -> L2 logistic regression (class-balanced); second-stage logistic "
                 "calibration on aggregated unit logits per stream (top, top-2, top minus "
                 "mean, top minus median, log count), fitted out of fold",
        "embeddings": embeddings,
        "channels": channels,
        "training_data": [
            {"file": _rel(p, data_dir), "sha256": sha256(p)} for p in files if p.exists()
        ],
        "quick": quick,
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (out_dir / METADATA_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return out_dir


def _kept_channels(out_dir: Path, config: FeatureConfig, trained: set[str]) -> dict:
    """Entries of channels not trained now, from the metadata already in `out_dir` (same
    format and features only; their weight files stay as they are)."""
    path = out_dir / METADATA_FILE
    if not path.exists():
        return {}
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}
    if old.get("format") != FORMAT or old.get("features") != config.to_dict():
        return {}
    kept = {ch: entry for ch, entry in old.get("channels", {}).items()
            if ch not in trained and (out_dir / entry.get("weights_file", "")).is_file()}
    for ch, entry in kept.items():
        relabel(ch, entry)
    return kept


def relabel(channel: str, entry: dict) -> None:
    """One release for every channel (a policy pins a release for the whole detector): a
    model kept from an earlier release carries this release's version and names the one its
    weights come from (`weights_from`)."""
    version = f"injection-{channel}-{VERSION_DATE}.{MODEL_REVISION}"
    if entry.get("version") != version:
        entry["weights_from"] = entry.get("weights_from", entry.get("version"))
        entry["version"] = version


def add_audience_thresholds(out_dir: Path, own_dir: Path) -> dict[str, float]:
    """Store in `out_dir`'s metadata the user model's thresholds for audiences other than
    callers: `staff`, the lowest that flags at most `STAFF_FPR` of the staff requests in the
    training split of `staff_turns.jsonl` (never trained on). Returns them."""
    path = own_dir / STAFF_TURNS
    if not path.is_file():
        return {}
    model = load_channel_model(Channel.USER, out_dir)
    rows = [r for r in _jsonl(path) if r["split"] == "train"]
    scores = np.array([model.score(r["text"]) for r in rows])
    labels = np.array([int(r["label"]) for r in rows])
    found = {"staff": choose_threshold(scores, labels, ["staff"] * len(rows), STAFF_FPR,
                                       STAFF_FPR)}
    meta_path = out_dir / METADATA_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["channels"]["user"]["audience_thresholds"] = found
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return found


def _rel(p: Path, data_dir: Path) -> str:
    for root, prefix in ((data_dir, "shared/data/"), (REPO_ROOT, "")):
        try:
            return prefix + str(p.resolve().relative_to(root.resolve()))
        except ValueError:
            continue
    return p.name


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m confide.train injection",
                                 description="Train the channel-aware injection models.")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="development data dir")
    ap.add_argument("--own", type=Path, default=DEFAULT_OWN, help="project's own data dir")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where weights are written")
    ap.add_argument("--quick", action="store_true", help="small subset, one C (for tests)")
    ap.add_argument("--channel", choices=["user", "document", "both"], default="both")
    ap.add_argument("--no-embeddings", action="store_true",
                    help="n-gram features only (the model without the sentence embedding)")
    ap.add_argument("--compare-ensemble", action="store_true",
                    help="also try an n-gram + embedding ensemble in the second stage")
    ap.add_argument("--small-grid", action="store_true",
                    help="one n-gram and one embedding variant per channel (quicker runs)")
    ap.add_argument("--sets", "--opened-sets", dest="sets", default=",".join(WRITTEN_SETS),
                    help="comma-separated written sets under datasets/ to train on (opened "
                         "evaluation sets and authored training sets; '' for none)")
    ap.add_argument("--dump-oof", type=Path, default=None,
                    help="write the chosen variant's out-of-fold scores to PATH.<channel>.jsonl")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if not (args.data / "injection" / "deepset_train.jsonl").exists():
        print(f"no development data under {args.data}", file=sys.stderr)
        return 2
    config = FeatureConfig()
    feat = Featurizer(config)
    embedder = None if args.no_embeddings else Embedder.load()
    written = [DEFAULT_SETS_DIR / n for n in args.sets.split(",") if n]
    missing = [str(d) for d in written if not (d / "injection_user.jsonl").is_file()
               and not (d / "injection_document.jsonl").is_file()]
    if missing:
        print(f"no written set at {', '.join(missing)}", file=sys.stderr)
        return 2
    corpus = load_corpus(args.data, args.own, quick=args.quick, written_sets=written)
    chans = [Channel.USER, Channel.DOCUMENT] if args.channel == "both" else [Channel(args.channel)]
    results = {ch: train_channel(ch, corpus, feat, args.quick, embedder, args.compare_ensemble,
                                 args.small_grid, args.dump_oof)
               for ch in chans}
    out = export(args.out, results, config, corpus.files, args.data, args.quick, embedder)
    if Channel.USER in results:
        add_audience_thresholds(out, args.own)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
