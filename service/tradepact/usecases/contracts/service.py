"""Contract use cases: authorize, build the document, render off-transaction, store once."""

from __future__ import annotations

import logging

from tradepact.domain.contract import ContractDocument, Language, blocking_gaps, build_contract
from tradepact.domain.contract.schedule import amount_violations
from tradepact.domain.contract_record import (
    ContractVersion,
    FileFormat,
    StoredFile,
    require_party,
    version_not_found,
    version_or_not_found,
)
from tradepact.domain.errors import (
    FieldViolation,
    InvalidInput,
    NotFound,
    PreconditionFailed,
    PreconditionViolation,
)
from tradepact.domain.principal import Principal

from ..idempotency import check_key, run_once
from .commands import DownloadContract, DraftContract, GetContract, ListVersions, RenderContract
from .ports import ContractTx, ContractUnitOfWork

log = logging.getLogger(__name__)

MAX_PAGE = 500


def _contract_number(contract_id: str, now) -> str:  # noqa: ANN001
    return f"TP-{now:%Y%m%d}-{contract_id[:8].upper()}"


def _check_parties(cmd: DraftContract) -> None:
    problems = []
    for side in ("seller", "buyer"):
        if not getattr(cmd.parties, side).party_id.strip():
            problems.append(FieldViolation(f"parties.{side}.party_id", "is required"))
    if cmd.parties.seller.party_id and cmd.parties.seller.party_id == cmd.parties.buyer.party_id:
        problems.append(FieldViolation("parties.buyer.party_id", "must differ from the seller's"))
    if problems:
        raise InvalidInput(problems)


def document_for(version: ContractVersion, uow: ContractUnitOfWork,
                 language: str = "") -> ContractDocument:
    """The document model of a stored version, optionally in another language."""
    options = version.options
    if language and language != options.language.value:
        options = options.model_copy(update={"language": Language(language)})
    return build_contract(version.terms, version.parties, options,
                          template=uow.template(version.template),
                          contract_number=version.contract_number, version=version.version,
                          final=version.final, transcript=version.transcript)


def draft_contract(cmd: DraftContract, principal: Principal,
                   uow: ContractUnitOfWork) -> ContractVersion:
    """Make a new immutable version; a final one with blocking gaps is FAILED_PRECONDITION."""
    _check_parties(cmd)
    if too_large := amount_violations(cmd.terms, prefix="terms."):
        raise InvalidInput(too_large)
    require_party(principal, cmd.contract_id or None, cmd.parties.seller.party_id,
                  cmd.parties.buyer.party_id, "draft")
    template = uow.template(cmd.template)
    now = uow.clock()
    contract_id = cmd.contract_id or uow.ids()

    def work() -> ContractVersion:
        existing = tx.contract_parties(contract_id) if cmd.contract_id else None
        if cmd.contract_id:
            if existing is None:
                raise NotFound("contract", cmd.contract_id)
            if existing != (cmd.parties.seller.party_id, cmd.parties.buyer.party_id):
                raise PreconditionFailed(PreconditionViolation(
                    "PARTIES", f"contracts/{contract_id}",
                    "a new version must keep the same seller and buyer party ids"))
            number = tx.contract_number(contract_id) or _contract_number(contract_id, now)
        else:
            number = _contract_number(contract_id, now)
            tx.insert_contract(contract_id, number, cmd.parties.seller.party_id,
                               cmd.parties.buyer.party_id, now)
        version_no = tx.next_version(contract_id)
        # Building the document validates budgets and (for a final version) the gaps.
        build_contract(cmd.terms, cmd.parties, cmd.options, template=template,
                       contract_number=number, version=version_no, final=cmd.final,
                       transcript=cmd.transcript)
        version = ContractVersion(
            contract_id=contract_id, version=version_no, contract_number=number,
            final=cmd.final, terms_fingerprint=cmd.terms.fingerprint(), terms=cmd.terms,
            parties=cmd.parties, options=cmd.options, template=cmd.template,
            transcript=cmd.transcript, gaps=blocking_gaps(cmd.terms, cmd.parties),
            created_at=now, created_by=principal.subject)
        tx.insert_version(version)
        return version

    check_key(cmd.idempotency_key)
    with uow.in_flight.hold(principal.subject, cmd.idempotency_key), uow.store.write() as tx:
        result = run_once(tx, principal, "DraftContract", cmd, now, uow.idempotency_ttl, work,
                          lambda v: v.model_dump_json(),
                          ContractVersion.model_validate_json)
    log.info("contract %s v%d drafted (final=%s, gaps=%d)", result.contract_id, result.version,
             result.final, len(result.gaps))
    return result


def _check_readable(tx: ContractTx, principal: Principal, contract_id: str, version: int,
                    action: str) -> None:
    if not contract_id:
        raise InvalidInput("contract_id", "is required")
    if version < 0:
        raise InvalidInput("version", "must be 0 (latest) or a version number")
    parties = tx.contract_parties(contract_id)
    if parties is None:
        raise NotFound("contract", contract_id)
    require_party(principal, contract_id, parties[0], parties[1], action)


def _load_readable(uow: ContractUnitOfWork, principal: Principal, contract_id: str,
                   version: int, action: str) -> ContractVersion:
    with uow.store.read() as tx:
        _check_readable(tx, principal, contract_id, version, action)
        return version_or_not_found(tx.load_version(contract_id, version), contract_id, version)


def _language(version: ContractVersion | str, language: str) -> str:
    """The language asked for, or the version's own (a version or its language code)."""
    own = version if isinstance(version, str) else version.options.language.value
    lang = language or own
    if lang not in {x.value for x in Language}:
        raise InvalidInput("language", "must be en, zh or bilingual")
    return lang


def _render_and_store(uow: ContractUnitOfWork, principal: Principal, version: ContractVersion,
                      fmt: FileFormat, language: str) -> tuple[StoredFile, bytes]:
    with uow.store.read() as tx:
        found = tx.find_file(version.contract_id, version.version, fmt.value, language)
    if found is not None:
        return found
    # Render outside any transaction: it is slow and must not hold database locks.
    rendered = uow.renderer(document_for(version, uow, language), fmt.value)
    meta = StoredFile(format=fmt, language=language, media_type=rendered.media_type,
                      size_bytes=rendered.size, sha256=rendered.sha256,
                      terms_fingerprint=version.terms_fingerprint, created_at=uow.clock())
    with uow.store.write() as tx:
        if not tx.insert_file(version.contract_id, version.version, meta, rendered.data):
            # Someone stored this rendering first; versions are immutable, so theirs stands.
            stored = tx.find_file(version.contract_id, version.version, fmt.value, language)
            assert stored is not None
            return stored
    log.info("rendered contract %s v%d %s/%s: %d bytes", version.contract_id, version.version,
             fmt.value, language, rendered.size)
    return meta, rendered.data


def render_contract(cmd: RenderContract, principal: Principal,
                    uow: ContractUnitOfWork) -> tuple[ContractVersion, StoredFile]:
    """Render a version once per (format, language) and store it with its SHA-256."""
    check_key(cmd.idempotency_key)
    version = _load_readable(uow, principal, cmd.contract_id, cmd.version, "render")
    language = _language(version, cmd.language)
    meta, _ = _render_and_store(uow, principal, version, cmd.format, language)
    with uow.in_flight.hold(principal.subject, cmd.idempotency_key), uow.store.write() as tx:
        # The file is stored once per (version, format, language) whatever the key says; the
        # key record makes a reused key with a different request an error, as everywhere; the
        # key is in flight (Conflict for another request with it) for this transaction, as the
        # database's key lock on PostgreSQL.
        meta = run_once(tx, principal, "RenderContract", cmd, uow.clock(), uow.idempotency_ttl,
                        lambda: meta, lambda m: m.model_dump_json(),
                        StoredFile.model_validate_json)
    return version, meta


def download_contract(cmd: DownloadContract, principal: Principal,
                      uow: ContractUnitOfWork) -> tuple[StoredFile, bytes]:
    """The stored file's description and bytes (rendered first when it was not yet)."""
    with uow.store.read() as tx:
        # A file already rendered is served without reading the version's terms.
        _check_readable(tx, principal, cmd.contract_id, cmd.version, "download")
        found = tx.version_language(cmd.contract_id, cmd.version)
        if found is None:
            raise version_not_found(cmd.contract_id, cmd.version)
        number, own_language = found
        language = _language(own_language, cmd.language)
        stored = tx.find_file(cmd.contract_id, number, cmd.format.value, language)
    if stored is not None:
        return stored
    version = _load_readable(uow, principal, cmd.contract_id, number, "download")
    return _render_and_store(uow, principal, version, cmd.format, language)


def get_contract(cmd: GetContract, principal: Principal,
                 uow: ContractUnitOfWork) -> ContractVersion:
    """One version with its files."""
    return _load_readable(uow, principal, cmd.contract_id, cmd.version, "read")


def list_versions(cmd: ListVersions, principal: Principal,
                  uow: ContractUnitOfWork) -> list[ContractVersion]:
    """Versions newest first."""
    _load_readable(uow, principal, cmd.contract_id, 0, "read")
    with uow.store.read() as tx:
        return tx.list_versions(cmd.contract_id, min(max(cmd.limit, 1), MAX_PAGE),
                                max(cmd.offset, 0))


def contract_snapshot(contract_id: str, version: int, principal: Principal,
                      uow: ContractUnitOfWork) -> ContractVersion:
    """A final version for the escrow to freeze; FAILED_PRECONDITION for a draft."""
    found = _load_readable(uow, principal, contract_id, version, "create an order for")
    if not found.final:
        raise PreconditionFailed(PreconditionViolation(
            "STATE", f"contracts/{contract_id}/versions/{found.version}",
            "an order needs a FINAL contract version; this one is a draft"))
    return found
