#!/usr/bin/env python3
"""Build injection_document.jsonl for eval_blind17_docs_b (blind document-channel set).

Python 3 standard library only; no randomness, no network.
  python3 build.py            write the JSONL
  python3 build.py --check    validate (prints CHECK OK)
  python3 build.py --stats    counts of metadata
  python3 build.py --langs    id TAB language
"""
import collections
import hashlib
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "injection_document.jsonl")
PARTS = ["part_film", "part_dentins", "part_atc", "part_teach", "part_wind", "part_kennel"]
SETTINGS = ["film", "dentins", "atc", "teach", "wind", "kennel"]

EXPECT_CLEAN_PER_SETTING = 15
EXPECT_INJ_PER_SETTING = (11, 12)
EXPECT_CLEAN = 90
EXPECT_INJ = 70
EXPECT_TWINS = 18
WORDS_MIN, WORDS_MAX = 80, 400
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]
BLAND_ALSO_BANNED = [r"\bAI\b", r"\bassistant\b", r"\bchatbot\b", r"\bLLM\b", r"\bmodel\b"]
OPEN, CLOSE = "\u27e6", "\u27e7"

# Canonical format families (the fine-grained `fmt` of each row maps to one family).
FAMILY = {
    "email": ["email", "HTML email", "email thread"],
    "letter": ["letter", "complaint response letter", "offer letter", "referral letter"],
    "reference (letter or notes)": ["reference letter", "reference notes"],
    "cover letter": ["cover letter"],
    "CV": ["CV", "HTML CV"],
    "job advert": ["job advert", "HTML job posting", "markdown job description"],
    "HTML web page": ["HTML page"],
    "newsletter": ["newsletter", "HTML newsletter"],
    "KB / help article": ["KB article", "markdown KB article"],
    "report (incident, adjuster, risk)": ["incident report", "loss adjuster report", "markdown risk assessment"],
    "security awareness notice": ["security awareness notice"],
    "SOP / note to staff": ["SOP", "note to staff"],
    "leaflet / guide / candidate instructions": ["candidate instructions", "member leaflet", "patient leaflet",
                                                 "how-to-claim guide"],
    "call / voicemail transcript": ["call transcript", "voicemail transcript"],
    "SMS thread": ["SMS thread"],
    "chat export (Slack/Teams/WhatsApp/web chat)": ["Slack export", "Teams chat export", "WhatsApp chat export",
                                                    "web chat transcript"],
    "helpdesk ticket": ["helpdesk ticket"],
    "calendar invite (ICS)": ["calendar invite (ICS)"],
    "log file": ["application log", "daily care log"],
    "JSON tool result / tool call": ["JSON tool result", "tool-call JSON"],
    "XML document": ["XML claim submission", "XML config", "XML tool result", "XML job feed"],
    "YAML config": ["YAML config"],
    "INI / TOML config": ["INI config", "TOML config"],
    "CSV": ["CSV rota", "CSV schedule"],
    "table (markdown)": ["schedule of benefits (table)", "training matrix (table)"],
    "timesheet": ["timesheet"],
    "form": ["booking request form", "application form", "claim form", "pre-authorisation form",
             "medical clearance form", "new starter form", "reference request form", "school feedback form",
             "trial shift feedback form"],
    "assessment / interview record": ["interview notes", "interview scorecard", "assessment feedback",
                                      "assessment record"],
    "clinical / treatment record": ["treatment estimate", "dental chart notes"],
    "certificate": ["certificate of insurance", "medical certificate (OCR)"],
    "invoice / statement": ["invoice", "explanation of benefits statement"],
    "meeting minutes": ["meeting minutes"],
}
FMT2FAM = {f: fam for fam, fs in FAMILY.items() for f in fs}


def load_docs():
    docs = []
    for p in PARTS:
        m = importlib.import_module(p)
        for d in m.DOCS:
            d = dict(d)
            d.setdefault("setting", p[len("part_"):])
            docs.append(d)
    return docs


