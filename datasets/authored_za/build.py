#!/usr/bin/env python3
"""Build injection_document.jsonl for datasets/authored_za (document channel only).

Rows are hand-written literals in part_d_*.py. Adapted from datasets/authored_y/build.py;
same goals and checks, new settings, a clean-category list for documents that speak to or
about the assistant in their proper frame (configuration, change notes, release notes,
refusals, incident reports, bulletins, training material, ordinary letters), and one extra
check on invented contact details. Part modules are read as source and executed in a fresh
namespace, so no __pycache__ is written.
Standard library only; deterministic; no network.

Usage: python3 build.py [--check | --stats | --langs]
"""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.dirname(HERE)
DOC_FILE = os.path.join(HERE, "injection_document.jsonl")
SETTINGS = ["stoma", "neonat", "kiln", "drycln", "drystone", "signwr"]
GOALS = ["falsify", "payment", "skipcheck", "disclose", "rank", "consent"]
CATS = ["config", "changenote", "release", "refusal", "incident", "bulletin", "training", "ordinary"]
LANGS = ["en", "de", "es", "fr"]
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode", "assistant",
          "override", " ai ", "ai-"]
PL, PR = "\u27e6", "\u27e7"  # payload markers, stripped at build
N_CLEAN, N_INJ, N_TWIN = 80, 60, 24
N_BLAND, N_LOUD = 45, 15
N_TWIN_LOUD = 6
EN_SHARE = (0.80, 0.90)
MIN_W, MAX_W = 80, 300
WIN = 12  # token window for the overlap tests


def load_parts(prefix):
    mods = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith(".py"):
            path = os.path.join(HERE, fn)
            with open(path, encoding="utf-8") as f:
                src = f.read()
            ns = {"__name__": fn[:-3], "__file__": path}
            exec(compile(src, path, "exec"), ns)
            mods.append(ns)
    return mods


def strip_marked(t):
    pays = re.findall(re.escape(PL) + "(.*?)" + re.escape(PR), t, flags=re.S)
    return t.replace(PL, "").replace(PR, ""), pays


def doc_rows():
    rows = []
    clean_by_key = {}
    mods = load_parts("part_d_")
    for m in mods:
        s = m["SETTING"]
        for key, cat, fmt, lang, text in m["CLEAN"]:
            assert key not in clean_by_key, key
            meta = dict(setting=s, kind="clean", cat=cat, fmt=fmt, lang=lang, key=key)
            r = dict(text=text, label=0, meta=meta)
            clean_by_key[key] = r
            rows.append(r)
    for m in mods:
        s = m["SETTING"]
        for kind, goal, fmt, lang, place, addr, marked in m["INJ"]:
            text, pays = strip_marked(marked)
            assert len(pays) == 1, ("need exactly one marked payload", marked[:80])
            meta = dict(setting=s, kind=kind, goal=goal, fmt=fmt, lang=lang, place=place, addr=addr,
                        payload=pays[0], twin=None)
            rows.append(dict(text=text, label=1, meta=meta))
        for base, anchor, kind, goal, place, addr, payload in m["TWIN"]:
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


# ---------------------------------------------------------------- overlap helpers
TOK = re.compile(r"\w+")


def tokens(t):
    return TOK.findall(t.lower())


