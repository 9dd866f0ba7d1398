"""CLI commands for operators: serve, token, db upgrade/current."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from ._common import check_address

#: The roles `tradepact token` signs (seller and buyer need --party).
ROLES = ("platform", "reviewer", "admin", "seller", "buyer")

db_app = typer.Typer(no_args_is_help=True, help="Database schema migrations.")


def register(app: typer.Typer) -> None:
    """Add serve, token and db to the root command."""
    app.command("serve")(serve)
    app.command("token")(token)
    app.add_typer(db_app, name="db")


def serve(
    address: str = typer.Option(None, help="HOST:PORT to listen on [TRADEPACT_ADDRESS]"),
    data_dir: str = typer.Option(None, help="Data directory for the embedded SQLite database "
                                            "[TRADEPACT_DATA_DIR]"),
    database_url: str = typer.Option(None, help="SQLAlchemy URL, e.g. postgresql+psycopg://"
                                                "user@host/db [TRADEPACT_DATABASE_URL]"),
    dev_no_auth: bool = typer.Option(None, "--dev-no-auth", help="Disable authentication "
                                     "(local development only) [TRADEPACT_DEV_NO_AUTH]"),
    tls_cert: str = typer.Option(None, help="Server certificate PEM [TRADEPACT_TLS_CERT]"),
    tls_key: str = typer.Option(None, help="Server private key PEM [TRADEPACT_TLS_KEY]"),
    tls_client_ca: str = typer.Option(None, help="CA PEM for client certificates: enables mTLS "
                                                 "[TRADEPACT_TLS_CLIENT_CA]"),
    jwt_secret: str = typer.Option(None, help="HS256 secret [TRADEPACT_JWT_SECRET]"),
    jwt_public_key: str = typer.Option(None, help="RS256 public key PEM file "
                                                  "[TRADEPACT_JWT_PUBLIC_KEY]"),
    log_level: str = typer.Option(None, help="DEBUG, INFO, WARNING [TRADEPACT_LOG_LEVEL]"),
    log_format: str = typer.Option(None, help="text or json [TRADEPACT_LOG_FORMAT]"),
    metrics_port: int = typer.Option(None, help="Prometheus /metrics port, 0 = off "
                                                "[TRADEPACT_METRICS_PORT]"),
    db_upgrade: bool = typer.Option(None, "--db-upgrade/--no-db-upgrade",
                                    help="Apply migrations on start [TRADEPACT_DB_UPGRADE_ON_START]"),
    processes: int = typer.Option(None, help="Server processes sharing the port (SO_REUSEPORT); "
                                             "needs a fixed port [TRADEPACT_PROCESSES]"),
) -> None:
    """Run the gRPC server until SIGTERM/SIGINT (then drain and exit 0)."""
    from tradepact.bootstrap import build_app
    from tradepact.config import Settings
    from tradepact.entrypoints.grpc.server import serve as run
    from tradepact.logging_setup import configure_logging

    settings = Settings.from_env(
        address=address, data_dir=data_dir, database_url=database_url, dev_no_auth=dev_no_auth,
        tls_cert=tls_cert, tls_key=tls_key, tls_client_ca=tls_client_ca, jwt_secret=jwt_secret,
        jwt_public_key=jwt_public_key, log_level=log_level, log_format=log_format,
        metrics_port=metrics_port, db_upgrade_on_start=db_upgrade, processes=processes)
    configure_logging(settings.log_level, settings.log_format)
    check_address(settings.address, listen=True)
    if not settings.dev_no_auth and not (settings.jwt_secret or settings.jwt_public_key):
        typer.echo("error: set TRADEPACT_JWT_SECRET (or --jwt-public-key), or pass --dev-no-auth "
                   "for local development", err=True)
        raise typer.Exit(2)
    data_dir = os.path.expanduser(settings.data_dir)
    if not settings.database_url and os.path.exists(data_dir) and not os.path.isdir(data_dir):
        typer.echo(f"error: --data-dir {settings.data_dir} is a file, not a directory", err=True)
        raise typer.Exit(2)
    if settings.processes > 1:
        from tradepact.entrypoints.grpc.processes import serve_processes

        try:
            code = serve_processes(settings)
        except (OSError, ValueError) as exc:  # as below, found before any child is forked
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from exc
        raise typer.Exit(code)
    try:
        app = build_app(settings)
    except (OSError, ValueError) as exc:  # unsupported database URL, unusable data directory
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    try:
        code = run(settings, app)
    except OSError as exc:  # the address: in use, or not one of this machine's
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    raise typer.Exit(code)


def token(
    subject: str = typer.Option(..., help="Principal name (the token's sub)"),
    role: list[str] = typer.Option(..., help="platform, reviewer, admin, seller or buyer; "
                                             "repeat for several"),
    party: str = typer.Option(None, help="Party id for seller/buyer roles"),
    ttl: int = typer.Option(3600, min=1, help="Lifetime in seconds"),
    secret: str = typer.Option(None, envvar="TRADEPACT_JWT_SECRET", show_envvar=False,
                               help="HS256 secret [TRADEPACT_JWT_SECRET]"),
    private_key: Path = typer.Option(None, exists=True, dir_okay=False,
                                     help="RS256 private key PEM file (instead of a secret)"),
    issuer: str = typer.Option("", envvar="TRADEPACT_JWT_ISSUER", show_envvar=False,
                               help="iss claim, when the server checks one "
                                    "[TRADEPACT_JWT_ISSUER]"),
    audience: str = typer.Option("", envvar="TRADEPACT_JWT_AUDIENCE", show_envvar=False,
                                 help="aud claim, when the server checks one "
                                      "[TRADEPACT_JWT_AUDIENCE]"),
    as_json: bool = typer.Option(False, "--json", help="Print {token, subject, roles} as JSON"),
) -> None:
    """Print a signed bearer token for local use."""
    from jwt.exceptions import PyJWTError

    from tradepact.adapters.tokens import issue_token

    roles = []
    for r in (r.strip().lower() for r in role):
        if r not in ROLES:
            typer.echo(f"error: unknown role {r!r}: use {', '.join(ROLES)}", err=True)
            raise typer.Exit(2)
        if r in ("seller", "buyer"):
            if not party:
                typer.echo(f"error: role {r} needs --party ID", err=True)
                raise typer.Exit(2)
            roles.append(f"{r}:{party}")
        else:
            roles.append(r)
    key = private_key.read_text(encoding="utf-8", errors="replace") if private_key else ""
    try:
        tok = issue_token(subject, roles, secret=secret or "", private_key=key, ttl_seconds=ttl,
                          issuer=issuer, audience=audience)
    except PyJWTError as exc:  # before ValueError: some of PyJWT's errors are both
        typer.echo(f"error: {private_key} is not an RSA private key in PEM format", err=True)
        raise typer.Exit(2) from exc
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps({"token": tok, "subject": subject, "roles": roles}))
    else:
        typer.echo(tok)


@contextmanager
def _database_errors(url: str) -> Iterator[None]:
    """An unreachable or unsupported database is one `error:` line (exit 1), not a traceback."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        shown = url
    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).split("(Background on this error")[0]
        typer.echo(f"error: cannot use the database {shown}: {' '.join(reason.split())}",
                   err=True)
        raise typer.Exit(1) from exc
    except ValueError as exc:  # unsupported backend
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


