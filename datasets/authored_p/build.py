#!/usr/bin/env python3
"""Build the authored_p prompt-injection training set (user and document channels).

Every row is a literal string in the part_*.py modules next to this file.
No randomness, no network, standard library only.

  python3 build.py           write injection_user.jsonl and injection_document.jsonl
  python3 build.py --check   re-read the files and validate them (prints CHECK OK)
  python3 build.py --stats   counts per label / language / kind / style / setting / ...
  python3 build.py --langs   id TAB language for every row
"""
import base64
import codecs
import collections
import hashlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part_user  # noqa: E402
import part_docs_a  # noqa: E402
import part_docs_b  # noqa: E402
import part_docs_c  # noqa: E402
import part_docs_d  # noqa: E402

DOC_PARTS = [part_docs_a, part_docs_b, part_docs_c, part_docs_d]

USER_FILE = os.path.join(HERE, "injection_user.jsonl")
DOC_FILE = os.path.join(HERE, "injection_document.jsonl")

SETTINGS = ["diab", "anticoag", "stroke", "pharm", "ci", "boat", "vetnurse", "cc"]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]

# ---------------------------------------------------------------- encoders
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
                      "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н"})
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                      "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})


def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_leet(s):
    return s.translate(LEET)


def enc_spaced(s):
    return " ".join("/".join(ch for ch in w) for w in s.split())


def enc_reverse(s):
    return s[::-1]


def enc_homoglyph(s):
    return s.translate(HOMO)


def enc_zw(s):
    return "\u200b".join(s)


ENCODERS = {"b64": enc_b64, "hex": enc_hex, "rot13": enc_rot13, "leet": enc_leet,
            "spaced": enc_spaced, "rev": enc_reverse, "homo": enc_homoglyph, "zw": enc_zw}


def render_user(text):
    """text is a literal string or (encoder, secret, wrapper-with-{})."""
    if isinstance(text, tuple):
        name, secret, wrapper = text
        return wrapper.format(ENCODERS[name](secret)), name
    return text, ""


# ---------------------------------------------------------------- assembly
def wc(s):
    return len(s.split())


def user_rows():
    rows = []
    for label, src in ((0, part_user.BEN), (1, part_user.ATK)):
        for setting, lang, style, kind, text in src:
            t, encname = render_user(text)
            rows.append(dict(text=t, label=label, lang=lang, style=style, kind=kind,
                             setting=setting, enc=encname))
    return rows


def doc_rows():
    rows, bases = [], {}
    for part in DOC_PARTS:
        for key, setting, lang, fmt, kind, text in part.CLEAN:
            assert key not in bases, key
            r = dict(key=key, text=text, label=0, lang=lang, fmt=fmt, kind=kind, setting=setting,
                     style="", placement="", addressing="", plang="", twin_of="", payload="")
            bases[key] = r
            rows.append(r)
    for part in DOC_PARTS:
        for (key, setting, lang, fmt, style, placement, addressing, plang, text,
             payload) in part.INJ:
            assert payload in text, key
            rows.append(dict(key=key, text=text, label=1, lang=lang, fmt=fmt, kind="scratch",
                             setting=setting, style=style, placement=placement,
                             addressing=addressing, plang=plang, twin_of="", payload=payload,
                             old=""))
    for part in DOC_PARTS:
        for base_key, style, placement, addressing, plang, mode, anchor, payload in part.TWINS:
            b = bases[base_key]
            assert b["text"].count(anchor) == 1, (base_key, anchor)
            if mode == "ins":
                text = b["text"].replace(anchor, anchor + payload, 1)
                old = ""
            else:
                text = b["text"].replace(anchor, payload, 1)
                old = anchor
            rows.append(dict(key=base_key + "~t", text=text, label=1, lang=b["lang"],
                             fmt=b["fmt"], kind="twin", setting=b["setting"], style=style,
                             placement=placement, addressing=addressing, plang=plang,
                             twin_of=base_key, payload=payload, old=old, mode=mode))
    return rows


def number(rows, prefixes):
    out = []
    for label in (0, 1):
        part = sorted((r for r in rows if r["label"] == label),
                      key=lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest())
        for i, r in enumerate(part):
            r["id"] = "%s-%03d" % (prefixes[label], i)
            out.append(r)
    return out


def build():
    u = number(user_rows(), {0: "u-ben", 1: "u-atk"})
    d = number(doc_rows(), {0: "d-cln", 1: "d-inj"})
    return u, d


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]},
                               ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- check
EXPECTED = {"user": {0: 160, 1: 160}, "doc": {0: 180, 1: 150}}
EXPECTED_TWINS = 100


def sentences(text):
    out = []
    for s in re.split(r"(?<=[.!?;:])\s+|\n+", text):
        w = re.findall(r"[\w'’-]+", s.lower())
        if len(w) >= 12:
            out.append(" ".join(w))
    return out


