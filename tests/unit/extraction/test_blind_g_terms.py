"""Terms from blind set g, each rule with a trap beside it.

Set g was measured once, untouched, in the release it was written for; it was tuned on after set
h had been written and measured. Four writers working apart from each other labelled a term the
other side never disputed, followed by that side's "ok" to something later, as AGREED; an "ok"
now accepts the other side's undisputed statement, not only what was said since the acceptor last
spoke. A question, a proposal ("how about 30 days?") or an open counter is still accepted only by
a reply to it.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities, shares
from tradepact.domain.terms import PaymentMethod, TermStatus, TransportMode

# --- acceptance --------------------------------------------------------------------------------

def test_an_ok_accepts_an_undisputed_statement_made_before_the_acceptor_last_spoke():
    offer = (B, "memory foam seat cushions, 4000 pcs at EUR 6.20 DAP Warsaw by rail, agreed on our side.")
    terms = chat(offer, (S, "thank you! for deposit we need EUR 5,000 by T/T, balance before the train departure."),
                 (B, "ok, 5000 EUR deposit will be sent Monday"), (S, "👍 thank you."))
    assert terms.incoterm.status == TermStatus.AGREED
    # a question is still answered only by a reply to it
    terms = chat((B, "FOB Ningbo possible?"), (S, "we will check"), (B, "also pls send photos"), (S, "ok"))
    assert terms.incoterm.status == TermStatus.MISSING


def test_waiting_for_an_answer_put_off_is_no_yes():
    terms = chat((S, "AP-300 FOB Ningbo is USD 48.50/unit for 800 units."),
                 (B, "48.50 is above our budget, we can do USD 44.00."),
                 (S, "44 is below our cost honestly. Let me check with my manager tomorrow and revert."),
                 (B, "Ok, waiting for your reply."))
    assert terms.incoterm.status == TermStatus.PROPOSED
    assert prices(terms) == [None]  # both prices turned down: no price
    terms = chat((S, "FOB Ningbo USD 3.20/pc"), (B, "Let me ask my boss, will reply tmr"), (S, "ok thx"))
    assert terms.incoterm.status == TermStatus.PROPOSED


def test_a_deferral_in_the_acceptance_itself_accepts_nothing():
    terms = chat((S, "Kraft mailer boxes: USD 0.42/pc EXW Dongguan, MOQ 3000 pcs."),
                 (B, "ok noted, our forecast is not fixed yet. will confirm qty next month"))
    assert terms.incoterm.status == TermStatus.PROPOSED


def test_accepting_as_per_the_pi_or_asking_for_the_pi_accepts_all():
    pi = (S, "PI: 10,000 pcs, USD 1.85/pc CFR Jebel Ali, 30% T/T deposit, 70% before shipment")
    assert chat(pi, (B, "ok fine, accepted as per PI. pls send for signature")).incoterm.status == TermStatus.AGREED
    terms = chat((S, "FOB廈門 USD 2.8/個，付款30%訂金 T/T，70%出貨前。"), (B, "2.6可以嗎？"),
                 (S, "好吧，2.6可以"), (B, "謝謝，請開PI。"))
    assert terms.incoterm.status == TermStatus.AGREED and prices(terms) == [Decimal("2.6")]
    # asking whether a PI exists is no yes
    assert chat(pi, (B, "is this the final PI?")).incoterm.status == TermStatus.PROPOSED


def test_paying_is_agreeing():
    offer = (S, "PEVA shower curtains 5000 pcs, CPT Duisburg by rail, EUR 2.30/pc. 30% TT deposit")
    terms = chat(offer, (B, "2.15 ok?"), (S, "2.20 last price 🙏"), (B, "2.15 and we pay deposit today"),
                 (S, "ok ok 2.15 成交"))
    assert terms.incoterm.status == TermStatus.AGREED and prices(terms) == [Decimal("2.15")]
    # naming how the deposit is paid is no payment
    assert chat(offer, (B, "we pay deposit by T/T?")).incoterm.status == TermStatus.PROPOSED


# --- payment -----------------------------------------------------------------------------------

def test_an_lc_usance_and_a_later_mention_of_the_lc_draft():
    terms = chat((S, "Payment: irrevocable L/C at 90 days after B/L date, CFR Lagos USD 168/set"),
                 (B, "Our bank will open the LC usance 90 days as per PI."),
                 (S, "Noted, thank you. we wait for LC draft 🙏"))
    assert [i.method for i in terms.payment.installments] == [PaymentMethod.LC_USANCE]
    assert terms.payment.installments[-1].due_days == 90
    assert terms.incoterm.status == TermStatus.AGREED


def test_a_deposit_the_other_side_insists_on_counters_the_split():
    terms = chat((S, "FOB Ningbo USD 0.36/pc, 50% deposit 50% before shipment T/T"),
                 (B, "price too high, 0.30 and payment 30% deposit, 70% against BL copy"),
                 (S, "0.33 ok, but deposit must be 50%"),
                 (B, "we will think, 30% deposit is our company policy"))
    assert terms.payment.status == TermStatus.CONFLICTING
    assert Decimal(30) not in shares(terms) and Decimal(50) not in shares(terms)
    assert prices(terms) == [None]  # 0.36, 0.30 and 0.33: the price is still open


# --- goods -------------------------------------------------------------------------------------

def test_yen_is_a_currency():
    terms = chat((S, "eye masks JPY 95/pc"), (B, "Eye masks 90 yen possible?"), (S, "ok"))
    assert prices(terms) == [Decimal(90)] and terms.currency.code == "JPY"


def test_a_model_number_before_a_chinese_comma_is_no_thousands():
    terms = chat((B, "水龙头净水器 FW-10，400台，CIP迪拜 空运，多少钱？"))
    assert quantities(terms) == [Decimal(400)]
    assert quantities(chat((B, "订10，400台"))) == [Decimal(10400)]


def test_a_count_of_kinds_of_products_is_no_quantity():
    terms = chat((B, "你好，要两个产品：太空铝毛巾架 1500套，不锈钢水槽过滤网 5000个，FOB深圳报价"))
    assert quantities(terms) == [Decimal(1500), Decimal(5000)]


def test_books_are_counted_and_a_minimum_makes_a_sample_time_no_lead_time():
    terms = chat((B, "最少要做多少本？大概多久能出样品？"), (S, "定制款起订量500本，样品7天左右。"))
    assert terms.moq.value == Decimal(500)
    assert terms.lead_time.status == TermStatus.MISSING
    # a chat about a sample order alone still takes the samples' time
    terms = chat((B, "可以先寄样品吗？多久能寄？"), (S, "样品7天左右可以寄出"))
    assert terms.lead_time.min_days == 7


def test_stainless_and_non_stick_negate_nothing():
    terms = chat((S, "不粘烤盘 8000个 FOB青岛 1.45美金/个已经确认。"))
    assert terms.incoterm.rule is not None and terms.incoterm.named_place == "青岛"
    assert chat((S, "不锈钢水槽过滤网 FOB深圳 0.35美金/个")).incoterm.named_place == "深圳"
    # a negation still negates
    assert chat((B, "不要FOB青岛")).incoterm.rule is None


def test_traditional_shared_container_and_full_remittance_before_shipment():
    terms = chat((S, "DDP台南 TWD 420/個，走海運併櫃。付款全額出貨前匯款。"), (B, "好，就這樣，明天匯款。"))
    assert terms.logistics.mode == TransportMode.SEA_LCL
    assert shares(terms) == [Decimal(100)]
    assert [i.method for i in terms.payment.installments] == [PaymentMethod.TT]
    # money sent by Western Union is no T/T
    terms = chat((S, "付款西聯匯款"))
    assert PaymentMethod.TT not in [i.method for i in terms.payment.installments]


def test_asking_the_accountant_names_no_goods():
    terms = chat((S, "不粘烤盘 8000个 FOB青岛 1.45美金/个"), (B, "烤盘价格OK。付款方式我要问一下财务，明天回复你。"))
    assert len(terms.line_items) == 1


def test_a_spoken_counter_after_a_chinese_comma_is_a_price():
    terms = chat((S, "您好，CFR吉达 2.3美元/卷。"), (B, "2.1可以就下单"), (S, "2.1亏本了，2.2吧"),
                 (B, "好，2.2，三万卷。"))
    assert prices(terms) == [Decimal("2.2")]
    # a count is no price: "1,200吧" is twelve hundred
    assert prices(chat((S, "2.3美元/卷"), (B, "1,200吧"))) == [Decimal("2.3")]
