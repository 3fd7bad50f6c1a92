"""Levelling delays as plain data (migration 0006_levelling).

Levelling Resources writes, per task it moves, how long the task waits after its predecessors
and constraints allow it to start (MS Project's Leveling Delay), in working minutes of the
task's calendar, with the reason: the resource that was busy and the task it was busy on.
The scheduler adds the delay to the task's early start; Clear Levelling removes the rows.
The reason's resource and task are kept as plain Unique IDs (not references): a reason whose
resource or task was deleted since still explains the delay as it was levelled.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class LevellingDelay:
    id: int
    task_id: int
    delay_minutes: int  # working minutes, > 0
    resource_id: int | None = None  # the resource the task waited for
    waited_for_id: int | None = None  # the task that resource was busy on
