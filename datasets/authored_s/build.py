#!/usr/bin/env python3
"""Build injection_user.jsonl and injection_document.jsonl for datasets/authored_s.

Rows are hand-written literals in part_u_*.py (user channel) and part_d_*.py
(document channel). Standard library only; deterministic; no network.

Usage: python3 build.py [--check | --stats | --langs]
"""
import base64
import codecs
import collections
import hashlib
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USER_FILE = os.path.join(HERE, "injection_user.jsonl")
DOC_FILE = os.path.join(HERE, "injection_document.jsonl")
SETTINGS = ["physio", "mat", "mh", "travel", "home", "life", "nurse", "itc"]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]
PL, PR = "\u27e6", "\u27e7"  # payload markers, stripped at build

# ---------------------------------------------------------------- obfuscation
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456"}


def enc(method, s):
    if method == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if method == "hex":
        return s.encode("utf-8").hex()
    if method == "rot13":
        return codecs.encode(s, "rot13")
    if method == "leet":
        return "".join(LEET.get(c.lower(), c) for c in s)
    if method == "spaced":
        return "  ".join(" ".join(w) for w in s.split())
    if method == "reversed":
        return s[::-1]
    if method == "homoglyph":
        return "".join(HOMO.get(c, c) for c in s)
    if method == "zwsp":
        return "\u200b".join(s)
    raise ValueError(method)


# ---------------------------------------------------------------- loading
def load_parts(prefix):
    mods = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith(".py"):
            spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(HERE, fn))
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            mods.append(m)
    return mods


def user_rows():
    rows = []  # dicts: text,label,meta
    for m in load_parts("part_u_"):
        s = m.SETTING
        for label, lst in ((0, m.BEN), (1, m.ATK)):
            for r in lst:
                if r[0] == "obf":
                    _, method, lang, wrapper, plain = r
                    assert "{}" in wrapper, wrapper
                    text = wrapper.replace("{}", enc(method, plain))
                    meta = dict(setting=s, kind="obf", style="typed", lang=lang, method=method)
                else:
                    kind, style, lang, text = r
                    meta = dict(setting=s, kind=kind, style=style, lang=lang)
                rows.append(dict(text=text, label=label, meta=meta))
    return rows


def strip_marked(t):
    pays = re.findall(re.escape(PL) + "(.*?)" + re.escape(PR), t, flags=re.S)
    return t.replace(PL, "").replace(PR, ""), pays


