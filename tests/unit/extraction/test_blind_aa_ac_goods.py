"""Counts and prices of several goods named by a word, a size, a model code or a Chinese name and
its English gloss, read from blind sets aa, ab and ac (a few cases quote a chat's phrasing); each
case with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_a_qty_list_closing_its_sentence_counts_each_goods():
    terms = chat((B, "we need kraft paper bowl 750ml and kraft lid 150mm. Qty 40,000 bowls and 40,000 lids. "
                     "Pls quote FOB Xiamen"),
                 (S, "kraft paper bowl 750ml: USD 0.041/pc, kraft lid 150mm: USD 0.018/pc, FOB Xiamen"))
    assert quantities(terms) == [Decimal(40000), Decimal(40000)]
    assert prices(terms) == [Decimal("0.041"), Decimal("0.018")]


def test_a_qty_list_of_measures_counts_no_goods():
    terms = chat((B, "bamboo skewers, qty 20 cartons and 30 bags. price?"), (S, "USD 0.90/bag FOB Ningbo"))
    assert [i.description for i in terms.line_items if i.description] != ["cartons", "bags"]


def test_a_size_and_a_word_after_the_name_before_its_price():
    terms = chat((B, "foam plate 9 inch and foam bowl 12oz, 50k each?"),
                 (S, "foam plate 9 inch round: USD 0.021/pc, foam bowl 12oz square: USD 0.019/pc"))
    assert prices(terms) == [Decimal("0.021"), Decimal("0.019")]


def test_thousands_written_with_k_before_goods_named_earlier():
    terms = chat((B, "Qty 60,000 cups and 60,000 lids. price FOB?"),
                 (S, "cups USD 0.03/pc, lids USD 0.012/pc FOB Ningbo"),
                 (B, "ok, make it 80k cups and 80k lids"), (S, "ok"))
    assert quantities(terms) == [Decimal(80000), Decimal(80000)]
    # a figure with k that is a spec, not a count, stays out
    terms = chat((S, "4k webcams USD 18.50/pc FOB Shenzhen, 500 pcs"), (B, "ok 500 webcams"))
    assert quantities(terms) == [Decimal(500)]


def test_a_head_noun_going_on_names_other_goods():
    terms = chat((B, "interested in your beeswax wraps and the wax wrap storage boxes"),
                 (S, "beeswax wrap USD 1.10/pc, wrap storage box USD 2.60/pc FOB Ningbo"),
                 (B, "first order: 3000 wrap and 500 wrap boxes"), (S, "ok"))
    assert quantities(terms) == [Decimal(3000), Decimal(500)]
    # the head noun then a word that names nothing is still that goods' count
    terms = chat((S, "ceramic mugs USD 1.35/pc FOB Xiamen"), (B, "ok, 3000 mugs please"))
    assert quantities(terms) == [Decimal(3000)]


def test_a_model_code_written_with_its_goods_words_names_them_both_ways():
    terms = chat((B, "need a yoga wheel and resistance bands"),
                 (S, "Our YW-32 wheel fits. Bands set RB-5 is 5 levels. Qty?"),
                 (S, "FOB Ningbo: YW-32 USD 6.40/pc, RB-5 USD 2.10/set"),
                 (B, "can you do wheel 6.00 and bands 2.00?"), (S, "ok wheel 6.00, bands 2.00"),
                 (B, "PO: 800 YW-32 @6.00 + 1200 RB-5 @2.00"), (S, "confirmed"))
    assert prices(terms) == [Decimal("6.00"), Decimal("2.00")]
    assert quantities(terms) == [Decimal(800), Decimal(1200)]


def test_contractions_name_no_goods():
    terms = chat((S, "collapsible water bottle USD 1.95/pc FOB Ningbo"), (B, "ok, 2000 pcs"),
                 (B, "we'll bundle 2 sets with the bags"))
    assert [i.description for i in terms.line_items] == ["collapsible water bottle"]


def test_a_price_list_of_a_line_each_prices_the_goods_opening_each_line():
    terms = chat((B, "pls quote the garden hose HX-15 and spray nozzle SN-8, 2000 each"),
                 (S, "HX-15 expandable garden hose, 15m, green: USD 4.85/pc\n"
                     "SN-8 spray nozzle, 8 patterns, blister: USD 0.92/pc\nFOB Ningbo"),
                 (B, "ok agreed, 2000 HX-15 + 1500 SN-8"))
    assert prices(terms) == [Decimal("4.85"), Decimal("0.92")]
    assert quantities(terms) == [Decimal(2000), Decimal(1500)]
    # options offered line by line are no goods: "A) FOB Shanghai USD 0.32"
    terms = chat((B, "car wash sponge, 10000 pcs"),
                 (S, "A) FOB Shanghai USD 0.32/pc\nB) CIF Rotterdam USD 0.39/pc\nwhich one you prefer?"))
    assert len(terms.line_items) == 1 and "FOB" not in terms.line_items[0].description


def test_two_model_codes_of_goods_asked_for_by_their_words_are_two_lines():
    terms = chat((B, "need the cable glands again, the PG-9 five thousand and the PG-16 two thousand"),
                 (S, "PG-9 nylon cable gland – USD 0.041/pc\nPG-16 nylon cable gland – USD 0.069/pc"),
                 (B, "ok both prices fine"))
    assert prices(terms) == [Decimal("0.041"), Decimal("0.069")]


def test_a_condition_on_the_count_already_ordered_is_no_hypothetical():
    terms = chat((B, "kraft tissue 5000 sheets and gift boxes 2000 pcs"),
                 (S, "tissue USD 0.06/sheet, gift box USD 0.90/pc"), (B, "tissue 0.05?"),
                 (S, "ok 0.05 if 5000 sheets"), (S, "GB-1 2000, tissue 5000. correct?"), (B, "correct"))
    assert quantities(terms) == [Decimal(5000), Decimal(2000)]
    # a count first said under the condition stays a hypothetical
    terms = chat((S, "tissue USD 0.06/sheet FOB Xiamen"), (B, "and if we take 20000 sheets?"),
                 (S, "for 20000 sheets 0.05"), (B, "let me think"))
    assert (quantities(terms), prices(terms)) == ([None], [Decimal("0.06")])


def test_a_code_ending_in_a_letter_is_no_plural():
    terms = chat((S, "BC-S USD 6.20/pc, BC-L USD 15.80/pc FOB Xiamen"), (B, "ok BC-S 500, BC-L 250"), (S, "ok"))
    assert [i.description for i in terms.line_items] == ["BC-S", "BC-L"]
    assert quantities(terms) == [Decimal(500), Decimal(250)]


def test_a_table_without_outer_bars():
    terms = chat((B, "pls quote hose nozzles and hose connectors"),
                 (S, "Item | Qty | USD/pc\nHN-7 | 2000 | 1.35\nHC-12 | 5000 | 0.28\nFOB Ningbo, 25 days"),
                 (B, "ok confirmed"))
    assert (quantities(terms), prices(terms)) == ([Decimal(2000), Decimal(5000)], [Decimal("1.35"), Decimal("0.28")])
    assert terms.currency.code == "USD"
    # bars in a line of talk make no table: no header names a count or a price column
    terms = chat((S, "FOB Ningbo | 30% deposit | 25 days"), (B, "ok"))
    assert terms.line_items == [] or quantities(terms) == [None]


def test_the_head_word_of_goods_written_with_their_code_names_that_code():
    terms = chat((S, "anvil loppers LP-30 USD 7.40/pc, hedge shears HS-12 USD 5.10/pc FOB Ningbo"),
                 (B, "loppers 7.00?"), (S, "ok 7.00 for loppers"))
    assert prices(terms) == [Decimal("7.00"), Decimal("5.10")]


def test_a_circled_list_of_chinese_names_with_codes():
    terms = chat((B, "您好，需要以下貨品，FOB廈門報價：\n① 折疊花盆 FP-20 2000個\n② 澆水壺 WC-5 1500個"),
                 (S, "報價如下：\n① FP-20 US$1.85\n② WC-5 US$2.40"), (B, "澆水壺 2.30 可以嗎？"),
                 (S, "2.30 可以"), (B, "好的，成交"))
    assert quantities(terms) == [Decimal(2000), Decimal(1500)]
    assert prices(terms) == [Decimal("1.85"), Decimal("2.30")]
    # a plain line opening with a small count is no list number
    terms = chat((S, "bird feeder BF-2 USD 3.10/pc FOB Xiamen"), (B, "ok\n2 BF-2 samples first pls"))
    assert quantities(terms) != [Decimal(1)]


def test_lengths_in_feet_tell_goods_apart_and_a_plus_on_the_next_line_is_no_threshold():
    terms = chat((B, "garden hose:\n25ft – 3000 pcs\n50ft – 2000 pcs\n+ hose hanger – 5000 pcs\nFOB Ningbo pls"),
                 (S, "25ft USD 4.10\n50ft USD 6.90\nFOB Ningbo"), (B, "ok confirmed"))
    assert quantities(terms)[:2] == [Decimal(3000), Decimal(2000)]
    assert prices(terms)[:2] == [Decimal("4.10"), Decimal("6.90")]
    # "3000 pcs+" on its line is still a tier
    terms = chat((S, "hose reel USD 12.50/pc for 500 pcs+, FOB Ningbo"), (B, "ok"))
    assert quantities(terms) == [None]


def test_goods_named_with_a_size_then_their_spec_are_those_goods_priced_by_name_and_size():
    terms = chat((B, "we need: table cloths 150x250 white polyester, and napkins 45x45 hemmed"),
                 (B, "table cloths 1200, napkins 6000"),
                 (S, "CIF Dammam:\ntable cloth 150x250 – USD 3.40\nnapkin 45x45 – USD 0.38"), (B, "ok agreed"))
    assert quantities(terms) == [Decimal(1200), Decimal(6000)]
    assert prices(terms) == [Decimal("3.40"), Decimal("0.38")]
    # ratings that tell goods apart stay in the name: "MCB 1P 16A" and "MCB 2P 32A" are two goods
    terms = chat((B, "MCB 1P 16A C curve - 10,000 pcs, MCB 2P 32A - 4,000 pcs"),
                 (S, "1P 16A USD 1.08, 2P 32A USD 2.34 CIF Aqaba"), (B, "ok"))
    assert len(terms.line_items) != 1


def test_goods_said_to_be_out_leave_the_order():
    terms = chat((S, "gift box USD 0.40/pc, satin ribbon USD 0.80/roll FOB Ningbo"), (B, "ok"),
                 (B, "sorry, the ribbon is out, the client changed the design. we ship the gift boxes out by sea"))
    assert [i.description for i in terms.line_items] == ["gift box"]
    # "out of stock" takes nothing out of the order
    terms = chat((S, "gift box USD 0.40/pc, satin ribbon USD 0.80/roll FOB Ningbo"), (B, "ok"),
                 (S, "the ribbon is out of stock this week, ready next week"))
    assert len(terms.line_items) == 2


def test_rolls_of_goods_named_before_count_those_goods():
    terms = chat((S, "gift box USD 0.40/pc, satin ribbon USD 0.80/roll FOB Ningbo"), (B, "ok, 200 ribbon rolls"))
    assert quantities(terms) == [None, Decimal(200)]


def test_a_yarn_count_is_no_order():
    terms = chat((B, "要全棉床单 1000条"), (S, "床单是40支全棉的，每条45元"), (B, "好的"))
    assert quantities(terms) == [Decimal(1000)]
    assert [i.description for i in terms.line_items] == ["全棉床单"]


def test_a_price_per_dozen_for_pieces_counted_is_no_unit_price():
    terms = chat((B, "latex garden gloves, 24000 pairs, FOB Qingdao?"),
                 (S, "FOB Qingdao USD 4.90 per dozen pairs"), (B, "ok go"))
    assert (quantities(terms), prices(terms)) == ([Decimal(24000)], [None])
    assert any(f.code == "PRICE_UNIT_DIFFERS" for f in terms.findings)
    # counted in dozens, the price per dozen is the unit price
    terms = chat((B, "羊毛毡帽，要300打"), (S, "每打38美金，FOB上海"), (B, "38可以"))
    assert prices(terms) == [Decimal(38)]


def test_a_list_of_names_with_codes_and_dashed_counts():
    terms = chat((B, "pls quote FOB Shanghai:\ncotton rope toy RT-3 – 5000pcs\nsqueaky vinyl toy VS-10 – 8000pcs"),
                 (S, "FOB Shanghai:\nRT-3 $0.68\nVS-10 $0.49"), (B, "ok deal"))
    assert quantities(terms) == [Decimal(5000), Decimal(8000)]
    assert prices(terms) == [Decimal("0.68"), Decimal("0.49")]
    # a count range is still a range: "3000 – 5000pcs" orders nothing
    terms = chat((B, "squeaky toy, 3000 – 5000pcs, price?"), (S, "USD 0.49/pc FOB Shanghai"))
    assert quantities(terms) == [None]


def test_lines_named_by_a_size_letter_keep_the_order_they_were_quoted_in():
    terms = chat((B, "macrame wall hangings, 3 sizes, CIF Melbourne?"),
                 (S, "S 30x45cm – USD 4.50\nM 50x70cm – USD 7.20\nL 70x100cm – USD 11.80"),
                 (B, "ok good"))
    assert prices(terms) == [Decimal("4.50"), Decimal("7.20"), Decimal("11.80")]


def test_a_chinese_name_glossed_in_english_is_one_goods():
    terms = chat((B, "荷兰绒 Holland velvet for sofa, and suede 麂皮绒 for cushions"),
                 (S, "荷兰绒 USD 1.85/m, 麂皮绒 USD 1.40/m, FOB Ningbo"),
                 (B, "velvet 8000m, suede 3000m. velvet 1.75 ok?"), (S, "ok 1.75"))
    assert quantities(terms) == [Decimal(8000), Decimal(3000)]
    assert prices(terms) == [Decimal("1.75"), Decimal("1.40")]


def test_colours_name_no_goods():
    terms = chat((B, "linen fabric 150cm, colours sage and oatmeal. bulk: sage 600m, oatmeal 600m. price?"),
                 (S, "USD 6.80/m both colours, FCA Hangzhou"), (B, "ok"))
    assert len(terms.line_items) == 1 and prices(terms) == [Decimal("6.80")]


def test_a_price_list_of_chinese_names_and_their_short_forms():
    terms = chat((S, "报价 USD, FOB Shanghai:\n华夫格浴袍 M/L same price 9.80/pc\n纯棉浴巾 70x140 500g 3.30/pc"),
                 (S, "CIF Benoa: 浴袍 10.20, 浴巾 3.45"), (B, "浴袍 9.80 CIF and deal"), (S, "ok 9.80"))
    assert prices(terms) == [Decimal("9.80"), Decimal("3.45")]


def test_the_thousand_a_price_is_for_is_no_count():
    terms = chat((B, "纸托 要50万个，怎么卖"), (S, "每千个28元"), (B, "26一千个行不？"), (S, "27一千个，不能再少了"), (B, "行 27"))
    assert quantities(terms) == [Decimal(500000)]
    terms = chat((S, "lancets USD 11.50 per 1000pcs FCA Shanghai"), (B, "11 per thousand?"), (S, "ok 11.00/1000pcs for 1M"))
    assert all(p is None for p in prices(terms))


def test_an_emoji_ends_talk_before_a_name_and_a_code_in_brackets_names_its_goods():
    terms = chat((B, "hi, need the metal yo-yo (Y-201) and wooden kendama (K-18). FOB Ningbo?"),
                 (S, "Hi Ben 😊 Y-201 metal yo-yo USD 1.15/pc, K-18 beech kendama USD 1.90/pc, FOB Ningbo"),
                 (B, "kendama 1.80?"), (S, "ok 1.80 for kendama"))
    assert prices(terms) == [Decimal("1.15"), Decimal("1.80")]
    # a name after a comma that opens with "the" is no qualifier of the word before the comma
    terms = chat((S, "Welcome Lily 👋 Paolo, the UHF walkie-talkies USD 14.20/unit FOB Xiamen"))
    assert "Paolo" not in terms.line_items[0].description


def test_a_bare_counter_said_for_named_goods_is_theirs():
    # the figure is nearer the yo-yo's price, but said for the kendama
    terms = chat((S, "Y-201 yo-yo USD 1.15/pc, K-18 kendama USD 1.90/pc, FOB Ningbo"), (B, "kendama too high"),
                 (S, "ok, new price 1.40 for K-18"), (B, "ok deal"))
    assert prices(terms) == [Decimal("1.15"), Decimal("1.40")]


def test_counts_said_by_words_written_beside_model_codes_before_any_price():
    terms = chat((B, "need the metal yo-yo (Y-201) and wooden kendama (K-18). 5000 yo-yos, 2000 kendamas. FOB?"),
                 (S, "Y-201 metal yo-yo USD 1.15/pc, K-18 beech kendama USD 1.90/pc, FOB Ningbo"), (B, "ok both"))
    assert quantities(terms) == [Decimal(5000), Decimal(2000)]
    # a count per so many goods is a ratio, no order
    terms = chat((S, "in-room safe USD 46.50/pc CIF Colombo"), (B, "ok 180 safes"),
                 (S, "1 reader free per 20 safes"))
    assert quantities(terms) == [Decimal(180)]


def test_chinese_counts_in_ten_thousands_and_names_before_their_sizes():
    terms = chat((B, "牛皮纸手提袋 印logo 大号1万 小号1.5万 多少钱"), (S, "大号0.78元 小号0.52元 一个"), (B, "行"))
    assert quantities(terms) == [Decimal(10000), Decimal(15000)]
    assert str(quantities(terms)[1]) == "15000"  # not 15000.0 in the contract
    assert prices(terms) == [Decimal("0.78"), Decimal("0.52")]
    terms = chat((S, "浴巾70x140 600克 32元一条，地巾50x80 22元一条"), (B, "可以，浴巾3000条 地巾1500条"))
    assert quantities(terms) == [Decimal(3000), Decimal(1500)]
    assert prices(terms) == [Decimal(32), Decimal(22)]
    # money in ten thousands is no count
    terms = chat((S, "定金1万元，尾款发货前付清"), (B, "好"))
    assert terms.line_items == [] or quantities(terms) == [None]


def test_a_model_codes_figures_are_no_price_and_a_chinese_name_with_its_code_labels_its_count():
    terms = chat((B, "这次要两个款：面盆龙头 B-201 600个，厨房抽拉龙头 K-12 400个"),
                 (S, "B-201 每个18.5美金，K-12 每个29美金，FOB深圳"), (B, "好，成交"))
    assert quantities(terms) == [Decimal(600), Decimal(400)]
    assert prices(terms) == [Decimal("18.5"), Decimal(29)]


def test_a_model_code_in_brackets_names_a_count_its_words_cannot():
    terms = chat((B, "we'd like the docking stations: 8-in-1 (DS08) 300 pcs and 12-in-1 (DS12) 200 pcs"))
    assert quantities(terms) == [Decimal(300), Decimal(200)]
    assert [i.description for i in terms.line_items] == ["DS08", "DS12"]
