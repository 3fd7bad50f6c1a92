"""The defect workflow as typed in the log: a status dates the defect, a date moves its status.

new -> triaged -> in progress -> fixed -> verified -> closed, and reopened from fixed,
verified or closed (then in progress again), as Jira and Azure DevOps users expect:

- Setting **fixed** dates `fixed` when it is empty; **verified** does too (it was
  fixed first); **closed** dates `closed` (a defect closed without a fix, a
  duplicate or won't-fix, keeps `fixed` empty). The day is the project's status
  date (the day the PM reports as of), or today without one; never before `found`.
- **Reopening** (reopened, or any open status, on a fixed, verified or closed
  defect) clears `fixed` and `closed` and writes what they were into the notes
  ("Reopened 2027-03-12; was closed, fixed 2027-03-05, closed 2027-03-08"). The
  dates then say when the defect was open, so the open-vs-closed chart and the
  ageing of open items (core.quality.metrics) count it open again, and the
  history stays readable in the defect itself.
- Typing a **closed date** on a defect that is not closed closes it; typing a
  **fixed date** on an open one sets it to fixed. Clearing the date a status needs
  is refused with the way to do what was meant.
- Verifying what was never fixed, or reopening what is not resolved, is refused.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.quality.entities import OPEN_DEFECT_STATUSES, Defect, DefectStatus
from planner.core.quality.metrics import status_day

if TYPE_CHECKING:  # the edits import the tables, which import the registers, which import this
    from planner.core.edits.edit import Edit

S = DefectStatus
RESOLVED_STATUSES = (S.FIXED, S.VERIFIED, S.CLOSED)


def type_defect_field(project: Project, defect_id: int, key: str, text: Any) -> Edit | None:
    """DEFECTS.typed: one typed cell of the defect log, today being the machine's day."""
    return set_defect_field(project, defect_id, key, text, date.today())


def set_defect_field(project: Project, defect_id: int, key: str, text: Any, today: date) -> Edit | None:
    """The edit typing `text` into the `key` cell of defect `defect_id` makes; None if nothing changes."""
    from planner.core.quality.registers import DEFECTS  # the register names this module: imported late
    from planner.core.records import edits, values

    if key not in ("status", "fixed", "closed"):
        return edits.set_plain_field(project, DEFECTS, defect_id, key, text)
    defect: Defect = edits.record_of(project, DEFECTS, defect_id)
    value = values.parse(project, DEFECTS.field(key), text)
    day = max(status_day(project, today), defect.found) if defect.found else status_day(project, today)
    label = DEFECTS.label(defect_id)
    if key == "status":
        changes = status_changes(defect, value, day, label)
    elif key == "fixed":
        changes = fixed_changes(defect, value, label)
    else:
        changes = closed_changes(defect, value, label)
    return edits.change_record(project, DEFECTS, defect_id, _edit_label(defect, key, changes), **changes)


def _edit_label(defect: Defect, key: str, changes: dict[str, Any]) -> str:
    status = changes.get("status")
    if status is not None and status is not defect.status:
        return "Reopen defect" if reopens(defect.status, status) else f"Set defect to {status.value}"
    return f"Change {key} date" if key != "status" else "Change status"


def reopens(before: DefectStatus, after: DefectStatus) -> bool:
    """Whether moving from `before` to `after` takes a resolved defect back to someone's work."""
    return before in RESOLVED_STATUSES and after in OPEN_DEFECT_STATUSES


def status_changes(defect: Defect, status: DefectStatus, day: date, label: str) -> dict[str, Any]:
    """The fields a new status moves with it."""
    before = defect.status
    if status is before:
        return {}
    if status is S.REOPENED and before not in RESOLVED_STATUSES:
        raise InputError(f"a defect is reopened from fixed, verified or closed; {label} is {before.value}")
    if status is S.VERIFIED and before in OPEN_DEFECT_STATUSES:
        raise InputError(f"a defect is verified once it is fixed; {label} is {before.value}: set it to fixed first")
    if reopens(before, status):
        return {"status": status, "fixed": None, "closed": None, "notes": _reopen_note(defect, day)}
    if status in OPEN_DEFECT_STATUSES:
        return {"status": status}  # from one open status to another: triage, start, hand back
    if status is S.CLOSED:
        return {"status": status, "closed": defect.closed or day}
    return {"status": status, "fixed": defect.fixed or day, "closed": None}  # fixed or verified


def _reopen_note(defect: Defect, day: date) -> str:
    was = [f"was {defect.status.value}"]
    was += [
        f"{name} {value.isoformat()}" for name, value in (("fixed", defect.fixed), ("closed", defect.closed)) if value
    ]
    line = f"Reopened {day.isoformat()}; {', '.join(was)}"
    return f"{defect.notes.rstrip()}\n{line}" if defect.notes.strip() else line


def fixed_changes(defect: Defect, fixed: date | None, label: str) -> dict[str, Any]:
    """A typed fixed date: on an open defect it fixes it; cleared, it is refused while the status needs it."""
    if fixed is None and defect.status in (S.FIXED, S.VERIFIED):
        raise InputError(f"{label} is {defect.status.value}, so it has a fixed date; set its status to reopen it")
    if fixed is not None and defect.status in OPEN_DEFECT_STATUSES:
        return {"fixed": fixed, "status": S.FIXED}
    return {"fixed": fixed}


def closed_changes(defect: Defect, closed: date | None, label: str) -> dict[str, Any]:
    """A typed closed date closes the defect; clearing a closed defect's date is refused."""
    if closed is None and defect.status is S.CLOSED:
        raise InputError(f"{label} is closed, so it has a closed date; set its status to reopen it")
    if closed is not None:
        return {"closed": closed, "status": S.CLOSED}
    return {"closed": None}


def dates_follow_status(defect: Defect, label: str) -> None:
    """What the workflow keeps true, checked where defects arrive whole (the demo, a file's rows):
    a fixed or verified defect has a fixed date, a closed one a closed date, an open one neither."""
    status = defect.status
    if status in (S.FIXED, S.VERIFIED) and defect.fixed is None:
        raise InputError(f"{label} is {status.value} but has no fixed date")
    if status is S.CLOSED and defect.closed is None:
        raise InputError(f"{label} is closed but has no closed date")
    if status in OPEN_DEFECT_STATUSES and (defect.fixed or defect.closed):
        raise InputError(f"{label} is {status.value} (open) but has a fixed or closed date")
