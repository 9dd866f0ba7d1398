"""Drafting a contract from terms: gaps, finals, bilingual text, budgets and hygiene."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tradepact.domain.contract as contract_pkg
from tradepact.domain.contract import (
    ContractOptions,
    Language,
    Parties,
    blocking_gaps,
    build_contract,
)
from tradepact.domain.errors import InvalidInput, PreconditionFailed, TooLarge
from tradepact.domain.terms import LineItem, TermStatus, TradeTerms


def _build(template, sample, *, terms=None, parties=None, options=None, final=False):
    return build_contract(terms or sample["terms"], parties or sample["parties"],
                          options or sample["options"], template=template.data,
                          contract_number="TP-1", version=2, final=final,
                          transcript=sample["transcript"])


def _without_named_place_and_buyer_registration(sample):
    terms = sample["terms"].model_copy(deep=True)
    terms.incoterm.named_place = None
    terms.payment.status = TermStatus.PROPOSED
    parties = sample["parties"].model_copy(deep=True)
    parties.buyer.registration_number = ""
    return terms, parties


def test_agreed_sample_terms_have_no_blocking_gaps(sample):
    assert blocking_gaps(sample["terms"], sample["parties"]) == []


def test_missing_and_unaccepted_terms_are_blocking_gaps(sample):
    terms, parties = _without_named_place_and_buyer_registration(sample)
    fields = [g.field for g in blocking_gaps(terms, parties)]
    assert fields == ["parties.buyer.registration_number", "incoterm.named_place", "payment"]


def test_empty_chat_blocks_on_goods_delivery_payment_and_lead_time():
    fields = {g.field for g in blocking_gaps(TradeTerms(), Parties())}
    assert {"line_items", "incoterm.rule", "incoterm.named_place", "payment.installments",
            "lead_time.days", "parties.seller.legal_name"} <= fields


def test_a_draft_with_gaps_shows_marked_placeholders_and_lists_them(template, sample):
    terms, parties = _without_named_place_and_buyer_registration(sample)
    text = _build(template, sample, terms=terms, parties=parties).plain_text()
    assert "[[ MISSING: Incoterms named place ]]" in text
    assert "[[ MISSING: Buyer's registration number ]]" in text
    assert "Blocking gaps" in text
    assert "[incoterm.named_place]" in text and "[payment]" in text


def test_a_final_contract_with_gaps_fails_naming_every_gap(template, sample):
    terms, parties = _without_named_place_and_buyer_registration(sample)
    with pytest.raises(PreconditionFailed) as err:
        _build(template, sample, terms=terms, parties=parties, final=True)
    violations = err.value.violations
    assert {v.type for v in violations} == {"GAP"}
    assert [v.subject for v in violations] == [
        "parties.buyer.registration_number", "incoterm.named_place", "payment"]


def test_a_final_contract_without_gaps_has_no_gap_notice(template, sample):
    doc = _build(template, sample, final=True)
    assert doc.gaps == [] and doc.gap_notice == []
    assert "FINAL" in doc.header_text


def test_payment_table_amounts_sum_to_the_contract_total(template, sample):
    doc = _build(template, sample)
    table = next(b for s in doc.sections for b in s.blocks
                 if b.kind == "table" and b.name == "payment")
    assert [row[2] for row in table.rows] == ["USD 5,745.00", "USD 13,405.00"]
    assert table.footer[0][2] == "USD 19,150.00"


def test_bilingual_contract_has_every_clause_in_both_languages(template, sample):
    options = sample["options"].model_copy(update={"language": Language.BILINGUAL,
                                                   "prevailing_language": "zh"})
    doc = _build(template, sample, options=options)
    clauses = [b for s in doc.sections for b in s.blocks if b.kind == "clause"]
    assert clauses and all([t.lang for t in c.texts] == ["en", "zh"] for c in clauses)
    text = doc.plain_text()
    assert "in case of any discrepancy the Chinese text prevails" in text
    assert "如有不一致，以中文文本为准" in text
    assert "SALES CONTRACT / 销售合同" in text


def test_single_language_contract_has_no_prevailing_language_clause(template, sample):
    text = _build(template, sample).plain_text()
    assert "prevails" not in text and "This Contract is made in English." in text


def test_annex_quotes_the_chat_with_author_and_time(template, sample):
    annex = _build(template, sample).sections[-1]
    rows = annex.blocks[0].rows
    assert ["Incoterms rule", "“FOB Ningbo”", "Jonas", "2024-03-01 09:30 UTC"] in rows


def test_ten_thousand_goods_rows_are_refused_with_a_clear_error(template, sample):
    terms = sample["terms"].model_copy(deep=True)
    terms.line_items = [LineItem(description=f"item {i}") for i in range(10_000)]
    with pytest.raises(TooLarge, match="goods table rows exceeds the limit of 500"):
        _build(template, sample, terms=terms)


def test_a_megabyte_party_name_is_refused_naming_the_field(template, sample):
    parties = sample["parties"].model_copy(deep=True)
    parties.seller.legal_name = "A" * 1_000_000
    with pytest.raises(InvalidInput) as err:
        _build(template, sample, parties=parties)
    assert err.value.violations[0].field == "parties.seller.legal_name"


def test_control_and_bidi_characters_never_reach_the_document(template, sample):
    parties = sample["parties"].model_copy(deep=True)
    parties.buyer.legal_name = "Nordkap\x00 Outdoor\u202e GmbH\x07"
    text = _build(template, sample, parties=parties).plain_text()
    assert "Nordkap Outdoor GmbH" in text
    assert not any(ch in text for ch in "\x00\x07\u202e")


def test_unknown_language_option_is_rejected():
    with pytest.raises(ValueError):
        ContractOptions(language="fr")


FORBIDDEN = {"grpc", "sqlalchemy", "sqlmodel", "openai", "instructor", "docx", "weasyprint",
             "pyhanko", "jinja2", "yaml"}


def test_the_contract_domain_imports_no_infrastructure_and_does_no_file_io():
    for path in Path(contract_pkg.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] if node.level == 0 else []
            else:
                names = []
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "open":
                pytest.fail(f"{path.name} opens files")
