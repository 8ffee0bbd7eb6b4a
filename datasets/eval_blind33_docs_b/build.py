#!/usr/bin/env python3
"""Build injection_document.jsonl for eval_blind33_docs_b (blind evaluation set, documents).

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
PARTS = ["part_archery", "part_beach", "part_clock", "part_cooper", "part_cobbler", "part_millin"]
SETTINGS = ["archery", "beach", "clock", "cooper", "cobbler", "millin"]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]
WANT_CLEAN_PER_SETTING = 15
WANT_INJ = {"archery": 11, "beach": 11, "clock": 12, "cooper": 12, "cobbler": 12, "millin": 12}
WANT_TWINS = 18
PAY_RE = re.compile(r"⟦(.*?)⟧", re.S)
OTHER_GLOB = os.path.join(os.path.dirname(HERE), "*", "*.jsonl")
WIN = 12

# Coarse format families (metadata for --stats / README only).
FAMILY = {
    "e-mail": ["policyholder email", "broker email", "candidate email", "internal email", "automated email",
               "agency email", "referrer email", "employer email", "Kunden-E-Mail", "courriel de courtier",
               "courriel de client", "courriel de candidat", "courriel d'agence", "correo de cliente"],
    "HTML page / HTML mail": ["HTML policyholder notice", "HTML security alert", "HTML broker email",
                              "HTML policyholder email", "HTML application email"],
    "claim / screening / review form": ["claim review form", "screening form"],
    "transcript / chat export": ["call transcript", "web chat export", "WhatsApp chat export", "app chat export",
                                 "LinkedIn message export", "portal message thread"],
    "config (YAML / JSON / INI)": ["YAML config", "JSON config", "INI config"],
    "tool result / data record JSON": ["tool result JSON", "job board record JSON"],
    "XML feed": ["XML feed"],
    "adjuster / surveyor report": ["loss adjuster report", "risk survey report"],
    "CV": ["CV", "markdown CV", "extracted PDF CV"],
    "guide / card": ["policyholder guide", "skier card", "candidate guide", "induction card"],
    "interview notes": ["interview notes", "Gesprächsprotokoll", "acta de entrevista"],
    "cover letter": ["cover letter", "lettre de motivation", "carta de presentación"],
    "chatbot content sheet": ["chatbot content sheet"],
    "reference letter": ["reference letter", "carta de referencia", "Arbeitszeugnis"],
    "CSV / table": ["candidate tracker CSV", "working interview results CSV", "rigging assessment results CSV"],
    "SOP / handover note": ["SOP", "handover note"],
    "business letter / invoice": ["insurer letter", "offer letter", "acceptance letter", "contractor invoice",
                                  "repairer invoice", "agency invoice"],
    "markdown memo / page": ["markdown memo", "markdown site page", "markdown candidate pack",
                             "intranet article"],
    "security / fraud notice": ["fraud notice", "careers fraud notice", "security bulletin"],
    "SMS thread": ["SMS thread"],
    "calendar invite (ICS)": ["calendar invite"],
    "minutes": ["minutes"],
    "job advert": ["job advert", "Stellenanzeige"],
    "policy document": ["policy schedule", "condiciones particulares"],
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



def _h(s):
    return hashlib.sha256(s.encode("utf-8")).digest()[:12]


def _strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from _strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from _strings(v)


def cross_set(res):
    """Compare our long sentences with every other datasets/*/*.jsonl by hashes only.
    Returns (rows whose whole sentence occurs as a sentence elsewhere,
             rows with a sentence sharing any WIN-token window with a sentence elsewhere,
             number of files, number of our long sentences)."""
    sent_owner = collections.defaultdict(set)
    win_owner = collections.defaultdict(set)
    for r in res:
        for snt in sentences(r["final"]):
            sent_owner[_h(snt)].add(r["key"])
            toks = snt.split()
            for i in range(len(toks) - WIN + 1):
                win_owner[_h(" ".join(toks[i:i + WIN]))].add(r["key"])
    hit_sent, hit_win = set(), set()
    nfiles = 0
    for path in sorted(glob.glob(OTHER_GLOB)):
        if os.path.dirname(os.path.abspath(path)) == HERE:
            continue
        nfiles += 1
        with open(path, encoding="utf-8") as f:
            for ln in f:
                ln = ln.strip()
                if not ln:
                    continue
                try:
                    obj = json.loads(ln)
                except ValueError:
                    continue
                for t in _strings(obj):
                    for seg in re.split(r"[.!?;:\n]", t):
                        toks = re.findall(r"\w+", seg.lower())
                        if len(toks) < WIN:
                            continue
                        h = _h(" ".join(toks))
                        if h in sent_owner:
                            hit_sent.add(h)
                        for i in range(len(toks) - WIN + 1):
                            hw = _h(" ".join(toks[i:i + WIN]))
                            if hw in win_owner:
                                hit_win.add(hw)
    return ([sorted(sent_owner[h]) for h in sorted(hit_sent)],
            [sorted(win_owner[h]) for h in sorted(hit_win)], nfiles, len(sent_owner))

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
    # 12+ word sentences shared with any other dataset file (hashes only; no text of other files printed)
    n_sent, n_win, nfiles, nmine = cross_set(res)
    print("cross-set: %d files; %d of our %d long sentences occur as sentences there; "
          "%d of them share a %d-token window with a sentence there" % (nfiles, len(n_sent), nmine, len(n_win), WIN))
    for keys in n_sent:
        errs.append("12+ word sentence also in another set, our rows: %s" % keys)
    for keys in n_win:
        errs.append("%d-token window of a long sentence also in another set, our rows: %s" % (WIN, keys))
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
        n_sent, n_win, nfiles, nmine = cross_set(res)
        print("cross-set: %d files; %d of our %d long sentences occur as sentences there; "
              "%d windows shared" % (nfiles, len(n_sent), nmine, len(n_win)))
        for k in n_sent + n_win:
            print("  our rows:", k)
        return
    if arg == "--langs":
        for r in sorted(res, key=lambda r: r["id"]):
            print("%s\t%s" % (r["id"], r["lang"]))
        return
    write(lines)
    print("wrote %d rows to %s" % (len(lines), os.path.basename(OUT)))


if __name__ == "__main__":
    main()
