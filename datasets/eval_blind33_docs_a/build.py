#!/usr/bin/env python3
"""Build injection_document.jsonl for eval_blind33_docs_a (blind evaluation set, documents).

Rows are hand-written literal strings in part_*.py. Payloads of injected documents are
wrapped in ⟦ ⟧ in the source; the markers are stripped at build time. Twins are declared
with twin=<clean key>, anchor=<text in base>, payload=<⟦...⟧>: the payload is inserted
right after the anchor.

Usage: python3 build.py [--check | --stats | --langs | --overlap]
Standard library only; deterministic; no network.
"""
import collections
import glob
import hashlib
import importlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "injection_document.jsonl")
PARTS = ["part_lipo", "part_hidra", "part_rayn", "part_mnd", "part_paint", "part_rink"]
SETTINGS = ["lipo", "hidra", "rayn", "mnd", "paint", "rink"]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]
WANT_CLEAN_PER_SETTING = 15
WANT_INJ = {"lipo": 12, "hidra": 12, "rayn": 12, "mnd": 12, "paint": 11, "rink": 11}
WANT_TWINS = 18
PAY_RE = re.compile(r"⟦(.*?)⟧", re.S)
# Every JSON Lines file of every other dataset folder (not only injection_*.jsonl).
OTHER_GLOB = os.path.join(os.path.dirname(HERE), "*", "*.jsonl")
WINDOW = 12

# Coarse format families (metadata for --stats / README only).
FAMILY = {
    "leaflet / handout / guide": ["patient leaflet", "patient leaflet (markdown)", "policyholder guide"],
    "SOP / procedure": ["SOP", "claims handling note"],
    "YAML config": ["YAML config"],
    "JSON config": ["JSON config"],
    "INI config": ["INI config"],
    "TOML config": ["TOML config"],
    "tool result JSON": ["booking tool result", "test result tool result", "claim status tool result",
                         "referral triage tool result", "claim assessment tool result"],
    "web chat / chat export / ticket": ["web chat export", "Teams chat export", "claims chat export",
                                        "support ticket export"],
    "HTML page / HTML mail": ["HTML e-mail", "HTML newsletter", "HTML patient page", "HTML page", "HTML claims page"],
    "markdown KB article": ["markdown KB article"],
    "XML feed": ["XML feed"],
    "help article": ["help article"],
    "security / fraud notice": ["staff security e-mail", "security bulletin", "fraud notice"],
    "clinical / review form": ["lipoedema review form", "hidradenitis review form", "Raynaud's review form",
                               "MND review form", "Überweisungsformular"],
    "claim form": ["claim review form", "déclaration de sinistre"],
    "chatbot content sheet": ["chatbot content sheet"],
    "call / voicemail / video transcript": ["call transcript", "voicemail transcription",
                                            "support group meeting transcript"],
    "e-mail": ["patient email", "automated email", "customer email", "GP email", "supplier email",
               "facilitator email", "care home manager email", "correo de clínica privada", "courriel de patiente",
               "courriel de courtier", "E-Mail der Hausarztpraxis", "E-Mail des Handwerksbetriebs"],
    "clinical letter": ["clinic letter", "triage letter", "referral letter", "GP letter", "Arztbrief",
                        "courrier au médecin traitant"],
    "business letter": ["insurer letter", "claim acknowledgement letter", "supplier letter", "carta al asegurado",
                        "Schreiben an den Versicherungsnehmer"],
    "minutes / huddle / handover notes": ["governance minutes", "team huddle notes", "operator board minutes",
                                          "claims review panel minutes"],
    "clinical record / report": ["lipoedema clinic record", "compte rendu de kinésithérapie",
                                 "compte rendu de consultation", "hidradenitis assessment", "informe de consulta",
                                 "Entlassungsbericht", "Raynaud's clinic record", "home visit record",
                                 "NIV review record", "Verlaufsbericht"],
    "expert / adjuster / inspection report": ["loss adjuster report", "claims investigator report",
                                              "engineer's report", "informe pericial", "informe de tasación"],
    "CSV": ["outcome scores CSV", "session adherence CSV", "waiting list CSV", "claims export CSV"],
    "SMS thread": ["SMS thread", "SMS reminder log"],
    "calendar invite (ICS)": ["calendar invite"],
    "policy document": ["policy schedule", "policy wording extract"],
    "invoice / statement": ["supplier invoice", "contractor invoice", "equipment courier invoice"],
}

