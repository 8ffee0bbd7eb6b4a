"""Secret detection: each kind positive and negative, entropy checks, the guard's verdict."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confide.guards.base import Guard, GuardContext
from confide.guards.secrets import SecretGuard, find_secrets, shannon_entropy
from confide.verdict import Action, Channel

JWT = ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
       "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")
PEM = ("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
       "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n"
       "-----END RSA PRIVATE KEY-----")


def secrets_in(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start:e.end]) for e in find_secrets(text)]


@pytest.mark.parametrize(("text", "etype", "value"), [
    (f"here is my key:\n{PEM}\nthanks", "SECRET_PRIVATE_KEY", PEM),
    (f"token {JWT}", "SECRET_TOKEN", JWT),
    ("Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "SECRET_TOKEN",
     "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("ghp_" + "a1B2" * 9, "SECRET_TOKEN", "ghp_" + "a1B2" * 9),
    ("xoxb-2048-1234567890-AbCdEfGhIjKl", "SECRET_TOKEN", "xoxb-2048-1234567890-AbCdEfGhIjKl"),
    ("key AKIAIOSFODNN7EXAMPLE in the config", "SECRET_API_KEY", "AKIAIOSFODNN7EXAMPLE"),
    ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "SECRET_API_KEY",
     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("use sk-proj-abcDEF123456ghiJKL7890mnop", "SECRET_API_KEY",
     "sk-proj-abcDEF123456ghiJKL7890mnop"),
    ("cfk_0123456789abcdef_Xy9Qz8Wv7Ut6Sr5Qp4On3Ml2", "SECRET_API_KEY",
     "cfk_0123456789abcdef_Xy9Qz8Wv7Ut6Sr5Qp4On3Ml2"),
    ('api_key = "a8f5f167f44f4964e6c998dee827110c"', "SECRET_API_KEY",
     "a8f5f167f44f4964e6c998dee827110c"),
    ("my password is hunter2!", "SECRET_PASSWORD", "hunter2"),
    ("password=Tr0ub4dor&3", "SECRET_PASSWORD", "Tr0ub4dor&3"),
    ("postgres://admin:s3cretP@db.example.com/app", "SECRET_PASSWORD", "s3cretP"),
])
def test_finds_secret(text: str, etype: str, value: str) -> None:
    assert (etype, value) in secrets_in(text)


@pytest.mark.parametrize("text", [
    "My password is expired and the reset link does not work.",
    "The token is ready for pickup.",
    "my secret is that I like cake",
    "api_key = aaaaaaaaaaaaaaaaaaaaaaaa",            # no entropy
    "api_key = configuration_placeholder_value",      # ordinary words, no digits
    "Bearer of bad news, I am afraid.",
    "She asked about the skeleton key for the cabinet.",
    "Please reset my password, it is not working.",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n",
])
def test_ordinary_text_is_not_a_secret(text: str) -> None:
    assert find_secrets(text) == []


def test_entropy() -> None:
    assert shannon_entropy("aaaaaaaa") == 0
    assert shannon_entropy("a8f5f167f44f4964e6c998dee827110c") > 3.0
    assert shannon_entropy("") == 0


def test_unterminated_private_key_is_caught_to_the_end() -> None:
    text = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA"
    assert secrets_in(text) == [("SECRET_PRIVATE_KEY", text)]


def test_guard_verdicts_by_channel(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    guard = SecretGuard()
    assert isinstance(guard, Guard) and guard.name == "secrets" and guard.version
    text = "my password is hunter2! and key AKIAIOSFODNN7EXAMPLE"
    v = guard.check(text, GuardContext(channel=Channel.USER, original=text))
    assert v.action is Action.TRANSFORM and v.reasons == ("input.secret",)
    assert {e.type for e in v.entities} == {"SECRET_PASSWORD", "SECRET_API_KEY"}
    assert v.detectors == {"secrets": guard.version}
    out = guard.check(text, GuardContext(channel=Channel.OUTPUT, original=text))
    assert out.reasons == ("output.secret_leak",)
    blob = repr(v.reasons) + repr(v.scores) + repr(v.entities) + caplog.text
    assert "hunter2" not in blob and "AKIAIOSFODNN7EXAMPLE" not in blob
    clean = guard.check("hello there", GuardContext(channel=Channel.USER, original="hello"))
    assert clean.action is Action.ALLOW and not clean.reasons


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    for e in find_secrets(text):
        assert 0 <= e.start < e.end <= len(text)


def test_word_gates_never_skip_a_pattern_that_matches() -> None:
    import random

    words = ["api_key", "API-KEY", "apikey", "Secret", "SECRET_KEY", "client secret", "token",
             "Auth-Token", "private key", "aws_secret_access_key", "AWS_SECRET_KEY", "Bearer",
             "password", "PassWord", "pass phrase", "Passcode", "PWD", "pin code", "PIN",
             "log in with", "Login with", "sign in with", "LOGON WITH", "is", "was", "=", ":",
             "=>", '"', "hunter2", "aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5oQ7", "my", "the"]
    seps = [" ", "", "  ", "\n", "=", ": "]
    rng = random.Random(5)
    texts = ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
             for _ in range(4000)]
    assert _needs_hold(texts) > 500


def test_token_pattern_needs_hold_for_every_token() -> None:
    import random

    tokens = ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
              "cfk_0123abcd_abcdefghijklmnop1234", "ghp_" + "a1" * 18, "github_pat_" + "b2" * 21,
              "glpat-abcdefghij0123456789", "xoxb-1234567890-abc", "AKIAIOSFODNN7EXAMPLE",
              "ASIA0123456789ABCDEF", "sk-ant-abcdefghij0123456789", "sk-proj-abcdEFGH1234ijklMNOP",
              "sk_live_abcdefghij012345", "rk_test_abcdefghij012345",
              "AIza" + "x1" * 17 + "y", "SG.abcdefghij012345.abcdefghij012345",
              "SK" + "0123456789abcdef" * 2, "postgres://user:s3cretpw@db.example.com/x"]
    rng = random.Random(3)
    texts = [" ".join(rng.choice([*tokens, "word", "(", "x-", "key:", "\n"])
                      for _ in range(rng.randint(1, 6))) for _ in range(2000)]
    assert _needs_hold(texts) > 1000
    assert all(find_secrets(t) for t in tokens)  # every token is still found


def _needs_hold(texts: list[str]) -> int:
    """Assert that every match of a pattern with `needs` holds one of them; count matches."""
    from confide.guards.secrets import PATTERNS

    checked = 0
    for text in texts:
        low = text.lower()
        for pat in PATTERNS:
            if pat.needs and pat.regex.search(text):
                checked += 1
                assert any(w in low for w in pat.needs), pat.name
    return checked
