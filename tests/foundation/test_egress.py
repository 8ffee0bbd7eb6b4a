"""The egress policy: tenant-configured destinations never reach the platform's network."""

from __future__ import annotations

from typing import Any

import pytest

from confide import egress


@pytest.fixture
def no_allow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(egress.ENV, raising=False)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/hook", "http://[::1]/x", "http://169.254.169.254/latest/meta-data",
    "https://10.1.2.3/v1", "http://192.168.0.10/", "http://100.64.0.1/", "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/", "http://localhost:9/",
])
def test_internal_destinations_are_refused(no_allow: None, url: str) -> None:
    with pytest.raises(egress.EgressRefused) as err:
        egress.check(url)
    assert "127.0.0.1" not in str(err.value) and "169.254" not in str(err.value)


def test_public_addresses_pass_and_the_allow_list_opens_internal_ones(
        no_allow: None, monkeypatch: pytest.MonkeyPatch) -> None:
    egress.check("https://93.184.216.34/v1")
    with pytest.raises(egress.EgressRefused):
        egress.check("http://10.20.1.5:8000/v1")
    monkeypatch.setenv(egress.ENV, "10.20.0.0/16, vllm.internal")
    egress.check("http://10.20.1.5:8000/v1")
    egress.check("http://vllm.internal:8000/v1")  # named: not even resolved
    with pytest.raises(egress.EgressRefused):
        egress.check("http://169.254.169.254/")
    with pytest.raises(egress.EgressRefused, match="does not resolve"):
        egress.check("http://no-such-host.invalid/")


def test_each_outbound_path_applies_the_policy(no_allow: None, services: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from confide.agent.llm.base import BackendError, ModelRequest, ObjectiveView
    from confide.agent.llm.openai_backend import OpenAIBackend
    from confide.agent.persona import load_persona

    monkeypatch.delenv(egress.ENV, raising=False)
    persona = load_persona("name: p\nsystem_prompt: x\nllm: {backend: openai, base_url: "
                           "'http://169.254.169.254/v1', model: m, max_retries: 0}\n")
    backend = OpenAIBackend(persona.llm)
    request = ModelRequest(persona, [], "hi", ObjectiveView((), (), {}))
    with pytest.raises(BackendError) as err:
        backend.respond(request)
    assert err.value.code == "backend.egress_refused"

    info, _ = services.tenants.create("t")
    services.webhooks.enqueue(info.tenant_id, "conversation.ended",
                              "http://127.0.0.1:9/hook", {"x": 1})
    services.webhooks.deliver_due()
    [delivery] = services.webhooks.deliveries(info.tenant_id)
    [attempt] = services.webhooks.attempts(info.tenant_id, delivery.delivery_id)
    assert attempt.error == "EgressRefused" and attempt.status_code is None


@pytest.fixture
def local_server() -> Any:
    import http.server
    import threading

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.headers.get("Host", ""))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()


def test_the_transport_checks_the_address_it_connects_to(
        no_allow: None, local_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import httpx

    port, hits = local_server
    real = socket.getaddrinfo
    answers = iter(["93.184.216.34", "127.0.0.1"])  # public when checked, then rebound

    def rebinding(host: str, *args: Any, **kw: Any) -> Any:
        if host == "rebind.example":
            return real(next(answers, "127.0.0.1"), *args, **kw)
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    egress.check(f"http://rebind.example:{port}/")  # the early check sees a public address
    with httpx.Client(transport=egress.transport()) as client, \
            pytest.raises(httpx.ConnectError, match="platform's network"):
        client.get(f"http://rebind.example:{port}/")
    assert hits == []  # nothing reached the internal server
    # allowed, it connects to the address it resolved and keeps the name as Host
    monkeypatch.setenv(egress.ENV, "127.0.0.0/8")
    with httpx.Client(transport=egress.transport()) as client:
        assert client.get(f"http://rebind.example:{port}/").text == "ok"
    assert hits == [f"rebind.example:{port}"]
