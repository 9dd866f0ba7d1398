"""ContractService through a real server: drafts, final gaps, renders, streamed downloads, access."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import grpc
import pytest

from tests.support.rich_status import field_violations, precondition_subjects
from tests.support.samples import sample_options, sample_parties, sample_terms, sample_transcript
from tests.support.server_process import auth
from tradepact.domain.terms import TermStatus
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb, transcript_to_pb
from tradepact.v1 import contracts_pb2 as pb
from tradepact.v1 import contracts_pb2_grpc

PLATFORM = auth("platform-svc", "platform")
SELLER = auth("lily", "seller:s-1")
OTHER_SELLER = auth("mallory", "seller:s-999")


@pytest.fixture(scope="module")
def stub(server):
    with grpc.insecure_channel(server.address) as ch:
        yield contracts_pb2_grpc.ContractServiceStub(ch)


def _draft(stub, key, *, terms=None, final=True, md=PLATFORM, contract_id="", timeout=60):
    req = pb.DraftContractRequest(
        idempotency_key=key, contract_id=contract_id,
        terms=terms_to_pb(terms or sample_terms()), parties=parties_to_pb(sample_parties()),
        options=options_to_pb(sample_options(), "standard"), final=final)
    transcript = sample_transcript()
    if transcript is not None:
        req.transcript.CopyFrom(transcript_to_pb(transcript))
    return stub.DraftContract(req, metadata=md, timeout=timeout).version


def _download(stub, contract_id, fmt, md=PLATFORM):
    parts = list(stub.DownloadContract(pb.DownloadContractRequest(
        contract_id=contract_id, format=fmt), metadata=md, timeout=60))
    header = parts[0].header
    data = b"".join(p.chunk for p in parts[1:])
    assert all(len(p.chunk) <= 64 * 1024 for p in parts[1:])
    return header, data


def test_a_final_contract_renders_to_pdf_and_docx_and_downloads_with_a_matching_sha256(stub):
    version = _draft(stub, "final-1")
    assert version.status == pb.CONTRACT_STATUS_FINAL and not version.gaps
    for fmt, media in ((pb.DOCUMENT_FORMAT_PDF, "application/pdf"),
                       (pb.DOCUMENT_FORMAT_DOCX, "application/vnd.openxmlformats-officedocument"
                                                 ".wordprocessingml.document")):
        rendered = stub.RenderContract(pb.RenderContractRequest(
            idempotency_key=f"render-{fmt}", contract_id=version.contract_id, format=fmt),
            metadata=PLATFORM, timeout=60).file
        header, data = _download(stub, version.contract_id, fmt, md=SELLER)
        assert header.media_type == media == rendered.media_type
        assert header.size_bytes == len(data) == rendered.size_bytes
        assert header.sha256 == hashlib.sha256(data).hexdigest() == rendered.sha256
    assert data[:2] == b"PK"  # the DOCX is a zip package


def test_a_final_version_with_gaps_is_failed_precondition_naming_each_gap(stub):
    terms = sample_terms()
    terms.incoterm.named_place = None
    terms.lead_time.status = TermStatus.PROPOSED
    with pytest.raises(grpc.RpcError) as err:
        _draft(stub, "final-gaps", terms=terms)
    assert err.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    subjects = precondition_subjects(err.value, "GAP")
    assert "incoterm.named_place" in subjects
    assert any(s.startswith("lead_time") for s in subjects)


def test_a_draft_with_gaps_is_stored_and_lists_them(stub):
    terms = sample_terms()
    terms.incoterm.named_place = None
    version = _draft(stub, "draft-gaps", terms=terms, final=False)
    assert version.status == pb.CONTRACT_STATUS_DRAFT
    assert "incoterm.named_place" in [g.field for g in version.gaps]


def test_redrafting_makes_a_new_immutable_version(stub):
    first = _draft(stub, "v-1", final=False)
    second = _draft(stub, "v-2", contract_id=first.contract_id)
    assert (first.version, second.version) == (1, 2)
    listed = stub.ListContractVersions(pb.ListContractVersionsRequest(
        contract_id=first.contract_id), metadata=PLATFORM, timeout=10).versions
    assert [v.version for v in listed] == [2, 1]
    again = stub.GetContract(pb.GetContractRequest(contract_id=first.contract_id, version=1),
                             metadata=PLATFORM, timeout=10).version
    assert again.status == pb.CONTRACT_STATUS_DRAFT


def test_replaying_an_idempotency_key_returns_the_same_version(stub):
    a = _draft(stub, "same-key")
    b = _draft(stub, "same-key")
    assert (a.contract_id, a.version) == (b.contract_id, b.version)


def test_a_key_still_in_flight_is_aborted_at_once_and_a_retry_after_replays(server, stub):
    # The test holds the SQLite database's write lock, so the first draft waits inside the
    # server with its key in flight; a second draft with that key is ABORTED at once.
    first: dict = {}
    db = sqlite3.connect(Path(server.data_dir) / "tradepact.sqlite3", isolation_level=None,
                         timeout=30)
    db.execute("BEGIN IMMEDIATE")
    try:
        t = threading.Thread(target=lambda: first.setdefault("r", _draft(stub, "in-flight")))
        t.start()
        time.sleep(1.0)  # the first draft is in the server, waiting for the lock
        assert t.is_alive()
        started = time.monotonic()
        with pytest.raises(grpc.RpcError) as err:
            _draft(stub, "in-flight", timeout=10)
        assert err.value.code() == grpc.StatusCode.ABORTED
        assert "in flight" in err.value.details()
        assert time.monotonic() - started < 5
    finally:
        db.execute("ROLLBACK")
        db.close()
        t.join(60)
    again = _draft(stub, "in-flight")
    assert (again.contract_id, again.version) == (first["r"].contract_id, first["r"].version)


def test_reusing_a_key_for_a_different_request_is_invalid_argument(stub):
    _draft(stub, "reused-key")
    with pytest.raises(grpc.RpcError) as err:
        _draft(stub, "reused-key", final=False)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_only_parties_platform_and_admin_may_read(stub):
    version = _draft(stub, "access")
    for md in (PLATFORM, SELLER, auth("root", "admin"), auth("b", "buyer:b-1")):
        got = stub.GetContract(pb.GetContractRequest(contract_id=version.contract_id),
                               metadata=md, timeout=10)
        assert got.version.contract_id == version.contract_id
    with pytest.raises(grpc.RpcError) as err:
        _download(stub, version.contract_id, pb.DOCUMENT_FORMAT_PDF, md=OTHER_SELLER)
    assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.RpcError) as err:
        stub.GetContract(pb.GetContractRequest(contract_id="no-such-contract"),
                         metadata=OTHER_SELLER, timeout=10)
    assert err.value.code() == grpc.StatusCode.NOT_FOUND


def test_a_seller_cannot_draft_for_someone_elses_contract(stub):
    with pytest.raises(grpc.RpcError) as err:
        _draft(stub, "intruder", md=OTHER_SELLER)
    assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED


def test_missing_party_ids_are_invalid_argument_with_field_violations(stub):
    req = pb.DraftContractRequest(idempotency_key="no-parties",
                                  terms=terms_to_pb(sample_terms()))
    with pytest.raises(grpc.RpcError) as err:
        stub.DraftContract(req, metadata=PLATFORM, timeout=10)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field_violations(err.value) == ["parties.seller.party_id", "parties.buyer.party_id"]


def test_pathological_inputs_get_a_clear_error_and_the_server_keeps_serving(stub):
    huge_table = terms_to_pb(sample_terms())
    item = huge_table.line_items[0]
    for _ in range(10_000):
        huge_table.line_items.add().CopyFrom(item)
    req = pb.DraftContractRequest(idempotency_key="huge-table", terms=huge_table,
                                  parties=parties_to_pb(sample_parties()))
    with pytest.raises(grpc.RpcError) as err:
        stub.DraftContract(req, metadata=PLATFORM, timeout=60)
    assert err.value.code() in (grpc.StatusCode.RESOURCE_EXHAUSTED,
                                grpc.StatusCode.INVALID_ARGUMENT)
    assert "goods table rows" in err.value.details()

    parties = parties_to_pb(sample_parties())
    parties.seller.legal_name = "A" * 1_000_000
    with pytest.raises(grpc.RpcError) as err:
        stub.DraftContract(pb.DraftContractRequest(
            idempotency_key="huge-name", terms=terms_to_pb(sample_terms()), parties=parties),
            metadata=PLATFORM, timeout=60)
    assert err.value.code() in (grpc.StatusCode.RESOURCE_EXHAUSTED,
                                grpc.StatusCode.INVALID_ARGUMENT)
    assert _draft(stub, "after-pathological").status == pb.CONTRACT_STATUS_FINAL


def test_versions_list_newest_first_in_pages(stub):
    first = _draft(stub, "pages-1", final=False)
    for n in (2, 3):
        _draft(stub, f"pages-{n}", contract_id=first.contract_id, final=False)
    page = stub.ListContractVersions(pb.ListContractVersionsRequest(
        contract_id=first.contract_id, page_size=2), metadata=PLATFORM, timeout=10)
    assert [v.version for v in page.versions] == [3, 2] and page.next_page_token
    rest = stub.ListContractVersions(pb.ListContractVersionsRequest(
        contract_id=first.contract_id, page_size=2, page_token=page.next_page_token),
        metadata=PLATFORM, timeout=10)
    assert [v.version for v in rest.versions] == [1] and not rest.next_page_token


def test_download_renders_the_version_it_names_in_the_language_asked_and_names_a_missing_one(
        stub):
    first = _draft(stub, "dl-first")
    second = _draft(stub, "dl-second", contract_id=first.contract_id)
    assert second.version == first.version + 1
    # Nothing rendered yet: the download renders the version it names, in the language asked.
    req = pb.DownloadContractRequest(contract_id=first.contract_id, version=first.version,
                                     format=pb.DOCUMENT_FORMAT_DOCX,
                                     language=pb.CONTRACT_LANGUAGE_BILINGUAL)
    parts = list(stub.DownloadContract(req, metadata=SELLER, timeout=60))
    data = b"".join(p.chunk for p in parts[1:])
    assert parts[0].header.sha256 == hashlib.sha256(data).hexdigest()
    assert parts[0].header.language == pb.CONTRACT_LANGUAGE_BILINGUAL
    again = list(stub.DownloadContract(req, metadata=SELLER, timeout=60))
    assert again[0].header.sha256 == parts[0].header.sha256  # served as stored
    got = stub.GetContract(pb.GetContractRequest(contract_id=first.contract_id,
                                                 version=first.version),
                           metadata=PLATFORM, timeout=10).version
    assert [(f.format, f.language) for f in got.files] == [
        (pb.DOCUMENT_FORMAT_DOCX, pb.CONTRACT_LANGUAGE_BILINGUAL)]
    latest = stub.GetContract(pb.GetContractRequest(contract_id=first.contract_id),
                              metadata=PLATFORM, timeout=10).version
    assert latest.version == second.version and not latest.files
    with pytest.raises(grpc.RpcError) as err:
        list(stub.DownloadContract(pb.DownloadContractRequest(
            contract_id=first.contract_id, version=second.version + 1,
            format=pb.DOCUMENT_FORMAT_PDF), metadata=SELLER, timeout=10))
    assert err.value.code() == grpc.StatusCode.NOT_FOUND
    assert f"v{second.version + 1}" in err.value.details()



@pytest.mark.parametrize(("quantities", "price_units", "field"), [
    (["1000000000000000"], 10_000_000, "terms.line_items[0].quantity"),  # 1e15 x USD 100,000
    (["1E+999999"], 100, "terms.line_items[0].quantity"),  # would overflow Decimal itself
    (["2"], 2**63 - 1, "terms.line_items[0].quantity"),  # the price fits int64, twice not
    (["50000000000", "50000000000"], 100_000_000, "terms.line_items"),  # each fits, not both
])
def test_a_contract_worth_more_than_int64_minor_units_is_invalid_argument(
        stub, quantities, price_units, field):
    # Before, a huge quantity x unit price answered INTERNAL (IndexError writing the total
    # in words); the escrow could not have held it anyway (amounts are int64 minor units).
    terms = terms_to_pb(sample_terms())
    for item, quantity in zip(terms.line_items, quantities, strict=False):
        item.quantity = quantity
        item.unit_price.minor_units = price_units
    req = pb.DraftContractRequest(
        idempotency_key=f"huge-{quantities}-{price_units}", terms=terms,
        parties=parties_to_pb(sample_parties()),
        options=options_to_pb(sample_options(), "standard"), final=False)
    with pytest.raises(grpc.RpcError) as err:
        stub.DraftContract(req, metadata=PLATFORM, timeout=60)
    assert err.value.code() is grpc.StatusCode.INVALID_ARGUMENT, err.value.details()
    assert field_violations(err.value) == [field]
    assert "9223372036854775807 minor units" in err.value.details()


def test_a_price_per_carton_for_a_count_in_pieces_blocks_a_final_contract(server, stub):
    """Extracted from a chat, then drafted: the caller sees FAILED_PRECONDITION naming the price."""
    from tradepact.v1 import terms_pb2, terms_pb2_grpc

    chat = terms_pb2.Transcript()
    for role, text in ((terms_pb2.ROLE_SELLER, "we pack 12 pcs per carton. C&F Felixstowe GBP 38.40 per carton"),
                       (terms_pb2.ROLE_BUYER, "ok. we'd want 2400 pcs"), (terms_pb2.ROLE_SELLER, "ok")):
        chat.messages.add(role=role, author="a", text=text)
    with grpc.insecure_channel(server.address) as ch:
        extracted = terms_pb2_grpc.TermsServiceStub(ch).ExtractTerms(
            terms_pb2.ExtractTermsRequest(transcript=chat), metadata=PLATFORM, timeout=30)
    assert [(f.code, f.field) for f in extracted.terms.findings
            if f.code == "PRICE_UNIT_DIFFERS"] == [("PRICE_UNIT_DIFFERS", "line_items[0].unit_price")]
    assert not extracted.terms.line_items[0].HasField("total")
    req = pb.DraftContractRequest(
        idempotency_key="per-carton", terms=extracted.terms, parties=parties_to_pb(sample_parties()),
        options=options_to_pb(sample_options(), "standard"), final=True)
    with pytest.raises(grpc.RpcError) as err:
        stub.DraftContract(req, metadata=PLATFORM, timeout=60)
    assert err.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "line_items[0].unit_price" in precondition_subjects(err.value, "GAP")
