"""Jobs on the workload: who works how much, at what cost, and who is over-allocated when."""

from __future__ import annotations

import argparse
import sys

from planner.cli.schedule_jobs import load_schedule

GRANULARITIES = ("day", "week", "month")


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    res = jobs.add_parser("resources", help="each resource's work, cost, peak units and over-allocations")
    res.add_argument("file")
    res.add_argument("--json", action="store_true", help="machine-readable output")
    res.add_argument(
        "--by",
        choices=GRANULARITIES,
        default="day",
        help="judge over-allocation day by day (MS Project's default), week by week or month by month",
    )
    res.set_defaults(run=cmd_resources)


def cmd_resources(args: argparse.Namespace) -> int:
    from planner.core.resources.periods import Granularity
    from planner.exchange.resource_report import write_resources_json, write_resources_table

    result = load_schedule(args.file)
    write = write_resources_json if args.json else write_resources_table
    write(result, sys.stdout, Granularity(args.by))
    return 0
