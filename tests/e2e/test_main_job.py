"""The main job end to end through a real server and the SDK: chat -> contract -> payouts."""

from __future__ import annotations

import io
import re
from pathlib import Path

from docx import Document
from pypdf import PdfReader

from tests.support.escrow_flow import client, key
from tradepact.adapters.transcript_formats import parse_export
from tradepact.entrypoints.grpc.converters.terms import transcript_to_pb
from tradepact.v1 import contracts_pb2, escrow_pb2, terms_pb2

CHATS = Path(__file__).resolve().parents[2] / "clients" / "examples" / "chats"
PARTIES = contracts_pb2.Parties(
    seller=contracts_pb2.Party(party_id="s-1", legal_name="Ningbo Bright Drinkware Co., Ltd.",
                               address="88 Yinzhou Avenue, Ningbo", country="CN",
                               registration_number="91330212MA2GQ1234X",
                               contact_email="lily@bright.example"),
    buyer=contracts_pb2.Party(party_id="b-1", legal_name="Nordkap Outdoor GmbH",
                              address="Grosse Elbstrasse 145, Hamburg", country="DE",
                              registration_number="HRB 123456", contact_email="tom@nordkap.example"))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_from_a_chat_to_a_released_balance(server):
    transcript = parse_export((CHATS / "negotiation-whatsapp.txt").read_text("utf-8"),
                              buyer_names=["Tom Becker"], seller_names=["Lily Chen"])
    with client(server.address, "platform") as platform:
        extracted = platform.extract_terms(transcript=transcript_to_pb(transcript))
        terms = extracted.terms
        assert terms.incoterm.rule == terms_pb2.INCOTERM_RULE_CIF
        assert terms.incoterm.named_place == "Hamburg"
        assert terms.incoterm.superseded[0].summary.startswith("FOB")
        assert [i.percent for i in terms.payment.installments] == ["30", "70"]
        assert (terms.lead_time.min_days, terms.lead_time.max_days) == (25, 30)
        assert (terms.logistics.transit_time.min_days, terms.logistics.transit_time.max_days) \
            == (30, 35)
        version = platform.draft_contract(
            idempotency_key=key(), terms=terms, parties=PARTIES,
            transcript=transcript_to_pb(transcript), final=True).version
        pdf = platform.download_contract(contract_id=version.contract_id,
                                         format=contracts_pb2.DOCUMENT_FORMAT_PDF)
        docx = platform.download_contract(contract_id=version.contract_id,
                                          format=contracts_pb2.DOCUMENT_FORMAT_DOCX)
        order = platform.create_order(idempotency_key=key(),
                                      contract_id=version.contract_id).order

    pdf_text = _squash(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    docx_text = _squash(" ".join(p.text for p in Document(io.BytesIO(docx)).paragraphs))
    for text in (pdf_text, docx_text):
        assert "CIF Hamburg" in text and "Incoterms" in text
        assert "Nordkap Outdoor GmbH" in text and "Ningbo Bright Drinkware Co., Ltd." in text
    assert "5,430.00" in pdf_text and "12,670.00" in pdf_text  # the schedule the escrow enforces
    assert "18,100.00" in pdf_text
    assert [m.amount.minor_units for m in order.milestones] == [543000, 1267000]

    for index, evidence in ((0, escrow_pb2.EVIDENCE_TYPE_SIGNED_CONTRACT),
                            (1, escrow_pb2.EVIDENCE_TYPE_BILL_OF_LADING)):
        m = order.milestones[index]
        assert m.required_evidence == evidence
        with client(server.address, "platform") as c:
            c.record_funding(idempotency_key=key(), order_id=order.order_id,
                             milestone_id=m.milestone_id, amount=m.amount,
                             payment_reference=f"SWIFT-{index}")
        with client(server.address, "seller") as c:
            c.submit_evidence(idempotency_key=key(), order_id=order.order_id,
                              milestone_id=m.milestone_id, evidence=escrow_pb2.EvidenceDocument(
                                  type=evidence, document_reference=f"DOC-{index}"))
            requested = c.request_release(idempotency_key=key(), order_id=order.order_id,
                                          milestone_id=m.milestone_id).order
        for reviewer in ("reviewer", "reviewer2")[: 1 + index]:
            with client(server.address, reviewer) as c:
                # Each reviewer approves what the review queue showed: the hash binds it.
                item = next(i for i in c.list_review_queue().items
                            if i.milestone_id == m.milestone_id)
                seen = next(x for x in item.order.milestones if x.milestone_id == m.milestone_id)
                assert seen.approval_hash == requested.milestones[index].approval_hash
                last = c.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                        milestone_id=m.milestone_id,
                                        approval_hash=seen.approval_hash)
        assert last.released

    with client(server.address, "buyer") as buyer:
        final = buyer.get_order(order_id=order.order_id).order
        ledger = buyer.get_ledger(order_id=order.order_id)
    with client(server.address, "platform") as c:
        audit = c.verify_audit(order_id=order.order_id)
    assert final.state == escrow_pb2.ORDER_STATE_COMPLETED
    assert ledger.balanced and ledger.released.minor_units == 1810000
    assert ledger.held.minor_units == 0 and sum(e.amount.minor_units for e in ledger.entries) == 0
    assert audit.ok and audit.events_checked > 0
