"""`tradepact contract draft|render|download|get|versions|inspect`: contracts over the SDK."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from tradepact.v1 import contracts_pb2, terms_pb2

from ._common import (
    Connection,
    connected,
    enum_label,
    enum_value,
    err,
    handle_errors,
    out,
    parse_dict,
    parse_json_file,
    print_json,
    to_dict,
)

contract_app = typer.Typer(no_args_is_help=True, help="Draft, render, download and inspect "
                                                      "contracts.")


class Language(StrEnum):
    en = "en"
    zh = "zh"
    bilingual = "bilingual"


class FileFormat(StrEnum):
    docx = "docx"
    pdf = "pdf"


def register(app: typer.Typer) -> None:
    """Add the `contract` command group."""
    app.add_typer(contract_app, name="contract")


TermsArg = Annotated[Path, typer.Argument(exists=True, dir_okay=False, show_default=False,
                                          help="ExtractTermsResponse or TradeTerms, proto "
                                               "JSON")]
PartiesOpt = Annotated[Path, typer.Option("--parties", exists=True, dir_okay=False,
                                          show_default=False,
                                          help="Parties {seller, buyer} as proto JSON")]
LanguageOpt = Annotated[Language, typer.Option("--language", help="Document language")]
FinalOpt = Annotated[bool, typer.Option("--final", help="A final version: fails while "
                                                        "blocking gaps remain")]


def read_terms(path: Path) -> terms_pb2.TradeTerms:
    """TradeTerms from a file holding an ExtractTermsResponse or TradeTerms (proto JSON)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        hint = ("; terms are JSON: save them with `tradepact extract CHAT --format json > "
                "terms.json`" if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError)
                else "")
        err.print(f"[bold red]error:[/] cannot read {escape(str(path))}: "
                  f"{escape(str(exc))}{escape(hint)}")
        raise typer.Exit(1) from exc
    if isinstance(data, dict) and isinstance(data.get("terms"), dict):
        return parse_dict(data, terms_pb2.ExtractTermsResponse(), str(path)).terms
    return parse_dict(data, terms_pb2.TradeTerms(), str(path))


def read_parties(path: Path) -> contracts_pb2.Parties:
    """Parties from proto JSON (a file holding {"parties": {...}} works too)."""
    return parse_json_file(path, contracts_pb2.Parties(), wrapper="parties")


@contract_app.command("draft")
@connected
def draft(terms: TermsArg, parties: PartiesOpt, language: LanguageOpt = Language.en,
          final: FinalOpt = False,
          contract_id: Annotated[str, typer.Option("--contract-id", help="Add a version to "
                                                   "this contract")] = "",
          options_file: Annotated[Path | None, typer.Option(
              "--options", exists=True, dir_okay=False,
              help="ContractOptions as proto JSON")] = None,
          *, conn: Connection) -> None:
    """Make a new immutable contract version from terms and parties; list its gaps."""
    options = (parse_json_file(options_file, contracts_pb2.ContractOptions())
               if options_file else contracts_pb2.ContractOptions())
    options.language = enum_value(contracts_pb2.ContractLanguage, "CONTRACT_LANGUAGE",
                                  language.value)
    with conn.client() as client:
        version = client.draft_contract(contract_id=contract_id, terms=read_terms(terms),
                                        parties=read_parties(parties), options=options,
                                        final=final).version
    if conn.json:
        print_json(version)
    else:
        show_version(version)


@contract_app.command("render")
@connected
def render(terms: TermsArg, parties: PartiesOpt,
           output: Annotated[Path, typer.Option("-o", "--output", dir_okay=False,
                                                show_default=False, help="File to write")],
           language: LanguageOpt = Language.en,
           file_format: Annotated[FileFormat, typer.Option("--format")] = FileFormat.pdf,
           local: Annotated[bool, typer.Option("--local", help="Render in this process, "
                                                             "without a server")] = False,
           final: FinalOpt = False, *, conn: Connection) -> None:
    """Render one contract file from terms and parties (server: draft, render, download)."""
    check_output(output)
    terms_pb, parties_pb = read_terms(terms), read_parties(parties)
    if local:
        info = render_locally(terms_pb, parties_pb, language.value, file_format.value, final,
                              output)
    else:
        lang = enum_value(contracts_pb2.ContractLanguage, "CONTRACT_LANGUAGE", language.value)
        fmt = enum_value(contracts_pb2.DocumentFormat, "DOCUMENT_FORMAT", file_format.value)
        with conn.client() as client:
            version = client.draft_contract(
                terms=terms_pb, parties=parties_pb, final=final,
                options=contracts_pb2.ContractOptions(language=lang)).version
            rendered = client.render_contract(contract_id=version.contract_id,
                                              version=version.version, format=fmt,
                                              language=lang)
            with progress_bar(output.name) as progress:
                client.download_contract(contract_id=version.contract_id,
                                         version=version.version, format=fmt, language=lang,
                                         to=output, progress=progress)
        info = {"contractId": version.contract_id, "version": version.version,
                "status": enum_label(contracts_pb2.ContractStatus, "CONTRACT_STATUS",
                                     version.status),
                "gaps": [{"field": g.field, "description": g.description}
                         for g in version.gaps],
                "sha256": rendered.file.sha256, "sizeBytes": rendered.file.size_bytes}
    info["path"] = str(output)
    if conn.json:
        print_json(info)
        return
    where = f"contract {info['contractId']} v{info['version']}" if info.get("contractId") \
        else "local draft" if not final else "local final"
    out.print(f"wrote {escape(str(output))} ({info['sizeBytes']} bytes, sha256 "
              f"{info['sha256']}) - {where}")
    for gap in info.get("gaps", []):
        out.print(f"  gap: {gap['field']}: {gap['description']}", style="yellow")


