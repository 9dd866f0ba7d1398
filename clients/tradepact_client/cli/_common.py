"""Shared CLI plumbing: connection options, SDK clients, JSON output and one-line errors."""

from __future__ import annotations

import functools
import inspect
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from google.protobuf import json_format
from google.protobuf.message import Message as PbMessage
from rich.console import Console
from rich.markup import escape

from tradepact_client import TradepactClient, TradepactError

F = TypeVar("F", bound=Callable[..., Any])

#: Normal output (tables, JSON) and diagnostics (errors, progress) go to separate streams.
out = Console(highlight=False, soft_wrap=True)
#: Errors are never hard-wrapped: "one line" must stay one line for grep and logs at any width.
err = Console(stderr=True, highlight=False, soft_wrap=True)

DEFAULT_ADDRESS = "127.0.0.1:50051"
DEFAULT_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class Connection:
    """Where and how to reach the server, from the shared options."""

    address: str = DEFAULT_ADDRESS
    token: str | None = None
    tls_ca: Path | None = None
    client_cert: Path | None = None
    client_key: Path | None = None
    server_name: str | None = None
    timeout: float | None = None  # None: DEFAULT_TIMEOUT_SECONDS (`escrow watch`: no deadline)
    json: bool = False

    def client(self) -> TradepactClient:
        """A client for these options (use it in a `with` block)."""
        return TradepactClient(self.address, token=self.token, tls_ca=self.tls_ca,
                               client_cert=self.client_cert, client_key=self.client_key,
                               server_name_override=self.server_name,
                               timeout=DEFAULT_TIMEOUT_SECONDS if self.timeout is None
                               else self.timeout)


def address_problem(address: str) -> str | None:
    """Why `address` is no HOST:PORT, or None when it is one.

    gRPC quietly takes port 443 for a bare host, so `--address 127.0.0.1` would try
    127.0.0.1:443 (and `serve` would listen there) rather than say the port is missing.
    Targets gRPC spells with a scheme (unix:PATH, dns:///HOST:PORT, ...) pass unchecked."""
    if not address.strip():
        return "is empty"
    if address.startswith(("unix:", "unix-abstract:", "vsock:")) or "://" in address:
        return None
    target = address.removeprefix("ipv4:").removeprefix("ipv6:").removeprefix("dns:")
    if target.startswith("["):  # [::1]:50051
        _, _, port = target.partition("]")
        port = port.removeprefix(":") if port.startswith(":") else ""
    else:
        host, sep, port = target.rpartition(":")
        port = port if sep else ""
        if ":" in host:
            return "needs brackets around its IPv6 host: [HOST]:PORT"
    if not port:
        return "has no port"
    return None if port.isdigit() else f"has a port that is not a number ({port!r})"


def check_address(address: str, *, listen: bool = False) -> None:
    """Exit 2 with one error line unless `address` is a HOST:PORT."""
    problem = address_problem(address)
    if problem is None:
        return
    where = "listen on" if listen else "reach the server at"
    err.print(f"[bold red]error:[/] address {escape(repr(address))} {escape(problem)}: "
              f"--address and TRADEPACT_ADDRESS take the HOST:PORT to {where}, e.g. "
              f"{DEFAULT_ADDRESS} (`tradepact serve`'s default)")
    raise typer.Exit(2)


def _pem_problem(path: Path, kind: str) -> str | None:
    """Why the file at `path` is not a PEM `kind` ("certificate" or "key"), or None."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    try:
        if kind == "certificate":
            x509.load_pem_x509_certificates(data)
        else:
            load_pem_private_key(data, password=None)
    except TypeError:  # a key that needs a password: gRPC cannot use it either
        return "is an encrypted private key: gRPC needs it unencrypted"
    except ValueError:
        return ("is not a PEM certificate (-----BEGIN CERTIFICATE-----)" if kind == "certificate"
                else "is not a PEM private key (-----BEGIN ... PRIVATE KEY-----)")
    return None


def check_tls_files(conn: Connection) -> None:
    """Exit 2 with one error line if a --tls-ca/--client-cert/--client-key file is no PEM of
    its kind, or only one of the client pair is given. Checked before any channel exists: gRPC
    would log several C-core lines and then fail each call with a misleading UNAVAILABLE."""
    files = [("--tls-ca", conn.tls_ca, "certificate"),
             ("--client-cert", conn.client_cert, "certificate"),
             ("--client-key", conn.client_key, "key")]
    for option, path, kind in files:
        if path is not None and (problem := _pem_problem(path, kind)):
            err.print(f"[bold red]error:[/] {option} {escape(str(path))} {escape(problem)}")
            raise typer.Exit(2)
    if (conn.client_cert is None) != (conn.client_key is None):
        err.print("[bold red]error:[/] mutual TLS needs both --client-cert and --client-key")
        raise typer.Exit(2)


#: Each option names its environment variable once, in its help ("[TRADEPACT_ADDRESS]", as
#: serve and token do), so Typer's own "[env var: ...]" is turned off (show_envvar=False).
_OPTIONS = [
    inspect.Parameter("address", inspect.Parameter.KEYWORD_ONLY, default=DEFAULT_ADDRESS,
                      annotation=Annotated[str, typer.Option(
                          "--address", envvar="TRADEPACT_ADDRESS", show_envvar=False,
                          help="Server HOST:PORT [TRADEPACT_ADDRESS]",
                          rich_help_panel="Connection")]),
    inspect.Parameter("token", inspect.Parameter.KEYWORD_ONLY, default=None,
                      annotation=Annotated[str | None, typer.Option(
                          "--token", envvar="TRADEPACT_TOKEN", show_envvar=False, show_default=False,
                          help="Bearer token, e.g. from `tradepact token` [TRADEPACT_TOKEN]",
                          rich_help_panel="Connection")]),
    inspect.Parameter("tls_ca", inspect.Parameter.KEYWORD_ONLY, default=None,
                      annotation=Annotated[Path | None, typer.Option(
                          "--tls-ca", envvar="TRADEPACT_TLS_CA", show_envvar=False, exists=True, dir_okay=False,
                          help="CA certificate PEM: connect with TLS [TRADEPACT_TLS_CA]",
                          rich_help_panel="Connection")]),
    inspect.Parameter("client_cert", inspect.Parameter.KEYWORD_ONLY, default=None,
                      annotation=Annotated[Path | None, typer.Option(
                          "--client-cert", envvar="TRADEPACT_CLIENT_CERT", show_envvar=False, exists=True,
                          dir_okay=False, help="Client certificate PEM for mutual TLS "
                               "[TRADEPACT_CLIENT_CERT]",
                          rich_help_panel="Connection")]),
    inspect.Parameter("client_key", inspect.Parameter.KEYWORD_ONLY, default=None,
                      annotation=Annotated[Path | None, typer.Option(
                          "--client-key", envvar="TRADEPACT_CLIENT_KEY", show_envvar=False, exists=True,
                          dir_okay=False, help="Client private key PEM for mutual TLS "
                               "[TRADEPACT_CLIENT_KEY]",
                          rich_help_panel="Connection")]),
    inspect.Parameter("server_name", inspect.Parameter.KEYWORD_ONLY, default=None,
                      annotation=Annotated[str | None, typer.Option(
                          "--server-name", help="Expected TLS server name, when it differs "
                          "from the address host", rich_help_panel="Connection")]),
    inspect.Parameter("timeout", inspect.Parameter.KEYWORD_ONLY, default=None,
                      annotation=Annotated[float | None, typer.Option(
                          "--timeout", show_default=False,
                          help=f"Deadline per call in seconds (default "
                               f"{DEFAULT_TIMEOUT_SECONDS:g}; `escrow watch`: none, it "
                               f"streams until Ctrl-C)",
                          rich_help_panel="Connection")]),
]
_JSON = inspect.Parameter("as_json", inspect.Parameter.KEYWORD_ONLY, default=False,
                          annotation=Annotated[bool, typer.Option(
                              "--json", help="Print the response as JSON (the proto JSON "
                              "mapping) for scripts")])
_NAMES = [p.name for p in _OPTIONS]


def connected(fn: F) -> F:
    """Give a command the shared connection options and `--json`, pass them as `conn`, and
    turn SDK errors into a one-line message and exit code 1."""
    own = inspect.signature(fn, eval_str=True)
    params = [p for p in own.parameters.values() if p.name != "conn"]

    @functools.wraps(fn)
    def command(*args: Any, **kwargs: Any) -> Any:
        conn = Connection(**{n: kwargs.pop(n) for n in _NAMES}, json=kwargs.pop("as_json"))
        check_address(conn.address)
        check_tls_files(conn)
        with handle_errors(address=conn.address):
            return fn(*args, conn=conn, **kwargs)

    command.__signature__ = own.replace(parameters=[*params, *_OPTIONS, _JSON])  # type: ignore[attr-defined]
    command.__annotations__ = {}
    return command  # type: ignore[return-value]


def failed(error: Any, *, address: str | None = None) -> None:
    """Print an SDK or domain error as one line (then its violations, one per line); exit 1.

    UNAVAILABLE names the address tried, since "server not running" and "wrong port" are the
    usual causes and gRPC's own text does not say where it looked."""
    if isinstance(error, TradepactError):
        line = f"{error.code.name}: {error.message}"
        if error.code.name == "UNAVAILABLE" and address:
            line = (f"UNAVAILABLE: no tradepact server answers at {address} (is `tradepact "
                    f"serve` running there? set --address or TRADEPACT_ADDRESS): "
                    f"{error.message}")
        if error.request_id and error.request_id not in error.message:
            line += f" (request id {error.request_id})"
        details = [f"{v.field}: {v.description}" for v in error.field_violations]
        details += [f"{v.subject}: {v.description}" for v in error.precondition_violations]
    else:  # a domain error from a --local run
        line = getattr(error, "message", str(error))
        details = [f"{v.field}: {v.description}" for v in getattr(error, "violations", ())
                   if hasattr(v, "field")]
    err.print(f"[bold red]error:[/] {escape(line)}")
    for d in details:
        err.print(f"  - {d}", markup=False)
    raise typer.Exit(1)


