#!/usr/bin/env python3
"""Build the authored_l training set (user + document channels).

Rows live as literal strings in the dl_*.py chunk modules next to this file,
grouped by setting and kind. Helpers here only: add page furniture, insert a
payload into a clean base to make a declared twin, and encode obfuscated attacks.
Usage: python3 build.py [--stats | --langs | --check]
"""
import base64, codecs, glob, hashlib, importlib.util, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
UFILE = os.path.join(HERE, "injection_user.jsonl")
DFILE = os.path.join(HERE, "injection_document.jsonl")
TARGET = {"u0": 160, "u1": 160, "d0": 180, "d1": 150, "twins": 100}
QUIET_BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]

USERS, DOCS, TWINS = [], [], []
CLEAN_BY_KEY = {}

# ---------------- encoders for obfuscated attacks ----------------
def b64(s): return base64.b64encode(s.encode("utf-8")).decode("ascii")
def hexe(s): return s.encode("utf-8").hex()
def rot13(s): return codecs.encode(s, "rot13")
def leet(s): return s.translate(str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}))
def spaced(s): return "  ".join(" ".join(w) for w in s.split())
def rev(s): return s[::-1]
def homo(s): return s.translate(str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443"}))
def zw(s): return "\u200b".join(s)
ENC = {"base64": b64, "hex": hexe, "rot13": rot13, "leet": leet, "spaced": spaced,
       "reversed": rev, "homoglyph": homo, "zerowidth": zw}

# ---------------- row constructors used by chunk modules ----------------
def U(setting, label, kind, style, lang, text):
    USERS.append(dict(text=text, label=label, setting=setting, kind=kind, style=style, lang=lang))

def UO(setting, style, lang, enc, wrapper, payload):
    """Obfuscated user attack: wrapper contains {} where the encoded payload goes."""
    USERS.append(dict(text=wrapper.format(ENC[enc](payload)), label=1, setting=setting,
                      kind="obfuscated", style=style, lang=lang, enc=enc))

def furnish(body, head=None, pages=None):
    """Page furniture only: running head and 'Page n of m' footer."""
    t = body.strip("\n")
    if head:
        t = head + "\n\n" + t
    if pages:
        t = t + "\n\nPage %d of %d" % pages
    return t

def C(key, setting, kind, fmt, lang, body, head=None, pages=None):
    """Clean document. key names it so a twin can use it as a base."""
    text = furnish(body, head, pages)
    d = dict(text=text, label=0, setting=setting, kind=kind, fmt=fmt, lang=lang, key=key)
    assert key not in CLEAN_BY_KEY, key
    CLEAN_BY_KEY[key] = d
    DOCS.append(d)

def J(setting, kind, fmt, lang, placement, addressing, plang, before, payload, after, head=None, pages=None):
    """Injected document written from scratch: before + payload + after (all literals)."""
    text = furnish(before + payload + after, head, pages)
    DOCS.append(dict(text=text, label=1, setting=setting, kind=kind, fmt=fmt, lang=lang,
                     placement=placement, addressing=addressing, plang=plang, payload=payload,
                     origin="scratch"))

def make_twin(base, mode, anchor, payload):
    if mode == "replace":
        lines = base.split("\n")
        assert lines.count(anchor) == 1, ("replace anchor not a unique line", anchor)
        lines[lines.index(anchor)] = payload
        return "\n".join(lines)
    assert base.count(anchor) == 1, ("anchor not unique", anchor)
    i = base.index(anchor)
    if mode == "after":
        i += len(anchor)
    return base[:i] + payload + base[i:]

def T(base_key, mode, anchor, payload, kind, placement, addressing, plang):
    """Declared twin: copy of clean base with one payload inserted."""
    TWINS.append(dict(base=base_key, mode=mode, anchor=anchor, payload=payload, kind=kind,
                      placement=placement, addressing=addressing, plang=plang))

# ---------------- load chunks ----------------
def load():
    for path in sorted(glob.glob(os.path.join(HERE, "dl_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        mod.__dict__.update(dict(U=U, UO=UO, C=C, J=J, T=T))
        spec.loader.exec_module(mod)
    used = set()
    for t in TWINS:
        assert t["base"] not in used, ("base used twice", t["base"])
        used.add(t["base"])
        b = CLEAN_BY_KEY[t["base"]]
        text = make_twin(b["text"], t["mode"], t["anchor"], t["payload"])
        DOCS.append(dict(text=text, label=1, setting=b["setting"], kind=t["kind"], fmt=b["fmt"],
                         lang=b["lang"], placement=t["placement"], addressing=t["addressing"],
                         plang=t["plang"], payload=t["payload"], origin="twin", base=t["base"],
                         mode=t["mode"], anchor=t["anchor"]))

def sha(t): return hashlib.sha256(t.encode("utf-8")).hexdigest()
def words(t): return len(t.split())

def number(rows, spec):
    out = []
    for label, prefix in spec:
        rs = sorted([r for r in rows if r["label"] == label], key=lambda r: sha(r["text"]))
        for i, r in enumerate(rs):
            r["id"] = "%s-%03d" % (prefix, i)
            out.append(r)
    return out

def build():
    load()
    users = number(USERS, [(0, "u-ben"), (1, "u-atk")])
    docs = number(DOCS, [(0, "d-cln"), (1, "d-inj")])
    return users, docs

def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]}, ensure_ascii=False) + "\n")

