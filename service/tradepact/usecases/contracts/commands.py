"""Commands of the contract use cases (plain data, no protobuf)."""

from __future__ import annotations

from dataclasses import dataclass

from tradepact.domain.contract import ContractOptions, Parties
from tradepact.domain.contract_record import FileFormat
from tradepact.domain.terms import TradeTerms
from tradepact.domain.transcript import Transcript


@dataclass
class DraftContract:
    """Make a new version (of a new contract when contract_id is empty)."""

    idempotency_key: str
    terms: TradeTerms
    parties: Parties
    options: ContractOptions
    contract_id: str = ""
    transcript: Transcript | None = None
    final: bool = False
    template: str = "standard"


@dataclass
class RenderContract:
    """Render a version to a file and store it."""

    idempotency_key: str
    contract_id: str
    version: int = 0  # 0: latest
    format: FileFormat = FileFormat.PDF
    language: str = ""  # "": the version's own


@dataclass
class DownloadContract:
    """Fetch a rendered file (rendering it first if it was not yet)."""

    contract_id: str
    version: int = 0
    format: FileFormat = FileFormat.PDF
    language: str = ""


@dataclass
class GetContract:
    """Read one version (0: latest)."""

    contract_id: str
    version: int = 0


@dataclass
class ListVersions:
    """List a contract's versions, newest first."""

    contract_id: str
    limit: int = 50
    offset: int = 0
