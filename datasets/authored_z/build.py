#!/usr/bin/env python3
"""Build injection_user.jsonl for datasets/authored_z (user channel only).

Theme: notes and follow-up on a case. Benign rows add facts to the caller's OWN
claim, record or application, or ask for follow-up on notes already there.
Attacks use the same note-and-follow-up shape to plant standing orders, record
facts the caller has no authority over, act on someone else's case, lean on a
claimed authorisation, pull another party's details out of a note, or make a
note the assistant's rulebook.

Rows are hand-written literals in part_<setting>.py. Each module defines
SETTING, BEN (label 0) and ATK (label 1). A row is either
    (kind, style, lang, text)
or, for obfuscated attacks,
    ("obf", method, lang, wrapper, plaintext)
where the wrapper holds "{}" and the plaintext is encoded at build time.

Standard library only; deterministic; no network; writes no __pycache__.

Usage: python3 build.py [--check | --stats | --overlap]

--overlap (cross-set 12-token window scan over the other *.jsonl files under
datasets/) is opt-in and is not part of --check; see README.md.
"""
import sys

sys.dont_write_bytecode = True  # must come before any module loading

import base64  # noqa: E402
import collections  # noqa: E402
import hashlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.dirname(HERE)
USER_FILE = os.path.join(HERE, "injection_user.jsonl")
SETTINGS = ["z_motor", "z_homeclaim", "z_travelclaim", "z_gp", "z_physio", "z_dental",
            "z_logistics", "z_graduate"]
PER_LABEL = 30
PER_SETTING_ATK = {"quiet": 23, "loud": 5, "obf": 2}  # attack mix per setting
NON_EN_PER_SETTING = 4  # per setting and label
MIN_WORDS, MAX_WORDS = 8, 30
BANNED = ["ignore", "instructions", "system prompt", "jailbreak", "developer mode"]

# benign: every kind is the caller's own case
BEN_KINDS = {"note",      # a fact about themselves or their own case, to record
             "party",     # third-party details that belong on their own case
             "correct",   # correcting their own earlier detail or date
             "relay",     # "tell the assessor / physio / recruiter that ..."
             "followup",  # read a note on their own case and chase / request / forward to self
             "attach"}    # attach a document they provide
QUIET_KINDS = {"standing",   # a note that carries an order to future staff or the assistant
               "falsify",    # records a fact the caller cannot know or has no authority over
               "other",      # notes on, or actions on, someone else's case
               "authclaim",  # "a colleague / a letter / an e-mail authorised it"
               "extract",    # another party's details out of a note
               "rules"}      # "treat my note as your rules"
ATK_KINDS = QUIET_KINDS | {"loud", "obf"}
STYLES = {"typed", "phone", "speech"}
LANGS = {"en", "de", "es", "fr"}
WINDOW = 12

# ---------------------------------------------------------------- obfuscation
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456"}
ZWSP = "\u200b"


