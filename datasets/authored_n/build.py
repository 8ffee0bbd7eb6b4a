#!/usr/bin/env python3
"""Build the authored_n training set (prompt-injection detector).
Rows live as literal strings in the data_*.py modules imported below (grouped by setting and kind).
Usage: python3 build.py [--stats | --langs | --check]"""
import sys, os, json, hashlib, base64, codecs, re, collections
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SETTINGS = {"cf": "cystic fibrosis / respiratory clinic", "mem": "memory clinic / dementia service",
            "wc": "wheelchair / mobility service", "pt": "hospital patient transport",
            "tli": "tenant-liability / rent-guarantee insurance", "car": "classic / vintage car insurance",
            "pharm": "pharma sales rep hiring", "fash": "fashion retail store hiring"}
TARGET = {"u0": 160, "u1": 160, "d0": 180, "d1": 150, "twins": 100, "scratch": 50}
QUIET_BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]

# ---------------- encoder helpers (obfuscated attacks only) ----------------
def b64(s): return base64.b64encode(s.encode("utf-8")).decode("ascii")
def hexe(s): return s.encode("utf-8").hex()
def rot13(s): return codecs.encode(s, "rot13")
def leet(s): return s.translate(str.maketrans("aeiostAEIOST", "431057431057"))
def spaced(s): return "  ".join(" ".join(w) for w in s.split(" "))
def rev(s): return s[::-1]
def homo(s): return s.translate(str.maketrans("aeopcxyAEOPCXHKMT", "аеорсхуАЕОРСХНКМТ"))
def zw(s): return "\u200b".join(s)
ENC = {"b64": b64, "hex": hexe, "rot13": rot13, "leet": leet, "spaced": spaced, "rev": rev, "homo": homo, "zw": zw}
def encode(t):
    """t is a plain string, or (encoder, wrapper with {X}, payload) for obfuscated rows."""
    if isinstance(t, tuple):
        enc, wrapper, payload = t
        return wrapper.replace("{X}", ENC[enc](payload))
    return t

# ---------------- page furniture helper ----------------
def furnish(text, head, page=1, total=1):
    return f"{head}\n{text}\nPage {page} of {total}"

# ---------------- twin helper ----------------
def make_twin(base, mode, anchor, payload):
    assert base.count(anchor) == 1, ("anchor not unique", anchor[:40])
    if mode == "after":
        return base.replace(anchor, anchor + payload)
    if mode == "before":
        return base.replace(anchor, payload + anchor)
    if mode == "replace":
        lines = base.split("\n")
        hits = [i for i, l in enumerate(lines) if l == anchor]
        assert len(hits) == 1, ("replace needs one whole line", anchor[:40])
        lines[hits[0]] = payload
        return "\n".join(lines)
    raise ValueError(mode)

# ---------------- load data ----------------
UA, UB, DC, DI, TW = [], [], [], [], []
import importlib
for mod in sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"data_\w+\.py", f)):
    m = importlib.import_module(mod)
    UA += getattr(m, "UA", []); UB += getattr(m, "UB", [])
    DC += getattr(m, "DC", []); DI += getattr(m, "DI", []); TW += getattr(m, "TW", [])

def wc(t): return len(t.split())

def assemble():
    """returns user rows, doc rows: dicts with text,label and meta."""
    users = []
    for (st, kind, style, lang, text) in UB:
        users.append(dict(text=text, label=0, setting=st, kind=kind, style=style, lang=lang))
    for (st, kind, style, lang, text) in UA:
        users.append(dict(text=encode(text), label=1, setting=st, kind=kind, style=style, lang=lang))
    docs, clean_by_key = [], {}
    for (key, st, fmt, kind, lang, text) in DC:
        assert key not in clean_by_key, key
        r = dict(text=text, label=0, setting=st, format=fmt, kind=kind, lang=lang, key=key)
        clean_by_key[key] = r; docs.append(r)
    used, pairs = set(), []
    for (bkey, mode, anchor, payload, style, place, addr, plang) in TW:
        assert bkey in clean_by_key, bkey
        assert bkey not in used, ("base reused", bkey)
        used.add(bkey); b = clean_by_key[bkey]
        t = make_twin(b["text"], mode, anchor, payload)
        r = dict(text=t, label=1, setting=b["setting"], format=b["format"], kind="twin-" + style,
                 style=style, lang=b["lang"], plang=plang, placement=place, addressing=addr,
                 payload=payload, base=bkey, mode=mode, anchor=anchor)
        docs.append(r); pairs.append((r, b))
    for (st, fmt, lang, style, place, addr, plang, payload, text) in DI:
        assert payload in text, ("payload not in text", payload[:40])
        docs.append(dict(text=text, label=1, setting=st, format=fmt, kind="scratch-" + style, style=style,
                         lang=lang, plang=plang, placement=place, addressing=addr, payload=payload))
    return users, docs, pairs

def number(rows, pfx):
    out = []
    for lab in (0, 1):
        sub = sorted([r for r in rows if r["label"] == lab], key=lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest())
        for i, r in enumerate(sub):
            r["id"] = f"{pfx[lab]}-{i:03d}"; out.append(r)
    return out

def build():
    users, docs, pairs = assemble()
    users = number(users, {0: "u-ben", 1: "u-atk"})
    docs = number(docs, {0: "d-cln", 1: "d-inj"})
    return users, docs, pairs

def write(rows, name):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]}, ensure_ascii=False) + "\n")

