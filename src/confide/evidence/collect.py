"""Live facts for the controls report: each check reads the running state and returns findings.

A `Finding` is one checked fact with a status (`pass`, `fail`, `not_applicable`, `info`), a
one-line reason and its evidence (numbers, names, ids; never secrets, key material, API key
secrets, message text or tenant names). `collect` runs every check for the platform and for
each tenant in scope; the control mapping is added later by `confide.evidence.controls`.
"""

from __future__ import annotations

import json
import re
import stat
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from sqlalchemy import func, select

from confide.apikeys import SCOPES, ApiKeyInfo
from confide.audit import RETENTION_CLASSES, SYSTEM_TENANT, VerifyReport
from confide.store.models import AuditEvent, DataKey

if TYPE_CHECKING:
    from confide.agent.personas import PersonaInfo
    from confide.services import Services

Status = Literal["pass", "fail", "not_applicable", "info"]
PLATFORM = "platform"
ALGORITHM = "AES-256-GCM"
EU_AI_ACT_MIN_LOG_DAYS = 183  # Art. 26(6): "at least six months"
UNUSED_KEY_DAYS = 90
#: Consent kinds that cover keeping a transcript of the conversation.
TRANSCRIPT_CONSENTS = frozenset({"transcript_storage", "recording"})
NON_ADMIN_SCOPES = frozenset(SCOPES - {"admin"})
NO_TLS_REASON = ("no TLS configured for this deployment (serve with --tls-cert/--tls-key or "
                 "terminate TLS at a proxy and say so with --tls-terminated-upstream)")
MFA_REASON = ("Confide has no interactive admin login and no MFA of its own: API keys are "
              "single-factor bearer credentials; enforce MFA at the identity provider or "
              "gateway that guards admin access and collect that evidence there")
NO_REDTEAM_REASON = ("no red-team results supplied (run `confide redteam` against this "
                     "deployment and pass its report.json with --redteam-report)")


class EvidenceInputError(ValueError):
    """An option of the report is unusable (unknown tenant, unreadable red-team report)."""


@dataclass(frozen=True)
class Finding:
    """One checked fact: what, its status and reason, the facts behind it, and its scope."""

    id: str
    title: str
    status: Status
    reason: str
    evidence: dict[str, Any] = field(default_factory=dict)
    scope: str = PLATFORM  # "platform" or a tenant id
    controls: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """A unique reference: the id, with `@<tenant id>` for a tenant's finding."""
        return self.id if self.scope == PLATFORM else f"{self.id}@{self.scope}"

    def with_controls(self, controls: Iterable[str]) -> Finding:
        """A copy that names the controls it evidences."""
        return replace(self, controls=tuple(controls))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready view."""
        return {"key": self.key, "id": self.id, "scope": self.scope, "title": self.title,
                "status": self.status, "reason": self.reason, "evidence": self.evidence,
                "controls": list(self.controls)}


@dataclass(frozen=True)
class Options:
    """What the operator tells the report (the rest is read live)."""

    tenant: str | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None
    tls_terminated_upstream: bool = False
    redteam_report: Path | None = None
    max_transcript_days: int = 365
    unused_days: int = UNUSED_KEY_DAYS
    now: datetime | None = None


def collect(services: Services, options: Options) -> list[Finding]:
    """Every finding: the platform-wide items, then each tenant's in scope (oldest first)."""
    from confide.agent.personas import PersonaStore

    now = options.now or datetime.now(UTC)
    tenants = _tenants_in_scope(services, options.tenant)
    redteam = load_redteam(options.redteam_report) if options.redteam_report else None
    findings = [
        check_master_key(services),
        check_tls(options, now),
        check_audit_integrity(services, tenants if options.tenant else None),
        check_audit_retention(),
        check_mfa(),
        check_redteam(redteam, now),
    ]
    store = PersonaStore(services.db, services.vault, services.audit)
    active_since = _key_activity(services, now - timedelta(days=options.unused_days))
    for tid in tenants:
        keys = services.apikeys.list(tid)
        personas = store.list(tid)
        findings += [
            check_tenant_keys(services, tid, now),
            check_least_privilege(tid, keys),
            check_key_hygiene(tid, keys, active_since, now, options.unused_days),
            check_persona_retention(tid, personas, options.max_transcript_days),
            check_consent(tid, personas),
            check_residency(tid, personas),
            check_inventory(tid, personas),
            check_outbound_transport(tid, personas),
            check_tools(tid, personas),
            check_input_validation(tid, personas),
        ]
    return findings


