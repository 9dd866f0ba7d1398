"""Contract templates as data: clause texts per language with {{ placeholders }} from one schema.

Placeholders are substituted by a plain lookup, never evaluated: values (which may come from a
chat) are inserted as text and are never parsed as template source.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}")

# Every placeholder a clause may use, named like the model's fields, with what it holds.
SCHEMA: dict[str, str] = {
    "contract.number": "contract number",
    "contract.version": "version of this rendering",
    **{f"{role}.{name}": f"{role} {name.replace('_', ' ')}"
       for role in ("seller", "buyer")
       for name in ("legal_name", "address", "country", "registration_number",
                    "contact_name", "contact_email", "contact_phone")},
    "currency.code": "ISO 4217 contract currency",
    "goods.total_figures": "contract total in figures, e.g. USD 12,345.60",
    "goods.total_words": "contract total in words",
    "incoterm.rule": "Incoterms rule code, e.g. FOB",
    "incoterm.rule_name": "Incoterms rule name, e.g. Free On Board",
    "incoterm.named_place": "Incoterms named place",
    "incoterm.version": "Incoterms version, e.g. 2020",
    "payment.installment_count": "number of installments",
    "lead_time.days": "lead time with its unit, e.g. 30 to 35 calendar days",
    "lead_time.basis": "what the lead time runs from",
    "logistics.mode": "main carriage mode",
    "logistics.containers": "containers, e.g. 2 x 40HQ",
    "logistics.port_of_loading": "port of loading",
    "logistics.port_of_discharge": "port of discharge",
    "options.packing_text": "packing and marking clause text",
    "options.inspection_text": "inspection and acceptance clause text",
    "options.warranty_months": "warranty period in months",
    "options.late_delivery_rate_per_week": "late delivery damages, percent per full week",
    "options.late_delivery_cap": "cap of late delivery damages, percent",
    "options.governing_law": "the chosen law",
    "options.arbitration_institution": "arbitral institution, full name",
    "options.arbitration_seat": "seat of arbitration",
    "options.arbitration_language": "language of arbitration",
    "options.prevailing_language": "the language that prevails in a bilingual contract",
}

# Boolean switches a clause variant may depend on (`when:` in the clause files).
CONDITIONS: dict[str, str] = {
    "options.cisg_applies": "the CISG applies",
    "options.partial_shipment_allowed": "partial shipments allowed",
    "options.transshipment_allowed": "transshipment allowed",
    "document.bilingual": "the contract is bilingual",
    "logistics.has_ports": "ports of loading or discharge are known",
    "logistics.has_containers": "containers are stated",
    "lead_time.in_stock": "the goods are in stock",
}


class ClauseSpec(BaseModel):
    """One clause of a section: fixed text, a variant chosen by a condition, or a table slot."""

    text: str | None = None
    when: str | None = None  # a CONDITIONS key
    otherwise: str | None = None  # text when the condition is false (None: omit the clause)
    table: str | None = None  # "goods" | "payment": the table goes here
    signatures: bool = False


class SectionSpec(BaseModel):
    """A section's title and clauses in one language."""

    title: str
    numbered: bool = True  # the signature page carries no clause number
    clauses: list[ClauseSpec]


class LanguagePack(BaseModel):
    """Everything language-specific: labels, enum names and section texts."""

    labels: dict[str, str]
    columns: dict[str, list[str]]
    enums: dict[str, dict[str, str]]
    field_labels: dict[str, str]
    sections: dict[str, SectionSpec]


class ContractTemplate(BaseModel):
    """A template as loaded from `templates/<name>/`: manifest facts and language packs."""

    name: str
    version: str
    languages: list[str]
    section_order: list[str]
    packs: dict[str, LanguagePack]
    docx_styles: dict = Field(default_factory=dict)  # for the DOCX renderer; opaque here


def placeholders_in(text: str) -> set[str]:
    """The placeholder names used in a piece of template text."""
    return set(PLACEHOLDER.findall(text))


def fill(text: str, values: dict[str, str]) -> str:
    """Substitute placeholders by lookup; an unknown name is a template bug and raises KeyError."""
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)
