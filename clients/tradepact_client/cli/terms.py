"""`tradepact extract` (terms from chat transcripts, through the server or --local) and `eval`."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from tradepact.v1 import terms_pb2

from ._common import Connection, connected, err, failed, out, parse_dict, print_json
from ._views import findings_table, terms_table


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class Backend(StrEnum):
    rules = "rules"
    llm = "llm"
    hybrid = "hybrid"


class InputFormat(StrEnum):
    auto = "auto"
    json = "json"
    whatsapp = "whatsapp"
    wechat = "wechat"
    plain = "plain"


_PLAIN_ROLES = {"BUYER", "SELLER", "OTHER", "UNSPECIFIED"}


def register(app: typer.Typer) -> None:
    """Add `extract` and `eval` to the root command."""
    app.command("extract")(extract)
    app.command("eval", context_settings={"allow_extra_args": True,
                                          "ignore_unknown_options": True})(evaluate)


@connected
def extract(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, show_default=False,
                                                help="Transcripts: proto JSON, or WhatsApp / "
                                                     "WeChat / plain chat exports")],
    local: Annotated[bool, typer.Option("--local", help="Extract in this process, without a "
                                                        "server")] = False,
    output: Annotated[OutputFormat, typer.Option("--format", help="table for people; json "
                                                 "or jsonl (one response per file) for "
                                                 "scripts")] = OutputFormat.table,
    backend: Annotated[Backend | None, typer.Option("--backend", show_default=False,
                                                    help="Extractor (default: the server's "
                                                         "configured one, rules)")] = None,
    input_format: Annotated[InputFormat, typer.Option("--input-format", help="How to read "
                                                      "the files")] = InputFormat.auto,
    buyer: Annotated[list[str] | None, typer.Option("--buyer", help="A buyer's display name "
                                                    "in chat exports (repeat)")] = None,
    seller: Annotated[list[str] | None, typer.Option("--seller", help="A seller's display "
                                                     "name in chat exports (repeat)")] = None,
    *, conn: Connection,
) -> None:
    """Extract trade terms from chat transcripts: each term with its status and the exact
    quotes it came from, plus findings for a human."""
    fmt = OutputFormat.json if conn.json and output is OutputFormat.table else output
    transcripts = [load_transcript(f, input_format.value, buyer or [], seller or [])
                   for f in files]
    chosen = backend.value if backend else None
    if local:
        responses = extract_locally(transcripts, chosen)
    else:
        pb_backend = (terms_pb2.ExtractionBackend.Value(f"EXTRACTION_BACKEND_{chosen.upper()}")
                      if chosen else terms_pb2.EXTRACTION_BACKEND_UNSPECIFIED)
        with conn.client() as client:
            responses = [client.extract_terms(transcript=t, backend=pb_backend)
                         for t in transcripts]
    if fmt is OutputFormat.jsonl:
        for r in responses:
            print_json(r, one_line=True)
    elif fmt is OutputFormat.json:
        print_json(responses[0] if len(responses) == 1 else responses)
    else:
        for path, r in zip(files, responses, strict=True):
            show_terms(path.name, r)


def show_terms(title: str, response: terms_pb2.ExtractTermsResponse) -> None:
    """The terms table and the findings of one response."""
    out.print(terms_table(response.terms, title=f"Trade terms - {title}"))
    if response.terms.findings:
        out.print(findings_table(response.terms.findings))
    backend = terms_pb2.ExtractionBackend.Name(response.backend).removeprefix(
        "EXTRACTION_BACKEND_").lower()
    out.print(f"backend {backend}, ungrounded values dropped: {response.ungrounded_count}, "
              f"terms fingerprint {response.terms_fingerprint[:16]}", style="dim")


def load_transcript(path: Path, input_format: str, buyers: list[str],
                    sellers: list[str]) -> terms_pb2.Transcript:
    """A transcript from a proto-JSON file (roles BUYER/SELLER accepted; a data-set file
    holding {"transcript": {...}} too) or a chat export."""
    from tradepact.domain.errors import TradepactError as DomainError
    from tradepact.domain.transcript_limits import decode_utf8

    try:
        text = decode_utf8(path.read_bytes(), str(path))
        fmt = input_format
        if fmt == "auto" and (path.suffix.lower() == ".json"
                              or text.lstrip().startswith(("{", "[{"))):
            fmt = "json"
        if fmt == "json":
            return transcript_from_json(text, str(path))
        from tradepact.adapters.transcript_formats import parse_export
        from tradepact.entrypoints.grpc.converters.terms import transcript_to_pb

        return transcript_to_pb(parse_export(text, fmt, buyer_names=buyers,
                                             seller_names=sellers))
    except DomainError as exc:
        failed(exc)
    raise AssertionError("unreachable")


def transcript_from_json(text: str, source: str) -> terms_pb2.Transcript:
    """Proto JSON of a Transcript, a {"transcript": ...} wrapper, or a bare message list."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        err.print(f"[bold red]error:[/] {escape(source)} is not JSON: {escape(str(exc))}")
        raise typer.Exit(1) from exc
    if isinstance(data, list):
        data = {"messages": data}
    if isinstance(data, dict) and "transcript" in data and "messages" not in data:
        data = data["transcript"]
    if not isinstance(data, dict) or not isinstance(data.get("messages", []), list):
        err.print(f"[bold red]error:[/] {escape(source)} is not a transcript: expected "
                  + escape('{"messages": [{"role": "BUYER", "author": ..., "text": ...}, ...]}'
                           " or a list of such messages"))
        raise typer.Exit(1)
    for i, message in enumerate(data.get("messages", [])):
        role = message.get("role") if isinstance(message, dict) else None
        if not isinstance(role, str):
            continue
        plain = role.strip().upper().removeprefix("ROLE_")
        if plain not in _PLAIN_ROLES:
            err.print(f"[bold red]error:[/] {escape(source)}: messages[{i}].role is "
                      f"{escape(repr(role))}; use BUYER, SELLER or OTHER (ROLE_BUYER, ... "
                      "also work)")
            raise typer.Exit(1)
        message["role"] = f"ROLE_{plain}"
    return parse_dict(data, terms_pb2.Transcript(), source)


