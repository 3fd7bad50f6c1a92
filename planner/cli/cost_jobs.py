"""Jobs on the project's money: `planner cost` (budget, cost, actual, remaining, by month) and
`planner expenses` (the ledger: list it, import a bank or ERP export into it)."""

from __future__ import annotations

import argparse
import json
import sys

from planner.cli.arguments import day


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    cost = jobs.add_parser("cost", help="print budget, cost, actual and remaining cost per task and account")
    cost.add_argument("file")
    cost.add_argument("--json", action="store_true", help="machine-readable output, with cost by month")
    cost.add_argument("--status-date", type=day, help="count only the expenses booked up to this date")
    cost.set_defaults(run=cmd_cost)


def cmd_cost(args: argparse.Namespace) -> int:
    from planner.cli.schedule_jobs import load_schedule
    from planner.exchange.cost_report import cost_dict, cost_lines

    schedule = load_schedule(args.file)
    if args.json:
        json.dump(cost_dict(schedule, args.status_date), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(cost_lines(schedule, args.status_date)) + "\n")
    return 0
