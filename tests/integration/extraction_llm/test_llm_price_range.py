"""The LLM backend carries a quoted price range's upper bound, and an invented bound is dropped."""

from __future__ import annotations

from decimal import Decimal

from tests.support.fake_openai_server import ScriptedOpenAITestServer
from tradepact.adapters.extraction.llm import LLMExtractor, response_model
from tradepact.domain.terms import TermStatus
from tradepact.domain.transcript import Message, Role, Transcript
from tradepact.usecases.extract_terms import ExtractTermsCommand, extract_terms

CHAT = Transcript(messages=[
    Message(role=Role.BUYER, author="Ana", text="i want to place an order, 500 pcs tote bags"),
    Message(role=Role.SELLER, author="Li",
            text="The EXW price is about $0.4-$1/pcs based on different sizes."),
    Message(role=Role.BUYER, author="Ana", text="ok"),
])


def bags(high: str, status: str = "PROPOSED") -> dict:
    return {"description": "tote bags", "quantity": 500, "unit": "pcs", "unit_price": "0.4",
            "unit_price_max": high, "currency": "USD", "status": status,
            "evidence": [{"message_index": 0, "quote": "500 pcs tote bags"},
                         {"message_index": 1, "quote": "about $0.4-$1/pcs"}]}


def run(server: ScriptedOpenAITestServer):
    llm = LLMExtractor(base_url=server.base_url, model="scripted", api_key="test", timeout_s=5,
                       transport_retries=0)
    return extract_terms(ExtractTermsCommand(CHAT, backend="llm"), {"llm": llm})


def test_the_schema_asks_for_the_upper_bound_of_a_range():
    item = response_model(["line_items"]).model_json_schema()["$defs"]["LLMLineItem"]
    assert "unit_price_max" in item["properties"]


def test_a_range_from_the_model_keeps_both_bounds_and_no_total(llm_server):
    llm_server.script({"line_items": [bags("1")]})
    result = run(llm_server)
    item = result.terms.line_items[0]
    assert (item.unit_price, item.unit_price_max, item.currency) == (
        Decimal("0.4"), Decimal("1"), "USD")
    assert item.total is None
    assert result.ungrounded_count == 0


def test_an_invented_upper_bound_drops_the_price_and_is_reported(llm_server):
    llm_server.script({"line_items": [bags("1.2")]})
    result = run(llm_server)
    item = result.terms.line_items[0]
    assert (item.unit_price, item.unit_price_max) == (None, None)
    assert item.quantity == 500
    assert result.ungrounded_count == 1
    assert [f.field for f in result.terms.findings if f.code == "UNGROUNDED"] == [
        "line_items[0].unit_price_max"]


def test_a_range_the_model_calls_agreed_is_only_proposed(llm_server):
    agreed = bags("1", status="AGREED")
    agreed["evidence"].append({"message_index": 2, "quote": "ok"})
    llm_server.script({"line_items": [agreed]})
    assert run(llm_server).terms.line_items[0].status == TermStatus.PROPOSED
