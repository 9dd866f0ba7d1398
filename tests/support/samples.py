"""Sample inputs for tests: the standard template's sample terms, parties and options."""

from __future__ import annotations

import json
from pathlib import Path

from tradepact.domain.contract import ContractOptions, Parties
from tradepact.domain.terms import TradeTerms
from tradepact.domain.transcript import Transcript

REPO = Path(__file__).resolve().parents[2]


def sample_input() -> dict:
    """The raw sample-input.json of the standard template."""
    return json.loads((REPO / "templates" / "standard" / "sample-input.json").read_text("utf-8"))


def sample_terms() -> TradeTerms:
    return TradeTerms.model_validate(sample_input()["terms"])


def sample_parties() -> Parties:
    return Parties.model_validate(sample_input()["parties"])


def sample_options() -> ContractOptions:
    return ContractOptions.model_validate(sample_input()["options"])


def sample_transcript() -> Transcript | None:
    raw = sample_input().get("transcript")
    return Transcript.model_validate(raw) if raw else None
