"""Foundation commands: init, serve, tenants, keys, audit.

Heavy modules (the data layer, the server, Rich) are imported inside the commands so that
other commands sharing the `confide` app start fast.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from confide.cli.app import app

if TYPE_CHECKING:
    from confide.services import Services

tenants_app = typer.Typer(help="Create, list and delete tenants.", no_args_is_help=True)
keys_app = typer.Typer(help="Create, list, revoke and rotate keys.", no_args_is_help=True)
audit_app = typer.Typer(help="Verify, sweep and export the audit log.", no_args_is_help=True)
app.add_typer(tenants_app, name="tenants")
app.add_typer(keys_app, name="keys")
app.add_typer(audit_app, name="audit")
retention_app = typer.Typer(help="Apply the personas' retention periods.", no_args_is_help=True)
app.add_typer(retention_app, name="retention")

F = TypeVar("F", bound=Callable[..., Any])


class CliError(Exception):
    """A failure to report as one line on stderr with a non-zero exit."""


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _safe_message(exc: BaseException) -> str:
    """A one-line description of `exc` that never includes SQL statements or parameters."""
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        orig = getattr(exc, "orig", None)
        kind = type(orig).__name__ if orig is not None else type(exc).__name__
        return f"database error ({kind}); check CONFIDE_DATABASE_URL and run `confide init`"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if text and isinstance(exc, ValueError | LookupError | PermissionError):
        return text
    from confide.audit import AuditError
    from confide.keyproviders import VaultError

    if text and isinstance(exc, VaultError | AuditError):
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _errors_to_exit(func: F) -> F:
    """Turn any failure of a command into one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except CliError as exc:
            _fail(str(exc))
        except Exception as exc:
            _fail(_safe_message(exc))

    return wrapper  # type: ignore[return-value]


@contextmanager
def _open_services(*, create_key: bool = False) -> Iterator[Services]:
    """The data-layer services for the configured home; a missing key is a clean error."""
    from confide.keyproviders import MasterKeyError
    from confide.services import Services
    from confide.settings import get_settings

    try:
        services = Services.from_settings(get_settings(), create_key=create_key)
    except MasterKeyError as exc:
        raise CliError(str(exc)) from None
    try:
        yield services
    finally:
        services.close()


def _emit_json(obj: Any) -> None:
    typer.echo(json.dumps(obj, indent=2, default=str))


def _as_dict(obj: Any) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    dump = getattr(obj, "model_dump", None)
    if callable(dump):
        return dump()
    return dict(vars(obj))


# --------------------------------------------------------------------------- init / serve


@app.command()
@_errors_to_exit
def init() -> None:
    """Set up CONFIDE_HOME: master key, database, and a demo tenant on first run.

    Creates the master key file (0600) if missing, migrates the database, and creates a
    `demo` tenant with the example personas when there is none yet, printing its first admin
    key once.
    """
    with _open_services(create_key=True) as services:  # from_settings migrates the store
        home = services.settings.home
        typer.echo(f"home: {home}")
        if services.tenants.list():
            typer.echo("database migrated; tenants already exist, none created")
            return
        info, token = services.tenants.create("demo")
        typer.echo(f"created tenant demo: {info.tenant_id}")
        from confide.agent.personas import PersonaStore, bundled_personas

        store = PersonaStore(services.db, services.vault, services.audit)
        for persona in bundled_personas():
            store.put(info.tenant_id, persona, actor="cli:init")
            typer.echo(f"added persona {persona.name}")
        typer.echo(f"admin API key (shown once, store it now): {token}")
        typer.echo("chat page: http://127.0.0.1:8000/ (paste the key there)")


@app.command()
@_errors_to_exit
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    tls_cert: Annotated[Path | None, typer.Option(help="TLS certificate (PEM).")] = None,
    tls_key: Annotated[Path | None, typer.Option(help="TLS private key (PEM).")] = None,
    insecure: Annotated[
        bool, typer.Option(help="Allow plaintext HTTP on a non-loopback address.")
    ] = False,
) -> None:
    """Serve the HTTP API (plaintext only on loopback unless --insecure)."""
    from confide.server.serve import Listen, ServeRefused, check_listen
    from confide.server.serve import serve as run_server

    listen = Listen(host=host, port=port, tls_cert=tls_cert, tls_key=tls_key, insecure=insecure)
    try:
        check_listen(listen)
    except ServeRefused as exc:
        raise CliError(str(exc)) from None
    with _open_services() as services:
        run_server(services, listen, log_level=services.settings.log_level)


# --------------------------------------------------------------------------- tenants


