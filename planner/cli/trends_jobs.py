"""`planner record-status` (a snapshot at the status date, kept in the file) and `planner trends`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    record = jobs.add_parser(
        "record-status",
        help="keep a status snapshot at the project's status date (replaces one recorded for that date)",
    )
    record.add_argument("file")
    record.add_argument("--json", action="store_true", help="machine-readable output")
    record.set_defaults(run=cmd_record_status)
    trends = jobs.add_parser("trends", help="list the status snapshots: % complete, SPI, CPI, EAC, milestones, ...")
    trends.add_argument("file")
    trends.add_argument("--json", action="store_true", help="machine-readable output")
    trends.set_defaults(run=cmd_trends)


def cmd_record_status(args: argparse.Namespace) -> int:
    from planner.core.trends.edits import record_status, snapshot_at
    from planner.core.trends.measure import status_date_of
    from planner.exchange.trends_report import recorded_dict, recorded_line
    from planner.store.document import Document

    with Document.open(args.file) as document:
        project = document.project
        status = status_date_of(project)
        replaced = snapshot_at(project, status) is not None
        document.apply(record_status(document.schedule, datetime.now().replace(second=0, microsecond=0)))
        snapshot = snapshot_at(project, status)
    assert snapshot is not None
    if args.json:
        json.dump(recorded_dict(snapshot, replaced), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{args.file}: {recorded_line(snapshot, replaced)}")
    return 0


def cmd_trends(args: argparse.Namespace) -> int:
    from planner.exchange.trends_report import trends_dict, trends_table
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    if args.json:
        json.dump(trends_dict(project), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(trends_table(project))
    return 0