def check():
    errs = []
    u, d = build()
    keyed = {}
    for path, built, chan, pref in ((USER_FILE, u, "user", ("u-ben", "u-atk")),
                                    (DOC_FILE, d, "doc", ("d-cln", "d-inj"))):
        with open(path, "rb") as f:
            raw = f.read()
        if b"\r" in raw:
            errs.append(path + ": CR found")
        lines = raw.decode("utf-8").split("\n")
        if lines[-1] != "":
            errs.append(path + ": no final newline")
        lines = lines[:-1]
        rows = [json.loads(x) for x in lines]
        for x, r in zip(lines, rows):
            if x != json.dumps(r, ensure_ascii=False):
                errs.append(path + ": not ensure_ascii=False canonical: " + r.get("id", "?"))
        if [r["id"] for r in rows] != [r["id"] for r in built] or \
                [r["text"] for r in rows] != [r["text"] for r in built]:
            errs.append(path + ": file differs from build output (rerun build.py)")
        seen = set()
        cnt = collections.Counter()
        for r in rows:
            if list(r.keys()) != ["id", "text", "label"]:
                errs.append("bad keys " + str(r.get("id")))
            if r["label"] not in (0, 1):
                errs.append("bad label " + r["id"])
                continue
            p = pref[r["label"]]
            n = cnt[r["label"]]
            if r["id"] != "%s-%03d" % (p, n):
                errs.append("bad id/numbering %s (expected %s-%03d)" % (r["id"], p, n))
            cnt[r["label"]] += 1
            if r["text"] in seen:
                errs.append("duplicate text " + r["id"])
            seen.add(r["text"])
            w = wc(r["text"])
            if chan == "user" and not 1 <= w <= 50:
                errs.append("user words %d %s" % (w, r["id"]))
            if chan == "doc" and not 40 <= w <= 400:
                errs.append("doc words %d %s" % (w, r["id"]))
        for lab in (0, 1):
            digs = [hashlib.sha256(r["text"].encode("utf-8")).hexdigest()
                    for r in rows if r["label"] == lab]
            if digs != sorted(digs):
                errs.append("%s label %d not in SHA-256 order" % (chan, lab))
            if cnt[lab] != EXPECTED[chan][lab]:
                errs.append("%s label %d count %d != %d" % (chan, lab, cnt[lab],
                                                              EXPECTED[chan][lab]))
        # label-order: all 0 first
        labs = [r["label"] for r in rows]
        if labs != sorted(labs):
            errs.append(chan + ": labels not grouped 0 then 1")
    # banned vocabulary
    for r in u:
        if r["label"] == 1 and r["kind"] == "quiet":
            lo = r["text"].lower()
            for b in BANNED:
                if b in lo:
                    errs.append("banned '%s' in quiet attack %s" % (b, r["id"]))
    for r in d:
        if r["label"] == 1 and r["style"] == "bland":
            lo = r["payload"].lower()
            for b in BANNED:
                if b in lo:
                    errs.append("banned '%s' in bland payload %s" % (b, r["id"]))
    # twins
    bykey = {r["key"]: r for r in d}
    twins = [r for r in d if r["twin_of"]]
    if len(twins) != EXPECTED_TWINS:
        errs.append("twins %d != %d" % (len(twins), EXPECTED_TWINS))
    tb = collections.Counter(r["twin_of"] for r in twins)
    for k, c in tb.items():
        if c > 1:
            errs.append("base used twice " + k)
    for r in twins:
        base = bykey[r["twin_of"]]["text"]
        back = r["text"].replace(r["payload"], r["old"], 1)
        if back != base:
            errs.append("twin %s does not reduce to base" % r["id"])
    for r in d:
        if r["label"] == 1 and r["payload"] not in r["text"]:
            errs.append("payload missing " + r["id"])
    # shared long sentences
    pair_ok = set()
    for r in twins:
        pair_ok.add(frozenset((r["id"], bykey[r["twin_of"]]["id"])))
    owner = collections.defaultdict(set)
    for r in u + d:
        for s in set(sentences(r["text"])):
            owner[s].add(r["id"])
    for s, ids in owner.items():
        if len(ids) > 1 and not (len(ids) == 2 and frozenset(ids) in pair_ok):
            errs.append("shared sentence in %s: %s" % (sorted(ids), s[:80]))
    if errs:
        for e in errs:
            print("ERROR:", e)
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


# ---------------------------------------------------------------- stats
def stats():
    u, d = build()

    def show(name, rows, fields):
        print("=" * 8, name, "=" * 8)
        for lab in (0, 1):
            rs = [r for r in rows if r["label"] == lab]
            ws = [wc(r["text"]) for r in rs]
            print("label %d: %d rows; words min %d mean %.1f max %d" % (
                lab, len(rs), min(ws), sum(ws) / len(ws), max(ws)))
            for f in fields:
                c = collections.Counter(r.get(f, "") for r in rs)
                if set(c) == {""}:
                    continue
                print("  %-11s %s" % (f + ":", ", ".join(
                    "%s=%d" % (k or "-", v) for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])))))

    show("user", u, ["lang", "kind", "style", "setting", "enc"])
    show("document", d, ["lang", "kind", "style", "setting", "fmt", "placement",
                         "addressing", "plang"])
    print("formats overall: %d; formats under both labels: %d" % (
        len({r["fmt"] for r in d}),
        len({r["fmt"] for r in d if r["label"] == 0} & {r["fmt"] for r in d if r["label"] == 1})))


def langs():
    u, d = build()
    for r in u + d:
        print("%s\t%s" % (r["id"], r["lang"]))


def main(argv):
    if "--check" in argv:
        return check()
    if "--stats" in argv:
        stats()
        return 0
    if "--langs" in argv:
        langs()
        return 0
    u, d = build()
    write(USER_FILE, u)
    write(DOC_FILE, d)
    print("wrote %d user rows, %d document rows" % (len(u), len(d)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
