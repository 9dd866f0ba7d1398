"""Maritime paperwork tells the mode; a fee written in 元 tells the currency when nothing else does."""

from __future__ import annotations

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import TermStatus, TransportMode
from tradepact.domain.transcript import Message, Role, Transcript


def extract(*texts: str, role: Role = Role.SELLER):
    transcript = Transcript(messages=[Message(role=role, text=t) for t in texts])
    return transcript, RulesExtractor().extract(transcript)


# --- sea from ports and bills of lading ---------------------------------------------------------


def test_a_port_of_discharge_or_loading_means_sea():
    for text in ("The balance is paid once the goods reach your port of discharge.",
                 "Xiamen is the port of loading.",
                 "卸货港：汉堡。",
                 "装运港为宁波。"):
        _, terms = extract(text)
        assert terms.logistics.mode == TransportMode.SEA, text


def test_an_ocean_marine_or_master_bill_of_lading_means_sea():
    for text in ("Balance against the copy of the marine bill of lading.",
                 "Balance against copy of master B/L.",
                 "We release the ocean B/L after payment.",
                 "余款见海运提单副本付清。"):
        _, terms = extract(text)
        assert terms.logistics.mode == TransportMode.SEA, text


def test_ocean_and_sea_transport_phrasings_mean_sea():
    for text in ("We ship by ocean.", "Ocean shipping is cheaper for this volume.", "Shipment via ocean.",
                 "It goes on an ocean vessel.", "Sea transportation to Santos.", "船期是下周三。"):
        _, terms = extract(text)
        assert terms.logistics.mode == TransportMode.SEA, text


def test_ocean_or_air_as_a_choice_is_no_mode():
    _, terms = extract("We can send by ocean or by air, your choice.")
    assert terms.logistics.mode in (None, TransportMode.UNSPECIFIED)


def test_sea_transport_time_is_transit_not_lead_time():
    _, terms = extract("By ocean, production 30 days and sea transport about 35 days to Santos.")
    assert (terms.lead_time.min_days, terms.lead_time.max_days) == (30, 30)
    assert terms.logistics.transit_time is not None and terms.logistics.transit_time.max_days == 35


def test_a_bare_bill_of_lading_means_sea_when_no_mode_is_stated():
    # the samples' convention: a B/L is the document of carriage by sea (an air waybill of air)
    for text in ("Balance against copy of B/L.", "Balance within 7 days after B/L date.",
                 "余款见提单副本付款。", "餘款見提單副本付清。", "Pay the rest after BL date."):
        transcript, terms = extract(text)
        assert terms.logistics.mode == TransportMode.SEA, text
        assert terms.logistics.evidence and "l" in terms.logistics.evidence[0].quote.lower() \
            or "提" in terms.logistics.evidence[0].quote, text
        verified, findings = verify_grounding(terms.model_copy(deep=True), transcript)
        assert verified.logistics.mode == TransportMode.SEA, (text, findings)


def test_an_air_waybill_means_air():
    for text in ("Balance against copy of the AWB.", "余款见空运提单付清。", "Balance against air waybill copy."):
        _, terms = extract(text)
        assert terms.logistics.mode == TransportMode.AIR, text


def test_a_stated_mode_beats_the_bill_of_lading():
    _, terms = extract("We ship by air from Shenzhen.", "Balance against B/L copy.")
    assert terms.logistics.mode == TransportMode.AIR


def test_bill_of_lading_or_air_waybill_leaves_the_mode_open():
    _, terms = extract("Balance against copy of B/L or AWB, depends on how you ship.")
    assert terms.logistics.mode in (None, TransportMode.UNSPECIFIED)


def test_bl_as_a_model_or_series_name_says_nothing():
    for text in ("Please send the original BL series catalogue.", "After the BL-200 samples arrive we decide."):
        _, terms = extract(text)
        assert terms.logistics.mode in (None, TransportMode.UNSPECIFIED), text


def test_no_bill_of_lading_says_nothing():
    _, terms = extract("We will not issue any B/L for this sample.")
    assert terms.logistics.mode in (None, TransportMode.UNSPECIFIED)


def test_a_bill_of_lading_accepted_with_the_payment_terms_is_agreed():
    transcript = Transcript(messages=[
        Message(role=Role.SELLER, text="30% deposit, 70% against copy of B/L."),
        Message(role=Role.BUYER, text="ok")])
    terms = RulesExtractor().extract(transcript)
    assert (terms.logistics.mode, terms.logistics.status) == (TransportMode.SEA, TermStatus.AGREED)
def test_an_airport_of_discharge_is_not_a_port():
    _, terms = extract("We send it by air freight, airport of discharge Frankfurt.")
    assert terms.logistics.mode == TransportMode.AIR