def doc_rows():
    rows = []
    clean_by_key = {}
    for m in load_parts("part_d_"):
        s = m.SETTING
        for key, fmt, lang, text in m.CLEAN:
            assert key not in clean_by_key, key
            meta = dict(setting=s, kind="clean", fmt=fmt, lang=lang, key=key)
            r = dict(text=text, label=0, meta=meta)
            clean_by_key[key] = r
            rows.append(r)
    for m in load_parts("part_d_"):
        s = m.SETTING
        for kind, fmt, lang, place, addr, plang, marked in m.INJ:
            text, pays = strip_marked(marked)
            assert len(pays) == 1, ("need exactly one marked payload", marked[:80])
            meta = dict(setting=s, kind=kind, fmt=fmt, lang=lang, place=place, addr=addr,
                        plang=plang, payload=pays[0], twin=None)
            rows.append(dict(text=text, label=1, meta=meta))
        for base, anchor, kind, place, addr, plang, payload in m.TWIN:
            b = clean_by_key[base]
            bt = b["text"]
            assert bt.count(anchor) == 1, ("anchor must occur once", base, anchor)
            i = bt.index(anchor) + len(anchor)
            text = bt[:i] + payload + bt[i:]
            meta = dict(setting=s, kind=kind, fmt=b["meta"]["fmt"], lang=b["meta"]["lang"],
                        place=place, addr=addr, plang=plang, payload=payload, twin=base)
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
    u = assign(user_rows(), "u-ben", "u-atk")
    d = assign(doc_rows(), "d-cln", "d-inj")
    return u, d


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
    u, d = build_all()
    for path, rows in ((USER_FILE, u), (DOC_FILE, d)):
        want = serialise(rows)
        with open(path, "rb") as f:
            raw = f.read()
        if raw.decode("utf-8") != want:
            errs.append("%s differs from build" % os.path.basename(path))
        if b"\r" in raw:
            errs.append("CR in %s" % path)
        if not raw.endswith(b"\n"):
            errs.append("no final newline in %s" % path)
        prev = None
        for ln in raw.decode("utf-8").split("\n")[:-1]:
            o = json.loads(ln)
            if sorted(o) != ["id", "label", "text"]:
                errs.append("keys " + ln[:60])
        texts = [r["text"] for r in rows]
        if len(set(texts)) != len(texts):
            errs.append("duplicate text in %s" % path)
    # ids / order
    for rows, pre0, pre1 in ((u, "u-ben", "u-atk"), (d, "d-cln", "d-inj")):
        for label, pre in ((0, pre0), (1, pre1)):
            sel = [r for r in rows if r["label"] == label]
            hs = [hashlib.sha256(r["text"].encode()).hexdigest() for r in sel]
            if hs != sorted(hs):
                errs.append("order " + pre)
            for n, r in enumerate(sel):
                if r["id"] != "%s-%03d" % (pre, n):
                    errs.append("id " + r["id"])
        labs = [r["label"] for r in rows]
        if labs != sorted(labs):
            errs.append("label order")
    # counts
    cu = collections.Counter((r["meta"]["setting"], r["label"]) for r in u)
    for s in SETTINGS:
        for lab in (0, 1):
            if cu[(s, lab)] != 20:
                errs.append("user count %s/%d = %d" % (s, lab, cu[(s, lab)]))
    cd = collections.Counter(r["label"] for r in d)
    if cd[0] != 90 or cd[1] != 70:
        errs.append("doc counts %r" % dict(cd))
    ntw = sum(1 for r in d if r["meta"].get("twin"))
    if ntw != 40:
        errs.append("twins %d" % ntw)
    bases = [r["meta"]["twin"] for r in d if r["meta"].get("twin")]
    if len(set(bases)) != len(bases):
        errs.append("twin base used twice")
    # lengths
    for r in u:
        n = len(r["text"].split())
        if not 1 <= n <= 50:
            errs.append("user words %d: %s" % (n, r["text"][:60]))
    for r in d:
        n = len(r["text"].split())
        if not 80 <= n <= 400:
            errs.append("doc words %d: %s %s" % (n, r["id"], r["text"][:60]))
    # banned words
    for r in u:
        if r["label"] == 1 and r["meta"]["kind"] == "quiet":
            lo = r["text"].lower()
            for w in BANNED:
                if w in lo:
                    errs.append("banned '%s' in quiet attack: %s" % (w, r["text"][:60]))
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
    allrows = u + d
    seen = {}
    for idx, r in enumerate(allrows):
        for snt in sentences(r["text"]):
            seen.setdefault(snt, []).append(idx)
    for snt, idxs in seen.items():
        if len(idxs) > 1:
            ids = [allrows[i] for i in idxs]
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
    u, d = build_all()

    def show(title, rows, keys):
        print("==", title, "rows", len(rows))
        for k in keys:
            c = collections.Counter(str(r["meta"].get(k)) for r in rows)
            print("  %-8s %s" % (k, dict(sorted(c.items()))))
        ws = [len(r["text"].split()) for r in rows]
        if ws:
            print("  words min %d mean %.1f max %d" % (min(ws), sum(ws) / len(ws), max(ws)))
    for lab in (0, 1):
        show("user label %d" % lab, [r for r in u if r["label"] == lab],
             ["setting", "kind", "style", "lang", "method"])
    show("doc label 0", [r for r in d if r["label"] == 0], ["setting", "fmt", "lang"])
    show("doc label 1", [r for r in d if r["label"] == 1],
         ["setting", "kind", "fmt", "lang", "place", "addr", "plang"])
    inj = [r for r in d if r["label"] == 1]
    print("  twins", sum(1 for r in inj if r["meta"]["twin"]),
          "from scratch", sum(1 for r in inj if not r["meta"]["twin"]),
          "payload lang differs", sum(1 for r in inj if r["meta"]["plang"] != r["meta"]["lang"]))


def langs():
    u, d = build_all()
    for r in u + d:
        print("%s\t%s" % (r["id"], r["meta"]["lang"]))


def main():
    a = sys.argv[1:]
    if "--check" in a:
        return check()
    if "--stats" in a:
        return stats()
    if "--langs" in a:
        return langs()
    u, d = build_all()
    for path, rows in ((USER_FILE, u), (DOC_FILE, d)):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(serialise(rows))
    print("wrote %d user rows, %d document rows" % (len(u), len(d)))


if __name__ == "__main__":
    main()
