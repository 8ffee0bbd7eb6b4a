#!/usr/bin/env python3
"""Build injection_document.jsonl for datasets/authored_v (document channel only).

Rows are hand-written literals in part_d_*.py. Standard library only;
deterministic; no network.

Usage: python3 build.py [--check | --stats | --langs]
"""
import collections
import hashlib
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_FILE = os.path.join(HERE, "injection_document.jsonl")
SETTINGS = ["optom", "pallcare", "urol", "shopins", "pharmtech", "chef"]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]
PL, PR = "\u27e6", "\u27e7"  # payload markers, stripped at build
CATS = ["correction", "payment", "exemption", "disclosure", "config", "own", "quoted", "ordinary"]
PLACES = ["start", "middle", "end"]
ADDRS = ["record-voice", "staff-voice", "ai-direct"]
GOALS = ["falsify", "payment", "skipcheck", "disclose"]
BLAND_STYLES = ["imperative", "passive", "field", "footnote", "processing-note"]
LOUD_STYLES = ["plain", "html-comment", "hidden-html", "field", "bracket-note"]
# formats counted as forms, JSON/CSV tool results and structured records
STRUCTURED = {"form", "json-tool-result", "csv-export", "structured-record", "table"}
N_TWINS = 24
N_BLAND, N_LOUD = 45, 15
MIN_BLAND_PER_GOAL = 10
MIN_STRUCTURED_INJ = 20
LANG_COUNTS = {0: {"en": 68, "de": 4, "es": 4, "fr": 4}, 1: {"en": 51, "de": 3, "es": 3, "fr": 3}}
MIN_W, MAX_W = 120, 300


def load_parts(prefix):
    mods = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith(".py"):
            spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(HERE, fn))
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            mods.append(m)
    return mods


def strip_marked(t):
    pays = re.findall(re.escape(PL) + "(.*?)" + re.escape(PR), t, flags=re.S)
    return t.replace(PL, "").replace(PR, ""), pays


def doc_rows():
    """CLEAN: (key, cat, fmt, lang, text)
    INJ:   (kind, fmt, lang, place, addr, goal, style, plang, marked_text)
    TWIN:  (base_key, anchor, kind, place, addr, goal, style, plang, payload)
    kind: bland | loud; goal: falsify | payment | skipcheck | disclose;
    style (bland): imperative | passive | field | footnote | processing-note;
    style (loud): plain | html-comment | hidden-html | field | bracket-note."""
    rows = []
    clean_by_key = {}
    mods = load_parts("part_d_")
    for m in mods:
        s = m.SETTING
        for key, cat, fmt, lang, text in m.CLEAN:
            assert key not in clean_by_key, key
            assert cat in CATS, (key, cat)
            meta = dict(setting=s, kind="clean", cat=cat, fmt=fmt, lang=lang, key=key,
                        structured=fmt in STRUCTURED)
            r = dict(text=text, label=0, meta=meta)
            clean_by_key[key] = r
            rows.append(r)
    for m in mods:
        s = m.SETTING
        for kind, fmt, lang, place, addr, goal, style, plang, marked in m.INJ:
            text, pays = strip_marked(marked)
            assert len(pays) == 1, ("need exactly one marked payload", marked[:80])
            meta = dict(setting=s, kind=kind, fmt=fmt, lang=lang, place=place, addr=addr,
                        goal=goal, style=style, plang=plang, payload=pays[0], twin=None,
                        structured=fmt in STRUCTURED)
            rows.append(dict(text=text, label=1, meta=meta))
        for base, anchor, kind, place, addr, goal, style, plang, payload in m.TWIN:
            b = clean_by_key[base]
            bt = b["text"]
            assert bt.count(anchor) == 1, ("anchor must occur once", base, anchor)
            i = bt.index(anchor) + len(anchor)
            text = bt[:i] + payload + bt[i:]
            fmt = b["meta"]["fmt"]
            meta = dict(setting=s, kind=kind, fmt=fmt, lang=b["meta"]["lang"],
                        place=place, addr=addr, goal=goal, style=style, plang=plang,
                        payload=payload, twin=base, structured=fmt in STRUCTURED)
            rows.append(dict(text=text, label=1, meta=meta))
    return rows


