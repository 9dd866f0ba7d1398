"""Typed trade terms extracted from a chat: every value carries its status and evidence.

A term the chat does not settle has status MISSING and no value; it is never guessed.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, Field


class TermStatus(StrEnum):
    """How settled a term is in the chat."""

    MISSING = "MISSING"  # nobody stated it
    PROPOSED = "PROPOSED"  # stated by one side, not (yet) accepted by the other
    AGREED = "AGREED"  # stated by one side and accepted by the other
    CONFLICTING = "CONFLICTING"  # an open counter-offer, or options with none chosen


class Evidence(BaseModel):
    """Where a value came from: the exact quote at [start, end) of one message's text."""

    message_index: int
    start: int
    end: int
    quote: str


class Superseded(BaseModel):
    """An earlier value of a term that a later offer or acceptance replaced."""

    summary: str
    evidence: list[Evidence] = Field(default_factory=list)


class Term(BaseModel):
    """Fields every term group shares: status, evidence, and the history it replaced."""

    status: TermStatus = TermStatus.MISSING
    evidence: list[Evidence] = Field(default_factory=list)
    superseded: list[Superseded] = Field(default_factory=list)


# --- Incoterms -------------------------------------------------------------------------------


class IncotermRule(StrEnum):
    """The eleven Incoterms(R) 2020 rules."""

    EXW = "EXW"
    FCA = "FCA"
    CPT = "CPT"
    CIP = "CIP"
    DAP = "DAP"
    DPU = "DPU"
    DDP = "DDP"
    FAS = "FAS"
    FOB = "FOB"
    CFR = "CFR"
    CIF = "CIF"


SEA_ONLY_RULES = frozenset({IncotermRule.FAS, IncotermRule.FOB, IncotermRule.CFR, IncotermRule.CIF})


class Incoterm(Term):
    """The delivery rule with its named place, e.g. FOB Ningbo, Incoterms(R) 2020."""

    rule: IncotermRule | None = None
    version: str = "2020"
    named_place: str | None = None


# --- Payment ---------------------------------------------------------------------------------


class PaymentTrigger(StrEnum):
    """The event that makes an installment due."""

    UNSPECIFIED = "UNSPECIFIED"
    ON_ORDER = "ON_ORDER"  # on order / on contract signing / advance / deposit
    BEFORE_PRODUCTION = "BEFORE_PRODUCTION"
    BEFORE_SHIPMENT = "BEFORE_SHIPMENT"  # before shipment or loading; goods ready
    AGAINST_BL_COPY = "AGAINST_BL_COPY"  # against copy of the bill of lading
    ON_ARRIVAL = "ON_ARRIVAL"
    AFTER_INSPECTION = "AFTER_INSPECTION"
    DAYS_AFTER_EVENT = "DAYS_AFTER_EVENT"  # N days after a dated event (B/L date, invoice)


class PaymentMethod(StrEnum):
    """How an installment is paid."""

    UNSPECIFIED = "UNSPECIFIED"
    TT = "TT"
    LC_SIGHT = "LC_SIGHT"
    LC_USANCE = "LC_USANCE"
    DP = "DP"
    DA = "DA"
    OA = "OA"
    PAYPAL = "PAYPAL"
    WESTERN_UNION = "WESTERN_UNION"
    CARD = "CARD"
    ESCROW = "ESCROW"  # platform escrow, Trade Assurance, Alipay
    CASH = "CASH"  # cash paid in person (现金)


class Installment(BaseModel):
    """One part of the price: a share, when it falls due, and how it is paid."""

    percent: Decimal | None = None  # share of the contract value, e.g. Decimal("30")
    fixed_amount_minor: int | None = None  # or a fixed amount in minor units of `currency`
    currency: str | None = None
    trigger: PaymentTrigger = PaymentTrigger.UNSPECIFIED
    trigger_event: str | None = None  # for DAYS_AFTER_EVENT: "B/L date", "invoice", ...
    method: PaymentMethod = PaymentMethod.UNSPECIFIED
    due_days: int | None = None  # N days after the trigger (net 30, L/C 60 days, ...)
    evidence: list[Evidence] = Field(default_factory=list)


class PaymentSchedule(Term):
    """The installments, which must add up to 100 % of the contract value.

    `offered_methods` are the methods one side offered as alternatives ("we accept T/T or L/C")
    while nobody has chosen one, in the order offered: only with status CONFLICTING or PROPOSED,
    and then no installment carries a method. Choosing one makes it the installments' method.
    """

    installments: list[Installment] = Field(default_factory=list)
    offered_methods: list[PaymentMethod] = Field(default_factory=list)


# --- Lead time and logistics -----------------------------------------------------------------


