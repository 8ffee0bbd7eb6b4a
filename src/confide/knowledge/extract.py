"""Text out of an upload: plain text, Markdown, HTML and PDF, with size limits.

HTML becomes Markdown-like text (headings as `#` lines, list items as `- ` lines; script,
style and other non-content elements dropped) so that the chunker sees one structure.
PDF text comes from `pypdf`, one block per page. Anything else, an empty text, an
oversized upload or an unreadable file raises an `InvalidDocument` subclass whose `code`
is a stable reason code (`knowledge.unsupported_type`, ...).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath

from confide.knowledge.errors import (
    DocumentTooLarge,
    EmptyDocument,
    UnreadableDocument,
    UnsupportedContentType,
)

PLAIN = "text/plain"
MARKDOWN = "text/markdown"
HTML = "text/html"
PDF = "application/pdf"
SUPPORTED = (PLAIN, MARKDOWN, HTML, PDF)

MAX_BYTES = 10 * 1024 * 1024  # per upload
MAX_CHARS = 2_000_000  # extracted text per document

_BY_SUFFIX = {".txt": PLAIN, ".text": PLAIN, ".md": MARKDOWN, ".markdown": MARKDOWN,
              ".html": HTML, ".htm": HTML, ".pdf": PDF}
_ALIASES = {"text/x-markdown": MARKDOWN, "application/xhtml+xml": HTML,
            "application/x-pdf": PDF}
_GENERIC = {"", "application/octet-stream", "binary/octet-stream"}


@dataclass(frozen=True, slots=True)
class Extracted:
    """The text of a document and the content type it was read as."""

    text: str
    content_type: str
    structured: bool  # Markdown headings in `text` are meaningful


def resolve_content_type(content_type: str | None, name: str | None = None) -> str:
    """The supported content type of an upload, from its declared type or its file name."""
    declared = (content_type or "").split(";")[0].strip().lower()
    declared = _ALIASES.get(declared, declared)
    if declared in SUPPORTED and declared != PLAIN:
        return declared
    suffix = PurePath(name or "").suffix.lower()
    if declared in _GENERIC or declared == PLAIN:
        if suffix in _BY_SUFFIX:
            return _BY_SUFFIX[suffix]
        if declared == PLAIN or (not declared and not suffix):
            return PLAIN
    what = f"content type {declared!r}" if declared else f"file type {suffix!r}"
    raise UnsupportedContentType(f"unsupported {what}; supported: " + ", ".join(SUPPORTED)
                                 + " (.txt, .md, .html, .pdf)")


def extract(content: str | bytes, content_type: str | None = None, name: str | None = None,
            *, max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS) -> Extracted:
    """Read `content` as `content_type` (or guess from `name`); raises `InvalidDocument`."""
    try:
        ctype = resolve_content_type(content_type, name)
    except UnsupportedContentType:
        if content_type or not isinstance(content, str):
            raise
        ctype = PLAIN  # text given as text, whatever its name ends with ("Notes v2.1")
    size = len(content.encode("utf-8")) if isinstance(content, str) else len(content)
    if size > max_bytes:
        raise DocumentTooLarge(f"the document is {size} bytes; the limit is {max_bytes}")
    if ctype == PDF:
        if isinstance(content, str):
            raise UnreadableDocument("a PDF must be uploaded as bytes")
        text, structured = _pdf_text(content), False
    else:
        raw = content if isinstance(content, str) else _decode(content)
        if ctype == HTML:
            text, structured = html_to_text(raw), True
        else:
            text, structured = raw, ctype == MARKDOWN
    text = _tidy(text)
    if len(text) > max_chars:
        raise DocumentTooLarge(
            f"the document has {len(text)} characters of text; the limit is {max_chars}")
    if not text.strip():
        raise EmptyDocument("the document contains no text")
    return Extracted(text=text, content_type=ctype, structured=structured)


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnsupportedContentType("the upload looks binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableDocument("the text is not valid UTF-8") from None


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # a run of blanks starts only where the previous character is not one: linear time on a
    # long run with no line end, which every start inside it made quadratic
    return re.sub(r"(?<![ \t])[ \t]+\n", "\n", text)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadableDocument("the upload is not a PDF file")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableDocument("encrypted PDFs are not supported")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableDocument(f"the PDF could not be read ({type(exc).__name__})") from None
    return "\n\n".join(p for p in pages if p)


# ------------------------------------------------------------------------------ HTML
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe",
                   "object", "canvas", "nav", "button", "select", "form"})
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_BLOCKS = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside",
                     "ul", "ol", "table", "tr", "blockquote", "pre", "dl", "dt", "dd",
                     "figure", "figcaption", "hr", "address", "details", "summary"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col",
                   "embed", "source", "track", "wbr"})


class _HtmlText(HTMLParser):
    """Collects visible text as Markdown-like lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self._skip += 1
            return
        if self._skip:
            return
        if tag in _HEADINGS:
            self.parts.append("\n\n" + "#" * _HEADINGS[tag] + " ")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        if tag == "pre":
            self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in _HEADINGS or tag in _BLOCKS:
            self.parts.append("\n\n")
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data if self._pre else re.sub(r"\s+", " ", data))


# Python's HTML parser searches to the end of the text for the close of every "<!--" that
# has none, so many unclosed comments take quadratic time; more than this is refused
_MAX_UNCLOSED_COMMENTS = 100


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, headings kept as Markdown `#` lines."""
    if html.count("<!--", html.rfind("-->") + 1) > _MAX_UNCLOSED_COMMENTS:
        raise UnreadableDocument("the HTML has too many unclosed comments")
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"^(#{1,6}) *\n+", r"\1 ", text, flags=re.M)  # heading text on its line
    text = re.sub(r"^#{1,6} *$", "", text, flags=re.M)  # empty headings
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
