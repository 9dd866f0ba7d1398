"""Build the contract document model from the standard template's sample input with other terms."""

from __future__ import annotations

from tradepact.domain.contract import ContractOptions, Language, build_contract


def build_from_sample(template, sample, terms, *, language=Language.EN, final=False):  # noqa: ANN001, ANN201
    """The contract of `terms` with the sample's parties, options (in `language`) and chat."""
    options = sample["options"].model_copy(update={"language": language})
    assert isinstance(options, ContractOptions)
    return build_contract(terms, sample["parties"], options, template=template.data,
                          contract_number="TP-9", version=1, final=final,
                          transcript=sample["transcript"])
