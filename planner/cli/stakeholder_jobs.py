"""`planner stakeholders` and `planner comms`: the stakeholder register with its grid, and the communication plan.

`planner comms --done K3` marks a plan line done as the window's "Mark done" does:
dated, its next due date moved on by its frequency, one edit in the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    people = jobs.add_parser(
        "stakeholders", help="print the stakeholder register with each one's power/interest quadrant and engagement gap"
    )
    people.add_argument("file")
    people.add_argument("--json", action="store_true", help="machine-readable output")
    people.set_defaults(run=cmd_stakeholders)
    comms = jobs.add_parser("comms", help="print the communication plan with what is overdue; mark lines done")
    comms.add_argument("file")
    comms.add_argument("--json", action="store_true", help="machine-readable output")
    comms.add_argument(
        "--done",
        action="append",
        default=[],
        metavar="K",
        help="mark a plan line done (K3, 3 or its name): dated, next due moved on by its frequency (repeatable)",
    )
    comms.add_argument("--on", metavar="DATE", help="the day the lines were done and the plan is judged on")
    comms.set_defaults(run=cmd_comms)


def cmd_stakeholders(args: argparse.Namespace) -> int:
    from planner.exchange.stakeholder_report import stakeholders_dict, stakeholders_table
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    if args.json:
        json.dump(stakeholders_dict(project), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(stakeholders_table(project))
    return 0


def cmd_comms(args: argparse.Namespace) -> int:
    from planner.core.model.dates import parse_day
    from planner.core.risk.register import review_day
    from planner.exchange.stakeholder_report import comms_dict, comms_table
    from planner.store.projectfile import ProjectFile

    chosen = parse_day(args.on, "--on") if args.on else None
    if args.done:
        _mark_done(args.file, args.done, chosen)
    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    day = chosen or review_day(project, date.today())
    if args.json:
        json.dump(comms_dict(project, day), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(comms_table(project, day))
    return 0


def _mark_done(path: str, wanted: list[str], chosen: date | None) -> None:
    """Each named line marked done, one edit each; a name that is no line refuses them all, before any is written."""
    from planner.core.communication.plan import mark_done
    from planner.core.communication.registers import COMMUNICATIONS
    from planner.core.records.spec import Kind, RecordField
    from planner.core.records.values import record_named
    from planner.core.risk.register import review_day
    from planner.store.document import Document
    from planner.store.projectfile import ProjectFile

    line_field = RecordField("id", "Communication", Kind.RECORD, table=COMMUNICATIONS.table)
    with ProjectFile.open(path, writable=False) as file:  # a bad name leaves an older file unmigrated
        project = file.load()
    ids = [record_named(project, line_field, text.strip()) for text in wanted]
    with Document.open(path) as document:
        day = chosen or review_day(document.project, date.today())
        for line_id in ids:
            document.apply(mark_done(document.project, line_id, day))
            line = document.project.communications[line_id]
            due = line.next_due.isoformat() if line.next_due else "to be set"
            print(f"{path}: {COMMUNICATIONS.label(line_id)} {line.what} done on {day}, next due {due}", file=sys.stderr)
