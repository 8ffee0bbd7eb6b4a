"""Row constructors shared by the part_*.py modules (standard library only)."""
MARK = "\u00a7P\u00a7"  # where the literal payload goes inside an injected text


def C(k, setting, fmt, kind, style, text, lang="en"):
    """A clean document (label 0). kind: hard | ordinary."""
    return dict(k=k, label=0, setting=setting, fmt=fmt, kind=kind, style=style,
                lang=lang, text=text.strip("\n"))


def I(k, setting, fmt, kind, style, placement, addressing, payload, text=None,
      lang="en", plang="en", twin=None):
    """An injected document (label 1). kind: bland | loud.

    Either text contains MARK once (replaced by payload), or twin=(base_key, anchor)
    and the payload is inserted right after anchor in the clean base text."""
    d = dict(k=k, label=1, setting=setting, fmt=fmt, kind=kind, style=style,
             placement=placement, addressing=addressing, payload=payload,
             lang=lang, plang=plang)
    if twin is not None:
        d["twin"] = twin
    else:
        t = text.strip("\n")
        assert t.count(MARK) == 1, k
        d["text"] = t.replace(MARK, payload)
    return d
