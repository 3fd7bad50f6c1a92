"""A stakeholder register and a communication plan from a PM's own spreadsheet: its usual headers understood."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl

from planner.core.communication.entities import Engagement, Frequency
from planner.core.communication.grid import Quadrant, quadrant
from planner.core.communication.registers import COMMUNICATIONS, STAKEHOLDERS
from planner.core.model.factory import new_project
from planner.exchange.register_import import read_register_sheet


def test_a_stakeholder_sheet_with_its_own_headers(tmp_path):
    path = tmp_path / "stakeholders.csv"
    path.write_text(
        "Stakeholder,Job title,Organization,E-mail,Influence,Interest,Current engagement,Desired engagement,"
        "Preferred channel,Frequency\n"
        "Maria Gold,Head of sales,Sales,maria@example.com,4,2,Resistant,Supportive,Meeting,Monthly\n",
        encoding="utf-8",
    )
    result = read_register_sheet(path, new_project("Portal", datetime(2027, 1, 4, 8)), STAKEHOLDERS)
    assert result.ignored_columns == [] and result.refused == []
    (maria,) = result.records
    assert (maria.name, maria.role, maria.organisation, maria.contact) == (
        "Maria Gold", "Head of sales", "Sales", "maria@example.com",
    )  # fmt: skip
    assert (maria.engagement, maria.wanted, maria.frequency) == (Engagement.RESISTANT, Engagement.SUPPORTIVE,
                                                                 Frequency.MONTHLY)  # fmt: skip
    assert quadrant(maria) is Quadrant.KEEP_SATISFIED


def test_a_communication_plan_from_excel(tmp_path):
    path = tmp_path / "plan.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["What", "To", "Channel", "Frequency", "Responsible", "Due date", "Last sent"])
    sheet.append(["Status report", "Sponsor", "e-mail", "weekly", "Anna", datetime(2027, 2, 19), datetime(2027, 2, 12)])
    book.save(path)
    result = read_register_sheet(path, new_project("Portal", datetime(2027, 1, 4, 8)), COMMUNICATIONS)
    (line,) = result.records
    assert (line.what, line.audience, line.owner, line.next_due, line.last_done) == (
        "Status report", "Sponsor", "Anna", date(2027, 2, 19), date(2027, 2, 12),
    )  # fmt: skip
    assert result.ignored_columns == []
