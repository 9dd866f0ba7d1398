"""Rendered sample contracts, made once per session: rendering is the slow part."""

from __future__ import annotations

import pytest

from tradepact.adapters.rendering.render import render_contract
from tradepact.adapters.rendering.sample import sample_document


@pytest.fixture(scope="session")
def english_document():
    return sample_document(language="en")


@pytest.fixture(scope="session")
def english_pdf(english_document):
    return render_contract(english_document, "pdf")


@pytest.fixture(scope="session")
def english_docx(english_document):
    return render_contract(english_document, "docx")


@pytest.fixture(scope="session")
def chinese_pdf():
    return render_contract(sample_document(language="zh"), "pdf")
