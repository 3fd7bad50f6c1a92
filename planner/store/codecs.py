"""The store side of core.model.tables: one codec per table, by table name."""

from __future__ import annotations

from planner.core.model.tables import TABLE_NAMES
from planner.core.records.registry import REGISTERS
from planner.store.baseline_codecs import (
    BASELINE_COLUMNS,
    BASELINES_SINCE,
    EARNED_VALUE_COLUMNS,
    TASK_BASELINE_COLUMNS,
    baseline_of,
    baseline_values,
    earned_value_of,
    earned_value_values,
    task_baseline_of,
    task_baseline_values,
)
from planner.store.calendar_codec import CALENDAR_ADDED, CALENDAR_COLUMNS, CalendarCodec, calendar_of, calendar_values
from planner.store.codec import BadRow, Codec
from planner.store.cost_codecs import (
    ASSIGNMENT_ADDED,
    ASSIGNMENT_COLUMNS,
    COSTS_SINCE,
    account_of,
    account_values,
    budget_line_of,
    budget_line_values,
    expense_of,
    expense_values,
    resource_cost_of,
    resource_cost_values,
    task_cost_of,
    task_cost_values,
)
from planner.store.estimate_codecs import (
    ESTIMATE_COLUMNS,
    ESTIMATES_SINCE,
    SIMULATION_COLUMNS,
    estimate_of,
    estimate_values,
    simulation_of,
    simulation_values,
)
from planner.store.levelling_codec import LEVELLING_CODEC
from planner.store.link_codec import LINK_COLUMNS, link_of, link_values
from planner.store.msproject_codec import MSP_TASK_CODEC
from planner.store.page_setup_codec import PAGE_SETUP_COLUMNS, PAGE_SETUP_SINCE, page_setup_of, page_setup_values
from planner.store.project_row import PROJECT_COLUMNS, project_of, project_row
from planner.store.record_codec import record_codec
from planner.store.resource_codecs import (
    RESOURCE_ADDED,
    RESOURCE_COLUMNS,
    assignment_of,
    assignment_values,
    resource_of,
    resource_values,
)
from planner.store.risk_codecs import RISK_CODECS
from planner.store.skill_codecs import (
    SKILLS_SINCE,
    resource_skill_of,
    resource_skill_values,
    skill_of,
    skill_values,
    task_skill_of,
    task_skill_values,
)
from planner.store.snapshot_codec import SNAPSHOT_CODECS
from planner.store.task_codec import TASK_COLUMNS, TASK_COLUMNS_ADDED, task_of, task_values

__all__ = ["CODECS", "PROJECT_COLUMNS", "BadRow", "Codec", "project_of", "project_row"]

CODECS: dict[str, Codec] = {
    c.table: c
    for c in (
        Codec("tasks", TASK_COLUMNS, task_values, task_of, added=TASK_COLUMNS_ADDED),
        Codec("links", LINK_COLUMNS, link_values, link_of),
        CalendarCodec("calendars", CALENDAR_COLUMNS, calendar_values, calendar_of, added=CALENDAR_ADDED),
        Codec("resources", RESOURCE_COLUMNS, resource_values, resource_of, added=RESOURCE_ADDED),
        Codec("assignments", ASSIGNMENT_COLUMNS, assignment_values, assignment_of, added=ASSIGNMENT_ADDED),
        Codec("skills", ("id", "name"), skill_values, skill_of, since=SKILLS_SINCE),
        Codec(
            "resource_skills",
            ("id", "resource_id", "skill_id", "level"),
            resource_skill_values,
            resource_skill_of,
            since=SKILLS_SINCE,
        ),
        Codec(
            "task_skills",
            ("id", "task_id", "skill_id", "min_level"),
            task_skill_values,
            task_skill_of,
            since=SKILLS_SINCE,
        ),
        LEVELLING_CODEC,
        Codec("cost_accounts", ("id", "name", "code"), account_values, account_of, since=COSTS_SINCE),
        Codec(
            "task_costs",
            ("id", "task_id", "fixed_cost", "fixed_cost_accrual", "account_id"),
            task_cost_values,
            task_cost_of,
            since=COSTS_SINCE,
        ),
        Codec(
            "resource_costs",
            ("id", "resource_id", "account_id"),
            resource_cost_values,
            resource_cost_of,
            since=COSTS_SINCE,
        ),
        Codec(
            "budget_lines",
            ("id", "name", "amount", "kind", "account_id", "task_id"),
            budget_line_values,
            budget_line_of,
            since=COSTS_SINCE,
        ),
        Codec(
            "expenses",
            ("id", "date", "amount", "account_id", "task_id", "vendor", "invoice", "note"),
            expense_values,
            expense_of,
            since=COSTS_SINCE,
        ),
        # 0008_baselines
        Codec("baselines", BASELINE_COLUMNS, baseline_values, baseline_of, since=BASELINES_SINCE),
        Codec("task_baselines", TASK_BASELINE_COLUMNS, task_baseline_values, task_baseline_of, since=BASELINES_SINCE),
        Codec("task_earned_value", EARNED_VALUE_COLUMNS, earned_value_values, earned_value_of, since=BASELINES_SINCE),
        *RISK_CODECS,
        Codec("task_estimates", ESTIMATE_COLUMNS, estimate_values, estimate_of, since=ESTIMATES_SINCE),
        Codec("simulations", SIMULATION_COLUMNS, simulation_values, simulation_of, since=ESTIMATES_SINCE),
        Codec("page_setups", PAGE_SETUP_COLUMNS, page_setup_values, page_setup_of, since=PAGE_SETUP_SINCE),
        MSP_TASK_CODEC,
        *(record_codec(spec) for spec in REGISTERS.values()),  # 0014_registers
        *SNAPSHOT_CODECS,  # 0015_snapshots
    )
}
assert tuple(sorted(CODECS)) == tuple(sorted(TABLE_NAMES)), "every table of core.model.tables needs a codec"
