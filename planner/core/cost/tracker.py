"""A project's costs kept across edits: after an edit only the tasks whose inputs changed are priced
again, and what changed is added up their summaries, instead of pricing every task.

A task's own costs follow from its fixed cost row, its assignments, its expenses and its %
complete; entities are replaced, never changed in place, so an edit that left them alone left
the very same objects, and `is` finds what changed at the cost of one pass over the rows. A
change of the outline, of a resource or of a resource's account prices everything again.
`project_costs` stays the definition: a property test checks the tracker against it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from planner.core.cost.figures import Figures
from planner.core.cost.pieces import Piece, prices, task_pieces
from planner.core.cost.project_costs import ProjectCosts, project_costs
from planner.core.edits.changes import Changes
from planner.core.model.costs import BudgetKind
from planner.core.model.entities import Project
from planner.core.schedule.result import Schedule

Own = tuple[tuple, Figures, list[tuple[Any, float, float, float]], list[Piece]]  # key, figures, by account, pieces


class CostTracker:
    def __init__(self) -> None:
        self._last: ProjectCosts | None = None
        self._own: dict[int, Own] = {}
        self._inputs: tuple = ()
        self._index: tuple | None = None  # assignments, expenses and fixed costs by task, kept up to date
        self._rows: dict[str, dict[int, int | None]] = {}  # row id -> the task it was on, per table

    def costs(self, project: Project, schedule: Schedule, changes: Changes | None = None) -> ProjectCosts:
        """The costs of the project as it is, from those of the last call where that is cheaper.

        `changes`: what every edit since the last call touched (None: not known, so every task's
        inputs are compared)."""
        inputs = (schedule.outline, *project.resources.values(), None, *project.resource_costs.values())
        last = self._last
        if last is None or not _same(inputs, self._inputs) or type(last.tasks) is not dict or not last.pieces:
            self._inputs = inputs
            return self._full(project, schedule)
        if changes is None or changes.project:
            return self._update(project, schedule, last, None)
        return self._update(project, schedule, last, self._touched(project, schedule, changes))

    def _touched(self, project: Project, schedule: Schedule, changes: Changes) -> set[int]:
        """The tasks whose own costs an edit may have changed; the indexes by task follow the edit."""
        assignments, expenses, task_costs = self._index
        touched = set(changes.tasks)
        for table, index in (("assignments", assignments), ("expenses", expenses), ("task_costs", None)):
            rows, was_on = project.table(table), self._rows[table]
            for uid in changes.of(table):
                old = was_on.pop(uid, None)
                row = rows.get(uid)
                new = row.task_id if row is not None else None
                new = new if new in project.tasks or table != "expenses" else None
                touched.update(t for t in (old, new) if t is not None)
                if index is not None:
                    if uid in index.get(old, {}):
                        del index[old][uid]
                    if row is not None:
                        index.setdefault(new, {})[uid] = row
                elif row is None:
                    task_costs.pop(old, None)
                else:
                    task_costs.pop(old, None) if old != new else None
                    task_costs[new] = row
                if row is not None:
                    was_on[uid] = new
        if changes.affects_schedule:  # a summary's % complete follows its subtasks'
            touched.update(t for t in self._last.pieces if schedule.outline.is_summary(t))
        return touched

    # -- from scratch ---------------------------------------------------------------------
    def _full(self, project: Project, schedule: Schedule) -> ProjectCosts:
        costs = project_costs(project, schedule)
        self._own = {}
        self._index = _indexes(project)
        self._rows = {
            "assignments": {a.id: a.task_id for a in project.assignments.values()},
            "expenses": {e.id: e.task_id if e.task_id in project.tasks else None for e in project.expenses.values()},
            "task_costs": {t.id: t.task_id for t in project.task_costs.values()},
        }
        if costs.pieces or costs.expenses or costs.task_accounts:
            assignments, expenses, task_costs = self._lists()
            priced = prices(project)
            for task_id in project.tasks:
                self._own[task_id] = _own(task_id, schedule, assignments, expenses, task_costs, priced)
        self._last = costs
        return costs

    # -- after an edit --------------------------------------------------------------------
    def _lists(self):
        assignments, expenses, task_costs = self._index
        return (
            {t: list(rows.values()) for t, rows in assignments.items()},
            {t: list(rows.values()) for t, rows in expenses.items()},
            task_costs,
        )

    def _update(self, project: Project, schedule: Schedule, last: ProjectCosts, touched: set[int] | None):
        if touched is None:
            self._full(project, schedule)  # indexes rebuilt; then every task compared
            return self._last
        index_assignments, index_expenses, task_costs = self._index
        assignments = {t: list(index_assignments.get(t, {}).values()) for t in touched}
        expenses = {t: list(index_expenses.get(t, {}).values()) for t in touched}
        expenses[None] = list(index_expenses.get(None, {}).values())
        priced = prices(project)
        tasks, accounts = dict(last.tasks), dict(last.accounts)
        pieces = dict(last.pieces)
        copied: set = set()
        parent = schedule.outline.parent
        own = self._own
        for task_id in touched:
            if task_id not in project.tasks:
                continue
            key = _key(task_id, schedule, assignments, expenses, task_costs)
            before = own.get(task_id)
            if before is not None and _same(key, before[0]):
                continue
            after = own[task_id] = _own(task_id, schedule, assignments, expenses, task_costs, priced, key)
            if after[3]:
                pieces[task_id] = after[3]
            else:
                pieces.pop(task_id, None)
            old = before[1] if before else Figures()
            delta = Figures(0.0, *(getattr(after[1], f) - getattr(old, f) for f in _FIELDS))
            node: int | None = task_id
            while node is not None:
                _bump(tasks, node, delta, copied)
                node = parent.get(node)
            for account, planned, actual, remaining in before[2] if before else ():
                _bump(accounts, account, Figures(0.0, -planned, -actual, -remaining), copied)
            for account, planned, actual, remaining in after[2]:
                _bump(accounts, account, Figures(0.0, planned, actual, remaining), copied)
        every = {t: list(rows.values()) for t, rows in index_expenses.items() if rows}  # for the phasing
        costs = self._finish(project, schedule, last, tasks, accounts, pieces, every, task_costs)
        self._last = costs
        return costs

    def _finish(self, project, schedule, last, tasks, accounts, pieces, expenses, task_costs) -> ProjectCosts:
        """Budgets, money on no task and the project's totals: few rows, worked out again."""
        outline = schedule.outline
        budgets: dict[int, float] = defaultdict(float)
        account_budgets: dict[Any, float] = defaultdict(float)
        level = Figures()
        reserves = {BudgetKind.CONTINGENCY: 0.0, BudgetKind.RESERVE: 0.0}
        for line in project.budget_lines.values():
            if line.kind is not BudgetKind.BUDGET:
                reserves[line.kind] += line.amount
                continue
            account_budgets[line.account_id] += line.amount
            node = line.task_id if line.task_id in tasks else None
            if node is None:
                level.budget += line.amount
            while node is not None:
                budgets[node] += line.amount
                node = outline.parent.get(node)
        for task_id in {t for t, f in tasks.items() if f.budget} | set(budgets):
            if tasks[task_id].budget != budgets.get(task_id, 0.0):
                tasks[task_id] = replace(tasks[task_id], budget=budgets.get(task_id, 0.0))
        for expense in expenses.get(None, ()):
            level.actual += expense.amount
        loose: dict[Any, float] = defaultdict(float)
        for expense in expenses.get(None, ()):
            loose[expense.account_id] += expense.amount
        for account in set(accounts) | set(account_budgets) | set(loose) | set(last.accounts):
            figures = accounts.get(account, Figures())
            actual = figures.actual - _loose_actual(last, account) + loose.get(account, 0.0)
            accounts[account] = replace(figures, budget=account_budgets.get(account, 0.0), actual=actual)
        whole = Figures()
        for top in outline.children.get(None, ()):
            whole.add(tasks[top])
        whole.add(level)
        costs = ProjectCosts(
            whole, tasks, accounts, level, reserves, schedule, outline, pieces, expenses,
            {t: c.account_id for t, c in task_costs.items()},
        )  # fmt: skip
        costs._loose = dict(loose)
        return costs


