"""Prices, counts, names, payment, lead times and modes read from blind sets ba to bf; each case
with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, methods, prices, quantities, shares
from tradepact.domain.terms import TransportMode


def test_a_bound_on_a_spec_leaves_the_price_after_it_a_unit_price():
    terms = chat((B, "镀锌钢管 200吨，CFR吉达"), (S, "您好，热镀锌管DN50*3.5 6米，锌层≥200g/㎡，CFR吉达 780美元/吨"),
                 (B, "可以"))
    assert prices(terms) == [Decimal("780")]
    terms = chat((B, "galvanized coil 100 tons"), (S, "zinc coating >= 120g, tensile >350mpa, CFR Jeddah USD 815/ton"),
                 (B, "ok"))
    assert prices(terms) == [Decimal("815")]
    # trap: a bound on the count is still a tier, its price no unit price
    terms = chat((B, "galvanized coil 100 tons"), (S, "≥ 500 tons USD 780/ton"), (B, "ok"))
    assert prices(terms) == [None]


def test_what_one_container_holds_is_no_order():
    terms = chat((B, "镀锌钢管 200吨，CFR吉达"), (S, "CFR吉达 780美元/吨"), (B, "可以"),
                 (S, "20GP，一个柜装25吨，一共8个柜"), (B, "好的"))
    assert quantities(terms) == [Decimal("200")]
    # trap: the tons ordered are still the order
    terms = chat((B, "镀锌钢管，CFR吉达"), (S, "CFR吉达 780美元/吨"), (B, "可以，要25吨，一个柜"), (S, "好的"))
    assert quantities(terms) == [Decimal("25")]


def test_samples_asked_by_courier_are_no_order():
    terms = chat((B, "SMD2835 injection LED module, need 20000pcs. price FOB Shenzhen?"), (S, "FOB Shenzhen USD 0.088/pc"),
                 (B, "ok. first I want samples, 50pcs by DHL"), (S, "samples free"))
    assert quantities(terms) == [Decimal("20000")]
    # trap: the order itself sent by courier is still the order
    terms = chat((B, "SMD2835 injection LED module, FOB Shenzhen?"), (S, "FOB Shenzhen USD 0.088/pc"),
                 (B, "ok. order 5000pcs by DHL"), (S, "ok"))
    assert quantities(terms) == [Decimal("5000")]


def test_the_pieces_one_set_holds_are_no_order():
    terms = chat((B, "Cutlery set 18/10 for restaurants, 4pcs (dinner knife, fork, spoon, teaspoon), mirror polish. 3000 sets"),
                 (S, "Morning Jeroen, Bistro 4pcs set 18/10: USD 1.28/set FOB Shenzhen"), (B, "ok"))
    assert quantities(terms) == [Decimal("3000")]
    assert prices(terms) == [Decimal("1.28")]
    # trap: pieces that are not as many as the goods named after them are the order
    terms = chat((B, "need 400pcs (black, grey) chair covers"), (S, "USD 1.10/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("400")]


def test_a_sets_parts_a_yarn_count_and_an_ordinal_are_no_order():
    terms = chat((B, "要1.8米床的四件套（被套220x240、床单、两个枕套），60支贡缎，纯白，500套"),
                 (S, "四件套138元一套"), (B, "可以"))
    assert quantities(terms) == [Decimal("500")]
    terms = chat((B, "你们有做酒店一次性拖鞋吗？"), (S, "有的，图片发您看下"), (B, "第二个不错。如果做一万双，大概什么价"),
                 (S, "一万双的话大概1.2-1.5元一双"))
    assert not any(quantities(terms))
    # trap: pieces counted before the cloth is named, and sets counted after the brackets, are the order
    terms = chat((B, "枕套要60支，全棉的"), (S, "好的，每支5元"), (B, "可以"))
    assert quantities(terms) == [Decimal("60")]
    terms = chat((B, "四件套（被套、床单、两个枕套）要8套"), (S, "每套138元"), (B, "可以"))
    assert quantities(terms) == [Decimal("8")]


def test_the_pieces_of_a_set_or_pack_priced_as_one_are_no_order():
    terms = chat((B, "clip in hair extensions 7pcs set 120g 22inch, balayage color, 300 sets. price?"),
                 (S, "hi hun, 22\" 120g 7pcs balayage $52/set"), (B, "ok 48"), (S, "48 ok"))
    assert quantities(terms) == [Decimal("300")]
    terms = chat((B, "大货要 800 包，多少钱"), (S, "单价 FOB 深圳 30 美金一包（40片 100克）"), (B, "可以"))
    assert quantities(terms) == [Decimal("800")]
    assert prices(terms) == [Decimal("30")]
    # hair sold in deals of bundles: the deals are the order, the bundles of one deal are not
    terms = chat((B, "peruvian straight bundles 3pcs deal 18/20/22 inch, 100 deals. price?"),
                 (S, "3 bundles deal 18/20/22 FOB Guangzhou $78/deal"), (B, "ok"))
    assert quantities(terms) == [Decimal("100")]
    # trap: pieces priced by the piece are the order, and bundles ordered are counted
    terms = chat((B, "clip in hair extensions, need 8pcs"), (S, "$6/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal("8")]
    terms = chat((B, "need 200 bundles body wave 18 inch"), (S, "$26 per bundle"), (B, "ok"))
    assert quantities(terms) == [Decimal("200")]


def test_what_one_pack_holds_the_packing_list_and_the_cargos_weight_are_no_order():
    terms = chat((B, "I-tip 接髮 22吋 1克，500 包，FOB 廈門 報價"), (S, "FOB 廈門 每包 39 美金，一包 100 根"), (B, "可以"))
    assert quantities(terms) == [Decimal("500")]
    terms = chat((B, "mannequin head 22inch 400pcs, FCA Guangzhou"), (S, "USD 14.50/pc FCA Guangzhou"), (B, "deal"),
                 (S, "ok Kevin, heads 20 ctns, will send PL"))
    assert quantities(terms) == [Decimal("400")]
    terms = chat((B, "CBB22 film capacitors 100k pcs, FCA Shenzhen"), (S, "USD 0.032 FCA Shenzhen"), (B, "ok confirm"),
                 (S, "好的 Leo, 大概 180kg, 12天后联系你"))
    assert quantities(terms) == [Decimal("100000")]
    # trap: packs ordered are the order, and a buyer's rough weight of a bulk order is its count
    terms = chat((B, "要 500 包，每包 100 根"), (S, "每包 39 美金"), (B, "可以"))
    assert quantities(terms) == [Decimal("500")]
    terms = chat((B, "dried ginger, about 500kg, CIF Dubai price?"), (S, "USD 2.10/kg CIF Dubai"), (B, "ok"))
    assert quantities(terms) == [Decimal("500")]


def test_two_goods_joined_by_a_plus_are_two_lines():
    terms = chat((B, "Hi, foldable drone landing pad 75cm 2000 pcs + hard shell carrying case 1000 pcs."),
                 (S, "landing pad USD 3.10, hard case USD 11.80"), (B, "ok"))
    assert quantities(terms) == [Decimal("2000"), Decimal("1000")]
    assert prices(terms) == [Decimal("3.10"), Decimal("11.80")]
    # trap: a count with a plus and nothing counted after it is a tier, no order
    terms = chat((B, "yoga mat 6mm, price for 3000pcs + ?"), (S, "USD 2.10"))
    assert not any(quantities(terms))


def test_a_last_offer_said_in_chinese_and_a_whole_price_per_piece_are_prices():
    terms = chat((B, "mesh LED screen P16, 120 panels. CIF Istanbul"), (S, "CIF Istanbul USD 255/panel"),
                 (B, "ok"), (S, "price 255 then"), (B, "245 pls"), (S, "250 最后"), (B, "ok 250"))
    assert prices(terms) == [Decimal("250")]
    terms = chat((B, "LED menu board lightbox A1 size, 60pcs"), (S, "A1 超薄灯箱, USD 38/pc EXW. 你要 DDP 吗?"),
                 (B, "yes DDP to LA, 空运"), (S, "空运 DDP Los Angeles 每个加 USD 14, 所以 52/pc"), (B, "52 ok"))
    assert prices(terms) == [Decimal("52")]
    # trap: what one set holds, said with a slash, is no price
    terms = chat((B, "steak knife 6/set, 500 sets"), (S, "USD 3.20/set"), (B, "ok"))
    assert prices(terms) == [Decimal("3.20")]


def test_goods_named_with_two_sizes_before_their_count_are_named():
    terms = chat((B, "repeat order: T8 LED tube 18W 1200mm 4000K 5000pcs and LED batten 1.2m 36W 1500pcs. same price?"),
                 (S, "tube USD 1.15, batten USD 3.90"), (B, "ok go ahead"))
    assert quantities(terms) == [Decimal("5000"), Decimal("1500")]
    assert prices(terms) == [Decimal("1.15"), Decimal("3.90")]
    # trap: a count's unit word is no size ("36 pcs" ends the name before it, as before)
    terms = chat((B, "repeat order: LED tube 5000pcs and LED batten 36 pcs"), (S, "tube USD 1.15, batten USD 3.90"),
                 (B, "ok"))
    assert quantities(terms) == [Decimal("5000"), Decimal("36")]


def test_a_bars_length_a_packs_weight_and_a_sizes_last_figure_are_no_order():
    terms = chat((B, "need H beam Q355B 200x200x8x12, 12m, 120 tons. destination Dammam"),
                 (S, "FOB Qingdao USD 610/t"), (B, "ok"))
    assert quantities(terms) == [Decimal("120")]
    terms = chat((B, "螺纹钢HRB400E 16mm 12米要60吨，双清包税到门"), (S, "4650元/吨"), (B, "好"))
    assert quantities(terms) == [Decimal("60")]
    terms = chat((B, "Hi, bare copper wire 1.5mm, spools of 25kg. Need 5000 kg. price?"), (S, "USD 10.85/kg FCA Ningbo"),
                 (B, "ok 10.85 good"))
    assert quantities(terms) == [Decimal("5000")]
    terms = chat((B, "P3.91户外租赁屏 500x1000箱体 36个，出厂价多少钱"), (S, "出厂价1650元/个"), (B, "可以"))
    assert quantities(terms) == [Decimal("36")]
    terms = chat((B, "航拍无人机 4K双摄 带避障，订800台，离岸价多少？"), (S, "离岸价深圳 每台62美金"), (B, "可以"))
    assert quantities(terms) == [Decimal("800")]
    # trap: metres ordered alone are the order; cartons ordered are counted
    terms = chat((B, "PVC hose 19mm, need 15m only"), (S, "USD 0.80/m"), (B, "ok"))
    assert quantities(terms) == [Decimal("15")]
    terms = chat((B, "要两千箱，每箱24罐"), (S, "每箱260元"), (B, "好"))
    assert quantities(terms) == [Decimal("2000")]


def test_a_haul_to_the_port_or_a_car_for_visitors_is_no_road_shipment_and_a_place_ends_before_suan():
    terms = chat((B, "HRC 100 tons, FOB Tianjin"), (S, "FOB Tianjin USD 540/MT"), (B, "ok 540 confirmed"),
                 (S, "mill production 20-25 days after deposit, then trucking to port takes 5 days"))
    assert terms.logistics.mode != TransportMode.ROAD
    terms = chat((B, "下个月我们去深圳看工厂"), (S, "可以，我安排车去酒店接你们"), (B, "好"))
    assert terms.logistics.mode != TransportMode.ROAD
    terms = chat((B, "COB筒灯 5000个"), (S, "USD 2.38/个"), (B, "ok"), (S, "对了，价格是按FOB宁波算的哈"))
    assert terms.incoterm.named_place == "宁波"
    # trap: trucking to the buyer, and a truck sent for the goods, are the mode
    terms = chat((B, "chairs 200 pcs, we pick up"), (S, "ok, trucking to your warehouse in Almaty, 12 days"), (B, "ok"))
    assert terms.logistics.mode == TransportMode.ROAD
    terms = chat((B, "椅子200把"), (S, "好的"), (B, "我们安排货车去你们厂拉货"), (S, "好的"))
    assert terms.logistics.mode == TransportMode.ROAD


def test_a_share_called_too_low_and_a_credit_for_the_whole_sum_leave_no_split():
    terms = chat((B, "透明LED膜屏 12平方"), (S, "每平方 USD 560，CIF 高雄"), (S, "付款方式：30% 訂金，70% 出貨前，T/T"),
                 (B, "我們公司規定訂金最多 20%，其餘 80% 出貨前"), (S, "20% 有點少，我跟財務確認一下"))
    assert shares(terms) != [20, 80]
    terms = chat((B, "napkins 10000 pcs, CIF Valencia"), (S, "EUR 0.62/pc, payment 30% deposit, 70% before shipment"),
                 (B, "prices ok. but this year our finance only approve L/C 60 days, no advance"),
                 (S, "ok, L/C 60 days acceptable"))
    assert shares(terms) != [30, 70]
    # trap: a share agreed stays when nobody calls it low
    terms = chat((B, "膜屏 12平方"), (S, "付款方式：30% 訂金，70% 出貨前，T/T"), (B, "好的"))
    assert shares(terms) == [30, 70]


def test_a_credit_received_with_the_deposit_starts_the_lead_time_and_names_no_method():
    terms = chat((B, "atomizer 20000pcs, CIF Jeddah"), (S, "CIF Jeddah USD 0.52"),
                 (B, "ok prices fine. payment 20% TT deposit, 80% by LC at sight"),
                 (S, "可以, 20% TT + 80% LC at sight 没问题"), (B, "lead time?"), (S, "30 days after deposit 和 LC 都收到"),
                 (B, "ok"))
    assert methods(terms) == ["TT", "LC_SIGHT"]
    assert lead(terms)[:2] == (30, 30)


def test_days_said_back_while_the_lead_time_is_negotiated_are_the_lead_time():
    terms = chat((B, "toasters 3000 pcs, CIF Le Havre"), (S, "交期 40 days after deposit"), (B, "40 days is long... 35?"),
                 (S, "38 days ok. GS/CE certificate included"), (B, "fine 38"))
    assert lead(terms)[:2] == (38, 38)
    terms = chat((B, "wreath 2400 pcs"), (S, "Lead time 35-40 days after deposit"),
                 (B, "price ok but we need the goods within 30 days"), (S, "ok"))
    assert lead(terms)[:2] == (None, 30)
    # trap: days of the journey, or a sum of times, are no lead time
    terms = chat((B, "wreath 2400 pcs"), (S, "Lead time 15 days after deposit"), (B, "ok"),
                 (S, "rail to Warsaw about 18-22 days"), (B, "so she lands mid next month + 40 days. fine."))
    assert lead(terms)[:2] == (15, 15)


def test_the_days_that_answer_a_question_about_the_lead_time_are_the_lead_time():
    terms = chat((B, "RC speed boat 800pcs"), (S, "USD 28.50 FOB Shantou"), (B, "ok. lead?"), (S, "around 30 days"),
                 (B, "ok"))
    assert lead(terms)[:2] == (30, 30)
    terms = chat((B, "RFID cards 5000pcs"), (S, "USD 0.28/pc"), (B, "and mass production after sample ok?"),
                 (S, "10-12 days for 5000pcs"), (B, "fine"))
    assert lead(terms)[:2] == (10, 12)
    # a delay that names the new time: the agreed days withdrawn, open again
    terms = chat((B, "force gauge 250 pcs"), (S, "USD 58/pc"), (B, "when can u ship?"), (S, "10 days"), (B, "ok perfect"),
                 (S, "Dear, sorry, our load cell supplier is delayed. we need 18 days for production now"))
    assert lead(terms)[:2] != (10, 10)
    # trap: days that answer a question about the journey are no lead time
    terms = chat((B, "RC speed boat 800pcs, DDP Miami"), (S, "USD 28.50"), (B, "ok. how long is the shipping?"),
                 (S, "around 30 days"), (B, "ok"))
    assert lead(terms)[:2] == (None, None)


def test_a_message_of_many_shares_still_reads_the_split_each_deposit_with_its_own_balance():
    # (the lookups behind this are by bisection now; the cost is measured in benchmarks, not here)
    terms = chat((S, "payment: 30% deposit, balance 70% before shipment. " * 60), (B, "ok"))
    assert shares(terms) == [30, 70]
    terms = chat((S, "定金30%，发货前付60%，尾款10%验货后付"), (B, "好"))
    assert shares(terms) == [30, 60, 10]
    # trap: a deposit whose balance follows another deposit is not that one's balance
    terms = chat((S, "30% deposit or 40% deposit, balance 60% before shipment"), (B, "ok"))
    assert shares(terms) != [30, 60]


def test_a_yarn_count_after_the_cotton_is_no_order_and_a_dozen_price_no_unit_price():
    terms = chat((B, "要方巾30x30 3000条，浴巾70x140 1000条，都是白色纯棉21支，绣酒店logo"),
                 (S, "方巾我们按打算，42元一打；浴巾38元一条，绣花另加0.5元一个位置"), (B, "好的，成交"))
    assert quantities(terms)[0] == Decimal("3000")
    assert prices(terms) == [None, Decimal("38")]
    # trap: yarns of two counts, ordered by the ton, are the goods
    terms = chat((B, "精梳纯棉纱，32支和40支"), (S, "精梳32支 USD 3.15/公斤，40支 USD 3.48/公斤"), (B, "32支要20吨，40支要15吨"),
                 (S, "好的"))
    assert Decimal("40") not in quantities(terms)


def test_wire_as_goods_is_no_transfer_and_what_a_coil_weighs_or_a_plant_covers_is_no_order():
    terms = chat((B, "hi, galvanized iron wire BWG 16, 25kg/coil, 30 tons. FOB Tianjin?"),
                 (S, "BWG16 electro galvanized, 25kg coil packed in hessian cloth, FOB Tianjin USD 735/ton"), (B, "ok deal"))
    assert quantities(terms) == [Decimal("30")]
    assert methods(terms) == []
    terms = chat((B, "are you factory or trading company?"), (S, "we are factory in Foshan since 2009, 12000 sqm, 160 workers"))
    assert not any(quantities(terms))
    # trap: a transfer by wire is still T/T, and square metres ordered are the order
    terms = chat((B, "copper wire 1.5mm 5 tons"), (S, "USD 9800/ton"), (B, "ok, we pay by wire, 30% deposit"), (S, "ok"))
    assert methods(terms)[0] == "TT"
    terms = chat((B, "我们要3000平米地毯，你们能送到义乌仓库吗？"), (S, "出厂价每平米68元"), (B, "好"))
    assert quantities(terms) == [Decimal("3000")]


def test_a_fabric_blend_is_no_payment_split():
    terms = chat((B, "chef jacket short sleeve, poly-cotton 65/35, 250 pcs"), (S, "USD 8.90/pc EXW Guangzhou"), (B, "ok"))
    assert shares(terms) == []
    # trap: a split beside T/T is still the split
    terms = chat((B, "chef jacket 250 pcs"), (S, "USD 8.90 each. payment T/T 30/70"), (B, "ok"))
    assert shares(terms) == [30, 70]


def test_figures_after_names_in_a_sentence_that_asks_for_a_better_price_are_no_counts():
    terms = chat((B, "老板你好，要遥控越野车1:16 和遥控挖掘机 合金款"),
                 (S, "汕头出厂价：越野车1:16 每台38元，挖掘机合金11通道 每台126元"),
                 (B, "越野车要1200台，红色蓝色各600，挖掘机300台"), (S, "好的，颜色都有"),
                 (B, "价格能优惠点吗，越野车35，挖掘机115"), (S, "越野车36.5，挖掘机120"), (B, "行，成交"))
    assert quantities(terms) == [Decimal("1200"), Decimal("300")]
    # trap: counts listed in their own sentence before a question of discount are counts
    terms = chat((B, "macrame wall hangings in 3 sizes, CIF Melbourne?"),
                 (S, "CIF Melbourne prices:\nS 30x45cm – USD 4.50\nM 50x70cm – USD 7.20"),
                 (B, "Lovely. Quantities: S 300, M 400. Any discount?"), (S, "ok 4.30 and 6.90"), (B, "ok"))
    assert quantities(terms) == [Decimal("300"), Decimal("400")]


def test_a_plus_before_other_goods_named_at_length_opens_no_tier():
    # the sets before the plus are a count, not a tier from 400 up: the dispensers' count is not
    # left to the pump bottles' 1200 alone
    terms = chat((B, "Need triple wall dispenser 3x350ml, white, 400 sets + single 500ml pump bottle with lockable "
                     "bracket, 1200pcs"), (S, "USD 7.80/set and USD 2.15/pc FCA Shenzhen"), (B, "ok"))
    assert quantities(terms)[:1] != [Decimal("1200")]
