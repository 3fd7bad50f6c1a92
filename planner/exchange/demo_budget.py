"""The demo's money, read from `resources/demo/portal-budget.toml` onto the demo project.

Cost accounts, the people's accounts, fixed costs, the budget by phase with its reserves,
and the expenses booked up to the status date; labour costs come from the team's rates in
portal.toml. Every value is checked and a mistake names its line.
"""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files
from typing import Any

from planner.core.cost.amounts import parse_amount
from planner.core.errors import InputError
from planner.core.model.costs import (
    Accrual,
    BudgetKind,
    BudgetLine,
    CostAccount,
    Expense,
    ResourceCost,
    TaskCost,
)
from planner.core.model.entities import Project
from planner.exchange.toml_values import TomlValues

BUDGET_FILE = "portal-budget.toml"
KEYS = {  # the keys of each section
    "accounts": {"name", "code"},
    "resource_accounts": {"initials", "account"},
    "fixed_costs": {"task", "amount", "accrual", "account", "note"},
    "budget": {"name", "amount", "kind", "phase", "account"},
    "expenses": {"date", "amount", "account", "task", "vendor", "invoice", "note"},
}


def add_demo_budget(project: Project) -> None:
    """Put the demo's accounts, fixed costs, budget and expenses on the demo project."""
    source = files("planner.resources") / "demo" / BUDGET_FILE
    budget_from_toml(project, source.read_text(encoding="utf-8"), BUDGET_FILE)


def budget_from_toml(project: Project, text: str, source: str = BUDGET_FILE) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not valid TOML: {error}") from None
    _Reader(project, data, source).read()


class _Reader(TomlValues):
    def __init__(self, project: Project, data: dict[str, Any], source: str) -> None:
        super().__init__(source)
        self.project = project
        self.data = data
        self.accounts: dict[str, int] = {}

    def rows(self, section: str) -> list[tuple[str, dict[str, Any]]]:
        found = []
        for number, row in enumerate(self.data.get(section, []), start=1):
            where = f"[[{section}]] {number}"
            self.check_keys(row, KEYS[section], where)
            found.append((where, row))
        return found

    def read(self) -> None:
        unknown = sorted(set(self.data) - set(KEYS))
        if unknown:
            raise self.fail("top level", f"unknown section {unknown[0]!r}")
        for where, row in self.rows("accounts"):
            uid = len(self.project.cost_accounts) + 1
            self.project.cost_accounts[uid] = CostAccount(
                uid, self.filled_text(row, "name", where), row.get("code", "")
            )
            self.accounts[row["name"].casefold()] = uid
        self.resource_accounts()
        for where, row in self.rows("fixed_costs"):
            self.fixed_cost(where, row)
        for where, row in self.rows("budget"):
            kind = self.choice(BudgetKind, row.get("kind", "budget"), where)
            uid = len(self.project.budget_lines) + 1
            phase = self.task(row.get("phase"), where) if "phase" in row else None
            line = BudgetLine(uid, self.filled_text(row, "name", where), self.amount(row, where), kind)
            line.account_id, line.task_id = self.account(row.get("account"), where), phase
            self.project.budget_lines[uid] = line
        for where, row in self.rows("expenses"):
            self.expense(where, row)

    def resource_accounts(self) -> None:
        by_initials = {r.initials.upper(): r.id for r in self.project.resources.values()}
        for where, row in self.rows("resource_accounts"):
            account = self.account(row.get("account"), where)
            for initials in row.get("initials", []):
                resource = by_initials.get(str(initials).upper())
                if resource is None:
                    raise self.fail(where, f"no resource has the initials {initials!r}")
                uid = len(self.project.resource_costs) + 1
                self.project.resource_costs[uid] = ResourceCost(uid, resource, account)

    def fixed_cost(self, where: str, row: dict[str, Any]) -> None:
        task_id = self.task(row.get("task"), where)
        amount = self.amount(row, where)
        accrual = self.choice(Accrual, row.get("accrual", "prorated"), where)
        account = self.account(row.get("account"), where)
        if any(t.task_id == task_id for t in self.project.task_costs.values()):
            raise self.fail(where, f"task {task_id} has a fixed cost already; a task has one (as in MS Project)")
        uid = len(self.project.task_costs) + 1
        self.project.task_costs[uid] = TaskCost(uid, task_id, amount, accrual, account)

    def expense(self, where: str, row: dict[str, Any]) -> None:
        day = row.get("date")
        if not isinstance(day, date):
            raise self.fail(where, "date must be a date such as 2027-02-01")
        status = self.project.status_date
        if status is not None and day > status.date():
            raise self.fail(where, "the demo books expenses up to the status date only")
        uid = len(self.project.expenses) + 1
        task = self.task(row["task"], where) if "task" in row else None
        texts = {key: str(row.get(key, "")) for key in ("vendor", "invoice", "note")}
        self.project.expenses[uid] = Expense(
            uid, day, self.amount(row, where, signed=True), self.account(row.get("account"), where), task, **texts
        )

    # -- values -------------------------------------------------------------------------
    def filled_text(self, row: dict[str, Any], key: str, where: str) -> str:
        value = row.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"{key} must be text")
        return value.strip()

    def amount(self, row: dict[str, Any], where: str, signed: bool = False) -> float:
        try:
            value = parse_amount(row.get("amount"))
        except InputError as error:
            raise self.fail(where, str(error)) from None
        if value < 0 and not signed:
            raise self.fail(where, "a budget or fixed cost cannot be negative")
        return value

    def task(self, value: Any, where: str) -> int:
        if not isinstance(value, int) or value not in self.project.tasks:
            raise self.fail(where, f"{value!r} is not a task id of portal.toml")
        return value

    def account(self, name: Any, where: str) -> int | None:
        if name is None:
            return None
        found = self.accounts.get(str(name).casefold())
        if found is None:
            raise self.fail(where, f"account {name!r} is not one of the [[accounts]]")
        return found

    def choice(self, kind: type, value: Any, where: str) -> Any:
        try:
            return kind(value)
        except ValueError:
            raise self.fail(where, f"{value!r} is not one of {', '.join(kind)}") from None