def render_locally(terms: terms_pb2.TradeTerms, parties: contracts_pb2.Parties, language: str,
                   fmt: str, final: bool, output: Path) -> dict[str, Any]:
    """Build and render the document in process, with the server's own library."""
    from tradepact.adapters.rendering.render import render_contract
    from tradepact.adapters.rendering.templates import load_template
    from tradepact.domain.contract import blocking_gaps, build_contract
    from tradepact.entrypoints.grpc.converters.contracts import (
        options_from_pb,
        parties_from_pb,
    )
    from tradepact.entrypoints.grpc.converters.terms import terms_from_pb

    with handle_errors():
        domain_terms, domain_parties = terms_from_pb(terms), parties_from_pb(parties)
        options, template = options_from_pb(contracts_pb2.ContractOptions(
            language=enum_value(contracts_pb2.ContractLanguage, "CONTRACT_LANGUAGE", language)))
        document = build_contract(
            domain_terms, domain_parties, options, template=load_template(template).data,
            contract_number=f"LOCAL-{domain_terms.fingerprint()[:8].upper()}", version=1,
            final=final)
        rendered = render_contract(document, fmt)  # type: ignore[arg-type]
    output.write_bytes(rendered.data)
    return {"sha256": rendered.sha256, "sizeBytes": rendered.size,
            "gaps": [{"field": g.field, "description": g.description}
                     for g in blocking_gaps(domain_terms, domain_parties)]}


def check_output(path: Path) -> None:
    """Fail before any call when the file to write cannot be created (a draft made on the
    server for a file that then cannot be written is a contract nobody asked for)."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        err.print(f"[bold red]error:[/] cannot write {escape(str(path))}: directory "
                  f"{escape(str(parent))} does not exist")
        raise typer.Exit(1)
    if not os.access(parent, os.W_OK):
        err.print(f"[bold red]error:[/] cannot write {escape(str(path))}: directory "
                  f"{escape(str(parent))} is not writable")
        raise typer.Exit(1)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A Rich progress bar on stderr, fed by the SDK's progress(received, total) callback;
    none when stderr is not a terminal (a bar in a log is noise: it left a blank line)."""
    if not err.is_terminal:
        yield None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                  TransferSpeedColumn(), TimeRemainingColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task(escape(label), total=None)

        def update(received: int, total: int) -> None:
            bar.update(task, completed=received, total=total or None)

        yield update


@contract_app.command("download")
@connected
def download(contract_id: Annotated[str, typer.Argument(show_default=False)],
             output: Annotated[Path, typer.Option("-o", "--output", dir_okay=False,
                                                  show_default=False, help="File to write")],
             file_format: Annotated[FileFormat, typer.Option("--format")] = FileFormat.pdf,
             version: Annotated[int, typer.Option("--version", help="0 for the latest")] = 0,
             language: Annotated[Language | None, typer.Option(
                 "--language", show_default=False,
                 help="(default: the version's language)")] = None,
             *, conn: Connection) -> None:
    """Stream a rendered file with a progress bar; its SHA-256 is checked before it is kept."""
    check_output(output)
    lang = (enum_value(contracts_pb2.ContractLanguage, "CONTRACT_LANGUAGE", language.value)
            if language else contracts_pb2.CONTRACT_LANGUAGE_UNSPECIFIED)
    with conn.client() as client, progress_bar(output.name) as progress:
        header = client.download_contract(
            contract_id=contract_id, version=version, language=lang, to=output,
            format=enum_value(contracts_pb2.DocumentFormat, "DOCUMENT_FORMAT",
                              file_format.value), progress=progress)
    if conn.json:
        print_json({"path": str(output), "file": to_dict(header)})
    else:
        out.print(f"wrote {escape(str(output))} ({header.size_bytes} bytes, sha256 "
                  f"{header.sha256} verified)")


