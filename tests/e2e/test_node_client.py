"""The API from Node.js: @grpc/grpc-js loads the .proto files and talks to a real server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from typing import Any

import pytest

import tradepact_client as sdk
from tests.support.samples import sample_options, sample_parties, sample_terms
from tests.support.server_process import REPO, ServerProcess, token
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb

CHECK = REPO / "clients" / "node" / "check.js"


def _missing() -> str:
    if shutil.which("node") is None:
        return "node is not installed"
    for package in ("@grpc/grpc-js", "@grpc/proto-loader"):
        if not (REPO / "node_modules" / package / "package.json").exists():
            return f"node_modules/{package} is missing (run `npm install` at the repo root)"
    return ""


@pytest.fixture(autouse=True)
def _needs_node() -> None:
    reason = _missing()
    if reason and os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the Node client check must run on CI: {reason}")
    if reason:
        pytest.skip(reason)


def run_check(*args: str) -> tuple[int, dict[str, Any]]:
    proc = subprocess.run(["node", str(CHECK), *args], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1, proc.stdout + proc.stderr
    return proc.returncode, json.loads(lines[0])


@pytest.fixture(scope="module")
def rendered_contract(server: ServerProcess) -> tuple[str, str]:
    """(contract id, SHA-256) of a final contract rendered to DOCX through the SDK."""
    with sdk.TradepactClient(server.address, token=token("shop", "platform"),
                             timeout=60) as client:
        version = client.draft_contract(
            terms=terms_to_pb(sample_terms()), parties=parties_to_pb(sample_parties()),
            options=options_to_pb(sample_options(), "standard"), final=True).version
        file = client.render_contract(contract_id=version.contract_id,
                                      format="DOCUMENT_FORMAT_DOCX").file
    return version.contract_id, file.sha256


def test_node_client_sees_serving_health_and_extracts_an_incoterm(server: ServerProcess) -> None:
    code, result = run_check("--address", server.address, "--token", token("n", "platform"))
    assert code == 0, result
    assert result == {"ok": True, "health": "SERVING", "incoterm": "INCOTERM_RULE_FOB",
                      "namedPlace": "Ningbo"}


def test_node_client_downloads_a_contract_whose_sha256_matches(
        server: ServerProcess, rendered_contract: tuple[str, str]) -> None:
    contract_id, sha256 = rendered_contract
    code, result = run_check("--address", server.address, "--token", token("n", "platform"),
                             "--download", contract_id, "--expect-sha256", sha256,
                             "--format", "docx")
    assert code == 0, result
    assert result["download"]["sha256"] == result["download"]["headerSha256"] == sha256


def test_node_client_fails_when_the_sha256_is_not_the_expected_one(
        server: ServerProcess, rendered_contract: tuple[str, str]) -> None:
    contract_id, _ = rendered_contract
    code, result = run_check("--address", server.address, "--token", token("n", "platform"),
                             "--download", contract_id, "--expect-sha256", "0" * 64,
                             "--format", "docx")
    assert code != 0
    assert result["ok"] is False and "expected SHA-256" in result["error"]


def test_node_client_fails_with_a_bad_token(server: ServerProcess) -> None:
    code, result = run_check("--address", server.address, "--token", "forged")
    assert code != 0
    assert "UNAUTHENTICATED" in result["error"]
