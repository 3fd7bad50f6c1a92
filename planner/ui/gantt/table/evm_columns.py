"""The task table's baseline, variance and earned-value columns (MS Project's Baseline, Variance and
Earned Value tables). Qt-free; all hidden until the PM shows them from the column menu.

Each reads the baseline variance is measured against (Project > Set Baseline chooses it).
A task without a row in it shows NA, as MS Project does. Variances are current minus baseline:
a positive start or finish variance is late, a positive cost variance is over budget; date
variances are working time on the project calendar.
"""

from __future__ import annotations

from datetime import datetime

from planner.core.cost import project_costs
from planner.core.edits.earned_value_edits import METHOD_LABELS, set_method, set_physical_percent
from planner.core.evm.baselines import measured_baseline, task_rows
from planner.core.evm.earned_value import EarnedValue
from planner.core.model.baselines import EarnedValueMethod, TaskBaseline, TaskEarnedValue
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.worktime import WorkTime, compile_calendar
from planner.ui.gantt.table.cell_edits import Outcome
from planner.ui.gantt.table.columns import Column, SortKey, Text
from planner.ui.gantt.table.facts import TaskFacts
from planner.ui.gantt.table.formats import format_date, format_work, parse_percent

NA = "NA"


def baseline_row(facts: TaskFacts, task_id: int) -> TaskBaseline | None:
    rows = facts.memo("evm.rows", lambda: task_rows(facts.project, measured_baseline(facts.project)))
    return rows.get(task_id)


def _calendar(facts: TaskFacts) -> WorkTime:
    project = facts.project
    return facts.memo("evm.calendar", lambda: compile_calendar(project.calendar, calendar_years(project)))


def current_cost(facts: TaskFacts, task_id: int) -> float:
    """The task's Cost as MS Project has it (actual + remaining), summaries rolled up (the cost part's)."""
    costs = facts.memo("evm.costs", lambda: project_costs(facts.project, facts.schedule))
    figures = costs.tasks.get(task_id)
    return 0.0 if figures is None else figures.cost


def earned_value(facts: TaskFacts) -> EarnedValue:
    """Earned value at the status date (today when the project has none), as MS Project measures it."""

    def make() -> EarnedValue:
        project = facts.project
        status = project.status_date or datetime.now().replace(second=0, microsecond=0)
        costs = facts.memo("evm.costs", lambda: project_costs(project, facts.schedule))
        return EarnedValue(facts.schedule, status, costs=costs)  # one cost pass with the Cost Var. column

    return facts.memo("evm.value", make)


def earned_value_row(facts: TaskFacts, task_id: int) -> TaskEarnedValue | None:
    rows = facts.memo("evm.methods", lambda: {r.task_id: r for r in facts.project.task_earned_value.values()})
    return rows.get(task_id)


def _method_text(facts: TaskFacts, task_id: int) -> str:
    if facts.is_summary(task_id):
        return ""
    row = earned_value_row(facts, task_id)
    return METHOD_LABELS[row.method if row is not None else EarnedValueMethod.PERCENT]


def _physical_text(facts: TaskFacts, task_id: int) -> str:
    if facts.is_summary(task_id):
        return ""
    row = earned_value_row(facts, task_id)
    return f"{row.physical_percent if row is not None else 0:g}%"


def _physical_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    value = parse_percent(text)
    return set_physical_percent(facts.project, task_id, value), "The task now earns its value by physical % complete"


def _method_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return set_method(facts.project, task_id, text), None


def money(value: float | None) -> str:
    return NA if value is None else f"{value:,.2f}"


def _index(value: float | None) -> str:
    return NA if value is None else f"{value:.2f}"


def _baseline_date(field: str) -> Text:
    def text(facts: TaskFacts, task_id: int) -> str:
        row = baseline_row(facts, task_id)
        return NA if row is None else format_date(getattr(row, field), facts.day_bounds)

    return text


def _baseline_minutes(field: str) -> Text:
    def text(facts: TaskFacts, task_id: int) -> str:
        row = baseline_row(facts, task_id)
        return NA if row is None else format_work(getattr(row, field), facts.project.units)

    return text


def _baseline_cost(facts: TaskFacts, task_id: int) -> str:
    row = baseline_row(facts, task_id)
    return NA if row is None else money(row.cost)


def date_variance_minutes(facts: TaskFacts, task_id: int, field: str) -> int | None:
    """Current start (finish) minus baseline start (finish), in working minutes of the project calendar."""
    row = baseline_row(facts, task_id)
    if row is None:
        return None
    calendar = _calendar(facts)
    return calendar.offset(getattr(facts.dates(task_id), field)) - calendar.offset(getattr(row, field))


def duration_variance_minutes(facts: TaskFacts, task_id: int) -> int | None:
    row = baseline_row(facts, task_id)
    return None if row is None else facts.dates(task_id).duration_minutes - row.duration_minutes


def cost_variance(facts: TaskFacts, task_id: int) -> float | None:
    row = baseline_row(facts, task_id)
    return None if row is None else current_cost(facts, task_id) - row.cost


def _variance_text(minutes_of) -> Text:
    def text(facts: TaskFacts, task_id: int) -> str:
        minutes = minutes_of(facts, task_id)
        return NA if minutes is None else format_work(minutes, facts.project.units)

    return text