@contextmanager
def handle_errors(*, address: str | None = None) -> Iterator[None]:
    """SDK errors (and the domain's, for --local) become `failed(...)`."""
    from tradepact.domain.errors import TradepactError as DomainError

    try:
        yield
    except (TradepactError, DomainError) as exc:
        failed(exc, address=address)


def to_dict(message: PbMessage) -> dict[str, Any]:
    """The proto JSON mapping of a message (lowerCamelCase names, enum names)."""
    return json_format.MessageToDict(message)


def print_json(value: PbMessage | list[PbMessage] | dict[str, Any], *,
               one_line: bool = False) -> None:
    """Print a message (or a list of them, or a plain dict) as JSON on stdout."""
    if isinstance(value, PbMessage):
        value = to_dict(value)
    elif isinstance(value, list):
        value = [to_dict(m) if isinstance(m, PbMessage) else m for m in value]
    text = json.dumps(value, ensure_ascii=False, indent=None if one_line else 2)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def parse_json_file(path: Path, message: PbMessage, *, wrapper: str | None = None) -> PbMessage:
    """Fill `message` from a file holding its proto JSON (or `{wrapper: {...}}`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        err.print(f"[bold red]error:[/] cannot read {escape(str(path))}: {escape(str(exc))}")
        raise typer.Exit(1) from exc
    if wrapper and isinstance(data, dict) and wrapper in data:
        data = data[wrapper]
    return parse_dict(data, message, str(path))


def parse_dict(data: Any, message: PbMessage, source: str) -> PbMessage:
    """`json_format.ParseDict` with a one-line error naming the source."""
    try:
        return json_format.ParseDict(data, message, ignore_unknown_fields=False)
    except json_format.ParseError as exc:
        reason = " ".join(str(exc).split())  # protobuf's text has a line break: keep one line
        err.print(f"[bold red]error:[/] {escape(source)} is not a valid "
                  f"{message.DESCRIPTOR.name}: {escape(reason)}")
        raise typer.Exit(1) from exc


def money(m: Any) -> str:
    """A Money message for people: "USD 12,345.60" ("" when unset)."""
    if not m.currency_code:
        return ""
    from tradepact.domain.money import format_money

    return format_money(m.minor_units, m.currency_code)


def enum_value(enum: Any, prefix: str, choice: str) -> int:
    """`choice` ("pdf") as the proto enum value (DOCUMENT_FORMAT_PDF)."""
    return enum.Value(f"{prefix}_{choice.upper()}")


def enum_label(enum: Any, prefix: str, value: int) -> str:
    """A proto enum value as a short label: TERM_STATUS_AGREED -> AGREED ("" if unset)."""
    try:
        name = enum.Name(value)
    except ValueError:
        return str(value)
    label = name.removeprefix(prefix + "_")
    return "" if label == "UNSPECIFIED" else label


__all__ = ["Connection", "address_problem", "check_address", "check_tls_files", "connected", "enum_label", "enum_value", "err", "failed",
           "handle_errors", "money", "out", "parse_dict", "parse_json_file", "print_json", "to_dict"]
