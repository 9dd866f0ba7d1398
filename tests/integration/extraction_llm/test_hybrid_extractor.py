"""The hybrid backend: the rules answer first, the LLM is asked only for what they left missing."""

from __future__ import annotations

from tests.support.fake_openai_server import ScriptedAnswer
from tradepact.adapters.extraction.hybrid import HybridExtractor
from tradepact.adapters.extraction.llm import LLMExtractor
from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.terms import IncotermRule, TermStatus, TransportMode
from tradepact.domain.transcript import Message, Role, Transcript
from tradepact.usecases.extract_terms import ExtractTermsCommand, extract_terms

CHAT = Transcript(messages=[
    Message(role=Role.BUYER, author="Anna", text="Please quote 1000 pcs ceramic mugs."),
    Message(role=Role.SELLER, author="Li",
            text="USD 2.10/pc FOB Ningbo, 30% deposit by T/T, balance before shipment. "
                 "Ready three weeks after the deposit."),
    Message(role=Role.SELLER, author="Li", text="We send them in a shared box on the boat."),
    Message(role=Role.BUYER, author="Anna", text="Deal, confirmed."),
])


def hybrid(server) -> HybridExtractor:
    llm = LLMExtractor(base_url=server.base_url, model="scripted", timeout_s=5,
                       transport_retries=0)
    return HybridExtractor(RulesExtractor(), llm)


def asked_groups(request: dict) -> set[str]:
    return set(request["tools"][0]["function"]["parameters"]["properties"])


def test_the_llm_is_asked_only_for_the_groups_the_rules_left_missing(llm_server):
    llm_server.script({"logistics": {
        "mode": "SEA_LCL", "status": "AGREED",
        "evidence": [{"message_index": 2, "quote": "shared box on the boat"},
                     {"message_index": 3, "quote": "Deal"}]}})
    ext = hybrid(llm_server)
    result = extract_terms(ExtractTermsCommand(CHAT, backend="hybrid"), {"hybrid": ext})

    (request,) = llm_server.requests
    asked = asked_groups(request)
    assert "logistics" in asked
    assert not asked & {"incoterm", "payment", "lead_time", "line_items"}
    assert "Extract only these term groups: " in request["messages"][0]["content"]
    # What the rules found stands; the LLM filled the gap, and its value is grounded.
    assert result.terms.incoterm.rule == IncotermRule.FOB
    assert result.terms.logistics.mode == TransportMode.SEA_LCL
    assert result.terms.logistics.status == TermStatus.AGREED
    assert result.ungrounded_count == 0


def test_the_llm_is_not_called_when_the_rules_found_every_group(llm_server):
    class EverythingFound(RulesExtractor):
        def extract(self, transcript):
            terms = super().extract(transcript)
            for group in ("moq", "logistics", "currency", "incoterm", "payment", "lead_time"):
                getattr(terms, group).status = TermStatus.PROPOSED
            return terms

    HybridExtractor(EverythingFound(), hybrid(llm_server).llm).extract(CHAT)
    assert llm_server.requests == []


def test_an_unavailable_llm_leaves_the_rules_answer_with_a_finding(llm_server):
    llm_server.script(ScriptedAnswer("down", status=503))
    terms = hybrid(llm_server).extract(CHAT)
    assert terms.incoterm.rule == IncotermRule.FOB
    assert terms.logistics.status == TermStatus.MISSING
    assert [f.code for f in terms.findings if f.code == "LLM_UNAVAILABLE"] == ["LLM_UNAVAILABLE"]


def test_an_invented_gap_filler_is_dropped_by_the_verifier(llm_server):
    llm_server.script({"logistics": {
        "mode": "AIR", "port_of_discharge": "Hamburg", "status": "PROPOSED",
        "evidence": [{"message_index": 2, "quote": "shared box on the boat"}]}})
    result = extract_terms(ExtractTermsCommand(CHAT, backend="hybrid"),
                           {"hybrid": hybrid(llm_server)})
    assert result.terms.logistics.status == TermStatus.MISSING
    dropped = {f.field for f in result.terms.findings if f.code == "UNGROUNDED"}
    assert {"logistics.mode", "logistics.port_of_discharge"} <= dropped