def test_a_negated_port_of_loading_is_no_mode():
    _, terms = extract("There is no port of loading, we deliver by truck.")
    assert terms.logistics.mode == TransportMode.ROAD


def test_sea_paperwork_is_grounded():
    transcript, terms = extract("Balance against copy of master B/L, port of discharge Hamburg.")
    assert terms.logistics.mode == TransportMode.SEA
    kept, findings = verify_grounding(terms, transcript)
    assert kept.logistics.mode == TransportMode.SEA
    assert not findings


# --- a fee in 元 ---------------------------------------------------------------------------------


def test_a_chinese_fee_in_yuan_gives_cny_when_nothing_else_names_a_currency():
    transcript, terms = extract("打样费300元/件，下单后退回。起订量1000个。")
    kept, findings = verify_grounding(terms, transcript)
    assert kept.currency.code == "CNY" and not findings
    assert terms.currency.code == "CNY"
    assert terms.currency.status == TermStatus.PROPOSED
    assert "元" in terms.currency.evidence[0].quote
    assert not terms.line_items or terms.line_items[0].unit_price is None  # still no unit price


def test_a_goods_price_in_another_currency_wins_over_the_fee():
    _, terms = extract("打样费300元，下单退回。大货单价2.5美元，FOB深圳。")
    assert terms.currency.code == "USD"


def test_several_listed_currencies_stay_open_despite_the_fee():
    _, terms = extract("打样费300元。大货可以用美元、欧元或人民币结算。")
    assert terms.currency.code is None


def test_a_fee_in_yuan_written_in_english_tells_nothing():
    _, terms = extract("Sample fee is 300 yuan per design, refunded on order. FOB Ningbo, price to follow.")
    assert terms.currency.code is None


def test_fees_in_two_currencies_tell_nothing():
    _, terms = extract("打样费300元，模具费USD 500。")
    assert terms.currency.code is None


# --- a bare count the buyer wants -----------------------------------------------------------------


def test_a_bare_count_wanted_is_the_quantity():
    for text, qty in (("the folding chair in your shop, I want 10", 10), ("We want 1,200.", 1200),
                      ('Buyer: "1 want 10";', 10)):
        _, terms = extract(text, role=Role.BUYER)
        assert terms.line_items and terms.line_items[0].quantity == qty, text


def test_a_count_wanted_with_something_else_after_it_is_not_the_quantity():
    for text in ("I want 10 colours.", "We want 25 days.", "I want 10% off.", "I want 10 more samples",
                 "Do you want 500?"):
        _, terms = extract(text, role=Role.BUYER)
        assert not terms.line_items or terms.line_items[0].quantity is None, text


# --- air, rail and road phrasings ------------------------------------------------------------------


def test_air_rail_and_road_phrasings():
    for text, mode in (("Air shipment is possible.", TransportMode.AIR), ("We ship by plane.", TransportMode.AIR),
                       ("Air transport to Lagos.", TransportMode.AIR),
                       ("We send by railway to Duisburg.", TransportMode.RAIL),
                       ("Ship via rail.", TransportMode.RAIL), ("Rail transportation to Lodz.", TransportMode.RAIL),
                       ("By lorry to Leeds.", TransportMode.ROAD), ("汽车运输到阿拉木图。", TransportMode.ROAD)):
        transcript, terms = extract(text)
        assert terms.logistics.mode == mode, text
        kept, findings = verify_grounding(terms, transcript)
        assert kept.logistics.mode == mode and not findings, text


def test_rail_or_plane_as_a_choice_and_airplane_goods_are_no_air_mode():
    _, terms = extract("To Warsaw we can ship via rail or by plane, which do you prefer?")
    assert terms.logistics.mode in (None, TransportMode.UNSPECIFIED)
    _, terms = extract("The airplane parts go by sea in one 20GP.")
    assert terms.logistics.mode == TransportMode.SEA_FCL


def test_the_bill_of_lading_of_an_earlier_shipment_tells_no_mode():
    for text in ("Last time your B/L reached us two weeks late.",
                 "Can you send the B/L number of our last order?",
                 "The previous shipment's B/L had a typo in the consignee.",
                 "上一批货的提单号麻烦发我一下。", "上次你们的提单晚了一周。"):
        _, terms = extract(text, role=Role.BUYER)
        assert terms.logistics.mode in (None, TransportMode.UNSPECIFIED), text


def test_tidan_as_place_the_order_is_no_bill_of_lading():
    for text in ("你先提单，我们今天安排打包。", "亲，拍下后直接提单就可以。"):
        _, terms = extract(text)
        assert terms.logistics.mode in (None, TransportMode.UNSPECIFIED), text
    # the document after the same words still is one
    for text in ("你提单号发我一下，我们好付尾款。", "余款见提单副本付清。"):
        _, terms = extract(text)
        assert terms.logistics.mode == TransportMode.SEA, text
