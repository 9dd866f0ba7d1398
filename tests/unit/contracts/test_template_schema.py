"""Templates are data: every placeholder exists in the schema and the sample renders as expected."""

from __future__ import annotations

import jinja2
import jinja2.meta
import jinja2.nodes
import pytest

from tradepact.adapters.rendering.sample import sample_document
from tradepact.domain.contract import CONDITIONS, SCHEMA, ContractDocument
from tradepact.domain.contract.template import placeholders_in


def _clause_specs(template):
    for lang, pack in template.data.packs.items():
        for key, section in pack.sections.items():
            for spec in section.clauses:
                yield lang, key, spec


def test_every_clause_placeholder_exists_in_the_schema(template):
    used = set()
    for _lang, _key, spec in _clause_specs(template):
        for text in (spec.text, spec.otherwise):
            used |= placeholders_in(text or "")
    assert used, "the template uses no placeholders at all?"
    assert used - set(SCHEMA) == set()


def test_every_clause_condition_exists(template):
    conditions = {spec.when for _l, _k, spec in _clause_specs(template) if spec.when}
    assert conditions - set(CONDITIONS) == set()


def test_languages_pair_clause_by_clause_for_bilingual_contracts(template):
    packs = template.data.packs
    for key in template.data.section_order:
        shapes = {lang: [(s.table, s.signatures, s.when) for s in pack.sections[key].clauses]
                  for lang, pack in packs.items()}
        assert len({tuple(v) for v in shapes.values()}) == 1, key


def test_every_enum_and_label_exists_in_every_language(template):
    packs = list(template.data.packs.values())
    for pack in packs[1:]:
        assert pack.labels.keys() == packs[0].labels.keys()
        assert pack.field_labels.keys() == packs[0].field_labels.keys()
        for kind, values in packs[0].enums.items():
            assert pack.enums[kind].keys() == values.keys(), kind


def test_html_template_uses_only_document_fields(template):
    env = jinja2.Environment(autoescape=True)
    env.filters["marked"] = str
    ast_ = env.parse(template.html)
    assert jinja2.meta.find_undeclared_variables(ast_) <= {"document", "page_parts"}
    document_fields = set(ContractDocument.model_fields)
    for node in ast_.find_all(jinja2.nodes.Getattr):
        if isinstance(node.node, jinja2.nodes.Name) and node.node.name == "document":
            assert node.attr in document_fields, node.attr


def test_html_template_is_autoescaped_by_the_renderer():
    from tradepact.adapters.rendering.pdf_renderer import render_html

    doc = sample_document().model_copy(update={"title": "<script>alert(1)</script>"})
    html = render_html(doc)
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("language", ["en", "zh", "bilingual"])
def test_the_sample_input_renders_to_the_expected_text(template, language):
    assert sample_document(language=language).plain_text() == template.expected_text(language)
