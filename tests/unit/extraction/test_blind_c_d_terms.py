"""Terms from the blind sets c and d, each rule with a trap beside it.

Set c was measured untouched for a release, then tuned on once sets d and e had been written
blind; d was tuned on next, and e stays untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, items, lead, methods, shares
from tradepact.domain.terms import PaymentMethod, TermStatus, TransportMode

# --- payment -----------------------------------------------------------------------------------

def test_full_payment_before_dispatch_is_all_in_advance():
    terms = chat((S, "USD 11.80/pc. Full payment via Trade Assurance before dispatch."), (B, "ok"))
    assert shares(terms) == [Decimal(100)] and methods(terms) == [PaymentMethod.ESCROW]
    assert shares(chat((S, "100% payment via Trade Assurance before dispatch."))) == [Decimal(100)]
    # a full payment of the balance is the rest of a split, not all in advance
    terms = chat((S, "30% deposit, full payment of the balance before shipment."), (B, "ok"))
    assert shares(terms) == [Decimal(30), Decimal(70)]


def test_methods_offered_as_a_choice_before_the_split_leave_the_split_standing():
    terms = chat((S, "DDP Chicago USD 3.05/pc for 1,000 pcs of the pet beds"),
                 (B, "Looks ok. How do we pay?"),
                 (S, "Western Union or PayPal, 100% before production."))
    assert shares(terms) == [Decimal(100)]
    assert terms.payment.offered_methods == [PaymentMethod.WESTERN_UNION, PaymentMethod.PAYPAL]
    # shares paid by different instruments are still one schedule split across them
    terms = chat((S, "30% deposit by T/T, the rest by L/C at sight."), (B, "ok"))
    assert methods(terms) == [PaymentMethod.TT, PaymentMethod.LC_SIGHT]


def test_a_method_named_only_to_be_checked_chooses_nothing():
    offered = ((S, "USD 3.05/pc"), (B, "How do we pay?"), (S, "Western Union or PayPal, 100% before production."))
    terms = chat(*offered, (B, "We need to check the PayPal fees, will confirm the method tomorrow."))
    assert terms.payment.status == TermStatus.CONFLICTING
    assert terms.payment.offered_methods == [PaymentMethod.WESTERN_UNION, PaymentMethod.PAYPAL]
    # naming one of them without a deferral picks it
    terms = chat(*offered, (B, "PayPal then."))
    assert methods(terms) == [PaymentMethod.PAYPAL]


def test_a_split_across_instruments_restated_without_its_trigger_agrees_it():
    terms = chat((S, "For a first order we need at least 30% deposit by T/T, the rest D/P at sight."),
                 (B, "Okay, 30% T/T and 70% D/P. Agreed."))
    assert terms.payment.status == TermStatus.AGREED
    assert methods(terms) == [PaymentMethod.TT, PaymentMethod.DP]
    # a different split is a counter, not an acceptance
    terms = chat((S, "30% deposit by T/T, the rest D/P at sight."), (B, "20% T/T and 80% D/P?"))
    assert terms.payment.status != TermStatus.AGREED


def test_documents_against_payment_or_acceptance_in_chinese_alone():
    assert methods(chat((S, "老客户可以，即期付款交单。"))) == [PaymentMethod.DP]
    terms = chat((S, "承兌交單60天"))
    assert methods(terms) == [PaymentMethod.DA] and terms.payment.installments[-1].due_days == 60
    # the payment word alone names no method
    assert methods(chat((S, "付款方式我们再商量。"))) == []


# --- acceptance --------------------------------------------------------------------------------

def test_a_reply_of_praise_alone_accepts():
    offer = (S, "Price USD 118/pc CPT Warsaw, shipped by rail, ready in 45 days.")
    for reply in ("Good.", "Great, thanks!", "very good"):
        assert chat(offer, (B, reply)).incoterm.status == TermStatus.AGREED, reply
    # praise of something else, or with a complaint, is no yes
    assert chat(offer, (B, "Good quality but the price is too high.")).incoterm.status == TermStatus.PROPOSED


def test_taking_a_quoted_quantity_accepts_the_quote():
    terms = chat((S, "Dried mango slices AUD 9.80/kg CIF Brisbane, MOQ 500 kg."),
                 (B, "We'll take 1,200 kg. Payment?"),
                 (S, "100% T/T in advance for the first order, goods ready 10 days after payment."),
                 (B, "ok, proceed."))
    assert terms.incoterm.status == TermStatus.AGREED
    assert items(terms) == [("Dried mango slices", Decimal(1200), Decimal("9.80"))]
    # a count asked about is no taking
    terms = chat((S, "USD 0.40/pc FOB Ningbo."), (B, "If we take 10,000 pcs, what price?"))
    assert terms.incoterm.status == TermStatus.PROPOSED


def test_checking_with_someone_first_is_no_yes():
    offer = ((S, "木製拼圖每盒新台幣58元，交期40天。"), (B, "40天太長了，能不能35天？"))
    terms = chat(*offer, (S, "我跟車間確認一下。"), (B, "付款我們用信用證。"), (S, "信用證可以，要即期的。"))
    assert terms.lead_time.status == TermStatus.CONFLICTING and lead(terms) == (None, None)
    # confirming the order is a yes
    terms = chat((S, "价格FCA西安每台165美元，生产需要25-30天。"), (B, "好的，确认下单。"))
    assert terms.incoterm.status == TermStatus.AGREED


# --- lead time ---------------------------------------------------------------------------------

def test_a_bare_duration_answering_a_lead_time_question_is_the_lead_time():
    terms = chat((S, "USD 6.10/pc FCA Guangzhou."), (B, "Great. When will they be ready?"),
                 (S, "Four weeks from today, then your forwarder can collect at our warehouse."))
    assert lead(terms) == (28, 28)
    terms = chat((S, "FOB Ningbo USD 1.32/pc, lead time 20 days."), (B, "OK. Lead time 20 days confirmed?"),
                 (S, "Sorry, after checking with the workshop it is 30 days now."))
    assert lead(terms) == (30, 30)
    assert lead(chat((B, "What's the difference in lead time?"), (S, "Same, 15 days."))) == (15, 15)


def test_a_duration_answering_anything_else_is_no_lead_time():
    # a question about shipping is answered with transit time
    terms = chat((B, "How long is shipping to Hamburg?"), (S, "About 30 days by sea."))
    assert lead(terms) == (None, None)
    # the answer to a lead-time question that names the time on the way
    terms = chat((B, "When will they be ready?"), (S, "They arrive about 35 days after they leave."))
    assert lead(terms) == (None, None)
    # no question before it: a bare duration says nothing
    assert lead(chat((S, "USD 2/pc."), (S, "Same, 15 days."))) == (None, None)


# --- goods -------------------------------------------------------------------------------------

def test_a_name_between_for_and_the_offer():
    terms = chat((S, "Hi Daniel, for the solar garden lights we can do USD 2.85/pc FOB Xiamen"),
                 (B, "ok. we want 6,000 pcs."))
    assert items(terms) == [("solar garden lights", Decimal(6000), Decimal("2.85"))]
    for text in ("for this order we can do USD 2.85/pc", "for 2 weeks we can do USD 2.85/pc",
                 "The ex-factory price is $20 each"):
        assert [i.description or None for i in chat((S, text)).line_items] == [None], text


def test_the_goods_come_with_a_part_named_in_their_label():
    terms = chat((S, "Sir, the kraft paper bags with handle USD 0.16/pc FOB Xiamen."))
    assert [i.description for i in terms.line_items] == ["kraft paper bags with handle"]


def test_names_before_currencies_other_than_dollars():
    for code in ("AUD", "HKD", "CAD"):
        terms = chat((S, f"Dried mango slices {code} 9.80/kg"))
        assert [i.description for i in terms.line_items] == ["Dried mango slices"], code


def test_each_count_taken_goes_to_its_own_goods():
    terms = chat((S, "Quotation CIF Jebel Ali: cotton bath towels USD 2.30/pc, cotton hand towels USD 0.95/pc."),
                 (B, "Ok. We take 5,000 bath towels and 8,000 hand towels."))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [
        (Decimal(5000), Decimal("2.30")), (Decimal(8000), Decimal("0.95"))]
    # a count of boxes names no goods of its own
    terms = chat((S, "nitrile gloves USD 3.20/box"), (B, "deal, we take the 2000 boxes"))
    assert [(i.description, i.quantity) for i in terms.line_items] == [("nitrile gloves", Decimal(2000))]


def test_a_quote_request_counts_the_goods_but_a_pack_size_does_not():
    terms = chat((B, "Please quote 200,000 PP woven sacks, 50kg size."))
    assert [i.quantity for i in terms.line_items] == [Decimal(200000)]
    assert [i.quantity for i in chat((B, "Price for the 25kg bags?")).line_items] == []


def test_chinese_goods_before_the_rule_or_heading_the_quote():
    terms = chat((S, "汽车座套FOB广州每套4.3美元，付款40%定金"), (B, "好的"))
    assert [i.description for i in terms.line_items] == ["汽车座套"]
    terms = chat((S, "毛絨玩具報價：出廠價每個港幣18元"))
    assert [i.description for i in terms.line_items] == ["毛絨玩具"]
    terms = chat((S, "王总您好，6205轴承报价：CIF杰贝阿里，每套0.68美元。"))
    assert [i.description for i in terms.line_items] == ["6205轴承"]
    # a mode before the rule is no goods
    terms = chat((S, "班列FCA西安每台210美元，海运CIF格但斯克每台198美元。"))
    assert not any(i.description for i in terms.line_items)


def test_square_metres_units_before_prices_and_schemes_counted():
    terms = chat((S, "地毯FOB天津每平米9.8美元，3000平米。"))
    assert items(terms) == [("地毯", Decimal(3000), Decimal("9.8"))]
    assert [i.unit_price for i in chat((S, "我们要500台，每台2500元")).line_items] == [Decimal(2500)]
    # 台币 is a currency, not 台 (sets); two schemes are not two goods
    assert [i.quantity for i in chat((S, "DDP台中每張2500台幣")).line_items] == [None]  # the price's item
    assert [i.quantity for i in chat((S, "两个方案：A) 30% T/T, B) 100% L/C")).line_items] == []


def test_a_unit_price_is_read_before_its_moq():
    terms = chat((S, "宠物牵引绳报价：FOB厦门 1.15美元/条，5000条起订。"))
    assert items(terms) == [("宠物牵引绳", None, Decimal("1.15"))]
    # an order total after an amount without a unit is still no unit price
    assert [i.unit_price for i in chat((S, "USD 5000 in total")).line_items] == []


# --- places and modes --------------------------------------------------------------------------

def test_places_end_before_a_door_and_may_have_four_characters():
    assert chat((S, "DDP Chicago door to door USD 3.05/pc")).incoterm.named_place == "Chicago"
    assert chat((S, "FOB Rio de Janeiro USD 3/pc")).incoterm.named_place == "Rio de Janeiro"
    assert chat((S, "CIF杰贝阿里，每套0.68美元")).incoterm.named_place == "杰贝阿里"
    assert chat((S, "雙清包稅到台中門口，每張38美元")).incoterm.named_place == "台中"
    # a goods name written onto a model name is no place before the rule
    assert chat((S, "LED植物灯到岸价汉堡每台45美元。")).incoterm.named_place == "汉堡"


def test_the_sellers_own_trucks_are_road():
    terms = chat((S, "先付定金2万元，余款发货前结清。我们用自己的车送到义乌仓库。"), (B, "行"))
    assert terms.logistics.mode == TransportMode.ROAD
    assert chat((B, "我们自己开车去你们工厂看看")).logistics.mode == TransportMode.UNSPECIFIED


# --- from set d ----------------------------------------------------------------------------------

def test_a_deposit_word_closes_one_share_and_opens_no_other():
    for text in ("30% deposit 70% before shipment.", "30% deposit 70% balance before shipment."):
        assert shares(chat((S, text), (B, "ok"))) == [Decimal(30), Decimal(70)], text
    assert shares(chat((S, "deposit 30% balance 70% before shipment"), (B, "ok"))) == [Decimal(30), Decimal(70)]


def test_a_fixed_deposit_named_after_its_amount_is_no_unit_price():
    terms = chat((B, "ok we go with the helmets, 1500 pcs, USD 14.20 FOB Xiamen"),
                 (S, "can you pay USD 5,000 first? bal before shipment"),
                 (B, "yes can do 5000 usd deposit. how long production"),
                 (S, "about 40-45 days"))
    assert [i.unit_price for i in terms.line_items] == [Decimal("14.20")]
    assert lead(terms) == (40, 45)  # "how long production" asks without a question mark


def test_a_factory_that_gave_a_price_is_another_supplier():
    terms = chat((B, "one Shenzhen factory gave us 4.20 USD FOB for same spec. yours is 4.80, why?"))
    assert [i.unit_price for i in terms.line_items if i.unit_price] == []
    # our own factory's price is ours
    assert [i.unit_price for i in chat((S, "our factory price is USD 4.80/pc")).line_items] == [Decimal("4.80")]


def test_a_bottom_price_without_a_possessive_and_the_count_before_and_if():
    terms = chat((B, "what is price if we take 10k sets?"),
                 (S, "for 10,000 sets we can do $8.20/set. for 3000 sets it is $9.50/set. FOB Ningbo"),
                 (B, "we start with three thousand sets and if it sell good we order more later "
                     "can you do 9.20 for the three thousand"),
                 (S, "for 3000 sets 9.40 is bottom price my friend"),
                 (B, "ok 9.40 agreed, 3000 sets FOB Ningbo."))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(Decimal(3000), Decimal("9.40"))]
    # "if" after a comma still governs the rest: the 10k answer stays hypothetical
    terms = chat((B, "price if we take 10k pcs?"), (S, "for 10,000 pcs USD 0.36/pc"))
    assert [i.unit_price for i in terms.line_items if i.unit_price] == []


def test_spoken_yuan_and_sizes_in_metres():
    terms = chat((S, "茶具套装85元一套，马克杯6块5一个，都是出厂价"))
    assert [i.unit_price for i in terms.line_items] == [Decimal(85), Decimal("6.5")]
    assert [i.unit_price for i in chat((S, "这样吧，6块3一个，不能再少了")).line_items] == [Decimal("6.3")]
    # 块 counting pieces stays a count
    assert [i.quantity for i in chat((B, "我们要500块瓷砖")).line_items] == [Decimal(500)]
    # a length of the goods is no quantity ordered
    terms = chat((B, "你好，反光尼龙狗绳 1.5米，8000条，FOB上海价格多少？"))
    assert [i.quantity for i in terms.line_items] == [Decimal(8000)]


def test_a_confirmed_colour_sample_starts_the_lead_time():
    terms = chat((B, "ok 9.40 agreed. lead time?"), (S, "about 25 days after you confirm the color samples"))
    assert lead(terms) == (25, 25)


def test_a_deposit_in_spoken_yuan_is_a_fixed_deposit_not_a_count():
    terms = chat((B, "硅藻泥地垫 40x60cm，5000条，出厂价多少？"), (S, "出厂价12.8元一条"),
                 (B, "可以。定金多少"), (S, "定金一万块，剩下的货做好验货后付清"), (B, "好的"))
    assert [i.quantity for i in terms.line_items] == [Decimal(5000)]
    first = terms.payment.installments[0]
    assert first.fixed_amount_minor == 1_000_000 and first.currency == "CNY"


def test_a_count_per_variant_is_no_order():
    terms = chat((B, "香薰蠟燭500個，有冇現貨？"), (S, "有現貨，薰衣草同白茶味各250個都得。每個港幣28元"))
    assert [i.quantity for i in terms.line_items] == [Decimal(500)]


def test_a_courier_for_the_sample_is_no_mode_of_the_bulk():
    terms = chat((S, "样品3天可以寄出，走顺丰国际。大货FOB宁波 每桶5.6美金"), (B, "好的"))
    assert terms.logistics.mode == TransportMode.UNSPECIFIED
    # the bulk by courier is express
    assert chat((S, "大货走顺丰，3天到。"), (B, "好的")).logistics.mode == TransportMode.EXPRESS


def test_a_conditional_offer_taken_up_is_on_the_table():
    terms = chat((B, "LED panel light 600x600, your price 6.80 CIF Jebel Ali is high."),
                 (S, "if you take 4000 pcs I can do USD 6.50 CIF Jebel Ali. 3000 pcs no, 6.80 only"),
                 (B, "ok 4000 pcs at 6.50 then."))
    assert [(i.quantity, i.unit_price, i.currency) for i in terms.line_items] == [
        (Decimal(4000), Decimal("6.50"), "USD")]
    assert terms.incoterm.status == TermStatus.AGREED
    # not taken up: it stays a hypothetical
    terms = chat((S, "if you take 4000 pcs I can do USD 6.50 CIF Jebel Ali."), (B, "hmm let me think"))
    assert [i.unit_price for i in terms.line_items if i.unit_price] == []


def test_prices_at_a_count_in_a_list_and_the_currency_said_of_all():
    terms = chat((B, "final list:\n- heavyweight hoodies 400gsm, 500 pcs @ 8.50\n"
                     "- crew socks 1200 pairs @ 0.65\nall USD right?"), (S, "Yes all in USD, EXW Dongguan."))
    assert [(i.quantity, i.unit_price, i.currency) for i in terms.line_items] == [
        (Decimal(500), Decimal("8.50"), "USD"), (Decimal(1200), Decimal("0.65"), "USD")]
    terms = chat((B, "hair dryers 800 pcs @ 7.90, FOB Shenzhen"), (S, "Yes, all our prices are in USD."))
    assert [(i.unit_price, i.currency) for i in terms.line_items] == [(Decimal("7.90"), "USD")]
    # a name before a comma that does not open a line is no goods
    terms = chat((S, "90 days usance is fine, USD 9.55/set then."), (B, "Understood, USD 9.55/set with L/C 90 days."))
    assert not any(i.description for i in terms.line_items)


def test_shipping_costs_are_no_unit_price():
    terms = chat((S, "Price USD 2.35/pc EXW Guangzhou. Shipping by DHL is about USD 165 to Toronto, 5-7 days"))
    assert [i.unit_price for i in terms.line_items] == [Decimal("2.35")]


def test_usance_written_days_first_and_a_credit_opened_as_agreed():
    terms = chat((S, "Ok 1460 final, 90 days usance L/C, delivery 30 days after L/C arrival."),
                 (B, "ok agreed 1460. we will open LC at Sonali bank"))
    assert methods(terms) == [PaymentMethod.LC_USANCE] and terms.payment.installments[-1].due_days == 90
    assert lead(terms) == (30, 30)
    # asking the other side to open one names the credit
    assert methods(chat((S, "Please open the L/C within 10 days after the order."), (B, "ok"))) == [
        PaymentMethod.LC_SIGHT]


# --- from set e ----------------------------------------------------------------------------------

def test_a_component_cost_and_a_surcharge_are_no_unit_price():
    terms = chat((S, "AP-300 FOB Ningbo is USD 48.50/unit."), (B, "we can do USD 44.00."),
                 (S, "44 is below our cost honestly, the H13 filter alone is nearly 9 dollars."))
    assert 9 not in [i.unit_price for i in terms.line_items]
    terms = chat((S, "FOB Nansha 可以, 加 USD 0.25/pc 拖车报关费, so FOB Nansha USD 8.05."))
    assert [i.unit_price for i in terms.line_items] == [Decimal("8.05")]


def test_an_answer_to_a_hypothetical_count_taken_up_is_the_offer():
    terms = chat((S, "bubble wrap FOB Shanghai USD 6.30/roll."), (B, "If 340 rolls, price better?"),
                 (S, "340 rolls 可以 USD 5.90/roll."), (B, "ok then 340 rolls, 1x40HQ, 5.90 FOB Shanghai."))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(Decimal(340), Decimal("5.90"))]
    # a count asked about without a unit is hypothetical too, and the answer stays one
    terms = chat((B, "backpacks 5000 pcs FOB Xiamen, price?"), (S, "5000 pcs USD 3.40/pc."),
                 (B, "and if we take 10k? what would it be?"), (S, "for 10000 pcs can do 3.15"))
    assert [(i.quantity, i.unit_price) for i in terms.line_items] == [(Decimal(5000), Decimal("3.40"))]


def test_a_bare_counter_in_a_chat_of_several_goods_goes_to_the_goods_priced_near_it():
    terms = chat((S, "paper bags HK$6.20/pc, gift boxes HK$1.45/pc."), (B, "the small one can be 1.30?"),
                 (S, "1.38 ok, last price"), (B, "ok"))
    assert [i.unit_price for i in terms.line_items] == [Decimal("6.20"), Decimal("1.38")]
    # near two prices at once, it belongs to neither
    terms = chat((S, "paper bags USD 1.40/pc, gift boxes USD 1.45/pc."), (B, "1.30 ok?"))
    assert [i.unit_price for i in terms.line_items] == [Decimal("1.40"), Decimal("1.45")]


def test_chinese_bare_counters_near_the_price_on_the_table():
    terms = chat((B, "真丝方巾1000条多少钱"), (S, "亲 出厂价38元一条"), (B, "太贵了 35吧"),
                 (S, "35真的不行 最低36"), (B, "36可以 顺丰到付就行"))
    assert [(i.unit_price, i.currency) for i in terms.line_items] == [(Decimal(36), "CNY")]
    # far from any price, a bare number is no price: a count or days
    terms = chat((S, "出厂价38元一条"), (B, "3000可以吗"))
    assert [i.unit_price for i in terms.line_items] == [Decimal(38)]


def test_half_first_and_a_week_before_shipping():
    terms = chat((S, "好的 顺丰到付没问题。先付一半，发货前付清。一周左右出货"), (B, "好的👌"))
    assert shares(terms) == [Decimal(50), Decimal(50)] and lead(terms) == (7, 7)
    assert lead(chat((S, "一个月可以生产五万个。"))) == (None, None)  # a rate, not a lead time


def test_praise_opening_a_reply_accepts_unless_it_holds_something_back():
    offer = (S, "30% deposit and 70% before shipment by T/T. Production 35 days.")
    assert chat(offer, (B, "great, sending deposit Monday")).payment.status == TermStatus.AGREED
    assert chat(offer, (B, "Great, but can you do 20% deposit?")).payment.status != TermStatus.AGREED


def test_terms_in_dispute_and_counts_in_words_stay_grounded():
    # two MOQs, two currencies: CONFLICTING with no value, kept rather than dropped as ungrounded
    chat((S, "MOQ 每个颜色 2000 pairs, 最好 10000 pairs"))
    chat((S, "We accept USD, EUR or RMB."))
    terms = chat((B, "这次走两个40HQ，海运到汉堡。"), (S, "好的，两个40HQ没问题。"))
    assert [(c.type.value, c.count) for c in terms.logistics.containers] == [("40HQ", 2)]


def test_usance_credits_written_without_their_days_next_to_the_letters():
    terms = chat((S, "Payment: L/C at sight preferred"),
                 (B, "Our bank only issues usance L/C, 90 days from B/L date. Please confirm."),
                 (S, "we can accept L/C 90 days after B/L date, but price becomes USD 46.80/pc."),
                 (B, "Ok, 46.80 accepted. Pls send PI so our bank can open the L/C."))
    assert methods(terms) == [PaymentMethod.LC_USANCE] and terms.payment.installments[-1].due_days == 90
    assert methods(chat((S, "we accept usance L/C"), (B, "ok"))) == [PaymentMethod.LC_USANCE]


def test_the_pieces_of_a_set_are_no_order_quantity():
    terms = chat((B, "想訂化妝刷12支套組（含PU收納包），3000套。"))
    assert [i.quantity for i in terms.line_items] == [Decimal(3000)]


def test_the_full_amount_paid_in_advance_and_a_place_after_our_warehouse():
    terms = chat((B, "DDP our warehouse in Manchester, by sea is fine. Payment via Alibaba Trade Assurance, "
                     "full amount."), (S, "ok, all confirmed as you wrote"))
    assert terms.incoterm.named_place == "Manchester"
    assert shares(terms) == [Decimal(100)] and methods(terms) == [PaymentMethod.ESCROW]
    assert shares(chat((B, "I'll pay the full amount via PayPal today, ok?"), (S, "OK"))) == [Decimal(100)]
    # the full amount of an order with a deposit is no prepayment
    assert shares(chat((S, "the full amount of the order is USD 5000, deposit 30%"), (B, "ok")))[:1] == [
        Decimal(30)]


def test_a_unit_after_the_amount_and_a_price_with_or_without_tax():
    # "一片" after the amount makes it a price per piece, whatever total follows
    terms = chat((S, "三层口罩 CPT拉各斯 0.12美金一片，5万片总共6000美金，含空运费。"))
    assert [i.unit_price for i in terms.line_items] == [Decimal("0.12")]
    terms = chat((S, "对的黄老板，出厂价12块5，不含税不含运费。"))
    assert [(i.unit_price, i.currency) for i in terms.line_items] == [(Decimal("12.5"), "CNY")]
    # a freight charge is still no unit price
    assert [i.unit_price for i in chat((S, "运费大概2000元。")).line_items if i.unit_price] == []
    # the buyer's logistics truck sent for the goods is road
    terms = chat((B, "到时候我们叫物流车来厂里提货，直接拉到义乌仓库。"), (S, "👌"))
    assert terms.logistics.mode == TransportMode.ROAD