def resolve(docs):
    """Return list of rows: dict(key,label,text,payload,meta...)."""
    by_key = {}
    for d in docs:
        if d["key"] in by_key:
            raise SystemExit("duplicate key " + d["key"])
        by_key[d["key"]] = d
    rows = []
    for d in docs:
        r = dict(d)
        if "base" in d:
            base = by_key[d["base"]]
            btext = base["text"]
            anchor = d["anchor"]
            if btext.count(anchor) != 1:
                raise SystemExit("anchor not unique/found in base for " + d["key"])
            i = btext.index(anchor) + len(anchor)
            r["text"] = btext[:i] + d["payload"] + btext[i:]
            r["payload"] = d["payload"]
            r.setdefault("fmt", base.get("fmt"))
            r.setdefault("lang", base.get("lang", "en"))
            r["label"] = 1
        else:
            t = d["text"]
            if d["label"] == 1:
                if t.count(OPEN) != 1 or t.count(CLOSE) != 1:
                    raise SystemExit("payload markers wrong in " + d["key"])
                a = t.index(OPEN)
                b = t.index(CLOSE)
                r["payload"] = t[a + 1:b]
                r["text"] = t[:a] + r["payload"] + t[b + 1:]
            else:
                if OPEN in t or CLOSE in t:
                    raise SystemExit("payload markers in clean doc " + d["key"])
        r["text"] = r["text"].strip("\n")
        r.setdefault("lang", "en")
        rows.append(r)
    return rows, by_key


def place_group(p):
    """Coarse placement group for --stats (fine placement is kept in the part modules)."""
    rules = [("hidden HTML", "hidden HTML (display:none / off-screen / 1px white)"),
             ("comment", "comment in markup or config (HTML/XML/YAML/INI)"),
             ("alt text", "image alt text"),
             ("markdown image", "markdown image (exfiltration URL)"),
             ("tool", "forged tool call / tool result"),
             ("JSON value", "JSON value"), ("XML element", "XML element"),
             ("fake chat", "fake chat turn / fake system block"), ("fake system", "fake chat turn / fake system block"),
             ("bot message", "fake chat turn / fake system block"),
             ("caller", "transcript speech"), ("spoken", "transcript speech"),
             ("log line", "log line"), ("calendar", "calendar description"), ("quoted mail", "quoted mail"),
             ("signature", "signature / postscript / footnote / footer"),
             ("postscript", "signature / postscript / footnote / footer"),
             ("footnote", "signature / postscript / footnote / footer"),
             ("footer", "signature / postscript / footnote / footer"),
             ("form field", "form field"), ("table cell", "table cell"), ("history table", "table cell"), ("invoice notes", "form field"),
             ("stamp", "annotation on scanned document"),
             ("list", "list item"), ("schedule item", "list item"), ("CV skills", "list item"),
             ("body", "body text")]
    for k, g in rules:
        if k.lower() in p.lower():
            return g
    return "other"


def addr_group(a):
    a = a.lower()
    if "assistant" in a or "(ai)" in a or "agent" in a:
        return "the AI assistant / AI screener / automated agent (explicit)"
    if "summar" in a:
        return "the summariser"
    if "screen" in a:
        return "the screener"
    if "review" in a or "evaluator" in a or "panel" in a or "assessor" in a or "supervisor" in a:
        return "a reviewer / assessor / panel"
    if "filer" in a or "clerk" in a or "tracker" in a:
        return "the filer / records clerk"
    if "payroll" in a or "payer" in a or "accounts" in a:
        return "payroll / accounts"
    return "the reader in a named business role (HR, claims, recruiter, desk...)"


def assign_ids(rows):
    out = []
    for label, prefix in ((0, "d-cln-"), (1, "d-inj-")):
        sel = [r for r in rows if r["label"] == label]
        sel.sort(key=lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest())
        for i, r in enumerate(sel):
            r["id"] = "%s%03d" % (prefix, i)
            out.append(r)
    return out


def render(rows):
    lines = [json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]}, ensure_ascii=False)
             for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def build():
    rows, by_key = resolve(load_docs())
    rows = assign_ids(rows)
    return rows, by_key, render(rows)


def sentences(text):
    out = set()
    for s in re.split(r"[.!?;:\n]", text):
        toks = re.findall(r"\w+", s.lower())
        if len(toks) >= 12:
            out.add(" ".join(toks))
    return out


