"""The schema of a .plandb file, created and evolved by named sqlite-utils migrations.

A file records the migrations applied to it; one this Planner does not know was
written by a newer Planner, and the file is refused rather than misread.
Migrations only add: a released migration is never edited, a new one is appended.
"""

from __future__ import annotations

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


def known_migrations() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]
