"""MS Project's predecessor links as Planner links, with their lags in every LagFormat.

A link sits in its successor's <PredecessorLink>. MSPDI's Type is 0 FF, 1 FS, 2 SF, 3 SS.
LinkLag is in tenths of a minute of working time, of elapsed time when LagFormat is an
elapsed unit (4 em, 6 eh, 8 ed, ...), and a plain percentage of the predecessor's duration
when LagFormat is 19 (%) or 20 (e%). A link to a task the file does not have is refused
with the task named: dropping it would move dates without a word.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from planner.core.errors import InputError
from planner.core.model.duration import MAX_LAG_PERCENT, MAX_MINUTES, Lag
from planner.core.model.entities import Link, LinkType, Project
from planner.exchange.mspdi.notes import ImportNotes
from planner.exchange.mspdi.tasks import TaskRow, task_label
from planner.exchange.mspdi.values import ELAPSED_CODES, PERCENT_CODES, flag, integer, number

LINK_TYPES = {0: LinkType.FF, 1: LinkType.FS, 2: LinkType.SF, 3: LinkType.SS}


def read_links(rows: list[TaskRow], skipped_uids: set[int], project: Project, notes: ImportNotes) -> None:
    """Every predecessor link of the rows' tasks; `skipped_uids` are tasks left out on purpose
    (external tasks, blank rows), whose links are counted as not carried rather than refused."""
    by_uid = {row.uid: row.task_id for row in rows}
    seen: set[tuple[int, int]] = set()
    for row in rows:
        for element in row.element.findall("PredecessorLink"):
            link = _link(element, row, by_uid, skipped_uids, notes)
            if link is None or (link.predecessor_id, link.successor_id) in seen:
                continue
            seen.add((link.predecessor_id, link.successor_id))
            link.id = len(project.links) + 1
            project.links[link.id] = link


def _link(
    element: ET.Element, row: TaskRow, by_uid: dict[int, int], skipped: set[int], notes: ImportNotes
) -> Link | None:
    uid = integer(element, "PredecessorUID")
    if flag(element, "CrossProject"):
        notes.add("cross_project_link")
        return None
    if uid is None or uid not in by_uid:
        if uid in skipped:
            notes.add("cross_project_link")
            return None
        raise InputError(
            f"{task_label(row.element)} has a predecessor link to task UID {uid}, which the file does not have"
        )
    if by_uid[uid] == row.task_id:
        raise InputError(f"{task_label(row.element)} is linked to itself")
    kind = LINK_TYPES.get(integer(element, "Type", 1), LinkType.FS)
    return Link(0, by_uid[uid], row.task_id, kind, link_lag(element, row))


def link_lag(element: ET.Element, row: TaskRow) -> Lag:
    """The link's lag: LinkLag read in the unit its LagFormat names."""
    amount = number(element, "LinkLag", 0.0) or 0.0
    if amount == 0:
        return Lag()
    code = integer(element, "LagFormat", 7) or 7
    if code in PERCENT_CODES:
        if abs(amount) > MAX_LAG_PERCENT:
            raise InputError(f"{task_label(row.element)} has a lag of {amount:g}%, more than Planner can hold")
        return Lag(amount, "%")
    minutes = amount / 10
    if abs(minutes) > MAX_MINUTES:
        raise InputError(f"{task_label(row.element)} has a lag longer than Planner can schedule (the years 1984-2149)")
    return Lag(round(minutes), "em" if code in ELAPSED_CODES else "m")
