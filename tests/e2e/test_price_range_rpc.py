"""Through a real server: a final contract whose price is a quoted range is FAILED_PRECONDITION
naming the gap, and a draft of it lists the gap."""

from __future__ import annotations

from decimal import Decimal

import grpc
import pytest

from tests.support.rich_status import precondition_subjects
from tests.support.samples import sample_options, sample_parties, sample_terms
from tests.support.server_process import auth
from tradepact.domain.terms import TermStatus
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb
from tradepact.v1 import contracts_pb2 as pb
from tradepact.v1 import contracts_pb2_grpc

PLATFORM = auth("platform-svc", "platform")


@pytest.fixture(scope="module")
def stub(server):
    with grpc.insecure_channel(server.address) as ch:
        yield contracts_pb2_grpc.ContractServiceStub(ch)


def _ranged_terms():
    terms = sample_terms()
    item = terms.line_items[0]
    # even a status claiming agreement does not make a quoted range a price
    item.unit_price, item.unit_price_max, item.status = (Decimal("3.2"), Decimal("3.6"),
                                                         TermStatus.AGREED)
    return terms


def _draft(stub, key, *, final):
    return stub.DraftContract(pb.DraftContractRequest(
        idempotency_key=key, terms=terms_to_pb(_ranged_terms()),
        parties=parties_to_pb(sample_parties()),
        options=options_to_pb(sample_options(), "standard"), final=final),
        metadata=PLATFORM, timeout=60).version


def test_a_final_contract_with_a_quoted_range_is_failed_precondition_naming_it(stub):
    with pytest.raises(grpc.RpcError) as err:
        _draft(stub, "range-final", final=True)
    assert err.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert precondition_subjects(err.value, "GAP") == ["line_items[0].unit_price"]


def test_a_draft_with_a_quoted_range_lists_the_gap(stub):
    version = _draft(stub, "range-draft", final=False)
    assert version.status == pb.CONTRACT_STATUS_DRAFT
    assert "line_items[0].unit_price" in [g.field for g in version.gaps]
