"""Helpers for the evidence tests: a risky persona, a red-team report, a TLS certificate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from confide.agent.persona import Persona, load_persona
from confide.agent.personas import PersonaStore

ROOT = Path(__file__).resolve().parents[2]
HOSPITAL = ROOT / "examples" / "personas" / "hospital-discharge.yaml"

RISKY = """
name: risky-claims
description: Claims intake <script>alert('x')</script> & more
system_prompt: You are a claims assistant.
llm:
  backend: openai
  base_url: https://llm.example.com/v1
  model: gpt-test-1
callback_url: https://hooks.example.org/x
guardrails:
  - guardrail_name: no_legal_advice
    guardrail_prompt: The user asks for legal advice.
    callback_url: https://guard.example.net/hook
retention:
  transcripts: 3650
shield:
  injection:
    enabled: false
consent:
  required: [transcript_storage]
residency:
  storage: eu-west
  inference: us-east
"""


def hospital() -> Persona:
    return load_persona(HOSPITAL)


def put(services: Any, tenant_id: str, persona: Persona | str) -> None:
    if isinstance(persona, str):
        persona = load_persona(persona)
    PersonaStore(services.db, services.vault, services.audit).put(tenant_id, persona,
                                                                   actor="test")


def redteam_report(*, crossed: bool = False, gates: bool = True) -> dict[str, Any]:
    """A minimal `confide redteam` report.json that follows its schema."""
    tally = {"total": 10, "succeeded": 1, "defended": 9, "errors": 0, "skipped": 0, "asr": 0.1}
    now = datetime.now(UTC)
    return {
        "schema_version": "1.0",
        "tool": {"name": "confide redteam", "version": "0.1.0"},
        "run": {"started_at": (now - timedelta(minutes=5)).isoformat(),
                "finished_at": now.isoformat(), "duration_s": 300.0, "seed": 0,
                "concurrency": 4, "timeout_s": 60.0, "max_attacks": None,
                "categories": ["LLM01"], "converters": [], "library_size": 10,
                "garak": "absent", "notes": []},
        "target": {"name": "persona:hospital-discharge",
                   "capabilities": {"documents": True, "tools": False, "tenants": 1,
                                    "system_prompt_known": True, "canary": True,
                                    "seeded_identities": True}},
        "summary": tally,
        "categories": {"LLM01": {"name": "Prompt Injection", **tally}},
        "thresholds": [{"expression": "asr>0.2" if not crossed else "asr>0.05",
                        "category": None, "metric": "asr", "op": ">",
                        "limit": 0.2 if not crossed else 0.05, "value": 0.1,
                        "crossed": crossed}] if gates else [],
        "passed": not crossed,
        "results": [],
    }


def make_cert(tmp: Path, *, days: int = 30, expired: bool = False,
              other_key: bool = False) -> tuple[Path, Path]:
    """A self-signed certificate and its key (PEM, key 0600) under `tmp`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "confide.test")])
    now = datetime.now(UTC)
    start, end = ((now - timedelta(days=10), now - timedelta(days=1)) if expired
                  else (now - timedelta(days=1), now + timedelta(days=days)))
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end).sign(key, hashes.SHA256()))
    if other_key:
        key = ec.generate_private_key(ec.SECP256R1())
    cert_path, key_path = tmp / "cert.pem", tmp / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return cert_path, key_path


@pytest.fixture
def tenant(services: Any) -> tuple[str, str]:
    """(tenant id, admin token) of a fresh tenant on the embedded default."""
    info, token = services.tenants.create("Acme Hospital")
    return info.tenant_id, token
