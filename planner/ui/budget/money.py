"""Money as the user's locale writes it, in the project's one currency (no exchange rates)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "CHF": "CHF "}
NO_EXCHANGE = "Amounts are in the project's currency ({currency}); Planner keeps no exchange rates."


def symbol(currency: str) -> str:
    return SYMBOLS.get(currency.upper(), f"{currency} " if currency else "")


def locale() -> QLocale:
    """The user's locale; the bare C locale (no grouping) reads as US English, as MS Project would."""
    found = QLocale()
    if found.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return found


def money(amount: float, currency: str, decimals: int = 0) -> str:
    """`€12,400` (or `12.400 €` where the locale writes it so); a credit as `€120.00 CR`."""
    if round(amount, decimals) == 0:
        amount = 0.0
    text = locale().toCurrencyString(abs(amount), symbol(currency).strip(), decimals)
    return f"-{text}" if amount < 0 else text


def credit_money(amount: float, currency: str) -> str:
    """A ledger amount: a negative one is a credit and says so."""
    if amount < 0:
        return f"{money(-amount, currency, 2)} CR"
    return money(amount, currency, 2)


def plain_amount(amount: float) -> str:
    """What an editor starts from: the number the locale writes, without the currency."""
    return locale().toString(amount, "f", 2)
