#!/usr/bin/env python3
"""Build the authored_m prompt-injection training set (user + document channels).
Every row is a literal string in the chunk modules (u_*.py, d_*.py) imported below.
Usage: python3 build.py [--stats | --langs | --check]"""
import sys, os, json, hashlib, re, base64, codecs, importlib
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import *  # noqa  (row constructors + encoders + furniture)
import common

CHUNKS = [m for m in ("u_1", "u_2", "u_3", "u_4", "d_1", "d_2", "d_3", "d_4", "d_5", "d_6", "d_7", "d_8")
          if os.path.exists(os.path.join(HERE, m + ".py"))]
for m in CHUNKS:
    importlib.import_module(m)

USER, CLEAN, INJ, TWINS = common.USER, common.CLEAN, common.INJ, common.TWINS
SETTINGS = ["gyn", "pain", "ld", "home", "equine", "boiler", "grad", "lab"]
QUIET_BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]

def sha(t):
    return hashlib.sha256(t.encode("utf-8")).hexdigest()

def wc(t):
    return len(t.split())

def all_docs():
    base = {c["key"]: c for c in CLEAN}
    docs = [dict(c, label=0) for c in CLEAN]
    for j in INJ:
        docs.append(dict(j, label=1, twin=None))
    for t in TWINS:
        b = base[t["base"]]
        docs.append(dict(text=make_twin(b["text"], t["mode"], t["anchor"], t["payload"]), setting=b["setting"],
                         fmt=b["fmt"], kind=t["kind"], lang=b["lang"], place=t["place"], addr=t["addr"],
                         plang=t["plang"], label=1, twin=t["base"]))
    return docs

def number(rows, prefix0, prefix1):
    out = []
    for lab, pre in ((0, prefix0), (1, prefix1)):
        rs = sorted([r for r in rows if r["label"] == lab], key=lambda r: sha(r["text"]))
        for i, r in enumerate(rs):
            r["id"] = "%s-%03d" % (pre, i)
            out.append(r)
    return out

def build():
    users = number([dict(u) for u in USER], "u-ben", "u-atk")
    docs = number(all_docs(), "d-cln", "d-inj")
    return users, docs

def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]}, ensure_ascii=False) + "\n")

