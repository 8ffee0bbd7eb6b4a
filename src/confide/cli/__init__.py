"""The `confide` command. Each command group lives in its own module and registers on `app`."""

from confide.cli import admin, evidence, ingest, redteam, scan  # noqa: F401  (registration side effects)
from confide.cli.app import app


def main() -> None:
    app()
