"""The project's costs worked out from its schedule: per task (summaries rolled up), per account, in time.

Totals are worked out at once (the Budget tab and the Cost column need them after
every edit); time-phased cost only when someone asks for it (a chart, `planner cost`,
earned value), per task or for the project, and then kept.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from planner.core.cost.figures import Figures
from planner.core.cost.phasing import Daily, by_month, merged, point_in, spread
from planner.core.cost.pieces import Piece, prices, task_pieces
from planner.core.model.costs import BudgetKind, Expense
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import to_abs

NO_ACCOUNT = None  # the key of costs booked to no account


@dataclass
class ProjectCosts:
    """What `project_costs` found. `tasks` holds every task (a summary with its subtasks'
    figures added); `project` the whole project, including expenses and budget lines on no
    task (those alone are in `project_level`); `accounts` the same by cost account."""

    project_figures: Figures
    tasks: dict[int, Figures]
    accounts: dict[int | None, Figures]
    project_level: Figures
    reserves: dict[BudgetKind, float]
    schedule: Schedule
    outline: Outline
    pieces: dict[int, list[Piece]] = field(repr=False)
    expenses: dict[int | None, list[Expense]] = field(repr=False)
    task_accounts: dict[int, int | None] = field(default_factory=dict, repr=False)  # a task's own account
    _own_phased: dict[tuple[int, str], Daily] = field(default_factory=dict, init=False, repr=False)

    @property
    def total_budget(self) -> float:
        """The budget with its contingency and management reserves."""
        return self.project_figures.budget + sum(self.reserves.values())

    def own_by_account(self, task_id: int) -> dict[int | None, Figures]:
        """A task's own costs (not its subtasks') split by cost account: what an account's row
        shows when it is expanded to its tasks."""
        project = self.schedule.project
        own_account = self.task_accounts.get(task_id)
        found: dict[int | None, Figures] = defaultdict(Figures)
        for piece in self.pieces.get(task_id, ()):
            figures = found[piece.account_id]
            figures.planned += piece.planned
            figures.actual += piece.actual
            figures.remaining += piece.remaining
        for expense in self.expenses.get(task_id, ()):
            found[expense.account_id or own_account].actual += expense.amount
        for line in project.budget_lines.values():
            if line.task_id == task_id and line.kind is BudgetKind.BUDGET:
                found[line.account_id].budget += line.amount
        return dict(found)

    def tasks_in_account(self, account_id: int | None) -> list[int]:
        """The tasks with costs of their own in an account, in WBS order."""
        budgeted = self._budgeted
        return [t for t in self.outline.rows() if self._touches(t, account_id, budgeted)]

    def _touches(self, task_id: int, account_id: int | None, budgeted: set[int]) -> bool:
        if task_id not in self.pieces and task_id not in self.expenses and task_id not in budgeted:
            return False
        figures = self.own_by_account(task_id).get(account_id)
        return figures is not None and bool(figures.cost or figures.budget)

    @property
    def _budgeted(self) -> set[int]:
        return {line.task_id for line in self.schedule.project.budget_lines.values() if line.task_id is not None}

    def by_day(self, task_id: int | None = None) -> Daily:
        """Cost (actual + remaining) by day, of one task and its subtasks, or of the project (None)."""
        return self._phased(task_id, "cost")

    def actual_by_day(self, task_id: int | None = None) -> Daily:
        return self._phased(task_id, "actual")

    def planned_by_day(self, task_id: int | None = None) -> Daily:
        """The planned cost by day, as if nothing were done yet (what a baseline keeps)."""
        return self._phased(task_id, "planned")

    def by_month(self, task_id: int | None = None) -> dict[str, float]:
        return by_month(self.by_day(task_id))

    def actual_by_month(self, task_id: int | None = None) -> dict[str, float]:
        return by_month(self.actual_by_day(task_id))

    def _phased(self, task_id: int | None, what: str) -> Daily:
        if task_id is None:
            ids = list(self.outline.rows())
            loose = [] if what == "planned" else self.expenses.get(None, [])
            return merged([*(self._own(t, what) for t in ids), _dated(loose)])
        return merged(self._own(t, what) for t in (task_id, *self.outline.descendants(task_id)))

    def _own(self, task_id: int, what: str) -> Daily:
        key = (task_id, what)
        found = self._own_phased.get(key)
        if found is None:
            found = self._own_phased[key] = self._phase_task(task_id, what)
        return found

    def _phase_task(self, task_id: int, what: str) -> Daily:
        pieces = self.pieces.get(task_id, [])
        expenses = [] if what == "planned" else self.expenses.get(task_id, [])
        daily = _dated(expenses)
        if not pieces:
            return daily
        schedule = self.schedule
        net = schedule.net
        node = net.rollup.get(task_id, net.leaf.get(task_id))
        calendar = net.calendars[node]
        started, finished = (to_abs(moment) for moment in schedule.span(task_id))
        done = point_in(calendar, started, finished, schedule.percent_complete(task_id) / 100)
        for piece in pieces:
            if what == "planned":
                spread(piece.planned, piece.accrual, calendar, started, finished, daily)
                continue
            spread(piece.actual, piece.accrual, calendar, started, done, daily)
            if what == "cost":
                spread(piece.remaining, piece.accrual, calendar, done, finished, daily)
        return daily


class _NoCosts(dict):
    """Every task's figures in a project where nothing costs anything: zero, made when asked for."""

    def __missing__(self, task_id: int) -> Figures:
        return Figures()