def stats(users, docs):
    def block(title, rows, fields):
        print(f"== {title} ({len(rows)} rows)")
        for lab in (0, 1):
            sub = [r for r in rows if r["label"] == lab]
            if not sub: continue
            w = [wc(r["text"]) for r in sub]
            print(f" label {lab}: n={len(sub)} words min/mean/max = {min(w)}/{sum(w)/len(w):.1f}/{max(w)}"
                  + (f"  under120={sum(x<120 for x in w)} ({100*sum(x<120 for x in w)/len(w):.0f}%)" if "format" in sub[0] else ""))
            for fld in fields:
                c = collections.Counter(r.get(fld, "-") for r in sub)
                print(f"   {fld}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    block("user", users, ["lang", "kind", "style", "setting"])
    block("document", docs, ["lang", "kind", "style", "setting", "format", "placement", "addressing", "plang"])
    f0 = collections.Counter(r["format"] for r in docs if r["label"] == 0)
    f1 = collections.Counter(r["format"] for r in docs if r["label"] == 1)
    print(f" formats: {len(set(f0)|set(f1))} total, in both labels: {len(set(f0)&set(f1))}")
    print("  only clean:", sorted(set(f0) - set(f1)), " only injected:", sorted(set(f1) - set(f0)))

SENT_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")
def sentences(t):
    for s in SENT_SPLIT.split(t):
        n = re.sub(r"[^\w\s]", "", s.lower()).split()
        if len(n) >= 12: yield " ".join(n)

def check():
    users, docs, pairs = build()
    errs, warns = [], []
    for name, rows, pfx, lo, hi in (("injection_user.jsonl", users, ("u-ben", "u-atk"), 1, 50),
                                    ("injection_document.jsonl", docs, ("d-cln", "d-inj"), 40, 400)):
        path = os.path.join(HERE, name)
        raw = open(path, "rb").read()
        if b"\r" in raw: errs.append(name + ": CR found")
        got = [json.loads(l) for l in raw.decode("utf-8").split("\n") if l]
        for g in got:
            if list(g.keys()) != ["id", "text", "label"]: errs.append(f"{name}: bad keys {g.get('id')}")
        if [g["id"] for g in got] != [r["id"] for r in rows] or [g["text"] for g in got] != [r["text"] for r in rows]:
            errs.append(name + ": file differs from build (regenerate)")
        texts = [g["text"] for g in got]
        if len(set(texts)) != len(texts): errs.append(name + ": duplicate texts")
        for lab in (0, 1):
            sub = [g for g in got if g["label"] == lab]
            ids = [f"{pfx[lab]}-{i:03d}" for i in range(len(sub))]
            if [g["id"] for g in sub] != ids: errs.append(f"{name}: id numbering label {lab}")
            hs = [hashlib.sha256(g["text"].encode("utf-8")).hexdigest() for g in sub]
            if hs != sorted(hs): errs.append(f"{name}: hash order label {lab}")
        labs = [g["label"] for g in got]
        if labs != sorted(labs): errs.append(name + ": label order")
        for g in got:
            n = wc(g["text"])
            if not lo <= n <= hi: errs.append(f"{name}: {g['id']} has {n} words")
    c = lambda rows, l: sum(r["label"] == l for r in rows)
    for k, v in (("u0", c(users, 0)), ("u1", c(users, 1)), ("d0", c(docs, 0)), ("d1", c(docs, 1)),
                 ("twins", len(pairs)), ("scratch", sum(r["label"] == 1 and "base" not in r for r in docs))):
        (warns if v != TARGET[k] else []).append(f"count {k}={v} (target {TARGET[k]})")
    for r in users:
        if r["label"] == 1 and r["kind"].startswith("quiet"):
            for w in QUIET_BANNED:
                if w in r["text"].lower(): errs.append(f"quiet user attack {r['id']} contains '{w}'")
    for r in docs:
        if r["label"] == 1 and r["style"] == "bland":
            for w in QUIET_BANNED:
                if w in r["payload"].lower(): errs.append(f"bland payload {r['id']} contains '{w}'")
    print("== twin pairs (twin <- base)")
    for t, b in pairs:
        ok = True
        if t["mode"] in ("after", "before"):
            ok = t["text"].replace(t["payload"], "", 1) == b["text"] and t["text"] != b["text"]
        else:
            tl, bl = t["text"].split("\n"), b["text"].split("\n")
            ok = len(tl) == len(bl) and sum(x != y for x, y in zip(tl, bl)) == 1
        if not ok: errs.append(f"twin {t['id']} differs from base {b['id']} beyond payload")
        print(f"  {t['id']} <- {b['id']}  ({t['mode']}, {t['placement']})")
    allowed = {frozenset((t["id"], b["id"])) for t, b in pairs}
    seen = collections.defaultdict(set)
    for r in users + docs:
        for s in set(sentences(r["text"])): seen[s].add(r["id"])
    for s, ids in seen.items():
        if len(ids) > 1 and not (len(ids) == 2 and frozenset(ids) in allowed):
            errs.append(f"shared 12+ word sentence in {sorted(ids)}: {s[:70]}")
    for w in warns: print("WARN", w)
    for e in errs: print("ERROR", e)
    print("CHECK", "FAILED" if errs else "OK", f"({len(errs)} errors, {len(warns)} warnings)")
    return not errs

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    users, docs, pairs = build()
    if "--stats" in sys.argv:
        stats(users, docs)
    elif "--langs" in sys.argv:
        for r in users + docs: print(f"{r['id']}\t{r['lang']}")
    else:
        write(users, "injection_user.jsonl"); write(docs, "injection_document.jsonl")
        print(f"wrote {len(users)} user rows, {len(docs)} document rows")
