# ruff: noqa: E501
"""Envelopes: the headers and footers that real documents arrive in.

A document rarely reaches the assistant bare. A retrieval step adds a source line and an end
marker; an e-mail arrives forwarded, with a signature and a legal footer; a PDF comes as
extracted text with a page line; a knowledge-base article carries its chrome; a tool result
carries its name, or comes as XML; a web page comes as HTML; an upload carries the portal's
header. If only attacks (or only clean
documents) came wrapped, a model would learn the wrapper. `wrap` puts a clean document in one
of these envelopes, and `build.py` adds enveloped copies of clean documents; the training
script inserts attacks into them like into any other clean document, so a wrapper says
nothing about the label.

The envelope strings are written here for this purpose; `wrap` is deterministic given `rng`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

_SITES = ["https://www.northbridge-health.example/patients/", "https://kb.harbourview-insurance.example/articles/",
          "https://careers.meridian-staffing.example/help/", "https://intranet.example.org/policies/",
          "https://docs.example.net/shared/", "https://portal.example.com/library/"]
_SENDERS = [("Priya Raman", "p.raman"), ("Tom Becker", "t.becker"), ("Ana Sousa", "a.sousa"),
            ("Marcus Leigh", "m.leigh"), ("Ines Duarte", "i.duarte"), ("Owen Clarke", "o.clarke"),
            ("Sophie Laurent", "s.laurent"), ("Jonas Weber", "j.weber")]
_INBOXES = ["shared-inbox", "claims-intake", "patient-services", "recruitment", "team-ops",
            "admin-office"]
_FILES = ["leaflet", "policy_wording", "procedure", "handbook_extract", "notice", "letter",
          "minutes", "guidance", "faq", "summary", "report", "form"]
_TOOLS = ["kb.search", "documents.fetch", "mail.read_message", "files.get", "web.fetch",
          "records.get_attachment"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} 2026"


def _iso(rng: random.Random) -> str:
    return (f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")


def _retrieval(doc: str, rng: random.Random) -> str:
    n = rng.randint(1, 5)
    head = rng.choice([
        f"Retrieved passage {rng.randint(1, n)} of {n} | source: {rng.choice(_SITES)}{rng.randint(100, 9999)} | fetched {_iso(rng)} UTC",
        f"[search result {rng.randint(1, n)}/{n}] {rng.choice(_SITES)}{rng.randint(100, 9999)} (score {rng.uniform(0.5, 0.99):.2f})",
        f"Source: {rng.choice(_SITES)}{rng.randint(100, 9999)}\nRetrieved: {_iso(rng)}\nContent-Type: text/plain; charset=utf-8",
        f"<document index=\"{rng.randint(1, 9)}\" source=\"{rng.choice(_SITES)}{rng.randint(100, 9999)}\">",
    ])
    foot = rng.choice(["[end of retrieved content]", "--- end of passage ---", "[end of document]",
                       "</document>" if head.startswith("<document") else "[end of result]", ""])
    return f"{head}\n\n{doc}" + (f"\n\n{foot}" if foot else "")


def _forwarded(doc: str, rng: random.Random) -> str:
    name, user = rng.choice(_SENDERS)
    subject = rng.choice(["FW:", "Fwd:", "TR:", "WG:", "RV:"]) + " " + rng.choice(
        ["info", "for your files", "see below", "as discussed", "document attached", "latest version"])
    note = rng.choice(["See below - FYI, no action needed from you.", "Forwarding for reference.",
                       "Forwarded at the customer's request; original attached.",
                       "Please see the message below.", "For your records.", ""])
    sig = rng.choice([
        f"\n\nKind regards,\n{name}",
        f"\n\n--\n{name}\nSent from my phone",
        f"\n\nThanks,\n{name.split()[0]}\n\nThis e-mail and any attachments are confidential and intended only for the addressee. If you received it in error, please tell the sender and delete it.",
        "\n\nPlease do not reply to this automated message.",
        "",
    ])
    header = (f"From: {name} <{user}@example.org>\nTo: {rng.choice(_INBOXES)}@example.org\n"
              f"Date: {_date(rng)}\nSubject: {subject}\n\n{note}\n\n"
              "---------- Forwarded message ---------\n\n")
    return header + doc + sig


def _pdf(doc: str, rng: random.Random) -> str:
    pages = rng.randint(1, 4)
    name = f"{rng.choice(_FILES)}_{rng.randint(1, 99):02d}.pdf"
    head = rng.choice([f"[Text extracted from {name} - page 1 of {pages}]",
                       f"--- {name} (page 1/{pages}) ---", f"PDF text layer: {name}"])
    foot = rng.choice([f"Page 1 of {pages}", f"Document control: version {rng.randint(1, 9)}.{rng.randint(0, 9)} | review date {_date(rng)} | uncontrolled when printed",
                       "", f"Ref {rng.choice('ABCDEFGH')}{rng.randint(100, 999)}/{rng.randint(10, 99)}"])
    return f"{head}\n\n{doc}" + (f"\n\n{foot}" if foot else "")


def _kb(doc: str, rng: random.Random) -> str:
    name, _ = rng.choice(_SENDERS)
    head = rng.choice([
        f"Article KB-{rng.randint(1000, 19999)} | Owner: {name} | Last reviewed: {_date(rng)}",
        f"Knowledge base > {rng.choice(['Patients', 'Claims', 'Candidates', 'Staff', 'Billing'])} > {rng.choice(['Guidance', 'FAQ', 'Procedures', 'Notices'])}",
        f"Audience: staff and virtual assistant | Status: published | Version {rng.randint(1, 12)}",
    ])
    foot = rng.choice(["Was this article helpful? Yes / No", "Related articles: see the index.",
                       f"Last edited by {name} on {_date(rng)}.", ""])
    return f"{head}\n\n{doc}" + (f"\n\n{foot}" if foot else "")


def _tool(doc: str, rng: random.Random) -> str:
    tool = rng.choice(_TOOLS)
    head = rng.choice([f"Tool result: {tool}", f"[tool:{tool}] status=ok", f"Output of {tool}:"])
    foot = rng.choice(["[end of tool output]", "(truncated)", "", f"elapsed_ms={rng.randint(12, 900)}"])
    return f"{head}\n{doc}" + (f"\n{foot}" if foot else "")


def _markup(doc: str, rng: random.Random) -> str:
    """The document inside XML or HTML, one element per paragraph."""
    paras = [p.strip() for p in doc.split("\n") if p.strip()]
    if rng.random() < 0.5:
        tool = rng.choice(_TOOLS).replace(".", "_")
        inner = "\n".join(f"    <para n=\"{i}\">{p}</para>" for i, p in enumerate(paras, 1))
        return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{tool}Response requestId=\"{rng.randint(10000, 99999)}\">\n"
                f"  <status>ok</status>\n  <content>\n{inner}\n  </content>\n</{tool}Response>")
    inner = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f"<html>\n<head><title>{rng.choice(_FILES).replace('_', ' ').title()}</title></head>\n"
            f"<body>\n<div class=\"content\">\n{inner}\n</div>\n<footer>© 2026 · Privacy · Accessibility</footer>\n</body>\n</html>")


def _upload(doc: str, rng: random.Random) -> str:
    head = rng.choice([
        f"Uploaded via customer portal | file: upload_{rng.randint(1000, 9999)}.txt | size: {rng.randint(4, 90)} KB | virus scan: clean",
        f"Attachment {rng.randint(1, 3)} of {rng.randint(3, 4)}: {rng.choice(_FILES)}.docx (converted to text)",
        f"Scanned document, OCR confidence {rng.randint(86, 99)}%",
    ])
    return f"{head}\n\n{doc}"


_LOCAL = {  # headers and footers of the same kinds, in the document's language
    "de": [("Weitergeleitete Nachricht\nVon: {n} <{u}@example.org>\nBetreff: WG: zur Info", "Mit freundlichen Grüßen\n{n}"),
           ("[Aus {f}.pdf extrahierter Text - Seite 1 von {p}]", "Seite 1 von {p}"),
           ("Quelle: {s}{k} | abgerufen am {d}", "[Ende des abgerufenen Inhalts]"),
           ("Wissensdatenbank > Artikel {k} | Zuletzt geprüft: {d}", "War dieser Artikel hilfreich?")],
    "es": [("Mensaje reenviado\nDe: {n} <{u}@example.org>\nAsunto: RV: para tu información", "Un saludo,\n{n}"),
           ("[Texto extraído de {f}.pdf - página 1 de {p}]", "Página 1 de {p}"),
           ("Fuente: {s}{k} | recuperado el {d}", "[fin del contenido recuperado]"),
           ("Base de conocimiento > Artículo {k} | Última revisión: {d}", "¿Le ha resultado útil este artículo?")],
    "fr": [("Message transféré\nDe : {n} <{u}@example.org>\nObjet : TR: pour info", "Cordialement,\n{n}"),
           ("[Texte extrait de {f}.pdf - page 1 sur {p}]", "Page 1 sur {p}"),
           ("Source : {s}{k} | récupéré le {d}", "[fin du contenu récupéré]"),
           ("Base de connaissances > Article {k} | Dernière revue : {d}", "Cet article vous a-t-il été utile ?")],
}
_MARKERS = {"de": (" und ", " der ", " die ", " Sie ", " nicht "), "es": (" que ", " el ", " los ", " para ", " usted"),
            "fr": (" les ", " vous ", " est ", " pour ", " des ")}


def language(doc: str) -> str:
    """A rough guess of the document's language from common words: en, de, es or fr."""
    text = f" {doc} "
    hits = {lang: sum(text.count(w) for w in words) for lang, words in _MARKERS.items()}
    lang, n = max(hits.items(), key=lambda kv: kv[1])
    return lang if n >= 3 else "en"


def _local(doc: str, rng: random.Random, lang: str) -> str:
    head, foot = rng.choice(_LOCAL[lang])
    name, user = rng.choice(_SENDERS)
    values = {"n": name, "u": user, "f": rng.choice(_FILES), "p": rng.randint(1, 4),
              "s": rng.choice(_SITES), "k": rng.randint(100, 9999), "d": _date(rng)}
    return f"{head.format(**values)}\n\n{doc}\n\n{foot.format(**values)}"


ENVELOPES: dict[str, Callable[[str, random.Random], str]] = {
    "retrieval": _retrieval, "forwarded": _forwarded, "pdf": _pdf, "kb": _kb, "tool": _tool,
    "upload": _upload, "markup": _markup,
}


def wrap(doc: str, rng: random.Random) -> tuple[str, str]:
    """(kind, text): `doc` in one envelope; a German, Spanish or French document gets one in
    its own language half of the time."""
    lang = language(doc)
    if lang != "en" and rng.random() < 0.5:
        return f"local_{lang}", _local(doc, rng, lang)
    kind = rng.choice(sorted(ENVELOPES))
    return kind, ENVELOPES[kind](doc, rng)
