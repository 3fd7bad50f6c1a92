"""A small project whose costs are worked out by hand in the tests' docstrings.

Phase 1 (summary, budget 10,000; contingency 1,000 on the project)
  Build  5d Mon 4 - Fri 8 Jan 2027, 50% complete; account Licences, fixed cost 1,000 prorated;
         Ana 40h of work of which 10h overtime (50/h, 75/h overtime, 100 per use; account Labour);
         an expense of 1,200 on Tue 5 Jan.
  Ship   2d Mon 11 - Tue 12 Jan after Build; fixed cost 300 accrued at the end;
         3 Servers (material, 2,000 each); Travel (a cost resource, account Travel) 500,
         of which 200 is spent (an expense on Mon 11 Jan).
A project expense of 50 for Travel on Mon 4 Jan, on no task.
"""

from __future__ import annotations

from datetime import date, datetime

from planner.core.model.costs import Accrual, BudgetKind, BudgetLine, CostAccount, Expense, ResourceCost, TaskCost
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Link, Project, Resource, Task
from planner.core.model.factory import new_project

LABOUR, LICENCES, TRAVEL = 1, 2, 3
PHASE, BUILD, SHIP = 1, 2, 3


def costed_project() -> Project:
    project = new_project("Costs", datetime(2027, 1, 4, 8, 0))
    project.tasks = {
        PHASE: Task(PHASE, "Phase 1", position=1),
        BUILD: Task(BUILD, "Build", parent_id=PHASE, position=1, duration=Duration(5 * 480), percent_complete=50),
        SHIP: Task(SHIP, "Ship", parent_id=PHASE, position=2, duration=Duration(2 * 480)),
    }
    project.links = {1: Link(1, BUILD, SHIP)}
    project.resources = {
        1: Resource(1, "Ana", standard_rate=50, overtime_rate=75, cost_per_use=100),
        2: Resource(2, "Servers", kind="material", standard_rate=2000),
        3: Resource(3, "Travel", kind="cost"),
    }
    project.assignments = {
        1: Assignment(1, BUILD, 1, work_minutes=2400, overtime_work_minutes=600),
        2: Assignment(2, SHIP, 2, units=3),
        3: Assignment(3, SHIP, 3, cost=500),
    }
    project.cost_accounts = {
        LABOUR: CostAccount(LABOUR, "Labour"),
        LICENCES: CostAccount(LICENCES, "Licences"),
        TRAVEL: CostAccount(TRAVEL, "Travel"),
    }
    project.resource_costs = {1: ResourceCost(1, 1, LABOUR), 2: ResourceCost(2, 3, TRAVEL)}
    project.task_costs = {
        1: TaskCost(1, BUILD, fixed_cost=1000, account_id=LICENCES),
        2: TaskCost(2, SHIP, fixed_cost=300, fixed_cost_accrual=Accrual.END),
    }
    project.budget_lines = {
        1: BudgetLine(1, "Phase 1", 10000, task_id=PHASE),
        2: BudgetLine(2, "Contingency", 1000, kind=BudgetKind.CONTINGENCY),
    }
    project.expenses = {
        1: Expense(1, date(2027, 1, 5), 1200, task_id=BUILD, vendor="Atlassian"),
        2: Expense(2, date(2027, 1, 11), 200, account_id=TRAVEL, task_id=SHIP),
        3: Expense(3, date(2027, 1, 4), 50, account_id=TRAVEL),
    }
    return project
