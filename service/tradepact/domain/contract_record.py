"""Stored contract versions and their rendered files: immutable records with fingerprints."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from tradepact.domain.contract import ContractOptions, Gap, Parties
from tradepact.domain.errors import NotFound, PermissionDenied
from tradepact.domain.principal import Principal, Role
from tradepact.domain.terms import TradeTerms
from tradepact.domain.transcript import Transcript


class FileFormat(StrEnum):
    """Rendered file formats."""

    DOCX = "docx"
    PDF = "pdf"


class StoredFile(BaseModel):
    """A rendered file's description (the bytes live in storage)."""

    format: FileFormat
    language: str
    media_type: str
    size_bytes: int
    sha256: str
    terms_fingerprint: str
    created_at: datetime


class ContractVersion(BaseModel):
    """One immutable version of a contract."""

    contract_id: str
    version: int
    contract_number: str
    final: bool
    terms_fingerprint: str
    terms: TradeTerms
    parties: Parties
    options: ContractOptions
    template: str = "standard"
    transcript: Transcript | None = None
    gaps: list[Gap] = Field(default_factory=list)
    files: list[StoredFile] = Field(default_factory=list)
    created_at: datetime
    created_by: str

    @property
    def seller_party_id(self) -> str:
        return self.parties.seller.party_id

    @property
    def buyer_party_id(self) -> str:
        return self.parties.buyer.party_id


def may_act_for(principal: Principal, seller_party_id: str, buyer_party_id: str) -> bool:
    """Platform and admin act for everyone; a seller or buyer only for its own contracts."""
    if principal.has(Role.PLATFORM) or principal.has(Role.ADMIN):
        return True
    return (seller_party_id in principal.party_ids(Role.SELLER)
            or buyer_party_id in principal.party_ids(Role.BUYER))


def require_party(principal: Principal, contract_id: str | None, seller_party_id: str,
                  buyer_party_id: str, action: str) -> None:
    """PermissionDenied unless the principal may act on a contract between these parties."""
    if not may_act_for(principal, seller_party_id, buyer_party_id):
        what = f"contract {contract_id}" if contract_id else "a contract between these parties"
        raise PermissionDenied(principal.subject, f"{action} {what}",
                               "only its seller, its buyer, the platform or an admin may")


def version_or_not_found(version: ContractVersion | None, contract_id: str,
                         number: int) -> ContractVersion:
    """The version, or NotFound naming what was asked for."""
    if version is None:
        raise version_not_found(contract_id, number)
    return version


def version_not_found(contract_id: str, number: int) -> NotFound:
    """NotFound for version `number` of a contract (0: its latest)."""
    return NotFound("contract version", f"{contract_id} v{number}" if number else contract_id)