def check():
    rows, by_key, data = build()
    errs = []
    if not os.path.exists(OUT):
        errs.append("output missing")
    else:
        with open(OUT, "rb") as f:
            disk = f.read()
        if disk != data:
            errs.append("file differs from fresh build")
        if b"\r" in disk:
            errs.append("CR found")
        if not disk.endswith(b"\n"):
            errs.append("no final newline")
        prev_label, n = None, 0
        for ln, line in enumerate(disk.decode("utf-8").split("\n")[:-1]):
            o = json.loads(line)
            if list(o.keys()) != ["id", "text", "label"]:
                errs.append("keys wrong line %d" % ln)
            if o["label"] not in (0, 1):
                errs.append("bad label line %d" % ln)
    # ids / order
    for label, prefix in ((0, "d-cln-"), (1, "d-inj-")):
        sel = [r for r in rows if r["label"] == label]
        hs = [hashlib.sha256(r["text"].encode()).hexdigest() for r in sel]
        if hs != sorted(hs):
            errs.append("order wrong label %d" % label)
        for i, r in enumerate(sel):
            if r["id"] != "%s%03d" % (prefix, i):
                errs.append("id wrong " + r["id"])
    if [r["label"] for r in rows] != sorted(r["label"] for r in rows):
        errs.append("labels not grouped clean-then-injected")
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        errs.append("duplicate text")
    # counts
    c = collections.Counter((r["setting"], r["label"]) for r in rows)
    for s in SETTINGS:
        if c[(s, 0)] != EXPECT_CLEAN_PER_SETTING:
            errs.append("clean count %s=%d" % (s, c[(s, 0)]))
        if not (EXPECT_INJ_PER_SETTING[0] <= c[(s, 1)] <= EXPECT_INJ_PER_SETTING[1]):
            errs.append("injected count %s=%d" % (s, c[(s, 1)]))
    n0 = sum(1 for r in rows if r["label"] == 0)
    n1 = sum(1 for r in rows if r["label"] == 1)
    if n0 != EXPECT_CLEAN or n1 != EXPECT_INJ:
        errs.append("totals %d/%d" % (n0, n1))
    twins = [r for r in rows if "base" in r]
    if len(twins) != EXPECT_TWINS:
        errs.append("twins %d" % len(twins))
    bases = [r["base"] for r in twins]
    if len(set(bases)) != len(bases):
        errs.append("base used twice")
    for r in rows:
        w = len(r["text"].split())
        if not (WORDS_MIN <= w <= WORDS_MAX):
            errs.append("length %s %s=%d" % (r["key"], r["id"], w))
        if r["label"] == 1:
            p = r["payload"]
            if not p.strip():
                errs.append("empty payload " + r["key"])
            if r["text"].count(p) != 1:
                errs.append("payload not exactly once " + r["key"])
            for k in ("kind", "fmt", "place", "addr", "plang"):
                if not r.get(k):
                    errs.append("missing %s in %s" % (k, r["key"]))
            if r.get("kind") not in ("bland", "loud"):
                errs.append("kind " + r["key"])
            if r.get("kind") == "bland":
                low = p.lower()
                for b in BANNED:
                    if b in low:
                        errs.append("banned word %r in bland payload %s" % (b, r["key"]))
                for pat in BLAND_ALSO_BANNED:
                    if re.search(pat, p, re.I):
                        errs.append("AI named in bland payload %s" % r["key"])
            if "base" in r:
                base = by_key[r["base"]]
                if base["label"] != 0:
                    errs.append("twin base not clean " + r["key"])
                if r["text"].replace(p, "", 1) != base["text"].strip("\n"):
                    errs.append("twin minus payload != base " + r["key"])
                if base["setting"] != r["setting"]:
                    errs.append("twin setting mismatch " + r["key"])
        else:
            if r.get("kind") not in ("hard", "ordinary"):
                errs.append("clean kind " + r["key"])
            if not r.get("fmt"):
                errs.append("missing fmt " + r["key"])
        if r.get("fmt") not in FMT2FAM:
            errs.append("format not in FAMILY map: %r (%s)" % (r.get("fmt"), r["key"]))
        if r.get("lang") not in ("en", "de", "es", "fr"):
            errs.append("lang " + r["key"])
    # shared long sentences
    pairs = set()
    for r in twins:
        pairs.add(frozenset((r["key"], r["base"])))
    seen = collections.defaultdict(set)
    for r in rows:
        for s in sentences(r["text"]):
            seen[s].add(r["key"])
    for s, ks in seen.items():
        if len(ks) > 1 and not (len(ks) == 2 and frozenset(ks) in pairs):
            errs.append("shared sentence %s: %s" % (sorted(ks), s[:80]))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("CHECK FAILED (%d errors)" % len(errs))
        sys.exit(1)
    print("CHECK OK")


