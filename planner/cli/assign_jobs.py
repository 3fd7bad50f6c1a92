"""`planner assign`: a task's Resource Names, as typed in the window's cell, as one edit."""

from __future__ import annotations

import argparse
import json
import sys

from planner.core.errors import PlannerError


def register(jobs: argparse._SubParsersAction) -> None:
    assign = jobs.add_parser(
        "assign",
        help="assign resources to a task in MS Project's notation, e.g. 'Anna Schmidt[50%%];SB' ('' unassigns)",
    )
    assign.add_argument("file")
    assign.add_argument("task_id", type=int, metavar="ID", help="the task's ID (its row number)")
    assign.add_argument("names", metavar="NAMES", help="Resource Names: names or initials, units in brackets")
    assign.add_argument("--create", action="store_true", help="create the names that are no resource yet")
    assign.add_argument("--json", action="store_true", help="machine-readable output")
    assign.set_defaults(run=cmd_assign)


def cmd_assign(args: argparse.Namespace) -> int:
    from planner.core.edits.assignment_edits import assign_creating, assign_names
    from planner.core.model.wbs import Outline
    from planner.core.resources.names import UnknownResources
    from planner.exchange.schedule_work import WorkReport
    from planner.store.document import Document

    with Document.open(args.file) as document:
        project = document.project
        ids = Outline.of(project).ids
        uid = ids.uid_of(args.task_id)
        if uid is None:
            raise PlannerError(f"{args.file}: there is no task {args.task_id} (the IDs go from 1 to {len(ids)})")
        try:
            edit = assign_names(project, uid, args.names)
        except UnknownResources as unknown:
            if not args.create:
                raise PlannerError(f"{unknown}; add --create to create it as a work resource") from None
            edit = assign_creating(project, uid, args.names, unknown.names)
        if edit is not None:
            document.apply(edit)
        work = WorkReport(project, document.schedule.outline)
        task = project.tasks[uid]
        result = {
            "id": args.task_id,
            "uid": uid,
            "name": task.name,
            "duration_hours": task.duration.minutes / 60,
            **work.fields(uid),
        }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    people = ", ".join(f"{r['name']} {r['units']:.0%} {r['work_hours']:g}h" for r in result["resources"]) or "nobody"
    status = "unchanged" if edit is None else "assigned"
    print(f"{args.file}: task {args.task_id} '{task.name}' {status}: {people}; work {result['work_hours']:g}h")
    sys.stdout.flush()
    return 0