def _tenants_in_scope(services: Services, tenant: str | None) -> list[str]:
    active = [t.tenant_id for t in services.tenants.list()]
    if tenant is None:
        return active
    if tenant not in active:
        raise EvidenceInputError(f"no active tenant {tenant!r}")
    return [tenant]


def _iso(dt: datetime | None) -> str | None:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z") if dt else None


def _days(delta: timedelta) -> float:
    return round(delta.total_seconds() / 86_400, 1)


def _mode(path: Path) -> str | None:
    try:
        return f"{stat.S_IMODE(path.stat().st_mode):04o}"
    except OSError:
        return None


# -- platform ------------------------------------------------------------------------------
def check_master_key(services: Services) -> Finding:
    """The master key provider: kind, algorithm, and (file provider) the key file's mode."""
    settings = services.settings
    ev: dict[str, Any] = {"algorithm": ALGORITHM, "key_wrapping": ALGORITHM,
                          "provider": settings.key_provider,
                          "database": "sqlite" if settings.is_sqlite else "postgresql"}
    title = "Encryption at rest: master key"
    if settings.key_provider == "env":
        ev["env_var"] = settings.master_key_env
        return Finding("encryption.master_key", title, "pass",
                       f"data keys are {ALGORITHM}, wrapped by a master key read from the "
                       f"environment variable {settings.master_key_env}", ev)
    path = Path(settings.master_key_file or settings.home / "master.key")
    mode = _mode(path)
    ev.update(key_file=str(path), key_file_mode=mode,
              key_file_regular=path.is_file() and not path.is_symlink())
    if settings.is_sqlite:
        db_path = Path(str(settings.database_url).removeprefix("sqlite:///"))
        ev["key_file_beside_database"] = path.resolve().parent == db_path.resolve().parent
    if mode is None:
        return Finding("encryption.master_key", title, "fail",
                       f"master key file {path} cannot be read", ev)
    if mode != "0600" or not ev["key_file_regular"]:
        return Finding("encryption.master_key", title, "fail",
                       f"master key file {path} has mode {mode}; it must be a regular file "
                       "with mode 0600", ev)
    note = ("; note: the key file sits beside the database, so a copy of that folder holds "
            "both" if ev.get("key_file_beside_database") else "")
    return Finding("encryption.master_key", title, "pass",
                   f"data keys are {ALGORITHM}, wrapped by a master key in {path} (mode 0600)"
                   + note, ev)


def check_tls(options: Options, now: datetime) -> Finding:
    """TLS in transit: the certificate and key the server uses, or the operator's assertion."""
    title = "Encryption in transit: TLS"
    fid = "transit.tls"
    if options.tls_terminated_upstream:
        return Finding(fid, title, "pass",
                       "asserted by the operator: TLS is terminated upstream of Confide "
                       "(not verified by this report)", {"mode": "terminated_upstream"})
    if options.tls_cert is None or options.tls_key is None:
        return Finding(fid, title, "fail", NO_TLS_REASON, {"mode": "none"})
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    ev: dict[str, Any] = {"mode": "server", "cert_file": str(options.tls_cert),
                          "key_file": str(options.tls_key)}
    problems: list[str] = []
    cert = None
    try:
        cert = x509.load_pem_x509_certificate(options.tls_cert.read_bytes())
    except OSError:
        problems.append(f"certificate {options.tls_cert} does not exist or is not readable")
    except ValueError:
        problems.append(f"certificate {options.tls_cert} is not a PEM certificate")
    key_public = None
    ev["key_file_mode"] = _mode(options.tls_key)
    try:
        key = serialization.load_pem_private_key(options.tls_key.read_bytes(), password=None)
        key_public = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        del key
    except OSError:
        problems.append(f"key {options.tls_key} does not exist or is not readable")
    except (ValueError, TypeError):
        problems.append(f"key {options.tls_key} is not an unencrypted PEM private key")
    if ev["key_file_mode"] and int(ev["key_file_mode"], 8) & 0o077:
        problems.append(f"key {options.tls_key} is readable by group or others "
                        f"(mode {ev['key_file_mode']})")
    if cert is not None:
        not_after = cert.not_valid_after_utc
        ev.update(subject=cert.subject.rfc4514_string()[:200],
                  issuer=cert.issuer.rfc4514_string()[:200],
                  not_after=_iso(not_after), days_left=_days(not_after - now),
                  self_signed=cert.subject == cert.issuer)
        if not_after <= now:
            problems.append(f"certificate expired on {_iso(not_after)}")
        if key_public is not None:
            ev["key_matches_certificate"] = key_public == cert.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
            if not ev["key_matches_certificate"]:
                problems.append("the key does not match the certificate")
    if problems:
        return Finding(fid, title, "fail", "; ".join(problems), ev)
    return Finding(fid, title, "pass",
                   f"TLS certificate valid until {ev['not_after']} "
                   f"({ev['days_left']} days left); key matches", ev)


