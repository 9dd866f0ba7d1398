"""TLS and mTLS through a real server; plaintext clients are refused when TLS is on."""

from __future__ import annotations

import time

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from tests.support.certs import make_ca, make_leaf
from tests.support.server_process import ServerProcess, auth
from tradepact.v1 import terms_pb2, terms_pb2_grpc


def _wait_tls(address: str, creds: grpc.ChannelCredentials, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with grpc.secure_channel(address, creds) as ch:
                health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(), timeout=1)
                return
        except grpc.RpcError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _extract(channel: grpc.Channel) -> terms_pb2.ExtractTermsResponse:
    t = terms_pb2.Transcript()
    t.messages.add(role=terms_pb2.ROLE_SELLER, author="s", text="FOB Ningbo")
    return terms_pb2_grpc.TermsServiceStub(channel).ExtractTerms(
        terms_pb2.ExtractTermsRequest(transcript=t), metadata=auth("p", "platform"), timeout=10)


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("pki")
    ca = make_ca()
    ca_path, _ = ca.write(d, "ca")
    server_cert, server_key = make_leaf(ca, "localhost", server=True).write(d, "server")
    client = make_leaf(ca, "platform-client", client=True)
    return {"dir": d, "ca": ca, "ca_path": ca_path, "server_cert": server_cert,
            "server_key": server_key, "client": client}


def test_tls_server_serves_tls_clients_and_refuses_plaintext(tmp_path, pki):
    srv = ServerProcess(tmp_path, env={"_TEST_CHANNEL_CREDS": "tls"}, extra_args=[
        "--tls-cert", str(pki["server_cert"]), "--tls-key", str(pki["server_key"])]).start()
    try:
        creds = grpc.ssl_channel_credentials(root_certificates=pki["ca"].cert_pem)
        _wait_tls(srv.address, creds)
        with grpc.secure_channel(srv.address, creds) as ch:
            assert _extract(ch).terms_fingerprint
        with grpc.insecure_channel(srv.address) as ch, pytest.raises(grpc.RpcError) as err:
            _extract(ch)
        assert err.value.code() == grpc.StatusCode.UNAVAILABLE
    finally:
        assert srv.terminate() == 0


def test_mtls_server_needs_a_client_certificate_from_its_ca(tmp_path, pki):
    srv = ServerProcess(tmp_path, env={"_TEST_CHANNEL_CREDS": "tls"}, extra_args=[
        "--tls-cert", str(pki["server_cert"]), "--tls-key", str(pki["server_key"]),
        "--tls-client-ca", str(pki["ca_path"])]).start()
    try:
        client = pki["client"]
        good = grpc.ssl_channel_credentials(root_certificates=pki["ca"].cert_pem,
                                            private_key=client.key_pem,
                                            certificate_chain=client.cert_pem)
        _wait_tls(srv.address, good)
        with grpc.secure_channel(srv.address, good) as ch:
            assert _extract(ch).terms_fingerprint
        no_cert = grpc.ssl_channel_credentials(root_certificates=pki["ca"].cert_pem)
        with grpc.secure_channel(srv.address, no_cert) as ch, pytest.raises(grpc.RpcError) as err:
            _extract(ch)
        assert err.value.code() == grpc.StatusCode.UNAVAILABLE
        stranger_ca = make_ca("someone else's CA")
        stranger = make_leaf(stranger_ca, "intruder", client=True)
        bad = grpc.ssl_channel_credentials(root_certificates=pki["ca"].cert_pem,
                                           private_key=stranger.key_pem,
                                           certificate_chain=stranger.cert_pem)
        with grpc.secure_channel(srv.address, bad) as ch, pytest.raises(grpc.RpcError) as err:
            _extract(ch)
        assert err.value.code() == grpc.StatusCode.UNAVAILABLE
    finally:
        assert srv.terminate() == 0
