#!/usr/bin/env python3
"""Build the eval_blind16 prompt-injection evaluation set (user + document channels).

Every row is a literal string in the part_*.py modules next to this file.
Obfuscated user attacks are literal plaintext passed through the small encoders below.
Twins are a literal clean base document with one literal payload inserted after a literal anchor.
No randomness, no network: two runs give byte-identical files.
"""
import base64, codecs, collections, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part_user_ben, part_user_atk, part_doc_cln, part_doc_inj  # noqa: E402

USER_FILE = os.path.join(HERE, "injection_user.jsonl")
DOC_FILE = os.path.join(HERE, "injection_document.jsonl")
SETTINGS = ["aud", "eye", "renal", "sleep", "shc", "hospice", "travax",
            "cargo", "drone", "landlord", "pilot", "locum", "dc", "hotel"]
LANGS = {"en": "English", "de": "German", "es": "Spanish", "fr": "French"}
STYLES = {"t": "typed", "p": "phone-typed", "s": "speech-to-text"}
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]

# ---------------------------------------------------------------- encoders
def enc_b64(s): return base64.b64encode(s.encode("utf-8")).decode("ascii")
def enc_hex(s): return s.encode("utf-8").hex()
def enc_rot13(s): return codecs.encode(s, "rot13")
def enc_leet(s): return s.translate(str.maketrans("aeiostAEIOST", "4310574310$7"))
def enc_spaced(s): return " ".join(s.replace(" ", "/"))
def enc_rev(s): return s[::-1]
def enc_homo(s): return s.translate(str.maketrans("aceopxyAEOPCKHMT", "асеорхуАЕОРСКНМТ"))
def enc_zw(s): return "\u200b".join(s)
ENC = {"b64": enc_b64, "hex": enc_hex, "rot13": enc_rot13, "leet": enc_leet,
       "spaced": enc_spaced, "rev": enc_rev, "homo": enc_homo, "zw": enc_zw}

# ---------------------------------------------------------------- parsing
def parse_user(block, label):
    rows = []
    for line in block.strip().split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, kind, style, lang, text = line.split("|", 4)
        rows.append(dict(setting=code, kind=kind, style=STYLES[style], lang=lang,
                         text=text.strip(), label=label))
    return rows

def user_rows():
    ben = parse_user(part_user_ben.ROWS, 0)
    atk = parse_user(part_user_atk.ROWS, 1)
    for code, style, lang, enc, wrapper, plain in part_user_atk.OBF:
        text = wrapper.replace("{}", ENC[enc](plain))
        atk.append(dict(setting=code, kind="obfuscated", style=STYLES[style], lang=lang,
                        text=text, label=1, encoding=enc))
    return ben, atk

PAY = re.compile(r"⟦(.*?)⟧", re.S)

def parse_docs(block, label):
    rows = []
    for chunk in block.split("\n@@ ")[1:]:
        head, _, body = chunk.partition("\n")
        f = [x.strip() for x in head.split("|")]
        body = body.strip("\n").rstrip()
        r = dict(setting=f[0], kind=f[1], fmt=f[2], lang=f[3], label=label)
        if label == 0:
            r["tag"] = f[4] if len(f) > 4 else ""
            r["text"] = body
        else:
            r["placement"], r["addressing"], r["paylang"] = f[4], f[5], f[6]
            m = PAY.findall(body)
            assert len(m) == 1, ("need exactly one payload", head)
            r["payload"] = m[0]
            r["text"] = PAY.sub(lambda mm: mm.group(1), body)
        rows.append(r)
    return rows

def doc_rows():
    cln = parse_docs("\n" + part_doc_cln.DOCS, 0)
    inj = parse_docs("\n" + part_doc_inj.DOCS, 1)
    bases = {r["tag"]: r for r in cln if r["tag"]}
    for tag, anchor, payload, kind, placement, addressing, paylang in part_doc_inj.TWINS:
        b = bases[tag]
        assert b["text"].count(anchor) == 1, ("anchor not unique", tag)
        text = b["text"].replace(anchor, anchor + payload, 1)
        inj.append(dict(setting=b["setting"], kind=kind, fmt=b["fmt"], lang=b["lang"], label=1,
                        placement=placement, addressing=addressing, paylang=paylang,
                        payload=payload, text=text, twin_of=tag, anchor=anchor))
    return cln, inj

def sha(t): return hashlib.sha256(t.encode("utf-8")).hexdigest()

def number(rows, prefix):
    rows = sorted(rows, key=lambda r: sha(r["text"]))
    for i, r in enumerate(rows):
        r["id"] = "%s-%03d" % (prefix, i)
    return rows

def all_rows():
    ben, atk = user_rows()
    cln, inj = doc_rows()
    return (number(ben, "u-ben") + number(atk, "u-atk"),
            number(cln, "d-cln") + number(inj, "d-inj"))

def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]},
                                ensure_ascii=False) + "\n")

def build():
    u, d = all_rows()
    dump(u, USER_FILE)
    dump(d, DOC_FILE)
    print("wrote %d user rows, %d document rows" % (len(u), len(d)))

# ---------------------------------------------------------------- check
def words(t): return len(t.split())

SENT = re.compile(r"[.!?;:\n]+")

def sentences(t):
    for s in SENT.split(t):
        w = re.findall(r"\w+", s.lower())
        if len(w) >= 12:
            yield " ".join(w)

