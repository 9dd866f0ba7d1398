import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from tradepact.v1 import common_pb2 as _common_pb2
from tradepact.v1 import terms_pb2 as _terms_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MilestoneState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MILESTONE_STATE_UNSPECIFIED: _ClassVar[MilestoneState]
    MILESTONE_STATE_PENDING: _ClassVar[MilestoneState]
    MILESTONE_STATE_FUNDED: _ClassVar[MilestoneState]
    MILESTONE_STATE_RELEASE_REQUESTED: _ClassVar[MilestoneState]
    MILESTONE_STATE_RELEASED: _ClassVar[MilestoneState]
    MILESTONE_STATE_REFUNDED: _ClassVar[MilestoneState]
    MILESTONE_STATE_DISPUTED: _ClassVar[MilestoneState]

class OrderState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ORDER_STATE_UNSPECIFIED: _ClassVar[OrderState]
    ORDER_STATE_ACTIVE: _ClassVar[OrderState]
    ORDER_STATE_COMPLETED: _ClassVar[OrderState]
    ORDER_STATE_CANCELLED: _ClassVar[OrderState]
    ORDER_STATE_DISPUTED: _ClassVar[OrderState]

class EvidenceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVIDENCE_TYPE_UNSPECIFIED: _ClassVar[EvidenceType]
    EVIDENCE_TYPE_SIGNED_CONTRACT: _ClassVar[EvidenceType]
    EVIDENCE_TYPE_PRODUCTION_COMPLETE: _ClassVar[EvidenceType]
    EVIDENCE_TYPE_BILL_OF_LADING: _ClassVar[EvidenceType]
    EVIDENCE_TYPE_INSPECTION_REPORT: _ClassVar[EvidenceType]
    EVIDENCE_TYPE_ARRIVAL_NOTICE: _ClassVar[EvidenceType]
    EVIDENCE_TYPE_OTHER: _ClassVar[EvidenceType]
    EVIDENCE_TYPE_PRODUCTION_STARTED: _ClassVar[EvidenceType]
    EVIDENCE_TYPE_INVOICE: _ClassVar[EvidenceType]
MILESTONE_STATE_UNSPECIFIED: MilestoneState
MILESTONE_STATE_PENDING: MilestoneState
MILESTONE_STATE_FUNDED: MilestoneState
MILESTONE_STATE_RELEASE_REQUESTED: MilestoneState
MILESTONE_STATE_RELEASED: MilestoneState
MILESTONE_STATE_REFUNDED: MilestoneState
MILESTONE_STATE_DISPUTED: MilestoneState
ORDER_STATE_UNSPECIFIED: OrderState
ORDER_STATE_ACTIVE: OrderState
ORDER_STATE_COMPLETED: OrderState
ORDER_STATE_CANCELLED: OrderState
ORDER_STATE_DISPUTED: OrderState
EVIDENCE_TYPE_UNSPECIFIED: EvidenceType
EVIDENCE_TYPE_SIGNED_CONTRACT: EvidenceType
EVIDENCE_TYPE_PRODUCTION_COMPLETE: EvidenceType
EVIDENCE_TYPE_BILL_OF_LADING: EvidenceType
EVIDENCE_TYPE_INSPECTION_REPORT: EvidenceType
EVIDENCE_TYPE_ARRIVAL_NOTICE: EvidenceType
EVIDENCE_TYPE_OTHER: EvidenceType
EVIDENCE_TYPE_PRODUCTION_STARTED: EvidenceType
EVIDENCE_TYPE_INVOICE: EvidenceType

