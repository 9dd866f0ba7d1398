"""The contract document model: the one structure both the DOCX and the PDF renderer draw."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from .gaps import Gap
from .parties import Language, Parties


class Text(BaseModel):
    """A run of clause text in one language."""

    lang: str
    text: str


class Clause(BaseModel):
    """A numbered clause; a bilingual clause carries one text per language, in order."""

    kind: Literal["clause"] = "clause"
    number: str
    texts: list[Text]


class Table(BaseModel):
    """A table (goods, payment schedule, annex): header, body rows and total rows, as text."""

    kind: Literal["table"] = "table"
    name: str  # "goods", "payment", "sources"
    header: list[str]
    rows: list[list[str]]
    footer: list[list[str]] = Field(default_factory=list)
    numeric_columns: list[int] = Field(default_factory=list)  # right-aligned


class SignatureBlock(BaseModel):
    """Where one party signs; `field_name` names the PDF signature field placed there."""

    role: Literal["seller", "buyer"]
    field_name: str
    heading: str
    legal_name: str
    lines: list[str]  # "Signature:", "Name:", "Title:", "Date:" (localized)


class Signatures(BaseModel):
    """The signature blocks of both parties, side by side."""

    kind: Literal["signatures"] = "signatures"
    blocks: list[SignatureBlock]


Block = Annotated[Clause | Table | Signatures, Field(discriminator="kind")]


class Section(BaseModel):
    """A numbered heading and its blocks; the annex has an empty number."""

    key: str
    number: str
    title: str
    blocks: list[Block]


class Metadata(BaseModel):
    """Document properties shown by Word and PDF readers; never local paths or user names."""

    title: str
    subject: str
    keywords: list[str]
    author: str  # the seller's legal name: who issues the contract


class ContractDocument(BaseModel):
    """A rendered-to-be contract: everything a renderer needs, already in words."""

    template_name: str
    template_version: str
    language: Language
    languages: list[str]
    title: str
    contract_number: str
    version: int
    final: bool
    header_text: str  # running header: contract number, version, draft mark
    page_label: str  # "Page {page} of {pages}" in the document's first language
    parties: Parties
    gaps: list[Gap]
    gap_notice: list[str]  # one line per gap, localized, shown only in drafts
    gaps_title: str
    sections: list[Section]
    metadata: Metadata
    terms_json: str  # canonical JSON of the TradeTerms, embedded in both files
    terms_fingerprint: str

    def plain_text(self) -> str:
        """The document's reading-order text, one line per paragraph or table row.

        Both renderers emit exactly these texts in this order; the template's expected text
        files hold this for the sample input.
        """
        lines = [self.title]
        if self.gap_notice:
            lines.append(self.gaps_title)
            lines += self.gap_notice
        for section in self.sections:
            lines.append(f"{section.number} {section.title}".strip())
            for block in section.blocks:
                lines += block_lines(block)
        return "\n".join(lines) + "\n"


def block_lines(block: Clause | Table | Signatures) -> list[str]:
    """The text lines of one block, in reading order."""
    if isinstance(block, Clause):
        # The number heads the clause once; a second language follows under the same number.
        return [f"{block.number} {t.text}".strip() if i == 0 else t.text
                for i, t in enumerate(block.texts)]
    if isinstance(block, Table):
        return [" | ".join(row) for row in [block.header, *block.rows, *block.footer]]
    out: list[str] = []
    for sig in block.blocks:
        out += [sig.heading, sig.legal_name, *sig.lines]
    return out
