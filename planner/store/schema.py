"""The schema of a .plandb file, created and evolved by named sqlite-utils migrations.

A file records the migrations applied to it; one this Planner does not know was
written by a newer Planner, and the file is refused rather than misread.
Migrations only add: a released migration is never edited, a new one is appended,
and tests/store/samples gets a file of the new schema (tests/store/make_sample.py).
"""

from __future__ import annotations

from functools import cache

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x504C4E52  # "PLNR"
MIGRATIONS = Migrations("planner")


@MIGRATIONS(name="0001_initial")
def initial(db: Database) -> None:
    db["project"].create(
        {
            "id": int,
            "name": str,
            "start": str,
            "status_date": str,
            "currency": str,
            "minutes_per_day": int,
            "minutes_per_week": int,
            "minutes_per_month": int,
            "calendar_id": int,
        },
        pk="id",
    )
    db["calendars"].create({"id": int, "name": str, "week": str, "country": str}, pk="id")
    db["calendar_exceptions"].create(
        {"id": int, "calendar_id": int, "start": str, "finish": str, "name": str, "hours": str}, pk="id"
    )
    db["calendar_exceptions"].create_index(["calendar_id"])
    db["tasks"].create(
        {
            "id": int,
            "parent_id": int,
            "position": int,
            "name": str,
            "duration_minutes": int,
            "duration_elapsed": int,
            "milestone": int,
            "priority": int,
            "constraint_type": str,
            "constraint_date": str,
            "deadline": str,
            "percent_complete": float,
            "actual_start": str,
            "actual_finish": str,
            "notes": str,
            "calendar_id": int,
        },
        pk="id",
    )
    db["tasks"].create_index(["parent_id", "position"])
    db["links"].create(
        {"id": int, "predecessor_id": int, "successor_id": int, "type": str, "lag_amount": float, "lag_unit": str},
        pk="id",
    )
    db["resources"].create(
        {
            "id": int,
            "name": str,
            "kind": str,
            "initials": str,
            "email": str,
            "max_units": float,
            "standard_rate": float,
            "overtime_rate": float,
            "cost_per_use": float,
            "calendar_id": int,
        },
        pk="id",
    )
    db["assignments"].create(
        {"id": int, "task_id": int, "resource_id": int, "units": float, "work_minutes": int}, pk="id"
    )
    db["assignments"].create_index(["task_id"])


@MIGRATIONS(name="0002_unique_ids")
def unique_ids(db: Database) -> None:
    """A counter per table so that a Unique ID is never given twice, even after its row is deleted.

    Rows deleted before this migration left no trace; the counters start above the rows there are.
    """
    db["counters"].create({"table_name": str, "next_id": int}, pk="table_name")
    for table in ("tasks", "links", "calendars", "resources", "assignments"):
        (highest,) = db.execute(f"SELECT coalesce(max(id), 0) FROM [{table}]").fetchone()
        db["counters"].insert({"table_name": table, "next_id": highest + 1})


@MIGRATIONS(name="0003_skills")
def skills(db: Database) -> None:
    """The project's skills list, each person's level in a skill, and the skills a task needs."""
    db["skills"].create({"id": int, "name": str}, pk="id")
    db["resource_skills"].create({"id": int, "resource_id": int, "skill_id": int, "level": int}, pk="id")
    db["resource_skills"].create_index(["resource_id"])
    db["task_skills"].create({"id": int, "task_id": int, "skill_id": int, "min_level": int}, pk="id")
    db["task_skills"].create_index(["task_id"])
    for table in ("skills", "resource_skills", "task_skills"):
        db["counters"].insert({"table_name": table, "next_id": 1})


@MIGRATIONS(name="0004_team")
def team(db: Database) -> None:
    """A resource's group, role, notes, rate units, accrual and material label; calendars built on a base."""
    resources = db["resources"]
    for column, kind in (
        ("group_name", str),
        ("role", str),
        ("notes", str),
        ("standard_rate_unit", str),
        ("overtime_rate_unit", str),
        ("accrue_at", str),
        ("material_label", str),
    ):
        resources.add_column(column, kind)
    db["calendars"].add_column("base_id", int)
    db["calendars"].add_column("inherits_week", int)


@MIGRATIONS(name="0005_assignments")
def assignments(db: Database) -> None:
    """Each task's type (fixed units, work or duration) and whether it is effort-driven: which of
    duration, work and units moves when one changes (core/resources/effort.py)."""
    db["tasks"].add_column("task_type", str)
    db["tasks"].add_column("effort_driven", int)


@MIGRATIONS(name="0006_levelling")
def levelling(db: Database) -> None:
    """Per task the levelling delay Level Resources gave it, with the resource and task it waited for."""
    db["levelling_delays"].create(
        {"id": int, "task_id": int, "delay_minutes": int, "resource_id": int, "waited_for_id": int}, pk="id"
    )
    db["levelling_delays"].create_index(["task_id"])
    db["counters"].insert({"table_name": "levelling_delays", "next_id": 1})


