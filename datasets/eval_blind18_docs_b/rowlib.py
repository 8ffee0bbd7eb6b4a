"""Tiny constructors for row metadata (no text generation)."""


def C(key, setting, kind, lang, fmt, text):
    return dict(key=key, setting=setting, label=0, kind=kind, lang=lang, fmt=fmt, text=text)


def I(key, setting, kind, lang, fmt, placement, addr, plang, goal, text):
    return dict(key=key, setting=setting, label=1, kind=kind, lang=lang, fmt=fmt,
                placement=placement, addr=addr, plang=plang, goal=goal, text=text)


def T(key, setting, base, anchor, payload, kind, lang, fmt, placement, addr, plang, goal):
    return dict(key=key, setting=setting, label=1, kind=kind, lang=lang, fmt=fmt,
                placement=placement, addr=addr, plang=plang, goal=goal, twin=base, anchor=anchor,
                payload=payload)