@contract_app.command("get")
@connected
def get(contract_id: Annotated[str, typer.Argument(show_default=False)],
        version: Annotated[int, typer.Option("--version", help="0 for the latest")] = 0,
        *, conn: Connection) -> None:
    """Show one contract version: status, gaps and rendered files."""
    with conn.client() as client:
        found = client.get_contract(contract_id=contract_id, version=version).version
    if conn.json:
        print_json(found)
    else:
        show_version(found)


@contract_app.command("versions")
@connected
def versions(contract_id: Annotated[str, typer.Argument(show_default=False)],
             page_size: Annotated[int, typer.Option("--page-size")] = 50,
             *, conn: Connection) -> None:
    """List a contract's versions, newest first."""
    with conn.client() as client:
        listed = client.list_contract_versions(contract_id=contract_id, page_size=page_size)
    if conn.json:
        print_json(listed)
        return
    table = Table(title=f"Contract {contract_id}")
    for name in ("Version", "Number", "Status", "Gaps", "Files", "Created", "By"):
        table.add_column(name)
    for v in listed.versions:
        table.add_row(str(v.version), v.contract_number,
                      enum_label(contracts_pb2.ContractStatus, "CONTRACT_STATUS", v.status),
                      str(len(v.gaps)), ", ".join(_file_label(f) for f in v.files),
                      v.create_time.ToJsonString() if v.HasField("create_time") else "",
                      v.created_by)
    out.print(table)


def _file_label(f: contracts_pb2.RenderedFile) -> str:
    fmt = enum_label(contracts_pb2.DocumentFormat, "DOCUMENT_FORMAT", f.format).lower()
    lang = enum_label(contracts_pb2.ContractLanguage, "CONTRACT_LANGUAGE", f.language).lower()
    return f"{fmt}/{lang}"


def show_version(v: contracts_pb2.ContractVersion) -> None:
    """A version in a few lines: id, number, status, gaps, files."""
    status = enum_label(contracts_pb2.ContractStatus, "CONTRACT_STATUS", v.status)
    out.print(f"contract {v.contract_id} v{v.version} ({v.contract_number}) {status}, "
              f"terms fingerprint {v.terms_fingerprint[:16]}")
    for g in v.gaps:
        out.print(f"  gap: {g.field}: {g.description}", style="yellow")
    for f in v.files:
        out.print(f"  file: {_file_label(f)} {f.size_bytes} bytes sha256 {f.sha256}")


@contract_app.command("inspect")
def inspect(file: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                                 show_default=False)],
            as_json: Annotated[bool, typer.Option("--json", help="Print the report as "
                                                                 "JSON")] = False) -> None:
    """Show what a reader needs to trust a contract file (no server needed).

    Its SHA-256, the embedded terms, the signature fields and any signatures with their
    validity."""
    from tradepact.adapters.rendering.inspect import inspect_file

    with handle_errors():
        report = inspect_file(file.read_bytes())
    if as_json:
        print_json(report)
        return
    out.print(f"{escape(str(file))}: {report['format']}, {report['size']} bytes, "
              f"sha256 {report['sha256']}")
    for key, value in sorted((report.get("metadata") or {}).items()):
        if value:
            out.print(f"  {key}: {escape(str(value))}")
    fields = report.get("signature_fields") or []
    signed = {s.get("field"): s for s in report.get("signatures") or []}
    table = Table(title="Signature fields")
    for name in ("Field", "Signed", "Signer", "Intact", "Valid", "Trusted", "Modification"):
        table.add_column(name)
    for f in fields:
        s = signed.get(f["name"], {})
        table.add_row(f["name"], "yes" if f["signed"] else "no", str(s.get("signer") or ""),
                      _yes(s.get("intact")), _yes(s.get("valid")), _yes(s.get("trusted")),
                      str(s.get("modification_level") or ""))
    if fields:
        out.print(table)
    elif report["format"] == "pdf":
        out.print("no signature fields", style="yellow")
    terms = report.get("terms")
    out.print("embedded terms: " + ("none" if terms is None else ""), style="bold")
    if terms is not None:
        out.print_json(data=terms)


def _yes(value: Any) -> str:
    return "" if value is None else ("yes" if value else "NO")
