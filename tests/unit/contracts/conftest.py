"""Shared fixtures for contract model tests: the standard template and its sample input."""

from __future__ import annotations

import pytest

from tradepact.adapters.rendering.templates import load_template
from tradepact.domain.contract import ContractOptions, Parties
from tradepact.domain.terms import TradeTerms
from tradepact.domain.transcript import Transcript


@pytest.fixture(scope="session")
def template():
    return load_template()


@pytest.fixture
def sample(template):
    raw = template.sample_input()
    return {
        "terms": TradeTerms.model_validate(raw["terms"]),
        "parties": Parties.model_validate(raw["parties"]),
        "options": ContractOptions.model_validate(raw["options"]),
        "transcript": Transcript.model_validate(raw["transcript"]),
        "raw": raw,
    }