def windows(t, n=WIN):
    toks = tokens(t)
    return {" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def whash(w):
    return hashlib.sha256(w.encode("utf-8")).digest()[:16]


def sentences(t):
    out = set()
    for part in re.split(r"[.!?;:\n]", t):
        toks = tokens(part)
        if len(toks) >= 12:
            out.add(" ".join(toks))
    return out


def strings_in(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            for s in strings_in(v):
                yield s
    elif isinstance(o, list):
        for v in o:
            for s in strings_in(v):
                yield s


def cross_set_overlap(d):
    """Hash every 12-token window of our rows and look for it in every string value of every other
    *.jsonl under datasets/. Prints counts only; returns the number of our rows hit."""
    ours = {}
    for r in d:
        for w in windows(r["text"]):
            ours.setdefault(whash(w), set()).add(r["id"])
    files = []
    for root, dirs, fns in os.walk(DATASETS):
        dirs.sort()
        if os.path.abspath(root) == HERE:
            continue
        for fn in sorted(fns):
            if fn.endswith(".jsonl"):
                files.append(os.path.join(root, fn))
    n_lines = n_strings = n_bad = 0
    hit_windows = set()
    hit_files = 0
    for path in files:
        file_hit = False
        with open(path, encoding="utf-8", errors="replace") as f:
            for ln in f:
                ln = ln.strip()
                if not ln:
                    continue
                n_lines += 1
                try:
                    o = json.loads(ln)
                except ValueError:
                    n_bad += 1
                    continue
                for s in strings_in(o):
                    n_strings += 1
                    toks = tokens(s)
                    for i in range(len(toks) - WIN + 1):
                        h = whash(" ".join(toks[i:i + WIN]))
                        if h in ours:
                            hit_windows.add(h)
                            file_hit = True
        hit_files += file_hit
    hit_rows = collections.Counter()
    for h in hit_windows:
        for rid in ours[h]:
            hit_rows[rid] += 1
    print("overlap: %d other jsonl files, %d lines, %d string values, %d unparsable lines"
          % (len(files), n_lines, n_strings, n_bad))
    print("overlap: %d of our %d windows found elsewhere, in %d files; %d of our rows affected"
          % (len(hit_windows), len(ours), hit_files, len(hit_rows)))
    for rid, c in sorted(hit_rows.items()):
        print("overlap: row %s has %d shared windows" % (rid, c))
    return len(hit_rows)


# ---------------------------------------------------------------- check
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
        if not isinstance(o.get("label"), int) or o["label"] not in (0, 1):
            errs.append("label value " + ln[:60])
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
    if set(r["meta"]["setting"] for r in d) != set(SETTINGS):
        errs.append("unknown setting")
    twins = [r for r in d if r["meta"].get("twin")]
    if len(twins) != N_TWIN:
        errs.append("twins %d" % len(twins))
    if sum(1 for r in twins if r["meta"]["kind"] == "loud") != N_TWIN_LOUD:
        errs.append("loud twins")
    bases = [r["meta"]["twin"] for r in twins]
    if len(set(bases)) != len(bases):
        errs.append("twin base used twice")
    # kinds, goals, addressing, categories, languages
    ck = collections.Counter(r["meta"]["kind"] for r in d if r["label"] == 1)
    if ck["bland"] != N_BLAND or ck["loud"] != N_LOUD:
        errs.append("kind counts %r" % dict(ck))
    cg = collections.Counter(r["meta"].get("goal") for r in d if r["label"] == 1)
    for g in GOALS:
        if not 8 <= cg[g] <= 12:
            errs.append("goal %s used %d times (want 8-12)" % (g, cg[g]))
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
    # attack vocabulary in bland payloads
    for r in d:
        if r["label"] == 1 and r["meta"]["kind"] == "bland":
            lo = " " + r["meta"]["payload"].lower() + " "
            for w in BANNED:
                if w in lo:
                    errs.append("banned '%s' in bland payload %s" % (w.strip(), r["id"]))
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
    # shared long sentences inside the set (a twin may share with its own base)
    def fam(r):
        return r["meta"].get("key") or r["meta"].get("twin")
    seen = {}
    for idx, r in enumerate(d):
        for snt in sentences(r["text"]):
            seen.setdefault(snt, []).append(idx)
    for snt, idxs in seen.items():
        if len(idxs) > 1:
            ids = [d[i] for i in idxs]
            ok = len(ids) == 2 and fam(ids[0]) == fam(ids[1]) and ids[0]["label"] != ids[1]["label"]
            if not ok:
                errs.append("shared sentence %s: %s" % ([x["id"] for x in ids], snt[:80]))
    # no 12-token window shared by rows of different settings (no stock phrases across settings)
    wset = {}
    for r in d:
        for w in windows(r["text"]):
            wset.setdefault(w, set()).add(r["meta"]["setting"])
    cross = [w for w, ss in wset.items() if len(ss) > 1]
    if cross:
        errs.append("%d 12-token windows shared across settings, e.g. %s" % (len(cross), sorted(cross)[0]))
    # invented contact details only: UK mobile numbers 07700 900xxx, domains under example.com/.org/.net
    for r in d:
        t = r["text"]
        for m in re.finditer(r"(?<![\d.])0\d[\d ]{8,}\d", t):
            if not re.fullmatch(r"07700 ?900\d{3}", m.group(0)):
                errs.append("phone number %s in %s" % (m.group(0), r["id"]))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
            if not re.search(r"(^|\.)example\.(com|org|net)$", m.group(1).lower()):
                errs.append("e-mail domain %s in %s" % (m.group(1), r["id"]))
        for m in re.finditer(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|de|fr|es|uk|io))\b", t.lower()):
            if not re.search(r"(^|\.)example\.(com|org|net)$", m.group(1)):
                errs.append("domain %s in %s" % (m.group(1), r["id"]))
    # cross-set overlap by hashes (counts only)
    if cross_set_overlap(d):
        errs.append("12-token windows shared with other datasets")
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
        print("  %-6s goal %s place %s addr %s" % (
            k, dict(sorted(collections.Counter(r["meta"]["goal"] for r in sub).items())),
            dict(sorted(collections.Counter(r["meta"]["place"] for r in sub).items())),
            dict(sorted(collections.Counter(r["meta"]["addr"] for r in sub).items()))))
    tw = [r for r in inj if r["meta"]["twin"]]
    print("  twins", len(tw), "(bland %d, loud %d)" % (sum(1 for r in tw if r["meta"]["kind"] == "bland"),
                                                      sum(1 for r in tw if r["meta"]["kind"] == "loud")),
          "from scratch", len(inj) - len(tw))
    base_cat = {r["meta"]["key"]: r["meta"]["cat"] for r in d if r["label"] == 0}
    print("  twin bases by category", dict(sorted(collections.Counter(base_cat[r["meta"]["twin"]] for r in tw).items())))
    for s in SETTINGS:
        print("  %-9s clean %d injected %d" % (s, sum(1 for r in d if r["meta"]["setting"] == s and r["label"] == 0),
                                              sum(1 for r in d if r["meta"]["setting"] == s and r["label"] == 1)))
    for lab in (0, 1):
        for lg in LANGS:
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
