"""Prices, counts and terms read from blind sets fe to fj; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, methods, prices, quantities, shares
from tradepact.domain.terms import PaymentMethod, TransportMode


def test_the_most_a_named_container_takes_after_the_count_is_no_counter():
    terms = chat((B, "750mm PVC traffic cones, orange. Qty 3000 pcs. Pls quote FOB Xiamen"),
                 (S, "750mm PVC cone = USD 3.85/pc FOB Xiamen. 3000pcs fits in one 40HQ, max is abt 3100pcs"),
                 (B, "ok price is fine"))
    assert (quantities(terms), prices(terms)) == ([Decimal("3000")], [Decimal("3.85")])
    # trap: a seller's new count with no container said is still a counter
    terms = chat((B, "traffic cones, 3000 pcs"), (S, "USD 3.85/pc, MOQ ok. we can do max 2500pcs this month"),
                 (B, "ok 2500pcs then"))
    assert quantities(terms) == [Decimal("2500")]


def test_a_model_code_said_beside_the_goods_names_them_when_the_seller_quotes_by_the_code():
    terms = chat((B, "direct drive lockstitch sewing machine, model like your JK-9800D, 220V. qty 240 sets. FOB Ningbo"),
                 (S, "JK-9800D complete set USD 172/set FOB Ningbo."), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("240")], [Decimal("172")])
    # trap: the code names the goods it was said beside, not the other goods counted
    terms = chat((B, "overlock machine 100 sets; direct drive lockstitch sewing machine, model like your JK-9800D, "
                     "240 sets"), (S, "overlock USD 150/set. JK-9800D complete set USD 172/set"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("100"), Decimal("240")], [Decimal("150"), Decimal("172")])


def test_ordering_through_a_platform_names_no_goods():
    terms = chat((B, "round knife cloth cutting machine with 110mm blade, 30 pcs. price in AUD pls. "
                     "we order through Alibaba Trade Assurance"),
                 (S, "round knife RC-110 AUD 96 per pc FCA Shenzhen."), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("30")], [Decimal("96")])
    # trap: goods ordered are still named
    terms = chat((B, "we order round knife cutters, 30 pcs"), (S, "AUD 96 per pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("30")]


def test_counts_said_in_a_colour_make_one_line_at_one_price():
    terms = chat((B, "flatbed coverstitch machine 3 needle 5 thread, we want 60 in white and 40 in the grey colour"),
                 (S, "flatbed coverstitch TN-562 USD 305 per set for both colours, FOB Shanghai"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("100")], [Decimal("305")])
    # trap: with no one price for the colours, no sum
    terms = chat((B, "coverstitch machine, we want 60 in white and 40 in grey"), (S, "white USD 305, grey USD 315"),
                 (B, "ok"))
    assert Decimal("100") not in quantities(terms)


def test_a_flat_bed_machine_called_ping_che_is_goods_not_cheap():
    terms = chat((B, "想訂平車 40部 同埋拷邊車 20部，報港紙價，FOB 深圳"),
                 (S, "電腦平車每部 HK$1,350，四線拷邊車每部 HK$1,680，FOB 深圳"), (B, "OK"))
    assert (quantities(terms), prices(terms)) == ([Decimal("40"), Decimal("20")], [Decimal("1350"), Decimal("1680")])
    # trap: asking for it cheaper is no goods
    terms = chat((B, "拷邊車 20部"), (S, "每部 HK$1,680"), (B, "平一點啦，1,600？"), (S, "OK 1,600"))
    assert (quantities(terms), prices(terms)) == ([Decimal("20")], [Decimal("1600")])


def test_the_model_of_a_spec_said_before_is_those_goods_and_more_that_may_be_added_is_no_count():
    terms = chat((B, "我們要電腦刺繡機，六頭十五針，4台，麻煩報 CIF 基隆"),
                 (S, "六頭十五針的機型每台新台幣 468,000 元 CIF 基隆"), (B, "可以再少一點嗎？我們年底可能再加兩台"),
                 (S, "每台 455,000 元"), (B, "好"))
    assert (quantities(terms), prices(terms)) == ([Decimal("4")], [Decimal("455000")])
    # trap: two more ordered outright are counted
    terms = chat((B, "電腦刺繡機 4台"), (S, "每台 468,000 元"), (B, "再加兩台，共6台"), (S, "好"))
    assert quantities(terms) == [Decimal("6")]


def test_what_each_drum_weighs_is_no_count():
    terms = chat((B, "white sewing machine oil in 200L drums, 16 tonnes. price per tonne FCA Urumqi"),
                 (S, "10号白油 缝纫机油 USD 1,460/MT FCA Urumqi, 200L铁桶, each drum 170kg net"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("16")], [Decimal("1460")])
    # trap: kilos ordered are counted
    terms = chat((B, "need 800kg of sewing machine oil"), (S, "USD 1.5/kg, each drum 170kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("800")]


def test_a_weight_after_the_size_in_a_quote_per_piece_is_what_one_weighs():
    terms = chat((B, "Plastic jersey barrier 1500mm, orange/white, 600 pcs. We want DDU Nairobi"),
                 (S, "plastic jersey barrier 1.5m, 15kg, USD 42.50/pc DDU Nairobi"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("600")], [Decimal("42.50")])
    terms = chat((B, "water-filled barrier 2m, white/red, 150 pcs. DDP Sydney, price in AUD?"),
                 (S, "2m 水马 HDPE 13kg: 双清包税到门 Sydney, AUD 96/pc"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("150")], [Decimal("96")])
    # trap: kilos ordered after a size, priced per kilo, are the order
    terms = chat((B, "stainless wire 1.5mm, 600 kg"), (S, "stainless wire 1.5mm, 800kg, USD 4.2/kg"), (B, "ok"))
    assert quantities(terms) == [Decimal("800")]


def test_the_leds_in_one_piece_are_no_count_and_signs_are_counted_in_mian():
    terms = chat((B, "太陽能道釘（鋁殼，6顆LED，恆亮款），3000顆，請報CIF基隆新台幣價格"),
                 (S, "太陽能鋁殼道釘6LED恆亮，CIF基隆每顆NT$265"), (B, "價格可以"))
    assert (quantities(terms), prices(terms)) == ([Decimal("3000")], [Decimal("265")])
    terms = chat((B, "鋁製反光標誌牌，圓形限速標誌，直徑60公分，100面，空運到桃園機場"),
                 (S, "60cm圓形限速牌，CPT桃園機場每面USD 21.5，空運"), (B, "好，價格OK"))
    assert (quantities(terms), prices(terms)) == ([Decimal("100")], [Decimal("21.5")])
    # traps: LEDs ordered are counted; a mirror's two sides are no count
    terms = chat((B, "LED灯珠 5000颗"), (S, "每颗0.05元"), (B, "好"))
    assert quantities(terms) == [Decimal("5000")]
    terms = chat((B, "凸面镜 双面，两面，要200个"), (S, "每个USD 21.5"), (B, "好"))
    assert quantities(terms) == [Decimal("200")]


def test_a_roll_size_in_metres_the_price_of_one_after_the_price_per_thousand_and_pieces_per_metre():
    terms = chat((B, "工程级反光膜，白色卷，40卷，规格1.24米x45.7米，FOB广州美金价"), (S, "每卷95美元，FOB广州"), (B, "价格可以"))
    assert (quantities(terms), prices(terms)) == ([Decimal("40")], [Decimal("95")])
    terms = chat((B, "塑料道钉（双面反光，白色），要5万个，报FOB深圳价"),
                 (S, "ABS塑料道钉双面反光，FOB深圳每千个1800元，折合1.8元一个"), (B, "价格可以"))
    assert (quantities(terms), prices(terms)) == ([Decimal("50000")], [Decimal("1.8")])
    terms = chat((B, "橡胶减速带，高5公分的，要800米，报DAP阿拉木图价格"),
                 (S, "5公分橡胶减速带（黄黑相间，每米两块，含膨胀螺丝），DAP阿拉木图每米68元"), (B, "好"))
    assert (quantities(terms), prices(terms)) == ([Decimal("800")], [Decimal("68")])
    # traps: metres ordered after a width are counted; a conversion alone is no price; two kuai a
    # metre said outright is a price
    terms = chat((B, "反光膜 宽1.24米，要500米"), (S, "每米9美元"), (B, "好"))
    assert quantities(terms) == [Decimal("500")]
    terms = chat((B, "道钉要5万个"), (S, "每个0.3美元"), (B, "好"), (S, "折合2.1元一个"))
    assert prices(terms) == [Decimal("0.3")]
    terms = chat((B, "减速带要800米"), (S, "每米两块"), (B, "好"))
    assert prices(terms) == [Decimal("2")]


def test_a_new_price_per_hundred_leaves_the_unit_price_open():
    terms = chat((B, "喉箍要5万个"), (S, "每百个38元，折合0.38元一个，不含税"), (B, "含税的呢？"),
                 (S, "开13%专票的话每百个42元"), (B, "要含税的"))
    assert prices(terms) == [None]
    # trap: the same lot price said again leaves the unit price standing
    terms = chat((B, "喉箍要5万个"), (S, "每百个38元，折合0.38元一个"), (B, "好"), (S, "确认每百个38元"))
    assert prices(terms) == [Decimal("0.38")]


def test_one_machine_counted_in_a_clause_of_its_own():
    terms = chat((B, "机组式柔版印刷机 六色 幅宽850，一台，FOB上海多少美金？"), (S, "FOB上海 USD 39800/台"), (B, "好"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("39800")])
    terms = chat((B, "for the high speed slitting rewinder 1600mm, 1 no. Our final offer USD 33000 CFR Chennai"),
                 (S, "33000 can accept 可以."))
    assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("33000")])
    # trap: the seller's "一台" by a price is per machine, no count
    terms = chat((B, "柔版印刷机 两台"), (S, "FOB上海 USD 39800，一台，含安装"), (B, "好"))
    assert quantities(terms) == [Decimal("2")]


def test_one_press_approved_or_one_bu_ordered_takes_a_price_in_six_figures():
    terms = chat((B, "management approved 1 set of the 8 colour CI flexo press."), (S, "Price USD 186000 CFR Karachi."),
                 (B, "ok confirmed"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("186000")])
    terms = chat((B, "想問下你哋全自動紙杯機，要一部，雙清包稅送到香港幾錢？"), (S, "每部港幣 HK$138,000"),
                 (B, "可唔可以平啲？HK$130,000 就即刻落單"), (S, "最多去到 HK$134,000，包埋上門安裝調機"),
                 (B, "好，HK$134,000 成交"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("134000")])


def test_bank_transfer_in_traditional_characters_and_the_sea_legs_time_say_method_and_mode():
    terms = chat((B, "紙杯機要一部"), (S, "訂金五成，出貨前找餘數五成，銀行轉帳。生產要三個星期"), (B, "OK 冇問題"))
    assert methods(terms) == [PaymentMethod.TT, PaymentMethod.TT]
    terms = chat((B, "press 1 set"), (S, "manufacturing 75-90 days, sea Shanghai to Karachi about 18-20 days"), (B, "ok"))
    assert terms.logistics.mode == TransportMode.SEA
    # traps: the sea and the air both timed, none chosen, is no sea; nor the sea said of bulk beside a sample
    terms = chat((B, "press 1 set"), (S, "production 20 days, sea Ningbo to Dubai about 18-20 days, air 3 days"), (B, "ok"))
    assert terms.logistics.mode != TransportMode.SEA
    terms = chat((B, "50pcs sample order ok, ship by DHL"), (S, "for bulk, sea Ningbo to Sydney about 14-16 days"))
    assert terms.logistics.mode != TransportMode.SEA


def test_chinese_names_with_a_code_inside_or_a_rules_points_and_another_suppliers_named_price():
    terms = chat((B, "胶印机胶辊我们要补货：海德堡SM74水辊三十根，墨辊二十根，规格跟上次一样"),
                 (S, "水辊每根USD 62，墨辊每根USD 75，FOB深圳"), (B, "价格OK"))
    assert (quantities(terms), prices(terms)) == ([Decimal("30"), Decimal("20")], [Decimal("62"), Decimal("75")])
    terms = chat((B, "要一批模切刀：2点23.8高的平刀 3000米，压线 2点23.6 1500米，麻烦报价"),
                 (S, "平刀每米4.5元，压线每米3.2元，都是人民币含税价"), (B, "之前别家报我平刀4.2"),
                 (S, "我们用的是进口钢材，刃口硬度不一样。您这3000米就是4.5"), (B, "好吧，按你说的价。"))
    assert (quantities(terms), prices(terms)) == ([Decimal("3000"), Decimal("1500")], [Decimal("4.5"), Decimal("3.2")])
    # traps: colours with their RAL codes stay one line; the buyer's own named counter is read
    terms = chat((B, "彩涂卷PPGI 0.5*1000，红色RAL3005要40吨，蓝色RAL5015要20吨"), (S, "0.5*1000 彩涂卷，镀锌基板Z80，两个颜色同价，CFR达累斯萨拉姆 820美元/吨"),
                 (B, "810可以就定"), (S, "好，810成交"))
    assert prices(terms) == [Decimal("810")]
    terms = chat((B, "平刀 3000米，压线 1500米"), (S, "平刀每米4.5元，压线每米3.2元"), (B, "平刀4.2可以吗"), (S, "好"))
    assert prices(terms) == [Decimal("4.2"), Decimal("3.2")]


def test_specs_that_look_like_counts_zones_bottles_what_comes_with_each_and_pounds_it_costs():
    terms = chat((B, "4 zone induction hob 60cm, 500 pcs, DDU Milano, price in EUR"),
                 (S, "4 zone 电磁灶 IH-604: EUR 118 DDU Milano (我们 arrange sea + truck)"), (B, "ok price."))
    assert (quantities(terms), prices(terms)) == ([Decimal("500")], [Decimal("118")])
    terms = chat((B, "18 bottle built-in wine cooler 30cm, 200 pcs CIF Valencia"),
                 (S, "18瓶 slim wine cooler WC-18: USD 155/pc CIF Valencia"), (B, "ok 155 fine."))
    assert (quantities(terms), prices(terms)) == ([Decimal("200")], [Decimal("155")])
    terms = chat((B, "您好，嵌入式紅酒櫃 單溫 28瓶，這次訂150台，FOB 廈門"), (S, "28瓶單溫紅酒櫃 WC-28S，FOB 廈門每台 USD 96"),
                 (B, "價錢OK"))
    assert (quantities(terms), prices(terms)) == ([Decimal("150")], [Decimal("96")])
    terms = chat((B, "嵌入式红酒柜，双温区46瓶，要60台"), (S, "46瓶双温红酒柜，每台2150元"), (B, "行"),
                 (S, "现货有40台，另外20台要排产。全款付清后十五天内发货"), (B, "好的"))
    assert (quantities(terms), prices(terms)) == ([Decimal("60")], [Decimal("2150")])
    terms = chat((B, "airless paint sprayer AP-6450, Qty 300 units."), (S, "AP-6450 full set USD 128/unit FOB Ningbo."),
                 (B, "128 works if u throw in 2 spare filters per unit"),
                 (S, "ok no problem, 2pcs manifold filter per unit free of charge."), (B, "Deal"))
    assert (quantities(terms), prices(terms)) == ([Decimal("300")], [Decimal("128")])
    terms = chat((B, "300W titanium aquarium heater, 2000 pcs"), (S, "GBP 9.40 per pc"), (B, "8.60?"),
                 (S, "8.60 impossible sorry, the titanium tube alone costs nearly 3 pounds. 9.10 is our bottom"),
                 (B, "meet me at 8.90"), (S, "ok 8.90 deal"))
    assert (quantities(terms), prices(terms)) == ([Decimal("2000")], [Decimal("8.90")])
    # traps: bottles and pounds ordered are counted
    terms = chat((B, "红酒 1200瓶"), (S, "每瓶38元"), (B, "好"))
    assert quantities(terms) == [Decimal("1200")]
    terms = chat((B, "need 500 pounds of fish food"), (S, "USD 2/lb"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]


def test_cantonese_no_problem_accepts_and_paypal_and_a_coolers_bottles_name_and_count_nothing():
    terms = chat((B, "嵌入式煤氣爐 雙頭 玻璃面，要420台"), (S, "DAP 葵涌每台 HK$385"), (B, "380 得唔得？"),
                 (S, "380 冇問題，陳生係老客"), (B, "好"))
    assert (quantities(terms), prices(terms)) == ([Decimal("420")], [Decimal("380")])
    terms = chat((B, "Dual zone built-in wine cooler, 46 bottles, 60cm wide. CIF Felixstowe, qty 240"),
                 (S, "WC-46DZ dual zone is GBP 132 per unit CIF Felixstowe."), (B, "fine, go ahead with 240 @ GBP 132."))
    assert (quantities(terms), prices(terms)) == ([Decimal("240")], [Decimal("132")])
    terms = chat((B, "30 pcs built-in microwave 20L black"), (S, "USD 96/pc CIP Nairobi by air"),
                 (B, "fine, PayPal at 96. total 30 pcs"))
    assert len(terms.line_items) == 1
    # traps: "冇可能" (impossible) accepts nothing; bottles of wine ordered are counted
    terms = chat((B, "煤氣爐，要420台"), (S, "每台 HK$385"), (B, "380 得唔得？"), (S, "380 冇可能"), (B, "好"))
    assert prices(terms) == [None]
    terms = chat((B, "red wine, 1200 bottles"), (S, "USD 4.20/bottle"), (B, "ok"))
    assert quantities(terms) == [Decimal("1200")]


def test_a_count_right_after_one_of_two_coded_names_is_its_count():
    terms = chat((B, "we need CF-800 canister filter x 600 pcs and CF-1200 canister filter x 400 pcs for the autumn season"),
                 (S, "CF-800 EUR 17.90, CF-1200 EUR 24.60, FOB Ningbo"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("600"), Decimal("400")], [Decimal("17.90"), Decimal("24.60")])
    # trap (a review's): the order said again in packs priced per pack is left open, never the metres
    terms = chat((B, "geomembrane 1000 metres, so 20 rolls"), (S, "USD 180 per roll"), (B, "ok"))
    assert quantities(terms) != [Decimal("1000")]


def test_a_code_in_brackets_after_model_names_the_goods_and_fyi_names_nothing():
    terms = chat((B, "we'd like 600 units of the 36W UV clarifier (model UVC-36), FOB Xiamen. your best price?"),
                 (S, "UVC-36 is USD 17.20/unit FOB Xiamen, MOQ 300."), (B, "ok price is fine."),
                 (S, "sure no rush. fyi 600 units is only about 9 cbm so it goes LCL"))
    assert (quantities(terms), prices(terms)) == ([Decimal("600")], [Decimal("17.20")])
    # trap: another code is other goods
    terms = chat((B, "600 units of the 36W UV clarifier (model UVC-36)"), (S, "UVC-36 USD 17.20/unit, UVC-55 USD 24/unit"),
                 (B, "ok, and 100 units UVC-55 too"))
    assert len(terms.line_items) == 2


def test_sizes_in_inches_written_cun_and_bare_prices_listed_before_the_currency():
    terms = chat((B, "豬鬃油漆刷三種尺寸：1吋 3000支、2吋 3000支、3吋 2000支，CIF 基隆"),
                 (S, "CIF 基隆：1吋 0.35、2吋 0.52、3吋 0.78 美金/支，都是木柄"), (B, "2吋 0.5 可以嗎？其他OK"),
                 (S, "好啦，2吋算您 0.5"), (B, "好的"))
    assert quantities(terms) == [Decimal("3000"), Decimal("3000"), Decimal("2000")]
    assert prices(terms) == [Decimal("0.35"), Decimal("0.5"), Decimal("0.78")]
    terms = chat((B, "paint brushes: 1\" 3000 pcs, 2\" 3000 pcs"), (S, "1\" 0.35, 2\" 0.52 USD/pc"), (B, "OK"))
    assert prices(terms) == [Decimal("0.35"), Decimal("0.52")]
    # trap: figures listed with no currency after the last are no prices
    terms = chat((B, "paint brushes: 1\" 3000 pcs, 2\" 3000 pcs"), (S, "1\" 12, 2\" 14 days"), (B, "OK"))
    assert prices(terms) == [None, None]


def test_a_name_ending_in_its_diameter():
    terms = chat((B, "配件订单：铜火盖Φ100 3000个，分火器2000个，熄火保护针5000支。DAP河内"),
                 (S, "铜火盖Φ100 每个9.8元，分火器 每个6.5元，熄火保护针 每支3.2元"), (B, "好"))
    assert quantities(terms) == [Decimal("3000"), Decimal("2000"), Decimal("5000")]
    assert prices(terms) == [Decimal("9.8"), Decimal("6.5"), Decimal("3.2")]
    # trap: cartons counted on their own are the order
    terms = chat((B, "过滤网要100箱"), (S, "每箱360元"), (B, "好"))
    assert quantities(terms) == [Decimal("100")]


def test_colours_with_yao_or_lime_green_and_a_count_after_what_the_goods_are_for():
    terms = chat((B, "电脑套结机，白色要120台，黑色80台，CFR海防，报个价"), (S, "套结机白色黑色一个价，每台1150美元CFR海防"),
                 (B, "行"))
    assert (quantities(terms), prices(terms)) == ([Decimal("200")], [Decimal("1150")])
    terms = chat((B, "700mm cones please: 1500 orange + 500 lime green. CIF Felixstowe"),
                 (S, "both colours same price USD 3.20/pc CIF Felixstowe."), (B, "ok good"))
    assert (quantities(terms), prices(terms)) == ([Decimal("2000")], [Decimal("3.20")])
    terms = chat((B, "I need bobbin case for Juki type lockstitch 2000 pcs and steel bobbins ten thousand pcs"),
                 (S, "bobbin case (DDL-8700 type) USD 0.85/pc, steel bobbins USD 0.06/pc."), (B, "ok both fine."))
    assert quantities(terms) == [Decimal("2000"), Decimal("10000")]
    # trap: colours at two prices are not summed
    terms = chat((B, "套结机，白色要120台，黑色80台"), (S, "白色每台1150美元，黑色每台1180美元"), (B, "行"))
    assert Decimal("200") not in quantities(terms)


def test_a_deposit_with_the_po_and_a_last_share_after_commissioning():
    terms = chat((B, "we confirm 1 set automatic flute laminator 1450. Price USD 41800 DAT Dammam as your offer."),
                 (S, "Payment: 30% TT with PO, 60% TT before shipment, 10% TT within 30 days after installation & "
                     "commissioning by our engineer."), (B, "accepted"))
    assert shares(terms) == [Decimal("30"), Decimal("60"), Decimal("10")]
    assert terms.payment.installments[-1].due_days == 30
    # trap: an agent's commission is no share of the price
    terms = chat((B, "laminator 1 set"), (S, "30% deposit, 60% before shipment, 10% commission to our agent"), (B, "ok"))
    assert shares(terms) == [Decimal("30")]


def test_review_round_one_narrowings():
    # the short Han name after a name with a code inside is that goods
    terms = chat((B, "海德堡SM74水辊三十根, 多少钱一根?"), (S, "水辊 RMB 850一根"), (B, "好的"))
    assert (quantities(terms), prices(terms)) == ([Decimal("30")], [Decimal("850")])
    # a Cantonese refusal of the bank transfer is no T/T
    terms = chat((B, "膠袋 1000個"), (S, "我哋唔接受銀行轉帳，只收PayPal"), (B, "OK"))
    assert methods(terms) == [PaymentMethod.PAYPAL]
    # "no problem if it were 24", then the seller's yes to it, agrees (a review's; "的话就没问题" as before)
    terms = chat((B, "袋子 5000件"), (S, "每件RMB 26，FOB厦门"), (B, "24嘅話就冇問題"), (S, "行，24"))
    assert terms.incoterm.status.value == "AGREED"
    # the firm order beside "maybe more next year" is counted
    terms = chat((B, "先订5台注塑机，明年可能再加3台"), (S, "每台1.2万元"), (B, "好"))
    assert quantities(terms) == [Decimal("5")]
    # metres after a width, with no rolls counted, are the order
    terms = chat((B, "布料宽1.5米 x 2000米, 多少钱一米?"), (S, "14元一米"), (B, "好的"))
    assert quantities(terms) == [Decimal("2000")]


def test_a_free_mould_said_before_the_ex_works_price_leaves_it_the_price():
    terms = chat((B, "上次视频里那个中速纸杯机，我们要两台，出厂价多少？报人民币"),
                 (S, "ZBJ-X12 中速纸杯机，一分钟80-90只，送一套模具，出厂价每台68000元，瑞安工厂提货"),
                 (B, "两台一起拿，65000一台行不行"), (S, "问了老板，最低66500，模具再多送一套给您"), (B, "好吧，66500，成交"))
    assert (quantities(terms), prices(terms)) == ([Decimal("2")], [Decimal("66500")])
    # trap: the mould's own fee is no unit price
    terms = chat((B, "纸杯机两台"), (S, "出厂价每台68000元"), (B, "好"), (S, "另外模具费每套3000元"))
    assert prices(terms) == [Decimal("68000")]


def test_a_deposit_in_financial_numerals_and_the_days_to_ship_after_paying_in_full():
    terms = chat((B, "侧吸式油烟机 CXW-218 要800台，EXW顺德"), (S, "出厂价每台455元"), (B, "行，455。定金多少？"),
                 (S, "先付定金壹万元，余款提货前结清。定金到账后二十八天可以提货"), (B, "好的，明天打定金"))
    assert terms.payment.installments[0].fixed_amount_minor == 1000000
    terms = chat((B, "酒柜要60台"), (S, "全款付清后十五天内发货"), (B, "好的"))
    assert terms.lead_time.max_days == 15
    # trap: the days to pay the rest are no lead time
    terms = chat((B, "酒柜要60台"), (S, "余款发货后30天内付清"), (B, "好的"))
    assert terms.lead_time.max_days is None


def test_review_round_two_narrowings():
    # the one machine counted alone is not read beside machines counted in figures
    terms = chat((B, "冷柜，一台，多少钱？我们要 10台"), (S, "RMB 2300/台"), (B, "好"))
    assert quantities(terms) == [Decimal("10")]
    # the seller's bare model code names the one machine approved, which had no code
    terms = chat((B, "board approved 1 set of the labelling machine"), (S, "model TB-300 USD 132000 FOB Shanghai"), (B, "ok"))
    assert (quantities(terms), prices(terms)) == ([Decimal("1")], [Decimal("132000")])
    # "型号像你们的 JK-9100B" ties the code to the Chinese name
    terms = chat((B, "我们要电脑平车，型号像你们的 JK-9100B，30台"), (S, "JK-9100B 整套 USD 168/台 含台板"), (B, "可以"))
    assert (quantities(terms), prices(terms)) == ([Decimal("30")], [Decimal("168")])
    # the machines the buyer's factory has are no order
    terms = chat((B, "我们工厂有 200台平车。需要梭壳 3000个"), (S, "梭壳 RMB 2.8/个"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]
    # trap: a code of its own on the goods keeps another code apart
    terms = chat((B, "labelling machine TB-200, 1 set"), (S, "TB-200 USD 120000, TB-300 USD 132000"), (B, "ok"))
    assert len(terms.line_items) == 2