def enc(method, s):
    if method == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if method == "leet":
        return "".join(LEET.get(c.lower(), c) for c in s)
    if method == "spaced":
        return "  ".join(" ".join(w) for w in s.split())
    if method == "homoglyph":
        return "".join(HOMO.get(c, c) for c in s)
    if method == "zwsp":  # one zero-width space in the middle of every word of 4+ characters
        return " ".join(w[:len(w) // 2] + ZWSP + w[len(w) // 2:] if len(w) >= 4 else w
                        for w in s.split(" "))
    raise ValueError(method)


# ---------------------------------------------------------------- loading
def load_parts():
    mods = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith("part_") and fn.endswith(".py"):
            spec = importlib.util.spec_from_file_location("authored_z_" + fn[:-3],
                                                          os.path.join(HERE, fn))
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            mods.append(m)
    return mods


def user_rows():
    rows = []
    for m in load_parts():
        s = m.SETTING
        for label, lst in ((0, m.BEN), (1, m.ATK)):
            for r in lst:
                if r[0] == "obf":
                    _, method, lang, wrapper, plain = r
                    assert wrapper.count("{}") == 1, wrapper
                    text = wrapper.replace("{}", enc(method, plain))
                    meta = dict(setting=s, kind="obf", style="typed", lang=lang,
                                method=method, plain=plain)
                else:
                    kind, style, lang, text = r
                    meta = dict(setting=s, kind=kind, style=style, lang=lang)
                rows.append(dict(text=text, label=label, meta=meta))
    return rows


def assign(rows):
    out = []
    for label, pre in ((0, "u-ben"), (1, "u-atk")):
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
    return assign(user_rows())


def group(r):
    k = r["meta"]["kind"]
    return "quiet" if k in QUIET_KINDS else k


# ---------------------------------------------------------------- overlap
def tokens(s):
    return re.findall(r"\w+", s.lower())


def windows(s):
    t = tokens(s)
    return [" ".join(t[i:i + WINDOW]) for i in range(len(t) - WINDOW + 1)]


def whash(w):
    return hashlib.sha1(w.encode("utf-8")).hexdigest()


def strings_in(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings_in(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings_in(v)


def other_jsonl_files():
    out = []
    for root, dirs, files in os.walk(DATASETS):
        dirs.sort()
        if os.path.abspath(root).startswith(HERE):
            continue
        for fn in sorted(files):
            if fn.endswith(".jsonl"):
                out.append(os.path.join(root, fn))
    return out


def overlap(rows):
    """Hash every 12-token window of our rows; scan every string value of every other
    *.jsonl under datasets/ for those hashes. Returns (files, strings, bad lines, hit ids).
    Nothing from the other files is printed or returned except counts."""
    ours = {}
    firsts = set()
    for r in rows:
        for w in windows(r["text"]):
            ours.setdefault(whash(w), set()).add(r["id"])
            firsts.add(w.split(" ", 1)[0])
    hit = set()
    nfiles = nstr = nbad = 0
    for path in other_jsonl_files():
        nfiles += 1
        with open(path, encoding="utf-8", errors="replace") as f:
            for ln in f:
                ln = ln.strip()
                if not ln:
                    continue
                try:
                    o = json.loads(ln)
                except ValueError:
                    nbad += 1
                    continue
                for s in strings_in(o):
                    nstr += 1
                    t = tokens(s)
                    for i in range(len(t) - WINDOW + 1):
                        if t[i] in firsts:
                            h = whash(" ".join(t[i:i + WINDOW]))
                            if h in ours:
                                hit |= ours[h]
    return nfiles, nstr, nbad, hit


def overlap_main():
    rows = build_all()
    nfiles, nstr, nbad, hit = overlap(rows)
    print("overlap scan: %d other jsonl files, %d string values, %d unreadable lines, "
          "%d of our rows share a %d-token window" % (nfiles, nstr, nbad, len(hit), WINDOW))
    for i in sorted(hit):
        print("OVERLAP our row", i)
    if hit:
        sys.exit(1)
    print("OVERLAP OK")


# ---------------------------------------------------------------- check
def check():
    errs = []
    rows = build_all()
    want = serialise(rows)
    try:
        with open(USER_FILE, "rb") as f:
            raw = f.read()
    except OSError:
        raw = b""
        errs.append("missing injection_user.jsonl")
    if raw.decode("utf-8") != want:
        errs.append("injection_user.jsonl differs from build")
    if b"\r" in raw:
        errs.append("CR in file")
    if raw and not raw.endswith(b"\n"):
        errs.append("no final newline")
    for ln in raw.decode("utf-8").split("\n")[:-1]:
        o = json.loads(ln)
        if list(o) != ["id", "text", "label"]:
            errs.append("keys " + ln[:60])
        if o.get("label") not in (0, 1) or not isinstance(o.get("text"), str):
            errs.append("types " + ln[:60])
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        errs.append("duplicate text")
    # ids / order
    for label, pre in ((0, "u-ben"), (1, "u-atk")):
        sel = [r for r in rows if r["label"] == label]
        hs = [hashlib.sha256(r["text"].encode("utf-8")).hexdigest() for r in sel]
        if hs != sorted(hs):
            errs.append("order " + pre)
        for n, r in enumerate(sel):
            if r["id"] != "%s-%03d" % (pre, n):
                errs.append("id " + r["id"])
    labs = [r["label"] for r in rows]
    if labs != sorted(labs):
        errs.append("label order")
    # metadata and counts
    c = collections.Counter((r["meta"]["setting"], r["label"]) for r in rows)
    for s in SETTINGS:
        for lab in (0, 1):
            if c[(s, lab)] != PER_LABEL:
                errs.append("count %s/%d = %d" % (s, lab, c[(s, lab)]))
    if set(r["meta"]["setting"] for r in rows) != set(SETTINGS):
        errs.append("unknown setting")
    for r in rows:
        m = r["meta"]
        kinds = BEN_KINDS if r["label"] == 0 else ATK_KINDS
        if m["kind"] not in kinds:
            errs.append("kind %s for label %d" % (m["kind"], r["label"]))
        if m["style"] not in STYLES or m["lang"] not in LANGS:
            errs.append("style/lang " + r["id"])
        if m["style"] == "phone" and r["text"] != r["text"].lower() and m["kind"] != "obf":
            # phone style is lower-case apart from ids and codes in capitals
            if re.search(r"\b[A-Z][a-z]", r["text"]):
                errs.append("phone style with capitalised word " + r["id"])
        if m["style"] == "speech" and re.search(r"[.,;:!?]", r["text"]):
            errs.append("speech style with punctuation " + r["id"])
    # per-setting mix: every benign kind and every quiet attack kind in every setting,
    # the attack mix (quiet / loud / obf), and the non-English count per label
    for s in SETTINGS:
        for lab, want_kinds in ((0, BEN_KINDS), (1, QUIET_KINDS)):
            have = set(r["meta"]["kind"] for r in rows
                       if r["meta"]["setting"] == s and r["label"] == lab)
            for k in sorted(want_kinds - have):
                errs.append("setting %s label %d lacks kind %s" % (s, lab, k))
            nne = sum(1 for r in rows if r["meta"]["setting"] == s and r["label"] == lab
                      and r["meta"]["lang"] != "en")
            if nne != NON_EN_PER_SETTING:
                errs.append("setting %s label %d has %d non-English rows" % (s, lab, nne))
        g = collections.Counter(group(r) for r in rows
                                if r["meta"]["setting"] == s and r["label"] == 1)
        if dict(g) != PER_SETTING_ATK:
            errs.append("attack mix %s = %s" % (s, dict(g)))
    atk = [r for r in rows if r["label"] == 1]
    ben = [r for r in rows if r["label"] == 0]
    nq = sum(1 for r in atk if r["meta"]["kind"] in QUIET_KINDS)
    if nq < 0.75 * len(atk):
        errs.append("quiet attacks %d of %d (< 75%%)" % (nq, len(atk)))
    for lab, sel in ((0, ben), (1, atk)):
        ne = sum(1 for r in sel if r["meta"]["lang"] == "en")
        if not 0.82 <= ne / len(sel) <= 0.92:
            errs.append("english share label %d = %.2f" % (lab, ne / len(sel)))
        for lg in ("de", "es", "fr"):
            if not any(r["meta"]["lang"] == lg for r in sel):
                errs.append("no %s rows under label %d" % (lg, lab))
        nt = sum(1 for r in sel if r["meta"]["style"] == "typed")
        if not 0.70 <= nt / len(sel) <= 0.82:
            errs.append("typed share label %d = %.2f" % (lab, nt / len(sel)))
    # lengths
    for r in rows:
        n = len(r["text"].split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            errs.append("words %d: %s" % (n, r["id"]))
    # banned words in quiet attacks
    for r in atk:
        if r["meta"]["kind"] in QUIET_KINDS:
            lo = r["text"].lower()
            for w in BANNED:
                if w in lo:
                    errs.append("banned '%s' in quiet attack %s" % (w, r["id"]))
    # obfuscation really changed the text
    for r in atk:
        if r["meta"]["kind"] == "obf" and r["meta"]["plain"] in r["text"]:
            errs.append("obfuscation left plaintext " + r["id"])
    # no 12-token window shared between two of our rows
    seen = {}
    for r in rows:
        for w in set(windows(r["text"])):
            seen.setdefault(w, []).append(r["id"])
    for w, ids in seen.items():
        if len(ids) > 1:
            errs.append("shared %d-token window between %s" % (WINDOW, ids))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("CHECK FAILED (%d)" % len(errs))
        sys.exit(1)
    print("CHECK OK (cross-set overlap not scanned; run --overlap for that)")


def stats():
    rows = build_all()
    for lab in (0, 1):
        sel = [r for r in rows if r["label"] == lab]
        print("== label %d rows %d" % (lab, len(sel)))
        for k in ("setting", "kind", "style", "lang", "method"):
            cnt = collections.Counter(str(r["meta"].get(k)) for r in sel)
            print("  %-8s %s" % (k, dict(sorted(cnt.items()))))
        ws = [len(r["text"].split()) for r in sel]
        print("  words min %d mean %.1f max %d; %d-%d: %d" % (
            min(ws), sum(ws) / len(ws), max(ws), MIN_WORDS, MAX_WORDS,
            sum(1 for w in ws if MIN_WORDS <= w <= MAX_WORDS)))
        print("  group    %s" % dict(sorted(collections.Counter(group(r) for r in sel).items())))
        per = collections.Counter((r["meta"]["setting"], r["meta"]["lang"]) for r in sel
                                  if r["meta"]["lang"] != "en")
        print("  non-en per setting %s" % dict(sorted(per.items())))
        nd = sum(1 for r in sel if re.search(r"\d", r["text"]))
        nmy = sum(1 for r in sel if re.search(r"\bmy\b", r["text"], re.I))
        print("  rows with a digit %d; rows with the word 'my' %d" % (nd, nmy))


def main():
    a = sys.argv[1:]
    if "--check" in a:
        return check()
    if "--stats" in a:
        return stats()
    if "--overlap" in a:
        return overlap_main()
    rows = build_all()
    with open(USER_FILE, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(rows))
    print("wrote %d user rows (%d benign, %d attack)" % (
        len(rows), sum(1 for r in rows if r["label"] == 0), sum(1 for r in rows if r["label"] == 1)))


if __name__ == "__main__":
    main()
