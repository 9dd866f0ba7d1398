import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from tradepact.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Role(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROLE_UNSPECIFIED: _ClassVar[Role]
    ROLE_BUYER: _ClassVar[Role]
    ROLE_SELLER: _ClassVar[Role]
    ROLE_OTHER: _ClassVar[Role]

class TermStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TERM_STATUS_UNSPECIFIED: _ClassVar[TermStatus]
    TERM_STATUS_MISSING: _ClassVar[TermStatus]
    TERM_STATUS_PROPOSED: _ClassVar[TermStatus]
    TERM_STATUS_AGREED: _ClassVar[TermStatus]
    TERM_STATUS_CONFLICTING: _ClassVar[TermStatus]

class IncotermRule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INCOTERM_RULE_UNSPECIFIED: _ClassVar[IncotermRule]
    INCOTERM_RULE_EXW: _ClassVar[IncotermRule]
    INCOTERM_RULE_FCA: _ClassVar[IncotermRule]
    INCOTERM_RULE_CPT: _ClassVar[IncotermRule]
    INCOTERM_RULE_CIP: _ClassVar[IncotermRule]
    INCOTERM_RULE_DAP: _ClassVar[IncotermRule]
    INCOTERM_RULE_DPU: _ClassVar[IncotermRule]
    INCOTERM_RULE_DDP: _ClassVar[IncotermRule]
    INCOTERM_RULE_FAS: _ClassVar[IncotermRule]
    INCOTERM_RULE_FOB: _ClassVar[IncotermRule]
    INCOTERM_RULE_CFR: _ClassVar[IncotermRule]
    INCOTERM_RULE_CIF: _ClassVar[IncotermRule]

class PaymentTrigger(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PAYMENT_TRIGGER_UNSPECIFIED: _ClassVar[PaymentTrigger]
    PAYMENT_TRIGGER_ON_ORDER: _ClassVar[PaymentTrigger]
    PAYMENT_TRIGGER_BEFORE_PRODUCTION: _ClassVar[PaymentTrigger]
    PAYMENT_TRIGGER_BEFORE_SHIPMENT: _ClassVar[PaymentTrigger]
    PAYMENT_TRIGGER_AGAINST_BL_COPY: _ClassVar[PaymentTrigger]
    PAYMENT_TRIGGER_ON_ARRIVAL: _ClassVar[PaymentTrigger]
    PAYMENT_TRIGGER_AFTER_INSPECTION: _ClassVar[PaymentTrigger]
    PAYMENT_TRIGGER_DAYS_AFTER_EVENT: _ClassVar[PaymentTrigger]

class PaymentMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PAYMENT_METHOD_UNSPECIFIED: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_TT: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_LC_SIGHT: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_LC_USANCE: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_DP: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_DA: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_OA: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_PAYPAL: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_WESTERN_UNION: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_CARD: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_ESCROW: _ClassVar[PaymentMethod]
    PAYMENT_METHOD_CASH: _ClassVar[PaymentMethod]

class LeadTimeBasis(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LEAD_TIME_BASIS_UNSPECIFIED: _ClassVar[LeadTimeBasis]
    LEAD_TIME_BASIS_AFTER_DEPOSIT: _ClassVar[LeadTimeBasis]
    LEAD_TIME_BASIS_AFTER_SAMPLE_APPROVAL: _ClassVar[LeadTimeBasis]
    LEAD_TIME_BASIS_AFTER_ARTWORK_CONFIRMATION: _ClassVar[LeadTimeBasis]
    LEAD_TIME_BASIS_AFTER_ORDER: _ClassVar[LeadTimeBasis]
    LEAD_TIME_BASIS_IN_STOCK: _ClassVar[LeadTimeBasis]

class TransportMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRANSPORT_MODE_UNSPECIFIED: _ClassVar[TransportMode]
    TRANSPORT_MODE_SEA_FCL: _ClassVar[TransportMode]
    TRANSPORT_MODE_SEA_LCL: _ClassVar[TransportMode]
    TRANSPORT_MODE_SEA: _ClassVar[TransportMode]
    TRANSPORT_MODE_AIR: _ClassVar[TransportMode]
    TRANSPORT_MODE_EXPRESS: _ClassVar[TransportMode]
    TRANSPORT_MODE_RAIL: _ClassVar[TransportMode]
    TRANSPORT_MODE_ROAD: _ClassVar[TransportMode]
    TRANSPORT_MODE_MULTIMODAL: _ClassVar[TransportMode]

class ExtractionBackend(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EXTRACTION_BACKEND_UNSPECIFIED: _ClassVar[ExtractionBackend]
    EXTRACTION_BACKEND_RULES: _ClassVar[ExtractionBackend]
    EXTRACTION_BACKEND_LLM: _ClassVar[ExtractionBackend]
    EXTRACTION_BACKEND_HYBRID: _ClassVar[ExtractionBackend]
ROLE_UNSPECIFIED: Role
ROLE_BUYER: Role
ROLE_SELLER: Role
ROLE_OTHER: Role
TERM_STATUS_UNSPECIFIED: TermStatus
TERM_STATUS_MISSING: TermStatus
TERM_STATUS_PROPOSED: TermStatus
TERM_STATUS_AGREED: TermStatus
TERM_STATUS_CONFLICTING: TermStatus
INCOTERM_RULE_UNSPECIFIED: IncotermRule
INCOTERM_RULE_EXW: IncotermRule
INCOTERM_RULE_FCA: IncotermRule
INCOTERM_RULE_CPT: IncotermRule
INCOTERM_RULE_CIP: IncotermRule
INCOTERM_RULE_DAP: IncotermRule
INCOTERM_RULE_DPU: IncotermRule
INCOTERM_RULE_DDP: IncotermRule
INCOTERM_RULE_FAS: IncotermRule
INCOTERM_RULE_FOB: IncotermRule
INCOTERM_RULE_CFR: IncotermRule
INCOTERM_RULE_CIF: IncotermRule
PAYMENT_TRIGGER_UNSPECIFIED: PaymentTrigger
PAYMENT_TRIGGER_ON_ORDER: PaymentTrigger
PAYMENT_TRIGGER_BEFORE_PRODUCTION: PaymentTrigger
PAYMENT_TRIGGER_BEFORE_SHIPMENT: PaymentTrigger
PAYMENT_TRIGGER_AGAINST_BL_COPY: PaymentTrigger
PAYMENT_TRIGGER_ON_ARRIVAL: PaymentTrigger
PAYMENT_TRIGGER_AFTER_INSPECTION: PaymentTrigger
PAYMENT_TRIGGER_DAYS_AFTER_EVENT: PaymentTrigger
PAYMENT_METHOD_UNSPECIFIED: PaymentMethod
PAYMENT_METHOD_TT: PaymentMethod
PAYMENT_METHOD_LC_SIGHT: PaymentMethod
PAYMENT_METHOD_LC_USANCE: PaymentMethod
PAYMENT_METHOD_DP: PaymentMethod
PAYMENT_METHOD_DA: PaymentMethod
PAYMENT_METHOD_OA: PaymentMethod
PAYMENT_METHOD_PAYPAL: PaymentMethod
PAYMENT_METHOD_WESTERN_UNION: PaymentMethod
PAYMENT_METHOD_CARD: PaymentMethod
PAYMENT_METHOD_ESCROW: PaymentMethod
PAYMENT_METHOD_CASH: PaymentMethod
LEAD_TIME_BASIS_UNSPECIFIED: LeadTimeBasis
LEAD_TIME_BASIS_AFTER_DEPOSIT: LeadTimeBasis
LEAD_TIME_BASIS_AFTER_SAMPLE_APPROVAL: LeadTimeBasis
LEAD_TIME_BASIS_AFTER_ARTWORK_CONFIRMATION: LeadTimeBasis
LEAD_TIME_BASIS_AFTER_ORDER: LeadTimeBasis
LEAD_TIME_BASIS_IN_STOCK: LeadTimeBasis
TRANSPORT_MODE_UNSPECIFIED: TransportMode
TRANSPORT_MODE_SEA_FCL: TransportMode
TRANSPORT_MODE_SEA_LCL: TransportMode
TRANSPORT_MODE_SEA: TransportMode
TRANSPORT_MODE_AIR: TransportMode
TRANSPORT_MODE_EXPRESS: TransportMode
TRANSPORT_MODE_RAIL: TransportMode
TRANSPORT_MODE_ROAD: TransportMode
TRANSPORT_MODE_MULTIMODAL: TransportMode
EXTRACTION_BACKEND_UNSPECIFIED: ExtractionBackend
EXTRACTION_BACKEND_RULES: ExtractionBackend
EXTRACTION_BACKEND_LLM: ExtractionBackend
EXTRACTION_BACKEND_HYBRID: ExtractionBackend

class Message(_message.Message):
    __slots__ = ("role", "author", "sent_at", "text")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    role: Role
    author: str
    sent_at: _timestamp_pb2.Timestamp
    text: str
    def __init__(self, role: _Optional[_Union[Role, str]] = ..., author: _Optional[str] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., text: _Optional[str] = ...) -> None: ...

class Transcript(_message.Message):
    __slots__ = ("messages",)
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[Message]
    def __init__(self, messages: _Optional[_Iterable[_Union[Message, _Mapping]]] = ...) -> None: ...

class Evidence(_message.Message):
    __slots__ = ("message_index", "start", "end", "quote")
    MESSAGE_INDEX_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    QUOTE_FIELD_NUMBER: _ClassVar[int]
    message_index: int
    start: int
    end: int
    quote: str
    def __init__(self, message_index: _Optional[int] = ..., start: _Optional[int] = ..., end: _Optional[int] = ..., quote: _Optional[str] = ...) -> None: ...

class Superseded(_message.Message):
    __slots__ = ("summary", "evidence")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    summary: str
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    def __init__(self, summary: _Optional[str] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ...) -> None: ...

class Incoterm(_message.Message):
    __slots__ = ("rule", "version", "named_place", "status", "evidence", "superseded")
    RULE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NAMED_PLACE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDED_FIELD_NUMBER: _ClassVar[int]
    rule: IncotermRule
    version: str
    named_place: str
    status: TermStatus
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    superseded: _containers.RepeatedCompositeFieldContainer[Superseded]
    def __init__(self, rule: _Optional[_Union[IncotermRule, str]] = ..., version: _Optional[str] = ..., named_place: _Optional[str] = ..., status: _Optional[_Union[TermStatus, str]] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ..., superseded: _Optional[_Iterable[_Union[Superseded, _Mapping]]] = ...) -> None: ...

class Installment(_message.Message):
    __slots__ = ("percent", "fixed_amount", "trigger", "trigger_event", "method", "due_days", "evidence")
    PERCENT_FIELD_NUMBER: _ClassVar[int]
    FIXED_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_EVENT_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    DUE_DAYS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    percent: str
    fixed_amount: _common_pb2.Money
    trigger: PaymentTrigger
    trigger_event: str
    method: PaymentMethod
    due_days: int
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    def __init__(self, percent: _Optional[str] = ..., fixed_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., trigger: _Optional[_Union[PaymentTrigger, str]] = ..., trigger_event: _Optional[str] = ..., method: _Optional[_Union[PaymentMethod, str]] = ..., due_days: _Optional[int] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ...) -> None: ...

class PaymentSchedule(_message.Message):
    __slots__ = ("installments", "status", "evidence", "superseded", "offered_methods")
    INSTALLMENTS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDED_FIELD_NUMBER: _ClassVar[int]
    OFFERED_METHODS_FIELD_NUMBER: _ClassVar[int]
    installments: _containers.RepeatedCompositeFieldContainer[Installment]
    status: TermStatus
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    superseded: _containers.RepeatedCompositeFieldContainer[Superseded]
    offered_methods: _containers.RepeatedScalarFieldContainer[PaymentMethod]
    def __init__(self, installments: _Optional[_Iterable[_Union[Installment, _Mapping]]] = ..., status: _Optional[_Union[TermStatus, str]] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ..., superseded: _Optional[_Iterable[_Union[Superseded, _Mapping]]] = ..., offered_methods: _Optional[_Iterable[_Union[PaymentMethod, str]]] = ...) -> None: ...

class LeadTime(_message.Message):
    __slots__ = ("min_days", "max_days", "working_days", "basis", "status", "evidence", "superseded")
    MIN_DAYS_FIELD_NUMBER: _ClassVar[int]
    MAX_DAYS_FIELD_NUMBER: _ClassVar[int]
    WORKING_DAYS_FIELD_NUMBER: _ClassVar[int]
    BASIS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDED_FIELD_NUMBER: _ClassVar[int]
    min_days: int
    max_days: int
    working_days: bool
    basis: LeadTimeBasis
    status: TermStatus
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    superseded: _containers.RepeatedCompositeFieldContainer[Superseded]
    def __init__(self, min_days: _Optional[int] = ..., max_days: _Optional[int] = ..., working_days: _Optional[bool] = ..., basis: _Optional[_Union[LeadTimeBasis, str]] = ..., status: _Optional[_Union[TermStatus, str]] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ..., superseded: _Optional[_Iterable[_Union[Superseded, _Mapping]]] = ...) -> None: ...

class ContainerCount(_message.Message):
    __slots__ = ("type", "count")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    type: str
    count: int
    def __init__(self, type: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class TransitTime(_message.Message):
    __slots__ = ("min_days", "max_days", "evidence")
    MIN_DAYS_FIELD_NUMBER: _ClassVar[int]
    MAX_DAYS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    min_days: int
    max_days: int
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    def __init__(self, min_days: _Optional[int] = ..., max_days: _Optional[int] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ...) -> None: ...

class Logistics(_message.Message):
    __slots__ = ("mode", "containers", "courier", "port_of_loading", "port_of_discharge", "transit_time", "status", "evidence", "superseded")
    MODE_FIELD_NUMBER: _ClassVar[int]
    CONTAINERS_FIELD_NUMBER: _ClassVar[int]
    COURIER_FIELD_NUMBER: _ClassVar[int]
    PORT_OF_LOADING_FIELD_NUMBER: _ClassVar[int]
    PORT_OF_DISCHARGE_FIELD_NUMBER: _ClassVar[int]
    TRANSIT_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDED_FIELD_NUMBER: _ClassVar[int]
    mode: TransportMode
    containers: _containers.RepeatedCompositeFieldContainer[ContainerCount]
    courier: str
    port_of_loading: str
    port_of_discharge: str
    transit_time: TransitTime
    status: TermStatus
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    superseded: _containers.RepeatedCompositeFieldContainer[Superseded]
    def __init__(self, mode: _Optional[_Union[TransportMode, str]] = ..., containers: _Optional[_Iterable[_Union[ContainerCount, _Mapping]]] = ..., courier: _Optional[str] = ..., port_of_loading: _Optional[str] = ..., port_of_discharge: _Optional[str] = ..., transit_time: _Optional[_Union[TransitTime, _Mapping]] = ..., status: _Optional[_Union[TermStatus, str]] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ..., superseded: _Optional[_Iterable[_Union[Superseded, _Mapping]]] = ...) -> None: ...

class LineItem(_message.Message):
    __slots__ = ("description", "specification", "quantity", "unit", "unit_price", "total", "status", "evidence", "superseded", "unit_price_max")
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SPECIFICATION_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDED_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_MAX_FIELD_NUMBER: _ClassVar[int]
    description: str
    specification: str
    quantity: str
    unit: str
    unit_price: _common_pb2.Money
    total: _common_pb2.Money
    status: TermStatus
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    superseded: _containers.RepeatedCompositeFieldContainer[Superseded]
    unit_price_max: _common_pb2.Money
    def __init__(self, description: _Optional[str] = ..., specification: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., unit_price: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., status: _Optional[_Union[TermStatus, str]] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ..., superseded: _Optional[_Iterable[_Union[Superseded, _Mapping]]] = ..., unit_price_max: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class Quantity(_message.Message):
    __slots__ = ("value", "unit", "status", "evidence")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    value: str
    unit: str
    status: TermStatus
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    def __init__(self, value: _Optional[str] = ..., unit: _Optional[str] = ..., status: _Optional[_Union[TermStatus, str]] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ...) -> None: ...

class CurrencyTerm(_message.Message):
    __slots__ = ("code", "status", "evidence")
    CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    code: str
    status: TermStatus
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    def __init__(self, code: _Optional[str] = ..., status: _Optional[_Union[TermStatus, str]] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ...) -> None: ...

class Finding(_message.Message):
    __slots__ = ("code", "severity", "field", "message", "evidence")
    CODE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    code: str
    severity: _common_pb2.Severity
    field: str
    message: str
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    def __init__(self, code: _Optional[str] = ..., severity: _Optional[_Union[_common_pb2.Severity, str]] = ..., field: _Optional[str] = ..., message: _Optional[str] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ...) -> None: ...

class TradeTerms(_message.Message):
    __slots__ = ("line_items", "moq", "incoterm", "payment", "lead_time", "logistics", "currency", "findings")
    LINE_ITEMS_FIELD_NUMBER: _ClassVar[int]
    MOQ_FIELD_NUMBER: _ClassVar[int]
    INCOTERM_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_FIELD_NUMBER: _ClassVar[int]
    LEAD_TIME_FIELD_NUMBER: _ClassVar[int]
    LOGISTICS_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    line_items: _containers.RepeatedCompositeFieldContainer[LineItem]
    moq: Quantity
    incoterm: Incoterm
    payment: PaymentSchedule
    lead_time: LeadTime
    logistics: Logistics
    currency: CurrencyTerm
    findings: _containers.RepeatedCompositeFieldContainer[Finding]
    def __init__(self, line_items: _Optional[_Iterable[_Union[LineItem, _Mapping]]] = ..., moq: _Optional[_Union[Quantity, _Mapping]] = ..., incoterm: _Optional[_Union[Incoterm, _Mapping]] = ..., payment: _Optional[_Union[PaymentSchedule, _Mapping]] = ..., lead_time: _Optional[_Union[LeadTime, _Mapping]] = ..., logistics: _Optional[_Union[Logistics, _Mapping]] = ..., currency: _Optional[_Union[CurrencyTerm, _Mapping]] = ..., findings: _Optional[_Iterable[_Union[Finding, _Mapping]]] = ...) -> None: ...

class ExtractTermsRequest(_message.Message):
    __slots__ = ("transcript", "backend")
    TRANSCRIPT_FIELD_NUMBER: _ClassVar[int]
    BACKEND_FIELD_NUMBER: _ClassVar[int]
    transcript: Transcript
    backend: ExtractionBackend
    def __init__(self, transcript: _Optional[_Union[Transcript, _Mapping]] = ..., backend: _Optional[_Union[ExtractionBackend, str]] = ...) -> None: ...

class ExtractTermsResponse(_message.Message):
    __slots__ = ("terms", "backend", "ungrounded_count", "terms_fingerprint")
    TERMS_FIELD_NUMBER: _ClassVar[int]
    BACKEND_FIELD_NUMBER: _ClassVar[int]
    UNGROUNDED_COUNT_FIELD_NUMBER: _ClassVar[int]
    TERMS_FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    terms: TradeTerms
    backend: ExtractionBackend
    ungrounded_count: int
    terms_fingerprint: str
    def __init__(self, terms: _Optional[_Union[TradeTerms, _Mapping]] = ..., backend: _Optional[_Union[ExtractionBackend, str]] = ..., ungrounded_count: _Optional[int] = ..., terms_fingerprint: _Optional[str] = ...) -> None: ...
