"""The Resources sheet: work per person per week against capacity, the tab's figures."""

from __future__ import annotations

import pytest

from planner.core.model.entities import Project
from planner.core.resources.periods import Granularity
from planner.core.resources.usage import Usage, period_instants
from planner.core.schedule.engine import schedule
from planner.exchange.resource_report import resources_dict
from planner.exchange.workbook.book import build_workbook
from planner.exchange.workbook.resources_sheet import FIRST_WEEK, SHEET, people, weeks_of
from tests.exchange.workbook_sheets.conftest import find_row


@pytest.fixture(scope="module")
def usage(demo_schedule) -> Usage:
    return Usage(demo_schedule)


def test_each_week_holds_the_usage_views_hours(demo_book, demo_schedule, usage) -> None:
    sheet = demo_book[SHEET]
    weeks = weeks_of(usage)
    instants = period_instants(weeks[0], weeks[-1], Granularity.WEEK)[: len(weeks) + 1]
    staff = people(demo_schedule.project)
    assert [sheet.cell(2 + n, 1).value for n in range(len(staff))] == [p.name for p in staff]
    capacity_first = find_row(sheet, staff[0].name) + len(staff) + 4
    for n, person in enumerate(staff):
        work = usage.work(person.id, instants) / 60
        capacity = usage.capacity(person.id, instants) / 60
        for week in range(len(weeks)):
            assert sheet.cell(2 + n, FIRST_WEEK + week).value == pytest.approx(work[week], abs=0.01)
            assert sheet.cell(capacity_first + n, FIRST_WEEK + week).value == pytest.approx(capacity[week], abs=0.01)


def test_over_allocation_is_a_formula_against_the_capacity_cell(demo_book, demo_schedule) -> None:
    sheet = demo_book[SHEET]
    staff = people(demo_schedule.project)
    capacity_first = 2 + len(staff) + 4
    rules = [rule for ranges in sheet.conditional_formatting for rule in ranges.rules]
    formulas = [rule.formula[0] for rule in rules if rule.type == "expression"]
    assert f"G2>G{capacity_first}" in formulas
    assert any(rule.type == "colorScale" for rule in rules)
    assert sheet.cell(2, 3).value.startswith("=SUM(G2:")


def test_libreoffice_totals_are_planner_resources_work(demo_values, demo_schedule) -> None:
    sheet = demo_values[SHEET]
    hours = {r["name"]: r["work_hours"] for r in resources_dict(demo_schedule)["resources"]}
    staff = people(demo_schedule.project)
    for n, person in enumerate(staff):
        assert sheet.cell(2 + n, 3).value == pytest.approx(hours[person.name], abs=0.05)
    weeks_over = {sheet.cell(2 + n, 1).value: sheet.cell(2 + n, 6).value for n in range(len(staff))}
    capacity_first = 2 + len(staff) + 4
    expected = {
        person.name: sum(
            sheet.cell(2 + n, c).value > sheet.cell(capacity_first + n, c).value
            for c in range(FIRST_WEEK, sheet.max_column + 1)
        )
        for n, person in enumerate(staff)
    }
    assert weeks_over == expected and any(expected.values())  # the demo has an over-allocated week


def test_no_sheet_without_assignments() -> None:
    assert SHEET not in build_workbook(schedule(Project(name="Empty"))).sheetnames