@db_app.command("upgrade")
def db_upgrade(
    data_dir: str = typer.Option(None, help="[TRADEPACT_DATA_DIR]"),
    database_url: str = typer.Option(None, help="[TRADEPACT_DATABASE_URL]"),
    revision: str = typer.Option("head", help="Target revision"),
) -> None:
    """Apply schema migrations (safe to run again).

    Revision 0004 seals the audit events already stored with the audit key, read as the
    server reads it (TRADEPACT_AUDIT_KEY, else the key file TRADEPACT_AUDIT_KEY_FILE, by default
    audit.key in the data directory, made when missing): give it the servers' key.
    """
    from tradepact.adapters.audit_key import AuditKey, load_audit_key
    from tradepact.adapters.db.migrate import current_revision, upgrade
    from tradepact.config import Settings

    settings = Settings.from_env(data_dir=data_dir, database_url=database_url)
    data_dir = os.path.expanduser(settings.data_dir)
    if not settings.database_url and os.path.exists(data_dir) and not os.path.isdir(data_dir):
        typer.echo(f"error: data directory {settings.data_dir} is a file, not a directory",
                   err=True)
        raise typer.Exit(2)
    url = settings.effective_database_url
    with _database_errors(url):
        if not settings.database_url:
            os.makedirs(data_dir, exist_ok=True)
        used: list[AuditKey] = []

        def audit_key() -> bytes:  # only when there are events to seal
            used.append(load_audit_key(settings))
            return used[-1].key

        sealed = upgrade(url, revision, audit_key=audit_key)
        rev = current_revision(url)
    if sealed:
        typer.echo(f"sealed {sealed} audit events written before audit seals, with the audit "
                   f"key from {used[-1].source}: every server on this database needs that key")
    typer.echo(f"database at revision {rev}")


@db_app.command("current")
def db_current(
    data_dir: str = typer.Option(None, help="[TRADEPACT_DATA_DIR]"),
    database_url: str = typer.Option(None, help="[TRADEPACT_DATABASE_URL]"),
) -> None:
    """Print the schema revision the database is at."""
    from tradepact.adapters.db.migrate import current_revision
    from tradepact.config import Settings

    settings = Settings.from_env(data_dir=data_dir, database_url=database_url)
    if not settings.database_url:
        # Opening a missing SQLite file would create an empty one (or fail with SQLAlchemy's
        # "unable to open database file" when the directory is missing): say what is missing.
        where = Path(settings.data_dir).expanduser()
        if not where.is_dir():
            why = "is a file, not a directory" if where.exists() else "does not exist"
            typer.echo(f"error: no database: data directory {settings.data_dir} {why} "
                       f"(`tradepact db upgrade --data-dir DIR` creates one)", err=True)
            raise typer.Exit(1)
        if not (where / "tradepact.sqlite3").is_file():
            typer.echo(f"error: no database in data directory {settings.data_dir}: it has no "
                       f"tradepact.sqlite3 (`tradepact db upgrade --data-dir DIR` creates one)",
                       err=True)
            raise typer.Exit(1)
    with _database_errors(settings.effective_database_url):
        rev = current_revision(settings.effective_database_url)
    typer.echo(rev or "none")
    if rev is None:
        sys.exit(1)
