"""The parties to a contract and the drafting options a seller chooses for it."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, Field


class Language(StrEnum):
    """The language(s) a contract is drafted in."""

    EN = "en"
    ZH = "zh"
    BILINGUAL = "bilingual"

    @property
    def languages(self) -> list[str]:
        """The clause languages in reading order (English first in a bilingual contract)."""
        return ["en", "zh"] if self is Language.BILINGUAL else [self.value]


class ArbitrationInstitution(StrEnum):
    """Arbitral institutions commonly chosen in China-related trade."""

    CIETAC = "CIETAC"
    HKIAC = "HKIAC"
    SIAC = "SIAC"
    ICC = "ICC"


class Party(BaseModel):
    """A legal person that signs the contract, as its register and its contacts name it."""

    party_id: str = ""
    legal_name: str = ""
    address: str = ""
    country: str = ""
    registration_number: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""


class Parties(BaseModel):
    """The seller and the buyer."""

    seller: Party = Field(default_factory=Party)
    buyer: Party = Field(default_factory=Party)


class ContractOptions(BaseModel):
    """Clause choices that are not trade terms: law, forum, remedies, language."""

    language: Language = Language.EN
    governing_law: str = "the laws of the People's Republic of China"
    cisg_applies: bool = True
    arbitration_institution: ArbitrationInstitution = ArbitrationInstitution.CIETAC
    arbitration_seat: str = "Beijing"
    arbitration_language: str = "English"
    late_delivery_rate_per_week: Decimal = Decimal("0.5")  # percent of the delayed value
    late_delivery_cap: Decimal = Decimal("5")  # percent of the delayed value
    warranty_months: int = Field(default=12, ge=0, le=120)
    partial_shipment_allowed: bool = False
    transshipment_allowed: bool = True
    packing_text: str | None = None  # None: the template's standard packing clause
    inspection_text: str | None = None  # None: the template's standard inspection clause
    prevailing_language: str = "en"  # which text governs a bilingual contract: "en" or "zh"
