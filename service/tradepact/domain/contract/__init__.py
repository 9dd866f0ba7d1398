"""The contract: parties, options, gaps, payment split and the document model both renderers draw."""

from .builder import build_contract
from .document import (
    Clause,
    ContractDocument,
    Metadata,
    Section,
    SignatureBlock,
    Signatures,
    Table,
    Text,
    block_lines,
)
from .gaps import Gap, GapReason, blocking_gaps
from .parties import ArbitrationInstitution, ContractOptions, Language, Parties, Party
from .sanitize import MAX_LINE_ITEMS, clean_text
from .schedule import contract_total_minor, installment_amounts, split_amount
from .template import CONDITIONS, SCHEMA, ClauseSpec, ContractTemplate, LanguagePack, SectionSpec
from .words import amount_in_words_en, amount_in_words_zh

__all__ = [
    "CONDITIONS",
    "MAX_LINE_ITEMS",
    "SCHEMA",
    "ArbitrationInstitution",
    "Clause",
    "ClauseSpec",
    "ContractDocument",
    "ContractOptions",
    "ContractTemplate",
    "Gap",
    "GapReason",
    "Language",
    "LanguagePack",
    "Metadata",
    "Parties",
    "Party",
    "Section",
    "SectionSpec",
    "SignatureBlock",
    "Signatures",
    "Table",
    "Text",
    "amount_in_words_en",
    "amount_in_words_zh",
    "block_lines",
    "blocking_gaps",
    "build_contract",
    "clean_text",
    "contract_total_minor",
    "installment_amounts",
    "split_amount",
]