def assign(rows, pre0, pre1):
    out = []
    for label, pre in ((0, pre0), (1, pre1)):
        sel = [r for r in rows if r["label"] == label]
        sel.sort(key=lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest())
        for n, r in enumerate(sel):
            r["id"] = "%s-%03d" % (pre, n)
            out.append(r)
    return out


def serialise(rows):
    return "".join(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]},
                              ensure_ascii=False) + "\n" for r in rows)


def build_all():
    return assign(doc_rows(), "d-cln", "d-inj")


# ---------------------------------------------------------------- check
def sentences(t):
    out = set()
    for part in re.split(r"[.!?;:\n]", t):
        toks = re.findall(r"\w+", part.lower())
        if len(toks) >= 12:
            out.add(" ".join(toks))
    return out


def check():
    errs = []
    d = build_all()
    want = serialise(d)
    with open(DOC_FILE, "rb") as f:
        raw = f.read()
    if raw.decode("utf-8") != want:
        errs.append("injection_document.jsonl differs from build")
    if b"\r" in raw:
        errs.append("CR in file")
    if not raw.endswith(b"\n"):
        errs.append("no final newline")
    for ln in raw.decode("utf-8").split("\n")[:-1]:
        o = json.loads(ln)
        if sorted(o) != ["id", "label", "text"]:
            errs.append("keys " + ln[:60])
    texts = [r["text"] for r in d]
    if len(set(texts)) != len(texts):
        errs.append("duplicate text")
    # ids / order
    for label, pre in ((0, "d-cln"), (1, "d-inj")):
        sel = [r for r in d if r["label"] == label]
        hs = [hashlib.sha256(r["text"].encode("utf-8")).hexdigest() for r in sel]
        if hs != sorted(hs):
            errs.append("order " + pre)
        for n, r in enumerate(sel):
            if r["id"] != "%s-%03d" % (pre, n):
                errs.append("id " + r["id"])
    labs = [r["label"] for r in d]
    if labs != sorted(labs):
        errs.append("label order")
    # counts
    if labs.count(0) != 80 or labs.count(1) != 60:
        errs.append("label totals %d/%d" % (labs.count(0), labs.count(1)))
    c = collections.Counter((r["meta"]["setting"], r["label"]) for r in d)
    for s in SETTINGS:
        if not 13 <= c[(s, 0)] <= 14:
            errs.append("clean count %s = %d" % (s, c[(s, 0)]))
        if c[(s, 1)] != 10:
            errs.append("injected count %s = %d" % (s, c[(s, 1)]))
    if set(r["meta"]["setting"] for r in d) != set(SETTINGS):
        errs.append("settings")
    for label, want_l in LANG_COUNTS.items():
        got = collections.Counter(r["meta"]["lang"] for r in d if r["label"] == label)
        if dict(got) != want_l:
            errs.append("languages label %d: %s" % (label, dict(got)))
    inj = [r for r in d if r["label"] == 1]
    tw = [r["meta"]["twin"] for r in inj if r["meta"]["twin"]]
    if len(tw) != N_TWINS:
        errs.append("twins %d" % len(tw))
    if len(set(tw)) != len(tw):
        errs.append("twin base used twice")
    ct = collections.Counter(r["meta"]["setting"] for r in inj if r["meta"]["twin"])
    for s in SETTINGS:
        if ct[s] != N_TWINS // len(SETTINGS):
            errs.append("twins in %s = %d" % (s, ct[s]))
    kinds = collections.Counter(r["meta"]["kind"] for r in inj)
    if kinds["bland"] != N_BLAND or kinds["loud"] != N_LOUD:
        errs.append("kinds %s" % dict(kinds))
    goals = collections.Counter(r["meta"]["goal"] for r in inj if r["meta"]["kind"] == "bland")
    for g in GOALS:
        if goals[g] < MIN_BLAND_PER_GOAL:
            errs.append("bland goal %s only %d" % (g, goals[g]))
    nstruct = sum(1 for r in inj if r["meta"]["structured"])
    if nstruct < MIN_STRUCTURED_INJ:
        errs.append("structured injected %d" % nstruct)
    for r in inj:
        m = r["meta"]
        if m["place"] not in PLACES:
            errs.append("placement %s" % r["id"])
        if m["kind"] not in ("bland", "loud"):
            errs.append("kind %s" % r["id"])
        if m["goal"] not in GOALS:
            errs.append("goal %s" % r["id"])
        if m["addr"] not in ADDRS:
            errs.append("addr %s" % r["id"])
        if m["kind"] == "bland" and (m["style"] not in BLAND_STYLES or m["addr"] == "ai-direct"):
            errs.append("bland style/addr %s" % r["id"])
        if m["kind"] == "loud" and (m["style"] not in LOUD_STYLES or m["addr"] != "ai-direct"):
            errs.append("loud style/addr %s" % r["id"])
        if m["plang"] != m["lang"]:
            errs.append("payload language %s" % r["id"])
    # lengths
    for r in d:
        n = len(r["text"].split())
        if not MIN_W <= n <= MAX_W:
            errs.append("doc words %d: %s %s" % (n, r["id"], r["text"][:60]))
    # banned words in bland payloads
    for r in inj:
        if r["meta"]["kind"] == "bland":
            lo = r["meta"]["payload"].lower()
            for w in BANNED:
                if w in lo:
                    errs.append("banned '%s' in bland payload %s" % (w, r["id"]))
    # payload exactly once; twins
    base_text = {r["meta"]["key"]: r["text"] for r in d if r["label"] == 0}
    for r in d:
        if r["label"] == 1:
            p = r["meta"]["payload"]
            if not p.strip() or r["text"].count(p) != 1:
                errs.append("payload count %s" % r["id"])
            if r["meta"]["twin"]:
                if r["text"].replace(p, "", 1) != base_text[r["meta"]["twin"]]:
                    errs.append("twin mismatch %s" % r["id"])
        if PL in r["text"] or PR in r["text"]:
            errs.append("marker left in %s" % r["id"])
    # shared long sentences
    seen = {}
    for idx, r in enumerate(d):
        for snt in sentences(r["text"]):
            seen.setdefault(snt, []).append(idx)
    for snt, idxs in seen.items():
        if len(idxs) > 1:
            rs = [d[i] for i in idxs]
            ok = False
            if len(rs) == 2:
                a, b = rs
                ka = a["meta"].get("key") or a["meta"].get("twin")
                kb = b["meta"].get("key") or b["meta"].get("twin")
                ok = ka is not None and ka == kb and a["label"] != b["label"]
            if not ok:
                errs.append("shared sentence %s: %s" % ([x["id"] for x in rs], snt[:80]))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("CHECK FAILED (%d)" % len(errs))
        sys.exit(1)
    print("CHECK OK")


