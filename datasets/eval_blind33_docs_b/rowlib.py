"""Tiny row constructors (no text). C = clean, I = injected, T = twin of a clean base."""


def C(key, kind, fmt, lang, text):
    return dict(key=key, label=0, kind=kind, fmt=fmt, lang=lang, text=text.strip())


def I(key, kind, fmt, lang, placement, addr, plang, goal, text):
    return dict(key=key, label=1, kind=kind, fmt=fmt, lang=lang, placement=placement,
                addr=addr, plang=plang, goal=goal, text=text.strip())


def T(key, twin, anchor, payload, kind, fmt, lang, placement, addr, plang, goal):
    return dict(key=key, label=1, kind=kind, fmt=fmt, lang=lang, placement=placement,
                addr=addr, plang=plang, goal=goal, twin=twin, anchor=anchor, payload=payload,
                text="")
