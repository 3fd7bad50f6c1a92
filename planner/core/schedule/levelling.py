"""The levelling delays the passes add to tasks' early starts (core/model/levelling.py).

MS Project's Leveling Delay: a task starts that much working time after its predecessors and
constraints allow. Only leaf tasks on working time take one (the leveller moves no summary,
no elapsed task and nothing started); a delay of any other task is not applied.
"""

from __future__ import annotations

from planner.core.model.entities import Project
from planner.core.schedule.network import Network


def node_delays(project: Project, net: Network) -> dict[int, int]:
    """Per leaf node with a levelling delay, the delay in working minutes (empty, at no cost,
    for a project never levelled)."""
    if not project.levelling_delays:
        return {}
    delays: dict[int, int] = {}
    leaf = net.leaf
    for delay in project.levelling_delays.values():
        node = leaf.get(delay.task_id)
        if node is not None and delay.delay_minutes > 0:
            delays[node] = delays.get(node, 0) + delay.delay_minutes
    return delays
