"""High-precision injection signals that add to the model score, never replace it.

Each rule is data: an id, a case-insensitive regular expression, a weight (the probability
that a text matching it is an injection) and the languages it is written for. The combined
score is a noisy-OR of the model probability and the strongest matching rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from confide.verdict import Channel

_ALL = (Channel.USER, Channel.DOCUMENT, Channel.OUTPUT)
_CHAT = (Channel.USER, Channel.OUTPUT)


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern with its weight, languages and the channels it applies to."""

    id: str
    pattern: str
    weight: float
    languages: tuple[str, ...] = ("en",)
    channels: tuple[Channel, ...] = _ALL
    # match against the text with quoted spans blanked out: a text that *quotes* an attack
    # ("we test prompts like 'reveal your system prompt'") is talking about it, not doing it
    unquoted: bool = False
    # cheap gate: the rule is only tried when the lower-cased text contains one of these
    # substrings (every match of the pattern contains one; empty = always tried)
    gate: tuple[str, ...] = ()

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)


_PREV = (r"(?:all\s+)?(?:the\s+|your\s+|of\s+(?:the|your)\s+)?"
         r"(?:previous|prior|above|preceding|earlier|former|original|initial)")
_INSTR = r"(?:instructions?|prompts?|directions?|directives?|rules|guidelines|commands?|context)"


def _after(delims: str) -> str:
    r"""Where a line or sentence starts: at the start of the text, or just after one of the
    characters of the class `delims` and at most three spaces. A lookbehind, not
    `[delims]\s*`, which rescans a run of blank lines from each of its characters (quadratic
    time on a text of many newlines)."""
    cls = f"[{delims}]"
    behind = "|".join(f"(?<={cls}{sp})" for sp in ("", r"\s", r"\s\s", r"\s\s\s"))
    return rf"(?:^\s{{0,3}}|{behind})"


_NL = _after(r"\n")
_SENTENCE = _after(r".!?\n")
_CLAUSE = _after(r".!?\n:")  # after a sentence, a line or a colon

