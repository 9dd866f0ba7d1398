"""Terms from blind set o, each rule with a trap beside it.

Set o was used for figures-only checks during its release and then tuned on; s stays untouched as
the honest measure (see tests/data/blind/README.md).
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, prices, quantities


def test_the_pieces_of_one_set_are_no_order():
    terms = chat((B, "Need TPE car floor mats full set (4 pcs) for Land Cruiser. 800 sets total, mixed"),
                 (S, "TPE 3D mats 4pcs/set: USD 9.80/set, CIF Jebel Ali"), (B, "ok 9.80"))
    assert quantities(terms) == [Decimal(800)]
    # pieces ordered are still the order
    terms = chat((B, "we need 400 pcs of the floor mats"), (S, "USD 2.45/pc"), (B, "ok"))
    assert quantities(terms) == [Decimal(400)]


def test_a_width_is_no_length_ordered_and_a_change_accepted_is_taken():
    terms = chat((B, "We need UV greenhouse film, 200 micron, 12m width. about 20 tons. CIF Mombasa"),
                 (S, "USD 2.35/kg CIF Mombasa. 20 tons goes in one 40HQ."), (B, "ok 2.25?"), (S, "ok 2.25"),
                 (B, "if we increase to 22 tons can you do 2.20?"),
                 (S, "22 tons still ok in the 40HQ. 2.20 for 22 tons accepted"))
    # (the tonnes priced per kilogram are counted in kilograms, as o's writer labels them)
    assert items(terms) == [("UV greenhouse film", Decimal(22000), Decimal("2.20"))]
    # 50 metres ordered is still an order
    terms = chat((B, "PVC hose, we need 500 m"), (S, "USD 0.60/m"), (B, "ok"))
    assert quantities(terms) == [Decimal(500)]


def test_counts_of_a_size_written_after_the_count():
    terms = chat((B, "we need all-in-one solar street lights: 300 pcs of 60W and 200 pcs of 100W."),
                 (S, "All-in-one 60W: USD 78/pc, 100W: USD 112/pc, C&F Tema."), (B, "Prices 78 and 112 confirmed."))
    assert quantities(terms) == [Decimal(300), Decimal(200)]
    assert prices(terms) == [Decimal(78), Decimal(112)]


def test_a_list_headed_by_its_currency_and_counts_listed_after_qty():
    terms = chat((B, "need copper press fittings 15mm. Qty 5000 elbows, 3000 tees, 4000 couplings"),
                 (S, "elbow RMB 3.2, tee RMB 4.4, coupling RMB 2.7 每个"), (B, "can you quote in USD pls"),
                 (S, "OK USD: elbow 0.45, tee 0.62, coupling 0.38 /pc, FOB Ningbo"), (B, "confirmed"))
    assert quantities(terms) == [Decimal(5000), Decimal(3000), Decimal(4000)]
    assert prices(terms) == [Decimal("0.45"), Decimal("0.62"), Decimal("0.38")]
    assert terms.currency.code == "USD"
    # a size after the colon is no price
    terms = chat((S, "USD: 12.5mm hose at 0.80/m"), (B, "ok"))
    assert prices(terms) == [Decimal("0.80")]
    # a head before no listed price names no currency of the deal: "plate cost per design RMB: 600--1500"
    terms = chat((S, "Mould and plate cost per design is RMB: 600--1500 yuan/design, refunded on orders"), (B, "ok"))
    assert terms.currency.code is None


def test_cantonese_and_chinese_counters_and_the_warehouse_after_a_place():
    terms = chat((B, "尼龍狗帶1.5米反光款，今次要250打"), (S, "每打港幣96蚊，DAP葵涌倉"), (B, "96有啲貴喎，92得唔得？"),
                 (S, "最多94啦，運費都包埋"), (B, "好啦94，照舊月結30日"))
    assert prices(terms) == [Decimal(94)]
    assert terms.incoterm.named_place == "葵涌"
    assert all(d != "今次" for d, _, _ in items(terms))
    terms = chat((S, "CIF基隆每支21美金"), (B, "19.5可以嗎？"), (S, "20美金是最低了"), (B, "好，就20美金，成交"),
                 (B, "老闆說數量改成600支，價格一樣20嗎？"),
                 (S, "600支可以，價格再給您降到19.8"), (B, "太好了"))
    assert prices(terms) == [Decimal("19.8")]
    terms = chat((S, "付款100%出貨前T/T，交期30天"), (B, "OK"))
    assert [i.percent for i in terms.payment.installments] == [Decimal(100)]


def test_retail_packing_is_no_retail_price_and_a_count_names_no_goods():
    terms = chat((B, "iPhone 15钢化膜，带零售包装，报个价，双清包税到迪拜"),
                 (S, "高清9H钢化膜含零售包装，双清包税到迪拜，每片0.32美金，起订量5000片"),
                 (B, "我先下2万片试试市场，0.32可以。"), (S, "2万片0.32没问题。"))
    assert items(terms) == [("", Decimal(20000), Decimal("0.32"))]
    assert terms.incoterm.named_place == "迪拜"
    # a shop's retail price is still no price between the parties
    terms = chat((S, "店里零售价15块。我们批发价每个8元"), (B, "好"))
    assert prices(terms) == [Decimal(8)]


def test_the_way_to_the_buyer_and_a_proof_beside_production_are_no_lead_time():
    for said in ("Production 20 days after deposit. Sea from Ningbo to Rotterdam about 32 days.",
                 "Production 20 days, loading 2-3 days after. Vessel to San Antonio takes about 40 days",
                 "Print proof 2 days, then 20 days production",
                 "production 20 days after artwork ok, sea + trucking about 30 days",
                 "production 20 days, then we ship by FedEx, 5-7 days to you"):
        assert lead(chat((S, said), (B, "ok"))) == (20, 20), said
    # loading a number of days after the deposit, and shipping by courier within days, are lead time
    assert lead(chat((S, "Loading 15 days after deposit."), (B, "ok"))) == (15, 15)
    assert lead(chat((S, "Stock items: we ship by DHL within 3 days after payment."), (B, "ok")))[1] == 3


def test_a_second_name_after_a_count_and_and_labels_its_own_count():
    terms = chat((B, "the down jackets: men's hooded puffer (90/10 duck down) 600 pcs and women's long parka 800 pcs"),
                 (S, "men's hooded puffer USD 28.50/pc, women's long parka USD 27.00/pc, FOB Shanghai"), (B, "ok"))
    assert items(terms) == [("men's hooded puffer", Decimal(600), Decimal("28.50")),
                            ("women's long parka", Decimal(800), Decimal("27.00"))]
    terms = chat((B, "mesh office chair OC-702 (high back) 200 pcs and OC-705 (mid back) 80 pcs"),
                 (S, "OC-702 USD 42/pc, OC-705 USD 31/pc."), (B, "ok"))
    assert quantities(terms) == [Decimal(200), Decimal(80)]
    # what is added with "plus" is a cost, no goods
    terms = chat((S, "sample cost USD 25/pc, 3 colors = USD 75 plus DHL USD 48. Total USD 123"),
                 (B, "for bulk 800 pcs what's the price?"), (S, "800 pcs USD 11.80/pc FOB Qingdao"), (B, "ok"))
    assert items(terms) == [("", Decimal(800), Decimal("11.80"))]
