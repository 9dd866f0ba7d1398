"""Counter-offers that drop their currency, and goods a chat counts or prices beside others.

Found by a blind held-out set (tests/data/heldout): each case here is written anew, not copied.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.transcript import Message, Role, Transcript


def chat(*lines: str) -> tuple[Transcript, object]:
    """Lines alternate seller, buyer unless they start with "B:" or "S:"."""
    messages = []
    for i, line in enumerate(lines):
        role = Role.SELLER if i % 2 == 0 else Role.BUYER
        if line[:2] in ("B:", "S:"):
            role, line = (Role.BUYER if line[0] == "B" else Role.SELLER), line[2:].strip()
        messages.append(Message(role=role, text=line))
    transcript = Transcript(messages=messages)
    return transcript, RulesExtractor().extract(transcript)


def prices(terms) -> list[tuple]:
    return [(i.unit_price, i.currency) for i in terms.line_items]


@pytest.mark.parametrize("lines, want", [
    (("USD 2.10/pc with the logo printed", "so 2.40 each with the gift box?", "S: Yes 2.40/pc with gift box.",
      "B: ok"), Decimal("2.40")),
    (("usd 5.20/set fob xiamen", "can do 4.8?", "5.0 best my friend", "ok 5.0. payment?"), Decimal("5.0")),
    (("USD 22.60/sheet CFR Chittagong.", "Too high.", "22.10 is our bottom.", "ok 22.10 confirmed"),
     Decimal("22.10")),
    (("每个3.9元人民币，FOB厦门", "3.5可以吗？", "最低3.7，原料涨价了。", "好，3.7成交。"), Decimal("3.7")),
    (("Unit price USD 3.40/pc FOB Qingdao.", "S: the price must be 3.55 because of the new tax",
      "B: Ok, 3.55 FOB Qingdao accepted."), Decimal("3.55")),
    (("USD 150/set FOB Ningbo", "Can you do 140?", "S: Best I can do is 147/set.", "B: Meet me at 145?",
      "S: OK, 145, final."), Decimal("145")),
])
def test_a_counter_offer_without_its_currency_is_the_price_in_the_chats_currency(lines, want):
    transcript, terms = chat(*lines)
    assert [p for p, _ in prices(terms)] == [want]
    assert terms.line_items[0].currency == terms.currency.code and terms.currency.code is not None
    kept, findings = verify_grounding(terms, transcript)
    assert [i.unit_price for i in kept.line_items] == [want] and not findings


@pytest.mark.parametrize("lines", [
    ("USD 1.35/pc", "can you do 500 pcs?"),
    ("USD 1.35/pc, gift box +0.15/pc", "ok"),
    ("折叠椅FOB宁波每把12.5美元。", "走铁路呢？", "铁路每把再加0.6美元。", "我们再想想"),
    ("USD 3.20/pc", "we can meet at 10 tomorrow."),
])
def test_a_surcharge_a_count_or_a_time_is_no_price(lines):
    _, terms = chat(*lines)
    assert all(p in (None, Decimal("1.35"), Decimal("3.20"), Decimal("12.5")) for p, _ in prices(terms)), lines


def test_options_per_mode_under_one_rule_leave_the_price_open():
    _, terms = chat("B: need price for 3000 meters of COB LED strip",
                    "S: FOB Shenzhen USD 0.80/m, CIF Jeddah USD 0.88/m.",
                    "B: what about DDP Riyadh?",
                    "S: DDP Riyadh by sea USD 1.05/m, by air USD 1.30/m. Which one do you prefer?")
    assert [p for p, _ in prices(terms)] == [None]


def test_a_count_that_fits_a_container_or_fills_a_pack_is_no_goods_and_no_order():
    _, terms = chat("B: Please quote 300 units of 2HP garden pumps.",
                    "S: USD 88/unit FOB Ningbo. 300 units fit in one 40GP, packed 2 pcs per carton.")
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("2HP garden pumps", Decimal("300"), Decimal("88"))]


@pytest.mark.parametrize("text", ["packed 20 pcs per polybag", "40 pcs per inner box", "packing 12 pcs in a case"])
def test_a_pack_count_is_no_order_quantity(text):
    _, terms = chat(f"S: USD 2.35/pc, {text}.", "B: ok")
    assert [i.quantity for i in terms.line_items] == [None]


def test_a_quantity_range_in_words_orders_nothing():
    _, terms = chat("S: USD 95/pc", "B: quantity maybe 200 to 300 pcs, I confirm next week.")
    assert [i.quantity for i in terms.line_items] == [None]


def test_a_question_about_an_extra_is_no_goods_name():
    _, terms = chat("S: 800 pcs lip balm USD 0.95/pc", "B: do i need the carton? ok, so 1.05 each?", "S: Yes 1.05/pc.")
    assert [(i.description, i.unit_price) for i in terms.line_items] == [("lip balm", Decimal("1.05"))]


def test_each_goods_keeps_its_own_price_and_quantity():
    _, terms = chat("B: pls quote FOB Xiamen: 1500 pcs bamboo bowls and 1500 sets bamboo spoon sets.",
                    "S: FOB Xiamen: bamboo bowls USD 1.80/pc, bamboo spoon sets USD 0.65/set.",
                    "B: Good. Actually make the spoons 2500 sets pls.",
                    "S: No problem, 2500 sets at the same price.",
                    "B: confirmed")
    got = {i.description: (i.quantity, i.unit_price) for i in terms.line_items}
    assert got == {"bamboo bowls": (Decimal("1500"), Decimal("1.80")),
                   "bamboo spoon": (Decimal("2500"), Decimal("0.65"))}


def test_a_bare_count_in_a_chat_of_several_goods_belongs_to_none():
    _, terms = chat("S: ceramic mugs USD 1.20/pc, bamboo coasters USD 0.30/pc.", "B: ok we take 3000 pcs")
    assert [i.quantity for i in terms.line_items] == [None, None]


def test_a_qualifier_after_the_goods_name_is_not_other_goods():
    _, terms = chat("B: we need 2 x 40HQ of 15mm MDF board, that is 1,650 sheets. pls quote CFR Lagos.",
                    "S: 15mm MDF board, E1 grade: USD 9.80/sheet CFR Lagos.", "B: ok")
    assert [(i.description, i.quantity, i.unit, i.unit_price) for i in terms.line_items] == [
        ("15mm MDF board", Decimal("1650"), "sheets", Decimal("9.80"))]


def test_traditional_chinese_units_count_and_a_tax_point_does_not():
    _, terms = chat("B: 您好，實木書桌80張，報個價。", "S: 每張420元人民幣，含稅要加6个点。", "B: 好")
    assert [(i.quantity, i.unit, i.unit_price) for i in terms.line_items] == [
        (Decimal("80"), "张", Decimal("420"))]  # the unit as matched, folded to simplified


def test_what_comes_with_the_goods_is_neither_their_name_nor_their_quantity():
    _, terms = chat("B: We decided on the KX-90 laser cutter, 2 sets.",
                    "S: Final price USD 21,000/set FOB Shanghai, including one set of spare lenses.", "B: OK")
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("", Decimal("2"), Decimal("21000"))]


@pytest.mark.parametrize("text, name", [("你好，TWS蓝牙耳机3000套，FOB深圳多少钱？", "TWS蓝牙耳机"),
                                        ("6203轴承5万套，CIF迪拜报价。", "6203轴承")])
def test_a_chinese_goods_name_may_open_with_a_model(text, name):
    _, terms = chat(f"B: {text}")
    assert [i.description for i in terms.line_items] == [name]


def test_a_rule_before_chinese_is_no_goods_name():
    _, terms = chat("B: 保温杯2000个。", "S: 2000个的话，FOB宁波每个3.2美元。", "B: 好")
    assert [i.description for i in terms.line_items] == ["保温杯"]


def test_please_quote_names_the_goods():
    _, terms = chat("B: pls quote kraft paper shopping bags, 32x28cm, 1 colour print.",
                    "S: USD 0.21/pc EXW Dongguan for 8000 pcs.", "B: ok")
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("kraft paper shopping bags, 32x28cm", Decimal("8000"), Decimal("0.21"))]


def test_a_word_containing_fee_is_no_fee():
    # "fabric feels great" read as a fee that a quantity earns back, so the order had no quantity
    _, terms = chat("B: sample received, the fabric feels great 👍 we order now: 1,200 pcs linen aprons.",
                    "S: USD 3.10/pc, thank you!", "B: ok")
    assert [(i.description, i.quantity) for i in terms.line_items] == [("linen aprons", Decimal("1200"))]


def test_a_size_may_open_the_goods_name_and_is_no_quantity():
    _, terms = chat("B: for the 60 units of 26 inch mountain bikes, pls quote DAP Poznan.", "S: EUR 210/unit", "B: ok")
    assert [(i.description, i.quantity) for i in terms.line_items] == [("26 inch mountain bikes", Decimal("60"))]


def test_a_pronoun_is_no_goods_and_a_feeder_is_no_fee():
    _, terms = chat("B: How soon can 1,000 boxes of latex gloves be ready? We need them in Lima.",
                    "S: Price USD 4.10/box FCA Shenzhen.", "B: ok")
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("latex gloves", Decimal("1000"), Decimal("4.10"))]
    _, terms = chat("B: 600 pcs slow feeder bowls pls", "S: slow feeder bowls USD 2.30/pc FOB Ningbo", "B: ok")
    assert [i.unit_price for i in terms.line_items] == [Decimal("2.30")]


def test_the_answer_to_a_hypothetical_count_stays_hypothetical_until_taken_up():
    lines = ("S: Gift boxes: USD 0.55/pc EXW Xiamen, MOQ 2000 pcs.",
             "B: If we go to 8k pcs what would the price be?",
             "S: For 8,000 pcs we can do USD 0.47/pc.")
    _, terms = chat(*lines, "B: ok noted, will confirm next month")
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(None, Decimal("0.55"))]
    _, terms = chat(*lines, "B: ok, we take 8,000 pcs at 0.47", "S: confirmed, 8,000 pcs at USD 0.47/pc")
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(Decimal("8000"), Decimal("0.47"))]


def test_yuan_in_a_chat_priced_in_hong_kong_dollars_is_hong_kong_dollars():
    _, terms = chat("B: 請問燈帶幾錢一卷？（5米一卷）我哋要2000卷。", "S: 每卷港幣30元。", "B: 28元得唔得？",
                    "S: 最平29元。", "B: 好")
    assert [(i.quantity, i.unit_price, i.currency) for i in terms.line_items] == [
        (Decimal("2000"), Decimal("29"), "HKD")]
    _, terms = chat("S: 单价28元", "B: 好")
    assert [i.currency for i in terms.line_items] == ["CNY"]


@pytest.mark.parametrize("text, qty", [("电动牙刷3000支", "3000"), ("蓝牙耳机500副", "500"), ("儿童自行车300辆", "300"),
                                       ("竹砧板1200块", "1200")])
def test_chinese_measure_words_count_goods(text, qty):
    _, terms = chat(f"B: {text}，FOB宁波多少钱？", "S: 每个9.5美元。", "B: 好")
    assert [i.quantity for i in terms.line_items] == [Decimal(qty)]


def test_sizes_and_colours_counted_in_chinese_order_nothing():
    _, terms = chat("S: 这款有S、M、L三个码，两个颜色。", "B: 好的")
    assert terms.line_items == []


def test_a_seller_taking_the_price_back_up_with_ok_is_a_counter():
    _, terms = chat("S: 120 pcs steel shelves USD 68/pc CIF Lagos.", "B: can you do 64?", "S: ok 66 final",
                    "B: ok 66 CIF Lagos. deal")
    assert [i.unit_price for i in terms.line_items] == [Decimal("66")]


def test_a_count_after_would_like_is_the_order():
    _, terms = chat("B: we'd like 15,000 bamboo straws, what's your price FOB Xiamen?", "S: USD 0.05/pc", "B: ok")
    assert [(i.description, i.quantity) for i in terms.line_items] == [("bamboo straws", Decimal("15000"))]


def test_a_delivered_rule_is_no_goods_name():
    _, terms = chat("S: 料理机500台，出厂价每台22美元。", "B: 能做双清包税到悉尼吗？",
                    "S: 双清包税到悉尼每台25美元。", "B: 行，就按25美元双清包税。")
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("料理机", Decimal("500"), Decimal("25"))]


@pytest.mark.parametrize("text, price", [("单价45元，定金先付3000元，余款发货前付清。", "45"),
                                         ("Unit price USD 4.50/pc, deposit USD 2,000 and the balance before shipment.",
                                          "4.50"),
                                         ("30% deposit, USD 3.20/pc FOB Ningbo", "3.20")])
def test_a_deposit_amount_is_no_unit_price(text, price):
    _, terms = chat(f"S: {text}", "B: ok")
    assert [i.unit_price for i in terms.line_items] == [Decimal(price)]


def test_a_high_cube_written_in_chinese_grounds_a_full_container():
    transcript, terms = chat("S: CIF迪拜，每套0.5美元，数量10万套，一个40尺高柜。", "B: 好的，就这么定")
    kept, findings = verify_grounding(terms, transcript)
    assert kept.logistics.mode.value == "SEA_FCL" and not findings


def test_a_courier_for_samples_is_no_courier_of_a_sea_shipment():
    transcript, terms = chat("S: PP sample takes 5 days, we send it by DHL. Bulk USD 6.40/pc.",
                             "B: ok. bulk by sea LCL pls", "S: ok noted, LCL")
    assert (terms.logistics.mode.value, terms.logistics.courier) == ("SEA_LCL", None)
    assert not verify_grounding(terms, transcript)[1]
