"""Reading an amount of money as people type it or a bank export writes it.

`1250`, `1,250.00`, `1.250,00`, `€ 1 250`, `EUR 1250`; a credit (a refund, a credit
note) as `-120`, `(120)` or `120 CR`. Anything else is refused with one message.
"""

from __future__ import annotations

import math
import re

from planner.core.errors import InputError

AMOUNT_HINT = "type a number such as 1250 or 1,250.00; a credit as -120 or 120 CR"
_SYMBOLS = re.compile(r"[€$£¥₹]|\b(?:EUR|USD|GBP|CHF|JPY|SEK|NOK|DKK|PLN|CZK|CAD|AUD)\b", re.IGNORECASE)
_CREDIT = re.compile(r"\s*(?:CR|credit)\.?$", re.IGNORECASE)


def parse_amount(text: object, what: str = "amount") -> float:
    """The amount in `text` (a number as it is, text as typed); a credit is negative."""
    if isinstance(text, bool):
        raise InputError(f"{what} {text!r} is not an amount: {AMOUNT_HINT}")
    if isinstance(text, int | float):
        if not math.isfinite(text):
            raise InputError(f"{what} {text!r} is not an amount: {AMOUNT_HINT}")
        return float(text)
    raw = str(text or "").strip()
    cleaned = _SYMBOLS.sub("", raw).replace("\u00a0", " ").strip()
    negative = False
    credit = _CREDIT.search(cleaned)
    if credit:
        negative, cleaned = True, cleaned[: credit.start()].strip()
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1].strip()
    if cleaned.startswith(("-", "\u2212")):
        negative, cleaned = True, cleaned[1:].strip()
    number = _number(cleaned.replace(" ", "").replace("'", ""))
    if number is None:
        if not raw:
            raise InputError(f"{what} is empty: {AMOUNT_HINT}")
        raise InputError(f"{what} {raw!r} is not an amount: {AMOUNT_HINT}")
    return -number if negative else number


def _number(text: str) -> float | None:
    if not re.fullmatch(r"\d[\d.,]*", text or ""):
        return None
    comma, dot = text.rfind(","), text.rfind(".")
    if comma >= 0 and dot >= 0:  # the later one is the decimal point
        point = "," if comma > dot else "."
        group = "." if point == "," else ","
        text = text.replace(group, "").replace(point, ".")
    elif comma >= 0:  # 1,250 is grouping; 12,50 is a decimal comma
        decimals = len(text) - comma - 1
        text = text.replace(",", ".") if text.count(",") == 1 and decimals != 3 else text.replace(",", "")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
