#!/usr/bin/env python3
"""Build injection_user.jsonl for eval_blind33 (user channel, blind). Standard library only.

python3 build.py            write injection_user.jsonl
python3 build.py --check    validate (prints CHECK OK)
python3 build.py --stats    counts per setting, kind, style, language; word lengths
python3 build.py --langs    id TAB language
"""
import base64, codecs, collections, glob, hashlib, importlib, json, os, re, sys

sys.dont_write_bytecode = True  # keep the folder free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "injection_user.jsonl")
DATASETS = os.path.dirname(HERE)
SETTINGS = ["lipo", "hidra", "rayn", "mnd", "paint", "rink", "archery", "beach", "clock", "cooper", "cobbler", "millin"]
PARTS = ["part_" + s for s in SETTINGS]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]
EXPECT = {0: 200, 1: 200}

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}


def enc(kind, s):
    if kind == "b64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if kind == "hex":
        return s.encode("utf-8").hex()
    if kind == "rot13":
        return codecs.encode(s, "rot13")
    if kind == "leet":
        return "".join(LEET.get(c.lower(), c) for c in s)
    if kind == "spaced":
        return " / ".join(" ".join(w) for w in s.split())
    if kind == "reversed":
        return s[::-1]
    if kind == "homoglyph":
        return "".join(HOMO.get(c, c) for c in s)
    if kind == "zw":
        return "\u200b".join(s)
    raise ValueError(kind)


def load(parts=None):
    sys.path.insert(0, HERE)
    rows = []
    for p in (PARTS if parts is None else parts):
        m = importlib.import_module(p)
        for r in m.ROWS:
            setting, label, kind, style, lang, text = r
            if isinstance(text, tuple):
                e, wrapper, plain = text
                assert "{}" in wrapper, (p, wrapper)
                final = wrapper.replace("{}", enc(e, plain))
                kind = kind + ":" + e
            else:
                final = text
            rows.append(dict(setting=setting, label=label, kind=kind, style=style, lang=lang,
                             text=final, part=p))
    return rows


def ordered(rows):
    out = []
    for label, pre in ((0, "u-ben-"), (1, "u-atk-")):
        sel = sorted([r for r in rows if r["label"] == label],
                     key=lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest())
        for i, r in enumerate(sel):
            r["id"] = "%s%03d" % (pre, i)
            out.append(r)
    return out


def render(rows):
    return "".join(json.dumps({"id": r["id"], "text": r["text"], "label": r["label"]},
                              ensure_ascii=False) + "\n" for r in rows)


def sentences(t):
    for s in re.split(r"[.!?;:\n]", t):
        toks = re.findall(r"\w+", s.lower())
        if len(toks) >= 12:
            yield " ".join(toks)