def check_audit_integrity(services: Services, tenants: list[str] | None) -> Finding:
    """Verify the audit hash chains now (all chains, or the tenants' and the platform's)."""
    if tenants is None:
        reports = services.audit.verify_all()
    else:
        reports = [services.audit.verify(t) for t in [*tenants, SYSTEM_TENANT]]
    counts = _event_counts(services, [r.tenant_id for r in reports if r.tenant_id])
    bad = [r for r in reports if not r.ok]
    ev: dict[str, Any] = {
        "chains": len(reports), "events_verified": sum(r.checked for r in reports),
        "events_by_chain": counts,
        "failed_chains": [{"tenant_id": r.tenant_id, "first_bad_seq": r.first_bad_seq,
                           "problem": r.problem} for r in bad]}
    title = "Audit logging: hash chains verified now"
    if not reports:
        return Finding("audit.integrity", title, "not_applicable", "no audit chain exists yet",
                       ev)
    if bad:
        return Finding("audit.integrity", title, "fail",
                       "; ".join(_bad_chain(r) for r in bad), ev)
    return Finding("audit.integrity", title, "pass",
                   f"all {len(reports)} chains verify ({ev['events_verified']} events)", ev)


def _bad_chain(r: VerifyReport) -> str:
    return f"chain {r.tenant_id} fails at seq {r.first_bad_seq}: {r.problem}"


