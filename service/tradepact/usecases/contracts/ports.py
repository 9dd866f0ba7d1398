"""What the contract use cases need: storage, a renderer, templates, a clock and ids."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from uuid import uuid4

from tradepact.domain.contract import ContractDocument, ContractTemplate
from tradepact.domain.contract_record import ContractVersion, StoredFile

from ..idempotency import KeysInFlight, KeyTx


class ContractTx(KeyTx, Protocol):
    """Statements inside one transaction (adapters.db.contract_repo.SqlContractTx): the
    idempotency-key statements every write has, plus these."""

    def contract_parties(self, contract_id: str) -> tuple[str, str] | None: ...
    def contract_number(self, contract_id: str) -> str | None: ...
    def version_language(self, contract_id: str, version: int) -> tuple[int, str] | None:
        """(version number, its language) of a version (0: the latest), without its terms."""
        ...
    def insert_contract(self, contract_id: str, number: str, seller: str, buyer: str,
                        now: datetime) -> None: ...
    def next_version(self, contract_id: str) -> int: ...
    def insert_version(self, version: ContractVersion) -> None: ...
    def load_version(self, contract_id: str, version: int) -> ContractVersion | None: ...
    def list_versions(self, contract_id: str, limit: int, offset: int) -> list[ContractVersion]: ...
    def find_file(self, contract_id: str, version: int, fmt: str, language: str
                  ) -> tuple[StoredFile, bytes] | None: ...
    def insert_file(self, contract_id: str, version: int, meta: StoredFile, data: bytes) -> bool: ...


class ContractStore(Protocol):
    """Opens transactions."""

    def write(self) -> AbstractContextManager[ContractTx]: ...
    def read(self) -> AbstractContextManager[ContractTx]: ...


class RenderedBytes(Protocol):
    """What a renderer returns."""

    data: bytes
    media_type: str
    sha256: str
    size: int


#: Renders a document to "docx" or "pdf" bytes (a process pool in the server).
Renderer = Callable[[ContractDocument, str], RenderedBytes]


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


def new_id() -> str:
    """A random 32-hex-digit id."""
    return uuid4().hex


@dataclass
class ContractUnitOfWork:
    """Everything a contract use case touches.

    `in_flight`: the idempotency keys this process's requests are running (see
    usecases.idempotency.KeysInFlight); the server shares one with the escrow's unit of work.
    """

    store: ContractStore
    renderer: Renderer
    template: Callable[[str], ContractTemplate]
    clock: Callable[[], datetime] = utc_now
    ids: Callable[[], str] = new_id
    idempotency_ttl: timedelta = timedelta(hours=48)
    extra: dict[str, Any] = field(default_factory=dict)
    in_flight: KeysInFlight = field(default_factory=KeysInFlight)
