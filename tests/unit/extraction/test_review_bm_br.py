"""Chats a second review of the rules read from blind sets bm to br found misread; each passed
on the previous release's code and failed before its rule was narrowed."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, prices, quantities

TWO = ((B, "毛巾 2000条，抱枕 500个，报个价"), (S, "毛巾每条12元，抱枕每个25元"))


def test_bargaining_or_asking_for_changes_drops_no_goods():
    for said in ("能不能把毛巾价格再砍一点？", "好，把抱枕做成灰色，logo取消", "抱枕不要太硬，价格再砍一点",
                 "抱枕本地买才20块，你们贵了", "抱枕唔要拉链，其他OK", "毛巾就不要印logo了，吊牌也不用了，价格能便宜点吗"):
        assert len(chat(*TWO, (B, said)).line_items) == 2, said
    assert items(chat(*TWO, (B, "把毛巾改成3000条，抱枕不要了")))[0][1] == Decimal("3000")
    terms = chat((B, "cushions 500 pcs, throws 300 pcs"), (S, "cushions USD 4.20, throws USD 9.80"),
                 (B, "ok. when you take the cushions out please check the stitching"))
    assert prices(terms) == [Decimal("4.20"), Decimal("9.80")]


def test_a_count_after_a_word_ending_in_before_or_after_is_a_count():
    terms = chat((B, "发电机 报个价"), (S, "每台12000元"), (B, "好的，春节前3台，节后再订"))
    assert quantities(terms) == [Decimal("3")]
    terms = chat((B, "发电机 报个价"), (S, "每台12000元"), (B, "样品没问题，然后2台先发"))
    assert quantities(terms) == [Decimal("2")]


def test_goods_named_with_logo_shade_or_pattern_and_steel_goods_are_counted():
    terms = chat((B, "we need 1000 logo lanyards, 20mm width"), (S, "USD 0.45/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("1000")]
    terms = chat((B, "we need 300 shade sails 3x3m"), (S, "USD 12/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("300")]
    terms = chat((B, "we need 430 steel drums, 200L open top"), (S, "USD 18.50/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("430")]


def test_figure_lists_that_are_no_prices_or_counts_of_the_goods_in_turn():
    towels = ((B, "towels and bath robes, price?"), (S, "towels USD 2.10/pc, bath robes USD 8.50/pc"))
    assert quantities(chat(*towels, (B, "ok, qty 2,500 each"))) != [Decimal("2"), Decimal("500")]
    terms = chat((B, "towels 3000 pcs, bath robes 800 pcs"), (S, "towels USD 2.10, bath robes USD 8.50"),
                 (B, "what is the price for qty 5000/10000?"))
    assert quantities(terms) == [Decimal("3000"), Decimal("800")]
    mats = ((B, "bath mats 1000 pcs and rugs 500 pcs"), (S, "bath mats USD 17.50, rugs USD 21"))
    assert prices(chat(*mats, (B, "ok. what is N.W./G.W. 18/20 kg per carton?"))) == [Decimal("17.50"), Decimal("21")]
    terms = chat((B, "bath mats 1000 pcs and rugs 500 pcs"), (S, "bath mats USD 11.80, rugs USD 15.50"),
                 (B, "ok deal. ETD 12/15 pls"))
    assert prices(terms)[1] == Decimal("15.50")  # (a date is no counter of the rugs)
    terms = chat((B, "running shoes 1000 pairs and hiking boots 500 pairs"), (S, "running shoes USD 38, hiking boots USD 42"),
                 (B, "ok, sizes 37/42 only"))
    assert prices(terms) == [Decimal("38"), Decimal("42")]


def test_one_chinese_name_inside_another_still_tells_two_goods_apart():
    terms = chat((B, "浴巾70x140 1500条，大浴巾90x180 800条"), (S, "70x140 每条18元，90x180 每条26元"), (B, "好"))
    assert quantities(terms) == [Decimal("1500"), Decimal("800")]
    assert prices(terms) == [Decimal("18"), Decimal("26")]


def test_a_price_carried_to_a_rule_of_the_same_kind_stays():
    terms = chat((B, "folding chairs 2000 pcs, price?"), (S, "EXW Foshan USD 12.00/pc"),
                 (B, "can we do FCA Foshan?"), (S, "ok FCA Foshan, same price"))
    assert prices(terms) == [Decimal("12.00")]


def test_a_weight_or_length_ordered_once_is_the_order_though_priced_by_the_piece():
    assert quantities(chat((B, "PP woven bags 3 tons, 50x80cm"), (S, "USD 0.12/pc"))) == [Decimal("3")]
    assert quantities(chat((B, "we need 5000 m of CAT6 cable"), (S, "USD 45/reel, 305m per reel"))) == [Decimal("5000")]
    assert quantities(chat((B, "we need 500 kg of glass beads 8mm"), (S, "USD 0.02/pc"))) == [Decimal("500")]


def test_a_price_before_an_emoji_and_the_condition_it_depends_on_is_conditional():
    terms = chat((B, "L-type brackets 5000 pcs, price?"), (S, "USD 0.95/pc"), (B, "too high"),
                 (S, "USD 0.88 😊 if you order 10000 pcs, we can do it"))
    assert prices(terms) == [Decimal("0.95")]


def test_days_answering_a_transit_question_or_a_condition_not_met_are_no_lead_time():
    terms = chat((B, "LED panels 2000 pcs, lead time?"), (S, "production 20 days after deposit"),
                 (B, "and how long to Hamburg by sea?"), (S, "about 30 days. Vessel every week from Ningbo"))
    assert lead(terms) == (20, 20)
    terms = chat((B, "LED panels 2000 pcs, lead time?"), (S, "35 days. we can do 25 days if deposit comes today"),
                 (B, "deposit next week, fine"))
    assert lead(terms) == (35, 35)


def test_names_opening_with_same_colour_or_style_keep_it():
    terms = chat((B, "同色毛巾 2000条，同色浴巾 500条"), (S, "好的"))
    assert [i.description for i in terms.line_items] == ["同色毛巾", "同色浴巾"]


# A second review, of the rules after the first one's fixes


def test_a_date_time_or_share_beside_the_deposit_is_no_fixed_deposit():
    base = ((B, "need 500 cushions"), (S, "USD 2.10/pc"), (S, "pls pay USD 2000 deposit, balance before shipment"))
    for said in ("ok, will pay deposit 15th this month", "ok deposit 20 Dec", "ok. deposit 25/11", "ok deposit 10am tomorrow",
                 "ok. deposit 24 hrs", "定金10号前付", "30 deposit 70 balance ok?"):
        assert chat(*base, (B, said), (S, "ok no problem")).payment.installments[0].fixed_amount_minor == 200000, said


def test_deliveries_or_specs_joined_by_and_before_each_are_no_goods():
    terms = chat((B, "need 10000 pcs M8 bolts"), (S, "USD 0.05/pc"), (B, "ok 0.05. ship in WK12 and WK14, each 5000 pcs"))
    assert len(terms.line_items) == 1
    terms = chat((B, "need 10000 pcs M8 bolts"), (S, "USD 0.05/pc"), (B, "send to DC1 and DC2, each 5000 pcs"))
    assert len(terms.line_items) == 1
    terms = chat((B, "Solar light 100W, IP65 & IP66 tested, each 500 pcs?"), (S, "USD 12/pc"))
    assert prices(terms) == [Decimal("12")]


def test_a_list_of_counts_per_carton_in_stock_or_in_a_first_batch_is_no_order():
    base = ((B, "Order: towels 1000 pcs, bathrobes 500 pcs"), (S, "towel USD 2.50, bathrobe USD 8.90"))
    for said in ("carton qty 50/20, carton size 60x40x40", "stock qty 300/200, rest 20 days", "装箱数量 50/20",
                 "第一批数量 600/300"):
        assert quantities(chat(*base, (S, said))) == [Decimal("1000"), Decimal("500")], said


def test_a_length_before_a_word_that_opens_with_a_pack_is_the_order():
    assert quantities(chat((B, "需要3000米卷帘布"), (S, "每米12元"))) == [Decimal("3000")]
    assert quantities(chat((B, "we need 3000 m drum packed cable"), (S, "USD 0.12/m"))) == [Decimal("3000")]


def test_only_said_of_a_detail_of_the_goods_keeps_every_line():
    base = ((B, "need 500 cushions and 1000 towels"), (S, "cushion USD 2.10, towel USD 1.20"))
    for said in ("only the cushions need logo", "only the price of the cushion is high, can do 1.90?"):
        assert len(chat(*base, (B, said)).line_items) == 2, said
    terms = chat((B, "抱枕500个，毛巾1000条"), (S, "抱枕每个2.1元，毛巾每条1.2元"), (B, "只要抱枕便宜一点就行"))
    assert len(terms.line_items) == 2


def test_a_count_after_as_above_or_from_beside_a_version_is_the_order():
    terms = chat((B, "Towels 70x140 white, same as above 2000 pcs"), (S, "USD 2.30/pc"))
    assert quantities(terms) == [Decimal("2000")]
    terms = chat((B, "V2.0 power bank, qty from 500 pcs to start"), (S, "USD 6.50/pc"))
    assert quantities(terms) == [Decimal("500")]


def test_a_past_price_list_is_no_counter():
    terms = chat((B, "towels 1000 pcs, bathrobes 500 pcs"), (S, "towel USD 2.50, bathrobe USD 8.90"),
                 (B, "last order we paid 2.30/8.20"))
    assert prices(terms) == [Decimal("2.50"), Decimal("8.90")]
