"""Escrow: protobuf <-> domain (orders, milestones, evidence, events, ledger)."""

from __future__ import annotations

from datetime import datetime

from google.protobuf.timestamp_pb2 import Timestamp

from tradepact.domain.errors import FieldViolation, InvalidInput
from tradepact.domain.escrow.approvals import counted
from tradepact.domain.escrow.audit import AuditEvent
from tradepact.domain.escrow.machine import MilestoneState, OrderState
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.escrow.model import Milestone, Order, current_digest
from tradepact.v1 import escrow_pb2 as pb
from tradepact.v1 import terms_pb2

from .money import money_to_pb


def timestamp_of(iso: str | None) -> Timestamp | None:
    """An ISO 8601 string (as the escrow records times) to a Timestamp; None when empty."""
    return _ts(iso)


def _ts(iso: str | None) -> Timestamp | None:
    if not iso:
        return None
    ts = Timestamp()
    ts.FromDatetime(datetime.fromisoformat(iso))
    return ts


def evidence_type_from_pb(value: int, field: str) -> EvidenceType:
    """Proto evidence type to the domain; unspecified is INVALID_ARGUMENT."""
    if value == pb.EVIDENCE_TYPE_UNSPECIFIED or value not in pb.EvidenceType.values():
        raise InvalidInput(FieldViolation(field, "a document type is required"))
    return EvidenceType(pb.EvidenceType.Name(value).removeprefix("EVIDENCE_TYPE_"))


def evidence_from_pb(e: pb.EvidenceDocument, field: str) -> EvidenceItem:
    """A submitted document to the domain (who and when are the server's to fill)."""
    return EvidenceItem(type=evidence_type_from_pb(e.type, f"{field}.type"),
                        document_ref=e.document_reference, file_sha256=e.file_sha256,
                        notes=e.notes)


def order_state_from_pb(value: int) -> OrderState | None:
    """Optional state filter."""
    if value == pb.ORDER_STATE_UNSPECIFIED:
        return None
    return OrderState(pb.OrderState.Name(value).removeprefix("ORDER_STATE_"))


def _evidence_to_pb(e: EvidenceItem) -> pb.EvidenceDocument:
    out = pb.EvidenceDocument(type=pb.EvidenceType.Value(f"EVIDENCE_TYPE_{e.type.value}"),
                              document_reference=e.document_ref, file_sha256=e.file_sha256,
                              notes=e.notes, submitted_by=e.submitted_by)
    if (ts := _ts(e.submitted_at)) is not None:
        out.submit_time.CopyFrom(ts)
    return out


def milestone_to_pb(order: Order, m: Milestone) -> pb.Milestone:
    """A milestone with its money, evidence and approvals."""
    digest = current_digest(order, m)
    valid = counted(m.approvals, digest)
    out = pb.Milestone(
        milestone_id=m.id, sequence=m.index + 1,
        description=m.label, amount=money_to_pb(m.amount_minor, m.currency),
        funded=money_to_pb(m.funded_minor, m.currency),
        released=money_to_pb(m.released_minor, m.currency),
        refunded=money_to_pb(m.refunded_minor, m.currency),
        state=pb.MilestoneState.Value(f"MILESTONE_STATE_{m.state.value}"),
        trigger=terms_pb2.PaymentTrigger.Value(f"PAYMENT_TRIGGER_{m.trigger.value}"),
        required_evidence=pb.EvidenceType.Value(f"EVIDENCE_TYPE_{m.release_condition.value}"),
        evidence=[_evidence_to_pb(e) for e in m.evidence],
        approvals_required=m.approvals_required, approval_hash=digest,
        frozen=m.state is MilestoneState.DISPUTED,
        release_requested_by=m.release_requested_by or "", rejection_reason=m.reject_reason,
        payout_reference=str((m.payout or {}).get("instruction_id", "")))
    for a in m.approvals:
        ap = out.approvals.add(reviewer=a.reviewer, approved_hash=a.digest,
                               valid=a.reviewer in valid)
        if (ts := _ts(a.at)) is not None:
            ap.create_time.CopyFrom(ts)
    return out


def order_to_pb(o: Order) -> pb.Order:
    """An order with its milestones."""
    out = pb.Order(
        order_id=o.id, contract_id=o.contract_id, contract_version=o.contract_version,
        terms_fingerprint=o.terms_fingerprint, buyer_party_id=o.buyer_party_id,
        seller_party_id=o.seller_party_id, total=money_to_pb(o.total_minor, o.currency),
        state=pb.OrderState.Value(f"ORDER_STATE_{o.state.value}"),
        milestones=[milestone_to_pb(o, m) for m in o.milestones], revision=o.version)
    if (ts := _ts(o.created_at)) is not None:
        out.create_time.CopyFrom(ts)
    if (ts := _ts(o.updated_at)) is not None:
        out.update_time.CopyFrom(ts)
    return out


def event_to_pb(e: AuditEvent) -> pb.OrderEvent:
    """An audit event."""
    import json

    out = pb.OrderEvent(order_id=e.order_id, sequence=e.sequence, type=e.kind, actor=e.actor,
                        milestone_id=str(e.payload.get("milestone_id", "")),
                        data_json=json.dumps(e.payload, sort_keys=True, ensure_ascii=False),
                        prev_hash=e.prev_hash, hash=e.hash)
    if (ts := _ts(e.at)) is not None:
        out.create_time.CopyFrom(ts)
    return out
