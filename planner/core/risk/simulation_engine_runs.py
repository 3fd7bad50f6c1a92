"""Runs of a network the vectorised passes do not cover (a task on its own calendar, an elapsed
task or lag): the CPM engine itself, once per run, on the compiled network with that run's
durations. Slower (a millisecond or so per run for a hundred tasks) but the same rules exactly.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from planner.core.model.entities import Project
from planner.core.progress import check
from planner.core.schedule.compiled import Compiled
from planner.core.schedule.engine import run


def engine_runs(
    project: Project, compiled: Compiled, durations: dict[int, np.ndarray], runs: int, cancelled
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(es, ef, lf) of every node, shape (nodes, runs), and each run's finish as a work offset of
    the project calendar."""
    net = compiled.net
    size = len(net.task_ids)
    es, ef, lf = (np.empty((size, runs), np.int64) for _ in range(3))
    finish = np.empty(runs, np.int64)
    calendar = compiled.calendars[project.calendar_id]
    varied = list(durations.items())
    for r in range(runs):
        if r % 50 == 0:
            check(cancelled, "The simulation")
        minutes = list(net.durations)
        for node, values in varied:
            minutes[node] = int(values[r])
        result = run(project, replace(compiled, net=replace(net, durations=minutes)))
        es[:, r], ef[:, r], lf[:, r] = result.es, result.ef, result.lf
        finish[r] = calendar.work_at(result.finish_instant)
    return es, ef, lf, finish
