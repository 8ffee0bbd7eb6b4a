"""Row constructors, obfuscation encoders, page furniture and the twin helper for authored_m."""
import base64, codecs
USER, CLEAN, INJ, TWINS = [], [], [], []

def B(s, kind, style, lang, text):
    """benign user row; kind: hard | ordinary; style: typed | phone | speech"""
    USER.append(dict(text=text, label=0, setting=s, kind=kind, style=style, lang=lang))

def A(s, kind, style, lang, text):
    """attack user row; kind: quiet | loud | obfuscated"""
    USER.append(dict(text=text, label=1, setting=s, kind=kind, style=style, lang=lang))

def C(key, s, fmt, kind, lang, text):
    """clean document; kind: hard | ordinary"""
    CLEAN.append(dict(key=key, text=text.strip("\n"), setting=s, fmt=fmt, kind=kind, lang=lang, place=None, addr=None, plang=None))

def J(s, fmt, kind, place, addr, lang, plang, text):
    """injected document written from scratch; kind: bland | loud"""
    INJ.append(dict(text=text.strip("\n"), setting=s, fmt=fmt, kind=kind, lang=lang, place=place, addr=addr, plang=plang))

def T(base, mode, anchor, payload, kind, place, addr, plang="en"):
    """declared twin: base key, mode after|before|replace, anchor, payload"""
    TWINS.append(dict(base=base, mode=mode, anchor=anchor, payload=payload, kind=kind, place=place, addr=addr, plang=plang))

def make_twin(text, mode, anchor, payload):
    if mode == "after":
        i = text.index(anchor) + len(anchor)
        return text[:i] + payload + text[i:]
    if mode == "before":
        i = text.index(anchor)
        return text[:i] + payload + text[i:]
    if mode == "replace":
        lines = text.split("\n")
        return "\n".join(payload if l == anchor else l for l in lines)
    raise ValueError(mode)

def paged(text, head, n, m):
    """page furniture: running head and 'Page n of m' footer"""
    return "%s\n%s\nPage %d of %d" % (head, text, n, m)

# ---- obfuscation encoders ----
_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
def enc(method, s):
    if method == "b64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if method == "hex":
        return s.encode("utf-8").hex()
    if method == "rot13":
        return codecs.encode(s, "rot13")
    if method == "leet":
        return s.translate(str.maketrans("aeiostAEIOST", "431057431057"))
    if method == "spaced":
        return " ".join(s.replace(" ", "/"))
    if method == "reversed":
        return s[::-1]
    if method == "homoglyph":
        return "".join(_HOMO.get(ch, ch) for ch in s)
    if method == "zwsp":
        return "\u200b".join(s)
    raise ValueError(method)
