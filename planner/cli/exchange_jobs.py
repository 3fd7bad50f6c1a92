"""Jobs that write the project in another tool's format: `planner export FILE -o OUT`.

The format is the output's suffix (planner.exchange.project_formats lists them): the
stakeholder workbook (.xlsx), MS Project XML (.xml), ... Importing another tool's project
file is `planner import SOURCE -o FILE`, beside the task lists (schedule_jobs).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    export = jobs.add_parser("export", help="write the project for another tool; the format is the output's suffix")
    export.add_argument("file", help="the .plandb project file")
    export.add_argument("-o", "--output", required=True, help="the file to write, e.g. report.xlsx or plan.xml")
    export.set_defaults(run=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from planner.cli.schedule_jobs import load_schedule
    from planner.exchange.project_formats import export_project

    target = Path(args.output)
    lost: list[str] = []
    export_project(load_schedule(args.file), target, not_carried=lost)
    for line in lost:
        print(f"not carried: {line}", file=sys.stderr)
    print(f"exported {args.file} to {target}")
    return 0
