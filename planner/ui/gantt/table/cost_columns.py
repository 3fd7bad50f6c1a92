"""The cost part's task-table columns: Cost (shown), Fixed Cost, Fixed Cost Accrual, Cost Account,
Actual Cost and Remaining Cost (hidden until the PM shows them from the column menu).

Cost is MS Project's: actual + remaining, rolled up to summaries (planner.core.cost). Fixed
Cost, its accrual and the account are the task's own and typed in place; a summary has its
own fixed cost too, as in MS Project. One currency, no exchange rates.
"""

from __future__ import annotations

from planner.core.cost import Figures, ProjectCosts, project_costs
from planner.core.cost.budget_edits import set_fixed_cost, set_fixed_cost_accrual, set_task_account, task_cost_row
from planner.core.cost.lookups import account_name
from planner.core.model.costs import Accrual
from planner.ui.budget.cost_book import cost_book
from planner.ui.gantt.table.cell_edits import Outcome
from planner.ui.gantt.table.columns import Column
from planner.ui.gantt.table.facts import TaskFacts

NO_RATES = "; in the project currency, no exchange rates"


def costs_of(facts: TaskFacts) -> ProjectCosts:
    """The project's costs, worked out once per edit for every cost column (under the evm part's key,
    which reads the same), from the document's cost book that the Budget tab shares."""

    def make() -> ProjectCosts:
        document = getattr(facts.source, "document", None)
        if document is None:
            return project_costs(facts.project, facts.schedule)
        return cost_book(document).costs

    return facts.memo("evm.costs", make)


def _figures(facts: TaskFacts, task_id: int) -> Figures:
    return costs_of(facts).tasks.get(task_id) or Figures()


def amount_text(amount: float) -> str:
    return f"{amount:,.2f}"


def _amount(field: str):
    def text(facts: TaskFacts, task_id: int) -> str:
        return amount_text(getattr(_figures(facts, task_id), field))

    def key(facts: TaskFacts, task_id: int) -> float:
        return getattr(_figures(facts, task_id), field)

    return text, key


def _fixed(facts: TaskFacts, task_id: int) -> float:
    row = task_cost_row(facts.project, task_id)
    return row.fixed_cost if row else 0.0


def _accrual(facts: TaskFacts, task_id: int) -> str:
    row = task_cost_row(facts.project, task_id)
    return (row.fixed_cost_accrual if row else Accrual.PRORATED).label


def _account(facts: TaskFacts, task_id: int) -> str:
    row = task_cost_row(facts.project, task_id)
    return account_name(facts.project, row.account_id) if row else ""


def _fixed_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return set_fixed_cost(facts.project, task_id, text), None


def _accrual_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return set_fixed_cost_accrual(facts.project, task_id, text), None


def _account_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    edit = set_task_account(facts.project, task_id, text)
    new = [c.after.name for c in edit.changes if c.table == "cost_accounts"] if edit else []
    return edit, f"Added the cost account {new[0]}" if new else None


_cost_text, _cost_key = _amount("cost")
_actual_text, _actual_key = _amount("actual")
_remaining_text, _remaining_key = _amount("remaining")

COLUMNS: tuple[Column, ...] = (
    Column(
        "cost",
        "Cost",
        11,
        _cost_text,
        sort_key=_cost_key,
        align="right",
        schedule=True,
        tip="Actual + remaining cost: work at the resources' rates, material, cost resources and fixed cost" + NO_RATES,
    ),
    Column(
        "fixed_cost",
        "Fixed Cost",
        10,
        lambda f, t: amount_text(_fixed(f, t)),
        _fixed_edit,
        lambda f, t: f"{_fixed(f, t):.2f}",
        _fixed,
        align="right",
        shown=False,
        tip="What the task costs apart from its resources (a licence, a fixed-price contract)" + NO_RATES,
    ),
    Column(
        "fixed_cost_accrual",
        "Fixed Cost Accrual",
        9,
        _accrual,
        _accrual_edit,
        shown=False,
        tip="When the fixed cost counts as spent in the plan: Start, Prorated or End",
    ),
    Column(
        "cost_account",
        "Cost Account",
        12,
        _account,
        _account_edit,
        shown=False,
        tip="Where the task's costs are booked (Labour, Licences, Cloud, ...); a new name adds the account",
    ),
    Column(
        "actual_cost",
        "Actual Cost",
        11,
        _actual_text,
        sort_key=_actual_key,
        align="right",
        schedule=True,
        shown=False,
        tip="Spent: the expenses booked to the task plus the work done at the rates" + NO_RATES,
    ),
    Column(
        "remaining_cost",
        "Remaining Cost",
        11,
        _remaining_text,
        sort_key=_remaining_key,
        align="right",
        schedule=True,
        shown=False,
        tip="Still to spend: the work left at the rates and the fixed cost not yet spent" + NO_RATES,
    ),
)
