"""The Python SDK against a real server process: typed calls, tokens, and mapped errors."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import tradepact_client as sdk
from tests.support.server_process import ServerProcess, token
from tradepact.v1 import terms_pb2

FOB_CHAT = terms_pb2.Transcript(messages=[
    terms_pb2.Message(role=terms_pb2.ROLE_BUYER, author="Anna",
                      text="Please quote 3000 pcs FOB Ningbo."),
    terms_pb2.Message(role=terms_pb2.ROLE_SELLER, author="Li",
                      text="FOB Ningbo USD 2.80/pc, 30% T/T deposit, 70% before shipment."),
    terms_pb2.Message(role=terms_pb2.ROLE_BUYER, author="Anna", text="OK, deal."),
])


@pytest.fixture(scope="module")
def small_limits_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server that accepts at most 3 messages per transcript."""
    proc = ServerProcess(tmp_path_factory.mktemp("limits"),
                         env={"TRADEPACT_TRANSCRIPT_MAX_MESSAGES": "3"}).start()
    try:
        yield proc
    finally:
        proc.terminate()


def test_a_platform_token_extracts_the_agreed_incoterm(server: ServerProcess) -> None:
    with sdk.TradepactClient(server.address, token=token("shop", "platform")) as client:
        response = client.extract_terms(transcript=FOB_CHAT)
    assert response.terms.incoterm.rule == terms_pb2.INCOTERM_RULE_FOB
    assert response.terms.incoterm.named_place == "Ningbo"
    assert response.terms.incoterm.status == terms_pb2.TERM_STATUS_AGREED
    assert len(response.terms_fingerprint) == 64


def test_payment_methods_offered_as_a_choice_come_back_as_offered_methods(
        server: ServerProcess) -> None:
    chat = terms_pb2.Transcript(messages=[
        terms_pb2.Message(role=terms_pb2.ROLE_BUYER, author="Anna",
                          text="How can we pay for the 3000 pcs?"),
        terms_pb2.Message(role=terms_pb2.ROLE_SELLER, author="Li",
                          text="We accept T/T or L/C at sight, your choice."),
    ])
    with sdk.TradepactClient(server.address, token=token("shop", "platform")) as client:
        payment = client.extract_terms(transcript=chat).terms.payment
    assert list(payment.offered_methods) == [terms_pb2.PAYMENT_METHOD_TT,
                                             terms_pb2.PAYMENT_METHOD_LC_SIGHT]
    assert payment.status == terms_pb2.TERM_STATUS_CONFLICTING
    assert not any(i.method for i in payment.installments)


def test_a_bad_token_raises_unauthenticated(server: ServerProcess) -> None:
    with sdk.TradepactClient(server.address, token="not-a-jwt") as client, \
            pytest.raises(sdk.Unauthenticated) as err:
        client.extract_terms(transcript=FOB_CHAT)
    assert err.value.request_id


def test_no_token_raises_unauthenticated(server: ServerProcess) -> None:
    with sdk.TradepactClient(server.address) as client, pytest.raises(sdk.Unauthenticated):
        client.extract_terms(transcript=FOB_CHAT)


def test_a_role_without_access_raises_permission_denied(server: ServerProcess) -> None:
    with sdk.TradepactClient(server.address, token=token("rita", "reviewer")) as client, \
            pytest.raises(sdk.PermissionDenied):
        client.extract_terms(transcript=FOB_CHAT)


def test_too_many_messages_raise_invalid_argument_naming_the_field(
        small_limits_server: ServerProcess) -> None:
    long_chat = terms_pb2.Transcript(messages=[*FOB_CHAT.messages, *FOB_CHAT.messages])
    with sdk.TradepactClient(small_limits_server.address,
                             token=token("shop", "platform")) as client, \
            pytest.raises(sdk.InvalidArgument) as err:
        client.extract_terms(transcript=long_chat)
    assert [v.field for v in err.value.field_violations] == ["transcript.messages"]
    assert "6 messages" in err.value.field_violations[0].description


def test_an_unknown_backend_raises_invalid_argument(server: ServerProcess) -> None:
    # No LLM is configured on the test server, so only the rules backend exists.
    with sdk.TradepactClient(server.address, token=token("shop", "platform")) as client, \
            pytest.raises(sdk.InvalidArgument) as err:
        client.extract_terms(transcript=FOB_CHAT, backend=terms_pb2.EXTRACTION_BACKEND_LLM)
    assert [v.field for v in err.value.field_violations] == ["backend"]


def test_a_contract_that_does_not_exist_is_not_found(server: ServerProcess,
                                                     tmp_path: Path) -> None:
    with sdk.TradepactClient(server.address, token=token("shop", "platform")) as client, \
            pytest.raises(sdk.NotFound):
        client.download_contract(contract_id="no-such-contract", to=tmp_path / "c.pdf",
                                 format="DOCUMENT_FORMAT_PDF")
    assert list(tmp_path.iterdir()) == []


def test_a_rendered_contract_downloads_to_a_file_whose_sha256_the_sdk_verified(
        server: ServerProcess, tmp_path: Path) -> None:
    from tests.support.samples import sample_options, sample_parties, sample_terms
    from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
    from tradepact.entrypoints.grpc.converters.terms import terms_to_pb

    progress: list[tuple[int, int]] = []
    with sdk.TradepactClient(server.address, token=token("shop", "platform"),
                             timeout=60) as client:
        version = client.draft_contract(
            terms=terms_to_pb(sample_terms()), parties=parties_to_pb(sample_parties()),
            options=options_to_pb(sample_options(), "standard"), final=True).version
        rendered = client.render_contract(contract_id=version.contract_id,
                                          format="DOCUMENT_FORMAT_DOCX").file
        header = client.download_contract(contract_id=version.contract_id,
                                          format="DOCUMENT_FORMAT_DOCX",
                                          to=tmp_path / "contract.docx",
                                          progress=lambda got, total: progress.append(
                                              (got, total)))
    data = (tmp_path / "contract.docx").read_bytes()
    assert header.sha256 == rendered.sha256 == hashlib.sha256(data).hexdigest()
    assert progress[-1] == (len(data), len(data))
