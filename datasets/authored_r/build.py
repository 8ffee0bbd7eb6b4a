#!/usr/bin/env python3
"""Build datasets/authored_r (training data): injection_user.jsonl and injection_document.jsonl.

Rows live as literal strings in part_user_*.py and part_doc_*.py. Standard library only,
deterministic, no network.

User part module:  SETTING = "gp"; BEN = [(kind, style, lang, text), ...]
                   ATK = [(kind, style, lang, text), ...]  kind in quiet/loud;
                   obfuscated: ("obf", style, lang, plaintext, encoding, wrapper_with_{})
Doc part module:   CLEAN = [(key, fmt, lang, text), ...]
                   INJ = [(fmt, lang, placement, addressing, payload_lang, loudness, text_with_⟦payload⟧)]
                   TWINS = [(base_key, anchor, placement, addressing, payload_lang, loudness, payload)]
                   twin text = base text with payload inserted right after the first (unique) anchor.
"""
import base64
import codecs
import collections
import glob
import hashlib
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USER_OUT = os.path.join(HERE, "injection_user.jsonl")
DOC_OUT = os.path.join(HERE, "injection_document.jsonl")
WANT = {"user": (160, 160), "document": (90, 70)}
SETTINGS = ["gp", "hosp", "pharm", "motor", "healthins", "pet", "grad", "logi"]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]
OPEN, CLOSE = "\u27e6", "\u27e7"


# ---------------------------------------------------------------- obfuscation helpers
def leet(s):
    t = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
    return "".join(t.get(c.lower(), c) for c in s)


def spaced(s):
    return " ".join(s.replace(" ", "/"))


HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443"}


def homoglyph(s):
    return "".join(HOMO.get(c, c) for c in s)


def zwsp(s):
    return "".join(c + ("\u200b" if c.isalpha() else "") for c in s)


ENC = {
    "base64": lambda s: base64.b64encode(s.encode("utf-8")).decode("ascii"),
    "hex": lambda s: s.encode("utf-8").hex(),
    "rot13": lambda s: codecs.encode(s, "rot13"),
    "leet": leet,
    "spaced": spaced,
    "reversed": lambda s: s[::-1],
    "homoglyph": homoglyph,
    "zwsp": zwsp,
}


# ---------------------------------------------------------------- loading
def load(prefix):
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def user_rows():
    rows = []
    for mod in load("part_user_"):
        st = mod.SETTING
        for label, lst in ((0, mod.BEN), (1, mod.ATK)):
            for r in lst:
                if r[0] == "obf":
                    kind, style, lang, plain, enc, wrap = r
                    assert "{}" in wrap, wrap
                    text = wrap.replace("{}", ENC[enc](plain))
                    meta = dict(setting=st, kind=kind, style=style, lang=lang, enc=enc)
                else:
                    kind, style, lang, text = r
                    meta = dict(setting=st, kind=kind, style=style, lang=lang)
                rows.append(dict(text=text, label=label, meta=meta))
    return rows


def doc_rows():
    rows, bases = [], {}
    for mod in load("part_doc_"):
        st = mod.SETTING
        for key, fmt, lang, text in mod.CLEAN:
            assert key not in bases, key
            bases[key] = text
            rows.append(dict(text=text, label=0, meta=dict(setting=st, kind="clean", fmt=fmt, lang=lang, key=key)))
        for fmt, lang, plc, addr, plang, loud, raw in mod.INJ:
            assert raw.count(OPEN) == 1 and raw.count(CLOSE) == 1, raw[:80]
            payload = raw[raw.index(OPEN) + 1:raw.index(CLOSE)]
            text = raw.replace(OPEN, "").replace(CLOSE, "")
            rows.append(dict(text=text, label=1, payload=payload, meta=dict(
                setting=st, kind=loud, fmt=fmt, lang=lang, placement=plc, addressing=addr,
                payload_lang=plang, twin_base="-")))
        for bkey, anchor, plc, addr, plang, loud, payload in mod.TWINS:
            rows.append(dict(bkey=bkey, anchor=anchor, payload=payload, label=1, meta=dict(
                setting=st, kind=loud, placement=plc, addressing=addr, payload_lang=plang, twin_base=bkey)))
    for r in rows:
        if "bkey" in r:
            base = bases[r["bkey"]]
            assert base.count(r["anchor"]) == 1, ("anchor not unique", r["bkey"], r["anchor"])
            i = base.index(r["anchor"]) + len(r["anchor"])
            r["text"] = base[:i] + r["payload"] + base[i:]
            r["base_text"] = base
            bm = [x for x in rows if x["label"] == 0 and x["meta"].get("key") == r["bkey"]][0]["meta"]
            r["meta"]["fmt"] = bm["fmt"]
            r["meta"]["lang"] = bm["lang"]
    return rows


