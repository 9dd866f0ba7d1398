"""Escrow: protobuf <-> domain (orders, milestones, evidence, events, ledger)."""

from __future__ import annotations

from datetime import datetime

from google.protobuf.timestamp_pb2 import Timestamp

from tradepact.domain.errors import FieldViolation, InvalidInput
from tradepact.domain.escrow.approvals import counted, payout_digest
from tradepact.domain.escrow.audit import AuditEvent
from tradepact.domain.escrow.machine import MilestoneState, OrderState
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.escrow.model import Milestone, Order, current_digest
from tradepact.v1 import escrow_pb2 as pb
from tradepact.v1 import terms_pb2


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


def _set_time(field: Timestamp, iso: str | None) -> None:
    if iso:
        field.FromDatetime(datetime.fromisoformat(iso))


def _evidence_into_pb(out: pb.EvidenceDocument, e: EvidenceItem) -> None:
    out.type = pb.EvidenceType.Value(f"EVIDENCE_TYPE_{e.type.value}")
    out.document_reference, out.file_sha256 = e.document_ref, e.file_sha256
    out.notes, out.submitted_by = e.notes, e.submitted_by
    _set_time(out.submit_time, e.submitted_at)


def milestone_to_pb(order: Order, m: Milestone) -> pb.Milestone:
    """A milestone with its money, evidence and approvals."""
    out = pb.Milestone()
    _milestone_into_pb(out, order, m)
    return out


def _counting_reviewers(order: Order, m: Milestone, digest: str | None = None) -> set[str]:
    """The reviewers whose approvals count, shown as `valid`; `digest` is the milestone's
    `current_digest` when the caller has it already.

    Before the release: those bound to what a reviewer approves now (current_digest). Once
    released that digest covers the amount still held, nothing, so it no longer matches any
    approval; then they are those bound to what was paid out, the digest of the payout
    recorded at the release (its amount, currency and beneficiary, and the evidence, which
    cannot change after it). The binding is the same: an approval shows as counting only for
    exactly what it approved, never because its reviewer is named in the payout.
    """
    payout = m.payout or {}
    if "approved_by" not in payout:  # only a release by reviewers records who approved it
        return counted(m.approvals, current_digest(order, m) if digest is None else digest)
    paid = payout_digest(m.id, int(payout.get("amount_minor", -1)),
                         str(payout.get("currency", "")), str(payout.get("beneficiary", "")),
                         m.evidence)
    return counted(m.approvals, paid)


def _milestone_into_pb(out: pb.Milestone, order: Order, m: Milestone) -> None:
    # Filled in place: a submessage passed to a constructor is copied, and an order's
    # milestones were copied twice on the way to a response.
    digest = current_digest(order, m)
    valid = _counting_reviewers(order, m, digest)
    out.milestone_id, out.sequence, out.description = m.id, m.index + 1, m.label
    currency = m.currency
    for field, minor in ((out.amount, m.amount_minor), (out.funded, m.funded_minor),
                         (out.released, m.released_minor), (out.refunded, m.refunded_minor)):
        field.currency_code, field.minor_units = currency, minor
    out.state = pb.MilestoneState.Value(f"MILESTONE_STATE_{m.state.value}")
    out.trigger = terms_pb2.PaymentTrigger.Value(f"PAYMENT_TRIGGER_{m.trigger.value}")
    out.required_evidence = pb.EvidenceType.Value(f"EVIDENCE_TYPE_{m.release_condition.value}")
    for e in m.evidence:
        _evidence_into_pb(out.evidence.add(), e)
    out.approvals_required, out.approval_hash = m.approvals_required, digest
    out.frozen = m.state is MilestoneState.DISPUTED
    out.release_requested_by = m.release_requested_by or ""
    out.rejection_reason = m.reject_reason
    out.release_note = m.release_note
    out.payout_reference = str((m.payout or {}).get("instruction_id", ""))
    for a in m.approvals:
        ap = out.approvals.add(reviewer=a.reviewer, approved_hash=a.digest,
                               valid=a.reviewer in valid)
        _set_time(ap.create_time, a.at)


def order_to_pb(o: Order) -> pb.Order:
    """An order with its milestones."""
    out = pb.Order()
    order_into_pb(out, o)
    return out


def order_into_pb(out: pb.Order, o: Order) -> None:
    """Fill `out` (e.g. a response's order field) with an order and its milestones."""
    out.order_id, out.contract_id = o.id, o.contract_id
    out.contract_version, out.terms_fingerprint = o.contract_version, o.terms_fingerprint
    out.buyer_party_id, out.seller_party_id = o.buyer_party_id, o.seller_party_id
    out.total.currency_code, out.total.minor_units = o.currency, o.total_minor
    out.state = pb.OrderState.Value(f"ORDER_STATE_{o.state.value}")
    for m in o.milestones:
        _milestone_into_pb(out.milestones.add(), o, m)
    out.revision = o.version
    _set_time(out.create_time, o.created_at)
    _set_time(out.update_time, o.updated_at)


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
