"""The chat page at `/`: its security headers and static content (TestClient), and the whole
flow in headless Chromium against a real uvicorn server.

The browser test uses `CONFIDE_CHROMIUM` (a Chromium binary or wrapper) or `/usr/bin/chromium`,
and skips, saying why, only when that browser cannot be launched.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from confide.server.app import create_app

PERSONA = Path(__file__).resolve().parents[2] / "examples" / "personas" / "candidate-screening.yaml"
CHROMIUM = os.environ.get("CONFIDE_CHROMIUM", "/usr/bin/chromium")
XSS = '<img src=x onerror="window.__pwned=1">'


def _csp(value: str) -> dict[str, str]:
    return {d.split()[0]: d.partition(" ")[2] for d in (p.strip() for p in value.split(";")) if d}


def test_page_needs_no_key_sends_strict_headers_and_reveals_nothing(services: Any) -> None:
    info, token = services.tenants.create("acme")
    client = TestClient(create_app(services))

    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    for path, ctype in (("/ui/chat.js", "text/javascript"), ("/ui/chat.css", "text/css"),
                        ("/ui/favicon.svg", "image/svg+xml")):
        asset = client.get(path)
        assert asset.status_code == 200 and asset.headers["content-type"].startswith(ctype)
    for r in (page, client.get("/ui/chat.js"), client.get("/ui/chat.css")):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["cache-control"] == "no-store"
        assert r.headers["referrer-policy"] == "no-referrer"
        csp = _csp(r.headers["content-security-policy"])
        assert csp["default-src"] == "'self'"
        assert csp["script-src"] == "'self'" and csp["style-src"] == "'self'"
        assert csp["connect-src"] == "'self'" and csp["frame-ancestors"] == "'none'"
        assert "unsafe" not in r.headers["content-security-policy"]

    html, js = page.text, client.get("/ui/chat.js").text
    # nothing about the tenant or its key is in the static page (it needs no runtime either)
    for secret in (token, info.tenant_id, "acme"):
        assert secret not in html and secret not in js
    # no inline code (the CSP would block it) and no external origin
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert "<style" not in html and " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    # the key is never stored, and server text never becomes markup
    for banned in ("localStorage", "sessionStorage", "document.cookie", "innerHTML",
                   "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert banned not in js
    # no input can be submitted into a URL
    assert not re.search(r"<(input|select|textarea|button)\b[^>]*\bname=", html)

    assert "/" not in client.get("/openapi.json").json()["paths"]
    assert client.get("/ui/../pyproject.toml").status_code == 404


# --- the browser flow ------------------------------------------------------------------


@pytest.fixture
def live(services: Any) -> Iterator[tuple[str, str]]:
    """(base URL, admin key) of a real uvicorn server with the candidate-screening persona."""
    import uvicorn

    _, token = services.tenants.create("acme")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(services), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 15
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        base = f"http://127.0.0.1:{port}"
        r = httpx.post(f"{base}/v1/personas", content=PERSONA.read_bytes(), timeout=30,
                       headers={"Authorization": f"Bearer {token}",
                                "Content-Type": "application/yaml"})
        assert r.status_code == 201, r.text
        yield base, token
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    """Headless Chromium; skipped (with the launch error) when it cannot be started."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        args = ["--no-sandbox"] if os.geteuid() == 0 else []
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        except sync_api.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            pytest.skip(f"headless Chromium could not be launched from {CHROMIUM} "
                        f"(set CONFIDE_CHROMIUM to a Chromium binary): {first}")
        try:
            yield b
        finally:
            b.close()


