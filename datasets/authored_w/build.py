#!/usr/bin/env python3
"""Build injection_document.jsonl for datasets/authored_w (document channel only).

Rows are hand-written literals in part_d_*.py. Adapted from datasets/authored_u/build.py;
INJ and TWIN tuples carry one extra field, the payload goal.
Standard library only; deterministic; no network.

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
SETTINGS = ["thyroid", "burns", "holilet", "tools", "warehouse", "hgv"]
GOALS = ["falsify", "payment", "skipcheck", "disclose"]
CATS = ["correction", "approval", "exemption", "disclosure", "config", "own", "quote", "ordinary"]
LANGS = ["en", "de", "es", "fr"]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]
PL, PR = "\u27e6", "\u27e7"  # payload markers, stripped at build
N_CLEAN, N_INJ, N_TWIN = 80, 60, 24
N_BLAND, N_LOUD = 45, 15
EN_SHARE = (0.80, 0.90)
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
    rows = []
    clean_by_key = {}
    mods = load_parts("part_d_")
    for m in mods:
        s = m.SETTING
        for key, cat, fmt, lang, text in m.CLEAN:
            assert key not in clean_by_key, key
            meta = dict(setting=s, kind="clean", cat=cat, fmt=fmt, lang=lang, key=key)
            r = dict(text=text, label=0, meta=meta)
            clean_by_key[key] = r
            rows.append(r)
    for m in mods:
        s = m.SETTING
        for kind, goal, fmt, lang, place, addr, marked in m.INJ:
            text, pays = strip_marked(marked)
            assert len(pays) == 1, ("need exactly one marked payload", marked[:80])
            meta = dict(setting=s, kind=kind, goal=goal, fmt=fmt, lang=lang, place=place, addr=addr,
                        payload=pays[0], twin=None)
            rows.append(dict(text=text, label=1, meta=meta))
        for base, anchor, kind, goal, place, addr, payload in m.TWIN:
            b = clean_by_key[base]
            bt = b["text"]
            assert bt.count(anchor) == 1, ("anchor must occur once", base, anchor)
            i = bt.index(anchor) + len(anchor)
            text = bt[:i] + payload + bt[i:]
            meta = dict(setting=s, kind=kind, goal=goal, fmt=b["meta"]["fmt"], lang=b["meta"]["lang"],
                        place=place, addr=addr, payload=payload, twin=base)
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
        hs = [hashlib.sha256(r["text"].encode()).hexdigest() for r in sel]
        if hs != sorted(hs):
            errs.append("order " + pre)
        for n, r in enumerate(sel):
            if r["id"] != "%s-%03d" % (pre, n):
                errs.append("id " + r["id"])
    labs = [r["label"] for r in d]
    if labs != sorted(labs):
        errs.append("label order")
    # counts
    cd = collections.Counter(r["label"] for r in d)
    if cd[0] != N_CLEAN or cd[1] != N_INJ:
        errs.append("doc counts %r" % dict(cd))
    cs = collections.Counter((r["meta"]["setting"], r["label"]) for r in d)
    for s in SETTINGS:
        if not 13 <= cs[(s, 0)] <= 14 or cs[(s, 1)] != 10:
            errs.append("setting counts %s: %d clean, %d injected" % (s, cs[(s, 0)], cs[(s, 1)]))
    ntw = sum(1 for r in d if r["meta"].get("twin"))
    if ntw != N_TWIN:
        errs.append("twins %d" % ntw)
    bases = [r["meta"]["twin"] for r in d if r["meta"].get("twin")]
    if len(set(bases)) != len(bases):
        errs.append("twin base used twice")
    # kinds, goals, addressing, categories, languages
    ck = collections.Counter(r["meta"]["kind"] for r in d if r["label"] == 1)
    if ck["bland"] != N_BLAND or ck["loud"] != N_LOUD:
        errs.append("kind counts %r" % dict(ck))
    for r in d:
        m = r["meta"]
        if m["lang"] not in LANGS:
            errs.append("lang %s" % m["lang"])
        if r["label"] == 0:
            if m["cat"] not in CATS:
                errs.append("category %s" % m["cat"])
            continue
        if m["goal"] not in GOALS:
            errs.append("goal %s" % m["goal"])
        if m["place"] not in ("start", "middle", "end"):
            errs.append("place %s" % m["place"])
        i = r["text"].find(m["payload"])
        if i >= 0:
            x = (i + len(m["payload"]) / 2.0) / len(r["text"])
            pos = "start" if x < 1 / 3.0 else ("end" if x > 2 / 3.0 else "middle")
            if pos != m["place"]:
                errs.append("placement %s declared, payload centre at %.2f: %s" % (m["place"], x, m["payload"][:60]))
        if m["kind"] == "loud" and m["addr"] != "ai-direct":
            errs.append("loud payload not ai-direct: %s" % m["payload"][:60])
        if m["kind"] == "bland" and m["addr"] not in ("record-voice", "staff-voice"):
            errs.append("bland payload not record/staff voice: %s" % m["payload"][:60])
    for lab in (0, 1):
        sel = [r for r in d if r["label"] == lab]
        share = sum(1 for r in sel if r["meta"]["lang"] == "en") / float(len(sel))
        if not EN_SHARE[0] <= share <= EN_SHARE[1]:
            errs.append("english share label %d: %.3f" % (lab, share))
        for lg in LANGS[1:]:
            if not any(r["meta"]["lang"] == lg for r in sel):
                errs.append("no %s document with label %d" % (lg, lab))
    # lengths
    for r in d:
        n = len(r["text"].split())
        if not MIN_W <= n <= MAX_W:
            errs.append("doc words %d: %s %s" % (n, r["id"], r["text"][:60]))
    # banned words in bland payloads
    for r in d:
        if r["label"] == 1 and r["meta"]["kind"] == "bland":
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
            ids = [d[i] for i in idxs]
            ok = False
            if len(ids) == 2:
                a, b = ids
                ka = a["meta"].get("key") or a["meta"].get("twin")
                kb = b["meta"].get("key") or b["meta"].get("twin")
                ok = ka is not None and ka == kb and a["label"] != b["label"]
            if not ok:
                errs.append("shared sentence %s: %s" % ([x["id"] for x in ids], snt[:80]))
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
            print("  %-8s %s" % (k, dict(sorted(c.items()))))
        ws = [len(r["text"].split()) for r in rows]
        if ws:
            print("  words min %d mean %.1f max %d" % (min(ws), sum(ws) / len(ws), max(ws)))
    show("doc label 0", [r for r in d if r["label"] == 0], ["setting", "cat", "fmt", "lang"])
    inj = [r for r in d if r["label"] == 1]
    show("doc label 1", inj, ["setting", "kind", "goal", "fmt", "lang", "place", "addr"])
    for k in ("bland", "loud"):
        sub = [r for r in inj if r["meta"]["kind"] == k]
        print("  %-6s goal %s place %s" % (k, dict(sorted(collections.Counter(r["meta"]["goal"] for r in sub).items())),
                                       dict(sorted(collections.Counter(r["meta"]["place"] for r in sub).items()))))
    print("  twins", sum(1 for r in inj if r["meta"]["twin"]),
          "from scratch", sum(1 for r in inj if not r["meta"]["twin"]))
    for lab in (0, 1):
        for lg in ("en", "de", "es", "fr"):
            ws = [len(r["text"].split()) for r in d if r["label"] == lab and r["meta"]["lang"] == lg]
            if ws:
                print("  label %d %s n=%d words min %d mean %.1f max %d"
                      % (lab, lg, len(ws), min(ws), sum(ws) / len(ws), max(ws)))


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