def extract_locally(transcripts: list[terms_pb2.Transcript],
                    backend: str | None) -> list[terms_pb2.ExtractTermsResponse]:
    """The server's extraction path, in process: same use case, same converters."""
    from tradepact.bootstrap import build_extractors
    from tradepact.config import Settings
    from tradepact.domain.transcript_limits import TranscriptLimits
    from tradepact.entrypoints.grpc.converters.terms import terms_to_pb, transcript_from_pb
    from tradepact.usecases.extract_terms import ExtractTermsCommand, extract_terms

    settings = Settings.from_env()
    extractors = build_extractors(settings)
    limits = TranscriptLimits(max_bytes=settings.transcript_max_bytes,
                              max_messages=settings.transcript_max_messages)
    responses = []
    for t in transcripts:
        result = extract_terms(ExtractTermsCommand(transcript_from_pb(t), backend), extractors,
                               limits, default_backend=settings.extraction_backend)
        responses.append(terms_pb2.ExtractTermsResponse(
            terms=terms_to_pb(result.terms),
            backend=terms_pb2.ExtractionBackend.Value(
                f"EXTRACTION_BACKEND_{result.backend.upper()}"),
            ungrounded_count=result.ungrounded_count,
            terms_fingerprint=result.terms.fingerprint()))
    return responses


def evaluate(ctx: typer.Context) -> None:
    """Precision, recall and ungrounded values per field over the labelled transcripts
    (options are passed on: --data DIR, --samples FILE, --errors)."""
    from tradepact.evaluation import main

    raise typer.Exit(main(list(ctx.args)) or 0)
