"""Prices, counts and terms read from blind sets du to dz; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, prices, quantities, shares


def test_mini_names_goods_though_it_holds_the_word_for_you():
    terms = chat((B, "迷你电脑600台；无线键盘500套。"), (S, "迷你电脑每台1350元；无线键盘每套28元"), (B, "可以"))
    assert items(terms) == [("迷你电脑", Decimal("600"), Decimal("1350")), ("无线键盘", Decimal("500"), Decimal("28"))]
    # trap: "你" alone is talk, no goods
    terms = chat((B, "你们600台；无线键盘500套。"), (S, "无线键盘每套28元"), (B, "可以"))
    assert [d for d, _, _ in items(terms)] == ["无线键盘"]


def test_a_chinese_name_opening_a_part_with_its_specs_before_the_count():
    terms = chat((B, "您好，Ryzen 7 5825U迷你主机 16G+512G，带WiFi6，六百台；另外配无线键鼠套装六百套。到岸价巴生港，报马币"),
                 (S, "黄总好，到岸价巴生港：迷你主机每台1,350马币，含Win11专业版；无线键鼠套装每套28马币"), (B, "可以接受。"))
    assert items(terms) == [("迷你主机", Decimal("600"), Decimal("1350")), ("无线键鼠套装", Decimal("600"), Decimal("28"))]
    # trap: a Chinese name glossed in English is named by its English words
    terms = chat((B, "Hi, 路亚套装 lure kit 100pcs in tackle box, 600 sets; 软饵 soft plastic worms 10cm, 20000pcs"),
                 (S, "lure kit box USD 5.60/set; 软虫 10cm USD 6.50 per 100pcs. FOB Weihai"), (B, "ok both ok"))
    assert "路亚套装" not in [d for d, _, _ in items(terms)] and Decimal("5.60") in prices(terms)


def test_won_rupiah_pataca_dinar_and_rouble_are_currencies():
    for seller, price, code in (("KRW 1,320,000/set CFR Busan", "1320000", "KRW"), ("每个3,900韩元", "3900", "KRW"),
                                ("KWD 11,450 per unit DDP Kuwait City", "11450", "KWD"),
                                ("DAP澳門 每部 MOP 8,900", "8900", "MOP"), ("每部8,900澳門幣", "8900", "MOP"),
                                ("IDR 12,600,000 per unit", "12600000", "IDR"), ("每公斤395卢布", "395", "RUB"),
                                ("RUB 395 per kg", "395", "RUB"), ("到岸价吉达 每吨 3,150 里亚尔", "3150", "SAR"), ("EC210B 2012, CIF Manila PHP 1,980,000 per unit", "1980000", "PHP")):
        terms = chat((B, "we need 20 units"), (S, seller), (B, "ok"))
        assert (prices(terms), terms.currency.code) == ([Decimal(price)], code), seller
    # traps: a mop counted is goods, "rub" no currency without its figure, and dollars in
    # ten millions no price of one unit (won and rupiah run a thousand and ten thousand times higher)
    terms = chat((B, "we need 20 units"), (S, "USD 12,600,000 per unit"), (B, "ok"))
    assert prices(terms) == [None]
    terms = chat((B, "we need 20 units"), (S, "the price for the whole lot is PHP 450,000"), (B, "ok"))
    assert (prices(terms), terms.currency.code) == ([None], "PHP")
    terms = chat((B, "need 2,000 pcs mop"), (S, "mop 1,200 pcs ok, USD 3.5"), (B, "ok"))
    assert (prices(terms), terms.currency.code) == ([Decimal("3.5")], "USD")
    terms = chat((B, "need 200 pcs"), (S, "rub test passed, USD 3.5"), (B, "ok"))
    assert terms.currency.code == "USD"


def test_thousands_dots_in_two_groups_or_more_are_one_figure():
    terms = chat((B, "need 20 pcs galaxy tab, IDR ya"), (S, "IDR 1.850.000 / pc"), (B, "IDR 1.850.000 ok"))
    assert prices(terms) == [Decimal("1850000")]
    # traps: one group is a decimal as before, and a continental decimal comma after the groups
    terms = chat((B, "need 20 pcs"), (S, "USD 12.500 per pc"), (B, "ok"))
    assert prices(terms) == [Decimal("12.500")]
    terms = chat((B, "need 2 pcs"), (S, "EUR 1.234.567,89 per pc"), (B, "ok"))
    assert prices(terms) == [Decimal("1234567.89")]


def test_a_deposit_of_two_tenths_in_traditional_characters_is_grounded():
    # 兩成 (two tenths) is 20 %: the verifier read 二成 and 两成 but not the traditional 兩
    terms = chat((B, "要500套，FOB廈門"), (S, "訂金兩成，電匯，餘款見提單副本"), (B, "可以"))
    assert shares(terms) == [Decimal("20"), Decimal("80")]


def test_talking_to_the_boss_about_a_price_puts_the_answer_off():
    terms = chat((B, "Hi Echo, 2-piece range balls. 20,000 pcs, FOB Ningbo in EUR"), (S, "EUR 0.42/pc FOB Ningbo"),
                 (B, "0.36 and we have a deal"), (S, "0.36 impossible, 0.39 is my last"),
                 (B, "let me talk to my boss about the 0.39"))
    assert prices(terms) == [None]
    terms = chat((B, "50,000 pcs fine mist sprayers, CIP Sydney in AUD"), (S, "AUD 0.11/pc CIP Sydney"),
                 (B, "0.11 is steep mate, do 0.095 and we have a deal"),
                 (S, "hmm 0.095 very hard for us 😅 let me talk to my boss tmr"))
    assert prices(terms) == [None]
    # trap: the price taken up after the talk is agreed
    terms = chat((B, "20,000 pcs range balls, FOB Ningbo"), (S, "EUR 0.42/pc FOB Ningbo"), (B, "0.36?"),
                 (S, "0.39 is my last"), (B, "let me talk to my boss"), (B, "ok 0.39 deal"))
    assert prices(terms) == [Decimal("0.39")]


def test_lakh_groups_are_one_figure_and_nos_counts_pieces():
    terms = chat((B, "need final drive assembly for JCB JS205, 2 nos. price in INR pls"),
                 (S, "aftermarket final drive for JS205, INR 1,85,000 per set. by DHL door to door?"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("2")], [Decimal("185000")])
    terms = chat((B, "universal 90W laptop charger, 3,000 pcs. price in INR?"), (S, "INR 415 per pc"),
                 (B, "415 ok. we can send INR 2,00,000 as advance, rest before dispatch"),
                 (S, "ok 2,00,000 advance is fine, balance before dispatch by TT"))
    assert prices(terms) == [Decimal("415")] and terms.payment.installments[0].fixed_amount_minor == 20000000
    # traps: a thousands group of three stays as it was, and "nos" inside a word counts nothing
    terms = chat((B, "need 2 sets"), (S, "USD 1,850,000 per set"), (B, "ok"))
    assert prices(terms) == [Decimal("1850000")]
    terms = chat((B, "need 200 pcs"), (S, "USD 12 per pc, 3 nose pads included"), (B, "ok"))
    assert quantities(terms) == [Decimal("200")]


def test_the_rand_sign_before_cents_and_a_unit():
    terms = chat((B, "700ml flint spirits bottle, 24,000 pcs CIF Durban"), (S, "R 6.85 per bottle CIF Durban"),
                 (B, "we could go up to 30,000 pcs, what price then?"), (S, "at 30,000 pcs I can do R 6.40"),
                 (B, "ok then we take 30,000 at R6.40 CIF Durban"), (S, "Confirmed."))
    assert (prices(terms), terms.currency.code) == ([Decimal("6.40")], "ZAR")
    # traps: a model or size code after R is no price, nor a name
    for seller in ("R129 approved seat USD 45 per pc", "size R 20 per carton, USD 3.10/pc", "Hi Zar 310 each"):
        terms = chat((B, "need 500 pcs"), (S, seller), (B, "ok"))
        assert terms.currency.code != "ZAR", seller


def test_ten_thousands_after_a_chinese_currency_name_or_a_deposit_are_no_count():
    for seller in ("謝謝！付款先付訂金新台幣30萬，餘款見提單影本付清", "谢谢！定金人民币3万，尾款见提单付清",
                   "好的，先付美金2万，餘款2萬出貨前付"):
        terms = chat((B, "拉森鋼板樁 SP-III，要四百二十支，報CIF台中"), (S, "SP-III CIF台中 每支 NT$18,500"),
                     (B, "好吧 18,500 成交"), (S, seller))
        assert quantities(terms) == [Decimal("420")], seller
    # trap: ten thousands with no money before them are still a count
    terms = chat((B, "大号1万 小号1.5万，FOB宁波"), (S, "大号0.8美元，小号0.6美元"), (B, "好的"))
    assert quantities(terms) == [Decimal("10000"), Decimal("15000")]


def test_what_comes_with_each_piece_is_no_count():
    terms = chat((B, "10x6吋繪圖板 無線版，想訂1,500台，FOB廈門報台幣"), (S, "王先生好～ FOB廈門每台NT$1,180，含筆和10支筆芯"),
                 (B, "好的 OK"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1500")], [Decimal("1180")])
    assert quantities(chat((S, "送货到仓库300个"), (B, "好的"))) == [Decimal(300)]  # (delivery counts the order)
    # trap: a name that holds 含 in its brackets still labels its count
    terms = chat((B, "想詢問 輪胎拆裝機（含輔助臂）15台，請報 CIF 基隆"), (S, "CIF 基隆 每台 NT$21,800"), (B, "OK"))
    assert quantities(terms) == [Decimal("15")]


def test_a_section_number_after_a_chinese_name():
    terms = chat((B, "你好，要两种：槽钢 10# 六十吨，等边角钢 50x5 四十吨，防城港FOB，人民币报"),
                 (S, "阮先生好，FOB防城港：槽钢10# 3,980元/吨；角钢50x5 3,920元/吨"), (B, "别的厂角钢给我3,850"),
                 (S, "那家是非标吧，我们是国标足米。角钢最多给到3,900"), (B, "好，槽钢3980，角钢3900，就这样"))
    assert items(terms) == [("槽钢", Decimal("60"), Decimal("3980")), ("等边角钢", Decimal("40"), Decimal("3900"))]
    # trap: a figure after a name with no # is still its count
    terms = chat((B, "要两种：槽钢 六十吨，角钢 四十吨"), (S, "槽钢3,980元/吨；角钢3,920元/吨"), (B, "槽钢改成 80，角钢40"))
    assert quantities(terms) == [Decimal("80"), Decimal("40")]


def test_one_english_word_glossed_in_chinese_names_its_count():
    terms = chat((B, "for our Hitachi ZX350 fleet: sprocket 驱动齿 8 pcs and front idler 引导轮 6 pcs. FOB Qingdao price pls"),
                 (S, "FOB Qingdao: ZX350 sprocket EUR 212/pc, front idler EUR 389/pc"), (B, "prices ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("8"), Decimal("6")], [Decimal("212"), Decimal("389")])
    # traps: talk after the word is no gloss, and goods the other side names in Chinese keep their Chinese name
    terms = chat((B, "magic cube order: 3x3 speed cube 3千个, 2x2 cube 1.5千个, pyraminx 金字塔 1千个"),
                 (S, "三阶 USD 0.78, 二阶 USD 0.62, 金字塔 USD 0.85, FOB Shantou"), (B, "all confirmed"))
    assert Decimal("0.85") in prices(terms)


def test_also_before_the_next_goods_and_its_count():
    terms = chat((B, "keyboard folio case 2,500 pcs. also Bluetooth mouse 2,000 pcs."),
                 (S, "keyboard case NOK 189/pc, Bluetooth mouse NOK 62/pc."), (B, "ok good"))
    assert items(terms) == [("keyboard folio case", Decimal("2500"), Decimal("189")),
                            ("Bluetooth mouse", Decimal("2000"), Decimal("62"))]
    # trap: "also need" opens no name
    terms = chat((B, "keyboard folio case 2,500 pcs. also need 2,000 pcs Bluetooth mouse"),
                 (S, "keyboard case NOK 189/pc, Bluetooth mouse NOK 62/pc."), (B, "ok good"))
    assert "need" not in " ".join(d or "" for d, _, _ in items(terms))


def test_a_later_order_in_a_clause_of_its_own_leaves_the_clause_before_it():
    terms = chat((S, "INR 2.10/pc for 100k pcs, INR 1.95/pc for 200k pcs, CIF Nhava Sheva"),
                 (B, "if we took 200k would u do 1.90?"), (S, "for 200k yes 1.90 is possible"),
                 (B, "ok. for now we go with 100,000 pcs at 2.10, next order will be bigger. payment D/P at sight ok?"),
                 (S, "D/P ok for the 1st order. Production 15 days after PO"), (B, "fine, PO coming today"))
    assert (quantities(terms), prices(terms)) == ([Decimal("100000")], [Decimal("2.10")])
    # trap: terms for the next order are still no terms of this one
    terms = chat((S, "USD 2.10/pc, 30% deposit 70% before shipment"), (B, "ok, next order can you do 50/50?"), (S, "ok"))
    assert [i.percent for i in terms.payment.installments] == [Decimal("30"), Decimal("70")]


def test_a_price_with_the_freight_added_said_whole():
    terms = chat((B, "我们要300片，DAP乌兰巴托"), (S, "300片按95元，DAP乌兰巴托每片再加8元运费，就是103元"), (B, "行"))
    assert prices(terms) == [Decimal("103")]
    terms = chat((B, "300 pcs DAP Almaty"), (S, "USD 9.50/pc, plus USD 0.70 freight each, so USD 10.20 DAP Almaty"), (B, "ok"))
    assert prices(terms) == [Decimal("10.20")]
    # traps: a freight cost that sums nothing is still no price, and the sum for all the goods neither
    terms = chat((B, "我们要300片，DAP乌兰巴托"), (S, "300片按95元，运费另加，就是2400元一车"), (B, "行"))
    assert Decimal("2400") not in prices(terms)
    terms = chat((B, "300 pcs"), (S, "USD 9.50/pc, freight USD 300, total = USD 3150"), (B, "ok"))
    assert prices(terms) == [Decimal("9.50")]


def test_the_first_reviews_traps():
    # a yes, then the talk with the factory that follows it, puts nothing off
    terms = chat((B, "2000 pcs silicone spatulas at USD 3.20 FOB Ningbo, ok deal"),
                 (S, "Confirmed, I'll talk to the factory to start production"))
    assert terms.incoterm.status.value == "AGREED"
    # grades and codes are no roubles or rand, a lot's sum in rupees is no unit price
    terms = chat((B, "3000 pcs microfiber towels"), (S, "USD 0.85/pc. dry rub 4.5 grade, wet rub 3.5"), (B, "ok deal"))
    assert (prices(terms), terms.currency.code) == ([Decimal("0.85")], "USD")
    terms = chat((B, "need 5,000 pcs type R"), (S, "type R 3.20 per pc, all USD FOB Ningbo"), (B, "ok"))
    assert terms.currency.code == "USD"
    terms = chat((B, "300 pcs LED bulb 9W B22"), (S, "300pcs INR 36,000 ok?"), (B, "ok"))
    assert prices(terms) == [None]
    # containers counted in "nos" are no count of the goods
    terms = chat((B, "2 nos 40HQ of A4 copy paper 80gsm"), (S, "USD 2.35 per ream CIF Chittagong"), (B, "ok"))
    assert quantities(terms) == [None]
    # goods named with 币, a quote asked in dollars, tax or freight included, manuals with each set
    for buyer, count in (("游戏币 5万，每个多少钱", "50000"), ("报美元 3万，CIF汉堡", "30000"), ("不含税 500台，FOB深圳", "500"),
                         ("含税价 3000个", "3000"), ("附带说明书 300套", "300")):
        terms = chat((B, buyer), (S, "每个0.85美元"), (B, "好"))
        assert quantities(terms) == [Decimal(count)], buyer
    # talk before the comma names no goods; a code's figure before a Chinese comma is no thousands
    terms = chat((B, "好的，黑色，600台；白色，400台"), (S, "每台1350元"), (B, "可以"))
    assert "好的" not in [d for d, _, _ in items(terms)]
    terms = chat((B, "电动牙刷 声波款，IPX7，600支"), (S, "每支88元"), (B, "行"))
    assert quantities(terms) == [Decimal("600")]


def test_a_length_said_as_a_spec_is_no_count_of_metres_later():
    terms = chat((B, "need H beam Q355B 300x300x10x15, 12m, 150 MT. DAT Jebel Ali, price in AED"),
                 (S, "H beam Q355B 300x300 DAT Jebel Ali AED 2,540/MT"), (B, "ok price acceptable"),
                 (S, "production 20 working days. loading in 40GP, 12m fits"), (B, "noted thx"))
    assert quantities(terms) == [Decimal("150")]
    # trap: metres ordered are the count, and another length is no echo of the spec
    terms = chat((B, "PVC hose 25mm, 6m rolls, 200 rolls"), (S, "USD 12.50 per roll"), (B, "make it 300 rolls"),
                 (S, "ok 300 rolls"))
    assert quantities(terms) == [Decimal("300")]
    terms = chat((B, "need 2000m cable 3x2.5mm"), (S, "USD 0.85/m"), (B, "ok, 2500m then"), (S, "ok"))
    assert quantities(terms) == [Decimal("2500")]


def test_roro_break_bulk_and_a_fast_boat_go_by_sea():
    for seller in ("production 25 working days, we ship by RoRo from Shanghai", "生产 about 4-5 weeks, RoRo from Tianjin",
                   "ok, your charterer ships break bulk, fine", "双清包税到洛杉矶 每套27美金，走美森快船", "走滚装船到拉各斯"):
        terms = chat((B, "3 units wheel loader, FOB Shanghai"), (S, seller), (B, "ok"))
        assert terms.logistics.mode.value == "SEA", seller
    # traps: an RO water system and a bulk order go no way
    for seller in ("RO water purifier 400G, USD 85/unit", "bulk order price USD 85/unit"):
        terms = chat((B, "300 units, FOB Ningbo"), (S, seller), (B, "ok"))
        assert terms.logistics.mode.value == "UNSPECIFIED", seller


def test_within_a_week_after_payment_and_lead_about_n_days():
    for seller in ("收款后一周内发货", "机器在场地，收款后一周内装框架箱发货", "收到定金后一周内出货"):
        terms = chat((B, "要3台"), (S, seller), (B, "好"))
        assert lead(terms) == (None, 7), seller
    terms = chat((B, "800 putter heads FCA Shenzhen"), (S, "CHF 28/pc"), (B, "ok"),
                 (S, "lead about 35 days, then we hand to ur forwarder for air"))
    assert lead(terms) == (35, 35)
    # traps: a week said after something else than a payment, and "lead" of other things
    terms = chat((B, "要3台"), (S, "价格一周后会涨"), (B, "好"))
    assert lead(terms) == (None, None)
    terms = chat((B, "800 pcs"), (S, "lead free solder, about 35 days shelf life"), (B, "ok"))
    assert lead(terms) == (None, None)


def test_a_method_named_only_as_what_the_lead_time_counts_from_is_no_term():
    terms = chat((B, "300台，FOB宁波"), (S, "付款可以即期信用证，也可以D/P付款交单，您选一个"), (B, "我跟财务商量一下，明天答复"),
                 (S, "好的。交期是收到信用证或者合同签好后30天"), (B, "明白"))
    assert [m.value for m in terms.payment.offered_methods] == ["LC_SIGHT", "DP"]
    terms = chat((B, "300 sets FOB Ningbo"), (S, "payment T/T 30/70 or L/C at sight, you choose"), (B, "let me ask finance"),
                 (S, "lead time 30 days after receiving deposit or L/C"), (B, "noted"))
    assert [m.value for m in terms.payment.offered_methods] == ["TT", "LC_SIGHT"]
    # trap: a method said outright beside a lead time still is one
    terms = chat((B, "300 sets FOB Ningbo"), (S, "payment by L/C at sight, lead time 30 days after receiving the L/C"), (B, "ok"))
    assert [i.method.value for i in terms.payment.installments] == ["LC_SIGHT"]


def test_the_second_reviews_traps():
    # a currency code written onto its figure before a full-width comma groups thousands
    terms = chat((B, "要100台"), (S, "每台SGD1，280"), (B, "好"))
    assert prices(terms) == [Decimal("1280")]
    # what is included, named alone after the price, does not count the order
    terms = chat((B, "要5000个"), (S, "单价3.2元，含logo 5000个"), (B, "好"))
    assert quantities(terms) == [Decimal("5000")]
    # radii, rates and rub tests are no rand or roubles
    for seller in ("USD 3.50/pc, corner radius R 0.50 per drawing", "USD 3.50/pc, rate R 18.60 per dollar",
                   "USD 3.50/pc, dry rub 4/5, wet rub 3/4", "USD 3.50/pc, double rub 100,000"):
        terms = chat((B, "need 500 pcs"), (S, seller), (B, "ok"))
        assert (prices(terms), terms.currency.code) == ([Decimal("3.50")], "USD"), seller
    # the seller's own offer, then a talk with the factory about it: a plain "ok" takes it up
    terms = chat((B, "2000 pcs FOB Ningbo?"), (S, "USD 3.20 FOB Ningbo, I'll talk to the factory about it tomorrow"), (B, "ok"))
    assert terms.incoterm.status.value == "AGREED"
    # containers, trucks and parts per machine counted in "nos"
    for buyer in ("2 nos of 40HQ containers of copy paper", "5 nos FCL of copy paper", "4 nos trucks of copy paper"):
        terms = chat((B, buyer), (S, "USD 2.35 per ream CIF Chittagong"), (B, "ok"))
        assert quantities(terms) == [None], buyer
    # what can be done for the next order is the next order's
    terms = chat((S, "USD 1.85/pc FOB Ningbo"), (B, "1.70?"), (S, "1.70 ok, next order we can do"), (B, "ok"))
    assert prices(terms) != [Decimal("1.70")]
    # a batch, a warehouse, colours at random open no part's goods; "additional" is no goods
    terms = chat((B, "第一批，先发，300套；第二批，700套"), (S, "每套16元"), (B, "好"))
    assert "第一批" not in [d for d, _, _ in items(terms)]
    terms = chat((B, "wireless mic 100 pcs, also additional 10 pcs as spare"), (S, "USD 31/pc"), (B, "ok"))
    assert "additional" not in " ".join(d or "" for d, _, _ in items(terms))


def test_the_third_reviews_traps():
    # metres ordered in a chat that prices per metre stay the count, though a spec said them
    terms = chat((B, "power cable 3x2.5, 500m per drum, 10 drums"), (S, "USD 0.9/m"), (B, "too many. first trial only 500m"),
                 (S, "ok 500m"))
    assert quantities(terms) == [Decimal("500")]
    # a conversion after a price agreed in dollars, and the Omani rial
    terms = chat((B, "500 pcs, CIF Dammam, USD pls"), (S, "USD 12/pc"), (B, "ok"), (S, "约合45里亚尔一个"))
    assert (prices(terms), terms.currency.code) == ([Decimal("12")], "USD")
    # a name, goods and a basketball team are no way to ship
    for buyer, seller in (("300 units RO water purifier, FOB Ningbo", "Hi Roro, price USD 85/unit as before"),
                          ("need 200 pcs Ro-Ro ramp rubber pads", "USD 23/pc"), ("500件球衣，洛杉矶快船的", "每件8美金")):
        terms = chat((B, buyer), (S, seller), (B, "ok"))
        assert terms.logistics.mode.value == "UNSPECIFIED", buyer
    # a week after the deposit for drawings is no lead time; a method named outright after a basis is one
    terms = chat((B, "要3台，FOB上海"), (S, "每台8,500美金。收到定金后一周内出图纸给您确认"), (B, "好的"))
    assert lead(terms) == (None, None)
    terms = chat((B, "500 pcs FOB Xiamen"), (S, "USD 4.2/pc, 30% deposit, balance after receiving B/L copy by T/T"), (B, "ok"))
    assert [i.method.value for i in terms.payment.installments] == ["TT", "TT"]
    # rub tests, pallets in "nos", a yes before the talk with the boss
    terms = chat((B, "3000 pcs microfiber towels"), (S, "USD 0.85/pc. crock rub 4.5 per AATCC 8"), (B, "ok deal"))
    assert (prices(terms), terms.currency.code) == ([Decimal("0.85")], "USD")
    terms = chat((B, "5 nos pallets copy paper A4"), (S, "USD 2.35 per ream"), (B, "ok"))
    assert quantities(terms) == [None]
    terms = chat((B, "20,000 pcs range balls, FOB Ningbo"), (S, "EUR 0.42/pc FOB Ningbo"), (B, "0.36 and we have a deal"),
                 (S, "0.36 impossible, 0.39 is my last"), (B, "perfect, 0.39 works. I'll talk to my boss about it and send PO"))
    assert prices(terms) == [Decimal("0.39")]
