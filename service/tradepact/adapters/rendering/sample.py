"""The template's sample input as a ContractDocument: for warm-up, benchmarks and tests."""

from __future__ import annotations

from tradepact.domain.contract import ContractDocument, ContractOptions, Parties, build_contract
from tradepact.domain.terms import TradeTerms
from tradepact.domain.transcript import Transcript

from .templates import DEFAULT_TEMPLATE, load_template


def sample_document(template_name: str = DEFAULT_TEMPLATE, *, language: str | None = None,
                    **overrides) -> ContractDocument:
    """Build the template's sample-input.json (optionally in another language)."""
    template = load_template(template_name)
    sample = template.sample_input()
    options = dict(sample["options"])
    if language:
        options["language"] = language
    kwargs = {"contract_number": sample["contract_number"], "version": sample["version"],
              "final": sample["final"]}
    kwargs.update(overrides)
    return build_contract(
        TradeTerms.model_validate(sample["terms"]), Parties.model_validate(sample["parties"]),
        ContractOptions.model_validate(options), template=template.data,
        transcript=Transcript.model_validate(sample["transcript"]), **kwargs)
