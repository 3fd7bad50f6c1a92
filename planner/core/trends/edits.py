"""Recording status and deleting snapshots, as edits (one undo step each).

Recording at a status date that already has a snapshot replaces it: the snapshot keeps its
Unique ID, its figures and milestones are those measured now. A PM re-records after fixing
progress they had entered wrong; the old figures are what undo brings back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from planner.core.edits.cascade import deletion
from planner.core.edits.edit import Edit, Put, SetProject
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.schedule.result import Schedule
from planner.core.trends.entities import Snapshot, SnapshotMilestone
from planner.core.trends.measure import measure, status_date_of


def snapshot_at(project: Project, status: datetime) -> Snapshot | None:
    """The snapshot recorded for the status date `status` (same day), if any."""
    return next((s for s in project.snapshots.values() if s.status_date.date() == status.date()), None)


def snapshots_in_order(project: Project) -> list[Snapshot]:
    return sorted(project.snapshots.values(), key=lambda s: (s.status_date, s.id))


def milestones_of(project: Project, snapshot_id: int) -> list[SnapshotMilestone]:
    rows = [m for m in project.snapshot_milestones.values() if m.snapshot_id == snapshot_id]
    return sorted(rows, key=lambda m: (m.forecast, m.id))


def day_text(moment: datetime) -> str:
    """15 Feb 2027: how the window and messages name a status date."""
    return f"{moment.day} {moment:%b %Y}"


def record_status(schedule: Schedule, recorded: datetime) -> Edit:
    """The edit keeping a snapshot at the project's status date, replacing one recorded for that day."""
    project = schedule.project
    status = status_date_of(project)
    measured = measure(schedule, recorded)
    old = snapshot_at(project, status)
    changes: list[Put] = []
    if old is None:
        snapshot = replace(measured.snapshot, id=project.next_id("snapshots"))
        changes.append(Put("snapshots", None, snapshot))
    else:
        snapshot = replace(measured.snapshot, id=old.id)
        changes += [Put("snapshot_milestones", m, None) for m in milestones_of(project, old.id)]
        changes.append(Put("snapshots", old, snapshot))
    next_id = project.next_id("snapshot_milestones")
    for offset, milestone in enumerate(measured.milestones):
        row = replace(milestone, id=next_id + offset, snapshot_id=snapshot.id)
        changes.append(Put("snapshot_milestones", None, row))
    return Edit(f"Record Status for {day_text(status)}", tuple(changes))


def record_status_setting_date(project: Project, typed: str | datetime, recorded: datetime) -> Edit:
    """Set the status date (a project without one) and record status at it, as one edit."""
    from planner.core.edits.project_edits import status_date_edit
    from planner.core.schedule.loops import LoopBreaker

    dated = status_date_edit(project, typed)
    if dated is None:
        raise InputError("type the status date to record status at, such as 2027-02-15")
    settings = {name: value for change in dated.changes if isinstance(change, SetProject) for name, value in
                change.after.items()}  # fmt: skip
    at_date = replace(project, **settings)  # the same tables, scheduled at the new status date
    recorded_edit = record_status(LoopBreaker().schedule_first(at_date), recorded)
    return Edit(recorded_edit.label, dated.changes + recorded_edit.changes)


def delete_snapshots(project: Project, ids: set[int]) -> Edit:
    """The edit deleting snapshots `ids` with their milestone rows."""
    missing = sorted(i for i in ids if i not in project.snapshots)
    if missing:
        raise InputError(f"there is no snapshot with Unique ID {missing[0]}")
    if not ids:
        raise InputError("select the snapshots to delete")
    if len(ids) == 1:
        label = f"Delete Status of {day_text(project.snapshots[next(iter(ids))].status_date)}"
    else:
        label = f"Delete {len(ids)} Status Snapshots"
    return Edit(label, tuple(deletion(project, "snapshots", set(ids))))