@MIGRATIONS(name="0007_costs")
def costs(db: Database) -> None:
    """Cost accounts, a task's fixed cost and account, a resource's account, budget lines, the expense
    ledger; and on assignments the overtime work, the actual work and a cost resource's amount."""
    db["cost_accounts"].create({"id": int, "name": str, "code": str}, pk="id")
    db["task_costs"].create(
        {"id": int, "task_id": int, "fixed_cost": float, "fixed_cost_accrual": str, "account_id": int}, pk="id"
    )
    db["task_costs"].create_index(["task_id"])
    db["resource_costs"].create({"id": int, "resource_id": int, "account_id": int}, pk="id")
    db["budget_lines"].create(
        {"id": int, "name": str, "amount": float, "kind": str, "account_id": int, "task_id": int}, pk="id"
    )
    db["expenses"].create(
        {
            "id": int,
            "date": str,
            "amount": float,
            "account_id": int,
            "task_id": int,
            "vendor": str,
            "invoice": str,
            "note": str,
        },
        pk="id",
    )
    db["expenses"].create_index(["task_id"])
    assignments = db["assignments"]
    assignments.add_column("overtime_work_minutes", int)
    assignments.add_column("actual_work_minutes", int)
    assignments.add_column("cost", float)
    for table in ("cost_accounts", "task_costs", "resource_costs", "budget_lines", "expenses"):
        db["counters"].insert({"table_name": table, "next_id": 1})


@MIGRATIONS(name="0008_baselines")
def baselines(db: Database) -> None:
    """Baselines 0-10 with each task's saved dates, duration, work and cost; earned-value method per task."""
    db["baselines"].create({"id": int, "number": int, "name": str, "saved": str, "for_variance": int}, pk="id")
    db["task_baselines"].create(
        {
            "id": int,
            "baseline_id": int,
            "task_id": int,
            "start": str,
            "finish": str,
            "duration_minutes": int,
            "work_minutes": int,
            "cost": float,
        },
        pk="id",
    )
    db["task_baselines"].create_index(["baseline_id"])
    db["task_baselines"].create_index(["task_id"])
    db["task_earned_value"].create({"id": int, "task_id": int, "method": str, "physical_percent": float}, pk="id")
    db["task_earned_value"].create_index(["task_id"])
    for table in ("baselines", "task_baselines", "task_earned_value"):
        db["counters"].insert({"table_name": table, "next_id": 1})


@MIGRATIONS(name="0009_risks")
def risks(db: Database) -> None:
    """The risk register: categories, risks, the tasks they bear on, their score history, the project's scales."""
    db["risk_categories"].create({"id": int, "name": str}, pk="id")
    db["risks"].create(
        {
            "id": int,
            "title": str,
            "kind": str,
            "category_id": int,
            "cause": str,
            "event": str,
            "effect": str,
            "probability": float,
            "impact_schedule": int,
            "impact_cost": int,
            "impact_scope": int,
            "impact_quality": int,
            "cost_impact": float,
            "schedule_impact_minutes": int,
            "owner_id": int,
            "response": str,
            "response_plan": str,
            "contingency_plan": str,
            "trigger_condition": str,
            "status": str,
            "identified": str,
            "review": str,
            "closed": str,
            "residual_probability": float,
            "residual_impact": int,
            "notes": str,
        },
        pk="id",
    )
    db["risk_tasks"].create({"id": int, "risk_id": int, "task_id": int, "response": int}, pk="id")
    db["risk_tasks"].create_index(["risk_id"])
    db["risk_tasks"].create_index(["task_id"])
    db["risk_history"].create(
        {
            "id": int,
            "risk_id": int,
            "day": str,
            "probability": float,
            "impact": int,
            "residual_probability": float,
            "residual_impact": int,
        },
        pk="id",
    )
    db["risk_history"].create_index(["risk_id"])
    db["risk_scales"].create({"id": int, "dimension": str, "level": int, "label": str, "upper_limit": float}, pk="id")
    for table in ("risk_categories", "risks", "risk_tasks", "risk_history", "risk_scales"):
        db["counters"].insert({"table_name": table, "next_id": 1})


@MIGRATIONS(name="0010_estimates")
def estimates(db: Database) -> None:
    """Three-point duration estimates per task, and the last Monte Carlo simulation's results."""
    db["task_estimates"].create(
        {
            "id": int,
            "task_id": int,
            "optimistic_minutes": int,
            "most_likely_minutes": int,
            "pessimistic_minutes": int,
            "distribution": str,
        },
        pk="id",
    )
    db["task_estimates"].create_index(["task_id"], unique=True)
    db["simulations"].create(
        {
            "id": int,
            "run_at": str,
            "runs": int,
            "seed": int,
            "planned_finish": str,
            "planned_cost": float,
            "finishes": bytes,
            "costs": bytes,
            "tasks": str,
            "milestones": str,
        },
        pk="id",
    )
    for table in ("task_estimates", "simulations"):
        db["counters"].insert({"table_name": table, "next_id": 1})


