"""A third-party gRPC client, `buf curl` over server reflection, calls ExtractTerms and GetOrder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.escrow_flow import new_order
from tests.support.server_process import token

REPO = Path(__file__).resolve().parents[2]
BUF = REPO / "node_modules" / ".bin" / "buf"


def _need_buf() -> None:
    if not BUF.exists() or shutil.which("node") is None:
        reason = "buf not installed (run `npm ci` at the repository root)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true requires it: {reason}")
        pytest.skip(reason)


def _curl(address: str, method: str, body: dict, tok: str) -> dict:
    out = subprocess.run(
        [str(BUF), "curl", "--protocol", "grpc", "--http2-prior-knowledge",
         "-H", f"authorization: Bearer {tok}", "-d", json.dumps(body),
         f"http://{address}/{method}"],
        capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_buf_curl_extracts_terms_through_reflection(server):
    _need_buf()
    body = {"transcript": {"messages": [
        {"role": "ROLE_SELLER", "author": "Lily", "text": "USD 3.45/pc FOB Ningbo, 5000 pcs"},
        {"role": "ROLE_BUYER", "author": "Tom", "text": "ok, deal"}]}}
    resp = _curl(server.address, "tradepact.v1.TermsService/ExtractTerms", body,
                 token("platform", "platform"))
    assert resp["terms"]["incoterm"]["rule"] == "INCOTERM_RULE_FOB"
    assert resp["terms"]["incoterm"]["namedPlace"] == "Ningbo"
    assert resp["terms"]["incoterm"]["status"] == "TERM_STATUS_AGREED"


def test_buf_curl_reads_an_order(server):
    _need_buf()
    order = new_order(server.address)
    resp = _curl(server.address, "tradepact.v1.EscrowService/GetOrder",
                 {"orderId": order.order_id}, token("platform", "platform"))
    assert resp["order"]["orderId"] == order.order_id
    assert resp["order"]["state"] == "ORDER_STATE_ACTIVE"
    assert len(resp["order"]["milestones"]) == len(order.milestones)
