"""Names of common trade currencies, as contracts write them in words."""

CURRENCY_NAMES_EN = {
    "USD": "US Dollars", "EUR": "Euros", "GBP": "Pounds Sterling", "CNY": "Renminbi Yuan",
    "HKD": "Hong Kong Dollars", "JPY": "Japanese Yen", "AUD": "Australian Dollars",
    "CAD": "Canadian Dollars", "SGD": "Singapore Dollars", "CHF": "Swiss Francs",
}

CURRENCY_NAMES_ZH = {
    "USD": "美元", "EUR": "欧元", "GBP": "英镑", "CNY": "人民币", "HKD": "港元",
    "JPY": "日元", "AUD": "澳元", "CAD": "加元", "SGD": "新加坡元", "CHF": "瑞士法郎",
}