@MIGRATIONS(name="0011_print")
def print_setup(db: Database) -> None:
    """File > Page Setup, per view (MS Project keeps it in the file): paper, orientation, dates, pages wide."""
    db["page_setups"].create(
        {
            "id": int,
            "view": str,
            "paper": str,
            "landscape": int,
            "margin_mm": float,
            "date_from": str,
            "date_to": str,
            "pages_wide": int,
            "columns": str,
            "baseline": int,
        },
        pk="id",
    )
    db["page_setups"].create_index(["view"], unique=True)
    db["counters"].insert({"table_name": "page_setups", "next_id": 1})


@MIGRATIONS(name="0012_rules")
def rules(db: Database) -> None:
    """What the scheduler needs to follow MS Project: a task's mode (manually scheduled, with the start
    the PM typed), an assignment's delay, and the project's "honour constraint dates" and default
    start and end times of a working day."""
    db["tasks"].add_column("manual", int)
    db["tasks"].add_column("manual_start", str)
    db["assignments"].add_column("delay_minutes", int)
    for column in ("honour_constraints", "default_start_time", "default_finish_time"):
        db["project"].add_column(column, int if column == "honour_constraints" else str)


@MIGRATIONS(name="0013_mspdi")
def mspdi(db: Database) -> None:
    """What an MS Project file kept about a task that Planner's own fields do not: WBS code, GUID, hyperlink."""
    db["msp_tasks"].create(
        {"id": int, "task_id": int, "wbs": str, "guid": str, "hyperlink": str, "hyperlink_address": str}, pk="id"
    )
    db["msp_tasks"].create_index(["task_id"], unique=True)
    db["counters"].insert({"table_name": "msp_tasks", "next_id": 1})


@MIGRATIONS(name="0014_registers")
def registers(db: Database) -> None:
    """The registers beside the plan: the defect log, checklists and their items, lessons learned,
    stakeholders, the communication plan, meetings, decisions and action items (core.records)."""
    tables: dict[str, dict[str, type]] = {
        "defects": {"title": str, "kind": str, "severity": str, "priority": str, "status": str, "task_id": int,
                    "owner": str, "found": str, "fixed": str, "closed": str, "resolution": str, "notes": str},
        "checklists": {"title": str, "task_id": int, "standard": str, "auditor": str, "audit_date": str,
                       "notes": str},
        "checklist_items": {"checklist_id": int, "reference": str, "requirement": str, "result": str,
                            "evidence": str, "auditor": str, "checked": str, "notes": str, "position": int},
        "lessons": {"observation": str, "category": str, "action": str, "owner": str, "status": str,
                    "raised": str, "notes": str},
        "stakeholders": {"name": str, "role": str, "organisation": str, "contact": str, "power": int,
                         "interest": int, "engagement": str, "wanted": str, "channel": str, "frequency": str,
                         "notes": str},
        "communications": {"what": str, "audience": str, "channel": str, "frequency": str, "owner": str,
                           "next_due": str, "last_done": str, "notes": str},
        "meetings": {"title": str, "held": str, "attendees": str, "communication_id": int, "notes": str},
        "decisions": {"decision": str, "meeting_id": int, "made": str, "made_by": str, "notes": str},
        "action_items": {"title": str, "meeting_id": int, "owner": str, "due": str, "status": str,
                         "task_id": int, "done": str, "notes": str},
    }  # fmt: skip
    for name, columns in tables.items():
        db[name].create({"id": int, **columns}, pk="id")
        db["counters"].insert({"table_name": name, "next_id": 1})
    for name, column in (("checklist_items", "checklist_id"), ("decisions", "meeting_id"),
                         ("action_items", "meeting_id"), ("action_items", "task_id")):  # fmt: skip
        db[name].create_index([column])


@MIGRATIONS(name="0015_snapshots")
def snapshots(db: Database) -> None:
    """Status snapshots (Record Status): the project's figures at each status date, and each
    milestone's forecast then; open defects by severity as a small JSON object."""
    db["snapshots"].create(
        {
            "id": int, "status_date": str, "recorded": str, "percent_complete": float, "forecast_finish": str,
            "baseline_finish": str, "spi": float, "cpi": float, "eac": float, "bac": float, "pv": float,
            "ev": float, "ac": float, "work_done_minutes": int, "work_total_minutes": int, "risk_score": int,
            "risk_emv": float, "open_defects": str, "work_planned_minutes": int,
        },
        pk="id",
    )  # fmt: skip
    db["snapshot_milestones"].create(
        {"id": int, "snapshot_id": int, "task_id": int, "name": str, "forecast": str, "done": int}, pk="id"
    )
    db["snapshot_milestones"].create_index(["snapshot_id"])
    for table in ("snapshots", "snapshot_milestones"):
        db["counters"].insert({"table_name": table, "next_id": 1})


@cache
def known_migrations() -> list[str]:
    """The names of every migration this Planner knows, in order (all pending on an empty database)."""
    return [m.name for m in MIGRATIONS.pending(Database(memory=True))]