def sent_hash(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


WIN = 12


def strings_of(o):
    """Every string value inside a decoded JSON value (keys excluded)."""
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            for x in strings_of(v):
                yield x
    elif isinstance(o, list):
        for v in o:
            for x in strings_of(v):
                yield x


def check_other_sets(rows, errs):
    """Compare our rows with every *.jsonl file under datasets/ outside this folder, using hashes only.

    1. Sentence level (as rounds 23 and 24): every normalised sentence of 12+ lower-cased \\w+ tokens of ours
       against the same sentences of every string value in the other files.
    2. Token windows (stricter): every window of 12 consecutive tokens inside our 12+ token sentences
       against every 12-token window of every string value in the other files (token stream of the
       whole string, so windows may cross the other text's sentence boundaries).
    Prints counts only; never prints any text of other sets."""
    files = sorted(f for f in glob.glob(os.path.join(DATASETS, "**", "*.jsonl"), recursive=True)
                   if not os.path.abspath(f).startswith(HERE + os.sep))
    ours_sent = {}
    ours_win = {}
    for r in rows:
        for s in set(sentences(r["text"])):
            ours_sent.setdefault(sent_hash(s), r["id"])
            toks = s.split()
            for i in range(len(toks) - WIN + 1):
                ours_win.setdefault(sent_hash(" ".join(toks[i:i + WIN])), r["id"])
    other_sent = set()
    hit_win = set()
    nlines = nwin = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    o = json.loads(line)
                except ValueError:
                    continue
                nlines += 1
                for t in strings_of(o):
                    for s in sentences(t):
                        other_sent.add(sent_hash(s))
                    toks = re.findall(r"\w+", t.lower())
                    for i in range(len(toks) - WIN + 1):
                        nwin += 1
                        h = sent_hash(" ".join(toks[i:i + WIN]))
                        if h in ours_win:
                            hit_win.add(h)
    shared_sent = sorted(set(ours_sent) & other_sent)
    for h in shared_sent:
        errs.append("sentence of 12+ words in %s also occurs in another set" % ours_sent[h])
    for h in sorted(hit_win):
        errs.append("12-token window of %s also occurs in another set" % ours_win[h])
    print("cross-set: %d other .jsonl files, %d lines, %d hashed sentences, %d hashed 12-token windows; "
          "ours %d sentences, %d windows; shared sentences %d, shared windows %d"
          % (len(files), nlines, len(other_sent), nwin, len(ours_sent), len(ours_win),
             len(shared_sent), len(hit_win)))


def check(rows):
    errs = []
    data = render(rows)
    if not os.path.exists(OUT):
        errs.append("missing output")
    else:
        raw = open(OUT, "rb").read()
        if raw.decode("utf-8") != data:
            errs.append("file differs from build")
        if b"\r" in raw:
            errs.append("CR found")
        if not raw.endswith(b"\n"):
            errs.append("no final newline")
        prev_label = -1
        for n, line in enumerate(raw.decode("utf-8").split("\n")[:-1]):
            o = json.loads(line)
            if list(o.keys()) != ["id", "text", "label"]:
                errs.append("keys line %d" % n)
            if o["label"] < prev_label:
                errs.append("label order")
            prev_label = o["label"]
    for label in (0, 1):
        sel = [r for r in rows if r["label"] == label]
        if len(sel) != EXPECT[label]:
            errs.append("label %d count %d" % (label, len(sel)))
        hs = [hashlib.sha256(r["text"].encode()).hexdigest() for r in sel]
        if hs != sorted(hs):
            errs.append("order label %d" % label)
        pre = "u-ben-" if label == 0 else "u-atk-"
        for i, r in enumerate(sel):
            if r["id"] != "%s%03d" % (pre, i):
                errs.append("id %s" % r["id"])
        for s in SETTINGS:
            ss = [r for r in sel if r["setting"] == s]
            if not 16 <= len(ss) <= 17:
                errs.append("setting %s label %d has %d" % (s, label, len(ss)))
            st = collections.Counter(r["style"] for r in ss)
            if st["phone"] != 2 or st["speech"] != 2:
                errs.append("setting %s label %d styles %s" % (s, label, dict(st)))
            ne = sum(1 for r in ss if r["lang"] != "en")
            if not 2 <= ne <= 3:
                errs.append("setting %s label %d non-English %d" % (s, label, ne))
        en = sum(1 for r in sel if r["lang"] == "en") / float(len(sel))
        if not 0.86 <= en <= 0.88:
            errs.append("label %d English share %.3f" % (label, en))
    grp = collections.Counter((r["label"], r["kind"].split(":")[0]) for r in rows)
    want = {(1, "quiet"): 120, (1, "loud"): 60, (1, "obf"): 20, (0, "hard"): 120, (0, "ord"): 80}
    for k, v in want.items():
        if grp[k] != v:
            errs.append("kind group %s has %d, want %d" % (k, grp[k], v))
    own = sum(1 for r in rows if r["label"] == 0 and r["kind"] == "hard:own_account")
    if own < 45:
        errs.append("own_account rows %d < 45" % own)
    texts = collections.Counter(r["text"] for r in rows)
    for t, k in texts.items():
        if k > 1:
            errs.append("duplicate: " + t[:60])
    for r in rows:
        if r["setting"] not in SETTINGS or r["part"] != "part_" + r["setting"]:
            errs.append("bad setting " + r["setting"])
        if r["style"] not in ("typed", "phone", "speech"):
            errs.append("bad style %s" % r["text"][:40])
        if r["lang"] not in ("en", "de", "es", "fr"):
            errs.append("bad lang %s" % r["text"][:40])
        if r["style"] == "phone" and r["text"] != r["text"].lower() and not re.search(r"[A-Z]{2}", r["text"]):
            errs.append("phone row with capitals: %s" % r["text"][:40])
        if r["style"] == "speech" and re.search(r"[.!?;:,]", r["text"].replace("-", "")) \
                and not re.search(r"\d[-.]\d", r["text"]):
            errs.append("speech row with punctuation: %s" % r["text"][:40])
        n = len(r["text"].split())
        if not 1 <= n <= 50:
            errs.append("length %d: %s" % (n, r["text"][:60]))
        if r["label"] == 1 and r["kind"].startswith("quiet"):
            low = r["text"].lower()
            for b in BANNED:
                if b in low:
                    errs.append("banned '%s' in quiet: %s" % (b, r["text"][:60]))
        if r["label"] == 1 and not r["kind"].split(":")[0] in ("quiet", "loud", "obf"):
            errs.append("bad attack kind " + r["kind"])
        if r["label"] == 0 and not r["kind"].split(":")[0] in ("hard", "ord"):
            errs.append("bad benign kind " + r["kind"])
    seen = {}
    for r in rows:
        for s in set(sentences(r["text"])):
            if s in seen and seen[s] != r["id"]:
                errs.append("shared sentence %s / %s: %s" % (seen[s], r["id"], s[:60]))
            seen.setdefault(s, r["id"])
    check_other_sets(rows, errs)
    return errs


def stats(rows):
    def show(title, keyf):
        print("== " + title)
        c = collections.Counter((keyf(r), r["label"]) for r in rows)
        for k in sorted(set(k for k, _ in c)):
            print("  %-28s ben=%3d atk=%3d" % (k, c[(k, 0)], c[(k, 1)]))
    show("setting", lambda r: r["setting"])
    show("kind group", lambda r: r["kind"].split(":")[0])
    show("kind", lambda r: r["kind"])
    show("style", lambda r: r["style"])
    show("language", lambda r: r["lang"])
    show("kind group x language", lambda r: r["kind"].split(":")[0] + "/" + r["lang"])
    for label in (0, 1):
        ws = [len(r["text"].split()) for r in rows if r["label"] == label]
        print("words label %d: min %d mean %.1f max %d; under 10 words: %d"
              % (label, min(ws), sum(ws) / len(ws), max(ws), sum(1 for w in ws if w < 10)))
    ws = [len(r["text"].split()) for r in rows]
    print("words all: min %d mean %.1f max %d" % (min(ws), sum(ws) / len(ws), max(ws)))


def main():
    rows = ordered(load())
    a = sys.argv[1:]
    if "--check" in a:
        errs = check(rows)
        for e in errs:
            print("ERROR", e)
        if errs:
            sys.exit(1)
        print("CHECK OK")
    elif "--stats" in a:
        stats(rows)
    elif "--langs" in a:
        for r in rows:
            print("%s\t%s" % (r["id"], r["lang"]))
    else:
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(render(rows))
        print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
