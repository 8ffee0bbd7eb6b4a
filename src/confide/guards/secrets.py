"""Secrets: API keys, tokens, private keys and passwords given in context.

Knowledge is a table of `SecretPattern`s (type, regex, whether the value must look random);
`find_secrets(text)` returns their spans (used on input by `SecretGuard`, and by the output
layer to find secrets in an answer). Generic `key=value` assignments and bare tokens pass a
Shannon-entropy check so ordinary words are not flagged.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass

from confide.guards.base import GuardContext
from confide.verdict import Action, Channel, Entity, Verdict

log = logging.getLogger(__name__)

SECRET_TYPES = ("SECRET_API_KEY", "SECRET_TOKEN", "SECRET_PRIVATE_KEY", "SECRET_PASSWORD")


@dataclass(frozen=True)
class SecretPattern:
    """One kind of secret: the value is group `v` when present, else the whole match."""

    name: str
    type: str
    regex: re.Pattern[str]
    score: float = 0.95
    min_entropy: float = 0.0   # bits per character the value must reach (0: no check)
    # lower-case strings of which every match holds one (checked on ASCII text, where the
    # case-insensitive parts match exactly what lower-casing finds, and a case-sensitive
    # literal leaves its lower case in the lower-cased text): none, no check
    needs: tuple[str, ...] = ()


def _p(name: str, type_: str, rx: str, score: float = 0.95, min_entropy: float = 0.0,
       flags: int = 0, needs: tuple[str, ...] = ()) -> SecretPattern:
    return SecretPattern(name, type_, re.compile(rx, flags), score, min_entropy, needs)


_B = r"(?<![A-Za-z0-9_\-])"   # left boundary for tokens
_E = r"(?![A-Za-z0-9_\-])"    # right boundary
_KEYWORD = (r"(?:api[_\- ]?key|apikey|api[_\- ]?secret|secret[_\- ]?key|client[_\- ]?secret|"
            r"access[_\- ]?key(?:[_\- ]?id)?|secret[_\- ]?access[_\- ]?key|auth[_\- ]?token|"
            r"access[_\- ]?token|refresh[_\- ]?token|private[_\- ]?key|signing[_\- ]?key|"
            r"webhook[_\- ]?secret|token|secret)")
_PASSWORD_WORD = r"(?:password|passwd|passphrase|pass phrase|passcode|pwd|pin code|pin)"  # noqa: S105
# words that follow "password is" without being one
_NOT_A_PASSWORD = frozenset("""a an the not no too my your our this that it expired wrong
incorrect invalid correct working broken locked reset changed same different weak strong long
short required missing empty blank forgotten lost stolen compromised new old fine ok okay right
case sensitive being still also just now going to for of on in at what which why how when where
there here""".split())

PATTERNS: tuple[SecretPattern, ...] = (
    _p("pem-private-key", "SECRET_PRIVATE_KEY",
       r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?"
       r"(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)", 1.0),
    _p("jwt", "SECRET_TOKEN",
       _B + r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}" + _E,
       needs=("eyj",)),
    _p("bearer", "SECRET_TOKEN",
       r"(?i:\bbearer)\s+(?P<v>[A-Za-z0-9._~+/\-]{16,}=*)", 0.9, 3.0, needs=("bearer",)),
    _p("confide-key", "SECRET_API_KEY", _B + r"cfk_[0-9a-f]{8,32}_[A-Za-z0-9_\-]{16,100}" + _E,
       needs=("cfk_",)),
    _p("github", "SECRET_TOKEN",
       _B + r"(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{40,255})" + _E,
       needs=("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
    _p("gitlab", "SECRET_TOKEN", _B + r"glpat-[A-Za-z0-9_\-]{20,}" + _E, needs=("glpat-",)),
    _p("slack", "SECRET_TOKEN", _B + r"xox[abposr]-[A-Za-z0-9\-]{10,}" + _E, needs=("xox",)),
    _p("slack-webhook", "SECRET_TOKEN",
       r"https://hooks\.slack\.com/services/[A-Za-z0-9_/]{20,}"),
    _p("aws-access-key", "SECRET_API_KEY",
       _B + r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}" + _E,
       needs=("akia", "asia", "agpa", "aida", "aroa", "anpa", "anva", "aipa")),
    _p("aws-secret", "SECRET_API_KEY",
       r"(?i:aws_?secret(?:_?access)?_?key)[\"']?\s*[:=]\s*[\"']?"
       r"(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", needs=("aws",)),
    _p("anthropic", "SECRET_API_KEY", _B + r"sk-ant-[A-Za-z0-9_\-]{20,}" + _E,
       needs=("sk-ant-",)),
    _p("openai", "SECRET_API_KEY",
       _B + r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}" + _E, 0.95, 3.0,
       needs=("sk-",)),
    _p("stripe", "SECRET_API_KEY", _B + r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}" + _E,
       needs=("_live_", "_test_")),
    _p("google", "SECRET_API_KEY", _B + r"AIza[0-9A-Za-z_\-]{35}" + _E, needs=("aiza",)),
    _p("sendgrid", "SECRET_API_KEY",
       _B + r"SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}" + _E, needs=("sg.",)),
    _p("twilio", "SECRET_API_KEY", _B + r"SK[0-9a-f]{32}" + _E, 0.8, needs=("sk",)),
    _p("url-credentials", "SECRET_PASSWORD",
       r"\b[a-z][a-z0-9+.\-]{1,15}://[^\s:/@]{1,64}:(?P<v>[^\s:/@]{3,128})@[^\s/]+",
       needs=("://",)),
    # key = value, key: "value" (configs, env files, chat pastes)
    _p("assignment", "SECRET_API_KEY",
       rf"(?i:\b{_KEYWORD})[\"']?\s*(?:[:=]|=>|\bis\b)\s*[\"']?"
       r"(?P<v>[A-Za-z0-9_\-./+=]{16,200})", 0.85, 3.0, needs=("key", "secret", "token")),
    _p("password-assignment", "SECRET_PASSWORD",
       rf"(?i:\b{_PASSWORD_WORD})[\"']?\s*(?:[:=]|=>)\s*[\"']?(?P<v>[^\s\"',;]{{3,128}})",
       0.9, needs=("pass", "pwd", "pin")),
    _p("password-said", "SECRET_PASSWORD",
       rf"(?i:\b{_PASSWORD_WORD}\s+(?:is|was|=|:|would be|will be|should be)|"
       rf"\b(?:log ?in|sign ?in|logon) with)\s+[\"'“]?(?P<v>[^\s\"'”,;]{{3,128}}?)"
       r"[\"'”]?(?=[\s,;!?]|[.](?:\s|$)|$)", 0.85, needs=("pass", "pwd", "pin", "log", "sign")),
)


def shannon_entropy(value: str) -> float:
    """Bits per character of `value`'s character distribution."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def _accept(pat: SecretPattern, value: str) -> bool:
    if pat.type == "SECRET_PASSWORD" and pat.name == "password-said":
        return value.casefold().strip(".") not in _NOT_A_PASSWORD
    if pat.min_entropy and shannon_entropy(value) < pat.min_entropy:
        return False
    if pat.name in ("assignment", "bearer"):
        # a random-looking value mixes letters and digits
        return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    return True


