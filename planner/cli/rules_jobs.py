"""Jobs on MS Project's scheduling rules: a task's mode, the project's scheduling options."""

from __future__ import annotations

import argparse
import json
from datetime import time

from planner.core.errors import PlannerError

YES_NO = {"yes": True, "no": False}


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    mode = jobs.add_parser(
        "mode", help="Task Mode: make tasks manually scheduled (they stay where they are) or auto scheduled"
    )
    mode.add_argument("file")
    mode.add_argument("task_ids", type=int, nargs="+", metavar="ID", help="the tasks' IDs (row numbers)")
    which = mode.add_mutually_exclusive_group(required=True)
    which.add_argument("--manual", dest="manual", action="store_true", help="manually scheduled, at today's dates")
    which.add_argument("--auto", dest="manual", action="store_false", help="auto scheduled again")
    mode.add_argument("--json", action="store_true", help="machine-readable output")
    mode.set_defaults(run=cmd_mode)
    options = jobs.add_parser(
        "scheduling", help="the scheduling options: honour constraint dates over links, default start and end times"
    )
    options.add_argument("file")
    options.add_argument(
        "--honour-constraints", choices=YES_NO, help="yes (MS Project's default): constraints win over links"
    )
    options.add_argument("--day-start", type=_clock, metavar="HH:MM", help="a date typed without a time starts then")
    options.add_argument("--day-finish", type=_clock, metavar="HH:MM", help="a finish typed without a time ends then")
    options.add_argument("--json", action="store_true", help="machine-readable output")
    options.set_defaults(run=cmd_scheduling)


def _clock(text: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time of day like 08:00") from None


def cmd_mode(args: argparse.Namespace) -> int:
    from planner.core.edits.rules_edits import MODE_LABELS, set_task_mode
    from planner.store.document import Document

    with Document.open(args.file) as document:
        ids = document.schedule.outline.ids
        uids = []
        for task_id in args.task_ids:
            uid = ids.uid_of(task_id)
            if uid is None:
                raise PlannerError(f"{args.file}: there is no task {task_id} (the IDs go from 1 to {len(ids)})")
            uids.append(uid)
        edit = set_task_mode(document.schedule, uids, args.manual)
        if edit is not None:
            document.apply(edit)
        tasks = []
        for task_id, uid in zip(args.task_ids, uids, strict=True):
            dates = document.schedule.dates(uid)
            task = document.project.tasks[uid]
            tasks.append(
                {
                    "id": task_id,
                    "name": task.name,
                    "mode": MODE_LABELS[task.manual],
                    "start": dates.start.isoformat(timespec="minutes"),
                    "finish": dates.finish.isoformat(timespec="minutes"),
                }
            )
    if args.json:
        print(json.dumps({"tasks": tasks}, indent=2))
        return 0
    for task in tasks:
        print(f"{args.file}: task {task['id']} '{task['name']}': {task['mode']}, {task['start']} - {task['finish']}")
    return 0


def cmd_scheduling(args: argparse.Namespace) -> int:
    from planner.core.edits.rules_edits import scheduling_options_edit
    from planner.store.document import Document

    honour = None if args.honour_constraints is None else YES_NO[args.honour_constraints]
    with Document.open(args.file) as document:
        edit = scheduling_options_edit(document.schedule, honour, args.day_start, args.day_finish)
        if edit is not None:
            document.apply(edit)
        project = document.project
        result = {
            "honour_constraints": project.honour_constraints,
            "default_start_time": f"{project.default_start_time:%H:%M}",
            "default_finish_time": f"{project.default_finish_time:%H:%M}",
            "finish": document.schedule.project_finish.isoformat(timespec="minutes"),
        }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    honours = "honour their constraint dates" if result["honour_constraints"] else "follow their links over constraints"
    print(
        f"{args.file}: tasks {honours}; a working day runs {result['default_start_time']}-"
        f"{result['default_finish_time']}; the project finishes {result['finish']}"
    )
    return 0