def wstats(rows):
    w = [words(r["text"]) for r in rows]
    return (min(w), round(sum(w) / len(w), 1), max(w)) if w else (0, 0, 0)

def stats(users, docs):
    for name, rows, keys in (("USER", users, ["lang", "kind", "style", "setting", "enc"]),
                             ("DOCUMENT", docs, ["lang", "kind", "setting", "fmt", "placement", "addressing", "plang", "origin"])):
        print("=== %s: %d rows" % (name, len(rows)))
        for lab in (0, 1):
            rs = [r for r in rows if r["label"] == lab]
            print("label %d: %d rows, words min/mean/max %s" % (lab, len(rs), wstats(rs)))
            for k in keys:
                c = Counter(r.get(k) for r in rs if r.get(k) is not None)
                if c:
                    print("   %s: %s" % (k, dict(sorted(c.items()))))
        if name == "DOCUMENT":
            w = [words(r["text"]) for r in rows]
            print("docs under 120 words: %d (%.1f%%)" % (sum(x < 120 for x in w), 100.0 * sum(x < 120 for x in w) / max(1, len(w))))
            f0 = set(r["fmt"] for r in rows if r["label"] == 0)
            f1 = set(r["fmt"] for r in rows if r["label"] == 1)
            inj = [r for r in rows if r["label"] == 1]
            mm = sum(1 for r in inj if r["plang"] != r["lang"])
            print("payload language differs from document: %d of %d (%.1f%%)" % (mm, len(inj), 100.0 * mm / max(1, len(inj))))
            print("formats both labels: %d; only clean: %s; only injected: %s" % (len(f0 & f1), sorted(f0 - f1), sorted(f1 - f0)))

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
def sentences(t):
    for s in SENT_SPLIT.split(t):
        s = re.sub(r"\s+", " ", s.strip().lower())
        if len(s.split()) >= 12:
            yield s

