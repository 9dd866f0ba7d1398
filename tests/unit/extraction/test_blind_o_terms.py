"""Terms from blind set o, each rule with a trap beside it.

Set o was used for figures-only checks during its release and then tuned on; r stays untouched as
the honest measure (see tests/data/blind/README.md).
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, prices, quantities


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
    assert items(terms) == [("UV greenhouse film", Decimal(22), Decimal("2.20"))]
    # 50 metres ordered is still an order
    terms = chat((B, "PVC hose, we need 500 m"), (S, "USD 0.60/m"), (B, "ok"))
    assert quantities(terms) == [Decimal(500)]


def test_counts_of_a_size_written_after_the_count():
    terms = chat((B, "we need all-in-one solar street lights: 300 pcs of 60W and 200 pcs of 100W."),
                 (S, "All-in-one 60W: USD 78/pc, 100W: USD 112/pc, C&F Tema."), (B, "Prices 78 and 112 confirmed."))
    assert quantities(terms) == [Decimal(300), Decimal(200)]
    assert prices(terms) == [Decimal(78), Decimal(112)]