def _key(value_of) -> SortKey:
    def key(facts: TaskFacts, task_id: int):
        value = value_of(facts, task_id)
        return (value is None, value if value is not None else 0)

    return key


def _figure(name: str, index: bool = False) -> Text:
    def text(facts: TaskFacts, task_id: int) -> str:
        value = getattr(earned_value(facts).task(task_id), name)
        return _index(value) if index else money(value)

    return text


def _figure_key(name: str) -> SortKey:
    return _key(lambda facts, task_id: getattr(earned_value(facts).task(task_id), name))


def _start_var(f: TaskFacts, t: int) -> int | None:
    return date_variance_minutes(f, t, "start")


def _finish_var(f: TaskFacts, t: int) -> int | None:
    return date_variance_minutes(f, t, "finish")


def _column(key: str, title: str, width: int, text: Text, sort_key: SortKey, tip: str, **options) -> Column:
    return Column(key, title, width, text, sort_key=sort_key, shown=False, tip=tip, **options)


COLUMNS: tuple[Column, ...] = (
    Column(
        "physical_percent", "Physical % Complete", 9, _physical_text, _physical_edit,
        lambda f, t: _physical_text(f, t).rstrip("%"),
        _key(lambda f, t: getattr(earned_value_row(f, t), "physical_percent", 0.0)),
        align="right", shown=False, summary_editable=False,
        tip="The work done as the PM judges it; typing one makes the task earn its value by it",
    ),
    Column(
        "ev_method", "Earned Value Method", 14, _method_text, _method_edit,
        sort_key=lambda f, t: _method_text(f, t), shown=False, summary_editable=False,
        tip="How the task earns its value (BCWP): % Complete or Physical % Complete",
    ),
    _column(
        "baseline_start", "Baseline Start", 18, _baseline_date("start"),
        _key(lambda f, t: getattr(baseline_row(f, t), "start", None)),
        "The start saved in the baseline variance is measured against (Project > Set Baseline)",
    ),
    _column(
        "baseline_finish", "Baseline Finish", 18, _baseline_date("finish"),
        _key(lambda f, t: getattr(baseline_row(f, t), "finish", None)),
        "The finish saved in the baseline",
    ),
    _column(
        "baseline_duration", "Baseline Duration", 9, _baseline_minutes("duration_minutes"),
        _key(lambda f, t: getattr(baseline_row(f, t), "duration_minutes", None)),
        "The duration saved in the baseline", align="right",
    ),
    _column(
        "baseline_work", "Baseline Work", 9, _baseline_minutes("work_minutes"),
        _key(lambda f, t: getattr(baseline_row(f, t), "work_minutes", None)),
        "The work of the task's assignments saved in the baseline", align="right",
    ),
    _column(
        "baseline_cost", "Baseline Cost", 11, _baseline_cost,
        _key(lambda f, t: getattr(baseline_row(f, t), "cost", None)),
        "The cost saved in the baseline: the task's budget (BAC)", align="right",
    ),
    _column(
        "start_variance", "Start Var.", 8, _variance_text(_start_var), _key(_start_var),
        "Start minus baseline start in working time: positive is late", align="right", schedule=True,
    ),
    _column(
        "finish_variance", "Finish Var.", 8, _variance_text(_finish_var), _key(_finish_var),
        "Finish minus baseline finish in working time: positive is late", align="right", schedule=True,
    ),
    _column(
        "duration_variance", "Duration Var.", 8, _variance_text(duration_variance_minutes),
        _key(duration_variance_minutes), "Duration minus baseline duration", align="right", schedule=True,
    ),
    _column(
        "cost_variance", "Cost Var.", 10, lambda f, t: money(cost_variance(f, t)), _key(cost_variance),
        "Cost minus baseline cost: positive is over budget", align="right",
    ),
    _column(
        "bcws", "BCWS (PV)", 11, _figure("pv"), _figure_key("pv"),
        "Planned value: the baseline cost of the work planned by the status date", align="right",
    ),
    _column(
        "bcwp", "BCWP (EV)", 11, _figure("ev"), _figure_key("ev"),
        "Earned value: the baseline cost of the work done (BAC x % complete)", align="right",
    ),
    _column(
        "acwp", "ACWP (AC)", 11, _figure("ac"), _figure_key("ac"),
        "Actual cost of the work done by the status date", align="right",
    ),
    _column("sv", "SV", 10, _figure("sv"), _figure_key("sv"), "Schedule variance: EV - PV", align="right"),
    _column("cv", "CV", 10, _figure("cv"), _figure_key("cv"), "Cost variance: EV - AC", align="right"),
    _column(
        "spi", "SPI", 6, _figure("spi", index=True), _figure_key("spi"),
        "Schedule performance index: EV / PV (below 1: behind); NA when nothing was planned yet", align="right",
    ),
    _column(
        "cpi", "CPI", 6, _figure("cpi", index=True), _figure_key("cpi"),
        "Cost performance index: EV / AC (below 1: over budget); NA when nothing was spent yet", align="right",
    ),
    _column(
        "eac", "EAC", 11, _figure("eac"), _figure_key("eac"),
        "Estimate at completion: BAC / CPI", align="right",
    ),
    _column(
        "vac", "VAC", 10, _figure("vac"), _figure_key("vac"),
        "Variance at completion: BAC - EAC (negative: over budget)", align="right",
    ),
)  # fmt: skip