def _dated(expenses: list[Expense]) -> Daily:
    daily: Daily = {}
    for expense in expenses:
        daily[expense.date] = daily.get(expense.date, 0.0) + expense.amount
    return daily


def project_costs(project: Project, schedule: Schedule, status_date: date | None = None) -> ProjectCosts:
    """Every task's cost, actual and remaining cost and budget, summaries rolled up, and the project's.

    `status_date`: count only the expenses dated on or before it (costs as they stood then);
    None counts every expense in the ledger.
    """
    outline = schedule.outline
    reserves = {BudgetKind.CONTINGENCY: 0.0, BudgetKind.RESERVE: 0.0}
    if not (project.assignments or project.task_costs or project.expenses or project.budget_lines):
        return ProjectCosts(Figures(), _NoCosts(), {}, Figures(), reserves, schedule, outline, {}, {})  # a plan only
    expenses: dict[int | None, list[Expense]] = defaultdict(list)
    for expense in project.expenses.values():
        if status_date is None or expense.date <= status_date:
            expenses[expense.task_id if expense.task_id in project.tasks else None].append(expense)
    assignments = defaultdict(list)
    for assignment in project.assignments.values():
        assignments[assignment.task_id].append(assignment)
    task_costs = {t.task_id: t for t in project.task_costs.values()}
    priced = prices(project)
    tasks: dict[int, Figures] = {}
    pieces: dict[int, list[Piece]] = {}
    accounts: dict[int | None, Figures] = defaultdict(Figures)
    percent = schedule.percent_complete
    for task_id in project.tasks:
        task_cost = task_costs.get(task_id)
        own_expenses = expenses.get(task_id, ())
        own_assignments = assignments.get(task_id, ())
        figures = tasks[task_id] = Figures(fixed_cost=task_cost.fixed_cost if task_cost else 0.0)
        if not (own_assignments or task_cost or own_expenses):
            continue
        found = task_pieces(task_cost, own_assignments, own_expenses, percent(task_id), priced)
        for piece in found:
            figures.planned += piece.planned
            figures.actual += piece.actual
            figures.remaining += piece.remaining
            account = accounts[piece.account_id]
            account.planned += piece.planned
            account.actual += piece.actual
            account.remaining += piece.remaining
        own_account = task_cost.account_id if task_cost else None
        for expense in own_expenses:
            figures.actual += expense.amount
            accounts[expense.account_id or own_account].actual += expense.amount
        if found:
            pieces[task_id] = found
    project_level = Figures()
    for expense in expenses.get(None, ()):
        project_level.actual += expense.amount
        accounts[expense.account_id].actual += expense.amount
    for line in project.budget_lines.values():
        if line.kind is not BudgetKind.BUDGET:
            reserves[line.kind] += line.amount
            continue
        accounts[line.account_id].budget += line.amount
        target = tasks.get(line.task_id) if line.task_id is not None else None
        (target or project_level).budget += line.amount
    whole = _roll_up(tasks, outline)
    whole.add(project_level)
    task_accounts = {t: c.account_id for t, c in task_costs.items()}
    return ProjectCosts(
        whole, tasks, dict(accounts), project_level, reserves, schedule, outline, pieces, expenses, task_accounts
    )


def _roll_up(tasks: dict[int, Figures], outline: Outline) -> Figures:
    """Add each task's figures to its summary's, subtasks first; return the top-level tasks' sum."""
    whole = Figures()
    parent = outline.parent
    for task_id in reversed(list(outline.rows())):
        owner = parent[task_id]
        (tasks[owner] if owner is not None else whole).add(tasks[task_id])
    return whole
