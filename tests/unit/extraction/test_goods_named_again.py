"""Goods named again in other words later in the chat are the same line item, not new ones;
each case with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities

_SHOCKS = (S, "Front shock absorber USD 21.50/set\nRear shock absorber USD 18.70/set\n"
              "Strut mount USD 6.40/set")


def test_a_leading_word_names_the_one_goods_it_opens():
    terms = chat(_SHOCKS, (B, "ok. 300 sets front, 300 sets rear, 200 sets strut mount"))
    assert quantities(terms) == [Decimal(300), Decimal(300), Decimal(200)]
    assert prices(terms) == [Decimal("21.50"), Decimal("18.70"), Decimal("6.40")]


def test_a_leading_word_two_goods_open_names_neither():
    terms = chat((S, "bath towels USD 3.10/pc, bath mats USD 4.20/pc"), (B, "ok, 500 pcs bath"))
    # "bath" stays goods of its own: neither priced line takes the 500
    assert [i.quantity for i in terms.line_items if i.unit_price is not None] == [None, None]


def test_goods_listed_together_stay_apart_though_one_name_opens_the_other():
    terms = chat((B, "repeat order: MCB 1P 16A C curve - 10,000 pcs, MCB 2P 32A - 4,000 pcs"),
                 (S, "ok"))
    assert quantities(terms) == [Decimal(10000), Decimal(4000)]


def test_a_numbered_price_list_names_each_line_by_its_opening_words():
    terms = chat((S, "Price list CNF Jebel Ali:\n1. slant tweezers, stainless, logo laser – USD 0.48/pc\n"
                     "2. eyebrow razors 3pcs/card – USD 0.21/card\n3. glass nail files with case – USD 0.56/pc"),
                 (B, "ok"))
    assert [(i.description, i.unit_price) for i in terms.line_items] == [
        ("slant tweezers", Decimal("0.48")), ("eyebrow razors", Decimal("0.21")),
        ("glass nail files with case", Decimal("0.56"))]
    assert quantities(terms) == [None, None, None]  # 3 pcs a card is the card, no order


def test_a_list_line_of_a_rule_or_a_price_word_names_no_goods():
    terms = chat((B, "12W防眩LED筒灯，要10000个，麻烦报个价"),
                 (S, "两种报价参考：\n1. FOB中山 2.35美金/个\n2. CIF迪拜 2.58美金/个"))
    assert len(terms.line_items) == 1 and terms.line_items[0].quantity == 10000


def test_model_codes_opening_list_lines_stay_whole():
    terms = chat((B, "our order:\n1. HOB-300 hang on back filter – 4,000 pcs @ USD 6.20\n"
                     "2. CF-1200 canister filter – 800 pcs @ USD 27.50"), (S, "confirmed"))
    assert [i.description for i in terms.line_items] == ["HOB-300 hang on back filter", "CF-1200 canister filter"]


def test_one_name_in_a_list_of_prices_labels_only_its_own_line():
    terms = chat((S, "our prices:\n1. 三通猫隧道 4.20美金/个\n2. 0.75美金/支"), (B, "好"))
    assert Decimal("0.75") not in prices(terms)  # the tunnel's price is no longer 0.75's too


def test_one_name_labels_a_block_with_one_price():
    terms = chat((S, "Product: bamboo trays\nQty: 2000 pcs\nPrice: USD 1.85/pc FOB Xiamen"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal(2000)], [Decimal("1.85")])


def test_parts_counted_in_the_description_are_no_order():
    terms = chat((S, "羽毛逗猫棒，伸缩杆，带2个替换头，0.75美金/支"), (B, "逗猫棒要2000支"))
    assert quantities(terms) == [Decimal(2000)]
    terms = chat((B, "沙滩玩具6件套（桶+铲+耙+3个模具）要1000套"), (S, "12.5元/套"))
    assert quantities(terms) == [Decimal(1000)]


def test_a_large_count_with_its_parts_word_is_still_the_order():
    terms = chat((B, "带logo的 with 5000 pcs order, what price?"), (S, "USD 0.80/pc"))
    assert quantities(terms) == [Decimal(5000)]


def test_goods_listed_after_a_buying_verb_are_named_in_that_order():
    terms = chat((B, "For our project we need: solid pine bunk beds BB-09, 2-drawer nightstands NS-02, "
                     "and 2-door wardrobes WD-2 in white oak finish"),
                 (B, "bunk 120 sets, NS-02 240pcs"),
                 (S, "FOB Nansha prices: BB-09 USD 138/set, NS-02 USD 29.50/pc, WD-2 USD 96/pc"), (B, "ok"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("solid pine bunk beds BB-09", Decimal(120), Decimal(138)),
        ("2-drawer nightstands NS-02", Decimal(240), Decimal("29.50")),
        ("2-door wardrobes WD-2", None, Decimal(96))]


def test_a_spec_after_a_comma_is_no_second_goods():
    terms = chat((B, "Ready to order the foldable storage bins, linen look, grey, 33x33x33cm"),
                 (S, "USD 1.85/pc FOB Ningbo"), (B, "2000 pcs at 1.85"), (S, "ok confirmed"))
    assert (quantities(terms), prices(terms)) == ([Decimal(2000)], [Decimal("1.85")])


def test_line_items_follow_the_order_the_chat_first_names_the_goods():
    terms = chat((B, "Hi 老板, linen table runners 33x180cm, natural colour 有吗？还有 placemats 4个一套的"),
                 (S, "table runner 33x180 棉麻 12.5元/条, placemats 4pcs/set 18元/套, 出厂价"),
                 (B, "runner 800条, placemats 500套. 可以便宜吗"), (S, "runner 12元, placemats 17.5"), (B, "ok deal"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal(800), Decimal(12)), (Decimal(500), Decimal("17.5"))]
    terms = chat((B, "您好，想詢問淡水珍珠耳環跟珍珠項鍊"), (S, "珍珠項鍊 一條NT$180，珍珠耳環 一對NT$65"),
                 (B, "項鍊150條，耳環要300對"), (S, "好"))
    assert quantities(terms) == [Decimal(300), Decimal(150)]


def test_a_figure_after_a_name_near_that_goods_price_is_its_counter():
    terms = chat(_SHOCKS, (B, "300 sets front, 300 sets rear, 200 sets strut mount"),
                 (S, "add 0.30 per set for trucking: front 21.80, rear 19.00, strut mount 6.70"), (B, "ok"))
    assert prices(terms) == [Decimal("21.80"), Decimal("19.00"), Decimal("6.70")]


def test_a_figure_after_a_name_far_from_its_price_is_no_price():
    terms = chat(_SHOCKS, (B, "ok. front 300, rear 300, strut mount 200"))
    assert prices(terms) == [Decimal("21.50"), Decimal("18.70"), Decimal("6.40")]


def test_pairs_counted_in_dui_and_a_yes_dui_is_no_count():
    terms = chat((S, "后脚踏每对2.15美金"), (B, "要1000对"))
    assert (quantities(terms), terms.line_items[0].unit) == ([Decimal(1000)], "pairs")
    assert terms.line_items[0].description == "后脚踏"
    terms = chat((S, "排气管每条9.6美金, 要800条吗"), (B, "800对吗? 对的"))
    assert quantities(terms) == [Decimal(800)]


def test_chinese_goods_named_before_a_comma_then_counted():
    terms = chat((B, "你好，载玻片7101磨砂边，要2000盒；盖玻片22x22要1500盒。DAP阿拉木图报价"), (S, "好的"))
    assert [(i.description, i.quantity) for i in terms.line_items] == [
        ("载玻片7101磨砂边", Decimal(2000)), ("盖玻片22x22", Decimal(1500))]


def test_a_spec_before_the_comma_names_no_goods():
    terms = chat((B, "你好 sandwich maker 三明治机 2片装 750W, 英规插头, 要 1.2k 台"), (S, "单价 USD 5.60 出厂"))
    assert all(i.description != "英规插头" for i in terms.line_items)


def test_a_chinese_name_said_again_in_other_order_is_the_same_goods():
    terms = chat((B, "你好，铝质磁吸口红管，要1万支，印logo，多少钱？"), (S, "磁吸铝口红管1万支每支2.6元，含单色丝印logo，出厂价。"),
                 (B, "可以"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(Decimal(10000), Decimal("2.6"))]


def test_chinese_names_told_apart_by_a_number_stay_apart():
    terms = chat((S, "六门更衣柜出厂价每个420元"), (S, "九门更衣柜出厂价每个530元"), (B, "好"))
    assert prices(terms) == [Decimal(420), Decimal(530)]


def test_a_locker_is_goods_and_a_container_is_not():
    terms = chat((S, "0.6厚冷轧板，六门更衣柜出厂价每个420元"), (B, "六门更衣柜要80个"), (B, "好"))
    assert (terms.line_items[0].description, quantities(terms)) == ("六门更衣柜", [Decimal(80)])


def test_a_sample_fee_including_its_courier_is_no_price_of_the_goods():
    terms = chat((B, "Looking for latex-free makeup powder puffs, teardrop shape, 4cm. Can I get samples first?"),
                 (S, "Sample 30 pcs (15 each colour), sample fee incl. DHL USD 25 by PayPal. Sample ready in 3 days."),
                 (B, "ok sending paypal now"), (B, "Bulk: 10,000 pcs, 5000 per colour. price?"),
                 (S, "USD 0.18/pc FOB Shanghai, OPP bag 1 pc per bag"), (B, "0.16?"), (S, "0.17 ok, last"),
                 (B, "ok 0.17."))
    assert (quantities(terms), prices(terms)) == ([Decimal(10000)], [Decimal("0.17")])


def test_a_price_per_thousand_pieces_is_no_unit_price():
    terms = chat((S, "三层压边卸妆棉，散装每千片48元，出厂价"), (B, "要20万片"), (S, "好"))
    assert (quantities(terms), prices(terms), terms.currency.code) == ([Decimal(200000)], [None], "CNY")
    terms = chat((S, "stainless screws ST4.2x16 USD 5.8 per 1000pcs FOB Ningbo"), (B, "ok, 2 million pcs"))
    assert prices(terms) == [None]
    terms = chat((S, "USD 5.8 per pc, 1000 pcs per carton"), (B, "ok"))
    assert prices(terms) == [Decimal("5.8")]


def test_what_one_pad_holds_and_what_comes_free_are_no_order():
    terms = chat((S, "Sticky notes 76x76mm 100 sheets/pad: USD 0.38/pad"), (B, "2000 pads please"))
    assert quantities(terms) == [Decimal(2000)]
    terms = chat((B, "price for 800 sets?"), (S, "USD 2.35/set. We can add 20 sets free for any damage"),
                 (B, "ok fine"))
    assert quantities(terms) == [Decimal(800)]


def test_a_longer_name_with_the_head_noun_of_goods_named_before_is_those_goods():
    terms = chat((B, "please quote luggage racks, 200 pcs"),
                 (S, "Foldable luggage rack LR-08 beech wood: USD 21.00/pc"), (B, "ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(Decimal(200), Decimal("21.00"))]


def test_a_whole_number_after_a_name_is_its_count_unless_near_its_price():
    terms = chat((S, "in-room safe USD 46.50/pc, luggage rack USD 21/pc"),
                 (B, "safes 180, luggage racks 200 (some spare)"), (S, "ok"))
    assert quantities(terms) == [Decimal(180), Decimal(200)]
    terms = chat((S, "in-room safe USD 46.50/pc, luggage rack USD 21/pc"), (B, "safes 45 and racks 20 ok?"))
    assert quantities(terms) == [None, None]


def test_goods_taken_out_of_the_order_have_no_line():
    terms = chat((S, "ignition coil USD 6.80/pc, fuel pump USD 21.50/pc"), (B, "coil 1000pcs, fuel pump 300pcs"),
                 (B, "and tie rod end 45046-09510 how much"), (S, "tie rod end USD 3.90/pc"), (B, "ok add 400pcs tie rod"),
                 (B, "Sorry my partner say we already have tie rod ends from our Taiwan supplier, remove tie rods "
                     "from order. just coil and fuel pump"), (S, "ok"))
    assert [i.description for i in terms.line_items] == ["ignition coil", "fuel pump"]
    terms = chat((S, "1. slant tweezers – USD 0.48/pc\n2. glass nail files – USD 0.56/pc"),
                 (B, "Nail files not this time, maybe next order. Tweezers 5000 pcs"), (S, "ok"))
    assert [i.description for i in terms.line_items] == ["slant tweezers"]


def test_goods_taken_out_and_counted_again_are_back_in_the_order():
    terms = chat((S, "tweezers USD 0.48/pc, nail files USD 0.56/pc"), (B, "nail files not this time"),
                 (B, "sorry, boss says add nail files 2000 pcs"), (S, "ok"))
    assert [(i.description, i.quantity) for i in terms.line_items][-1] == ("nail files", Decimal(2000))


def test_removing_a_part_of_the_packing_keeps_the_goods():
    terms = chat((S, "hoodies USD 8.50/pc, caps USD 2.10/pc"), (B, "500 hoodies and 300 caps. pls remove the logo tag"),
                 (S, "ok"))
    assert len(terms.line_items) == 2


def test_talk_around_a_figure_names_no_goods():
    terms = chat((B, "L形實木書擋 要400對"), (S, "每對HK$28"), (B, "咁就28啦"), (S, "好"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(Decimal(400), Decimal(28))]
    terms = chat((B, "BT-45 床头柜 300 pcs"), (S, "BT-45 USD 22.8"), (B, "BT-45 can 21 吗? 300 pcs leh"), (S, "21.5 ok la"),
                 (B, "ok deal"))
    assert len(terms.line_items) == 1


def test_goods_added_later_and_priced_by_their_size():
    terms = chat((B, "salad spinner 3L with pump handle, 2500 pcs"), (S, "3L pump salad spinner USD 2.55/pc EXW Jieyang"),
                 (B, "ok"), (B, "Also add your 5L big salad spinner, 800 pcs. price?"), (S, "5L is USD 3.90 EXW"),
                 (B, "3.90 ok"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal(2500), Decimal("2.55")), (Decimal(800), Decimal("3.90"))]


def test_ratings_in_amperes_tell_goods_apart():
    terms = chat((B, "need MPPT charge controllers 12/24V 40A 500 pcs and 60A 300 pcs. also PWM 30A 1000 pcs."),
                 (S, "MPPT 40A USD 18.60, MPPT 60A USD 26.40, PWM 30A USD 3.95. FCA Shenzhen."),
                 (B, "MPPT 40A 17.50 and 60A 25?"), (S, "40A 18.00, 60A 25.80 final"), (B, "ok accept"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal(500), Decimal("18.00")), (Decimal(300), Decimal("25.80")), (Decimal(1000), Decimal("3.95"))]


def test_a_list_of_three_counted_goods_counts_each():
    terms = chat((B, "quote for PV mounting: 3000 stainless roof hooks, 1500 aluminium rails 4.2m, 4000 mid clamps, "
                     "1600 end clamps. CFR Durban"), (S, "ok"))
    assert quantities(terms) == [Decimal(3000), Decimal(1500), Decimal(4000), Decimal(1600)]


def test_two_counts_with_words_after_them_are_no_list():
    terms = chat((S, "USD 2.10/pc"), (B, "we sold 300 pieces last year, 200 more this year"), (B, "ok"))
    assert quantities(terms) == [None]


def test_a_price_list_with_its_currency_written_once():
    terms = chat((B, "quote for PV mounting: 3000 stainless roof hooks, 1500 aluminium rails 4.2m, 4000 mid clamps, "
                     "1600 end clamps. CFR Durban"),
                 (S, "CFR Durban: roof hook SS304 USD 1.85, rail 4.2m USD 9.60, mid clamp 0.42, end clamp 0.38"),
                 (B, "rails price high. last year was 8.90"), (S, "alu ingot price is higher now, 9.30 best"),
                 (B, "ok 9.30. rest fine."))
    assert prices(terms) == [Decimal("1.85"), Decimal("9.30"), Decimal("0.42"), Decimal("0.38")]


def test_a_decimal_after_a_name_in_a_message_with_no_price_is_no_price():
    terms = chat((B, "need hinges and slides"), (B, "hinges 0.42, slides 2.85 is what we paid"), (S, "let me check"))
    assert all(p is None for p in prices(terms))  # no currency said in it: no price list


def test_a_chinese_name_before_its_size_and_pack():
    terms = chat((S, "FOB Jiangmen: 米粉 400g x 30包/箱 USD 13.20/ctn; 生抽 500ml x 12瓶 USD 9.60/ctn"),
                 (B, "ok. 米粉 600 ctns, 生抽 800 ctns"), (S, "ok noted"))
    assert [(i.description, i.quantity, i.unit_price) for i in terms.line_items] == [
        ("米粉", Decimal(600), Decimal("13.20")), ("生抽", Decimal(800), Decimal("9.60"))]


def test_a_table_priced_per_piece_names_each_row_by_its_first_cell():
    terms = chat((S, "Hi Kemal!\n| 型号 | qty | USD/pc |\n| PC8-02 | 5000 | 0.21 |\n| PL8-02 | 5000 | 0.26 |\nEXW Yuyao"),
                 (B, "ok prices fine"))
    assert [(i.description, i.quantity, i.unit_price, i.currency) for i in terms.line_items] == [
        ("PC8-02", Decimal(5000), Decimal("0.21"), "USD"), ("PL8-02", Decimal(5000), Decimal("0.26"), "USD")]


def test_a_greeting_before_a_comma_is_no_part_of_the_name():
    terms = chat((B, "CJX2-1810交流接触器 3000个，CJX2-3210交流接触器 1500个，FOB温州报一下"),
                 (S, "黄先生好，CJX2-1810 3.20美金/个，CJX2-3210 5.60美金/个，FOB温州"), (B, "好的。价格就按这个，下单"))
    assert all("先生" not in i.description for i in terms.line_items)
    assert [i.unit_price for i in terms.line_items] == [Decimal("3.20"), Decimal("5.60")]


def test_the_thousand_a_price_is_for_is_no_count():
    terms = chat((B, "4.0x10的铝铁抽芯铆钉，要50万个，什么价"), (S, "出厂价每千个28元"), (B, "27吧，量大"),
                 (S, "好吧，27块一千个，不能再低了"), (B, "行"))
    assert (quantities(terms), prices(terms)) == ([Decimal(500000)], [None])


def test_removing_it_from_the_goods_is_no_drop_of_the_goods():
    terms = chat((S, "hoodies USD 8.50/pc, caps USD 2.10/pc"), (B, "500 hoodies and 300 caps"),
                 (B, "the hoodies have a neck tag, pls remove it"), (S, "ok"))
    assert [i.description for i in terms.line_items] == ["hoodies", "caps"]
    terms = chat((S, "hoodies USD 8.50/pc, caps USD 2.10/pc, folders USD 6.20/pc"), (B, "500 hoodies and 300 caps"),
                 (B, "For the folders, the designer supplies her own, so remove them from your list"), (S, "ok"))
    assert [i.description for i in terms.line_items] == ["hoodies", "caps"]