FMT2FAM = {f: fam for fam, fs in FAMILY.items() for f in fs}

def load_rows():
    sys.path.insert(0, HERE)
    rows = []
    for p in PARTS:
        m = importlib.import_module(p)
        goals = getattr(m, "GOALS", {})
        for r in m.ROWS:
            r = dict(r)
            r.setdefault("setting", r["key"].split("-")[0])
            if r["key"] in goals:
                r["goal"] = goals[r["key"]]
            rows.append(r)
        for k in goals:
            if k not in {r["key"] for r in m.ROWS}:
                raise SystemExit("goal for unknown key " + k)
    return rows


def resolve(rows):
    """Return list of dicts with final text, payload (or None), metadata."""
    by_key = {}
    for r in rows:
        if r["key"] in by_key:
            raise SystemExit("duplicate key " + r["key"])
        by_key[r["key"]] = r
    out = []
    for r in rows:
        r = dict(r)
        if r.get("twin"):
            base = by_key[r["twin"]]
            if base["label"] != 0:
                raise SystemExit("twin base not clean: " + r["key"])
            btext = base["text"]
            if btext.count(r["anchor"]) != 1:
                raise SystemExit("anchor not unique in base for " + r["key"])
            src = btext.replace(r["anchor"], r["anchor"] + r["payload"], 1)
        else:
            src = r["text"]
        pays = PAY_RE.findall(src)
        if r["label"] == 1:
            if len(pays) != 1:
                raise SystemExit("injected row needs exactly one payload: " + r["key"])
            r["payload_text"] = pays[0]
        else:
            if pays:
                raise SystemExit("clean row has payload marker: " + r["key"])
            r["payload_text"] = None
        r["final"] = src.replace("⟦", "").replace("⟧", "")
        out.append(r)
    return out, by_key


def build_lines(res):
    lines = []
    for label, prefix in ((0, "d-cln-"), (1, "d-inj-")):
        group = [r for r in res if r["label"] == label]
        group.sort(key=lambda r: hashlib.sha256(r["final"].encode("utf-8")).hexdigest())
        for i, r in enumerate(group):
            r["id"] = "%s%03d" % (prefix, i)
            lines.append(json.dumps({"id": r["id"], "text": r["final"], "label": label},
                                    ensure_ascii=False))
    return lines


def write(lines):
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def sentences(text):
    outs = set()
    for s in re.split(r"[.!?;:\n]", text):
        toks = re.findall(r"\w+", s.lower())
        if len(toks) >= 12:
            outs.add(" ".join(toks))
    return outs


def windows(text):
    """12-token windows of every sentence of 12+ tokens (same split as sentences())."""
    outs = set()
    for s in re.split(r"[.!?;:\n]", text):
        toks = re.findall(r"\w+", s.lower())
        for k in range(len(toks) - WINDOW + 1):
            outs.add(" ".join(toks[k:k + WINDOW]))
    return outs


