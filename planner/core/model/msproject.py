"""What an MS Project file kept about a task that Planner's own fields do not hold (migration 0013_mspdi).

A task imported from MS Project XML keeps here the WBS code MS Project showed when it
was not simply the outline number (a WBS code mask, or a code typed by hand: `PRJ-2.3`),
the task's GUID (MS Project's identity of the task across files, which an export
writes back so that MS Project recognises the task), and its hyperlink. A task Planner
made itself has no row.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class MsProjectTask:
    id: int
    task_id: int
    wbs: str = ""  # MS Project's WBS code when it differs from the outline number; "" otherwise
    guid: str = ""
    hyperlink: str = ""  # the text MS Project shows
    hyperlink_address: str = ""  # where it leads: a URL or a file