def find_secrets(text: str) -> list[Entity]:
    """Secret spans in `text` (offsets index `text`), overlaps resolved, sorted by start."""
    found: list[Entity] = []
    low = text.lower() if text.isascii() else None
    for pat in PATTERNS:
        if pat.needs and low is not None and not any(w in low for w in pat.needs):
            continue  # none of the words every match holds
        for m in pat.regex.finditer(text):
            start, end = m.span("v") if "v" in pat.regex.groupindex else m.span()
            if end > start and _accept(pat, text[start:end]):
                found.append(Entity(pat.type, start, end, pat.score, detector="secrets"))
    kept: list[Entity] = []
    for ent in sorted(found, key=lambda e: (-e.score, -(e.end - e.start), e.start)):
        if all(ent.end <= k.start or ent.start >= k.end for k in kept):
            kept.append(ent)
    return sorted(kept, key=lambda e: e.start)


class SecretGuard:
    """Finds secrets; reason `input.secret` (or `output.secret_leak` on the output channel)."""

    name = "secrets"
    version = "1.0.0"

    def __init__(self, action: Action = Action.TRANSFORM) -> None:
        self.action = action

    def check(self, text: str, ctx: GuardContext) -> Verdict:
        detectors = {self.name: self.version}
        reason = "output.secret_leak" if ctx.channel is Channel.OUTPUT else "input.secret"
        try:
            entities = find_secrets(text)
        except Exception as exc:  # fail closed, without echoing the text
            log.error("secret detector failed: %s", type(exc).__name__)
            return Verdict(action=Action.BLOCK, reasons=(f"{reason}.error",),
                           scores={self.name: 1.0}, detectors=detectors)
        if not entities:
            return Verdict(scores={self.name: 0.0}, detectors=detectors)
        return Verdict(action=self.action, reasons=(reason,),
                       scores={self.name: max(e.score for e in entities)},
                       entities=tuple(entities), detectors=detectors)