def _event_counts(services: Services, chains: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {c: {} for c in chains}
    with services.db.session(readonly=True) as s:
        rows = s.execute(select(AuditEvent.tenant_id, AuditEvent.retention_class, func.count())
                         .where(AuditEvent.tenant_id.in_(chains))
                         .group_by(AuditEvent.tenant_id, AuditEvent.retention_class)).all()
    for tid, cls, n in rows:
        out[tid][cls] = int(n)
    return out


def check_audit_retention() -> Finding:
    """The audit retention classes against the EU AI Act deployer minimum (six months)."""
    shortest = min(RETENTION_CLASSES, key=RETENTION_CLASSES.__getitem__)
    ev = {"classes_days": dict(RETENTION_CLASSES), "minimum_days": EU_AI_ACT_MIN_LOG_DAYS,
          "shortest_class": shortest}
    title = "Audit logging: retention per class"
    days = RETENTION_CLASSES[shortest]
    if days < EU_AI_ACT_MIN_LOG_DAYS:
        return Finding("audit.retention", title, "fail",
                       f"class {shortest} keeps events {days} days, under the "
                       f"{EU_AI_ACT_MIN_LOG_DAYS}-day (six-month) minimum", ev)
    return Finding("audit.retention", title, "pass",
                   f"shortest class ({shortest}) keeps events {days} days, at least the "
                   f"{EU_AI_ACT_MIN_LOG_DAYS}-day (six-month) minimum", ev)


def check_mfa() -> Finding:
    """Admin MFA: outside Confide (documented, not_applicable)."""
    return Finding("access.admin_mfa", "MFA for administrative access", "not_applicable",
                   MFA_REASON, {"credential": "API key (single factor)", "mfa_in_confide": False})


def load_redteam(path: Path) -> dict[str, Any]:
    """A `confide redteam` report.json, validated against its schema."""
    import jsonschema

    from confide.redteam.report_json import validate

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvidenceInputError(f"cannot read red-team report {path}: "
                                 f"{exc.strerror or type(exc).__name__}") from None
    except ValueError:
        raise EvidenceInputError(f"red-team report {path} is not JSON") from None
    try:
        validate(data)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "<root>"
        raise EvidenceInputError(f"red-team report {path} does not follow the report "
                                 f"schema (at {where})") from None
    return data


_USERINFO = re.compile(r"//[^/@\s]*@")


def check_redteam(report: Mapping[str, Any] | None, now: datetime) -> Finding:
    """The last red-team run: date, target, ASR per category, whether its gates held."""
    title = "Adversarial testing: last red-team results"
    if report is None:
        return Finding("redteam.results", title, "fail", NO_REDTEAM_REASON, {"supplied": False})
    finished = datetime.fromisoformat(report["run"]["finished_at"])
    if finished.tzinfo is None:
        finished = finished.replace(tzinfo=UTC)
    gates = report["thresholds"]
    ev: dict[str, Any] = {
        "supplied": True, "finished_at": _iso(finished), "age_days": _days(now - finished),
        "target": _USERINFO.sub("//", str(report["target"]["name"]))[:200],
        "tool_version": report["tool"]["version"],
        "asr": report["summary"]["asr"], "attacks": report["summary"]["total"],
        "asr_by_category": {c: t["asr"] for c, t in report["categories"].items()},
        "gates": [{"expression": g["expression"], "value": g["value"], "crossed": g["crossed"]}
                  for g in gates],
        "passed": bool(report["passed"])}
    crossed = [g["expression"] for g in gates if g["crossed"]]
    if crossed:
        return Finding("redteam.results", title, "fail",
                       f"gates crossed in the run of {ev['finished_at']}: {', '.join(crossed)}",
                       ev)
    if not gates:
        return Finding("redteam.results", title, "info",
                       f"run of {ev['finished_at']} set no gates (overall ASR {ev['asr']}); "
                       "run `confide redteam --fail-on ...` to decide pass or fail", ev)
    return Finding("redteam.results", title, "pass",
                   f"all {len(gates)} gates held in the run of {ev['finished_at']} "
                   f"(overall ASR {ev['asr']})", ev)


# -- per tenant ----------------------------------------------------------------------------
def check_tenant_keys(services: Services, tenant_id: str, now: datetime) -> Finding:
    """The tenant's data keys: live versions, current version, its age, destroyed keys."""
    with services.db.session(readonly=True) as s:
        rows = s.execute(select(DataKey.version, DataKey.created_at, DataKey.destroyed_at,
                                DataKey.wrapped_key.is_(None))
                         .where(DataKey.tenant_id == tenant_id)
                         .order_by(DataKey.version)).all()
    live = [(v, c) for v, c, d, gone in rows if d is None and not gone]
    ev: dict[str, Any] = {"algorithm": ALGORITHM, "live_versions": len(live),
                          "destroyed_versions": len(rows) - len(live)}
    title = "Encryption at rest: tenant data keys"
    if not live:
        return Finding("encryption.tenant_keys", title, "fail",
                       "the tenant has no live data key", ev, tenant_id)
    version, created = live[-1]
    ev.update(current_version=version, current_key_created_at=_iso(created),
              current_key_age_days=_days(now - created),
              last_rotation_at=_iso(created) if version > 1 else None)
    rotated = (f"last rotated {ev['last_rotation_at']}" if version > 1 else "never rotated")
    return Finding("encryption.tenant_keys", title, "pass",
                   f"own {ALGORITHM} data key, version {version} current "
                   f"({ev['current_key_age_days']} days old, {rotated})", ev, tenant_id)


def _key_activity(services: Services, since: datetime) -> set[str]:
    """Key ids with an audit event (actor `apikey:<id>`) since `since`, on any chain (one
    pass over the log for every tenant)."""
    since_us = int(since.timestamp() * 1_000_000)
    with services.db.session(readonly=True) as s:
        actors = s.execute(select(AuditEvent.actor).distinct().where(
            AuditEvent.actor.like("apikey:%"), AuditEvent.ts_us >= since_us)).scalars()
        return {a.removeprefix("apikey:") for a in actors}


def _broad(k: ApiKeyInfo) -> bool:
    return k.scopes >= NON_ADMIN_SCOPES


def check_least_privilege(tenant_id: str, keys: list[ApiKeyInfo]) -> Finding:
    """AC-6 rule: fail when admin keys are more than half of the active keys, or when a
    non-admin key holds every other scope (an admin in all but name)."""
    active = [k for k in keys if k.active]
    admin = [k for k in active if "admin" in k.scopes]
    broad = [k.key_id for k in active if "admin" not in k.scopes and _broad(k)]
    by_scope = Counter(s for k in active for s in k.scopes)
    ev = {"active_keys": len(active), "admin_keys": len(admin),
          "keys_by_scope": dict(sorted(by_scope.items())), "all_scope_keys": broad}
    title = "Least privilege: API key scopes"
    if not active:
        return Finding("access.least_privilege", title, "not_applicable",
                       "the tenant has no active API key", ev, tenant_id)
    problems = []
    if len(admin) * 2 > len(active):
        problems.append(f"{len(admin)} of {len(active)} active keys hold admin (more than "
                        "half); give applications keys with only the scopes they need")
    if broad:
        problems.append(f"non-admin keys hold every scope: {', '.join(broad)}")
    if problems:
        return Finding("access.least_privilege", title, "fail", "; ".join(problems), ev,
                       tenant_id)
    return Finding("access.least_privilege", title, "pass",
                   f"{len(admin)} of {len(active)} active keys hold admin; no other key holds "
                   "every scope", ev, tenant_id)


def check_key_hygiene(tenant_id: str, keys: list[ApiKeyInfo], active_since: set[str],
                      now: datetime, unused_days: int) -> Finding:
    """Key age, expiry and use: fail when an active key older than `unused_days` has no
    audited activity in that window (stale; revoke it)."""
    active = [k for k in keys if k.active]
    unused = [k for k in active if k.key_id not in active_since]
    stale = [k.key_id for k in unused if now - k.created_at > timedelta(days=unused_days)]
    oldest = min((k.created_at for k in active), default=None)
    ev = {"keys": len(keys), "active_keys": len(active),
          "revoked_keys": sum(1 for k in keys if k.revoked_at is not None),
          "expired_keys": sum(1 for k in keys if k.revoked_at is None and not k.active),
          "keys_without_expiry": sum(1 for k in active if k.expires_at is None),
          "oldest_active_key_age_days": _days(now - oldest) if oldest else None,
          "unused_window_days": unused_days, "unused_keys": [k.key_id for k in unused],
          "stale_keys": stale}
    title = "API keys: age, expiry and unused keys"
    if not active:
        return Finding("access.key_hygiene", title, "not_applicable",
                       "the tenant has no active API key", ev, tenant_id)
    if stale:
        return Finding("access.key_hygiene", title, "fail",
                       f"{len(stale)} active keys older than {unused_days} days have no "
                       f"audited activity in {unused_days} days: revoke {', '.join(stale)}",
                       ev, tenant_id)
    return Finding("access.key_hygiene", title, "pass",
                   f"{len(active)} active keys, {len(unused)} without activity in "
                   f"{unused_days} days (none older than that), "
                   f"{ev['keys_without_expiry']} without expiry", ev, tenant_id)


def _persona_ref(p: PersonaInfo) -> str:
    return f"{p.name} v{p.version}"


def check_persona_retention(tenant_id: str, personas: list[PersonaInfo],
                            max_transcript_days: int) -> Finding:
    """Retention days per data kind; fail when transcripts are kept past the maximum."""
    from confide.agent.persona import DATA_KINDS

    rows = [{"persona": p.name, "version": p.version,
             "days": {k: p.persona.retention_days(k) for k in DATA_KINDS},
             "explicit": sorted(p.persona.retention)} for p in personas]
    long = [f"{r['persona']} ({r['days']['transcripts']} days)" for r in rows
            if r["days"]["transcripts"] > max_transcript_days]
    ev = {"max_transcript_days": max_transcript_days, "default_days": 365, "personas": rows}
    title = "Data retention per persona"
    if not personas:
        return Finding("data.retention", title, "not_applicable", "the tenant has no persona",
                       ev, tenant_id)
    if long:
        return Finding("data.retention", title, "fail",
                       f"transcripts kept longer than {max_transcript_days} days: "
                       f"{', '.join(long)}", ev, tenant_id)
    return Finding("data.retention", title, "pass",
                   f"every persona keeps transcripts at most {max_transcript_days} days", ev,
                   tenant_id)


def check_consent(tenant_id: str, personas: list[PersonaInfo]) -> Finding:
    """Consent: every persona (they all keep transcripts) must ask for transcript consent."""
    rows = [{"persona": p.name, "version": p.version,
             "required": list(p.persona.consent.required),
             "text_set": p.persona.consent.text is not None} for p in personas]
    missing = [r["persona"] for r in rows if not TRANSCRIPT_CONSENTS & set(r["required"])]
    title = "Consent before storing transcripts"
    ev = {"personas": rows}
    if not personas:
        return Finding("privacy.consent", title, "not_applicable", "the tenant has no persona",
                       ev, tenant_id)
    if missing:
        return Finding("privacy.consent", title, "fail",
                       "keeps transcripts without requiring transcript_storage or recording "
                       f"consent: {', '.join(missing)}", ev, tenant_id)
    return Finding("privacy.consent", title, "pass",
                   "every persona requires consent to store the transcript", ev, tenant_id)


def check_residency(tenant_id: str, personas: list[PersonaInfo]) -> Finding:
    """Residency labels (informational); notes personas whose storage and inference differ."""
    rows = [{"persona": p.name, "version": p.version, "storage": p.persona.residency.storage,
             "inference": p.persona.residency.inference} for p in personas]
    differ = [r["persona"] for r in rows if r["storage"] != r["inference"]]
    title = "Data residency labels"
    ev = {"personas": rows, "storage_differs_from_inference": differ}
    if not personas:
        return Finding("data.residency", title, "not_applicable", "the tenant has no persona",
                       ev, tenant_id)
    labels = sorted({r["storage"] for r in rows} | {r["inference"] for r in rows})
    reason = f"labels in use: {', '.join(labels)}"
    if differ:
        reason += f"; warning: storage and inference labels differ for {', '.join(differ)}"
    return Finding("data.residency", title, "info", reason + " (labels as configured)", ev,
                   tenant_id)


def _endpoint(url: Any) -> dict[str, Any]:
    """Scheme, host and port of a URL: never its user info, path or query."""
    parts = urlsplit(str(url))
    host = parts.hostname or ""
    return {"scheme": parts.scheme, "host": host, "port": parts.port}


def _webhooks(p: PersonaInfo) -> list[tuple[str, Any]]:
    urls: list[tuple[str, Any]] = []
    if p.persona.callback_url:
        urls.append(("persona", p.persona.callback_url))
    urls += [(f"guardrail:{g.guardrail_name}", g.callback_url) for g in p.persona.guardrails
             if g.callback_url]
    urls += [(f"objective:{o.objective_name}", o.callback_url) for o in p.persona.objectives
             if o.callback_url]
    return urls


def check_inventory(tenant_id: str, personas: list[PersonaInfo]) -> Finding:
    """The asset inventory: each persona's model (embedded or an endpoint host) and every
    webhook host the personas call."""
    models, hooks = [], []
    for p in personas:
        llm = p.persona.llm
        entry: dict[str, Any] = {"persona": p.name, "version": p.version,
                                 "description": (p.persona.description or "")[:200],
                                 "backend": llm.backend}
        if llm.backend == "openai":
            entry.update(_endpoint(llm.base_url), model=llm.model, subprocessor=True)
        else:
            entry.update(host=None, model="embedded flow engine" if llm.backend == "flow"
                         else "scripted test double", subprocessor=False)
        models.append(entry)
        hooks += [{"persona": p.name, "source": src, **_endpoint(url)}
                  for src, url in _webhooks(p)]
    hosts = sorted({m["host"] for m in models if m["host"]} | {h["host"] for h in hooks})
    ev = {"models": models, "webhooks": hooks, "subprocessor_hosts": hosts}
    title = "Asset inventory: models and sub-processors"
    if not personas:
        return Finding("inventory.subprocessors", title, "not_applicable",
                       "the tenant has no persona", ev, tenant_id)
    return Finding("inventory.subprocessors", title, "pass",
                   f"{len(models)} personas; external hosts: "
                   f"{', '.join(hosts) if hosts else 'none (embedded models only)'}",
                   ev, tenant_id)


def _loopback(host: str) -> bool:
    from confide.server.serve import is_loopback

    return is_loopback(host)


def check_outbound_transport(tenant_id: str, personas: list[PersonaInfo]) -> Finding:
    """Outbound calls (LLM endpoints, webhooks) use HTTPS unless they stay on loopback."""
    calls = []
    for p in personas:
        if p.persona.llm.backend == "openai":
            calls.append((p.name, "llm", _endpoint(p.persona.llm.base_url)))
        calls += [(p.name, src, _endpoint(url)) for src, url in _webhooks(p)]
    plain = [f"{name} {src} -> {e['host']}" for name, src, e in calls
             if e["scheme"] != "https" and not _loopback(e["host"])]
    ev = {"outbound_calls": len(calls), "plaintext_calls": plain}
    title = "Encryption in transit: outbound calls"
    if not calls:
        return Finding("transit.outbound", title, "not_applicable",
                       "no persona calls an external endpoint", ev, tenant_id)
    if plain:
        return Finding("transit.outbound", title, "fail",
                       f"plaintext HTTP to a non-loopback host: {'; '.join(plain)}", ev,
                       tenant_id)
    return Finding("transit.outbound", title, "pass",
                   f"all {len(calls)} outbound endpoints use HTTPS (or stay on loopback)", ev,
                   tenant_id)


def check_tools(tenant_id: str, personas: list[PersonaInfo]) -> Finding:
    """Tools with irreversible effects must need human approval (`approval: always`)."""
    declared = [(p.name, t) for p in personas for t in p.persona.tools]
    irreversible = [{"persona": name, "tool": str(t.get("name", "?"))[:100],
                     "approval": t.get("approval")}
                    for name, t in declared if t.get("effect") == "irreversible"]
    ev = {"tools": len(declared), "irreversible": irreversible}
    title = "Irreversible tools need human approval"
    if not declared:
        return Finding("tools.irreversible", title, "not_applicable",
                       "no persona declares tools", ev, tenant_id)
    weak = [f"{r['persona']}/{r['tool']} (approval {r['approval']})" for r in irreversible
            if r["approval"] != "always"]
    if weak:
        return Finding("tools.irreversible", title, "fail",
                       f"irreversible tools without approval: always: {', '.join(weak)}", ev,
                       tenant_id)
    return Finding("tools.irreversible", title, "pass",
                   f"{len(irreversible)} irreversible tools, each with approval: always", ev,
                   tenant_id)


def check_input_validation(tenant_id: str, personas: list[PersonaInfo]) -> Finding:
    """SI-10: the Shield's injection, PII and content-safety detectors are on for every
    persona."""
    rows = []
    for p in personas:
        pol = p.persona.shield_policy()
        rows.append({"persona": p.name, "version": p.version,
                     "injection": pol.injection.enabled, "pii": pol.pii.enabled,
                     "content_safety": pol.content_safety.enabled, "secrets": pol.secrets,
                     "pseudonymize": p.persona.pii.pseudonymize,
                     "decode_payloads": pol.decode_payloads})
    detectors = ("injection", "pii", "content_safety")
    off = [f"{r['persona']} ({', '.join(d for d in detectors if not r[d])})"
           for r in rows if not all(r[d] for d in detectors)]
    ev = {"personas": rows}
    title = "Input validation: Shield detectors"
    if not personas:
        return Finding("shield.input_validation", title, "not_applicable",
                       "the tenant has no persona", ev, tenant_id)
    if off:
        return Finding("shield.input_validation", title, "fail",
                       f"detectors disabled: {'; '.join(off)}", ev, tenant_id)
    return Finding("shield.input_validation", title, "pass",
                   f"injection, PII and content-safety detection on for all {len(rows)} "
                   "personas", ev, tenant_id)


__all__ = ["PLATFORM", "EvidenceInputError", "Finding", "Options", "Status", "collect",
           "load_redteam"]

