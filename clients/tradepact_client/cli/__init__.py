"""The `tradepact` command line: serve, token, db, and one command group per service."""

from __future__ import annotations

import typer

from . import server as _server

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="tradepact: trade chats to contracts, and an escrow that guards the money.")

_server.register(app)


def _register_optional() -> None:
    # Command groups over the SDK; each lives in its own module.
    import importlib

    for name in ("terms", "contracts", "escrow"):
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        module.register(app)


_register_optional()


def main() -> None:
    """Console-script entry point."""
    app()
