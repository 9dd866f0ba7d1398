"""Prometheus metrics: off by default, and per-RPC counts and latencies when a port is given."""

from __future__ import annotations

import urllib.request

import grpc

from tests.support.server_process import ServerProcess, auth, free_port
from tradepact.v1 import terms_pb2, terms_pb2_grpc


def test_metrics_count_rpcs_by_method_and_code(tmp_path):
    port = free_port()
    srv = ServerProcess(tmp_path, extra_args=["--metrics-port", str(port)]).start()
    try:
        with grpc.insecure_channel(srv.address) as ch:
            stub = terms_pb2_grpc.TermsServiceStub(ch)
            stub.ExtractTerms(terms_pb2.ExtractTermsRequest(), metadata=auth("p", "platform"))
            try:
                stub.ExtractTerms(terms_pb2.ExtractTermsRequest())
            except grpc.RpcError:
                pass
        body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read()
        text = body.decode()
    finally:
        srv.terminate()
    method = "/tradepact.v1.TermsService/ExtractTerms"
    assert f'tradepact_grpc_requests_total{{code="OK",method="{method}"}} 1.0' in text
    assert f'tradepact_grpc_errors_total{{code="UNAUTHENTICATED",method="{method}"}} 1.0' in text
    assert "tradepact_grpc_request_seconds_bucket" in text