class LeadTimeBasis(StrEnum):
    """What the production lead time runs from."""

    UNSPECIFIED = "UNSPECIFIED"
    AFTER_DEPOSIT = "AFTER_DEPOSIT"
    AFTER_SAMPLE_APPROVAL = "AFTER_SAMPLE_APPROVAL"
    AFTER_ARTWORK_CONFIRMATION = "AFTER_ARTWORK_CONFIRMATION"
    AFTER_ORDER = "AFTER_ORDER"
    IN_STOCK = "IN_STOCK"


class LeadTime(Term):
    """Production / ready-to-ship time. Never the transit time."""

    min_days: int | None = None
    max_days: int | None = None
    working_days: bool = False  # True for working/business days, False for calendar days
    basis: LeadTimeBasis = LeadTimeBasis.UNSPECIFIED


class TransportMode(StrEnum):
    """Main carriage mode."""

    UNSPECIFIED = "UNSPECIFIED"
    SEA_FCL = "SEA_FCL"
    SEA_LCL = "SEA_LCL"
    SEA = "SEA"  # by sea, FCL/LCL not stated
    AIR = "AIR"
    EXPRESS = "EXPRESS"
    RAIL = "RAIL"
    ROAD = "ROAD"
    MULTIMODAL = "MULTIMODAL"


class ContainerType(StrEnum):
    """ISO container sizes as traders write them."""

    GP20 = "20GP"
    GP40 = "40GP"
    HQ40 = "40HQ"


class Containers(BaseModel):
    """A number of containers of one type."""

    type: ContainerType
    count: int


class TransitTime(BaseModel):
    """Time in transit, quoted separately from lead time."""

    min_days: int | None = None
    max_days: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Logistics(Term):
    """How the goods travel."""

    mode: TransportMode = TransportMode.UNSPECIFIED
    containers: list[Containers] = Field(default_factory=list)
    courier: str | None = None
    port_of_loading: str | None = None
    port_of_discharge: str | None = None
    transit_time: TransitTime | None = None


# --- Goods -----------------------------------------------------------------------------------


class LineItem(Term):
    """One kind of goods ordered: what, how many, at what price."""

    description: str = ""
    specification: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None  # pcs, sets, pairs, cartons, kg, MT, ...
    unit_price: Decimal | None = None  # in major units of `currency`, exact
    # A price quoted as a range ("USD 0.40-1.00/pc"): its upper bound, `unit_price` being the
    # lower. A range is an indication, never an agreed price: the item is never AGREED, has no
    # total, and a final contract waits for one unit price.
    unit_price_max: Decimal | None = None
    currency: str | None = None  # ISO 4217
    total: Decimal | None = None  # quantity x unit_price, when both are known (never for a range)

    @property
    def price_is_range(self) -> bool:
        """The price was quoted as a range, not as one unit price."""
        return self.unit_price_max is not None

    def quoted_range(self) -> str:
        """The range as people read it in a finding or a gap: "USD 0.4-1"."""
        return f"{self.currency or ''} {self.unit_price}-{self.unit_price_max}".strip()


class Quantity(Term):
    """A quantity with its unit (used for the MOQ, which is never the order quantity)."""

    value: Decimal | None = None
    unit: str | None = None


class Currency(Term):
    """The contract currency (ISO 4217)."""

    code: str | None = None


# --- Findings and the whole ------------------------------------------------------------------


class Severity(StrEnum):
    """How much a finding matters to a contract."""

    INFO = "INFO"
    WARNING = "WARNING"
    BLOCKING = "BLOCKING"  # a final contract cannot be rendered until it is resolved


class Finding(BaseModel):
    """Something a human must look at: a missing term, an inconsistency, a conflict."""

    code: str  # stable machine code, e.g. "INCOTERM_MISSING", "PAYMENT_NOT_100", "UNGROUNDED"
    severity: Severity = Severity.WARNING
    field: str = ""  # dotted path into TradeTerms, e.g. "incoterm.named_place"
    message: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class TradeTerms(BaseModel):
    """Everything extracted from one transcript."""

    line_items: list[LineItem] = Field(default_factory=list)
    moq: Quantity = Field(default_factory=Quantity)
    incoterm: Incoterm = Field(default_factory=Incoterm)
    payment: PaymentSchedule = Field(default_factory=PaymentSchedule)
    lead_time: LeadTime = Field(default_factory=LeadTime)
    logistics: Logistics = Field(default_factory=Logistics)
    currency: Currency = Field(default_factory=Currency)
    findings: list[Finding] = Field(default_factory=list)

    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON of the terms: what a contract or an order freezes."""
        import hashlib

        canonical = self.model_dump_json(exclude={"findings"})
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