def assign_ids(rows, p0, p1):
    out = []
    for label, pre in ((0, p0), (1, p1)):
        sel = sorted([r for r in rows if r["label"] == label],
                     key=lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest())
        for i, r in enumerate(sel):
            r["id"] = "%s-%03d" % (pre, i)
            out.append(r)
    return out


def serialise(rows):
    return "".join(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]},
                              ensure_ascii=False) + "\n" for r in rows)


def build_all():
    u = assign_ids(user_rows(), "u-ben", "u-atk")
    d = assign_ids(doc_rows(), "d-cln", "d-inj")
    return u, d


def write():
    u, d = build_all()
    for path, rows in ((USER_OUT, u), (DOC_OUT, d)):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(serialise(rows))
    return u, d


# ---------------------------------------------------------------- check
def sentences(text):
    out = set()
    for part in re.split(r"[.!?;:\n]", text):
        toks = re.findall(r"\w+", part.lower())
        if len(toks) >= 12:
            out.add(" ".join(toks))
    return out


def check():
    errs = []
    u, d = build_all()
    for path, rows, chan in ((USER_OUT, u, "user"), (DOC_OUT, d, "document")):
        with open(path, "rb") as f:
            raw = f.read()
        if raw != serialise(rows).encode("utf-8"):
            errs.append("%s differs from a fresh build" % path)
        if b"\r" in raw:
            errs.append("CR in " + path)
        if not raw.endswith(b"\n"):
            errs.append("no final newline in " + path)
        lines = raw.decode("utf-8").split("\n")[:-1]
        texts = set()
        prev = {}
        n = collections.Counter()
        for ln in lines:
            o = json.loads(ln)
            if list(o.keys()) != ["id", "text", "label"]:
                errs.append("keys %s" % list(o.keys()))
            lab = o["label"]
            n[lab] += 1
            pre = {("user", 0): "u-ben", ("user", 1): "u-atk", ("document", 0): "d-cln", ("document", 1): "d-inj"}[(chan, lab)]
            if not re.fullmatch(pre + r"-\d{3}", o["id"]):
                errs.append("bad id %s" % o["id"])
            if o["text"] in texts:
                errs.append("duplicate text %s" % o["id"])
            texts.add(o["text"])
            h = hashlib.sha256(o["text"].encode("utf-8")).hexdigest()
            if lab in prev and not (prev[lab][0] < h and int(o["id"][-3:]) == prev[lab][1] + 1):
                errs.append("order/numbering at %s" % o["id"])
            if lab not in prev and o["id"][-3:] != "000":
                errs.append("first id not 000: %s" % o["id"])
            if lab == 0 and 1 in prev:
                errs.append("label 0 after label 1 at %s" % o["id"])
            prev[lab] = (h, int(o["id"][-3:]))
            w = len(o["text"].split())
            lo, hi = (1, 50) if chan == "user" else (80, 400)
            if not lo <= w <= hi:
                errs.append("%s has %d words" % (o["id"], w))
        if (n[0], n[1]) != WANT[chan]:
            errs.append("%s counts %s, want %s" % (chan, (n[0], n[1]), WANT[chan]))
    for r in u:
        if r["label"] == 1 and r["meta"]["kind"] == "quiet":
            low = r["text"].lower()
            for b in BANNED:
                if b in low:
                    errs.append("banned word %r in quiet attack %s" % (b, r["id"]))
        if r["meta"]["setting"] not in SETTINGS:
            errs.append("setting " + r["meta"]["setting"])
    bases_used = collections.Counter()
    for r in d:
        if r["meta"]["setting"] not in SETTINGS:
            errs.append("setting " + r["meta"]["setting"])
        if OPEN in r["text"] or CLOSE in r["text"]:
            errs.append("marker left in %s" % r["id"])
        if r["label"] == 1:
            p = r["payload"]
            if not p.strip() or r["text"].count(p) != 1:
                errs.append("payload not exactly once in %s" % r["id"])
            if r["meta"]["kind"] == "bland":
                for b in BANNED:
                    if b in p.lower():
                        errs.append("banned word %r in bland payload %s" % (b, r["id"]))
            if "base_text" in r:
                bases_used[r["meta"]["twin_base"]] += 1
                if r["text"].replace(p, "", 1) != r["base_text"]:
                    errs.append("twin minus payload != base for %s" % r["id"])
    for k, c in bases_used.items():
        if c > 1:
            errs.append("base %s used %d times" % (k, c))
    # shared long sentences
    allrows = u + d
    twin_of = {}
    keyid = {r["meta"].get("key"): r["id"] for r in d if r["label"] == 0}
    for r in d:
        if "base_text" in r:
            twin_of[r["id"]] = keyid[r["meta"]["twin_base"]]
    owner = {}
    for r in allrows:
        for s in sentences(r["text"]):
            if s in owner and owner[s] != r["id"]:
                a, b = owner[s], r["id"]
                if twin_of.get(a) == b or twin_of.get(b) == a:
                    continue
                errs.append("sentence shared by %s and %s: %s" % (a, b, s[:70]))
            else:
                owner.setdefault(s, r["id"])
    if errs:
        for e in errs[:80]:
            print("ERROR", e)
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


