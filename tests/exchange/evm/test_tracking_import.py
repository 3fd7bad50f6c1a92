"""MS Project's progress, baseline and cost columns in a task import, and `planner import --status-date`."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from planner.cli import main
from planner.core.evm.baselines import baseline_numbered, task_rows
from planner.core.model.costs import Accrual
from planner.exchange.task_import import SheetError, import_tasks

HEADER = (
    "ID,Name,Duration,Predecessors,% Complete,Actual Start,Actual Finish,Baseline Start,Baseline Finish,"
    "Baseline Duration,Baseline Cost,Fixed Cost,Fixed Cost Accrual,Actual Cost"
)
ROWS = [
    '1,Design,10d,,100%,1/4/2027,1/15/2027,1/4/2027,1/15/2027,10d,"10,000.00",10000,Prorated,"12,000.00"',
    "2,Build,10d,1,40%,1/18/2027,NA,1/18/2027,1/29/2027,10d,8000,8000,Start,3000",
    "3,Test,5d,2,0%,NA,NA,2/1/2027,2/5/2027,5d,4000,4000,End,",
]


def sheet(tmp_path, rows=ROWS, header=HEADER):
    path = tmp_path / "export.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_worked_example_imports_with_its_baseline_costs_and_actuals(tmp_path):
    project = import_tasks(sheet(tmp_path), status_date=datetime(2027, 1, 22, 17))
    assert project.status_date == datetime(2027, 1, 22, 17)
    design, build = project.tasks[1], project.tasks[2]
    assert (design.actual_start, design.actual_finish, design.percent_complete) == (
        datetime(2027, 1, 4, 8), datetime(2027, 1, 15, 17), 100.0,
    )  # fmt: skip
    assert (build.actual_start, build.actual_finish, build.percent_complete) == (datetime(2027, 1, 18, 8), None, 40)
    baseline = baseline_numbered(project, 0)
    assert baseline.name == "Imported" and baseline.for_variance
    rows = task_rows(project, baseline)
    assert [rows[t].cost for t in (1, 2, 3)] == [10_000, 8_000, 4_000]
    assert rows[3].start == datetime(2027, 2, 1, 8) and rows[3].finish == datetime(2027, 2, 5, 17)
    costs = {c.task_id: (c.fixed_cost, c.fixed_cost_accrual) for c in project.task_costs.values()}
    assert costs == {1: (10_000, Accrual.PRORATED), 2: (8_000, Accrual.START), 3: (4_000, Accrual.END)}
    spent = {e.task_id: (e.date, e.amount) for e in project.expenses.values()}
    assert spent == {1: (date(2027, 1, 15), 12_000), 2: (date(2027, 1, 22), 3_000)}


def test_import_then_evm_from_the_command_line(tmp_path, capsys):
    target = tmp_path / "imported.plandb"
    source = sheet(tmp_path)
    assert main(["import", str(source), "-o", str(target), "--status-date", "2027-01-22"]) == 0
    capsys.readouterr()
    assert main(["evm", str(target), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status_date"] == "2027-01-22T17:00"
    assert (report["bac"], report["pv"], report["ev"]) == (22_000, 14_000, 13_200)
    assert report["ac"] == 15_000  # the Actual Cost column, booked as expenses
    assert report["cpi"] == 0.88


def test_bad_cells_are_reported_by_row_and_nothing_is_imported(tmp_path):
    rows = [
        "1,Design,10d,,100%,1/4/2027,1/15/2027,1/4/2027,1/15/2027,10d,lots,,,",
        "2,Build,10d,1,40%,1/18/2027,1/10/2027,1/18/2027,,10d,8000,,Sometimes,-5",
    ]
    with pytest.raises(SheetError) as failure:
        import_tasks(sheet(tmp_path, rows))
    messages = [str(problem) for problem in failure.value.problems]
    assert any("row 2" in m and "baseline cost 'lots' is not an amount of money" in m for m in messages)
    assert any("row 3" in m and "actual finish is before actual start" in m for m in messages)
    assert any("row 3" in m and "Baseline Start and Baseline Finish" in m for m in messages)
    assert any("row 3" in m and "'Sometimes' is not one of Start, Prorated, End" in m for m in messages)
    assert any("row 3" in m and "actual cost '-5' is negative" in m for m in messages)


def test_a_cost_column_without_fixed_cost_becomes_the_tasks_fixed_cost(tmp_path):
    project = import_tasks(sheet(tmp_path, ['1,Licences,1d,"2,500"'], "ID,Name,Duration,Cost"))
    assert [c.fixed_cost for c in project.task_costs.values()] == [2_500]


def test_a_status_date_before_the_start_is_refused(tmp_path, capsys):
    target = tmp_path / "imported.plandb"
    assert main(["import", str(sheet(tmp_path)), "-o", str(target), "--status-date", "2026-12-01"]) == 2
    assert "before the project start" in capsys.readouterr().err
    assert not target.exists()