class EvidenceDocument(_message.Message):
    __slots__ = ("type", "document_reference", "file_sha256", "notes", "submitted_by", "submit_time")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    FILE_SHA256_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_BY_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_TIME_FIELD_NUMBER: _ClassVar[int]
    type: EvidenceType
    document_reference: str
    file_sha256: str
    notes: str
    submitted_by: str
    submit_time: _timestamp_pb2.Timestamp
    def __init__(self, type: _Optional[_Union[EvidenceType, str]] = ..., document_reference: _Optional[str] = ..., file_sha256: _Optional[str] = ..., notes: _Optional[str] = ..., submitted_by: _Optional[str] = ..., submit_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Approval(_message.Message):
    __slots__ = ("reviewer", "approved_hash", "create_time", "valid")
    REVIEWER_FIELD_NUMBER: _ClassVar[int]
    APPROVED_HASH_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    VALID_FIELD_NUMBER: _ClassVar[int]
    reviewer: str
    approved_hash: str
    create_time: _timestamp_pb2.Timestamp
    valid: bool
    def __init__(self, reviewer: _Optional[str] = ..., approved_hash: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., valid: _Optional[bool] = ...) -> None: ...

class Milestone(_message.Message):
    __slots__ = ("milestone_id", "sequence", "description", "amount", "funded", "released", "refunded", "state", "trigger", "required_evidence", "evidence", "approvals", "approvals_required", "approval_hash", "frozen", "release_requested_by", "rejection_reason", "payout_reference", "release_note")
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    FUNDED_FIELD_NUMBER: _ClassVar[int]
    RELEASED_FIELD_NUMBER: _ClassVar[int]
    REFUNDED_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    APPROVALS_FIELD_NUMBER: _ClassVar[int]
    APPROVALS_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_HASH_FIELD_NUMBER: _ClassVar[int]
    FROZEN_FIELD_NUMBER: _ClassVar[int]
    RELEASE_REQUESTED_BY_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    PAYOUT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    RELEASE_NOTE_FIELD_NUMBER: _ClassVar[int]
    milestone_id: str
    sequence: int
    description: str
    amount: _common_pb2.Money
    funded: _common_pb2.Money
    released: _common_pb2.Money
    refunded: _common_pb2.Money
    state: MilestoneState
    trigger: _terms_pb2.PaymentTrigger
    required_evidence: EvidenceType
    evidence: _containers.RepeatedCompositeFieldContainer[EvidenceDocument]
    approvals: _containers.RepeatedCompositeFieldContainer[Approval]
    approvals_required: int
    approval_hash: str
    frozen: bool
    release_requested_by: str
    rejection_reason: str
    payout_reference: str
    release_note: str
    def __init__(self, milestone_id: _Optional[str] = ..., sequence: _Optional[int] = ..., description: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., funded: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., released: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., refunded: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., state: _Optional[_Union[MilestoneState, str]] = ..., trigger: _Optional[_Union[_terms_pb2.PaymentTrigger, str]] = ..., required_evidence: _Optional[_Union[EvidenceType, str]] = ..., evidence: _Optional[_Iterable[_Union[EvidenceDocument, _Mapping]]] = ..., approvals: _Optional[_Iterable[_Union[Approval, _Mapping]]] = ..., approvals_required: _Optional[int] = ..., approval_hash: _Optional[str] = ..., frozen: _Optional[bool] = ..., release_requested_by: _Optional[str] = ..., rejection_reason: _Optional[str] = ..., payout_reference: _Optional[str] = ..., release_note: _Optional[str] = ...) -> None: ...

class Order(_message.Message):
    __slots__ = ("order_id", "contract_id", "contract_version", "terms_fingerprint", "buyer_party_id", "seller_party_id", "total", "state", "milestones", "create_time", "update_time", "revision")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_VERSION_FIELD_NUMBER: _ClassVar[int]
    TERMS_FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    BUYER_PARTY_ID_FIELD_NUMBER: _ClassVar[int]
    SELLER_PARTY_ID_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    MILESTONES_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    contract_id: str
    contract_version: int
    terms_fingerprint: str
    buyer_party_id: str
    seller_party_id: str
    total: _common_pb2.Money
    state: OrderState
    milestones: _containers.RepeatedCompositeFieldContainer[Milestone]
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    revision: int
    def __init__(self, order_id: _Optional[str] = ..., contract_id: _Optional[str] = ..., contract_version: _Optional[int] = ..., terms_fingerprint: _Optional[str] = ..., buyer_party_id: _Optional[str] = ..., seller_party_id: _Optional[str] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., state: _Optional[_Union[OrderState, str]] = ..., milestones: _Optional[_Iterable[_Union[Milestone, _Mapping]]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., revision: _Optional[int] = ...) -> None: ...

class CreateOrderRequest(_message.Message):
    __slots__ = ("idempotency_key", "contract_id", "contract_version")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_VERSION_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    contract_id: str
    contract_version: int
    def __init__(self, idempotency_key: _Optional[str] = ..., contract_id: _Optional[str] = ..., contract_version: _Optional[int] = ...) -> None: ...

class CreateOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class RecordFundingRequest(_message.Message):
    __slots__ = ("idempotency_key", "order_id", "milestone_id", "amount", "payment_reference")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    order_id: str
    milestone_id: str
    amount: _common_pb2.Money
    payment_reference: str
    def __init__(self, idempotency_key: _Optional[str] = ..., order_id: _Optional[str] = ..., milestone_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., payment_reference: _Optional[str] = ...) -> None: ...

class RecordFundingResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class SubmitEvidenceRequest(_message.Message):
    __slots__ = ("idempotency_key", "order_id", "milestone_id", "evidence")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    order_id: str
    milestone_id: str
    evidence: EvidenceDocument
    def __init__(self, idempotency_key: _Optional[str] = ..., order_id: _Optional[str] = ..., milestone_id: _Optional[str] = ..., evidence: _Optional[_Union[EvidenceDocument, _Mapping]] = ...) -> None: ...

class SubmitEvidenceResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class RequestReleaseRequest(_message.Message):
    __slots__ = ("idempotency_key", "order_id", "milestone_id", "note")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    order_id: str
    milestone_id: str
    note: str
    def __init__(self, idempotency_key: _Optional[str] = ..., order_id: _Optional[str] = ..., milestone_id: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class RequestReleaseResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class ConfirmPayoutRequest(_message.Message):
    __slots__ = ("idempotency_key", "order_id", "milestone_id", "approval_hash", "payout_reference")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_HASH_FIELD_NUMBER: _ClassVar[int]
    PAYOUT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    order_id: str
    milestone_id: str
    approval_hash: str
    payout_reference: str
    def __init__(self, idempotency_key: _Optional[str] = ..., order_id: _Optional[str] = ..., milestone_id: _Optional[str] = ..., approval_hash: _Optional[str] = ..., payout_reference: _Optional[str] = ...) -> None: ...

class ConfirmPayoutResponse(_message.Message):
    __slots__ = ("order", "released", "approvals_remaining")
    ORDER_FIELD_NUMBER: _ClassVar[int]
    RELEASED_FIELD_NUMBER: _ClassVar[int]
    APPROVALS_REMAINING_FIELD_NUMBER: _ClassVar[int]
    order: Order
    released: bool
    approvals_remaining: int
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ..., released: _Optional[bool] = ..., approvals_remaining: _Optional[int] = ...) -> None: ...

class RejectPayoutRequest(_message.Message):
    __slots__ = ("idempotency_key", "order_id", "milestone_id", "reason")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    order_id: str
    milestone_id: str
    reason: str
    def __init__(self, idempotency_key: _Optional[str] = ..., order_id: _Optional[str] = ..., milestone_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RejectPayoutResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class OpenDisputeRequest(_message.Message):
    __slots__ = ("idempotency_key", "order_id", "reason")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    order_id: str
    reason: str
    def __init__(self, idempotency_key: _Optional[str] = ..., order_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class OpenDisputeResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class ResolveDisputeRequest(_message.Message):
    __slots__ = ("idempotency_key", "order_id", "release_to_seller", "refund_to_buyer", "resolution_note")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    RELEASE_TO_SELLER_FIELD_NUMBER: _ClassVar[int]
    REFUND_TO_BUYER_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_NOTE_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    order_id: str
    release_to_seller: _common_pb2.Money
    refund_to_buyer: _common_pb2.Money
    resolution_note: str
    def __init__(self, idempotency_key: _Optional[str] = ..., order_id: _Optional[str] = ..., release_to_seller: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., refund_to_buyer: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., resolution_note: _Optional[str] = ...) -> None: ...

class ResolveDisputeResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class CancelOrderRequest(_message.Message):
    __slots__ = ("idempotency_key", "order_id", "reason")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    order_id: str
    reason: str
    def __init__(self, idempotency_key: _Optional[str] = ..., order_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class CancelOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class GetOrderRequest(_message.Message):
    __slots__ = ("order_id",)
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    def __init__(self, order_id: _Optional[str] = ...) -> None: ...

class GetOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: Order
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ...) -> None: ...

class ListOrdersRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "state")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    state: OrderState
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., state: _Optional[_Union[OrderState, str]] = ...) -> None: ...

class ListOrdersResponse(_message.Message):
    __slots__ = ("orders", "next_page_token")
    ORDERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    orders: _containers.RepeatedCompositeFieldContainer[Order]
    next_page_token: str
    def __init__(self, orders: _Optional[_Iterable[_Union[Order, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class OrderEvent(_message.Message):
    __slots__ = ("order_id", "sequence", "type", "actor", "milestone_id", "data_json", "create_time", "prev_hash", "hash")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_JSON_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    PREV_HASH_FIELD_NUMBER: _ClassVar[int]
    HASH_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    sequence: int
    type: str
    actor: str
    milestone_id: str
    data_json: str
    create_time: _timestamp_pb2.Timestamp
    prev_hash: str
    hash: str
    def __init__(self, order_id: _Optional[str] = ..., sequence: _Optional[int] = ..., type: _Optional[str] = ..., actor: _Optional[str] = ..., milestone_id: _Optional[str] = ..., data_json: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., prev_hash: _Optional[str] = ..., hash: _Optional[str] = ...) -> None: ...

class WatchOrderRequest(_message.Message):
    __slots__ = ("order_id", "after_sequence")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    after_sequence: int
    def __init__(self, order_id: _Optional[str] = ..., after_sequence: _Optional[int] = ...) -> None: ...

class WatchOrderResponse(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: OrderEvent
    def __init__(self, event: _Optional[_Union[OrderEvent, _Mapping]] = ...) -> None: ...

class ReviewItem(_message.Message):
    __slots__ = ("order", "milestone_id", "terms", "request_time")
    ORDER_FIELD_NUMBER: _ClassVar[int]
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    TERMS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_TIME_FIELD_NUMBER: _ClassVar[int]
    order: Order
    milestone_id: str
    terms: _terms_pb2.TradeTerms
    request_time: _timestamp_pb2.Timestamp
    def __init__(self, order: _Optional[_Union[Order, _Mapping]] = ..., milestone_id: _Optional[str] = ..., terms: _Optional[_Union[_terms_pb2.TradeTerms, _Mapping]] = ..., request_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListReviewQueueRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListReviewQueueResponse(_message.Message):
    __slots__ = ("items", "next_page_token")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReviewItem]
    next_page_token: str
    def __init__(self, items: _Optional[_Iterable[_Union[ReviewItem, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class LedgerEntry(_message.Message):
    __slots__ = ("entry_id", "movement_id", "account", "amount", "kind", "milestone_id", "create_time")
    ENTRY_ID_FIELD_NUMBER: _ClassVar[int]
    MOVEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    MILESTONE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    entry_id: str
    movement_id: str
    account: str
    amount: _common_pb2.Money
    kind: str
    milestone_id: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, entry_id: _Optional[str] = ..., movement_id: _Optional[str] = ..., account: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., kind: _Optional[str] = ..., milestone_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetLedgerRequest(_message.Message):
    __slots__ = ("order_id",)
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    def __init__(self, order_id: _Optional[str] = ...) -> None: ...

class GetLedgerResponse(_message.Message):
    __slots__ = ("order_id", "funded", "released", "refunded", "held", "entries", "balanced")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    FUNDED_FIELD_NUMBER: _ClassVar[int]
    RELEASED_FIELD_NUMBER: _ClassVar[int]
    REFUNDED_FIELD_NUMBER: _ClassVar[int]
    HELD_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    BALANCED_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    funded: _common_pb2.Money
    released: _common_pb2.Money
    refunded: _common_pb2.Money
    held: _common_pb2.Money
    entries: _containers.RepeatedCompositeFieldContainer[LedgerEntry]
    balanced: bool
    def __init__(self, order_id: _Optional[str] = ..., funded: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., released: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., refunded: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., held: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., entries: _Optional[_Iterable[_Union[LedgerEntry, _Mapping]]] = ..., balanced: _Optional[bool] = ...) -> None: ...

class VerifyAuditRequest(_message.Message):
    __slots__ = ("order_id",)
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    def __init__(self, order_id: _Optional[str] = ...) -> None: ...

class AuditProblem(_message.Message):
    __slots__ = ("order_id", "sequence", "description")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    sequence: int
    description: str
    def __init__(self, order_id: _Optional[str] = ..., sequence: _Optional[int] = ..., description: _Optional[str] = ...) -> None: ...

class VerifyAuditResponse(_message.Message):
    __slots__ = ("ok", "events_checked", "problems")
    OK_FIELD_NUMBER: _ClassVar[int]
    EVENTS_CHECKED_FIELD_NUMBER: _ClassVar[int]
    PROBLEMS_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    events_checked: int
    problems: _containers.RepeatedCompositeFieldContainer[AuditProblem]
    def __init__(self, ok: _Optional[bool] = ..., events_checked: _Optional[int] = ..., problems: _Optional[_Iterable[_Union[AuditProblem, _Mapping]]] = ...) -> None: ...
