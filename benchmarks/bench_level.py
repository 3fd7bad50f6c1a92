"""Levelling quality on PSPLIB: mean and worst deviation from the optimum (J30) or the best-known
makespan (J120), and the time per instance.

    python benchmarks/bench_level.py                 # both sets, every instance
    python benchmarks/bench_level.py --sets j30 --every 10   # every 10th instance, for speed

Each instance goes through the core API (planner.core.level.search.solve): one renewable
resource per PSPLIB resource with its capacity, the jobs as activities. Budget (issue 10):
J30 mean <= 0.5% at <= 0.5 s an instance, J120 mean <= 5% above best-known at <= 3 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from psplib import instances, read_sm

from planner.core.level.search import solve

BUDGETS = {"j30": 3000, "j120": 3000}


def run_set(name: str, every: int, schedules: int, seconds: float | None) -> None:
    deviations, times, cpus, optimal = [], [], [], 0
    chosen = instances(name)[::every]
    for path, best in chosen:
        problem = read_sm(path)
        began, cpu = time.perf_counter(), time.process_time()
        found = solve(problem, schedules=schedules, seconds=seconds)
        times.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
        deviations.append(100.0 * (found.makespan - best) / best)
        optimal += found.makespan <= best
    print(
        f"{name}: {len(chosen)} instances, {schedules} schedules max: "
        f"mean {statistics.mean(deviations):.2f}% worst {max(deviations):.2f}% above "
        f"{'optimum' if name == 'j30' else 'best-known'}, {optimal} at it; "
        f"{statistics.mean(times):.3f} s an instance (worst {max(times):.3f} s), "
        f"CPU {statistics.mean(cpus):.3f} s (worst {max(cpus):.3f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["j30", "j120"], choices=["j30", "j120"])
    parser.add_argument("--every", type=int, default=1, help="take every Nth instance (1: all)")
    parser.add_argument("--schedules", type=int, help="schedules per instance (default per set)")
    parser.add_argument("--seconds", type=float, help="a time limit per instance")
    args = parser.parse_args(argv)
    for name in args.sets:
        run_set(name, args.every, args.schedules or BUDGETS[name], args.seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
