"""`planner simulate`: the Monte Carlo schedule and cost risk of a project file."""

from __future__ import annotations

import argparse
import json
import sys

from planner.core.errors import PlannerError

HELP = (
    "Monte Carlo schedule and cost risk: run the project N times with durations drawn from the "
    "three-point estimates and the register's open risks occurring by their probability. "
    "Prints the mean, P10, P50, P80 and P90 finish and cost, each task's criticality and "
    "sensitivity and each milestone's chance, and stores the results in the file (the Risk "
    "tab's Simulation page shows them), replacing the last simulation."
)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"runs must be between 1 and 1,000,000, not {value:,}")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"the seed must be a whole number from 0, not {value}")
    return value


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    sim = jobs.add_parser(
        "simulate", help="Monte Carlo finish and cost risk; stores the results in the file", description=HELP
    )
    sim.add_argument("file")
    sim.add_argument("--runs", type=_count, default=1000, metavar="N", help="how many runs (default 1000)")
    sim.add_argument("--seed", type=_seed, default=0, metavar="S", help="random seed: the same seed, the same runs")
    sim.add_argument("--json", action="store_true", help="machine-readable output")
    sim.set_defaults(run=cmd_simulate)


def cmd_simulate(args: argparse.Namespace) -> int:
    from planner.exchange.simulation_report import simulate_into, simulation_dict, simulation_lines
    from planner.store.document import Document

    with Document.open(args.file) as document:
        scheduler = document.scheduler
        if scheduler is None:
            raise PlannerError(f"{args.file}: the links make a loop; break it before simulating")
        found = simulate_into(document, scheduler, args.runs, args.seed)
        project = document.project
        if args.json:
            json.dump(simulation_dict(project, found), sys.stdout, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write("\n".join(simulation_lines(project, found)) + "\n")
    return 0
