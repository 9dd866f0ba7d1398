"""The `tradepact` command as users run it: local extraction, tokens, the server path, errors."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from google.protobuf import json_format

from tests.support.samples import sample_parties, sample_terms
from tests.support.server_process import REPO, TEST_SECRET, ServerProcess, tradepact_bin
from tradepact.entrypoints.grpc.converters.contracts import parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb

FOB_JSON = REPO / "tests" / "data" / "transcripts" / "en-basic-fob-agreed.json"


def tradepact(*args: str, env: dict[str, str] | None = None,
              timeout: float = 120) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TRADEPACT_")}
    return subprocess.run([tradepact_bin(), *args], capture_output=True, text=True,
                          env={**clean, "COLUMNS": "200", **(env or {})}, timeout=timeout,
                          cwd=REPO)


def small_transcript(tmp_path: Path) -> Path:
    path = tmp_path / "chat.json"
    path.write_text(json.dumps({"messages": [
        {"role": "SELLER", "author": "Li", "text": "We can do CIF Hamburg, USD 4.20/pc."},
        {"role": "BUYER", "author": "Anna", "text": "Confirmed, CIF Hamburg."},
    ]}), encoding="utf-8")
    return path


def test_local_extract_prints_the_terms_as_proto_json_with_the_incoterm(tmp_path: Path) -> None:
    result = tradepact("extract", "--local", "--format", "json", str(small_transcript(tmp_path)))
    assert result.returncode == 0, result.stderr
    incoterm = json.loads(result.stdout)["terms"]["incoterm"]
    assert incoterm["rule"] == "INCOTERM_RULE_CIF"
    assert incoterm["namedPlace"] == "Hamburg"
    assert incoterm["status"] == "TERM_STATUS_AGREED"


def test_local_extract_reads_a_whatsapp_export_with_named_sides(tmp_path: Path) -> None:
    export = tmp_path / "chat.txt"
    export.write_text("[03/03/2026, 09:12:44] Li Wei: Price is FOB Shenzhen, USD 3.10/pc\n"
                      "[03/03/2026, 09:20:01] Anna: ok, deal\n", encoding="utf-8")
    result = tradepact("extract", "--local", "--format", "jsonl", "--seller", "Li Wei",
                       "--buyer", "Anna", str(export))
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    incoterm = json.loads(line)["terms"]["incoterm"]
    assert (incoterm["rule"], incoterm["namedPlace"]) == ("INCOTERM_RULE_FOB", "Shenzhen")


def test_jsonl_prints_one_response_per_file_in_order(tmp_path: Path) -> None:
    result = tradepact("extract", "--local", "--format", "jsonl",
                       str(small_transcript(tmp_path)), str(FOB_JSON))
    assert result.returncode == 0, result.stderr
    rules = [json.loads(line)["terms"]["incoterm"]["rule"]
             for line in result.stdout.splitlines()]
    assert rules == ["INCOTERM_RULE_CIF", "INCOTERM_RULE_FOB"]


def test_the_table_shows_each_term_with_its_status_and_quoted_evidence(tmp_path: Path) -> None:
    result = tradepact("extract", "--local", str(small_transcript(tmp_path)))
    assert result.returncode == 0, result.stderr
    incoterm_row = next(line for line in result.stdout.splitlines() if "Incoterm" in line)
    assert "CIF Hamburg" in incoterm_row and "AGREED" in incoterm_row
    assert '"CIF Hamburg"' in result.stdout  # the quote


def test_a_token_from_tradepact_token_extracts_through_the_server(server: ServerProcess) -> None:
    issued = tradepact("token", "--subject", "shop", "--role", "platform",
                       env={"TRADEPACT_JWT_SECRET": TEST_SECRET})
    assert issued.returncode == 0, issued.stderr
    result = tradepact("extract", "--format", "json", "--address", server.address,
                       str(FOB_JSON), env={"TRADEPACT_TOKEN": issued.stdout.strip()})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["terms"]["incoterm"]["rule"] == "INCOTERM_RULE_FOB"


def test_server_and_local_extraction_print_the_same_terms(server: ServerProcess) -> None:
    issued = tradepact("token", "--subject", "shop", "--role", "platform",
                       env={"TRADEPACT_JWT_SECRET": TEST_SECRET}).stdout.strip()
    remote = tradepact("extract", "--format", "json", "--address", server.address,
                       "--token", issued, str(FOB_JSON))
    local = tradepact("extract", "--local", "--format", "json", str(FOB_JSON))
    assert remote.returncode == local.returncode == 0, remote.stderr + local.stderr
    assert json.loads(remote.stdout) == json.loads(local.stdout)


def test_a_bad_token_prints_one_error_line_and_exits_1(server: ServerProcess) -> None:
    result = tradepact("extract", "--address", server.address, "--token", "forged",
                       str(FOB_JSON))
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: UNAUTHENTICATED:") and "request id" in line


def test_no_token_is_one_error_line_that_says_unauthenticated_once(
        server: ServerProcess) -> None:
    result = tradepact("extract", "--address", server.address, str(FOB_JSON))
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: UNAUTHENTICATED: missing bearer token "), line
    assert "Traceback" not in result.stderr


def test_field_violations_are_listed_under_the_error(tmp_path: Path) -> None:
    chat = tmp_path / "chat.json"
    chat.write_text(json.dumps({"messages": [{"role": "BUYER", "text": "hi"}] * 3}))
    result = tradepact("extract", "--local", str(chat),
                       env={"TRADEPACT_TRANSCRIPT_MAX_MESSAGES": "2"})
    assert result.returncode == 1
    assert "  - transcript.messages: 3 messages exceed the limit of 2" in result.stderr


def test_an_unreachable_server_is_a_one_line_error(tmp_path: Path) -> None:
    result = tradepact("extract", "--address", "127.0.0.1:1", "--timeout", "3",
                       str(small_transcript(tmp_path)))
    assert result.returncode == 1
    assert result.stderr.startswith("error: UNAVAILABLE")


def test_local_render_writes_a_docx_that_inspect_reads_back(tmp_path: Path) -> None:
    terms, parties = tmp_path / "terms.json", tmp_path / "parties.json"
    terms.write_text(json_format.MessageToJson(terms_to_pb(sample_terms())))
    parties.write_text(json_format.MessageToJson(parties_to_pb(sample_parties())))
    out = tmp_path / "contract.docx"
    rendered = tradepact("contract", "render", str(terms), "--parties", str(parties),
                         "--format", "docx", "--language", "en", "-o", str(out), "--local",
                         "--final", "--json")
    assert rendered.returncode == 0, rendered.stderr
    written = json.loads(rendered.stdout)
    inspected = tradepact("contract", "inspect", str(out), "--json")
    assert inspected.returncode == 0, inspected.stderr
    report = json.loads(inspected.stdout)
    assert report["sha256"] == written["sha256"]
    assert report["terms"] is not None
