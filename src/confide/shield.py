"""The Shield: the input and output control layers, composed from small guards.

`Shield.from_policy(policy)` builds every guard once (models load here, so a broken or
mismatched model stops start-up instead of a turn). `check_input` normalises the text,
decodes encoded payloads, runs the input guards and pseudonymises what they found;
`check_output` runs the output guards and applies their redactions. A guard that raises
fails closed: the verdict blocks with `shield.error.<guard>` (grounding, an advisory check,
is the one exception: it fails as its configured action, allow by default).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from confide.guards.base import Guard, GuardContext
from confide.guards.encoding import VERSION as DECODE_VERSION
from confide.guards.encoding import Decoded, decode_payloads_checked, in_place
from confide.guards.normalize import VERSION as NORMALIZE_VERSION
from confide.guards.normalize import Normalization, NormalizedText, invisible_as_spaces, normalize
from confide.pseudonymize import Pseudonymizer
from confide.shield_policy import PolicyError, ShieldPolicy
from confide.verdict import Action, Channel, Entity, Verdict, combine

log = logging.getLogger("confide.shield")

# Guards that also run on decoded payloads (their decision does not depend on offsets).
_VARIANT_GUARDS = frozenset({"injection", "content_safety"})
# Words a caller split with invisible characters are hidden on purpose: the turn is an
# injection attempt whatever the model makes of the words once they are joined again.
# Documents are exempt: publishing tools put zero-width spaces into long words and URLs.
SPLIT_WORDS_VERDICT = Verdict(action=Action.BLOCK, reasons=("input.injection.split_words",),
                              scores={"injection": 1.0},
                              detectors={"normalize": NORMALIZE_VERSION})
# Advisory guards: an internal error there is reported, not turned into a block.
_ADVISORY = frozenset({"grounding"})


@dataclass(frozen=True, slots=True)
class _InputGuards:
    scanners: tuple[Guard, ...]  # run on the text and on decoded variants
    finders: tuple[Guard, ...]  # find entities to pseudonymise (PII, secrets)


class Shield:
    """Input and output control layers for one policy. Thread-safe; build once, reuse."""

    def __init__(self, policy: ShieldPolicy, inputs: Mapping[Channel, _InputGuards],
                 outputs: tuple[Guard, ...], secrets: Guard | None) -> None:
        self.policy = policy
        self._inputs = dict(inputs)
        self._outputs = outputs
        self._secrets = secrets
        self._reidentify = frozenset(policy.pii.reidentify)

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_policy(cls, policy: ShieldPolicy | Mapping[str, Any] | str | Path | None = None
                    ) -> Shield:
        """Build the Shield for `policy` (a ShieldPolicy, a mapping, a YAML path, or defaults)."""
        from confide.guards.content_safety import ContentSafetyGuard
        from confide.guards.grounding import GroundingGuard
        from confide.guards.injection import CALLERS, InjectionGuard
        from confide.guards.pii import PiiDetector, PiiGuard
        from confide.guards.pii_leak import PiiLeakGuard
        from confide.guards.prompt_leak import PromptLeakGuard
        from confide.guards.rendering import RenderingGuard
        from confide.guards.secrets import SecretGuard

        p = ShieldPolicy.load(policy)
        detector = PiiDetector(mode=p.pii.mode, entities=p.pii.entities,
                               min_score=p.pii.min_score)
        secrets = SecretGuard() if p.secrets else None
        finders: list[Guard] = []
        if p.pii.enabled:
            finders.append(PiiGuard(detector=detector))
        if secrets:
            finders.append(secrets)

        inputs: dict[Channel, _InputGuards] = {}
        for channel, threshold in ((Channel.USER, p.injection.user_threshold),
                                   (Channel.DOCUMENT, p.injection.document_threshold)):
            scanners: list[Guard] = []
            if p.injection.enabled:
                audience = p.injection.audience if channel is Channel.USER else CALLERS
                scanners.append(InjectionGuard(channel=channel, threshold=threshold,
                                               audience=audience,
                                               use_encoder=p.injection.encoder))
            if p.content_safety.enabled and p.content_safety.on_input and channel is Channel.USER:
                scanners.append(ContentSafetyGuard(channel=Channel.USER))
            inputs[channel] = _InputGuards(tuple(scanners), tuple(finders))

        outputs: list[Guard] = []
        if p.output.prompt_leak:
            outputs.append(PromptLeakGuard())
        if p.content_safety.enabled:
            outputs.append(ContentSafetyGuard(channel=Channel.OUTPUT))
        if p.pii.enabled:
            outputs.append(PiiLeakGuard(detector=detector, action=p.output.pii_leak_action))
        outputs.append(RenderingGuard(allowed_domains=tuple(p.output.allowed_domains)))
        if p.output.grounding:
            outputs.append(GroundingGuard(action=Action(p.output.grounding_action)))

        shield = cls(p, inputs, tuple(outputs), secrets if p.output.secret_leak else None)
        shield._check_pins()
        return shield

    def _all_guards(self) -> list[Guard]:
        seen: dict[int, Guard] = {}
        for g in self._inputs.values():
            for guard in (*g.scanners, *g.finders):
                seen[id(guard)] = guard
        for guard in (*self._outputs, *([self._secrets] if self._secrets else [])):
            seen[id(guard)] = guard
        return list(seen.values())

    @property
    def versions(self) -> dict[str, str]:
        """Every detector this Shield runs, with its version."""
        out = {"normalize": NORMALIZE_VERSION, "decode": DECODE_VERSION}
        for guard in self._all_guards():
            key = guard.name
            if key in out and out[key] != guard.version:
                key = f"{guard.name}:{guard.version}"
            out[key] = guard.version
        return out

    def _check_pins(self) -> None:
        loaded: dict[str, set[str]] = {}
        for guard in self._all_guards():
            loaded.setdefault(guard.name, set()).add(guard.version)
        loaded.setdefault("normalize", set()).add(NORMALIZE_VERSION)
        loaded.setdefault("decode", set()).add(DECODE_VERSION)
        for name, pinned in self.policy.pins.items():
            versions = loaded.get(name)
            if not versions:
                raise PolicyError(f"policy pins detector '{name}', which this Shield does not run")
            # A pin names a version, or a release that every model of the detector carries
            # ("2026.11.1" pins both injection-user-2026.11.1 and injection-document-2026.11.1).
            # A model run without its encoder is "<version>+ngram"; it is of the same release.
            if not all(v == pinned or v.split("+", 1)[0].endswith(f"-{pinned}")
                       for v in versions):
                raise PolicyError(
                    f"policy pins {name}={pinned} but {', '.join(sorted(versions))} is installed"
                )

    # ------------------------------------------------------------------ input layer
    def check_input(self, text: str, channel: Channel | str = Channel.USER,
                    pseudonymizer: Pseudonymizer | None = None) -> Verdict:
        """Check a user message or a document before the model sees it."""
        started = time.perf_counter()
        channel = Channel(channel)
        if channel is Channel.OUTPUT:
            raise ValueError("use check_output for the output channel")
        guards = self._inputs[channel]
        norm = normalize(text)
        ctx = GuardContext(channel=channel, original=text)

        verdicts: list[Verdict] = [self._normalization_verdict(norm)]
        if (channel is Channel.USER and self.policy.injection.enabled
                and Normalization.SPLIT_WORDS in norm.changes):
            verdicts.append(SPLIT_WORDS_VERDICT)
        variants, decoded, overflow = self._variants(norm)
        if overflow:  # payloads left undecoded are unscanned: fail closed
            verdicts.append(Verdict(action=Action.BLOCK,
                                    reasons=("input.encoded_payload.too_many",),
                                    scores={"obfuscation": 1.0},
                                    detectors={"decode": DECODE_VERSION}))
        readable = in_place(norm.text, decoded)
        for guard in guards.scanners:
            verdicts.append(self._scan_with_variants(guard, norm.text, readable, variants, ctx))
        found: list[Entity] = []
        for guard in guards.finders:
            v = self._run(guard, norm.text, ctx)
            found.extend(v.entities)
            verdicts.append(replace(v, entities=tuple(_to_original(e, norm) for e in v.entities)))
        encoded = self._encoded_identifiers(decoded, guards.finders, ctx)
        if encoded:
            found.extend(encoded)
            verdicts.append(Verdict(action=Action.TRANSFORM, reasons=("input.pii.encoded",),
                                    entities=tuple(_to_original(e, norm) for e in encoded),
                                    detectors={"decode": DECODE_VERSION}))

        verdict = combine(verdicts)
        out_text: str | None = None
        action = verdict.action
        if action is Action.TRANSFORM or (action is Action.ALLOW and norm.obfuscated):
            pseudo = pseudonymizer if pseudonymizer is not None else Pseudonymizer()
            out_text = pseudo.apply(norm.text, found) if found else norm.text
            action = Action.TRANSFORM if out_text != text else Action.ALLOW
        verdict = replace(verdict, action=action, text=out_text if action is Action.TRANSFORM
                          else None)
        return verdict.with_latency((time.perf_counter() - started) * 1000)

    @staticmethod
    def _normalization_verdict(norm: NormalizedText) -> Verdict:
        reasons = tuple(f"input.normalized.{c}" for c in sorted(norm.changes))
        if norm.hidden:
            reasons += ("input.normalized.hidden_text",)
        score = 1.0 if norm.obfuscated else 0.0
        return Verdict(reasons=reasons, scores={"obfuscation": score},
                       detectors={"normalize": NORMALIZE_VERSION})

    def _variants(self, norm: NormalizedText
                  ) -> tuple[list[tuple[str, str]], list[Decoded], bool]:
        """(reason, text) pairs to scan besides the normalised text itself, the decoded
        payloads among them, and whether more payloads were found than are decoded."""
        out: list[tuple[str, str]] = []
        decoded: list[Decoded] = []
        overflow = False
        if norm.hidden:
            out.append(("input.normalized.hidden_text", norm.hidden))
        if Normalization.INVISIBLE in norm.changes or Normalization.BIDI in norm.changes:
            spaced = normalize(invisible_as_spaces(norm.original)).text
            out.append(("input.normalized.invisible", " ".join(spaced.split())))
        if self.policy.decode_payloads:
            decoded, overflow = decode_payloads_checked(norm.text)
            out.extend((f"input.encoded_payload.{d.encoding}", normalize(d.text).text)
                       for d in decoded)
        return out, decoded, overflow

    def _encoded_identifiers(self, decoded: list[Decoded], finders: tuple[Guard, ...],
                             ctx: GuardContext) -> list[Entity]:
        """Encoded payloads that hide PII or a secret, as spans to replace whole: the model
        must not receive an identifier just because it was base64-encoded."""
        spans: list[Entity] = []
        for d in decoded:
            for guard in finders:
                v = self._run(guard, d.text, ctx)
                if v.entities or v.action is Action.BLOCK:
                    spans.append(Entity("ENCODED_PAYLOAD", d.start, d.end, 1.0, "decode"))
                    break
        return spans

    def _scan_with_variants(self, guard: Guard, text: str, readable: tuple[str, tuple[str, ...]],
                            variants: list[tuple[str, str]], ctx: GuardContext) -> Verdict:
        """The worst verdict of `guard` on the text and on its variants. A guard of
        _VARIANT_GUARDS reads the text with its encoded payloads decoded in place (`readable`),
        so that a harmless encoded string is judged by what it says, not by how it looks."""
        if guard.name not in _VARIANT_GUARDS:
            return self._run(guard, text, ctx)
        plain, encodings = readable
        best = self._run(guard, plain, ctx)
        if encodings:
            flagged = best.action is not Action.ALLOW
            reasons = tuple(dict.fromkeys(f"input.encoded_payload.{e}" for e in encodings))
            best = replace(best, entities=(),
                           reasons=(*best.reasons, *reasons) if flagged else best.reasons)
        for reason, variant in variants:
            if variant == plain:  # a whole-message payload, already read in place
                continue
            v = self._run(guard, variant, ctx)
            if v.action.severity > best.action.severity:
                best = replace(v, reasons=(*v.reasons, reason), entities=())
                continue
            # a variant that is flagged as well still names how the attack was hidden
            also = (v.action is not Action.ALLOW and v.action is best.action
                    and reason not in best.reasons)
            best = replace(best, reasons=(*best.reasons, reason) if also else best.reasons,
                           scores={k: max(s, v.scores.get(k, 0.0))
                                   for k, s in best.scores.items()})
        return best

    # ------------------------------------------------------------------ output layer
    def check_output(self, text: str, *, context: Iterable[str] = (),
                     system_prompt: str | None = None, canary: str | None = None,
                     subject_values: Iterable[str] = (),
                     pseudonymizer: Pseudonymizer | None = None) -> Verdict:
        """Check a model answer before it reaches the user; restore allowed pseudonyms."""
        started = time.perf_counter()
        values = frozenset(subject_values)
        if pseudonymizer is not None:
            values |= pseudonymizer.values()
        ctx = GuardContext(channel=Channel.OUTPUT, original=text,
                           context=tuple(context), system_prompt=system_prompt,
                           canary=canary, subject_values=values)
        verdicts = [self._run(guard, text, ctx) for guard in self._outputs]

        current = text
        reruns: list[Verdict] = []
        for guard, v in zip(self._outputs, verdicts, strict=True):
            if v.action is Action.TRANSFORM and v.text is not None:
                if current == text:
                    current = v.text
                    continue
                # Guards ran on the original; re-run a transformer on already-changed text.
                # Its verdict counts too: a re-run that fails or blocks must not leave the
                # first run's redaction undone (fail closed).
                again = self._run(guard, current, ctx)
                if again.action.severity > Action.TRANSFORM.severity:
                    reruns.append(again)
                elif again.action is Action.TRANSFORM and again.text is not None:
                    current = again.text
        verdicts.extend(reruns)
        if self._secrets is not None:
            sv = self._run(self._secrets, text, ctx)
            if sv.entities:
                current = _redact(current, text, sv.entities, "[REDACTED_SECRET]")
                verdicts.append(Verdict(action=Action.TRANSFORM,
                                        reasons=("output.secret_leak",), scores=sv.scores,
                                        entities=sv.entities, detectors=sv.detectors))
            elif sv.action is Action.BLOCK:  # the secrets guard itself failed
                verdicts.append(sv)

        verdict = combine(verdicts)
        if verdict.action is not Action.BLOCK and pseudonymizer is not None and self._reidentify:
            current = pseudonymizer.restore(current, set(self._reidentify))
        action = verdict.action
        if action is Action.ALLOW and current != text:
            action = Action.TRANSFORM
        verdict = replace(verdict, action=action,
                          text=current if action is Action.TRANSFORM else None)
        return verdict.with_latency((time.perf_counter() - started) * 1000)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _run(guard: Guard, text: str, ctx: GuardContext) -> Verdict:
        """Run one guard; an exception fails closed (logged by type only, never the text)."""
        try:
            return guard.check(text, ctx)
        except Exception as exc:
            log.error("guard failed", extra={"guard": guard.name, "error": type(exc).__name__})
            # An advisory guard fails as it is configured to act (allow by default); one set
            # to escalate or block is no longer advisory and must not fail open.
            action = (Action(getattr(guard, "action", Action.ALLOW))
                      if guard.name in _ADVISORY else Action.BLOCK)
            return Verdict(action=action, reasons=(f"shield.error.{guard.name}",),
                           detectors={guard.name: guard.version})


def _to_original(e: Entity, norm: NormalizedText) -> Entity:
    start, end = norm.span_to_original(e.start, e.end)
    return replace(e, start=start, end=end)


def _redact(current: str, original: str, entities: Iterable[Entity], token: str) -> str:
    """Replace entity spans of `original` wherever those values still occur in `current`."""
    for value in {original[e.start:e.end] for e in entities}:
        if value:
            current = current.replace(value, token)
    return current


_DEFAULT: Shield | None = None
_DEFAULT_LOCK = threading.Lock()


def default_shield() -> Shield:
    """The Shield of the default policy, built once per process and shared (document scans
    of the knowledge base, memory screening)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Shield.from_policy()
    return _DEFAULT