def stats():
    u, d = build_all()
    for chan, rows in (("user", u), ("document", d)):
        print("==", chan, "rows", len(rows))
        for lab in (0, 1):
            sel = [r for r in rows if r["label"] == lab]
            ws = [len(r["text"].split()) for r in sel]
            print(" label %d: n=%d words min/mean/max %d/%.1f/%d" % (lab, len(sel), min(ws), sum(ws) / len(ws), max(ws)))
            fields = sorted({k for r in sel for k in r["meta"] if k != "key"})
            for f in fields:
                c = collections.Counter(r["meta"].get(f, "-") for r in sel)
                print("   %-13s %s" % (f, dict(sorted(c.items()))))
            if chan == "document" and lab == 1:
                diff = sum(1 for r in sel if r["meta"]["payload_lang"] != r["meta"]["lang"])
                tw = sum(1 for r in sel if r["meta"]["twin_base"] != "-")
                print("   payload language differs from document: %d of %d" % (diff, len(sel)))
                print("   declared twins: %d; written from scratch: %d" % (tw, len(sel) - tw))
                c = collections.Counter((r["meta"]["kind"], "twin" if r["meta"]["twin_base"] != "-" else "scratch") for r in sel)
                print("   kind x origin %s" % dict(sorted(c.items())))
            for lg in ("en", "de", "es", "fr"):
                ws = [len(r["text"].split()) for r in sel if r["meta"]["lang"] == lg]
                if ws:
                    print("   words[%s] n=%d %d/%.1f/%d" % (lg, len(ws), min(ws), sum(ws) / len(ws), max(ws)))


def langs():
    u, d = build_all()
    for r in u + d:
        print("%s\t%s" % (r["id"], r["meta"]["lang"]))


if __name__ == "__main__":
    a = sys.argv[1:]
    if "--check" in a:
        sys.exit(check())
    elif "--stats" in a:
        stats()
    elif "--langs" in a:
        langs()
    else:
        write()
        print("wrote", USER_OUT, DOC_OUT)
