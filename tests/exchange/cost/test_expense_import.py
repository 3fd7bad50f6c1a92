"""A bank or ERP export read into the ledger: headers auto-mapped, bad rows by row number, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.cost.amounts import parse_amount
from planner.core.errors import InputError
from planner.core.schedule.engine import schedule
from planner.exchange.expense_import import guess_mapping, read_ledger
from planner.store.projectfile import ProjectFile
from tests.core.cost.example import SHIP, TRAVEL, costed_project

ERP_EXPORT = """Posting Date;Amount (EUR);Cost Type;Task;Supplier;Invoice No.;Description
05.01.2027;1.250,00;Cloud;Ship;Microsoft Ireland;E0800A;Azure January
11.01.2027;-120,50;Travel;;Deutsche Bahn;DB-1;Refund
2027-01-07;89;travel;2;Hotel;H-7;
"""


@pytest.fixture
def costed_file(tmp_path):
    path = tmp_path / "costs.plandb"
    ProjectFile.create(path, costed_project()).close()
    return path


def write(tmp_path: Path, text: str, name: str = "ledger.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_excel_ish_headers_are_mapped():
    header = ["Posting Date", "Amount (EUR)", "Cost Type", "Task", "Supplier", "Invoice No.", "Description"]
    assert guess_mapping(header) == {
        "date": 0,
        "amount": 1,
        "account": 2,
        "task": 3,
        "vendor": 4,
        "invoice": 5,
        "note": 6,
    }


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1250", 1250),
        ("1,250.00", 1250),
        ("1.250,00", 1250),
        ("€ 1 250", 1250),
        ("12,50", 12.5),
        ("-120", -120),
        ("(120)", -120),
        ("120 CR", -120),
        ("EUR 99.90", 99.9),
        (42.5, 42.5),
    ],
)
def test_amounts_as_people_and_banks_write_them(text, amount):
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text", ["abc", "", "1.2.3,4,5x", "12 apples"])
def test_text_is_not_an_amount(text):
    with pytest.raises(InputError, match="amount"):
        parse_amount(text)


def test_an_erp_export_is_read_with_new_accounts_and_credits(tmp_path):
    project = costed_project()
    result = read_ledger(write(tmp_path, ERP_EXPORT), schedule(project))
    assert result.problems == []
    assert [(e.date.isoformat(), e.amount) for e in result.expenses] == [
        ("2027-01-05", 1250.0),
        ("2027-01-11", -120.5),
        ("2027-01-07", 89.0),
    ]
    assert [a.name for a in result.new_accounts] == ["Cloud"]
    assert result.expenses[1].account_id == TRAVEL and result.expenses[2].account_id == TRAVEL
    assert result.expenses[0].task_id == SHIP and result.expenses[0].vendor == "Microsoft Ireland"
    assert result.credits == 1


def test_bad_rows_are_reported_by_row_number_and_nothing_is_written(tmp_path, costed_file, capsys):
    bad = write(tmp_path, "Date,Amount,Task\n2027-01-05,100,2\n2027-01-06,lots,2\n2027-01-06,5,Deploy\n2026-11-30,5,\n")
    before = ProjectFile.open(costed_file, writable=False).load().expenses
    assert main(["expenses", str(costed_file), "--import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "row 3: amount 'lots' is not an amount" in err
    assert "row 4: there is no task named 'Deploy'" in err
    assert "row 5: Mon 2026-11-30 is before the project starts" in err
    assert "3 bad rows; nothing was imported" in err
    with ProjectFile.open(costed_file, writable=False) as file:
        assert file.load().expenses == before


def test_the_command_imports_and_lists_the_ledger(tmp_path, costed_file, capsys):
    assert main(["expenses", str(costed_file), "--import", str(write(tmp_path, ERP_EXPORT))]) == 0
    out = capsys.readouterr().out
    assert "imported 3 expenses, 1 of them credits" in out and "new cost accounts: Cloud" in out
    assert main(["expenses", str(costed_file), "--json"]) == 0
    ledger = json.loads(capsys.readouterr().out)
    assert ledger["currency"] == "EUR" and len(ledger["expenses"]) == 6
    assert ledger["expenses"][0] == {
        "date": "2027-01-04",
        "amount": 50.0,
        "account": "Travel",
        "task": "",
        "vendor": "",
        "invoice": "",
        "note": "",
    }
    assert main(["expenses", str(costed_file)]) == 0
    assert "120.50 CR" in capsys.readouterr().out


def test_a_ledger_without_an_amount_column_is_refused_in_one_line(tmp_path, costed_file, capsys):
    assert main(["expenses", str(costed_file), "--import", str(write(tmp_path, "When,What\n2027-01-05,x\n"))]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no Date or Amount column" in err


def test_an_excel_ledger(tmp_path, costed_file, capsys):
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Date", "Amount", "Vendor"])
    sheet.append([datetime(2027, 1, 6), 300.25, "Dell"])
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    assert main(["expenses", str(costed_file), "--import", str(path)]) == 0
    with ProjectFile.open(costed_file, writable=False) as file:
        expenses = file.load().expenses
    assert [(e.amount, e.vendor) for e in expenses.values()][-1] == (300.25, "Dell")