def check(users, docs):
    errs = []
    for path, built, prefixes in ((UFILE, users, ("u-ben", "u-atk")), (DFILE, docs, ("d-cln", "d-inj"))):
        with open(path, "rb") as f:
            raw = f.read()
        if b"\r" in raw:
            errs.append("CR in " + path)
        rows = [json.loads(l) for l in raw.decode("utf-8").split("\n") if l]
        if len(rows) != len(built):
            errs.append("row count mismatch " + path)
        seen = set()
        prev = {}
        for r, b in zip(rows, built):
            if set(r) != {"id", "text", "label"}:
                errs.append("keys " + str(r.get("id")))
            if r["id"] != b["id"] or r["text"] != b["text"] or r["label"] != b["label"]:
                errs.append("file differs from build at " + r["id"])
            pre = prefixes[r["label"]]
            if not r["id"].startswith(pre + "-"):
                errs.append("prefix " + r["id"])
            h = sha(r["text"])
            if pre in prev:
                if int(r["id"][-3:]) != prev[pre][0] + 1 or h <= prev[pre][1]:
                    errs.append("order " + r["id"])
            elif r["id"][-3:] != "000":
                errs.append("first id " + r["id"])
            prev[pre] = (int(r["id"][-3:]), h)
            if r["text"] in seen:
                errs.append("duplicate text " + r["id"])
            seen.add(r["text"])
            n = words(r["text"])
            if path == UFILE and not 1 <= n <= 50:
                errs.append("user words %d %s" % (n, r["id"]))
            if path == DFILE and not 40 <= n <= 400:
                errs.append("doc words %d %s" % (n, r["id"]))
        labs = Counter(r["label"] for r in rows)
        pfx = "u" if path == UFILE else "d"
        for lab in (0, 1):
            print("%s label %d: %d rows (brief target %d)%s" % (os.path.basename(path), lab, labs[lab],
                  TARGET[pfx + str(lab)], "" if labs[lab] == TARGET[pfx + str(lab)] else "  [SHORT OF TARGET]"))
    # quiet attacks / bland payloads free of attack vocabulary
    for r in users:
        if r["label"] == 1 and r["kind"] == "quiet":
            for w in QUIET_BANNED:
                if w in r["text"].lower():
                    errs.append("quiet user attack has '%s': %s" % (w, r["id"]))
    for r in docs:
        if r["label"] == 1:
            if r["text"].count(r["payload"]) != 1:
                errs.append("payload not found once " + r["id"])
            if r["kind"] == "bland":
                for w in QUIET_BANNED:
                    if w in r["payload"].lower():
                        errs.append("bland payload has '%s': %s" % (w, r["id"]))
    # twins
    byid = {}
    pairs = set()
    print("declared twin pairs (twin <- base): %d (brief target %d)" % (sum(1 for r in docs if r.get("origin") == "twin"), TARGET["twins"]))
    for r in docs:
        if r.get("origin") == "twin":
            b = CLEAN_BY_KEY[r["base"]]
            t, bt, p = r["text"], b["text"], r["payload"]
            if r["mode"] == "replace":
                # base must contain the anchor as exactly one full line, and the twin must be the
                # base with that one line swapped for the payload, nothing else changed
                bl = bt.split("\n")
                ok = bl.count(r["anchor"]) == 1 and t == "\n".join(p if x == r["anchor"] else x for x in bl)
            else:
                ok = t.replace(p, "", 1) == bt and len(t) == len(bt) + len(p)
            if not ok:
                errs.append("twin differs beyond payload " + r["id"])
            pairs.add(frozenset((r["id"], b["id"])))
            print("  %s <- %s  (%s, %s)" % (r["id"], b["id"], r["base"], r["mode"]))
    # shared long sentences
    where = defaultdict(set)
    for r in users + docs:
        for s in set(sentences(r["text"])):
            where[s].add(r["id"])
    for s, ids in where.items():
        if len(ids) > 1:
            if len(ids) == 2 and frozenset(ids) in pairs:
                continue
            errs.append("shared sentence %s: %s" % (sorted(ids), s[:80]))
    # benign/attack user length balance
    m0, m1 = wstats([r for r in users if r["label"] == 0])[1], wstats([r for r in users if r["label"] == 1])[1]
    print("user mean words benign %.1f attack %.1f" % (m0, m1))
    if abs(m0 - m1) > 3:
        print("  WARN: user benign/attack means differ by more than 3 words")
    print("document words: %s" % (wstats(docs),))
    for e in errs:
        print("ERROR:", e)
    print("CHECK %s (%d errors)" % ("OK" if not errs else "FAILED", len(errs)))
    return not errs

def main():
    users, docs = build()
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    if arg == "--stats":
        stats(users, docs)
    elif arg == "--langs":
        for r in users + docs:
            print("%s\t%s" % (r["id"], r["lang"]))
    elif arg == "--check":
        sys.exit(0 if check(users, docs) else 1)
    else:
        write(UFILE, users)
        write(DFILE, docs)
        print("wrote %d user rows, %d document rows" % (len(users), len(docs)))

if __name__ == "__main__":
    main()
