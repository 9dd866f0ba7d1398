"""Contract versions and their rendered files (kept in the database so replicas share them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


class ContractRow(SQLModel, table=True):
    """A contract: its number, parties and latest version."""

    __tablename__ = "contracts"

    contract_id: str = Field(primary_key=True, max_length=64)
    contract_number: str = Field(max_length=64, unique=True)
    seller_party_id: str = Field(max_length=128, index=True)
    buyer_party_id: str = Field(max_length=128, index=True)
    latest_version: int = 0
    created_at: datetime


class ContractVersionRow(SQLModel, table=True):
    """One immutable version: terms, parties and options as JSON, with the terms fingerprint."""

    __tablename__ = "contract_versions"

    contract_id: str = Field(primary_key=True, foreign_key="contracts.contract_id", max_length=64)
    version: int = Field(primary_key=True)
    status: str = Field(max_length=16)
    terms_fingerprint: str = Field(max_length=64)
    terms_json: str
    parties_json: str
    options_json: str
    transcript_json: str = ""
    gaps_json: str = "[]"
    created_at: datetime
    created_by: str = Field(max_length=256)


class ContractFileRow(SQLModel, table=True):
    """A rendered file of a version, with its SHA-256 and size."""

    __tablename__ = "contract_files"
    __table_args__ = (UniqueConstraint("contract_id", "version", "format", "language"),)

    id: int | None = Field(default=None, primary_key=True)
    contract_id: str = Field(foreign_key="contracts.contract_id", max_length=64, index=True)
    version: int
    format: str = Field(max_length=8)
    language: str = Field(max_length=16)
    media_type: str = Field(max_length=128)
    size_bytes: int
    sha256: str = Field(max_length=64)
    terms_fingerprint: str = Field(max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime
