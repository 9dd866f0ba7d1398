"""Contracts: protobuf <-> domain (parties, options, versions, files)."""

from __future__ import annotations

from decimal import Decimal

from google.protobuf.timestamp_pb2 import Timestamp

from tradepact.domain.contract import (
    ArbitrationInstitution,
    ContractOptions,
    Language,
    Parties,
    Party,
)
from tradepact.domain.contract_record import ContractVersion, FileFormat, StoredFile
from tradepact.domain.errors import FieldViolation, InvalidInput
from tradepact.v1 import contracts_pb2 as pb

from .terms import terms_to_pb, transcript_to_pb

_LANG_TO_PB = {"en": pb.CONTRACT_LANGUAGE_EN, "zh": pb.CONTRACT_LANGUAGE_ZH,
               "bilingual": pb.CONTRACT_LANGUAGE_BILINGUAL}
_LANG_FROM_PB = {v: k for k, v in _LANG_TO_PB.items()}
_FORMAT_TO_PB = {FileFormat.DOCX: pb.DOCUMENT_FORMAT_DOCX, FileFormat.PDF: pb.DOCUMENT_FORMAT_PDF}
_FORMAT_FROM_PB = {v: k for k, v in _FORMAT_TO_PB.items()}
_PARTY_FIELDS = ("party_id", "legal_name", "address", "country", "registration_number",
                 "contact_name", "contact_email", "contact_phone")


def timestamp(dt) -> Timestamp:  # noqa: ANN001
    """datetime to Timestamp."""
    ts = Timestamp()
    ts.FromDatetime(dt)
    return ts


def language_from_pb(value: int, field: str, *, default: str = "") -> str:
    """Proto language to "en" | "zh" | "bilingual" ("" / default when unspecified)."""
    if value == pb.CONTRACT_LANGUAGE_UNSPECIFIED:
        return default
    if value not in _LANG_FROM_PB:
        raise InvalidInput(field, "unknown language")
    return _LANG_FROM_PB[value]


def format_from_pb(value: int) -> FileFormat:
    """Proto format to the domain; unspecified is INVALID_ARGUMENT."""
    if value not in _FORMAT_FROM_PB:
        raise InvalidInput("format", "must be DOCUMENT_FORMAT_DOCX or DOCUMENT_FORMAT_PDF")
    return _FORMAT_FROM_PB[value]


def parties_from_pb(p: pb.Parties) -> Parties:
    """Proto parties to the domain."""
    def one(x: pb.Party) -> Party:
        return Party(**{f: getattr(x, f) for f in _PARTY_FIELDS})
    return Parties(seller=one(p.seller), buyer=one(p.buyer))


def parties_to_pb(p: Parties) -> pb.Parties:
    """Domain parties to proto."""
    def one(x: Party) -> pb.Party:
        return pb.Party(**{f: getattr(x, f) for f in _PARTY_FIELDS})
    return pb.Parties(seller=one(p.seller), buyer=one(p.buyer))


def options_from_pb(o: pb.ContractOptions) -> tuple[ContractOptions, str]:
    """Proto options to the domain options and the template name; unset fields keep defaults."""
    values: dict[str, object] = {"language": Language(language_from_pb(
        o.language, "options.language", default="en"))}
    if o.governing_law:
        values["governing_law"] = o.governing_law
    if o.HasField("cisg_applies"):
        values["cisg_applies"] = o.cisg_applies
    if o.arbitration_institution:
        name = pb.ArbitrationInstitution.Name(o.arbitration_institution).removeprefix(
            "ARBITRATION_INSTITUTION_")
        values["arbitration_institution"] = ArbitrationInstitution(name)
    for src, dst in (("arbitration_seat", "arbitration_seat"),
                     ("arbitration_language", "arbitration_language"),
                     ("packing", "packing_text"), ("inspection", "inspection_text")):
        if getattr(o, src):
            values[dst] = getattr(o, src)
    if o.HasField("late_delivery_rate_bp_per_week"):
        values["late_delivery_rate_per_week"] = Decimal(o.late_delivery_rate_bp_per_week) / 100
    if o.HasField("late_delivery_cap_bp"):
        values["late_delivery_cap"] = Decimal(o.late_delivery_cap_bp) / 100
    for name in ("warranty_months", "partial_shipment_allowed", "transshipment_allowed"):
        if o.HasField(name):
            values[name] = getattr(o, name)
    if o.prevailing_language:
        values["prevailing_language"] = language_from_pb(
            o.prevailing_language, "options.prevailing_language")
        if values["prevailing_language"] not in ("en", "zh"):
            raise InvalidInput(FieldViolation("options.prevailing_language", "must be EN or ZH"))
    try:
        return ContractOptions(**values), o.template or "standard"
    except ValueError as exc:
        raise InvalidInput(FieldViolation("options", str(exc).splitlines()[0])) from exc


def options_to_pb(o: ContractOptions, template: str) -> pb.ContractOptions:
    """Domain options to proto."""
    return pb.ContractOptions(
        template=template, language=_LANG_TO_PB[o.language.value],
        governing_law=o.governing_law, cisg_applies=o.cisg_applies,
        arbitration_institution=pb.ArbitrationInstitution.Value(
            f"ARBITRATION_INSTITUTION_{o.arbitration_institution.value}"),
        arbitration_seat=o.arbitration_seat, arbitration_language=o.arbitration_language,
        late_delivery_rate_bp_per_week=int(o.late_delivery_rate_per_week * 100),
        late_delivery_cap_bp=int(o.late_delivery_cap * 100), warranty_months=o.warranty_months,
        partial_shipment_allowed=o.partial_shipment_allowed,
        transshipment_allowed=o.transshipment_allowed,
        prevailing_language=_LANG_TO_PB.get(o.prevailing_language, 0),
        packing=o.packing_text or "", inspection=o.inspection_text or "")


def file_to_pb(f: StoredFile) -> pb.RenderedFile:
    """Stored file description to proto."""
    return pb.RenderedFile(format=_FORMAT_TO_PB[f.format], language=_LANG_TO_PB[f.language],
                           media_type=f.media_type, size_bytes=f.size_bytes, sha256=f.sha256,
                           create_time=timestamp(f.created_at))


def version_to_pb(v: ContractVersion) -> pb.ContractVersion:
    """A stored version to proto."""
    out = pb.ContractVersion(
        contract_id=v.contract_id, version=v.version, contract_number=v.contract_number,
        status=pb.CONTRACT_STATUS_FINAL if v.final else pb.CONTRACT_STATUS_DRAFT,
        terms_fingerprint=v.terms_fingerprint, terms=terms_to_pb(v.terms),
        parties=parties_to_pb(v.parties), options=options_to_pb(v.options, v.template),
        gaps=[pb.Gap(field=g.field, description=g.description) for g in v.gaps],
        files=[file_to_pb(f) for f in v.files], create_time=timestamp(v.created_at),
        created_by=v.created_by)
    return out


__all__ = ["file_to_pb", "format_from_pb", "language_from_pb", "options_from_pb",
           "options_to_pb", "parties_from_pb", "parties_to_pb", "timestamp", "transcript_to_pb",
           "version_to_pb"]
