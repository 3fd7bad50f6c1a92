"""What an MS Project XML export cannot hold, one line each, so that nothing is lost unnamed.

Tables MSPDI has no place for are named with their row counts; a table added later that
this module does not know is named too (by its table name), never dropped silently. Values
the file holds only approximately (a fractional % complete, a % lag) and what was turned
into something else (public holidays into dated exceptions) are named as well.
"""

from __future__ import annotations

from planner.core.model.tables import TABLE_NAMES
from planner.core.records.registry import REGISTERS
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.result import Schedule

# Tables the export writes (whole, or the part of them MSPDI holds: see PARTLY).
CARRIED = frozenset(
    {
        "tasks",
        "links",
        "calendars",
        "resources",
        "assignments",
        "levelling_delays",
        "task_costs",
        "baselines",
        "task_baselines",
        "task_earned_value",
        "msp_tasks",
    }
)
# Tables MSPDI has no place for: what a PM would call them.
DESCRIBED = {  # (one row, many rows)
    "skills": ("skill", "skills"),
    "resource_skills": ("person's skill level", "people's skill levels"),
    "task_skills": ("skill a task needs", "skills tasks need"),
    "cost_accounts": ("cost account", "cost accounts"),
    "resource_costs": ("resource's cost account", "resources' cost accounts"),
    "budget_lines": ("budget line", "budget lines"),
    "expenses": ("expense", "expenses"),
    "risk_categories": ("risk category", "risk categories"),
    "risks": ("risk", "risks"),
    "risk_tasks": ("risk's task link", "risks' task links"),
    "risk_history": ("risk score in the history", "risk scores in the history"),
    "risk_scales": ("risk scale level", "risk scale levels"),
    "task_estimates": ("three-point estimate", "three-point estimates"),
    "simulations": ("saved Monte Carlo simulation", "saved Monte Carlo simulations"),
    "page_setups": ("page setup", "page setups"),  # 0011_print: MS Project keeps its own per view
}


def not_carried(schedule: Schedule, holidays: dict[str, int]) -> list[str]:
    """The lines of the export's report; empty when the file holds the whole project."""
    project = schedule.project
    lines = []
    lost = [_table_part(name, len(project.table(name))) for name in TABLE_NAMES if name not in CARRIED]
    lost = [part for part in lost if part]
    if lost:
        lines.append("MS Project XML has no place for " + ", ".join(lost))
    years = calendar_years(project)
    for calendar, count in holidays.items():
        lines.append(
            f"calendar {calendar!r}: its country's public holidays are written as {count} dated exceptions "
            f"for {years.start}-{years.stop - 1}; the country itself is not kept"
        )
    lines.extend(_approximations(schedule))
    return lines


def _table_part(name: str, count: int) -> str:
    """`16 risks`: one table's rows that the file cannot hold ("" when it has none)."""
    if not count:
        return ""
    register = REGISTERS.get(name)  # a register names its own rows: "10 stakeholders"
    fallback = (register.singular, register.plural) if register else (f"row of table {name}", f"rows of table {name}")
    one, many = DESCRIBED.get(name, fallback)
    return f"{count} {one if count == 1 else many}"


def _many(count: int, thing: str) -> str:
    """`1 baseline`, `2 baselines`."""
    return f"{count} {thing}" if count == 1 else f"{count} {thing}s"


def _approximations(schedule: Schedule) -> list[str]:
    project = schedule.project
    lines = []
    roles = sum(1 for r in project.resources.values() if r.role)
    if roles:
        lines.append(f"the roles of {_many(roles, 'resource')}: MS Project XML has no role field")
    reasons = sum(1 for d in project.levelling_delays.values() if d.resource_id is not None)
    if reasons:
        lines.append(f"why {_many(reasons, 'task')} were levelled (the levelling delays themselves are written)")
    named = [b for b in project.baselines.values() if b.name or b.saved]
    if named:
        lines.append(f"the names and saved dates of {_many(len(named), 'baseline')} (their task rows are written)")
    percents = sum(1 for t in project.tasks.values() if t.percent_complete != round(t.percent_complete))
    if percents:
        lines.append(f"% complete of {_many(percents, 'task')} rounded to whole percent, as MS Project keeps it")
    lags = sum(1 for k in project.links.values() if k.lag.unit == "%" and k.lag.amount != round(k.lag.amount))
    if lags:
        lines.append(f"% lags of {_many(lags, 'link')} rounded to whole percent, as MS Project keeps them")
    after_summary = sum(
        1
        for k in project.links.values()
        if k.lag.unit == "%" and k.lag.amount and schedule.outline.is_summary(k.predecessor_id)
    )
    if after_summary:
        lines.append(
            f"{_many(after_summary, 'link')} with a % lag after a summary task: Planner takes the % of the "
            "summary's own Duration field, MS Project of the summary's rolled-up duration, which the file holds"
        )
    return lines
