"""Monte Carlo speed: 1,000 tasks x 10,000 runs (budget 2 s, aim 1 s) and 10,000 tasks x
1,000 runs (budget 5 s), every leaf task with a three-point estimate and ten risks.

    python benchmarks/bench_monte_carlo.py [--repeat 3]

Each line gives the best of the repeats of `simulate` alone, wall clock and the CPU time the
process had (on a busy machine the wall clock waits for others) (the project is scheduled and
compiled first, as the window has it), with the P80 finish so a wrong result shows.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from planner.core.model.estimates import Distribution, TaskEstimate
from planner.core.risk.simulation import simulate
from planner.core.risk.simulation_draws import RiskEvent
from planner.core.risk.simulation_passes import vectorisable
from planner.core.risk.simulation_stats import summary
from planner.core.schedule.scheduler import Scheduler
from planner.core.schedule.worktime import from_abs

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project

CASES = ((1_000, 10_000, 2.0), (10_000, 1_000, 5.0))


def estimated(tasks: int):
    project = generate_project(tasks)
    rng = random.Random(3)
    summaries = {t.parent_id for t in project.tasks.values()}
    kinds = list(Distribution)
    for task in project.tasks.values():
        if task.id in summaries or task.milestone:
            continue
        m = task.duration.minutes
        e = len(project.task_estimates) + 1
        project.task_estimates[e] = TaskEstimate(e, task.id, int(m * 0.8), m, int(m * 1.6), rng.choice(kinds))
    leaves = [t for t in project.tasks if t not in summaries]
    risks = tuple(RiskEvent(r, 0.2, 960, 5000.0, tuple(rng.sample(leaves, 3))) for r in range(1, 11))
    return project, risks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    for tasks, runs, budget in CASES:
        project, risks = estimated(tasks)
        scheduler = Scheduler(project)
        best, cpu, outcome = float("inf"), float("inf"), None
        for _ in range(args.repeat):
            began, began_cpu = time.perf_counter(), time.process_time()
            outcome = simulate(project, scheduler.compiled, scheduler.schedule, runs=runs, seed=1, risks=risks)
            best = min(best, time.perf_counter() - began)
            cpu = min(cpu, time.process_time() - began_cpu)
        p80 = from_abs(int(summary(outcome.finishes)["p80"]))
        way = "vectorised" if vectorisable(scheduler.compiled, project) else "engine per run"
        print(
            f"{tasks:>6,} tasks x {runs:>6,} runs: {best:.2f} s, {cpu:.2f} s of CPU (budget {budget:.0f} s; {way}), "
            f"planned finish {scheduler.schedule.project_finish:%Y-%m-%d}, P80 {p80:%Y-%m-%d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
