"""Extraction: text, Markdown, HTML and PDF uploads, type resolution, limits, errors."""

from __future__ import annotations

import pytest

from confide.knowledge.errors import (
    DocumentTooLarge,
    EmptyDocument,
    UnreadableDocument,
    UnsupportedContentType,
)
from confide.knowledge.extract import extract, html_to_text, resolve_content_type


def minimal_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF whose content stream draws `lines` in Helvetica (hand-built,
    with a correct cross-reference table)."""
    ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops += [f"({esc}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def test_plain_text_and_markdown() -> None:
    e = extract(b"\xef\xbb\xbfHello\r\nworld\n", "text/plain")
    assert e.text == "Hello\nworld\n" and e.content_type == "text/plain" and not e.structured
    md = extract("# Title\n\nBody", "text/markdown; charset=utf-8")
    assert md.content_type == "text/markdown" and md.structured


def test_html_keeps_headings_and_drops_scripts_and_styles() -> None:
    html = """<html><head><title>T</title><style>p{color:red}</style>
    <script>alert('x')</script></head><body><nav>Menu</nav>
    <h1>Discharge</h1><p>Take <b>two</b> tablets &amp; rest.</p>
    <h2>Diet</h2><ul><li>Soup</li><li>Water</li></ul>
    <script>steal()</script><p>Call us<br>any time.</p></body></html>"""
    text = html_to_text(html)
    assert "# Discharge" in text and "## Diet" in text
    assert "Take two tablets & rest." in text and "- Soup" in text and "- Water" in text
    for gone in ("alert", "steal", "color", "Menu"):
        assert gone not in text
    assert extract(html.encode(), "text/html").structured


def test_pdf_text_is_extracted_from_a_handwritten_pdf() -> None:
    pdf = minimal_pdf(["Claims process", "Report an accident within 30 days."])
    e = extract(pdf, "application/pdf")
    assert e.content_type == "application/pdf"
    assert "Claims process" in e.text and "within 30 days" in e.text
    assert extract(pdf, None, "claims.pdf").content_type == "application/pdf"


def test_broken_pdfs_are_clear_errors() -> None:
    with pytest.raises(UnreadableDocument):
        extract(b"not a pdf at all", "application/pdf")
    with pytest.raises(UnreadableDocument):
        extract(b"%PDF-1.4\n1 0 obj garbage", "application/pdf")
    with pytest.raises(UnreadableDocument):
        extract("%PDF-1.4", "application/pdf")


def test_content_type_resolution() -> None:
    assert resolve_content_type(None, "notes.md") == "text/markdown"
    assert resolve_content_type("application/octet-stream", "page.HTM") == "text/html"
    assert resolve_content_type("text/plain", "readme.markdown") == "text/markdown"
    assert resolve_content_type(None, None) == "text/plain"
    assert resolve_content_type("application/xhtml+xml") == "text/html"
    for bad in ("application/msword", "image/png"):
        with pytest.raises(UnsupportedContentType):
            resolve_content_type(bad, "x.pdf")
    with pytest.raises(UnsupportedContentType):
        resolve_content_type("application/octet-stream", "archive.zip")
    with pytest.raises(UnsupportedContentType):
        extract(b"\x89PNG", None, "photo.png")
    assert extract("Notes", None, "Discharge notes v2.1").content_type == "text/plain"


def test_limits_and_empty_and_binary() -> None:
    with pytest.raises(DocumentTooLarge):
        extract("x" * 101, "text/plain", max_bytes=100)
    with pytest.raises(DocumentTooLarge):
        extract("x" * 101, "text/plain", max_chars=100)
    with pytest.raises(EmptyDocument):
        extract("<html><script>x()</script></html>", "text/html")
    with pytest.raises(EmptyDocument):
        extract(b"   \n\n", "text/plain")
    with pytest.raises(UnsupportedContentType):
        extract(b"\x00\x01\x02binary", "text/plain")
    with pytest.raises(UnreadableDocument):
        extract(b"caf\xe9", "text/plain")


@pytest.mark.parametrize(("content", "ctype"), [
    ("\t" * 400_000 + "x", "text/plain"),  # a long run of blanks with no line end
    (" " * 400_000 + "x", "text/markdown"),
    ("<p>a</p>" + "<!--" * 50 + "<p>b</p>", "text/html"),  # a few unclosed comments: fine
])
def test_long_runs_are_extracted_in_linear_time(content: str, ctype: str) -> None:
    """A run that every position rescanned once took seconds per 50,000 characters."""
    import time

    start = time.perf_counter()
    extract(content, ctype, "x")
    assert time.perf_counter() - start < 2.0


def test_html_with_many_unclosed_comments_is_refused() -> None:
    """Python's HTML parser rescans to the end for each unclosed "<!--" (quadratic), so such
    a document is refused with a clear error instead of tying up a worker."""
    with pytest.raises(UnreadableDocument):
        extract("<p>a</p>" + "<!--" * 100_000, "text/html", "x")
    assert html_to_text("<p>a</p><!-- note --><p>b</p>") == "a\n\nb\n"