def check():
    errs = []
    u, d = all_rows()
    for path, rows, pre in ((USER_FILE, u, ("u-ben", "u-atk")), (DOC_FILE, d, ("d-cln", "d-inj"))):
        with open(path, encoding="utf-8", newline="") as fh:
            raw = fh.read()
        if "\r" in raw:
            errs.append(path + ": CR found")
        lines = raw.split("\n")
        if lines[-1] != "":
            errs.append(path + ": no final newline")
        recs = [json.loads(x) for x in lines[:-1]]
        if [r["id"] for r in recs] != [r["id"] for r in rows] or \
           [r["text"] for r in recs] != [r["text"] for r in rows]:
            errs.append(path + ": file differs from build (re-run build.py)")
        seen = set()
        counters = collections.Counter()
        last_hash = {}
        for r in recs:
            if list(r.keys()) != ["id", "text", "label"]:
                errs.append("%s: bad keys" % r.get("id"))
            p, n = r["id"].rsplit("-", 1)
            want = pre[r["label"]]
            if p != want:
                errs.append("%s: prefix/label mismatch" % r["id"])
            if int(n) != counters[p]:
                errs.append("%s: numbering not consecutive" % r["id"])
            counters[p] += 1
            h = sha(r["text"])
            if p in last_hash and h < last_hash[p]:
                errs.append("%s: not in SHA-256 order" % r["id"])
            last_hash[p] = h
            if r["text"] in seen:
                errs.append("%s: duplicate text" % r["id"])
            seen.add(r["text"])
        if pre[0] == "u-ben":
            for r in recs:
                if not 1 <= words(r["text"]) <= 50:
                    errs.append("%s: %d words" % (r["id"], words(r["text"])))
        else:
            for r in recs:
                if not 40 <= words(r["text"]) <= 400:
                    errs.append("%s: %d words" % (r["id"], words(r["text"])))
    for r in u:
        if r["label"] == 1 and r["kind"] == "quiet":
            for b in BANNED:
                if b in r["text"].lower():
                    errs.append("%s: quiet attack contains %r" % (r["id"], b))
        if r["setting"] not in SETTINGS or r["lang"] not in LANGS:
            errs.append("%s: bad meta" % r["id"])
    for r in d:
        if r["setting"] not in SETTINGS or r["lang"] not in LANGS:
            errs.append("%s: bad meta" % r["id"])
        if r["label"] == 1:
            if r["kind"] == "bland":
                for b in BANNED:
                    if b in r["payload"].lower():
                        errs.append("%s: bland payload contains %r" % (r["id"], b))
            if r["payload"] not in r["text"]:
                errs.append("%s: payload missing" % r["id"])
    cln = {r["tag"]: r for r in d if r["label"] == 0 and r.get("tag")}
    twins = [r for r in d if r.get("twin_of")]
    if len(twins) != 14 or len({t["setting"] for t in twins}) != 14:
        errs.append("need exactly 14 twins, one per setting")
    pairs = set()
    for t in twins:
        base = cln[t["twin_of"]]
        if t["text"].replace(t["payload"], "", 1) != base["text"]:
            errs.append("%s: twin minus payload != base" % t["id"])
        pairs.add(frozenset((t["id"], base["id"])))
    owner = collections.defaultdict(set)
    for r in u + d:
        for s in set(sentences(r["text"])):
            owner[s].add(r["id"])
    for s, ids in owner.items():
        if len(ids) > 1 and not (len(ids) == 2 and frozenset(ids) in pairs):
            errs.append("shared sentence %s: %s" % (sorted(ids), s[:80]))
    for e in errs:
        print("ERROR", e)
    if errs:
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0

# ---------------------------------------------------------------- stats
def stats():
    u, d = all_rows()
    def show(title, rows, key):
        c = collections.Counter((r["label"], r.get(key, "-")) for r in rows)
        print("  %s:" % title)
        for (lab, k), n in sorted(c.items(), key=lambda x: (x[0][0], str(x[0][1]))):
            print("    label %d  %-28s %4d" % (lab, k, n))
    for name, rows, keys in (("USER", u, ["kind", "style", "lang", "setting", "encoding"]),
                             ("DOCUMENT", d, ["kind", "lang", "setting", "fmt", "placement",
                                              "addressing", "paylang"])):
        print("== %s channel: %d rows" % (name, len(rows)))
        for lab in (0, 1):
            ws = [words(r["text"]) for r in rows if r["label"] == lab]
            print("  label %d: %d rows, words min %d mean %.1f max %d" %
                  (lab, len(ws), min(ws), sum(ws) / len(ws), max(ws)))
        for k in keys:
            show(k, rows, k)
        if name == "DOCUMENT":
            print("  formats in use: %d; twins: %d" % (len({r['fmt'] for r in rows}),
                                                       sum(1 for r in rows if r.get('twin_of'))))
            fl = collections.defaultdict(set)
            for r in rows:
                fl[r["fmt"]].add(r["label"])
            print("  formats used under both labels: %d" % sum(1 for v in fl.values() if len(v) == 2))

def langs():
    u, d = all_rows()
    for r in u + d:
        print("%s\t%s" % (r["id"], LANGS[r["lang"]]))

if __name__ == "__main__":
    a = sys.argv[1:]
    if "--check" in a:
        sys.exit(check())
    elif "--stats" in a:
        stats()
    elif "--langs" in a:
        langs()
    else:
        build()
