"""Misreadings a review found in the first versions of this release's rules (from by to cd), each
narrowed; these chats are the reviewer's own."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities


def test_colour_codes_specs_and_a_count_in_the_sentence_are_no_colour_counts():
    terms = chat((B, "cotton tote bags, Pantone navy 2767 and red 186, how much for 2000 pcs?"),
                 (S, "USD 1.10/pc same price both colours"), (B, "ok"))
    assert Decimal("2953") not in quantities(terms)
    terms = chat((B, "cotton jersey fabric 3000 kg: white 180, black 200 gsm. same price?"),
                 (S, "yes USD 4.20/kg both colours"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")] and prices(terms) == [Decimal("4.20")]
    terms = chat((B, "t-shirts black 1000, white 1000 and 500 pcs in red. same price?"),
                 (S, "yes USD 2.35/pc all colours"), (B, "ok"))
    assert Decimal("2000") not in quantities(terms)


def test_a_counter_with_its_count_after_it_is_no_lot_price_and_a_kilo_is_no_thousand():
    terms = chat((B, "纸盒每个多少钱？"), (S, "每个4元"), (B, "3.6元1000个能做吗？"), (S, "可以"), (B, "好，下单"))
    assert prices(terms) == [Decimal("3.6")]
    terms = chat((B, "涤纶纱3000公斤，价格？"), (S, "18元每千克，含税"), (B, "好"))
    assert prices(terms) == [Decimal("18")]


def test_goods_of_another_kind_priced_are_not_paired_with_the_goods_counted():
    terms = chat((B, "3000 pcs LED bulbs 9W"), (S, "9W LED panel USD 2.10"), (B, "ok"))
    assert prices(terms)[0] is None
    terms = chat((B, "儿童雨衣2000件"), (S, "成人雨衣每件12元"), (B, "好"))
    assert prices(terms)[0] is None
    terms = chat((B, "1000 pcs phone cases"), (S, "screen protector USD 0.30, phone holder USD 0.80"), (B, "ok"))
    assert prices(terms)[0] is None


def test_jiao_after_yuan_or_kuai_is_money_and_children_s_sizes_are_no_yards():
    assert prices(chat((B, "贴纸10000张，多少钱一张"), (S, "两元三角吧"), (B, "好"))) == [Decimal("2.3")]
    terms = chat((B, "贴纸10000张，多少钱一张"), (S, "两块五一张"), (B, "两块三角可以吗"), (S, "可以"), (B, "好"))
    assert prices(terms) == [Decimal("2.3")]
    assert quantities(chat((B, "童鞋100码的要300双"), (S, "每双30元"), (B, "好"))) == [Decimal("300")]
    assert quantities(chat((B, "婴儿连体衣 80码 1000件"), (S, "每件15元"), (B, "好"))) == [Decimal("1000")]


def test_production_words_are_no_mould_or_dip_time_and_the_courier_after_payment_no_lead():
    assert lead(chat((B, "10000 pcs PP storage boxes, USD 0.85, lead time?"),
                     (S, "injection molding about 25 days after deposit"), (B, "ok"))) == (25, 25)
    assert lead(chat((B, "3000 pcs galvanized brackets at USD 0.90. Lead time?"), (S, "hot dip 20 days"), (B, "ok"))) \
        == (20, 20)
    assert lead(chat((B, "杯子5000个，交期多久？"), (S, "生产20天。付款后3天内发快递给您"), (B, "好的"))) == (20, 20)
    assert lead(chat((B, "杯子5000个，交期多久？"), (S, "大货25天。付款后7天内请提供水单"), (B, "好的"))) == (25, 25)
    assert lead(chat((B, "500 mugs USD 3.10, when?"), (S, "We produce and send by DHL to Sydney around 20 days after order"),
                     (B, "ok"))) == (20, 20)


def test_a_holiday_s_name_keeps_the_days_it_brings():
    terms = chat((B, "3000 lanterns at USD 2.10, lead time?"),
                 (S, "usually 20 days, but with Chinese New Year it will be 40 days"), (B, "ok"))
    assert lead(terms) != (20, 20)


def test_the_rest_of_the_goods_or_a_discount_is_no_balance_and_a_full_report_no_prepayment():
    def split(*turns):
        return [(i.percent, i.trigger.value) for i in chat(*turns).payment.installments]
    assert not any(p == Decimal("50") for p, _ in split(
        (B, "4000 caps, USD 1.80 ok?"), (S, "ok 1.80. We can do 50% now, the rest of the caps next month as a second shipment"),
        (B, "fine")))
    assert not any(p == Decimal("5") for p, _ in split(
        (B, "4000 caps at USD 1.80?"), (S, "ok. we give 5% now, the rest of discount next order"), (B, "ok")))
    assert split((B, "4000 caps at USD 1.80?"), (S, "30% deposit, balance before shipment."),
                 (B, "ok we pay by TT, full report before shipment please"))[0][0] == Decimal("30")


def test_hard_then_accepted_is_taken_up_and_a_hard_market_turns_nothing_down():
    terms = chat((B, "5000 pcs phone cases, price?"), (S, "USD 1.45/pc"), (B, "can you do 1.35?"),
                 (S, "1.35 is very hard for us, but ok, we accept for long cooperation"), (B, "great"))
    assert prices(terms) == [Decimal("1.35")]
    terms = chat((B, "5000 pcs phone cases, price?"), (S, "USD 1.45/pc"), (B, "ok 1.45 confirmed"),
                 (S, "great. The market is tough this year, thanks for your support"))
    assert prices(terms) == [Decimal("1.45")]


def test_list_numbers_copies_of_papers_model_names_and_a_counter_equal_to_the_deposit():
    terms = chat((B, "这次订：1.马克杯500个 2.杯垫800个"), (S, "马克杯每个8元，杯垫每个2元"), (B, "好"))
    assert quantities(terms)[1] == Decimal("800")  # (not the list's "2." read after 订; the 500 is lost as before)
    terms = chat((B, "5000 pcs ceramic mugs at USD 1.20, L/C at sight"),
                 (S, "ok. Documents: commercial invoice 3 copies, packing list 3 copies, certificate of origin"), (B, "ok"))
    assert len(terms.line_items) == 1
    terms = chat((B, "1000 pcs Max thermos and 1000 pcs Mini thermos"), (S, "Max USD 4.20, Mini USD 3.10"), (B, "ok"))
    assert prices(terms) == [Decimal("4.20"), Decimal("3.10")]
    terms = chat((B, "10 e-bikes, price?"), (S, "USD 520 per unit. Deposit USD 500 to book the slot"),
                 (B, "ok. USD 500 for the bike and we order"), (S, "ok"))
    assert prices(terms) == [Decimal("500")]


def test_woods_counted_are_goods_and_a_range_down_is_still_a_range():
    terms = chat((B, "橡木200张，柚木100张，餐桌"), (S, "橡木每张1200元，柚木每张1500元"), (B, "好"))
    assert quantities(terms) == [Decimal("200"), Decimal("100")]
    terms = chat((B, "we can order 3000 - 2000 pcs this month, price for mugs?"), (S, "USD 1.20/pc"), (B, "ok"))
    assert quantities(terms) == [None]


def _mode(*turns):
    return chat(*turns).logistics.mode.value


def test_second_review_spec_lines_packs_ordered_and_yarn_by_the_kilo():
    terms = chat((B, "need 300 sheets plywood, spec?"),
                 (S, "Spec:\n- Width: 1220\n- Length: 2440\n- Thickness: 18 mm\nUSD 22/sheet FOB Linyi"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")] and prices(terms) == [Decimal("22")]
    terms = chat((B, "how many cartons of tissue can you do for one 40HQ?"),
                 (S, "1,800 cartons, we load them in one 40HQ. USD 9.50/carton FOB Xiamen."), (B, "ok deal"))
    assert quantities(terms) == [Decimal("1800")]
    terms = chat((B, "need 2000 kg polyester yarn 150D, price?"),
                 (S, "USD 2.10/kg FOB Ningbo. Packing: about 1600 cones, 12 cones per carton."), (B, "ok"))
    assert quantities(terms) == [Decimal("2000")]


def test_second_review_rails_that_are_goods_turned_down_or_a_platform_are_no_rail():
    assert _mode((B, "We need 2000 towel rails 60cm, chrome."), (S, "USD 6.20/pc FOB Ningbo, by sea LCL."),
                 (B, "ok, the towel rail is good, confirm")) == "SEA_LCL"
    assert _mode((B, "2x40HQ furniture to Warsaw, USD 45/set ok"),
                 (S, "Rail is good but too expensive now; we suggest sea FCL to Gdansk."), (B, "ok sea")) == "SEA_FCL"
    assert _mode((B, "200 sets to Almaty, how?"), (S, "USD 85/set. Rail this time is full, so by truck, 14 days."),
                 (B, "ok by truck")) == "ROAD"
    assert _mode((B, "3000 pcs stools, our warehouse is by the train station in Duisburg"), (S, "USD 8.50 DAP Duisburg"),
                 (B, "ok")) != "RAIL"
    assert _mode((B, "200 sets of furniture, DAP Almaty please"),
                 (S, "USD 85/set DAP Almaty, trucking fee included, 12 days on the road."), (B, "ok deal")) == "ROAD"


def test_second_review_cabinets_waterproof_goods_clocks_labels_and_inspection():
    assert _mode((B, "鞋柜要300个，尺寸80宽40高柜体用E1板，多少钱？"), (S, "每个120元"), (B, "好的")) != "SEA_FCL"
    assert _mode((B, "500 pcs phone pouches, price?"), (S, "USD 1.20/pc"),
                 (B, "ok, ship the water proof pouches by DHL please")) == "EXPRESS"
    assert quantities(chat((B, "我们要订800个钟，石英机芯，多少钱一个？"), (S, "每个28元"), (B, "好的"))) == [Decimal("800")]
    terms = chat((B, "1000 pcs mugs, price?"), (S, "USD 1.20/pc FOB Ningbo"),
                 (B, "ok 1.20 is fine. But Chinese labels is hard for us, pls print English"), (S, "sure"))
    assert terms.incoterm.status.value == "AGREED"
    assert lead(chat((B, "订2000个杯子"), (S, "每个6元，付款后7天内安排验货"), (B, "好"))) == (None, None)


def test_third_review_a_counter_said_each_a_rail_with_no_problem_and_a_count_before_a_stop():
    terms = chat((B, "5 scooters"), (S, "USD 600 each. deposit USD 500"), (B, "I pay USD 500 each, ok?"), (S, "ok"))
    assert prices(terms) == [Decimal("500")]
    assert _mode((B, "to Duisburg?"), (S, "we can do rail"), (B, "Rail is fine, no problem")) == "RAIL"
    assert quantities(chat((B, "数量 5000.交期多久"), (S, "3.2元，25天"))) == [Decimal("5000")]
    assert lead(chat((B, "500 mugs, when?"), (S, "courier to Dubai about 7 days including customs. production 20 days"))) \
        == (20, 20)
