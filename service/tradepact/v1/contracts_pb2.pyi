import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from tradepact.v1 import terms_pb2 as _terms_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContractLanguage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTRACT_LANGUAGE_UNSPECIFIED: _ClassVar[ContractLanguage]
    CONTRACT_LANGUAGE_EN: _ClassVar[ContractLanguage]
    CONTRACT_LANGUAGE_ZH: _ClassVar[ContractLanguage]
    CONTRACT_LANGUAGE_BILINGUAL: _ClassVar[ContractLanguage]

class DocumentFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DOCUMENT_FORMAT_UNSPECIFIED: _ClassVar[DocumentFormat]
    DOCUMENT_FORMAT_DOCX: _ClassVar[DocumentFormat]
    DOCUMENT_FORMAT_PDF: _ClassVar[DocumentFormat]

class ArbitrationInstitution(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ARBITRATION_INSTITUTION_UNSPECIFIED: _ClassVar[ArbitrationInstitution]
    ARBITRATION_INSTITUTION_CIETAC: _ClassVar[ArbitrationInstitution]
    ARBITRATION_INSTITUTION_HKIAC: _ClassVar[ArbitrationInstitution]
    ARBITRATION_INSTITUTION_SIAC: _ClassVar[ArbitrationInstitution]
    ARBITRATION_INSTITUTION_ICC: _ClassVar[ArbitrationInstitution]

class ContractStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTRACT_STATUS_UNSPECIFIED: _ClassVar[ContractStatus]
    CONTRACT_STATUS_DRAFT: _ClassVar[ContractStatus]
    CONTRACT_STATUS_FINAL: _ClassVar[ContractStatus]
CONTRACT_LANGUAGE_UNSPECIFIED: ContractLanguage
CONTRACT_LANGUAGE_EN: ContractLanguage
CONTRACT_LANGUAGE_ZH: ContractLanguage
CONTRACT_LANGUAGE_BILINGUAL: ContractLanguage
DOCUMENT_FORMAT_UNSPECIFIED: DocumentFormat
DOCUMENT_FORMAT_DOCX: DocumentFormat
DOCUMENT_FORMAT_PDF: DocumentFormat
ARBITRATION_INSTITUTION_UNSPECIFIED: ArbitrationInstitution
ARBITRATION_INSTITUTION_CIETAC: ArbitrationInstitution
ARBITRATION_INSTITUTION_HKIAC: ArbitrationInstitution
ARBITRATION_INSTITUTION_SIAC: ArbitrationInstitution
ARBITRATION_INSTITUTION_ICC: ArbitrationInstitution
CONTRACT_STATUS_UNSPECIFIED: ContractStatus
CONTRACT_STATUS_DRAFT: ContractStatus
CONTRACT_STATUS_FINAL: ContractStatus

class Party(_message.Message):
    __slots__ = ("party_id", "legal_name", "address", "country", "registration_number", "contact_name", "contact_email", "contact_phone")
    PARTY_ID_FIELD_NUMBER: _ClassVar[int]
    LEGAL_NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    REGISTRATION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONTACT_NAME_FIELD_NUMBER: _ClassVar[int]
    CONTACT_EMAIL_FIELD_NUMBER: _ClassVar[int]
    CONTACT_PHONE_FIELD_NUMBER: _ClassVar[int]
    party_id: str
    legal_name: str
    address: str
    country: str
    registration_number: str
    contact_name: str
    contact_email: str
    contact_phone: str
    def __init__(self, party_id: _Optional[str] = ..., legal_name: _Optional[str] = ..., address: _Optional[str] = ..., country: _Optional[str] = ..., registration_number: _Optional[str] = ..., contact_name: _Optional[str] = ..., contact_email: _Optional[str] = ..., contact_phone: _Optional[str] = ...) -> None: ...

class Parties(_message.Message):
    __slots__ = ("seller", "buyer")
    SELLER_FIELD_NUMBER: _ClassVar[int]
    BUYER_FIELD_NUMBER: _ClassVar[int]
    seller: Party
    buyer: Party
    def __init__(self, seller: _Optional[_Union[Party, _Mapping]] = ..., buyer: _Optional[_Union[Party, _Mapping]] = ...) -> None: ...

class ContractOptions(_message.Message):
    __slots__ = ("template", "language", "governing_law", "cisg_applies", "arbitration_institution", "arbitration_seat", "arbitration_language", "late_delivery_rate_bp_per_week", "late_delivery_cap_bp", "warranty_months", "partial_shipment_allowed", "transshipment_allowed", "prevailing_language", "packing", "inspection")
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    GOVERNING_LAW_FIELD_NUMBER: _ClassVar[int]
    CISG_APPLIES_FIELD_NUMBER: _ClassVar[int]
    ARBITRATION_INSTITUTION_FIELD_NUMBER: _ClassVar[int]
    ARBITRATION_SEAT_FIELD_NUMBER: _ClassVar[int]
    ARBITRATION_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    LATE_DELIVERY_RATE_BP_PER_WEEK_FIELD_NUMBER: _ClassVar[int]
    LATE_DELIVERY_CAP_BP_FIELD_NUMBER: _ClassVar[int]
    WARRANTY_MONTHS_FIELD_NUMBER: _ClassVar[int]
    PARTIAL_SHIPMENT_ALLOWED_FIELD_NUMBER: _ClassVar[int]
    TRANSSHIPMENT_ALLOWED_FIELD_NUMBER: _ClassVar[int]
    PREVAILING_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PACKING_FIELD_NUMBER: _ClassVar[int]
    INSPECTION_FIELD_NUMBER: _ClassVar[int]
    template: str
    language: ContractLanguage
    governing_law: str
    cisg_applies: bool
    arbitration_institution: ArbitrationInstitution
    arbitration_seat: str
    arbitration_language: str
    late_delivery_rate_bp_per_week: int
    late_delivery_cap_bp: int
    warranty_months: int
    partial_shipment_allowed: bool
    transshipment_allowed: bool
    prevailing_language: ContractLanguage
    packing: str
    inspection: str
    def __init__(self, template: _Optional[str] = ..., language: _Optional[_Union[ContractLanguage, str]] = ..., governing_law: _Optional[str] = ..., cisg_applies: _Optional[bool] = ..., arbitration_institution: _Optional[_Union[ArbitrationInstitution, str]] = ..., arbitration_seat: _Optional[str] = ..., arbitration_language: _Optional[str] = ..., late_delivery_rate_bp_per_week: _Optional[int] = ..., late_delivery_cap_bp: _Optional[int] = ..., warranty_months: _Optional[int] = ..., partial_shipment_allowed: _Optional[bool] = ..., transshipment_allowed: _Optional[bool] = ..., prevailing_language: _Optional[_Union[ContractLanguage, str]] = ..., packing: _Optional[str] = ..., inspection: _Optional[str] = ...) -> None: ...

class Gap(_message.Message):
    __slots__ = ("field", "description")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    field: str
    description: str
    def __init__(self, field: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class RenderedFile(_message.Message):
    __slots__ = ("format", "language", "media_type", "size_bytes", "sha256", "create_time")
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    format: DocumentFormat
    language: ContractLanguage
    media_type: str
    size_bytes: int
    sha256: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, format: _Optional[_Union[DocumentFormat, str]] = ..., language: _Optional[_Union[ContractLanguage, str]] = ..., media_type: _Optional[str] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ContractVersion(_message.Message):
    __slots__ = ("contract_id", "version", "contract_number", "status", "terms_fingerprint", "terms", "parties", "options", "gaps", "files", "create_time", "created_by")
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TERMS_FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    TERMS_FIELD_NUMBER: _ClassVar[int]
    PARTIES_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    GAPS_FIELD_NUMBER: _ClassVar[int]
    FILES_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    contract_id: str
    version: int
    contract_number: str
    status: ContractStatus
    terms_fingerprint: str
    terms: _terms_pb2.TradeTerms
    parties: Parties
    options: ContractOptions
    gaps: _containers.RepeatedCompositeFieldContainer[Gap]
    files: _containers.RepeatedCompositeFieldContainer[RenderedFile]
    create_time: _timestamp_pb2.Timestamp
    created_by: str
    def __init__(self, contract_id: _Optional[str] = ..., version: _Optional[int] = ..., contract_number: _Optional[str] = ..., status: _Optional[_Union[ContractStatus, str]] = ..., terms_fingerprint: _Optional[str] = ..., terms: _Optional[_Union[_terms_pb2.TradeTerms, _Mapping]] = ..., parties: _Optional[_Union[Parties, _Mapping]] = ..., options: _Optional[_Union[ContractOptions, _Mapping]] = ..., gaps: _Optional[_Iterable[_Union[Gap, _Mapping]]] = ..., files: _Optional[_Iterable[_Union[RenderedFile, _Mapping]]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_by: _Optional[str] = ...) -> None: ...

class DraftContractRequest(_message.Message):
    __slots__ = ("idempotency_key", "contract_id", "terms", "transcript", "parties", "options", "final")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    TERMS_FIELD_NUMBER: _ClassVar[int]
    TRANSCRIPT_FIELD_NUMBER: _ClassVar[int]
    PARTIES_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    FINAL_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    contract_id: str
    terms: _terms_pb2.TradeTerms
    transcript: _terms_pb2.Transcript
    parties: Parties
    options: ContractOptions
    final: bool
    def __init__(self, idempotency_key: _Optional[str] = ..., contract_id: _Optional[str] = ..., terms: _Optional[_Union[_terms_pb2.TradeTerms, _Mapping]] = ..., transcript: _Optional[_Union[_terms_pb2.Transcript, _Mapping]] = ..., parties: _Optional[_Union[Parties, _Mapping]] = ..., options: _Optional[_Union[ContractOptions, _Mapping]] = ..., final: _Optional[bool] = ...) -> None: ...

class DraftContractResponse(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: ContractVersion
    def __init__(self, version: _Optional[_Union[ContractVersion, _Mapping]] = ...) -> None: ...

class RenderContractRequest(_message.Message):
    __slots__ = ("idempotency_key", "contract_id", "version", "format", "language")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    contract_id: str
    version: int
    format: DocumentFormat
    language: ContractLanguage
    def __init__(self, idempotency_key: _Optional[str] = ..., contract_id: _Optional[str] = ..., version: _Optional[int] = ..., format: _Optional[_Union[DocumentFormat, str]] = ..., language: _Optional[_Union[ContractLanguage, str]] = ...) -> None: ...

class RenderContractResponse(_message.Message):
    __slots__ = ("contract_id", "version", "file")
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    contract_id: str
    version: int
    file: RenderedFile
    def __init__(self, contract_id: _Optional[str] = ..., version: _Optional[int] = ..., file: _Optional[_Union[RenderedFile, _Mapping]] = ...) -> None: ...

class DownloadContractRequest(_message.Message):
    __slots__ = ("contract_id", "version", "format", "language")
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    contract_id: str
    version: int
    format: DocumentFormat
    language: ContractLanguage
    def __init__(self, contract_id: _Optional[str] = ..., version: _Optional[int] = ..., format: _Optional[_Union[DocumentFormat, str]] = ..., language: _Optional[_Union[ContractLanguage, str]] = ...) -> None: ...

class DownloadContractResponse(_message.Message):
    __slots__ = ("header", "chunk")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    header: RenderedFile
    chunk: bytes
    def __init__(self, header: _Optional[_Union[RenderedFile, _Mapping]] = ..., chunk: _Optional[bytes] = ...) -> None: ...

class GetContractRequest(_message.Message):
    __slots__ = ("contract_id", "version")
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    contract_id: str
    version: int
    def __init__(self, contract_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class GetContractResponse(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: ContractVersion
    def __init__(self, version: _Optional[_Union[ContractVersion, _Mapping]] = ...) -> None: ...

class ListContractVersionsRequest(_message.Message):
    __slots__ = ("contract_id", "page_size", "page_token")
    CONTRACT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    contract_id: str
    page_size: int
    page_token: str
    def __init__(self, contract_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListContractVersionsResponse(_message.Message):
    __slots__ = ("versions", "next_page_token")
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[ContractVersion]
    next_page_token: str
    def __init__(self, versions: _Optional[_Iterable[_Union[ContractVersion, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
