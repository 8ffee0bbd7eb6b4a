"""The root `confide` Typer application; command groups register themselves on it."""

import typer

app = typer.Typer(
    name="confide",
    help="Confide: secure runtime and verification kit for enterprise conversational AI.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """Confide: secure runtime and verification kit for enterprise conversational AI."""


@app.command()
def version() -> None:
    """Print the installed Confide version."""
    from confide import __version__

    typer.echo(__version__)
