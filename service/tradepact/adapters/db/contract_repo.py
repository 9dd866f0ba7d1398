"""Contract versions and files in SQL (Core statements on the SQLModel tables)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from tradepact.domain.contract import ContractOptions, Gap, Parties
from tradepact.domain.contract_record import ContractVersion, FileFormat, StoredFile
from tradepact.domain.terms import TradeTerms
from tradepact.domain.transcript import Transcript
from tradepact.usecases.idempotency import aware

from . import idempotency
from .contract_tables import ContractFileRow, ContractRow, ContractVersionRow
from .engine import transaction

contracts = ContractRow.__table__
versions = ContractVersionRow.__table__
files = ContractFileRow.__table__

_FILE_META = [files.c.format, files.c.language, files.c.media_type, files.c.size_bytes,
              files.c.sha256, files.c.terms_fingerprint, files.c.created_at]


def _meta(row) -> StoredFile:  # noqa: ANN001
    return StoredFile(format=FileFormat(row.format), language=row.language,
                      media_type=row.media_type, size_bytes=row.size_bytes, sha256=row.sha256,
                      terms_fingerprint=row.terms_fingerprint, created_at=aware(row.created_at))


class SqlContractTx:
    """The statements of one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # idempotency keys: shared table and semantics with the escrow
    def try_lock_key(self, subject: str, key: str) -> bool:
        return idempotency.try_lock_key(self.conn, subject, key)

    def get_key(self, subject: str, key: str) -> idempotency.StoredResponse | None:
        return idempotency.get_key(self.conn, subject, key)

    def put_key(self, subject: str, key: str, operation: str, request_hash: str,
                response_json: str, now: datetime, expires_at: datetime, *,
                replace: bool) -> None:
        idempotency.put_key(self.conn, subject, key, operation, request_hash, response_json,
                            now, expires_at, replace=replace)

    def contract_parties(self, contract_id: str) -> tuple[str, str] | None:
        row = self.conn.execute(select(contracts.c.seller_party_id, contracts.c.buyer_party_id)
                                .where(contracts.c.contract_id == contract_id)).first()
        return (row.seller_party_id, row.buyer_party_id) if row else None

    def contract_number(self, contract_id: str) -> str | None:
        return self.conn.execute(select(contracts.c.contract_number)
                                 .where(contracts.c.contract_id == contract_id)).scalar()

    def version_language(self, contract_id: str, version: int) -> tuple[int, str] | None:
        stmt = select(versions.c.version, versions.c.options_json).where(
            versions.c.contract_id == contract_id)
        if version:
            stmt = stmt.where(versions.c.version == version)
        else:
            stmt = stmt.order_by(versions.c.version.desc()).limit(1)
        row = self.conn.execute(stmt).first()
        if row is None:
            return None
        language = json.loads(row.options_json)["options"].get("language")
        return row.version, language or ContractOptions().language.value

    def insert_contract(self, contract_id: str, number: str, seller: str, buyer: str,
                        now: datetime) -> None:
        self.conn.execute(insert(contracts).values(
            contract_id=contract_id, contract_number=number, seller_party_id=seller,
            buyer_party_id=buyer, latest_version=0, created_at=now))

    def next_version(self, contract_id: str) -> int:
        # The row lock (PostgreSQL) / write lock (SQLite) serialises concurrent drafts.
        stmt = select(contracts.c.latest_version).where(contracts.c.contract_id == contract_id)
        if self.conn.dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        latest = self.conn.execute(stmt).scalar_one()
        self.conn.execute(update(contracts).where(contracts.c.contract_id == contract_id)
                          .values(latest_version=latest + 1))
        return latest + 1

    def insert_version(self, v: ContractVersion) -> None:
        self.conn.execute(insert(versions).values(
            contract_id=v.contract_id, version=v.version, status="FINAL" if v.final else "DRAFT",
            terms_fingerprint=v.terms_fingerprint, terms_json=v.terms.model_dump_json(),
            parties_json=v.parties.model_dump_json(),
            options_json=json.dumps({"template": v.template,
                                     "options": v.options.model_dump(mode="json")}),
            transcript_json=v.transcript.model_dump_json() if v.transcript else "",
            gaps_json=json.dumps([g.model_dump(mode="json") for g in v.gaps]),
            created_at=v.created_at, created_by=v.created_by))

    def _version(self, row) -> ContractVersion:  # noqa: ANN001
        number = self.conn.execute(select(contracts.c.contract_number)
                                   .where(contracts.c.contract_id == row.contract_id)).scalar_one()
        opts = json.loads(row.options_json)
        stored = self.conn.execute(
            select(*_FILE_META).where(files.c.contract_id == row.contract_id,
                                      files.c.version == row.version).order_by(files.c.id)).all()
        return ContractVersion(
            contract_id=row.contract_id, version=row.version, contract_number=number,
            final=row.status == "FINAL", terms_fingerprint=row.terms_fingerprint,
            terms=TradeTerms.model_validate_json(row.terms_json),
            parties=Parties.model_validate_json(row.parties_json),
            options=ContractOptions.model_validate(opts["options"]), template=opts["template"],
            transcript=Transcript.model_validate_json(row.transcript_json)
            if row.transcript_json else None,
            gaps=[Gap.model_validate(g) for g in json.loads(row.gaps_json)],
            files=[_meta(f) for f in stored], created_at=aware(row.created_at),
            created_by=row.created_by)

    def load_version(self, contract_id: str, version: int) -> ContractVersion | None:
        stmt = select(versions).where(versions.c.contract_id == contract_id)
        if version:
            stmt = stmt.where(versions.c.version == version)
        else:
            stmt = stmt.order_by(versions.c.version.desc()).limit(1)
        row = self.conn.execute(stmt).first()
        return self._version(row) if row else None

    def list_versions(self, contract_id: str, limit: int, offset: int) -> list[ContractVersion]:
        rows = self.conn.execute(select(versions).where(versions.c.contract_id == contract_id)
                                 .order_by(versions.c.version.desc())
                                 .limit(limit).offset(offset)).all()
        return [self._version(r) for r in rows]

    def find_file(self, contract_id: str, version: int, fmt: str, language: str
                  ) -> tuple[StoredFile, bytes] | None:
        row = self.conn.execute(select(*_FILE_META, files.c.data).where(
            files.c.contract_id == contract_id, files.c.version == version,
            files.c.format == fmt, files.c.language == language)).first()
        return (_meta(row), bytes(row.data)) if row else None

    def insert_file(self, contract_id: str, version: int, meta: StoredFile, data: bytes) -> bool:
        """Store a rendering; False when one for the same (version, format, language) exists."""
        try:
            with self.conn.begin_nested():
                self.conn.execute(insert(files).values(
                    contract_id=contract_id, version=version, format=meta.format.value,
                    language=meta.language, media_type=meta.media_type,
                    size_bytes=meta.size_bytes, sha256=meta.sha256,
                    terms_fingerprint=meta.terms_fingerprint, data=data,
                    created_at=meta.created_at))
        except IntegrityError:
            return False
        return True

    def count_contracts(self) -> int:
        return self.conn.execute(select(func.count()).select_from(contracts)).scalar_one()


class SqlContractStore:
    """Opens read and write transactions on the shared engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def write(self) -> Iterator[SqlContractTx]:
        with transaction(self.engine, write=True) as conn:
            yield SqlContractTx(conn)

    @contextmanager
    def read(self) -> Iterator[SqlContractTx]:
        with transaction(self.engine, write=False) as conn:
            yield SqlContractTx(conn)
