"""User text never becomes a formula in the stakeholder's workbook (OWASP's formula injection)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.styles import DATE, MONEY, add_styles, money_format

HOSTILE = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_reads_back_as_the_same_text(tmp_path, name) -> None:
    book = Workbook()
    put(book.active["A1"], name)
    book.save(tmp_path / "x.xlsx")
    cell = load_workbook(tmp_path / "x.xlsx").active["A1"]
    assert cell.data_type == "s"
    assert cell.value == name.replace("\r", "\n")  # XML keeps line ends as \n; still text


def test_plain_values_keep_their_types(tmp_path) -> None:
    book = Workbook()
    put(book.active["A1"], "Design review")
    put(book.active["A2"], -3.5)
    formula(book.active["A3"], "=A2*2")
    book.save(tmp_path / "x.xlsx")
    sheet = load_workbook(tmp_path / "x.xlsx").active
    assert (sheet["A1"].value, sheet["A2"].value, sheet["A3"].value) == ("Design review", -3.5, "=A2*2")
    assert sheet["A3"].data_type == "f"


def test_a_formula_must_be_one() -> None:
    with pytest.raises(ValueError):
        formula(Workbook().active["A1"], "SUM(A1)")


def test_named_styles_carry_the_currency(tmp_path) -> None:
    book = Workbook()
    add_styles(book, "GBP")
    put(book.active["A1"], 1234.5, MONEY)
    put(book.active["A2"], 46000, DATE)
    book.save(tmp_path / "x.xlsx")
    sheet = load_workbook(tmp_path / "x.xlsx").active
    assert sheet["A1"].number_format == money_format("GBP") and "£" in money_format("GBP")
    assert sheet["A1"].style == MONEY


def test_a_styled_hostile_text_keeps_its_quote_prefix(tmp_path) -> None:
    book = Workbook()
    add_styles(book, "EUR")
    put(book.active["A1"], "=1+1", MONEY)
    book.save(tmp_path / "x.xlsx")
    cell = load_workbook(tmp_path / "x.xlsx").active["A1"]
    assert cell.quotePrefix and cell.data_type == "s" and cell.style == MONEY