@tenants_app.command("create")
@_errors_to_exit
def tenants_create(
    name: Annotated[str, typer.Argument(help="Tenant display name.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Create a tenant and print its id and first admin key (shown exactly once)."""
    with _open_services() as services:
        info, token = services.tenants.create(name)
    if as_json:
        _emit_json({"tenant_id": info.tenant_id, "name": info.name, "api_key": token})
        return
    typer.echo(f"tenant id: {info.tenant_id}")
    typer.echo(f"admin API key (shown once, store it now): {token}")


@tenants_app.command("list")
@_errors_to_exit
def tenants_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List tenants."""
    with _open_services() as services:
        rows = [_as_dict(t) for t in services.tenants.list()]
    if as_json:
        _emit_json(rows)
        return
    _table("Tenants", rows)


@tenants_app.command("delete")
@_errors_to_exit
def tenants_delete(
    tenant_id: Annotated[str, typer.Argument(help="Tenant id.")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirm the irreversible deletion.")] = False,
) -> None:
    """Delete a tenant: its data keys are destroyed first, so none of its data can be read."""
    if not yes:
        raise CliError(
            "deleting a tenant destroys its keys and cannot be undone; pass --yes to confirm"
        )
    with _open_services() as services:
        services.tenants.delete(tenant_id)
    typer.echo(f"tenant {tenant_id} deleted; its data keys are destroyed")


# --------------------------------------------------------------------------- keys


@keys_app.command("create")
@_errors_to_exit
def keys_create(
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")],
    scope: Annotated[list[str], typer.Option("--scope", help="Scope to grant (repeatable).")],
    expires_in_days: Annotated[
        int | None, typer.Option(min=1, help="Days until the key expires.")
    ] = None,
    name: Annotated[str | None, typer.Option(help="A label for the key.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Create an API key (the token is shown exactly once)."""
    expires_at = datetime.now(UTC) + timedelta(days=expires_in_days) if expires_in_days else None
    with _open_services() as services:
        info, token = services.apikeys.create(tenant, scope, expires_at=expires_at, name=name)
    if as_json:
        _emit_json({**_as_dict(info), "api_key": token})
        return
    typer.echo(f"key id: {info.key_id}")
    typer.echo(f"API key (shown once, store it now): {token}")


@keys_app.command("revoke")
@_errors_to_exit
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="Key id (the part after cfk_).")],
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")],
) -> None:
    """Revoke an API key; servers stop accepting it within the key-cache TTL."""
    with _open_services() as services:
        services.apikeys.revoke(tenant, key_id)
    typer.echo(f"key {key_id} revoked")


@keys_app.command("list")
@_errors_to_exit
def keys_list(
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List a tenant's API keys (never their secrets)."""
    with _open_services() as services:
        rows = [_as_dict(k) for k in services.apikeys.list(tenant)]
    for row in rows:
        row.pop("tenant_id", None)
    if as_json:
        _emit_json(rows)
        return
    _table("API keys", rows)


@keys_app.command("rotate")
@_errors_to_exit
def keys_rotate(
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")],
    rewrap: Annotated[
        bool, typer.Option("--rewrap", help="Re-encrypt old records under the new key.")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Records per rewrap batch.")] = 500,
) -> None:
    """Add a new data-key version for the tenant; new writes use it, old records still read."""
    with _open_services() as services:
        version = services.vault.rotate(tenant)
        typer.echo(f"tenant {tenant}: data key version {version} is now current")
        if rewrap:
            count = _rewrap_with_progress(services, tenant, batch_size)
            typer.echo(f"re-encrypted {count} records under version {version}")


def _rewrap_with_progress(services: Services, tenant: str, batch_size: int) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("rewrapping"), BarColumn(), MofNCompleteColumn(), transient=False
    ) as progress:
        task = progress.add_task("rewrap", total=None)

        def advance(done: int, total: int | None = None) -> None:
            progress.update(task, completed=done, total=total)

        return services.vault.rewrap(tenant, batch_size, progress=advance)


# --------------------------------------------------------------------------- audit


@audit_app.command("verify")
@_errors_to_exit
def audit_verify(
    tenant: Annotated[
        str | None, typer.Option("--tenant", help="Only this tenant (default: all).")
    ] = None,
) -> None:
    """Check the audit chains; exit 0 when intact, 1 naming the first bad sequence number."""
    with _open_services() as services:
        reports = [services.audit.verify(tenant)] if tenant else services.audit.verify_all()
    bad = [r for r in reports if not r.ok]
    for r in reports:
        if r.ok:
            typer.echo(f"tenant {r.tenant_id}: intact ({r.checked} events)")
        else:
            typer.echo(
                f"tenant {r.tenant_id}: TAMPERED at seq {r.first_bad_seq}: {r.problem}",
                err=True,
            )
    if bad:
        raise typer.Exit(1)


@audit_app.command("sweep")
@_errors_to_exit
def audit_sweep() -> None:
    """Delete audit events past their retention period, keeping the chains verifiable."""
    with _open_services() as services:
        report = services.audit.sweep()
    typer.echo(
        f"swept {report.tenants} chains: deleted {report.deleted} expired events, "
        f"wrote {report.checkpoints} checkpoints"
    )
    if report.skipped:
        typer.echo(
            "left untouched because they do not verify (run `confide audit verify`): "
            + ", ".join(report.skipped),
            err=True,
        )
        raise typer.Exit(1)


@retention_app.command("sweep")
@_errors_to_exit
def retention_sweep() -> None:
    """Erase conversation transcripts and pseudonym maps past their persona's retention."""
    from confide.agent.conversations import ConversationService

    with _open_services() as services:
        erased = ConversationService(services).sweep()
    typer.echo(f"erased {erased} expired conversations")


@audit_app.command("export")
@_errors_to_exit
def audit_export(
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")],
    out: Annotated[Path, typer.Option("--out", help="Output file (JSON lines).")],
) -> None:
    """Write a tenant's audit events as JSON lines, for SIEM ingestion."""
    with _open_services() as services:
        count = services.audit.export(tenant, out)
    typer.echo(f"exported {count} events to {out}")


# --------------------------------------------------------------------------- output


def _table(title: str, rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, width=None if sys.stdout.isatty() else 200)
    if not rows:
        console.print(f"no {title.lower()}")
        return
    table = Table(title=title)
    for column in rows[0]:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_cell(v) for v in row.values()))
    console.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return " ".join(sorted(str(v) for v in value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    text = str(value)
    if len(text) >= 19 and text[4] == "-" and text[10] in " T" and text[13] == ":":
        return text[:19].replace("T", " ")  # an ISO timestamp: to the second is enough
    return text