def test_chat_flow_in_headless_chromium(live: tuple[str, str], browser: Any) -> None:
    from playwright.sync_api import expect

    base, token = live
    context = browser.new_context()
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error"
            else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "(window.__csp = window.__csp || []).push(e.violatedDirective))")

    page.goto(base + "/")
    expect(page).to_have_title(re.compile("Confide"))
    page.get_by_label("API key").fill(token)
    page.get_by_role("button", name="Load personas").click()
    persona = page.get_by_label("Persona", exact=True)
    expect(persona).to_be_enabled()
    persona.select_option("candidate-screening")
    expect(page.locator("#persona-info")).to_contain_text("no_protected_characteristics")

    # consent left unticked: the server's 409 message is shown
    consent = page.get_by_label("transcript storage")
    expect(consent).not_to_be_checked()
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("alert")).to_contain_text("transcript_storage")

    consent.check()
    page.get_by_role("button", name="Start").click()
    transcript = page.locator("#transcript")
    expect(transcript).to_contain_text("Northwind Logistics")
    expect(page.get_by_role("alert")).to_be_hidden()
    expect(page.locator("#conversation-id")).to_have_text(re.compile(r"^cv_[0-9a-f]+$"))
    expect(page.locator('#objectives tr[data-objective="work_authorization"]')).to_contain_text(
        "active")

    replies = transcript.locator("li.msg-assistant")
    box = page.get_by_label("Message")

    box.fill("Yes, I am.")
    box.press("Enter")  # Enter sends
    expect(replies).to_have_count(2)
    turn = replies.nth(1)
    expect(turn.locator(".text")).not_to_be_empty()
    expect(turn.locator('.verdict[data-stage="input"][data-verdict="allow"]')).to_have_count(1)
    row = page.locator('#objectives tr[data-objective="work_authorization"]')
    expect(row).to_have_attribute("data-state", "completed")
    expect(row).to_contain_text("work_authorized = yes")
    expect(turn).to_contain_text("Completed: work_authorization")

    box.fill("Are you going to ask whether I'm married?")
    box.press("Enter")
    expect(replies).to_have_count(3)
    blocked = replies.nth(2).locator('.verdict[data-verdict="block"]')
    expect(blocked).to_have_count(1)
    expect(blocked.locator(".reason")).to_contain_text(re.compile(r"^guardrail\."))
    assert "verdict-block" in (blocked.get_attribute("class") or "")

    box.fill(XSS)
    page.get_by_role("button", name="Send").click()
    expect(replies).to_have_count(4)
    expect(transcript.locator("li.msg-user .text").last).to_have_text(XSS)
    expect(transcript.locator("img")).to_have_count(0)
    assert page.evaluate("typeof window.__pwned") == "undefined"

    page.get_by_role("button", name="End conversation").click()
    expect(transcript.locator("li.note").last).to_contain_text("ended")
    expect(box).to_be_disabled()

    # a medical question to the hospital persona is handed to a person: the badge shows
    hospital = PERSONA.with_name("hospital-discharge.yaml").read_bytes()
    r = httpx.post(f"{base}/v1/personas", content=hospital, timeout=30,
                   headers={"Authorization": f"Bearer {token}",
                            "Content-Type": "application/yaml"})
    assert r.status_code == 201, r.text
    page.get_by_role("button", name="Load personas").click()
    persona.select_option("hospital-discharge")
    page.get_by_label("transcript storage").check()
    page.get_by_role("button", name="Start").click()
    expect(transcript.locator("li.msg-assistant")).to_have_count(1)
    box.fill("Can I take twice as many of my water pills when my legs swell up?")
    box.press("Enter")
    expect(replies).to_have_count(2)
    expect(replies.nth(1).locator(".badge-escalated")).to_have_text("Escalated to a person")
    expect(replies.nth(1).locator(".reason")).to_contain_text(["guardrail.no_medical_advice"])

    # the key never left memory: not in the URL, storage or cookies
    kept = page.evaluate("JSON.stringify([location.href, localStorage, sessionStorage, "
                         "document.cookie])")
    assert token not in kept and token not in page.url
    assert not context.cookies()
    assert page.evaluate("window.__csp || []") == []
    # the one expected failed request is the 409 of the unconsented start
    unexpected = [e for e in errors if "status of 409" not in e]
    assert unexpected == []
    context.close()