def stats():
    users, docs = build()
    from collections import Counter
    def show(name, rows, keys):
        print("== %s (%d rows)" % (name, len(rows)))
        for lab in (0, 1):
            rs = [r for r in rows if r["label"] == lab]
            if not rs:
                continue
            w = [wc(r["text"]) for r in rs]
            print("  label %d: n=%d words min/mean/max %d/%.1f/%d, under120=%d" % (lab, len(rs), min(w), sum(w) / len(w), max(w), sum(1 for x in w if x < 120)))
            for k in keys:
                c = Counter(str(r.get(k)) for r in rs)
                print("    %s: %s" % (k, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    show("user", users, ["lang", "kind", "style", "setting"])
    show("document", docs, ["lang", "kind", "setting", "fmt", "place", "addr", "plang"])
    fm0 = set(d["fmt"] for d in docs if d["label"] == 0); fm1 = set(d["fmt"] for d in docs if d["label"] == 1)
    print("formats both labels: %d; only clean: %s; only injected: %s" % (len(fm0 & fm1), sorted(fm0 - fm1), sorted(fm1 - fm0)))
    inj = [d for d in docs if d["label"] == 1]
    print("payload language differs from document: %d of %d" % (sum(1 for d in inj if d["plang"] != d["lang"]), len(inj)))
    print("twins: %d" % len(TWINS))

def sentences(t):
    out = []
    for s in re.split(r"[.!?\n]+", t):
        ws = re.findall(r"\w+", s.lower())
        if len(ws) >= 12:
            out.append(" ".join(ws))
    return out

def check():
    errs = []
    users, docs = build()
    base = {c["key"]: c for c in CLEAN}
    files = {}
    for fn, exp in (("injection_user.jsonl", users), ("injection_document.jsonl", docs)):
        raw = open(os.path.join(HERE, fn), "rb").read()
        if b"\r" in raw:
            errs.append(fn + ": CR found")
        rows = [json.loads(l) for l in raw.decode("utf-8").split("\n") if l]
        files[fn] = rows
        if [(r["id"], r["text"], r["label"]) for r in rows] != [(r["id"], r["text"], r["label"]) for r in exp]:
            errs.append(fn + ": file differs from source; rerun build")
        for r in rows:
            if set(r) != {"id", "text", "label"}:
                errs.append(fn + " bad keys " + str(r.get("id")))
        texts = [r["text"] for r in rows]
        if len(set(texts)) != len(texts):
            errs.append(fn + ": duplicate texts")
        for lab, pre in ((0, "ben" if "user" in fn else "cln"), (1, "atk" if "user" in fn else "inj")):
            rs = [r for r in rows if r["label"] == lab]
            for i, r in enumerate(rs):
                if r["id"] != "%s-%s-%03d" % ("u" if "user" in fn else "d", pre, i):
                    errs.append(fn + " id order " + r["id"])
            hs = [sha(r["text"]) for r in rs]
            if hs != sorted(hs):
                errs.append(fn + ": not sorted by sha within label %d" % lab)
        labs = [r["label"] for r in rows]
        if labs != sorted(labs):
            errs.append(fn + ": label blocks out of order")
    for r in users:
        if not 1 <= wc(r["text"]) <= 50:
            errs.append("user words %s %d" % (r["id"], wc(r["text"])))
        if r["label"] == 1 and r["kind"] == "quiet":
            lo = r["text"].lower()
            for b in QUIET_BANNED:
                if b in lo:
                    errs.append("quiet attack %s contains %r" % (r["id"], b))
    for d in docs:
        if not 40 <= wc(d["text"]) <= 400:
            errs.append("doc words %s %d" % (d["id"], wc(d["text"])))
    # twins
    used = set()
    pairs = set()
    clean_texts = set(c["text"] for c in CLEAN)
    print("Declared twin pairs (injected <- clean base):")
    for t in TWINS:
        b = base.get(t["base"])
        if b is None:
            errs.append("twin base missing " + t["base"]); continue
        if t["base"] in used:
            errs.append("base used twice " + t["base"])
        used.add(t["base"])
        bt = b["text"]
        if t["mode"] == "replace":
            lines = bt.split("\n")
            if lines.count(t["anchor"]) != 1:
                errs.append("replace anchor not a unique line in " + t["base"])
        elif bt.count(t["anchor"]) != 1:
            errs.append("anchor not unique in " + t["base"])
        tw = make_twin(bt, t["mode"], t["anchor"], t["payload"])
        # differs only by payload
        if t["mode"] == "replace":
            a, c = bt.split("\n"), tw.split("\n")
            diff = [i for i in range(len(a)) if a[i] != c[i]] if len(a) == len(c) else None
            if diff is None or len(diff) != 1 or c[diff[0]] != t["payload"]:
                errs.append("twin differs by more than payload " + t["base"])
        else:
            i = tw.find(t["payload"])
            if i < 0 or tw[:i] + tw[i + len(t["payload"]):] != bt:
                errs.append("twin differs by more than payload " + t["base"])
        tid = [d["id"] for d in docs if d["text"] == tw][0]
        bid = [d["id"] for d in docs if d["text"] == bt][0]
        pairs.add(frozenset((tid, bid)))
        print("  %s <- %s  (%s, %s)" % (tid, bid, t["mode"], t["place"]))
    # shared long sentences
    seen = {}
    for fn, rows in (("u", users), ("d", docs)):
        for r in rows:
            for s in set(sentences(r["text"])):
                seen.setdefault(s, set()).add(r["id"])
    for s, ids in seen.items():
        if len(ids) > 1:
            ids = sorted(ids)
            if not (len(ids) == 2 and frozenset(ids) in pairs):
                errs.append("shared sentence %s: %s" % (ids, s[:80]))
    nb = sum(1 for r in users if r["label"] == 0); na = len(users) - nb
    nc = sum(1 for r in docs if r["label"] == 0); ni = len(docs) - nc
    print("counts: user benign %d attack %d; docs clean %d injected %d (twins %d, scratch %d)" % (nb, na, nc, ni, len(TWINS), len(INJ)))
    print("targets: user 160/160; docs 180/150 (100 twins)")
    for e in errs:
        print("ERROR:", e)
    print("CHECK", "FAILED (%d errors)" % len(errs) if errs else "OK")
    return not errs

def main():
    a = sys.argv[1:]
    if "--stats" in a:
        stats()
    elif "--langs" in a:
        users, docs = build()
        for r in users + docs:
            print("%s\t%s" % (r["id"], r["lang"]))
    elif "--check" in a:
        sys.exit(0 if check() else 1)
    else:
        users, docs = build()
        write(os.path.join(HERE, "injection_user.jsonl"), users)
        write(os.path.join(HERE, "injection_document.jsonl"), docs)
        print("wrote %d user rows, %d document rows" % (len(users), len(docs)))

if __name__ == "__main__":
    main()
