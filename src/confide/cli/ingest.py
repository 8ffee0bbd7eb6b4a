"""`confide ingest`: add files to a tenant's knowledge base, with a progress bar and a summary.

Each file becomes one document (name: the file name; type: from the suffix). A file that
cannot be read or is refused (unsupported type, empty, too large) is reported and the
command exits 1 after the others were ingested; nothing of a refused file is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from confide.cli.admin import CliError, _errors_to_exit, _open_services
from confide.cli.app import app


@app.command()
@_errors_to_exit
def ingest(
    files: Annotated[list[Path], typer.Argument(help="Text, Markdown, HTML or PDF files.")],
    tenant: Annotated[str, typer.Option("--tenant", help="The tenant id.")],
    tags: Annotated[str, typer.Option("--tags", help="Comma-separated tags.")] = "",
    json_out: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")]
    = False,
) -> None:
    """Ingest FILES into the tenant's knowledge base (chunked, scanned, encrypted)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from confide.knowledge import KnowledgeError
    from confide.store.errors import TenantNotFound

    tag_list = [t.strip() for t in tags.split(",") if t.strip()]
    results: list[dict[str, Any]] = []
    with _open_services() as services:
        try:
            services.tenants.get(tenant)
        except TenantNotFound:
            raise CliError(f"no active tenant {tenant!r}") from None
        kb = services.knowledge
        err = Console(stderr=True)
        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), console=err, transient=False,
                      disable=json_out) as progress:
            task = progress.add_task("", total=len(files))
            for path in files:
                progress.update(task, description=path.name)
                results.append(_one(kb, tenant, path, tag_list, KnowledgeError))
                progress.advance(task)
    failed = [r for r in results if "error" in r]
    if json_out:
        import json

        typer.echo(json.dumps({"documents": results, "failed": len(failed)}, indent=2))
    else:
        _summary(results)
    if failed:
        raise typer.Exit(1)


def _one(kb: Any, tenant: str, path: Path, tags: list[str],
         known: type[Exception]) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return {"file": str(path), "error": f"cannot read the file ({exc.strerror or 'error'})"}
    try:
        info = kb.ingest(tenant, path.name, data, None, tags, actor="cli")
    except known as exc:
        return {"file": str(path), "error": str(exc), "code": getattr(exc, "code", "")}
    return {"file": str(path), "document_id": info.id, "content_type": info.content_type,
            "chunks": info.chunk_count, "quarantined": info.quarantined_count}


def _summary(results: list[dict[str, Any]]) -> None:
    ok = [r for r in results if "error" not in r]
    for r in results:
        if "error" in r:
            typer.echo(f"FAILED  {r['file']}: {r['error']}")
        else:
            held = f", {r['quarantined']} quarantined" if r["quarantined"] else ""
            typer.echo(f"ok      {r['file']} -> {r['document_id']} "
                       f"({r['chunks']} chunks{held})")
    chunks = sum(r["chunks"] for r in ok)
    quarantined = sum(r["quarantined"] for r in ok)
    typer.echo(f"{len(ok)} of {len(results)} files ingested: {chunks} chunks, "
               f"{quarantined} quarantined")
    if quarantined:
        typer.echo("review quarantined chunks: GET /v1/documents/quarantine")
