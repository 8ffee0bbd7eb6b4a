"""Where the server may listen, and the pure helpers of the HTTP layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.server.context import request_id_from
from confide.server.errors import validation_message
from confide.server.serve import Listen, ServeRefused, check_listen, is_loopback


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("10.0.0.5", False),
        ("example.internal", False),
        ("localhost.example.com", False),
    ],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_plaintext_only_on_loopback_unless_insecure():
    check_listen(Listen(host="127.0.0.1"))
    with pytest.raises(ServeRefused, match="without TLS"):
        check_listen(Listen(host="0.0.0.0"))
    check_listen(Listen(host="0.0.0.0", insecure=True))


def test_tls_needs_both_files_and_they_must_exist(tmp_path: Path):
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    with pytest.raises(ServeRefused, match="both"):
        check_listen(Listen(host="0.0.0.0", tls_cert=cert))
    with pytest.raises(ServeRefused, match="no such file"):
        check_listen(Listen(host="0.0.0.0", tls_cert=cert, tls_key=key))
    cert.write_text("x")
    key.write_text("x")
    check_listen(Listen(host="0.0.0.0", tls_cert=cert, tls_key=key))


def test_request_ids_accept_only_short_plain_tokens():
    assert request_id_from("0af7651916cd43dd8448eb211c80319c") == "0af7651916cd43dd8448eb211c80319c"
    for bad in (None, "", "a b", "x" * 129, "id\nInjected: 1", "ü", "abc-123.x:y_z",
                "123-45-6789", "4111111111111111"):
        generated = request_id_from(bad)
        assert generated != bad and len(generated) == 32


def test_validation_message_names_fields_never_values():
    secret = "4111-1111-1111-1111"
    errors = [
        {
            "loc": ("body", "card"),
            "type": "extra_forbidden",
            "msg": "Extra inputs are not permitted",
            "input": secret,
        },
        {
            "loc": ("body", "n"),
            "type": "value_error",
            "msg": f"Value error, bad {secret}",
            "input": secret,
        },
        {
            "loc": ("body", "m"),
            "type": "string_pattern_mismatch",
            "msg": f"String should match pattern '{secret}'",
            "input": secret,
        },
    ] + [{"loc": ("query", f"q{i}"), "type": "missing", "msg": "Field required"} for i in range(5)]
    msg = validation_message(errors)
    assert secret not in msg
    assert "card: Extra inputs are not permitted" in msg
    assert "n: invalid value" in msg and "m: invalid value" in msg
    assert msg.endswith("and 3 more")


def test_the_http_layer_reaches_storage_only_through_the_services():
    import confide.server

    root = Path(confide.server.__file__).parent
    importers = [
        str(f.relative_to(root)) for f in root.rglob("*.py") if "confide.store" in f.read_text()
    ]
    assert importers == []