def stats():
    d = build_all()

    def show(title, rows, keys):
        print("==", title, "rows", len(rows))
        for k in keys:
            c = collections.Counter(str(r["meta"].get(k)) for r in rows)
            print("  %-10s %s" % (k, dict(sorted(c.items()))))
        ws = [len(r["text"].split()) for r in rows]
        if ws:
            print("  words min %d mean %.1f max %d" % (min(ws), sum(ws) / len(ws), max(ws)))
    show("doc label 0", [r for r in d if r["label"] == 0],
         ["setting", "cat", "fmt", "lang", "structured"])
    inj = [r for r in d if r["label"] == 1]
    show("doc label 1", inj, ["setting", "kind", "fmt", "lang", "place", "addr", "goal",
                              "style", "plang", "structured"])
    bl = [r for r in inj if r["meta"]["kind"] == "bland"]
    print("  bland goal", dict(sorted(collections.Counter(r["meta"]["goal"] for r in bl).items())))
    print("  bland style", dict(sorted(collections.Counter(r["meta"]["style"] for r in bl).items())))
    print("  twins", sum(1 for r in inj if r["meta"]["twin"]),
          "from scratch", sum(1 for r in inj if not r["meta"]["twin"]),
          "payload lang differs", sum(1 for r in inj if r["meta"]["plang"] != r["meta"]["lang"]))
    print("  twin base cats", dict(sorted(collections.Counter(
        next(x["meta"]["cat"] for x in d if x["label"] == 0 and x["meta"]["key"] == r["meta"]["twin"])
        for r in inj if r["meta"]["twin"]).items())))


def langs():
    for r in build_all():
        print("%s\t%s" % (r["id"], r["meta"]["lang"]))


def main():
    a = sys.argv[1:]
    if "--check" in a:
        return check()
    if "--stats" in a:
        return stats()
    if "--langs" in a:
        return langs()
    d = build_all()
    with open(DOC_FILE, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(d))
    print("wrote %d document rows" % len(d))


if __name__ == "__main__":
    main()
