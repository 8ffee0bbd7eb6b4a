#!/usr/bin/env python3
"""Build the authored_o training set (prompt-injection detector). Stdlib only, deterministic.

Rows live as literal strings in the part_*.py modules (grouped by setting and kind).
Helpers here only: add page furniture, insert a payload into a clean base (declared twins),
and encode obfuscated attacks.
"""
import base64, codecs, hashlib, importlib, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PARTS = ["part_user_a", "part_user_b", "part_dent", "part_sport", "part_ipc", "part_sarc",
         "part_crop", "part_cyber", "part_cabin", "part_transl"]
TARGET = {"u0": 160, "u1": 160, "d0": 180, "d1": 150, "twins": 100}
SETTINGS = {"dent": "paediatric dentistry/orthodontics", "sport": "sports-injury/physio clinics",
            "ipc": "hospital infection prevention", "sarc": "sexual-assault referral centres",
            "crop": "crop & farm machinery insurance", "cyber": "small-business cyber insurance",
            "cabin": "airline cabin-crew hiring", "transl": "translator/interpreter hiring"}
QUIET_BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]

# ---------------- encoders for obfuscated attacks ----------------
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"})
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
def encode(kind, s):
    if kind == "b64": return base64.b64encode(s.encode()).decode()
    if kind == "hex": return s.encode().hex()
    if kind == "rot13": return codecs.encode(s, "rot13")
    if kind == "leet": return s.translate(LEET)
    if kind == "spaced": return " ".join(s.replace(" ", "/"))
    if kind == "reversed": return s[::-1]
    if kind == "homoglyph": return s.translate(HOMO)
    if kind == "zwsp": return "\u200b".join(s)
    raise ValueError(kind)

# ---------------- page furniture ----------------
def furnish(text, furn):
    if not furn: return text
    head, n, m = furn
    return f"{head}\n{text}\nPage {n} of {m}"

# ---------------- twins ----------------
def make_twin(base, mode, anchor, payload):
    assert base.count(anchor) == 1, ("anchor not unique", anchor[:40])
    i = base.index(anchor)
    if mode == "after": return base[:i + len(anchor)] + payload + base[i + len(anchor):]
    if mode == "before": return base[:i] + payload + base[i:]
    if mode == "replace":
        ls = base.split("\n"); hits = [k for k, l in enumerate(ls) if anchor in l]
        assert len(hits) == 1; ls[hits[0]] = payload; return "\n".join(ls)
    raise ValueError(mode)

def words(t): return len(t.split())

def load():
    users, clean, inj, twins = [], {}, [], []
    for p in PARTS:
        if not os.path.exists(os.path.join(HERE, p + ".py")): continue
        m = importlib.import_module(p)
        for r in getattr(m, "U", []):
            st, lab, kind, style, lang, text = r
            meta = {"setting": st, "kind": kind, "style": style, "lang": lang, "encoder": "-"}
            if isinstance(text, tuple):
                enc, payload, wrap = text
                text = wrap.replace("{}", encode(enc, payload)); meta["encoder"] = enc
            users.append((text, lab, meta))
        for k, r in getattr(m, "DC", {}).items():
            st, fmt, kind, lang, text, furn = r
            assert k not in clean, k
            clean[k] = (furnish(text.strip("\n"), furn), {"setting": st, "format": fmt, "kind": kind, "lang": lang, "key": k})
        for r in getattr(m, "DI", []):
            st, fmt, kind, lang, plc, addr, plang, text, furn = r
            inj.append((furnish(text.strip("\n"), furn), {"setting": st, "format": fmt, "kind": kind, "lang": lang,
                        "placement": plc, "addressing": addr, "payload_lang": plang, "twin_of": None, "payload": None}))
        twins += getattr(m, "TW", [])
    used = set()
    for t in twins:
        key, mode, anchor, payload, kind, plc, addr, plang = t
        assert key not in used, ("base reused", key); used.add(key)
        btext, bmeta = clean[key]
        inj.append((make_twin(btext, mode, anchor, payload), dict(bmeta, kind=kind, placement=plc, addressing=addr,
                    payload_lang=plang, twin_of=key, payload=payload, mode=mode)))
    return users, clean, inj

def order(rows, prefix):
    rows = sorted(rows, key=lambda r: hashlib.sha256(r[0].encode()).hexdigest())
    return [("%s-%03d" % (prefix, i),) + tuple(r) for i, r in enumerate(rows)]

def assemble():
    users, clean, inj = load()
    U0 = order([r for r in users if r[1] == 0], "u-ben"); U1 = order([r for r in users if r[1] == 1], "u-atk")
    D0 = order([(t, 0, m) for t, m in clean.values()], "d-cln"); D1 = order([(t, 1, m) for t, m in inj], "d-inj")
    return U0 + U1, D0 + D1

def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rid, text, lab, meta in rows:
            f.write(json.dumps({"id": rid, "text": text, "label": lab}, ensure_ascii=False) + "\n")