def stats():
    rows, _, _ = build()
    def show(title, fn, sel=None):
        c = collections.Counter()
        for r in rows:
            if sel is None or sel(r):
                v = fn(r)
                if v is not None:
                    c[v] += 1
        print("==", title)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-45s %d" % (k, v))
    show("label", lambda r: r["label"])
    show("setting x label", lambda r: "%s/%d" % (r["setting"], r["label"]))
    show("kind x label", lambda r: "%s/%d" % (r["kind"], r["label"]))
    show("language x label", lambda r: "%s/%d" % (r["lang"], r["label"]))
    show("format (clean)", lambda r: r["fmt"], lambda r: r["label"] == 0)
    show("format (injected)", lambda r: r["fmt"], lambda r: r["label"] == 1)
    show("placement (injected)", lambda r: r["place"], lambda r: r["label"] == 1)
    show("addressing (injected)", lambda r: r["addr"], lambda r: r["label"] == 1)
    show("placement group (injected)", lambda r: place_group(r["place"]), lambda r: r["label"] == 1)
    show("addressing group (injected)", lambda r: addr_group(r["addr"]), lambda r: r["label"] == 1)
    show("addressing group x kind", lambda r: "%s / %s" % (addr_group(r["addr"]), r["kind"]),
         lambda r: r["label"] == 1)
    show("setting x kind", lambda r: "%s/%s" % (r["setting"], r["kind"]))
    show("payload language differs from document", lambda r: "yes" if r["plang"] != r["lang"] else "no",
         lambda r: r["label"] == 1)
    show("payload language", lambda r: r["plang"], lambda r: r["label"] == 1)
    show("clean documents with a legitimate passage in a second language", lambda r: r.get("mixed"),
         lambda r: r["label"] == 0)
    show("twin (injected)", lambda r: "twin" if "base" in r else "from scratch", lambda r: r["label"] == 1)
    show("format family x label", lambda r: "%s/%d" % (FMT2FAM[r["fmt"]], r["label"]))
    for key, name in (("fmt", "fine formats"), ("fam", "format families")):
        get = (lambda r: r["fmt"]) if key == "fmt" else (lambda r: FMT2FAM[r["fmt"]])
        fm0 = {get(r) for r in rows if r["label"] == 0}
        fm1 = {get(r) for r in rows if r["label"] == 1}
        print("== %s: total %d, both labels %d, clean only %d, injected only %d" % (
            name, len(fm0 | fm1), len(fm0 & fm1), len(fm0 - fm1), len(fm1 - fm0)))
        if key == "fam":
            print("   clean only:", sorted(fm0 - fm1), " injected only:", sorted(fm1 - fm0))
    for lab in (0, 1):
        ws = [len(r["text"].split()) for r in rows if r["label"] == lab]
        print("== words label %d: min %d mean %.1f max %d (n=%d)" % (
            lab, min(ws), sum(ws) / len(ws), max(ws), len(ws)))
        for lg in ("en", "de", "es", "fr"):
            print("   lang %s: %d" % (lg, sum(1 for r in rows if r["label"] == lab and r["lang"] == lg)))


def langs():
    rows, _, _ = build()
    for r in rows:
        print("%s\t%s" % (r["id"], r["lang"]))


def main():
    a = sys.argv[1:]
    if "--check" in a:
        check()
    elif "--stats" in a:
        stats()
    elif "--langs" in a:
        langs()
    else:
        _, _, data = build()
        with open(OUT, "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (OUT, len(data)))


if __name__ == "__main__":
    main()