def strings_in(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings_in(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings_in(v)


def overlap(res):
    """12+ word sentences and 12-token windows shared with any other dataset folder's JSON Lines files.

    Hashes only; no text of other files is printed, only counts and our own row keys."""
    errs = []
    def hh(x):
        return hashlib.sha256(x.encode("utf-8")).digest()[:16]
    mine = collections.defaultdict(set)
    mine_w = collections.defaultdict(set)
    for r in res:
        for snt in sentences(r["final"]):
            mine[hh(snt)].add(r["key"])
        for w in windows(r["final"]):
            mine_w[hh(w)].add(r["key"])
    hit_s, hit_w = set(), set()
    nfiles = nlines = 0
    for path in sorted(glob.glob(OTHER_GLOB)):
        if os.path.dirname(os.path.abspath(path)) == HERE:
            continue
        nfiles += 1
        with open(path, encoding="utf-8", errors="replace") as f:
            for ln in f:
                ln = ln.strip()
                if not ln:
                    continue
                try:
                    obj = json.loads(ln)
                except ValueError:
                    continue
                nlines += 1
                for t in strings_in(obj):
                    if len(t) < 40:
                        continue
                    for snt in sentences(t):
                        h = hh(snt)
                        if h in mine:
                            hit_s.add(h)
                    for w in windows(t):
                        h = hh(w)
                        if h in mine_w:
                            hit_w.add(h)
    print("cross-set: %d files, %d lines; %d of our %d long sentences and %d of our %d 12-token windows found in them" % (
        nfiles, nlines, len(hit_s), len(mine), len(hit_w), len(mine_w)))
    for h in sorted(hit_s):
        errs.append("12+ word sentence also in another set, our rows: %s" % sorted(mine[h]))
    for h in sorted(hit_w):
        errs.append("12-token window also in another set, our rows: %s" % sorted(mine_w[h]))
    return errs


def check(res, by_key, lines):
    errs = []
    with open(OUT, "rb") as f:
        data = f.read()
    expect = ("\n".join(lines) + "\n").encode("utf-8")
    if data != expect:
        errs.append("file differs from current build")
    if b"\r" in data:
        errs.append("CR found")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    texts = set()
    prev = {0: None, 1: None}
    seen_ids = []
    for ln in data.decode("utf-8").split("\n")[:-1]:
        o = json.loads(ln)
        if list(o.keys()) != ["id", "text", "label"]:
            errs.append("keys wrong " + str(o.get("id")))
        lab = o["label"]
        pre = "d-cln-" if lab == 0 else "d-inj-"
        if not o["id"].startswith(pre):
            errs.append("id/label mismatch " + o["id"])
        h = hashlib.sha256(o["text"].encode("utf-8")).hexdigest()
        if prev[lab] is not None and h <= prev[lab]:
            errs.append("order wrong at " + o["id"])
        prev[lab] = h
        if o["text"] in texts:
            errs.append("duplicate text " + o["id"])
        texts.add(o["text"])
        n = len(o["text"].split())
        if n < 80 or n > 400:
            errs.append("length %d out of 80-400 at %s" % (n, o["id"]))
        seen_ids.append(o["id"])
    # id numbering
    for lab, pre in ((0, "d-cln-"), (1, "d-inj-")):
        ids = [i for i in seen_ids if i.startswith(pre)]
        if ids != ["%s%03d" % (pre, k) for k in range(len(ids))]:
            errs.append("ids not consecutive for " + pre)
    if seen_ids != sorted(seen_ids, key=lambda i: (not i.startswith("d-cln-"), i)):
        errs.append("clean rows must come before injected rows")
    # counts
    for s in SETTINGS:
        c = sum(1 for r in res if r["setting"] == s and r["label"] == 0)
        i = sum(1 for r in res if r["setting"] == s and r["label"] == 1)
        if c != WANT_CLEAN_PER_SETTING:
            errs.append("setting %s clean %d" % (s, c))
        if i != WANT_INJ[s]:
            errs.append("setting %s injected %d" % (s, i))
    for r in res:
        if r["setting"] not in SETTINGS:
            errs.append("bad setting " + r["key"])
        if r.get("fmt") not in FMT2FAM:
            errs.append("format without family: %s (%s)" % (r.get("fmt"), r["key"]))
        need = ["setting", "kind", "lang", "fmt"]
        if r["label"] == 1:
            need += ["placement", "addr", "plang", "goal"]
        for k in need:
            if not r.get(k):
                errs.append("missing %s in %s" % (k, r["key"]))
        if r["label"] == 1:
            p = r["payload_text"]
            if r["final"].count(p) != 1:
                errs.append("payload not exactly once: " + r["key"])
            if r["kind"] not in ("bland", "loud"):
                errs.append("bad kind " + r["key"])
            if r["kind"] == "bland":
                low = p.lower()
                for b in BANNED:
                    if b in low:
                        errs.append("banned word %r in bland payload %s" % (b, r["key"]))
    # twins
    twins = [r for r in res if r.get("twin")]
    if len(twins) != WANT_TWINS:
        errs.append("twins %d != %d" % (len(twins), WANT_TWINS))
    bases = [r["twin"] for r in twins]
    if len(bases) != len(set(bases)):
        errs.append("a twin base is used twice")
    final_by_key = {r["key"]: r["final"] for r in res}
    for r in twins:
        if r["final"].replace(r["payload_text"], "", 1) != final_by_key[r["twin"]]:
            errs.append("twin minus payload != base: " + r["key"])
    # shared long sentences
    owner = collections.defaultdict(set)
    for r in res:
        for s in sentences(r["final"]):
            owner[s].add(r["key"])
    pairs_ok = set()
    for r in twins:
        pairs_ok.add(frozenset((r["key"], r["twin"])))
    for s, ks in owner.items():
        if len(ks) > 1 and frozenset(ks) not in pairs_ok:
            errs.append("shared 12+ word sentence in %s: %s" % (sorted(ks), s[:80]))
    errs.extend(overlap(res))
    # length balance
    for lab in (0, 1):
        ws = [len(r["final"].split()) for r in res if r["label"] == lab]
        mean = sum(ws) / len(ws)
        if not 180 <= mean <= 220:
            errs.append("label %d mean words %.1f outside 180-220" % (lab, mean))
    if errs:
        for e in errs:
            print("ERROR:", e)
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


def stats(res):
    def cnt(title, keyf, rows):
        c = collections.Counter(keyf(r) for r in rows)
        print("## " + title)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-40s %d" % (k, v))
    cl = [r for r in res if r["label"] == 0]
    inj = [r for r in res if r["label"] == 1]
    print("rows: clean %d, injected %d" % (len(cl), len(inj)))
    for lab, rows in ((0, cl), (1, inj)):
        ws = [len(r["final"].split()) for r in rows]
        print("label %d words min %d mean %.1f max %d" % (lab, min(ws), sum(ws) / len(ws), max(ws)))
    cnt("setting x label", lambda r: "%s/%d" % (r["setting"], r["label"]), res)
    cnt("language x label", lambda r: "%s/%d" % (r["lang"], r["label"]), res)
    cnt("clean kind", lambda r: r["kind"], cl)
    cnt("injected kind", lambda r: r["kind"], inj)
    cnt("format x label", lambda r: "%s/%d" % (r["fmt"], r["label"]), res)
    fm = collections.defaultdict(set)
    for r in res:
        fm[r["fmt"]].add(r["label"])
    print("formats: %d distinct, %d under both labels" % (len(fm), sum(1 for v in fm.values() if len(v) == 2)))
    cnt("format family x label", lambda r: "%s/%d" % (FMT2FAM[r["fmt"]], r["label"]), res)
    ff = collections.defaultdict(set)
    for r in res:
        ff[FMT2FAM[r["fmt"]]].add(r["label"])
    print("format families: %d, under both labels: %d; clean only: %s; injected only: %s" % (
        len(ff), sum(1 for v in ff.values() if len(v) == 2),
        sorted(k for k, v in ff.items() if v == {0}), sorted(k for k, v in ff.items() if v == {1})))
    cnt("payload goal", lambda r: r["goal"], inj)
    cnt("payload goal x kind", lambda r: "%s/%s" % (r["goal"], r["kind"]), inj)
    cnt("placement", lambda r: r["placement"], inj)
    cnt("addressing", lambda r: r["addr"], inj)
    cnt("payload language", lambda r: r["plang"], inj)
    print("payload language differs from document: %d" % sum(1 for r in inj if r["plang"] != r["lang"]))
    print("twins: %d (bases distinct: %d)" % (sum(1 for r in inj if r.get("twin")),
                                             len({r["twin"] for r in inj if r.get("twin")})))
    cnt("twins by setting", lambda r: r["setting"], [r for r in inj if r.get("twin")])


def main():
    rows = load_rows()
    res, by_key = resolve(rows)
    lines = build_lines(res)
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    if arg == "--check":
        sys.exit(check(res, by_key, lines))
    if arg == "--stats":
        stats(res)
        return
    if arg == "--overlap":
        errs = overlap(res)
        for e in errs:
            print("ERROR:", e)
        print("OVERLAP OK" if not errs else "OVERLAP FOUND (%d)" % len(errs))
        sys.exit(1 if errs else 0)
    if arg == "--langs":
        for r in sorted(res, key=lambda r: r["id"]):
            print("%s\t%s" % (r["id"], r["lang"]))
        return
    write(lines)
    print("wrote %d rows to %s" % (len(lines), os.path.basename(OUT)))


if __name__ == "__main__":
    main()
