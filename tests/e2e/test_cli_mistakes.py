"""The mistakes a new user makes with the `tradepact` command, and what they see.

Each one is an `error: ...` line on stderr (violations, if any, one per line under it), a
non-zero exit, and no Python traceback."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.support.server_process import REPO, free_port, tradepact_bin


def tradepact(*args: str, env: dict[str, str] | None = None, columns: int = 200,
              timeout: float = 120) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TRADEPACT_")}
    return subprocess.run([tradepact_bin(), *args], capture_output=True, text=True,
                          env={**clean, "COLUMNS": str(columns), **(env or {})},
                          timeout=timeout, cwd=REPO)


def assert_one_error_line(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The error as the user sees it: one `error:` line, the exit code, no traceback."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip("\n").splitlines()
    assert lines and lines[0].startswith("error: "), result.stderr
    assert all(line.startswith("  - ") for line in lines[1:]), result.stderr
    return lines[0]


def chat(tmp_path: Path) -> Path:
    path = tmp_path / "chat.json"
    path.write_text(json.dumps({"messages": [
        {"role": "SELLER", "text": "We can do CIF Hamburg, USD 4.20/pc."},
        {"role": "BUYER", "text": "Confirmed, CIF Hamburg."}]}), encoding="utf-8")
    return path


def test_no_server_at_the_address_is_one_line_naming_it_even_in_a_narrow_terminal(
        tmp_path: Path) -> None:
    address = f"127.0.0.1:{free_port()}"
    result = tradepact("extract", str(chat(tmp_path)), "--address", address, "--timeout", "3",
                       columns=60)
    line = assert_one_error_line(result)
    assert line.startswith(f"error: UNAVAILABLE: no tradepact server answers at {address} ")
    assert "TRADEPACT_ADDRESS" in line


TOKEN_ENV = {"TRADEPACT_JWT_SECRET": "walkthrough-secret-0123456789abcdef0123"}


def test_a_misspelt_role_names_the_roles_there_are() -> None:
    line = assert_one_error_line(tradepact("token", "--subject", "x", "--role", "sellr",
                                           env=TOKEN_ENV), code=2)
    assert line == "error: unknown role 'sellr': use platform, reviewer, admin, seller, buyer"


def test_a_capitalised_role_is_the_role() -> None:
    import jwt

    result = tradepact("token", "--subject", "x", "--role", "Reviewer", env=TOKEN_ENV)
    assert result.returncode == 0, result.stderr
    claims = jwt.decode(result.stdout.strip(), TOKEN_ENV["TRADEPACT_JWT_SECRET"],
                        algorithms=["HS256"])
    assert claims["roles"] == ["reviewer"]


def test_a_private_key_file_that_is_missing_or_not_a_key_is_an_error_not_a_traceback(
        tmp_path: Path) -> None:
    missing = tradepact("token", "--subject", "x", "--role", "platform", "--private-key",
                        str(tmp_path / "nokey.pem"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "does not exist" in missing.stderr
    bad = tmp_path / "bad.pem"
    bad.write_text("not a key\n")
    line = assert_one_error_line(tradepact("token", "--subject", "x", "--role", "platform",
                                           "--private-key", str(bad)), code=2)
    assert line == f"error: {bad} is not an RSA private key in PEM format"


def test_a_token_that_would_be_born_expired_is_refused() -> None:
    result = tradepact("token", "--subject", "x", "--role", "platform", "--ttl", "-5",
                       env=TOKEN_ENV)
    assert result.returncode == 2 and result.stdout == ""
    assert "--ttl" in result.stderr


def test_the_token_carries_the_issuer_and_audience_the_server_checks() -> None:
    import jwt

    result = tradepact("token", "--subject", "x", "--role", "platform",
                       env={**TOKEN_ENV, "TRADEPACT_JWT_ISSUER": "tp-test",
                            "TRADEPACT_JWT_AUDIENCE": "shop"})
    assert result.returncode == 0, result.stderr
    claims = jwt.decode(result.stdout.strip(), TOKEN_ENV["TRADEPACT_JWT_SECRET"],
                        algorithms=["HS256"], audience="shop", issuer="tp-test")
    assert (claims["iss"], claims["aud"]) == ("tp-test", "shop")


def test_an_output_in_a_missing_directory_fails_before_anything_is_drafted(
        tmp_path: Path) -> None:
    from google.protobuf import json_format

    from tests.support.samples import sample_parties, sample_terms
    from tradepact.entrypoints.grpc.converters.contracts import parties_to_pb
    from tradepact.entrypoints.grpc.converters.terms import terms_to_pb

    terms, parties = tmp_path / "terms.json", tmp_path / "parties.json"
    terms.write_text(json_format.MessageToJson(terms_to_pb(sample_terms())))
    parties.write_text(json_format.MessageToJson(parties_to_pb(sample_parties())))
    target = tmp_path / "no-such-dir" / "c.pdf"
    # No server listens here: the error must come before any call is tried.
    nowhere = f"127.0.0.1:{free_port()}"
    for local in ([], ["--local"]):
        line = assert_one_error_line(tradepact(
            "contract", "render", str(terms), "--parties", str(parties), "-o", str(target),
            "--address", nowhere, *local))
        assert line == (f"error: cannot write {target}: directory {target.parent} "
                        "does not exist")
    line = assert_one_error_line(tradepact("contract", "download", "c-1", "-o", str(target),
                                           "--address", nowhere))
    assert line.startswith(f"error: cannot write {target}:")


def test_a_failed_download_starts_with_its_error_line(tmp_path: Path) -> None:
    # Piped stderr: no progress bar, so nothing (not even a blank line) before the error.
    result = tradepact("contract", "download", "c-1", "-o", str(tmp_path / "c.pdf"),
                       "--address", f"127.0.0.1:{free_port()}", "--timeout", "2")
    assert result.stderr.startswith("error: UNAVAILABLE"), repr(result.stderr[:80])


def test_a_transcript_with_an_unknown_role_says_which_message_and_the_roles(
        tmp_path: Path) -> None:
    path = tmp_path / "chat.json"
    path.write_text(json.dumps({"messages": [
        {"role": "buyer", "text": "FOB Ningbo?"}, {"role": "CUSTOMER", "text": "ok"}]}))
    line = assert_one_error_line(tradepact("extract", "--local", str(path)))
    assert line == (f"error: {path}: messages[1].role is 'CUSTOMER'; use BUYER, SELLER or "
                    "OTHER (ROLE_BUYER, ... also work)")


def test_role_names_in_any_case_with_or_without_the_prefix_are_read(tmp_path: Path) -> None:
    path = tmp_path / "chat.json"
    path.write_text(json.dumps([{"role": "Role_Seller", "text": "FOB Ningbo, USD 2/pc"},
                                {"role": "buyer", "text": "ok, FOB Ningbo"}]))
    result = tradepact("extract", "--local", "--format", "json", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["terms"]["incoterm"]["namedPlace"] == "Ningbo"


def test_json_that_is_no_transcript_says_what_a_transcript_looks_like(tmp_path: Path) -> None:
    for text in ('"hello"', '{"messages": "hi"}'):
        path = tmp_path / "chat.json"
        path.write_text(text)
        line = assert_one_error_line(tradepact("extract", "--local", str(path)))
        assert line.startswith(f"error: {path} is not a transcript: expected "
                               '{"messages": [{"role": "BUYER"'), line


def test_a_misspelt_message_field_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "chat.json"
    path.write_text(json.dumps({"messages": [{"role": "SELLER", "txt": "FOB Ningbo"}]}))
    line = assert_one_error_line(tradepact("extract", "--local", str(path), columns=80))
    assert line.startswith(f"error: {path} is not a valid Transcript: ")
    assert 'no field named "txt"' in line and "'text'" in line


def test_a_chat_given_where_the_terms_go_says_how_to_make_the_terms(tmp_path: Path) -> None:
    chat_txt = tmp_path / "chat.txt"
    chat_txt.write_text("[03/03/2026, 09:12:44] Li Wei: Price is FOB Shenzhen\n")
    parties = tmp_path / "parties.json"
    parties.write_text("{}")
    line = assert_one_error_line(tradepact("contract", "render", str(chat_txt), "--parties",
                                           str(parties), "-o", str(tmp_path / "c.pdf"),
                                           "--local"))
    assert line.startswith(f"error: cannot read {chat_txt}: ")
    assert line.endswith("terms are JSON: save them with `tradepact extract CHAT --format "
                         "json > terms.json`")


def test_serve_on_a_port_in_use_ends_with_one_error_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        address = f"127.0.0.1:{taken.getsockname()[1]}"
        result = tradepact("serve", "--address", address, "--data-dir", str(tmp_path / "d"),
                           "--dev-no-auth", env={"TRADEPACT_RENDER_WORKERS": "1"})
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"error: cannot listen on {address}: the port is in use, or it is not a HOST:PORT "
        "this machine has")


def test_serve_with_a_file_as_data_dir_or_an_unknown_database_is_one_error_line(
        tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    result = tradepact("serve", "--data-dir", str(a_file), "--dev-no-auth")
    assert (result.returncode, result.stderr) == (
        2, f"error: --data-dir {a_file} is a file, not a directory\n")
    result = tradepact("serve", "--database-url", "foo://bar", "--dev-no-auth",
                       "--address", "127.0.0.1:0")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == "error: unsupported database backend 'foo'"


def test_escrow_watch_with_a_timeout_prints_the_events_and_ends_then(server) -> None:
    import time

    from tests.support.escrow_flow import new_order
    from tests.support.server_process import token

    order = new_order(server.address)
    started = time.monotonic()
    result = tradepact("escrow", "watch", order.order_id, "--address", server.address,
                       "--token", token("auditor", "admin"), "--timeout", "2", timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("#1 ") and "order.created" in result.stdout
    assert time.monotonic() - started < 30  # it used to stream on, whatever --timeout said


def test_db_current_without_a_database_is_one_error_line_and_creates_nothing(
        tmp_path: Path) -> None:
    missing = tmp_path / "does-not-exist"
    line = assert_one_error_line(tradepact("db", "current", "--data-dir", str(missing)))
    assert line == (f"error: no database: data directory {missing} does not exist "
                    "(`tradepact db upgrade --data-dir DIR` creates one)")
    assert not missing.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    line = assert_one_error_line(tradepact("db", "current", "--data-dir", str(empty)))
    assert line.startswith(f"error: no database in data directory {empty}: ")
    assert list(empty.iterdir()) == []  # no empty SQLite file left behind
    line = assert_one_error_line(tradepact("db", "current", "--database-url", "foo://bar"))
    assert line == "error: unsupported database backend 'foo'"


def test_an_address_without_a_port_says_host_port_instead_of_trying_port_443(
        tmp_path: Path) -> None:
    for address in ("127.0.0.1", "localhost", "[::1]"):
        line = assert_one_error_line(tradepact("extract", str(chat(tmp_path)), "--address",
                                               address), code=2)
        assert line == (f"error: address {address!r} has no port: --address and "
                        "TRADEPACT_ADDRESS take the HOST:PORT to reach the server at, e.g. "
                        "127.0.0.1:50051 (`tradepact serve`'s default)")
    line = assert_one_error_line(tradepact("escrow", "get", "o-1",
                                           env={"TRADEPACT_ADDRESS": "127.0.0.1"}), code=2)
    assert line.startswith("error: address '127.0.0.1' has no port: ")
    line = assert_one_error_line(tradepact("extract", str(chat(tmp_path)), "--address", "::1"),
                                 code=2)
    assert "needs brackets around its IPv6 host: [HOST]:PORT" in line
    data_dir = tmp_path / "d"
    line = assert_one_error_line(tradepact("serve", "--address", "127.0.0.1", "--dev-no-auth",
                                           "--data-dir", str(data_dir)), code=2)
    assert line.startswith("error: address '127.0.0.1' has no port: ") and "listen on" in line
    assert not data_dir.exists()


def test_eval_without_the_shared_samples_says_where_it_looked(tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(REPO / "tests" / "data" / "transcripts" / "en-basic-fob-agreed.json", data)
    nowhere = tmp_path / "no-samples"
    result = tradepact("eval", "--data", str(data), env={"TRADEPACT_SAMPLES_DIR": str(nowhere)})
    assert result.returncode == 0, result.stderr
    assert result.stderr == (f"shared samples not found at {nowhere / 'trade_snippets.jsonl'}: "
                             "skipping them (set TRADEPACT_SAMPLES_DIR=DIR or pass --samples "
                             "FILE to include them)\n")
    assert result.stdout.startswith("tests/data: 1 transcripts")
    assert "shared samples" not in result.stdout
    line = assert_one_error_line(tradepact("eval", "--data", str(data), "--samples",
                                           str(nowhere / "x.jsonl")), code=2)
    assert line == f"error: --samples: {nowhere / 'x.jsonl'} does not exist"


def test_escrow_confirm_refused_shows_just_the_error_and_accepted_names_what_was_approved(
        server) -> None:
    from tests.support.escrow_flow import ROLES, fund_and_request, new_order
    from tests.support.server_process import token

    order = fund_and_request(server.address, new_order(server.address), 0)
    seen = order.milestones[0].approval_hash
    seller = token(*ROLES["seller"][:1], *ROLES["seller"][1])
    refused = tradepact("escrow", "confirm", order.order_id, "1", "--approval-hash", seen,
                        "--address", server.address, "--token", seller)
    line = assert_one_error_line(refused)
    assert line.startswith("error: PERMISSION_DENIED: "), line
    assert refused.stdout == ""  # nothing claims an approval nobody made
    reviewer = token(*ROLES["reviewer"][:1], *ROLES["reviewer"][1])
    accepted = tradepact("escrow", "confirm", order.order_id, "1", "--approval-hash", seen,
                         "--address", server.address, "--token", reviewer)
    assert accepted.returncode == 0, accepted.stderr
    lines = accepted.stdout.splitlines()
    assert lines[0] == f"approved: approval hash {seen}"
    assert lines[-1].startswith(("approval recorded;", "released milestone"))


def test_help_names_each_environment_variable_once() -> None:
    import typer.main

    from tradepact_client.cli import app

    result = tradepact("extract", "--help")
    assert result.returncode == 0, result.stderr
    assert "env var" not in result.stdout
    for name in ("ADDRESS", "TOKEN", "TLS_CA", "CLIENT_CERT", "CLIENT_KEY"):
        assert result.stdout.count(f"TRADEPACT_{name}") == 1, (name, result.stdout)

    def options(command, path=()):  # every option of every command, as `--help` shows it
        for sub_name, sub in getattr(command, "commands", {}).items():
            yield from options(sub, (*path, sub_name))
        for param in getattr(command, "params", ()):
            yield path, param

    for path, param in options(typer.main.get_command(app)):
        if getattr(param, "envvar", None) and param.envvar in (param.help or ""):
            assert not param.show_envvar, (path, param.name)


def test_tls_files_that_are_not_pem_of_their_kind_are_one_error_line(tmp_path: Path) -> None:
    from tests.support.certs import make_ca

    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("not a certificate\n")
    nowhere = f"127.0.0.1:{free_port()}"
    result = tradepact("extract", str(chat(tmp_path)), "--address", nowhere, "--tls-ca",
                       str(not_pem))
    # Not four lines of gRPC C-core log ("Could not load any root certificate", ...) first.
    assert result.stderr == (f"error: --tls-ca {not_pem} is not a PEM certificate "
                             "(-----BEGIN CERTIFICATE-----)\n")
    assert result.returncode == 2
    ca_path, _ = make_ca().write(tmp_path, "ca")
    line = assert_one_error_line(tradepact(
        "extract", str(chat(tmp_path)), "--address", nowhere, "--tls-ca", str(ca_path),
        "--client-cert", str(ca_path), "--client-key", str(not_pem)), code=2)
    assert line == (f"error: --client-key {not_pem} is not a PEM private key "
                    "(-----BEGIN ... PRIVATE KEY-----)")
    line = assert_one_error_line(tradepact(
        "extract", str(chat(tmp_path)), "--address", nowhere, "--client-cert", str(ca_path)),
        code=2)
    assert line == "error: mutual TLS needs both --client-cert and --client-key"
    # A real CA passes the check: the call is tried (and finds no server).
    line = assert_one_error_line(tradepact("extract", str(chat(tmp_path)), "--address", nowhere,
                                           "--tls-ca", str(ca_path), "--timeout", "3"))
    assert line.startswith(f"error: UNAVAILABLE: no tradepact server answers at {nowhere}")


def test_a_final_contract_without_a_lead_time_names_that_gap_once(tmp_path: Path) -> None:
    from google.protobuf import json_format

    from tests.support.samples import sample_parties, sample_terms
    from tradepact.domain.findings import review_terms
    from tradepact.entrypoints.grpc.converters.contracts import parties_to_pb
    from tradepact.entrypoints.grpc.converters.terms import terms_to_pb

    terms = sample_terms()
    terms = terms.model_copy(update={"lead_time": type(terms.lead_time)()})
    terms = terms.model_copy(update={"findings": review_terms(terms)})  # as extract gives them
    terms_json, parties = tmp_path / "terms.json", tmp_path / "parties.json"
    terms_json.write_text(json_format.MessageToJson(terms_to_pb(terms)))
    parties.write_text(json_format.MessageToJson(parties_to_pb(sample_parties())))
    line = assert_one_error_line(tradepact("contract", "render", str(terms_json), "--parties",
                                           str(parties), "-o", str(tmp_path / "c.pdf"),
                                           "--local", "--final"))
    assert line == ("error: a final contract needs every term settled: lead_time.days "
                    "(the lead time is missing)")
