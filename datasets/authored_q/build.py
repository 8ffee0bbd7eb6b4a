#!/usr/bin/env python3
"""Build the authored_q prompt-injection training set (user + document channels).

Every row is a literal string in the part_*.py modules next to this file.
No randomness, no network, standard library only.
Usage: python3 build.py [--check | --stats | --langs]
"""
import base64
import codecs
import collections
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

USER_FILE = os.path.join(HERE, "injection_user.jsonl")
DOC_FILE = os.path.join(HERE, "injection_document.jsonl")

# clean documents that are instruction texts addressed to patients, customers or candidates
INSTRUCTION_KEYS = set("""r01 r02 r03 r08 r12 r20 c01 c02 c05 c06 c15 c19 c22 e01 e02 e03 e09 e10
e18 e19 w01 w03 w08 w11 w16 w20 h01 h06 h07 h12 h18 p01 p08 p09 p20 f01 f07 f10 f13 m01 m05 m11
m16 m19 m23""".split())

FORBIDDEN = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]


# ---------------------------------------------------------------- encoders
def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def leet(s):
    table = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                           "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
    return s.translate(table)


def spaced(s):
    return " ".join(s.replace(" ", "/"))


def rev(s):
    return s[::-1]


def homoglyph(s):
    table = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
                           "y": "у", "i": "і"})
    return s.translate(table)


def zw(s):
    return "\u200b".join(s)


# ---------------------------------------------------------------- collect rows
import part_user  # noqa: E402
import part_docs_a  # noqa: E402
import part_docs_b  # noqa: E402
import part_docs_c  # noqa: E402
import part_docs_d  # noqa: E402

DOC_PARTS = [part_docs_a, part_docs_b, part_docs_c, part_docs_d]

KIND_U = {"q": "quiet", "L": "loud", "o": "obfuscated", "h": "hard_negative", "n": "ordinary"}
STYLE_U = {"t": "typed", "p": "phone", "s": "speech"}


def user_rows():
    rows = []
    for spec in part_user.rows(sys.modules[__name__]):
        code, text = spec
        kind, style, lang, setting = code.split("|")
        label = 1 if kind in ("q", "L", "o") else 0
        rows.append({"text": text, "label": label, "kind": KIND_U[kind],
                     "style": STYLE_U[style], "lang": lang, "setting": setting})
    return rows


def doc_rows():
    clean, inj, twins_meta = [], [], []
    bases = {}
    for part in DOC_PARTS:
        for key, meta, text in part.CLEAN:
            kind, setting, fmt, lang = meta.split("|")
            r = {"text": text, "label": 0, "kind": {"h": "hard_negative", "n": "ordinary"}[kind],
                 "setting": setting, "format": fmt, "lang": lang, "placement": "-",
                 "addressing": "-", "payload_lang": "-", "twin_of": None, "key": key}
            if key in bases:
                raise SystemExit("duplicate base key " + key)
            bases[key] = r
            clean.append(r)
    for part in DOC_PARTS:
        for key, meta, mode, old, new in part.TWINS:
            kind, placement, addressing, plang = meta.split("|")
            base = bases[key]
            if base["text"].count(old) != 1:
                raise SystemExit("twin anchor not unique in base " + key + ": " + old[:40])
            if mode == "ins":  # payload `new` inserted right after anchor `old`
                text = base["text"].replace(old, old + new, 1)
                payload = new
            else:  # "rep": line `old` replaced by `new`
                text = base["text"].replace(old, new, 1)
                payload = new
            inj.append({"text": text, "label": 1, "kind": {"b": "bland", "L": "loud"}[kind],
                        "setting": base["setting"], "format": base["format"],
                        "lang": base["lang"], "placement": placement, "addressing": addressing,
                        "payload_lang": plang, "twin_of": key, "mode": mode, "old": old,
                        "payload": payload})
        for meta, payload, tmpl in part.INJ:
            text = tmpl.replace("{P}", payload)
            kind, setting, fmt, lang, placement, addressing, plang = meta.split("|")
            inj.append({"text": text, "label": 1, "kind": {"b": "bland", "L": "loud"}[kind],
                        "setting": setting, "format": fmt, "lang": lang, "placement": placement,
                        "addressing": addressing, "payload_lang": plang, "twin_of": None,
                        "payload": payload})
    return clean, inj, bases


def sha(t):
    return hashlib.sha256(t.encode("utf-8")).hexdigest()


def assign_ids(rows, prefixes):
    out = []
    for label, prefix in prefixes:
        sel = sorted([r for r in rows if r["label"] == label], key=lambda r: sha(r["text"]))
        for i, r in enumerate(sel):
            r["id"] = "%s-%03d" % (prefix, i)
            out.append(r)
    return out


def all_rows():
    u = assign_ids(user_rows(), [(0, "u-ben"), (1, "u-atk")])
    clean, inj, bases = doc_rows()
    d = assign_ids(clean + inj, [(0, "d-cln"), (1, "d-inj")])
    return u, d, bases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]},
                               ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- check
EXPECTED = {"user": {0: 160, 1: 160}, "doc": {0: 180, 1: 150}, "twins": 100}


def sentences(text):
    out = []
    for s in re.split(r"(?<=[.!?;:])\s+|\n+", text):
        w = re.findall(r"[\w'’-]+", s.lower())
        if len(w) >= 12:
            out.append(" ".join(w))
    return out


