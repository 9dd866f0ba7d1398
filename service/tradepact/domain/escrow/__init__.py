"""Escrow domain: the milestone/order state machine, milestones, ledger, approvals, audit chain."""

from .approvals import Approval, ApprovalPolicy, payout_digest
from .audit import AuditEvent, verify_chain
from .ledger import (
    Account,
    LedgerEntry,
    LedgerInvariantError,
    MilestoneMoney,
    Movement,
    check_invariants,
)
from .machine import MilestoneEvent, MilestoneState, OrderEvent, OrderState, render_markdown
from .milestones import EvidenceItem, EvidenceType, MilestonePlan, plan_milestones
from .model import Dispute, Effect, Milestone, Order

__all__ = [
    "Account",
    "Approval",
    "ApprovalPolicy",
    "AuditEvent",
    "Dispute",
    "Effect",
    "EvidenceItem",
    "EvidenceType",
    "LedgerEntry",
    "LedgerInvariantError",
    "Milestone",
    "MilestoneEvent",
    "MilestoneMoney",
    "MilestonePlan",
    "MilestoneState",
    "Movement",
    "Order",
    "OrderEvent",
    "OrderState",
    "check_invariants",
    "payout_digest",
    "plan_milestones",
    "render_markdown",
    "verify_chain",
]