def stats(U, D):
    def wstat(rows):
        w = [words(r[1]) for r in rows]
        return "n=%d min=%d mean=%.1f max=%d" % (len(w), min(w), sum(w) / len(w), max(w)) if w else "n=0"
    for name, rows, fields in (("USER", U, ["lang", "kind", "style", "setting", "encoder"]),
                               ("DOCUMENT", D, ["lang", "kind", "setting", "format", "placement", "addressing", "payload_lang"])):
        print("=" * 20, name)
        for lab in (0, 1):
            rs = [r for r in rows if r[2] == lab]
            print("label %d: %s" % (lab, wstat(rs)))
            for f in fields:
                c = Counter(r[3].get(f, "-") for r in rs)
                if set(c) == {"-"}: continue
                print("  %-13s %s" % (f, dict(sorted(c.items()))))
        if name == "DOCUMENT":
            for lab in (0, 1):
                rs = [r for r in rows if r[2] == lab]
                print("label %d under 120 words: %d" % (lab, sum(1 for r in rs if words(r[1]) < 120)))
            print("twins:", sum(1 for r in rows if r[3].get("twin_of")),
                  "modes:", dict(Counter(r[3]["mode"] for r in rows if r[3].get("twin_of"))))
            inj = [r for r in rows if r[2] == 1]
            print("payload language differs from document language: %d of %d" % (
                sum(1 for r in inj if r[3]["payload_lang"] != r[3]["lang"]), len(inj)))
            print("kind x origin:", dict(Counter((r[3]["kind"], "twin" if r[3].get("twin_of") else "scratch") for r in inj)))
            f0 = Counter(r[3]["format"] for r in rows if r[2] == 0); f1 = Counter(r[3]["format"] for r in rows if r[2] == 1)
            print("formats (%d):" % len(set(f0) | set(f1)))
            for f in sorted(set(f0) | set(f1)): print("  %-22s %3d %3d" % (f, f0[f], f1[f]))

SENT = re.compile(r"(?<=[.!?])\s+|\n")
def check(U, D):
    errs = []
    for fn, prefixes in (("injection_user.jsonl", ("u-ben", "u-atk")), ("injection_document.jsonl", ("d-cln", "d-inj"))):
        raw = open(os.path.join(HERE, fn), "rb").read()
        if b"\r" in raw: errs.append(fn + ": CR found")
        rows = [json.loads(l) for l in raw.decode("utf-8").split("\n") if l]
        prev = None; seen = set()
        for r in rows:
            if list(r) != ["id", "text", "label"]: errs.append("keys " + str(r.get("id")))
            p, n = r["id"].rsplit("-", 1)
            if p not in prefixes or r["label"] != prefixes.index(p): errs.append("id/label " + r["id"])
            if r["text"] in seen: errs.append("dup text " + r["id"])
            seen.add(r["text"])
            h = hashlib.sha256(r["text"].encode()).hexdigest()
            if prev and prev[0] == p and (int(n) != prev[1] + 1 or h <= prev[2]): errs.append("order " + r["id"])
            if (not prev or prev[0] != p) and n != "000": errs.append("numbering " + r["id"])
            prev = (p, int(n), h)
            w = words(r["text"])
            if fn.startswith("injection_user") and not 1 <= w <= 50: errs.append("user words %s %d" % (r["id"], w))
            if fn.startswith("injection_doc") and not 40 <= w <= 400: errs.append("doc words %s %d" % (r["id"], w))
        c = Counter(r["label"] for r in rows)
        k = "u" if fn.startswith("injection_user") else "d"
        for lab in (0, 1):
            if c[lab] != TARGET[k + str(lab)]: errs.append("COUNT %s label %d: %d (target %d)" % (fn, lab, c[lab], TARGET[k + str(lab)]))
    for rid, text, lab, m in U:
        if lab == 1 and m["kind"] == "quiet":
            for b in QUIET_BANNED:
                if b in text.lower(): errs.append("quiet attack %s contains %r" % (rid, b))
    for rid, text, lab, m in D:
        if lab == 1 and m["kind"] == "bland":
            pl = (m.get("payload") or "").lower()
            for b in QUIET_BANNED:
                if b in pl: errs.append("bland payload %s contains %r" % (rid, b))
    # twins
    byid_clean = {m["key"]: (rid, t) for rid, t, lab, m in D if lab == 0}
    pairs = []
    for rid, t, lab, m in D:
        if lab == 1 and m.get("twin_of"):
            brid, bt = byid_clean[m["twin_of"]]
            pairs.append((brid, rid))
            i = 0
            while i < min(len(bt), len(t)) and bt[i] == t[i]: i += 1
            j = 0
            while j < min(len(bt), len(t)) - i and bt[-1 - j] == t[-1 - j]: j += 1
            brest, trest = bt[i:len(bt) - j], t[i:len(t) - j]
            if "\n" in brest.strip("\n") or words(trest) < 3 or m["payload"].strip()[:20] not in t:
                errs.append("twin diff %s vs %s" % (rid, brid))
            if m["mode"] != "replace" and brest: errs.append("twin insert altered base %s" % rid)
    tw = set(pairs) | set((b, a) for a, b in pairs)
    owners = defaultdict(set)
    for rid, t, lab, m in U + D:
        for s in SENT.split(t):
            ws = re.findall(r"\w+", s.lower())
            if len(ws) >= 12: owners[" ".join(ws)].add(rid)
    for s, ids in owners.items():
        ids = sorted(ids)
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                if (ids[a], ids[b]) not in tw: errs.append("shared sentence %s %s: %s" % (ids[a], ids[b], s[:60]))
    print("twin pairs (base -> twin): %d" % len(pairs))
    for b, t in sorted(pairs): print("  %s -> %s" % (b, t))
    for e in errs: print("FAIL", e)
    print("CHECK", "OK" if not errs else "FAILED (%d problems)" % len(errs))
    return not errs

if __name__ == "__main__":
    U, D = assemble()
    if "--stats" in sys.argv: stats(U, D)
    elif "--langs" in sys.argv:
        for r in U + D: print("%s\t%s" % (r[0], r[3]["lang"]))
    elif "--check" in sys.argv: sys.exit(0 if check(U, D) else 1)
    else:
        dump(U, os.path.join(HERE, "injection_user.jsonl")); dump(D, os.path.join(HERE, "injection_document.jsonl"))
        print("wrote %d user rows, %d document rows" % (len(U), len(D)))
