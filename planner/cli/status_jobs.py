"""`planner status`: the Dashboard's red/amber/green and key figures, for scripts and terminals."""

from __future__ import annotations

import argparse
import json
import sys

STATUS_HELP = (
    "The project's status at its status date (today when none is set): red/amber/green for schedule, cost, "
    "risk and quality with the rule behind each, the key figures, the next milestones, the top risks, "
    "overdue actions and communications, recent decisions and gate warnings. The same rules as the "
    "Dashboard tab, the workbook's Summary and the status report."
)


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    status = jobs.add_parser("status", help="red/amber/green and key figures of a project", description=STATUS_HELP)
    status.add_argument("file", help="the .plandb project file")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(run=cmd_status)


def cmd_status(args: argparse.Namespace) -> int:
    from datetime import date

    from planner.cli.schedule_jobs import load_schedule
    from planner.core.status.assess import assess
    from planner.exchange.status_json import status_dict, status_text

    schedule = load_schedule(args.file)
    status = assess(schedule, date.today())
    if args.json:
        rows = {uid: row for row, uid in enumerate(schedule.outline.rows(), start=1)}
        json.dump(status_dict(status, schedule.project, rows), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(status_text(status, schedule.project))
    return 0