_FIELDS = ("planned", "actual", "remaining", "fixed_cost")


def _loose_actual(costs: ProjectCosts, account: Any) -> float:
    loose = getattr(costs, "_loose", None)
    if loose is None:
        return sum(e.amount for e in costs.expenses.get(None, ()) if e.account_id == account)
    return loose.get(account, 0.0)


def _bump(table: dict, key: Any, delta: Figures, copied: set) -> None:
    """Add `delta` to table[key], copying the figures first so the last result stays as it was."""
    if (id(table), key) not in copied:
        table[key] = replace(table.get(key) or Figures())
        copied.add((id(table), key))
    table[key].add(delta)


def _indexes(project: Project):
    """Assignments and expenses by task (then by id, in the project's order), fixed cost rows by task."""
    assignments: dict[int, dict] = defaultdict(dict)
    for assignment in project.assignments.values():
        assignments[assignment.task_id][assignment.id] = assignment
    expenses: dict[int | None, dict] = defaultdict(dict)
    for expense in project.expenses.values():
        expenses[expense.task_id if expense.task_id in project.tasks else None][expense.id] = expense
    task_costs = {t.task_id: t for t in project.task_costs.values()}
    return dict(assignments), dict(expenses), task_costs


def _key(task_id: int, schedule: Schedule, assignments, expenses, task_costs) -> tuple:
    task_cost = task_costs.get(task_id)
    mine, spent = assignments.get(task_id, ()), expenses.get(task_id, ())
    percent = schedule.percent_complete(task_id) if (mine or task_cost) else 0.0
    return (task_cost, percent, *mine, None, *spent)


def _own(task_id, schedule, assignments, expenses, task_costs, priced, key=None) -> Own:
    key = key or _key(task_id, schedule, assignments, expenses, task_costs)
    task_cost = task_costs.get(task_id)
    mine, spent = assignments.get(task_id, ()), expenses.get(task_id, ())
    figures = Figures(fixed_cost=task_cost.fixed_cost if task_cost else 0.0)
    found = task_pieces(task_cost, mine, spent, key[1], priced) if (mine or task_cost or spent) else []
    by_account = []
    for piece in found:
        figures.planned += piece.planned
        figures.actual += piece.actual
        figures.remaining += piece.remaining
        by_account.append((piece.account_id, piece.planned, piece.actual, piece.remaining))
    own_account = task_cost.account_id if task_cost else None
    for expense in spent:
        figures.actual += expense.amount
        by_account.append((expense.account_id or own_account, 0.0, expense.amount, 0.0))
    return key, figures, by_account, found


def _same(first: tuple, second: tuple) -> bool:
    return len(first) == len(second) and all(
        a is b or (type(a) is float and a == b) for a, b in zip(first, second, strict=True)
    )
