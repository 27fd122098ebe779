"""What a text states: an amount (a duration, count or frequency) or a price.

Read off the language-level patterns of `lexicon.py`. The ranking reads every sentence with these
at index load; the answer shows other views of an amount; the not-covered decision looks for a
passage that states prices.
"""

from __future__ import annotations

from assistant.answering.lexicon import STATES_PRICE, STATES_QUANTITY


def states_amount(text: str) -> bool:
    """Whether the text states a duration, count or frequency."""
    return bool(STATES_QUANTITY.search(text))


def states_price(text: str) -> bool:
    """Whether the text states a price (a currency and a number)."""
    return bool(STATES_PRICE.search(text))


def stated_amounts(text: str) -> frozenset[str]:
    """The amounts a text states, folded ("within a few days" -> "few days")."""
    return frozenset(" ".join(m.group().lower().split()) for m in STATES_QUANTITY.finditer(text))
