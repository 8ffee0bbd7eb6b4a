"""High-precision injection signals that add to the model score, never replace it.

Each rule is data: an id, a case-insensitive regular expression, a weight (the probability
that a text matching it is an injection) and the languages it is written for. The combined
score is a noisy-OR of the model probability and the strongest matching rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from confide.verdict import Channel

_ALL = (Channel.USER, Channel.DOCUMENT, Channel.OUTPUT)


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern with its weight, languages and the channels it applies to."""

    id: str
    pattern: str
    weight: float
    languages: tuple[str, ...] = ("en",)
    channels: tuple[Channel, ...] = _ALL

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)


_PREV = (r"(?:all\s+)?(?:the\s+|your\s+|of\s+(?:the|your)\s+)?"
         r"(?:previous|prior|above|preceding|earlier|former|original|initial)")
_INSTR = r"(?:instructions?|prompts?|directions?|directives?|rules|guidelines|commands?|context)"

RULES: tuple[Rule, ...] = (
    Rule("override.ignore_previous",
         rf"\b(?:ignore|disregard|forget|skip|override|bypass)\s+{_PREV}\s+{_INSTR}", 0.97),
    Rule("override.ignore_all_rules",
         rf"\b(?:ignore|disregard|forget)\s+(?:all\s+)?(?:your|the)\s+{_INSTR}", 0.9),
    Rule("override.forget_everything",
         r"\bforget\s+(?:everything|all)\s+"
         r"(?:you\s+(?:were|have\s+been)\s+told|above|before)", 0.9),
    Rule("jailbreak.dan", r"\byou\s+are\s+(?:now\s+)?DAN\b|\bdo\s+anything\s+now\b", 0.97),
    Rule("jailbreak.mode",
         r"\b(?:developer|god|jailbreak|maintenance|unrestricted)\s+mode\s+"
         r"(?:enabled|activated|on)\b|\benable\s+(?:developer|god|jailbreak)\s+mode\b", 0.9),
    Rule("tags.system",
         r"</?\s*(?:system|sys|im_start|im_end)\s*>|<\|im_(?:start|end)\|>|\[/?INST\]"
         r"|<<\s*/?SYS\s*>>", 0.95),
    Rule("extraction.system_prompt",
         r"\b(?:reveal|print|show|repeat|output|display|leak|tell\s+me)\s+(?:me\s+)?(?:your|the)\s+"
         r"(?:(?:full|entire|hidden|secret|original|initial|exact)\s+)?"
         r"(?:system\s+prompt|system\s+message|initial\s+instructions|hidden\s+instructions)",
         0.95),
    Rule("new_instructions.header",
         r"(?:^|\n)\s*(?:#+\s*)?(?:new|updated)\s+(?:system\s+)?instructions?\s*:", 0.85),
    Rule("exfil.markdown_image_query",
         r"!\[[^\]]*\]\(\s*https?://[^)\s]+\?[^)\s]*(?:chat|conversation|history|data|q|d|info)=",
         0.9),
    Rule("de.ignore_previous",
         r"\b(?:ignoriere|vergiss|missachte)\s+(?:alle\s+)?(?:vorherigen|bisherigen|obigen|"
         r"vorangegangenen)\s+(?:anweisungen|instruktionen|befehle|regeln|aufgaben)", 0.97,
         languages=("de",)),
    Rule("es.ignore_previous",
         r"\b(?:ignora|olvida|ignore|olvide)\s+(?:todas\s+)?(?:las\s+)?(?:instrucciones|reglas)\s+"
         r"(?:anteriores|previas)", 0.97, languages=("es",)),
    Rule("fr.ignore_previous",
         r"\b(?:ignore|oublie|ignorez|oubliez)\s+(?:toutes\s+)?(?:les\s+)?(?:instructions|"
         r"consignes|règles)\s+(?:précédentes|antérieures)", 0.97, languages=("fr",)),
    Rule("tags.tool",
         r"</?\s*(?:tool_(?:output|result|call|response)|function_(?:call|result)|"
         r"assistant|document|instructions?)\s*>", 0.9),
    Rule("document.addresses_assistant",
         r"(?:^|[\n.!?|]\s*|\[)(?:(?:a\s+)?(?:note|message|instructions?|reminder)\s+"
         r"(?:to|for|pour|an|para)\s+(?:the\s+|any\s+|das\s+|la\s+)?)?"
         r"(?:(?:hey|dear)\s+(?:model|ai|assistant)|ai|assistant|ai\s+assistant|"
         r"(?:ai|language)\s+model|llm|chatbot|ai\s+reviewers?|ki-assistent|ki|modell|"
         r"asistente|ia|l'ia|assistant\s+ia)\s*[\]:,]\s*(?:please\s+|bitte\s+)?"
         r"(?:ignore|disregard|forget|cancel|transfer|send|forward|delete|approve|reveal|print|"
         r"tell|say|include|mark|reject|rate|add|change|issue|respond|answer|reply|do\s+not|"
         r"don't|when|before|in\s+your|you\s+must|your|ignoriere|vergiss|storniere|"
         r"überweise|schicke|sag|ignora|olvida|env[ií]a|aprueba|dile|ignore[sz]?|oublie|"
         r"envoie|dis|r[ée]v[èe]le)\b", 0.85, languages=("en", "de", "es", "fr"),
         channels=(Channel.DOCUMENT,)),
    Rule("document.if_you_are_ai",
         r"\bif\s+you\s+are\s+(?:an?\s+)?(?:ai|assistant|language\s+model|llm|chatbot|"
         r"bot|automated\s+system)\b", 0.9, channels=(Channel.DOCUMENT,)),
)

_COMPILED = tuple((r, r.compiled()) for r in RULES)


def matching_rules(text: str, channel: Channel = Channel.USER) -> list[Rule]:
    """The rules that fire on `text` for `channel`."""
    return [r for r, rx in _COMPILED if channel in r.channels and rx.search(text)]


def rule_score(text: str, channel: Channel = Channel.USER) -> float:
    """The weight of the strongest matching rule, 0.0 when none matches."""
    best = 0.0
    for r, rx in _COMPILED:
        if r.weight > best and channel in r.channels and rx.search(text):
            best = r.weight
    return best