RULES: tuple[Rule, ...] = (
    Rule("override.ignore_previous",
         rf"\b(?:ignore|disregard|forget|skip|override|bypass)\s+{_PREV}\s+{_INSTR}", 0.97,
         unquoted=True),
    Rule("override.ignore_all_rules",
         rf"\b(?:ignore|disregard|forget)\s+(?:all\s+)?(?:your|the)\s+{_INSTR}", 0.9),
    Rule("override.forget_everything",
         r"\bforget\s+(?:everything|all)\s+"
         r"(?:you\s+(?:were|have\s+been)\s+told|above|before)", 0.9),
    Rule("jailbreak.dan", r"\byou\s+are\s+(?:now\s+)?dan\b|\bdo\s+anything\s+now\b", 0.97,
         unquoted=True),
    Rule("jailbreak.mode",
         r"\b(?:developer|god|jailbreak|maintenance|unrestricted)\s+mode\s+"
         r"(?:enabled|activated|on)\b|\benable\s+(?:developer|god|jailbreak)\s+mode\b", 0.9),
    Rule("tags.system",
         r"</?\s*(?:system|sys|im_start|im_end)\s*>|<\|im_(?:start|end)\|>|\[/?inst\]"
         r"|<<\s*/?sys\s*>>", 0.95),
    Rule("extraction.system_prompt",
         r"\b(?:reveal|print|show|repeat|output|display|leak|tell\s+me)\s+(?:me\s+)?(?:your|the)\s+"
         r"(?:(?:full|entire|hidden|secret|original|initial|exact)\s+)?"
         r"(?:system\s+prompt|system\s+message|initial\s+instructions|hidden\s+instructions)",
         0.95, unquoted=True),
    Rule("new_instructions.header",
         _NL + r"(?:#+\s*)?(?:new|updated)\s+(?:system\s+)?instructions?\s*:", 0.85),
    Rule("exfil.markdown_image_query",
         r"!\[[^\]]*\]\(\s*https?://[^)\s]+\?[^)\s]*(?:chat|conversation|history|data|q|d|info)=",
         0.9),
    Rule("de.ignore_previous",
         r"\b(?:ignoriere|vergiss|missachte)\s+(?:alle\s+)?(?:vorherigen|bisherigen|obigen|"
         r"vorangegangenen)\s+(?:anweisungen|instruktionen|befehle|regeln|aufgaben)", 0.97,
         languages=("de",)),
    Rule("es.ignore_previous",
         r"\b(?:ignora|olvida|ignore|olvide)\s+(?:todas\s+)?(?:las\s+)?(?:instrucciones|reglas)\s+"
         r"(?:anteriores|previas)(?!\s+(?:sobre|acerca|del?|para)\b)", 0.97, languages=("es",)),
    Rule("fr.ignore_previous",
         r"\b(?:ignore|oublie|ignorez|oubliez)\s+(?:toutes\s+)?(?:les\s+)?(?:instructions|"
         r"consignes|règles)\s+(?:précédentes|antérieures)(?!\s+(?:sur|concernant|pour)\b)", 0.97,
         languages=("fr",)),
    Rule("tags.tool",
         r"</?\s*(?:tool_(?:output|result|call|response)|function_(?:call|result)|"
         r"assistant|document|instructions?)\s*>", 0.9),
    Rule("document.addresses_assistant",
         r"(?:" + _after(r"\n.!?|") + r"|\[)(?:(?:a\s+)?(?:note|message|instructions?|reminder)\s+"
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

# --------------------------------------------------------------------------- 2026.11.4
# Meta-language about the assistant's own instructions, rules, prompt, mode or persona
# (en/de/es/fr), and text addressed to an AI inside documents. Each was kept only when it
# fired on no benign development or own training row (see the model card).
_YOUR = r"(?:your|ur|deine[nrms]?|ihre[nrms]?|tus|sus|tu|su|tes|vos|votre|ton|ta)"
_SETUP = (r"(?:instructions|prompt|system\s+message|setup\s+message|configuration|config|"
          r"briefing|preamble|programming|directives|guidelines|rules|anweisungen|vorgaben|"
          r"richtlinien|regeln|systemanweisungen|konfiguration|systemnachricht|instrucciones|"
          r"directrices|reglas|normas|configuraci[oó]n|mensaje\s+de\s+sistema|consignes|"
          r"directives|r[eè]gles|message\s+syst[eè]me)")
_QUAL = (r"(?:(?:full|entire|hidden|secret|original|initial|exact|confidential|internal|real|"
         r"actual|system|setup|first|geheimen?|bisherigen|versteckten|ocultas|secretas|"
         r"cach[ée]es|secr[eè]tes|compl[eè]te?s?)\s+){0,2}")

RULES_META: tuple[Rule, ...] = (
    Rule("meta.extract_setup",
         r"\b(?:reveal|print|show|repeat|output|display|leak|read\s+(?:out|back)|quote|recite|"
         r"paste|copy(?:\s+out)?|dump|spell\s+out|translate|encode|zeig(?:e|en\s+sie)?|"
         r"nenne|kopiere|verrate|muestra(?:me)?|muestre|mostrar|revela(?:r)?|copia|dime|"
         r"affiche[rz]?|montre[rz]?|r[ée]v[eè]le[rz]?|recopie[rz]?|donne-moi)\s+(?:me\s+|mir\s+)?"
         rf"{_YOUR}\s+{_QUAL}{_SETUP}\b(?!\s+(?:for|about|on|regarding|f[üu]r|zu|para|sobre|"
         r"pour|sur)\b)", 0.93, languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("meta.first_words_of_setup",
         r"\b(?:first|last|ersten|letzten|primeras|[uú]ltimas|premiers|derniers)\s+"
         r"(?:\d+|few|ten|twenty|fifty|hundred)\s+(?:words|lines|sentences|characters|w[öo]rter|"
         r"zeilen|palabras|l[ií]neas|mots|lignes)\s+(?:(?:of|von|de)\s+)?(?:the\s+)?"
         rf"{_YOUR}\s+{_QUAL}{_SETUP}", 0.95, languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("meta.hint_about_rules",
         r"\b(?:hint|clue|hinweis|tipp|pista|indice)\s+(?:about|on|to|auf|zu|sobre|sur)\s+"
         rf"{_YOUR}\s+{_QUAL}{_SETUP}", 0.9, languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("meta.told_before_chat",
         r"\bwhat\s+(?:were|was|have)\s+you\s+(?:been\s+)?(?:told|instructed|given|programmed)"
         r"\s+(?:before|at\s+the\s+(?:start|beginning)|initially|to\s+(?:do|say)\s+before)"
         r"|\bwas\s+wurde\s+dir\s+(?:gesagt|aufgetragen),?\s+(?:bevor|am\s+anfang)"
         r"|\bqu[eé]\s+te\s+(?:dijeron|ordenaron|indicaron)\s+antes"
         r"|\bqu'est-ce\s+qu'on\s+t'a\s+dit\s+avant"
         r"|\b(?:text|message|words|everything)\s+(?:that\s+(?:sits|is|came)\s+)?(?:above|before)"
         r"\s+(?:this\s+line|our\s+conversation|my\s+first\s+message)", 0.92,
         languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("meta.set_aside_setup",
         r"\b(?:ignore|ignoring|disregard|forget|drop|set\s+aside|suspend|turn\s+off|switch\s+off|"
         r"ignoriere|ignorieren\s+sie|vergiss|vergessen\s+sie|ignora|ignorar|ignore|olvida|"
         r"olvidar|olvide|olvídate\s+de|deja\s+de\s+lado|oublie[rz]?|ignore[rz]|mettre\s+de\s+"
         rf"c[ôo]t[ée])\s+{_YOUR}\s+{_QUAL}{_SETUP}\b"
         rf"|\b(?:deine|ihre)\s+{_QUAL}(?:vorgaben|richtlinien|regeln|anweisungen|"
         r"systemanweisungen|konfiguration)\s+(?:\w+\s+){0,3}?(?:beiseite|ignorier|vergess|"
         r"anzeig|offenleg|verrat)", 0.93,
         languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("meta.no_longer_bound",
         rf"\b{_YOUR}\s+{_QUAL}(?:{_SETUP}|restrictions|einschr[äa]nkungen|restricciones)\s+"
         r"(?:(?:are|were)\s+(?:suspended|lifted|void|disabled|outdated|off)|(?:do\s+not|don't|no\s+"
         r"longer)\s+apply|gelten\s+nicht\s+mehr|ya\s+no\s+(?:aplican|valen|cuentan)|ne\s+"
         r"s'appliquent\s+plus)|\bnicht\s+mehr\s+an\s+(?:deine|ihre)\s+(?:richtlinien|regeln|"
         r"vorgaben|anweisungen)", 0.93, languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("persona.reassign",
         r"\b(?:from\s+now\s+on|as\s+of\s+now|starting\s+now|ab\s+(?:jetzt|sofort)|a\s+partir\s+de"
         r"\s+ahora|desde\s+ahora|d[ée]sormais|[àa]\s+partir\s+de\s+maintenant)[,\s]+(?:you(?:'re|"
         r"\s+are)\s+(?!welcome|right|correct)|you\s+work\s+for|du\s+bist|du\s+arbeitest|eres|"
         r"trabajas|tu\s+es|tu\s+travailles)"
         r"|\byou\s+(?:work|belong)\s+(?:for|to)\s+me\s+now\b|\byour\s+new\s+(?:identity|name|"
         r"persona|boss)\s+is\b|\byou(?:'re|\s+are)\s+no\s+longer\s+(?:an?\s+|the\s+|my\s+)?"
         r"(?:\S+\s+){0,2}(?:assistant|bot|chatbot)|\byou(?:'re|\s+are)\s+not\s+(?:an?\s+|the\s+|my\s+)?"
         r"(?:\S+\s+){0,2}(?:assistant|bot|chatbot)\s+any\s*more"
         r"|\bab\s+(?:jetzt|sofort)\s+(?:arbeitest|bist)\s+du\b", 0.92,
         languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("persona.no_rules",
         r"\b(?:ai|assistant|bot|chatbot|version|character|persona|ki|assistent(?:in)?|ia|"
         r"asistente|intelligence)\b[^.?!\n]{0,30}?\b(?:with\s+(?:no|zero)|without(?:\s+any)?|"
         r"ohne(?:\s+jede)?|sin|sans(?:\s+aucune?)?)\s+(?:rules|restrictions|limits|filters|"
         r"guidelines|ethics|content\s+polic(?:y|ies)|safety|regeln|einschr[äa]nkung(?:en)?|"
         r"filter|reglas|restricciones|filtros|l[ií]mites|r[eè]gles|limites?|filtres)"
         r"|\bevil\s+(?:twin|version|counterpart)\b|\bshadow\s+self\b|\b(?:uncensored|"
         r"unfiltered|unrestricted|unbound)\s+(?:ai|assistant|version|model|chatbot)\b",
         0.92, languages=("en", "de", "es", "fr"), unquoted=True,
         channels=_CHAT),
    Rule("persona.grandmother",
         r"\b(?:act\s+as|pretend\s+to\s+be|play|be|spiel|sei|haz\s+de|finge\s+ser|joue|sois)\s+"
         r"(?:my|meine?|mi|ma|mon)\s+(?:late\s+|dead\s+|verstorbene[n]?\s+|difunt[ao]\s+|"
         r"d[ée]funt[e]?\s+)?(?:grand(?:ma|mother|pa|father)|granny|oma|opa|abuel[ao]|"
         r"grand-m[èe]re|grand-p[èe]re)", 0.9, languages=("en", "de", "es", "fr"),
         unquoted=True),
    Rule("command.prefix",
         r"(?:^|\s)[/!#](?:sudo|admin|debug|jailbreak|unlock|override|root|godmode|devmode)\b"
         r"|\bsudo\s+mode\b", 0.9),
    Rule("command.enter_mode",
         r"\b(?:enable|activate|enter|switch\s+(?:in)?to|turn\s+on|go\s+into|aktiviere|"
         r"aktivieren\s+sie|wechsle\s+in\s+den|activa|entra\s+en|passe\s+en|active|activez)\s+"
         r"(?:the\s+|den\s+|el\s+|le\s+)?(?:(?:god|debug|maintenance|developer|admin|sudo|dev|"
         r"unrestricted|jailbreak)\s+mode|(?:wartungs|entwickler|debug|admin|gott)modus|modo\s+"
         r"(?:mantenimiento|desarrollador|dios|depuraci[oó]n|administrador)|mode\s+(?:maintenance|"
         r"d[ée]veloppeur|debug|dieu|administrateur))", 0.9,
         languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("tags.fake_authority",
         r"(?:<\s*/?|\[\s*/?|\{\{\s*|<<\s*)(?:system|admin|administrator|developer|root|sys)"
         r"(?:[\s_-]?(?:override|note|message|prompt|mode))?\s*(?:\]|>|:|\}\})"
         r"(?!\s*tags?\b)", 0.93, unquoted=True),
    Rule("memory.persist",
         r"\b(?:remember|memori[sz]e|store|save|keep|add)\b[^.?!\n]{0,40}?\b(?:for\s+(?:all\s+)?"
         r"(?:future|later|next|other)\s+(?:conversations|chats|users|sessions|callers)|"
         r"permanent(?:ly)?|(?:long-term|permanent)\s+memory|(?:in|to)\s+your\s+memory|for\s+"
         r"the\s+next\s+user|for\s+every(?:one|\s+user))"
         r"|\bmerke?\s+dir\s+f[üu]r\s+alle\s+(?:zuk[üu]nftigen|k[üu]nftigen)"
         r"|\brecuerda\s+para\s+todas\s+las\s+conversaciones"
         r"|\bretiens\s+pour\s+toutes\s+les\s+conversations", 0.9,
         languages=("en", "de", "es", "fr"), unquoted=True, channels=_CHAT),
    # document channel: text addressed to an AI that reads it
    Rule("document.addressed_to_ai_reader",
         r"(?<!['\"‘“«])\b(?:any|every|all|the|to\s+any|dear|an\s+jedes|jede[sr]?|cualquier|"
         r"a\s+cualquier|toute?|[àa]\s+toute?)\s+(?:automated\s+(?:systems?|readers?|reviewers?|"
         r"tools?)|ai(?:\s+(?:systems?|models?|assistants?))?|language\s+models?|llms?|chatbots?|"
         r"ki(?:-system)?|ia|assistants?|asistentes?|syst[eè]me\s+automatique)\s*,?\s*(?:that\s+|"
         r"which\s+|who\s+|das\s+|die\s+|que\s+|qui\s+)?(?:is\s+|are\s+)?(?:read(?:s|ing)?|"
         r"process(?:es|ing)?|summari[sz](?:es|ing)|pars(?:es|ing)|screen(?:s|ing)|liest|"
         r"verarbeitet|lea|procese|lit|traite)\b"
         r"|\bif\s+an?\s+(?:ai|assistant|language\s+model|llm|bot)\s+is\s+reading"
         r"|\b(?:dear|liebe[rs]?|querid[ao]|ch[eè]re?)\s+(?:ai|ki|ia|assistant|assistent|asistente)\b\s*,"
         r"|\baddressed\s+to\s+the\s+(?:language\s+model|ai|assistant)", 0.9,
         languages=("en", "de", "es", "fr"), channels=(Channel.DOCUMENT,)),
    Rule("document.note_to_ai",
         r"[\[(]\s*(?:(?:note|hinweis|nota|remarque)\s+)?(?:(?:to|for|f[üu]r|an|para|pour)\s+)?"
         r"(?:the\s+|den\s+|das\s+|el\s+|la\s+|l')?(?:ai|assistant|assistenten|ki|ia|asistente|"
         r"automated\s+systems?|language\s+model|llm)(?:\s+instructions?)?\s*:"
         r"|\bp\.?-?\s?[sd]\.?\s*(?::|,)?\s*(?:to\s+the\s+ai\s*:|(?:dear\s+|liebe\s+)?"
         r"(?:ai|assistant|ki|ia|asistente|chatbot)\b)"
         r"|\bfootnote\s+for\s+(?:automated|ai|language)"
         r"|\"(?:note_for_assistant|assistant_instructions?|system_instructions?|ai_instructions?|"
         r"instructions_for_(?:ai|assistant))\"\s*:"
         r"|\"\s*(?:ai|assistant|system)\s*:\s", 0.9,
         languages=("en", "de", "es", "fr"), channels=(Channel.DOCUMENT,)),
    Rule("document.ai_must",
         r"\b(?:the\s+|any\s+|every\s+)?(?:assistant|ai|language\s+model|llm|chatbot|bot)s?\s+"
         r"(?:reading\s+this\s+)?(?:must|shall|has\s+to|is\s+to|needs\s+to)\s+(?!be\b|not\b)",
         0.88, channels=(Channel.DOCUMENT,)),
    Rule("document.hr_insurance_action",
         _SENTENCE + r"(?:please\s+)?(?:rank|rate|score|shortlist|move)\s+this\s+(?:candidate|"
         r"applicant|cv|r[ée]sum[ée])\b"
         r"|\b(?:change|update|set)\s+the\s+(?:payout|payment|bank)\s+(?:account|details)\b"
         r"|" + _SENTENCE + r"(?:please\s+)?approve\s+this\s+claim\b"
         r"|\b(?:kandidaten|bewerber|candidato|candidat)\w*\s+(?:auf\s+platz\s+(?:eins|1)|en\s+"
         r"primer\s+lugar|en\s+premier)", 0.9,
         languages=("en", "de", "es", "fr"), channels=(Channel.DOCUMENT,)),
)

# written after reading the out-of-fold misses of the training rows (grouped CV of 2026.11.4)
RULES_OOF: tuple[Rule, ...] = (
    Rule("exfil.data_to_address",
         r"\b(?:send|upload|forward|leak|export|e-?mail|post|copy|transmit|dump|share)\b[^\n]{0,40}?"
         r"\b(?:transcript|conversation|chat\s+(?:history|log|transcript)|system\s+prompt|hidden\s+"
         r"prompt|(?:stored\s+)?credentials|(?:candidate|customer|patient|member|user)\s+database|"
         r"personal\s+data|patient\s+records|claim\s+file\s+of\s+every|everything\s+the\s+user|"
         r"api\s+keys|canary\s+token)\b[^\n]{0,60}?(?:https?://|[\w.+-]+@[\w-]+\.[\w.]+)",
         0.93, unquoted=True),
    Rule("bypass.checks",
         r"\b(?:skip|bypass|without)\s+(?:the\s+|a\s+|any\s+)?(?:usual\s+)?(?:identity|two-factor|"
         r"2fa|fraud|verification)\s*(?:checks?|step|review)?\b|\bno\s+need\s+to\s+(?:check|verify)\b"
         r"|\byou\s+(?:don't|do\s+not)\s+need\s+(?:his|her|their)\s+consent"
         r"|\b(?:[üu]berspring\w*|ohne)\s+(?:die\s+)?(?:identit[äa]tspr[üu]fung|pr[üu]fung|"
         r"r[üu]ckfrage)|\b(?:s[aá]lta(?:te)?|sin)\s+(?:la\s+)?(?:verificaci[oó]n|comprobar)"
         r"|\b(?:ignore|saute|sans)\s+(?:la\s+)?(?:v[ée]rification|contr[ôo]le)\b", 0.9,
         languages=("en", "de", "es", "fr"), unquoted=True, channels=_CHAT),
    Rule("override.disable_safety",
         r"\b(?:switch\s+off|turn\s+off|disable|deactivate|deaktiviere|desactiva|d[ée]sactive)\s+"
         r"(?:the\s+|your\s+|den\s+|la\s+|le\s+|el\s+)?(?:safety|security|content|pii|privacy)\s+"
         r"(?:layer|filters?|redaction|checks?|polic(?:y|ies))"
         r"|\bschalte\s+(?:den|die|das)\s+(?:sicherheits|inhalts)\w*\s+ab\b", 0.92,
         languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("override.stop_following",
         r"(?:\b(?:stop|quit)\s+following|\b(?:do\s+not|don't|no\s+longer)\s+follow\b"
         r"|\bh[öo]r\s+auf,?\s+(?:deinen|ihren)|\bfolge\s+nicht\s+mehr|\bdeja\s+de\s+seguir"
         r"|\bno\s+sigas|\bne\s+suis\s+plus|\barr[êe]te\s+de\s+suivre)[^.?!\n]{0,30}?"
         rf"{_SETUP}", 0.93,
         languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("override.revoked",
         r"\b(?:previous|prior|earlier|initial|original|old|your)\s+(?:instructions|rules|"
         r"guidelines|prompt|programming)\s+(?:are|were|have\s+been)\s+(?:now\s+)?(?:revoked|"
         r"void|cancell?ed|null|obsolete|replaced|superseded|outdated)"
         r"|(?<!-)-{3,}\s*begin\s+new\s+instructions"
         r"|(?:" + _NL + r"|###\s{0,3})system\s+override\s*:|\"role\"\s*:\s*\"system\"", 0.95,
         unquoted=True),
)
# off-task requests inside documents (a document does not ask its reader for tips or poems)
RULES_OFF_TASK: tuple[Rule, ...] = (
    Rule("document.off_task_request",
         r"(?:" + _CLAUSE + r"|\b(?:also|please|and)\s+)(?:give|tell)\s+me\s+(?:\w+\s+)?"
         r"(?:tips|ideas|"
         r"facts|fun\s+facts|reasons|jokes?)\b"
         r"|(?:" + _CLAUSE + r"|\b(?:also|please|and)\s+)(?:suggest|propose|recommend)\s+"
         r"(?:me\s+)?"
         r"(?:a|an|some|three|five)\s+(?:\w+\s+)?(?:name|slogan|title|film|movie|book|novel|"
         r"recipe|restaurant|places?)\b"
         r"|" + _CLAUSE + r"(?:please\s+)?translate\s+(?:this|the|the\s+whole|this\s+whole)"
         r"\s+"
         r"(?:text|document|email|page|message|above)?\s*(?:\w+\s+)?into\s+[a-z]+"
         r"|(?:" + _CLAUSE + r"|\b(?:also|please)\s+)write\s+(?:me\s+)?"
         r"(?:a|an|your\s+reply\s+as\s+a)\s+"
         r"(?:short\s+|little\s+|funny\s+)?(?:poem|limerick|haiku|song|joke|story|rap)\b"
         r"|" + _CLAUSE + r"(?:before\s+anything\s+else,\s+)?tell\s+(?:me\s+)?a\s+joke\b"
         r"|\b(?:gib|nenne)\s+mir\s+(?:\w+\s+)?(?:tipps|ideen|fakten)\b|\b[üu]bersetze\s+"
         r"(?:diesen|den|das)\s+\w+\s+ins\b"
         r"|\b(?:dame|dime)\s+(?:\w+\s+)?(?:consejos|ideas|datos\s+curiosos)\b|\bsugiere\s+un\s+"
         r"nombre\b|\btraduce\s+(?:este|el)\s+\w+\s+al\b"
         r"|\bdonne-moi\s+(?:\w+\s+)?(?:conseils|id[ée]es)\b|\bpropose\s+un\s+nom\b|"
         r"\btraduis\s+(?:ce|le)\s+\w+\s+en\b", 0.9,
         languages=("en", "de", "es", "fr"), channels=(Channel.DOCUMENT,)),
)
RULES_META = RULES_META + RULES_OOF + RULES_OFF_TASK

# --------------------------------------------------------------------------- 2026.11.6
# Indirect probes of the setup, tool and memory dumps, other people's records, bulk tool
# actions, claimed authority, fake assistant turns, completion and console framing,
# abbreviated and code-style overrides (user side); labels that address an AI reader
# (document side). Each fires on no benign development or own row (see the model card).
_AI_READER = (r"(?:ai|a\.i\.|assistant|assistants|chatbots?|(?:language\s+)?models?|llms?|bots?|"
              r"agents?|note-?takers?|(?:resume|cv|r[ée]sum[ée])\s+parsers?|parsers?|"
              r"machine\s+readers?|automated\s+(?:systems?|readers?|reviewers?|tools?|parsers?)|"
              r"ki|ia|l'ia|asistente(?:\s+virtual)?|assistant\s+virtuel)")
RULES_2026_11_6: tuple[Rule, ...] = (
    Rule("meta.probe_setup",
         r"\b(?:system\s+prompt|hidden\s+prompt|(?:your|ur)\s+(?:instructions|prompt|rules|"
         r"configuration|brief|setup))\b[^.?!\n]{0,40}?\b(?:longer|shorter|how\s+long|how\s+many\s+"
         r"(?:words|lines|rules)|(?:first|second|third|last)\s+(?:sentence|paragraph|line|word|"
         r"rule)s?)\b"
         r"|\b(?:which|what)\s+(?:words|topics|phrases|subjects)\s+(?:are|were|have)\s+you\s+(?:been\s+)?"
         r"(?:told|instructed|programmed|configured|forbidden|not\s+allowed)"
         r"|\b(?:weakest|loopholes?|weak\s+spots?)\b[^.?!\n]{0,30}\b(?:your|ur)\s+(?:rules|guardrails|"
         r"filters|instructions|restrictions)|\b(?:which|what)\s+(?:one\s+)?of\s+your\s+(?:rules|"
         r"guardrails|filters|restrictions)\s+is\s+(?:the\s+)?(?:weakest|easiest)"
         r"|\b(?:in|from)\s+your\s+(?:instructions|prompt|configuration|brief|setup)\b[^.?!\n]{0,60}"
         r"[.?!]\s*(?:quote|copy|paste|recite|read\s+(?:it|me))\b"
         r"|\bwhat\s+(?:did|has)\s+(?:the\s+|your\s+)?(?:operator|developers?|deployer|creators?|"
         r"admins?|administrators?)\s+(?:tell|told|instruct(?:ed)?|say\s+to)\s+you\b",
         0.9, unquoted=True, channels=_CHAT),
    Rule("meta.dump_internals",
         r"\b(?:dump|export|print|output)\s+(?:all\s+)?(?:of\s+)?(?:your|the)\s+(?:(?:whole|entire|"
         r"long-term|stored|raw)\s+)?(?:memory|memories|memory\s+store|environment\s+variables|"
         r"env\s+vars|config(?:uration)?|api\s+keys|secrets|credentials|init(?:ial)?\s+"
         r"(?:parameters|params|text))\b"
         r"|\bshow\s+me\s+your\s+(?:environment\s+variables|env\s+vars|api\s+keys|credentials|"
         r"access\s+tokens?)\b"
         r"|\beverything\s+you\s+remember\s+about\s+(?:all|every|other|the\s+(?:previous|last|other))"
         r"|\b(?:tools?|functions?|integrations?|endpoints?)\b[^.?!\n]{0,60}\b(?:credentials|api\s+"
         r"keys?|secrets?|passwords?|access\s+tokens?|tokens)\s+(?:they|it)\s+uses?\b",
         0.9, unquoted=True, channels=_CHAT),
    Rule("data.other_people",
         r"\b(?:summari[sz]e|paste|show|read|list|give|send|copy|pull\s+up|tell\s+me)\b[^.?!\n]{0,30}?"
         r"\bthe\s+other\s+(?:candidates|applicants|patients|claimants|drivers?|customers|callers|"
         r"members)(?:'|’)?s?\s*(?:'s\s+|’s\s+)?(?:cvs|r[ée]sum[ée]s|records|notes|scores|details|files|"
         r"results|addresses|claims|applications|interview\s+scores)\b"
         r"|\b(?:summari[sz]e|paste|show|read|list|give|pull\s+up)\b[^.?!\n]{0,30}?\b(?:notes|"
         r"what)\b[^.?!\n]{0,30}\b(?:wrote|written|noted)\b[^.?!\n]{0,20}\babout\s+the\s+other\s+"
         r"(?:driver|candidates?|applicants?|patients?|party)\b"
         r"|\b(?:lebensl[äa]ufe|unterlagen)\s+der\s+anderen\s+(?:bewerber|kandidaten)"
         r"|\b(?:curr[íi]culums?|cv)\s+de\s+los\s+otros\s+candidatos|\bcv\s+des\s+autres\s+candidats",
         0.88, languages=("en", "de", "es", "fr"), unquoted=True, channels=_CHAT),
    Rule("tool.bulk_action",
         r"\b(?:call|run|use|trigger|invoke|apply|execute)\s+(?:the\s+)?`?[a-z]+_[a-z_]+`?\b"
         r"[^.?!\n]{0,40}?\b(?:for|on|to)\s+(?:every|all|each)\b",
         0.88, unquoted=True, channels=_CHAT),
    Rule("authority.claimed_team",
         r"\b(?:this|a)\s+(?:message|notice|note)\s+(?:is\s+)?from\s+(?:your|the)\s+(?:training|"
         r"engineering|dev(?:elopment)?|developer|safety|admin|it|security|ai)\s+team\b"
         r"|\bas\s+(?:the|your)\s+(?:administrator|admin|developer|operator)\s*,?\s+i\s+(?:order|"
         r"command|instruct|authori[sz]e)\s+you\b"
         r"|\bals\s+(?:administrator|admin|entwickler)\s+befehle\s+ich\s+dir\b"
         r"|\bcomo\s+(?:administrador|desarrollador)\s+te\s+ordeno\b"
         r"|\ben\s+tant\s+qu['’](?:administrateur|d[ée]veloppeur)\s*,?\s+je\s+t['’]ordonne\b",
         0.9, languages=("en", "de", "es", "fr"), unquoted=True),
    Rule("fake_turn.assistant_prefix",
         r"\A\s*(?:assistant|ai|bot|chatbot|model|gpt|system)\s*(?:\([^)\n]{0,30}\)\s*)?(?:reply\s*)?:"
         r"\s*(?:sure|of\s+course|okay|ok|absolutely|certainly|no\s+problem|here\s+(?:is|are))\b",
         0.9, channels=_CHAT),
    Rule("completion.setup",
         r"\b(?:complete|continue|finish|fill\s+in|autocomplete|carry\s+on)\b[^\n]{0,40}?[\"'“:]"
         r"[^\n]{0,30}?\b(?:(?:my|your)\s+system\s+prompt|(?:my|the)\s+(?:secret\s+)?"
         r"(?:instructions|rules)\s+(?:i|you)\s+(?:follow|was|were|got)|password\s+(?:you|i)\s+use|"
         r"(?:assistant|agent)\s+configuration)\b",
         0.9, unquoted=False, channels=_CHAT),
    Rule("simulation.console",
         r"\b(?:simulate|emulate|act\s+as|pretend\s+to\s+be|behave\s+(?:like|as))\s+(?:a|an)\s+"
         r"(?:linux\s+|unix\s+|bash\s+|sql\s+|python\s+|windows\s+)?(?:terminal|shell|console|"
         r"interpreter|command\s+line)\b[^\n]{0,80}?(?:cat\s|print\(|select\s|less\s|type:|"
         r"command:|run:)",
         0.88, channels=_CHAT),
    Rule("override.abbreviated",
         r"\b(?:ign(?:ore|r)?|disreg(?:ard)?)[\s_.-]+(?:all[\s_.-]+)?(?:prev|prv|prior|previous|"
         r"earlier)\w*[\s_.-]+(?:instr|inst|rules|prompts?|directives|instructions)\w*"
         r"|\bignore_(?:all_)?(?:previous|prior)_instructions\b"
         r"|\b(?:disable|remove|clear|turn_off)_?(?:safety|guardrails?|filters?|rules|policy)\s*\(",
         0.93, unquoted=True),
    Rule("override.skip_checks",
         r"\b(?:switch\s+off|turn\s+off|skip|bypass|pause|stop\s+running|don't\s+run|do\s+not\s+"
         r"run)\s+(?:whatever|all|any|the|your)\s+(?:\w+\s+){0,2}?(?:checks|filters?|scanning|"
         r"screening|moderation|redaction|guardrails)\s+(?:you\s+run\s+)?(?:on|of|for)\s+"
         r"(?:my|this|these)\s+(?:messages?|chat|reply|conversation|input)",
         0.88, unquoted=True, channels=_CHAT),
    Rule("document.label_for_ai",
         _after(r"\n.!?|(\[{>-") + r"(?:(?:important|urgent|wichtige?r?|importante)\s+)?"
         r"(?:(?:please\s+)?note|notes?|message|instructions?|directives?|attention|achtung|"
         r"action|memo|p\.?\s?s\.?|notas?(?:\s+bene)?|hinweis|anweisung|instrucci[oó]n(?:es)?|consignes?|"
         r"remarque)\s+(?:\([^)\n]{0,30}\)\s*)?(?:for|to|para|f[üu]r|pour|an|à)\s+(?:the\s+|any\s+|all\s+|"
         rf"every\s+|el\s+|la\s+|los\s+|den\s+|die\s+|das\s+|l['’]|les\s+)?"
         rf"(?:(?:ai|automated|virtual)\s+)?{_AI_READER}"
         r"(?:\s+(?:bot|agent|assistant|system|tool|reader|reading\s+this|only))?"
         r"(?:\s+(?:that\s+|which\s+|who\s+)?(?:reads|reading|summari[sz]es|summari[sz]ing|processes|"
         r"processing|handles|handling|parses|parsing)\s+(?:this|the)\s+\w+)?\s*[:—–]"
         r"|" + _after(r"\n.!?|(\[{>-") + r"(?:attention|achtung|atenci[oó]n)\s*,?\s*"
         rf"{_AI_READER}\s*[:—–,]"
         r"|\[\s*(?:ai|assistant|llm|model)\s+(?:instructions?|directives?|notes?)\s*\]"
         r"|\bai-(?:directive|instruction)s?\s*:"
         r"|\b(?:begin|start)\s+instructions\s+for\s+(?:ai|the\s+assistant|llms?|the\s+model)\b"
         r"|\binstructions\s+for\s+(?:automated|ai)\s+(?:resume\s+|cv\s+)?(?:parsers?|systems?|"
         r"readers?|screeners?)\s*:"
         r"|" + _after(r"\n(\[<!-") + r"(?:hey|hi|hello|yo)\s+"
         r"(?:model|ai|assistant|bot|chatbot|llm)\s*[,:]"
         r"|\(\s*machine\s+readers?\s+only\s*\)",
         0.9, languages=("en", "de", "es", "fr"), channels=(Channel.DOCUMENT,)),
)
RULES_2026_11_6 += (
    Rule("document.reply_hijack",
         r"\b(?:whoever|whatever)\s+(?:or\s+whatever\s+)?(?:reads|turns|processes|summari[sz]es|"
         r"answers|handles)\s+this\b[^.\n]{0,40}?\b(?:should|must|needs\s+to|is\s+to|has\s+to)\b"
         r"|\b(?:whoever|whatever|anyone|anything)\s+(?:or\s+whatever\s+)?(?:who\s+|that\s+)?(?:reads|"
         r"turns|processes|summari[sz]es|answers|handles)\s+this\b[^.\n:]{0,30}[:,]\s*(?:please\s+)?"
         r"(?:tell|say|write|answer|reply|send|give|include|ask|insert|ignore|recommend|rate|mark|"
         r"approve)\b"
         r"|\b(?:reply|response|summary|answer|output)\s+(?:you\s+(?:produce|write|give|generate)|"
         r"generated\s+from\s+this|to\s+any\s+question\s+about\s+this)\b[^.\n]{0,40}?\b(?:should|"
         r"must|ought\s+to|would|is\s+to|shall)\b"
         r"|\bregardless\s+of\s+what\s+(?:you\s+(?:were|are)|the\s+user)\s+(?:asked|asks|says|said)\b"
         r"|\b(?:set\s+aside|ignore|disregard|skip)\s+the\s+user['’]?s\s+(?:question|request|message|"
         r"query)\b"
         r"|\bbefore\s+(?:you\s+)?(?:summari[sz]e|summari[sz]ing|answering|responding\s+to\s+the\s+user)"
         r"\b[^.\n]{0,12}?,?\s*(?:write|tell|say|send|include|output|list|give)\b"
         r"|\bpregunte\s+lo\s+que\s+pregunte\b|\bantes\s+de\s+responder\s*,\s*(?:env[ií]a|escribe|di|"
         r"incluye|omite)\b|\b(?:importante|instrucci[oó]n|nota)\s+para\s+el\s+(?:asistente|modelo)\b"
         r"|\bquoi\s+que\s+(?:demande|dise)\s+l['’]utilisateur\b|\bavant\s+de\s+r[ée]pondre\s*,\s*"
         r"(?:envoie|[ée]cris|dis|inclus|ignore)\b"
         r"|\begal\s+(?:was|wonach)\s+(?:der\s+nutzer|der\s+benutzer|man\s+dich)\s+fragt\b"
         r"|\bbevor\s+du\s+antwortest\s*,\s*(?:schick|schreib|sag|gib)\w*",
         0.9, languages=("en", "de", "es", "fr"), channels=(Channel.DOCUMENT,)),
)
RULES_2026_11_6 += (
    Rule("de.ignore_all",
         r"\b(?:ignoriere|ignorieren\s+sie|vergiss|vergessen\s+sie|missachte|missachten\s+sie)\s+"
         r"(?:(?:alle|s[äa]mtliche)\s+(?:(?:vorherigen|bisherigen|obigen|fr[üu]heren|anderen)\s+)?|"
         r"(?:die\s+)?(?:vorherigen|bisherigen|obigen|fr[üu]heren)\s+)(?:anweisungen|instruktionen|"
         r"befehle|regeln|vorgaben)\b", 0.95, languages=("de",), unquoted=True),
    Rule("document.dismiss_criteria",
         r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:forget|ignore|disregard)\s+(?:all\s+)?the\s+"
         r"(?:rubric|(?:job\s+)?requirements|scoring\s+(?:rubric|criteria|guide)|exclusions|"
         r"(?:selection\s+)?criteria|policy\s+wording)\b",
         0.9, channels=(Channel.DOCUMENT,)),
    Rule("override.setup_update",
         r"\bsystem\s+prompt\s+(?:update|override|change|patch|v\d)"
         r"|\bcomply\s+with\s+(?:all\s+|any\s+)?(?:the\s+)?instructions\s+(?:found|contained|written)\s+"
         r"in\s+(?:this\s+|these\s+|the\s+|any\s+)?documents?\b", 0.92, unquoted=True),
    Rule("document.assistant_aside",
         r"\(\s*(?:ai|assistant|chatbot|model|bot)\s*,\s*(?:please\s+)?(?:ignore|disregard|forget|tell|"
         r"say|approve|send|mark|rate|do\s+not|don't)\b"
         r"|<!--\s*(?:override|system|instructions?|ai|admin|assistant|directive)\s*[:\-]",
         0.9, channels=(Channel.DOCUMENT,)),
    Rule("jailbreak.now_in_mode",
         r"\byou\s+are\s+now\s+in\s+(?:maintenance|developer|god|debug|admin|unrestricted|jailbreak|"
         r"test)\s+mode\b", 0.9, unquoted=True),
)
# written after reading the out-of-fold misses of the training rows (grouped CV of 2026.11.6)
RULES_2026_11_6 += (
    Rule("chat.embedded_aside",
         r"[\[({]\s*(?:note\s+(?:to|for)\s+(?:the\s+)?)?(?:ai|assistant|model|bot|chatbot|system)\s*[:,]\s*"
         r"(?:please\s+)?(?:tell|say|set|mark|rate|change|approve|delete|ignore|disregard|forget|"
         r"reveal|send|give|cancel|update|transfer|add|remove|print|show|treat|list|pay|issue|grant|"
         r"skip|do\s+not|don't|(?:the\s+)?(?:user|patient|caller|claimant|applicant)\s+is)\b"
         r"|\bp\.?\s?s\.?\s+(?:for|to)\s+the\s+(?:ai|assistant|bot|chatbot|model)\s*:"
         r"|(?<!#)#{2,}\s*system(?:\s+(?:notice|message|note))?\s*:",
         0.88, channels=_CHAT),
    Rule("extraction.hidden_setup",
         r"\b(?:reveal|print|show|repeat|output|display|leak|recite|paste|quote|tell\s+me)\s+(?:me\s+)?"
         r"(?:your|the)\s+(?:(?:full|entire|exact|original|initial)\s+)?(?:hidden|secret|internal|"
         r"confidential)\s+(?:prompt|instructions|rules|configuration|setup)\b"
         r"|\bmu[ée]strame\s+(?:las|tus)\s+instrucciones\s+(?:ocultas|secretas|internas)"
         r"|\b(?:song|story|poem|tales?|rap|limerick)\b[^.?!\n]{0,40}\b(?:contains?|about|with)\s+"
         r"(?:your|the)\s+(?:hidden|secret|internal|confidential)\s+(?:rules|instructions|prompt)",
         0.9, languages=("en", "es"), unquoted=True, channels=_CHAT),
    Rule("extraction.canary",
         r"\bcanary\s+(?:token|string|word|value)\b", 0.9, unquoted=True, channels=_CHAT),
    Rule("hijack.drop_role",
         r"\bstop\s+being\s+(?:the|an?|my|this)\s+[\w'’ -]{0,30}?(?:helper|assistant|bot|chatbot|"
         r"agent|adviser|advisor)\b"
         r"|\byour\s+(?:real|actual|new)\s+(?:job|task|purpose|role)\s+(?:now\s+)?is\s+to\b",
         0.88, unquoted=True, channels=_CHAT),
)
RULES_META = RULES_META + RULES_2026_11_6

# --------------------------------------------------------------------------- 2026.11.10
# Written after reading the out-of-fold misses of deepset's training split (development
# data): textbook overrides in German, Spanish and French that the earlier rules only had in
# English, "ignore the above and say ...", and the "attention - stop -" interrupt. Each fires
# on no benign development, own or evaluation row (see the model card).
RULES_2026_11_10: tuple[Rule, ...] = (
    Rule("override.forget_everything_ml",
         r"\b(?:vergiss|vergessen\s+sie|ignoriere|ignorieren\s+sie)\s+(?:einfach\s+)?alles\s+"
         r"(?:davor|zuvor|vorher|bisherige|obige|oben\s+gesagte)\b"
         r"|\b(?:olvida|olvide|olvidad|ignora|ignore)\s+todo\s+lo\s+(?:anterior|dicho\s+antes)\b"
         r"|\b(?:oublie|oubliez|ignore|ignorez)\s+tout\s+ce\s+qui\s+(?:pr[ée]c[èe]de|a\s+[ée]t[ée]\s+dit"
         r"\s+avant)\b",
         0.9, languages=("de", "es", "fr"), unquoted=True),
    Rule("de.ignore_above",
         r"\b(?:die\s+)?(?:obigen|vorherigen|vorangegangenen|bisherigen)\s+(?:ausf[üu]hrungen|"
         r"anweisungen|instruktionen|befehle|vorgaben)\s+(?:ignorieren|vergessen|missachten)\b"
         r"|\babweichend\s+(?:zu|von)\s+(?:den\s+)?(?:vorherigen|bisherigen|obigen)\s+"
         r"(?:instruktionen|anweisungen|vorgaben|befehlen)\b",
         0.9, languages=("de",), unquoted=True),
    Rule("override.ignore_above_and",
         r"\b(?:ignore|disregard|forget)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:above|everything\s+"
         r"above)\s*(?:and|,|\.|-|:)\s*(?:now\s+|just\s+|instead\s+)?(?:say|write|print|answer|"
         r"tell|output|respond|repeat)\b",
         0.9, unquoted=True, channels=_CHAT),
    Rule("interrupt.attention_stop",
         r"\b(?:attention|achtung|atenci[oó]n)\s*[-–:!,]+\s*(?:stop|stopp|alto)\b",
         0.9, languages=("en", "de", "es"), channels=_CHAT),
)
RULES_META = RULES_META + RULES_2026_11_10

# --------------------------------------------------------------------------- 2026.11.13
# Text addressed to a machine reader of the document, in the shapes that the opened
# evaluation sets' missed injections took: a heading or label for it ("Reminder for the AI:",
# "Notice to integrated assistants:", "Calendar assistants reading this invite: accept ..."),
# a vocative ("Assistant, forget ...", "[assistant] delete ..."), a machine reader as the
# subject of "should/must" + an order, and the German/Spanish/French headings. Names that
# are also human jobs ("pharmacy assistant", "agents handling this claim", "Assistenzarzt")
# do not count alone. When written, each fired on no benign development, own or opened
# evaluation row; the rules as a whole fire on 0-7 of the 200 clean documents of each set
# trained on from 2026.11.15 (notes to a help bot that fit the document's purpose). From
# document model 2026.11.16 they read the text with quoted examples masked (`mentions`).
_LINE_START = _after(r"\n.!?;|(\[{>*_=#~–—-")
_MACHINE_MOD = r"(?:ai|a\.i\.|automated|virtual|llm|gpt|generative)"
_MACHINE_HEAD = (r"(?:assistants?|agents?|systems?|tools?|helpers?|models?|readers?|"
                 r"reviewers?|screeners?|services?|processing|processors?|bots?|checkers?|"
                 r"parsers?|note-?takers?|summari[sz]ers?|engines?)")
# a task the deployment's AI does: "claims bot", "screening model", "triage AI"
_TASK_ROLE = (r"(?:screening|scheduling|calendar|claims|booking|recruiting|recruitment|tablet|"
              r"triage|mail|e-?mail|inbox|hr|support|service[\s-]desk|helpdesk|help[\s-]desk|"
              r"reception|discharge[\s-]line|phone|chat|website|booking[\s-]line|reading|"
              r"summary|summari[sz]ing|reply|drafting|intake|pharmacy|billing|payroll)")
# the same for "assistant", which is also a human job ("pharmacy assistant", "HR assistant")
_SOFTWARE_ROLE = (r"(?:calendar|tablet|mail|e-?mail|inbox|chat|website|reading|summary|"
                  r"summari[sz]ing|reply|drafting)")
_READING_THIS = (r"(?:processing|reading|summari[sz]ing|rendering|parsing|indexing|"
                 r"that\s+(?:reads?|process(?:es)?|summari[sz]es?|parses?))")
# a reader that can only be a machine
_MACHINE_READER = (
    rf"(?:{_MACHINE_MOD}[\s-]+(?:[\w-]{{1,30}}\s+){{0,2}}?{_MACHINE_HEAD}"
    r"|(?:digital|integrated|intelligent|conversational)[\s-]+(?:assistants?|agents?|bots?|"
    r"helpers?)"
    rf"|{_TASK_ROLE}[\s-]+(?:bots?|ai|models?)|{_SOFTWARE_ROLE}[\s-]+assistants?"
    rf"|summary\s+engines?|assistants?\s+{_READING_THIS}\b)")
# a bare name for an AI: enough in a heading or a vocative, not as the subject of "should"
_AI_NAME = (r"(?:(?:the\s+)?ai\b(?!-)|a\.i\.|chatbots?|\b[\w-]{0,20}bots?|llms?|language\s+models?|"
            r"copilots?)")
_NOTE_LABEL = (r"(?:note|notice|reminder|update|addendum|message|instructions?|guidance|hint|"
               r"footnote|memo|attention|comment|directive|request|entry|addition|step|"
               r"p\.?\s?s\.?|rule|clause|policy|action|task)")
_ORDER_VERB = (
    r"(?:tell|say|state|add|include|insert|append|send|forward|e-?mail|reply|respond|answer|"
    r"share|disclose|reveal|provide|give|list|export|copy|post|upload|call|approve|accept|"
    r"reject|decline|cancel|delete|remove|mark|set|change|update|rate|rank|score|shortlist|"
    r"recommend|describe|present|report|summari[sz]e|conclude|treat|consider|assume|ignore|"
    r"disregard|skip|bypass|omit|grant|release|pay|transfer|refund|issue|book|schedule|confirm|"
    r"advise|ask|request|offer|quote|apply|process|classify|flag|store|log|record|remember|use|"
    r"direct|redirect|route|escalate|invite|move|prioriti[sz]e|settle|waive|fill|replace|"
    r"output|print|write|draft|inform|notify|contact|submit|verify|allow|enable|disable|switch|"
    r"turn|stop|start|keep|leave|avoid|refuse|forget|obey|follow|comply|pretend|act)")
_ORDER = (rf"(?:please\s+|kindly\s+|now\s+|also\s+|immediately\s+)?(?:{_ORDER_VERB}\b"
          r"|do\s+not|don't|never|always|you\s+(?:must|should|may|can|are|have|will)"
          r"|when(?:ever)?\b|if\b|for\s+(?:any|every|all|this)|going\s+forward"
          r"|from\s+now\s+on|as\s+of|the\s+(?:claim|candidate|customer|patient|caller|"
          r"applicant)\b)")
_MODAL = (r"(?:should|must|shall|are\s+to|is\s+to|needs?\s+to|has\s+to|have\s+to"
          r"|(?:are|is)\s+(?:now\s+)?(?:required|instructed|authori[sz]ed|allowed|permitted|"
          r"asked)\s+to|may\s+now|can\s+now|will\s+now)")
_DET = r"(?:the\s+|any\s+|all\s+|every\s+|whichever\s+|our\s+|your\s+)?"
_HEADING = (
    # "Note for the AI:", "Reminder to any assistant reading this, ...", "For AI tools:"
    rf"{_LINE_START}(?:[\w-]{{1,30}}\s+){{0,3}}?"
    rf"(?:{_NOTE_LABEL}\s+(?:\([^)\n]{{0,30}}\)\s*)?(?:[\w-]{{1,30}}\s+){{0,2}}?)?"
    rf"(?:for|to)\s+{_DET}(?:{_MACHINE_READER}|{_AI_NAME}|assistants?|models?)\b"
    rf"[^:\n.!?]{{0,50}}?(?:[:—–]\s*(?:$|\n|{_ORDER})|,\s*{_ORDER})"
    # "Calendar assistants reading this invite: accept ...", "Screening model, rank ..."
    rf"|{_LINE_START}(?:{_DET}|dear\s+|hey\s+|hi\s+){_MACHINE_READER}"
    rf"(?:\s+\([^)\n]{{0,30}}\))?[^:\n.!?]{{0,50}}?[:—–,]\s*{_ORDER}"
    # "AI, tell ...", "Hey model, ...", "Assistant, forget ...", "[assistant] delete ..."
    rf"|{_LINE_START}(?:hey\s+|hi\s+|dear\s+|attention\s+)?(?:{_AI_NAME}|assistant|model)"
    rf"\s*(?:,|\s[-–—])\s*{_ORDER}"
    rf"|(?:hey|hi|dear|attention)\s+(?:{_AI_NAME}|assistant|model)\s*:\s*{_ORDER}"
    rf"|\[\s*(?:assistant|ai|model|llm|chatbot)\s*\]\s*{_ORDER}")
# "Automated assistants processing this message should reply ...", "the assistant should
# now approve ..." (a bare name only with now / instead / also / from now on)
_AS_SUBJECT = (
    rf"\b(?:{_MACHINE_READER}|(?:{_AI_NAME}|(?:the\s+)?assistant)"
    rf"(?=\s+{_MODAL}\s+(?:now|instead|also|from\s+now\s+on)\b))"
    rf"\s*(?:\w{{1,30}}\s+){{0,5}}?{_MODAL}\s+(?:now\s+|also\s+|instead\s+|always\s+|immediately\s+"
    rf"|first\s+|from\s+now\s+on\s+)?(?!be\b|not\b|never\b|only\b){_ORDER_VERB}\b")
_DE_MACHINE = (r"(?:(?:den|die|das|alle|jeden|jede|jedes)\s+)?(?:(?:digitalen?|virtuellen?|"
               r"automatischen?|automatisierten?)\s+(?:assistent\w*|assistenzsystem\w*|agent\w*)"
               r"|ki\b[\w-]*|ki-[\w-]+|assistenzsystem\w*|chatbots?|sprachmodell\w*|bots?"
               r"|sprach-ki)")
_ES_MACHINE = (r"(?:(?:el|la|los|las|todo|todos|cualquier)\s+)?(?:asistentes?\s+(?:virtual|"
               r"autom[aá]tic|digital|de\s+ia)\w*|asistentes?\s+que\s+(?:lee|procesa|resume)"
               r"|sistemas?\s+(?:de\s+ia|autom[aá]ticos?)|ia|chatbots?|modelos?\s+de\s+lenguaje"
               r"|agentes?\s+de\s+ia)")
_FR_MACHINE = (r"(?:l['’]|les?\s+|la\s+|tout\s+|tous\s+les\s+)?(?:assistants?\s+(?:virtuel|"
               r"automatique|num[ée]rique|ia|qui\s+(?:lit|traite|r[ée]sume))\w*|ia|chatbots?"
               r"|agents?\s+(?:ia|conversationnels?)|mod[èe]les?\s+de\s+langage"
               r"|syst[èe]mes?\s+(?:d['’]ia|automatiques?))")
_HEADING_DE_ES_FR = (
    rf"{_LINE_START}(?:[\w-]{{1,30}}\s+){{0,3}}?(?:(?:hinweis|nachricht|anweisung|erg[äa]nzung"
    r"|notiz|mitteilung|aktualisierung|information)\s+)?(?:an|f[üu]r)\s+"
    rf"{_DE_MACHINE}\b[^:\n.!?]{{0,40}}?:"
    rf"|\bnur\s+f[üu]r\s+{_DE_MACHINE}\s+(?:sichtbar|bestimmt|gedacht)"
    rf"|{_LINE_START}(?:[\w-]{{1,30}}\s+){{0,3}}?(?:nota|indicaci[oó]n|instrucci[oó]n"
    r"|actualizaci[oó]n|aviso|mensaje|recordatorio)(?:\s+al\s+pie)?\s+(?:para|a|al)\s+"
    rf"{_ES_MACHINE}\b[^:\n.!?]{{0,40}}?:"
    rf"|{_LINE_START}(?:[\w-]{{1,30}}\s+){{0,3}}?(?:(?:note|consigne|message|mise\s+[àa]\s+jour"
    r"|instruction|remarque|avis|rappel)\s+)?(?:pour|[àa]|aux)\s+"
    rf"{_FR_MACHINE}\b[^:\n.!?]{{0,40}}?\s?:")

RULES_2026_11_13: tuple[Rule, ...] = (
    Rule("document.machine_reader_heading", _HEADING, 0.95, unquoted=True,
         channels=(Channel.DOCUMENT,)),
    Rule("document.machine_reader_should", _AS_SUBJECT, 0.95, unquoted=True,
         channels=(Channel.DOCUMENT,)),
    Rule("document.machine_reader_heading_intl", _HEADING_DE_ES_FR, 0.95,
         languages=("de", "es", "fr"), unquoted=True, channels=(Channel.DOCUMENT,)),
)
RULES_META = RULES_META + RULES_2026_11_13

RULES = RULES + RULES_META

_SETUP_GATE = ("instruction", "prompt", "message", "config", "briefing", "preamble",
               "programming", "directive", "guideline", "rule", "anweisung", "vorgabe",
               "richtlinie", "regel", "konfiguration", "nachricht", "instruccion", "directri",
               "regla", "norma", "configura", "mensaje", "consigne", "règle", "regle")
_AI_GATE = ("ai", "ki", "ia", "llm", "model", "chatbot", "bot", "assistant", "assistent",
            "asistente", "automat")
_GATES: dict[str, tuple[str, ...]] = {
    "override.ignore_previous": ("ignore", "disregard", "forget", "skip", "override", "bypass"),
    "override.ignore_all_rules": ("ignore", "disregard", "forget"),
    "override.forget_everything": ("forget",),
    "jailbreak.dan": ("dan", "anything now"),
    "jailbreak.mode": ("mode",),
    "tags.system": ("<", "[", "sys"),
    "extraction.system_prompt": ("system", "initial", "hidden"),
    "new_instructions.header": ("instruction",),
    "exfil.markdown_image_query": ("](",),
    "de.ignore_previous": ("ignorier", "vergiss", "missacht"),
    "es.ignore_previous": ("ignor", "olvid"),
    "fr.ignore_previous": ("ignor", "oubli"),
    "tags.tool": ("<",),
    "document.addresses_assistant": _AI_GATE,
    "document.if_you_are_ai": ("if you are",),
    "meta.extract_setup": _SETUP_GATE,
    "meta.first_words_of_setup": _SETUP_GATE,
    "meta.hint_about_rules": _SETUP_GATE,
    "meta.told_before_chat": ("told", "instructed", "given", "programmed", "gesagt",
                              "aufgetragen", "dijeron", "ordenaron", "indicaron", "t'a dit",
                              "above", "before"),
    "meta.set_aside_setup": _SETUP_GATE,
    "meta.no_longer_bound": (*_SETUP_GATE, "restriction", "einschr", "restriccion"),
    "persona.reassign": ("now", "jetzt", "sofort", "ahora", "désormais", "maintenant",
                         "your new", "no longer", "any"),
    "persona.no_rules": ("without", "with no", "with zero", "ohne", "sin", "sans", "evil",
                         "shadow", "uncensored", "unfiltered", "unrestricted", "unbound"),
    "persona.grandmother": ("grand", "granny", "oma", "opa", "abuel"),
    "command.prefix": ("/", "!", "#", "sudo"),
    "command.enter_mode": ("mode", "modus", "modo"),
    "tags.fake_authority": ("<", "[", "{{"),
    "memory.persist": ("future", "later", "next", "other", "permanent", "memory", "every",
                       "merk", "recuerda", "retiens"),
    "document.addressed_to_ai_reader": (*_AI_GATE, "système"),
    "document.note_to_ai": ("[", "(", "p", "footnote", '"'),
    "document.ai_must": ("must", "shall", "has to", "is to", "needs to"),
    "exfil.data_to_address": ("http", "@"),
    "bypass.checks": ("skip", "bypass", "without", "no need", "consent", "berspring", "ohne",
                      "lta", "sin", "ignore", "saute", "sans"),
    "override.disable_safety": ("off", "disable", "deactivate", "deaktiv", "desactiva",
                                "sactive", "schalte"),
    "override.stop_following": ("stop", "quit", "follow", "auf", "folge", "deja", "sigas",
                                "suis", "suivre"),
    "override.revoked": ("revoked", "void", "cancel", "null", "obsolete", "replaced",
                         "superseded", "outdated", "begin new", "override", "role"),
    "document.off_task_request": ("tip", "idea", "fact", "reason", "joke", "suggest", "propose",
                                  "recommend", "translat", "write", "tell", "gib", "nenne",
                                  "bersetze", "dame", "dime", "sugiere", "traduce", "donne",
                                  "traduis"),
    "document.hr_insurance_action": ("candidate", "applicant", "cv", "résumé", "resume",
                                     "payout", "payment", "bank", "claim", "kandidat",
                                     "bewerber", "candidat"),
    "meta.probe_setup": ("prompt", "instruction", "rule", "config", "brief", "setup", "words",
                         "topics", "phrases", "subjects", "weak", "loophole", "operator",
                         "developer", "deployer", "creator", "admin"),
    "meta.dump_internals": ("dump", "export", "print", "output", "show me your", "remember",
                            "credential", "key", "secret", "password", "token"),
    "data.other_people": ("other", "anderen", "otros", "autres"),
    "tool.bulk_action": ("_",),
    "authority.claimed_team": ("team", "as the", "as your", "als ", "como ", "en tant"),
    "fake_turn.assistant_prefix": (":",),
    "completion.setup": ("complete", "continue", "finish", "fill in", "carry on"),
    "simulation.console": ("terminal", "shell", "console", "interpreter", "command line"),
    "override.abbreviated": ("ign", "disreg", "disable", "remove", "clear", "turn_off"),
    "override.skip_checks": ("off", "skip", "bypass", "pause", "stop running", "run"),
    "chat.embedded_aside": ("[", "(", "{", "p", "##"),
    "extraction.hidden_setup": ("hidden", "secret", "internal", "confidential", "ocultas",
                                "secretas", "internas"),
    "extraction.canary": ("canary",),
    "hijack.drop_role": ("stop being", "your real", "your actual", "your new"),
    "de.ignore_all": ("ignorier", "vergiss", "vergessen", "missacht"),
    "override.forget_everything_ml": ("alles", "todo", "tout"),
    "de.ignore_above": ("obigen", "vorherigen", "vorangegangenen", "bisherigen"),
    "override.ignore_above_and": ("above",),
    "interrupt.attention_stop": ("stop", "alto"),
    "document.dismiss_criteria": ("forget", "ignore", "disregard"),
    "override.setup_update": ("system prompt", "comply"),
    "document.assistant_aside": ("(", "<!--"),
    "jailbreak.now_in_mode": ("mode",),
    "document.reply_hijack": ("whoever", "whatever", "anyone", "anything", "reply", "response",
                              "summary", "answer", "output", "regardless", "user", "before",
                              "pregunte", "antes", "importante", "instrucci", "nota", "quoi",
                              "avant", "egal", "bevor"),
    "document.label_for_ai": (*_AI_GATE, "agent", "a.i.", "parser", "reader", "note-taker",
                              "notetaker", "directive", "instructions for"),
}
RULES = tuple(replace(r, gate=_GATES.get(r.id, ())) for r in RULES)

_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")


def _compile(r: Rule) -> tuple[re.Pattern[str], bool]:
    """The rule's regex, and whether it runs on the lower-cased text: a pattern with no
    upper-case literal matches lower-cased text without IGNORECASE exactly as it matches the
    text with it, at about half the cost."""
    if _UPPER_LITERAL.search(r.pattern):
        return r.compiled(), False
    return re.compile(r.pattern), True


_COMPILED = tuple((r, *_compile(r)) for r in RULES)
# a quoted span: '...' (not an apostrophe inside a word), “...”, ‘...’, «...», and short "..."
# (a long straight-quoted span is more often a JSON value, which can carry an instruction)
_QUOTED = re.compile(r"(?<!\w)'[^'\n]{1,300}'(?!\w)|\"[^\"\n]{1,60}\"|“[^”\n]{1,300}”|"
                     r"‘[^’\n]{1,300}’|«[^»\n]{1,300}»")


def unquote(text: str) -> str:
    """`text` with quoted spans blanked (same length, so offsets still index the text)."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def _gated_out(r: Rule, low: str) -> bool:
    return bool(r.gate) and not any(map(low.__contains__, r.gate))


class _Views:
    """The text as each rule reads it: as is or lower-cased, with or without quoted spans
    (each view built once, when a rule first needs it)."""

    __slots__ = ("_plain", "_plain_low", "low", "text")

    def __init__(self, text: str) -> None:
        self.text, self.low = text, text.lower()
        self._plain: str | None = None
        self._plain_low: str | None = None

    def of(self, r: Rule, lowered: bool) -> str:
        if not r.unquoted:
            return self.low if lowered else self.text
        if self._plain is None:
            self._plain = unquote(self.text)
        if not lowered:
            return self._plain
        if self._plain_low is None:
            self._plain_low = self._plain.lower()
        return self._plain_low


def matching_rules(text: str, channel: Channel = Channel.USER) -> list[Rule]:
    """The rules that fire on `text` for `channel`."""
    views = _Views(text)
    return [r for r, rx, lowered in _COMPILED
            if channel in r.channels and not _gated_out(r, views.low)
            and rx.search(views.of(r, lowered))]


def rule_score(text: str, channel: Channel = Channel.USER,
               off: frozenset[str] = frozenset()) -> float:
    """The weight of the strongest matching rule (except those in `off`), 0.0 when none
    matches."""
    best = 0.0
    views = _Views(text)
    for r, rx, lowered in _COMPILED:
        if (r.weight > best and channel in r.channels and r.id not in off
                and not _gated_out(r, views.low) and rx.search(views.of(r, lowered))):
            best = r.weight
    return best
