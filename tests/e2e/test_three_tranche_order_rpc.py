"""Through a real server: a chat that pays in three shares becomes a contract and an order with
one milestone per share, each released against the evidence its own trigger names."""

from __future__ import annotations

import grpc
import pytest

from tests.support.escrow_flow import client, key
from tests.support.samples import sample_options, sample_parties, sample_terms
from tradepact.domain.terms import PaymentTrigger, TermStatus
from tradepact.domain.transcript import Message, Role, Transcript
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_from_pb, terms_to_pb, transcript_to_pb
from tradepact.v1 import escrow_pb2, terms_pb2
from tradepact_client import TradepactError

CHAT = Transcript(messages=[
    Message(role=Role.SELLER, author="lily",
            text="付款：定金30%，发货前付60%，尾款10%验货后付，电汇。"),
    Message(role=Role.BUYER, author="tom", text="可以"),
])


def test_three_shares_make_three_milestones_with_their_own_evidence(server):
    with client(server.address, "platform") as c:
        extracted = terms_from_pb(c.extract_terms(transcript=transcript_to_pb(CHAT)).terms)
        pay = extracted.payment
        assert pay.status == TermStatus.AGREED
        assert [(i.percent, i.trigger.value) for i in pay.installments] == [
            (30, "ON_ORDER"), (60, "BEFORE_SHIPMENT"), (10, "AFTER_INSPECTION")]
        terms = sample_terms()
        terms.payment = pay
        version = c.draft_contract(
            idempotency_key=key(), terms=terms_to_pb(terms), parties=parties_to_pb(sample_parties()),
            options=options_to_pb(sample_options(), "standard"), final=True).version
        order = c.create_order(idempotency_key=key(), contract_id=version.contract_id).order
    amounts = [m.amount.minor_units for m in order.milestones]
    assert sum(amounts) == order.total.minor_units
    assert amounts[1] == order.total.minor_units * 60 // 100
    assert [m.trigger for m in order.milestones] == [
        terms_pb2.PAYMENT_TRIGGER_ON_ORDER, terms_pb2.PAYMENT_TRIGGER_BEFORE_SHIPMENT,
        terms_pb2.PAYMENT_TRIGGER_AFTER_INSPECTION]
    assert [m.required_evidence for m in order.milestones][1:] == [
        escrow_pb2.EVIDENCE_TYPE_PRODUCTION_COMPLETE, escrow_pb2.EVIDENCE_TYPE_INSPECTION_REPORT]


def test_a_final_contract_with_a_share_whose_trigger_nobody_stated_is_failed_precondition(server):
    terms = sample_terms()
    terms.payment.installments[-1].trigger = PaymentTrigger.UNSPECIFIED
    terms.payment.installments[-1].trigger_event = None
    last = len(terms.payment.installments) - 1
    with client(server.address, "platform") as c, pytest.raises(TradepactError) as err:
        c.draft_contract(
            idempotency_key=key(), terms=terms_to_pb(terms), parties=parties_to_pb(sample_parties()),
            options=options_to_pb(sample_options(), "standard"), final=True)
    assert err.value.code == grpc.StatusCode.FAILED_PRECONDITION
    assert [(v.type, v.subject) for v in err.value.precondition_violations] == [
        ("GAP", f"payment.installments[{last}].trigger")]
