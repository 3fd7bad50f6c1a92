"""The project's money as plain data: cost accounts, a task's fixed cost, budget lines, expenses.

Costs themselves are not stored: they follow from work, rates and these rows
(planner.core.cost works them out). What is stored is what a PM decides or records:
which account a cost goes to, a task's fixed cost and when it accrues, the budget
and its reserves, and the ledger of what was actually paid. One project currency;
Planner keeps no exchange rates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Accrual(StrEnum):
    """When a cost counts as incurred: on the first day, spread over the work, or on the last day."""

    START = "start"
    PRORATED = "prorated"
    END = "end"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class BudgetKind(StrEnum):
    """A budget line is part of the cost budget, or a reserve held above it."""

    BUDGET = "budget"
    CONTINGENCY = "contingency"  # for known risks (the risk register's expected monetary value)
    RESERVE = "reserve"  # management reserve, for the unknown

    @property
    def label(self) -> str:
        return BUDGET_KIND_LABELS[self]


BUDGET_KIND_LABELS = {
    BudgetKind.BUDGET: "Budget",
    BudgetKind.CONTINGENCY: "Contingency reserve",
    BudgetKind.RESERVE: "Management reserve",
}

DEFAULT_ACCOUNTS = ("Labour", "Licences", "Hardware", "Cloud", "Travel", "Contractors")


@dataclass
class CostAccount:
    """One line of the cost breakdown: Labour, Licences, Hardware, Cloud, Travel, Contractors."""

    id: int
    name: str
    code: str = ""  # the finance department's code for it, if it has one


@dataclass
class TaskCost:
    """A task's own money: its fixed cost, when that accrues, and the account its costs go to."""

    id: int
    task_id: int
    fixed_cost: float = 0.0
    fixed_cost_accrual: Accrual = Accrual.PRORATED
    account_id: int | None = None


@dataclass
class ResourceCost:
    """The cost account a resource's cost goes to (Contractors for a contractor, Cloud for a service)."""

    id: int
    resource_id: int
    account_id: int | None = None


@dataclass
class BudgetLine:
    """An amount budgeted: for an account, a phase (any task), both, or the project as a whole."""

    id: int
    name: str
    amount: float = 0.0
    kind: BudgetKind = BudgetKind.BUDGET
    account_id: int | None = None
    task_id: int | None = None


@dataclass
class Expense:
    """One line of the ledger: money actually paid (a negative amount is a credit, a refund)."""

    id: int
    date: date
    amount: float
    account_id: int | None = None
    task_id: int | None = None
    vendor: str = ""
    invoice: str = ""
    note: str = ""

    @property
    def is_credit(self) -> bool:
        return self.amount < 0