def check():
    errs = []
    u, d, bases = all_rows()
    for path, rows, pre, cnt, lo, hi in [
            (USER_FILE, u, {0: "u-ben", 1: "u-atk"}, EXPECTED["user"], 1, 50),
            (DOC_FILE, d, {0: "d-cln", 1: "d-inj"}, EXPECTED["doc"], 40, 400)]:
        with open(path, "rb") as f:
            raw = f.read()
        if b"\r" in raw:
            errs.append(path + ": CR found")
        lines = raw.decode("utf-8").split("\n")
        if lines[-1] != "":
            errs.append(path + ": no final newline")
        objs = [json.loads(x) for x in lines[:-1]]
        for o in objs:
            if sorted(o) != ["id", "label", "text"]:
                errs.append("bad keys %r" % o.get("id"))
        texts = [o["text"] for o in objs]
        if len(set(texts)) != len(texts):
            errs.append(path + ": duplicate text")
        for lab in (0, 1):
            sel = [o for o in objs if o["label"] == lab]
            if len(sel) != cnt[lab]:
                errs.append("%s label %d: %d rows, expected %d" % (path, lab, len(sel), cnt[lab]))
            for i, o in enumerate(sel):
                if o["id"] != "%s-%03d" % (pre[lab], i):
                    errs.append("bad id/order " + o["id"])
            hs = [sha(o["text"]) for o in sel]
            if hs != sorted(hs):
                errs.append("%s label %d not in sha order" % (path, lab))
        labs = [o["label"] for o in objs]
        if labs != sorted(labs):
            errs.append(path + ": label-0 lines must precede label-1 lines")
        for o in objs:
            n = len(o["text"].split())
            if not lo <= n <= hi:
                errs.append("%s: %d words" % (o["id"], n))
        # file must equal what build would write
        exp = "".join(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]},
                                 ensure_ascii=False) + "\n" for r in rows)
        if exp != raw.decode("utf-8"):
            errs.append(path + ": stale file, rerun build")
    # forbidden words
    for r in u:
        if r["kind"] == "quiet":
            low = r["text"].lower()
            for w in FORBIDDEN:
                if w in low:
                    errs.append("quiet user %s contains %r" % (r["id"], w))
    twins = 0
    for r in d:
        if r["label"] != 1:
            continue
        if r["payload"] not in r["text"]:
            errs.append("payload not in text " + r["id"])
        if r["kind"] == "bland":
            low = r["payload"].lower()
            for w in FORBIDDEN:
                if w in low:
                    errs.append("bland payload %s contains %r" % (r["id"], w))
        if r["twin_of"]:
            twins += 1
            base = bases[r["twin_of"]]["text"]
            if r["mode"] == "ins":
                back = r["text"].replace(r["payload"], "", 1)
            else:
                back = r["text"].replace(r["payload"], r["old"], 1)
            if back != base:
                errs.append("twin %s does not reduce to base %s" % (r["id"], r["twin_of"]))
    if twins != EXPECTED["twins"]:
        errs.append("twins: %d, expected %d" % (twins, EXPECTED["twins"]))
    tw_of = collections.Counter(r["twin_of"] for r in d if r.get("twin_of"))
    for k, c in tw_of.items():
        if c > 1:
            errs.append("base %s used by %d twins" % (k, c))
    # shared long sentences
    owner = collections.defaultdict(set)
    allr = u + d
    for r in allr:
        for s in sentences(r["text"]):
            owner[s].add(r["id"])
    pairs_ok = set()
    keymap = {r["key"]: r["id"] for r in d if r["label"] == 0}
    for r in d:
        if r.get("twin_of"):
            pairs_ok.add(frozenset([r["id"], keymap[r["twin_of"]]]))
    for s, ids in owner.items():
        if len(ids) > 1 and frozenset(ids) not in pairs_ok:
            errs.append("shared sentence %s: %s" % (sorted(ids), s[:70]))
    if errs:
        for e in errs[:80]:
            print(e)
        print("CHECK FAILED (%d problems)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


def stats():
    u, d, _ = all_rows()
    for name, rows, fields in [
            ("USER", u, ["kind", "style", "lang", "setting"]),
            ("DOCUMENT", d, ["kind", "lang", "setting", "format", "placement", "addressing",
                             "payload_lang"])]:
        print("=== %s (%d rows)" % (name, len(rows)))
        for lab in (0, 1):
            sel = [r for r in rows if r["label"] == lab]
            wc = [len(r["text"].split()) for r in sel]
            print("label %d: %d rows; words min %d mean %.1f max %d" % (
                lab, len(sel), min(wc), sum(wc) / len(wc), max(wc)))
            for f in fields:
                c = collections.Counter(r[f] for r in sel)
                print("  %-12s %s" % (f, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
        if name == "DOCUMENT":
            print("  twins:", sum(1 for r in rows if r.get("twin_of")))
            print("  clean instruction texts (patients/customers/candidates):",
                  sum(1 for r in rows if r["label"] == 0 and r["key"] in INSTRUCTION_KEYS))
            print("  injected twins built on instruction texts:",
                  sum(1 for r in rows if r.get("twin_of") in INSTRUCTION_KEYS))
            print("  payload language differs from document language:",
                  sum(1 for r in rows if r["label"] == 1 and r["payload_lang"] != r["lang"]))
            print("  formats total:", len(set(r["format"] for r in rows)))
            both = [f for f in set(r["format"] for r in rows)
                    if len(set(r["label"] for r in rows if r["format"] == f)) == 2]
            print("  formats under both labels:", len(both))


def langs():
    u, d, _ = all_rows()
    for r in u + d:
        print("%s\t%s" % (r["id"], r["lang"]))


def main():
    a = sys.argv[1:]
    if "--check" in a:
        sys.exit(check())
    if "--stats" in a:
        stats()
        return
    if "--langs" in a:
        langs()
        return
    u, d, _ = all_rows()
    write(USER_FILE, u)
    write(DOC_FILE, d)
    print("wrote %d user rows, %d document rows" % (len(u), len(d)))


if __name__ == "__main__":
    main()
