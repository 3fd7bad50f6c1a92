"""`planner meetings`, `planner actions`, `planner action-task`: the meeting log, its actions, an action made a task."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from planner.cli.arguments import day as day_argument
from planner.core.errors import PlannerError


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    meetings = jobs.add_parser("meetings", help="print the meeting log: attendees, decisions and action items")
    meetings.add_argument("file")
    meetings.add_argument("--json", action="store_true", help="machine-readable output")
    meetings.add_argument("--on", type=day_argument, metavar="DATE", help=_ON_HELP)
    meetings.set_defaults(run=cmd_meetings)
    actions = jobs.add_parser("actions", help="print the action items: open ones first, soonest due first")
    actions.add_argument("file")
    actions.add_argument("--json", action="store_true", help="machine-readable output")
    actions.add_argument("--overdue", action="store_true", help="only open actions due before the day")
    actions.add_argument("--on", type=day_argument, metavar="DATE", help=_ON_HELP)
    actions.set_defaults(run=cmd_actions)
    task = jobs.add_parser("action-task", help="make an action item a task of the plan, linked both ways")
    task.add_argument("file")
    task.add_argument("action", metavar="ACTION", help="the action's label, e.g. A4")
    task.add_argument(
        "--phase", type=int, metavar="ID", help="the summary task (row ID) to add it to; default: the current phase"
    )
    task.add_argument("--json", action="store_true", help="machine-readable output")
    task.set_defaults(run=cmd_action_task)


_ON_HELP = "the day overdue is judged on (default: the project's status date, or today without one)"


def _day(project, args: argparse.Namespace) -> date:
    from planner.core.communication.actions import action_day

    return args.on if args.on is not None else action_day(project, date.today())


def _load(path: str):
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(path, writable=False) as file:
        return file.load()


def cmd_meetings(args: argparse.Namespace) -> int:
    from planner.exchange.meeting_report import meetings_dict, meetings_text

    project = _load(args.file)
    if args.json:
        json.dump(meetings_dict(project, _day(project, args)), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(meetings_text(project, _day(project, args)))
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    from planner.exchange.meeting_report import actions_dict, actions_table

    project = _load(args.file)
    if args.json:
        json.dump(actions_dict(project, _day(project, args), args.overdue), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(actions_table(project, _day(project, args), args.overdue))
    return 0


def action_id(text: str) -> int:
    """An action typed as its label ("A4", "a4") or its number ("4")."""
    number = text.strip().upper().removeprefix("A").strip()
    if not number.isdigit():
        raise PlannerError(f"{text!r} is not an action item; name it by its label, like A4")
    return int(number)


def cmd_action_task(args: argparse.Namespace) -> int:
    from planner.core.communication.action_task import action_to_task, default_phase
    from planner.store.document import Document

    wanted = action_id(args.action)
    with Document.open(args.file) as document:
        project = document.project
        ids = document.schedule.outline.ids
        if args.phase is None:
            phase = default_phase(project)
        else:
            phase = ids.uid_of(args.phase)
            if phase is None:
                raise PlannerError(f"{args.file}: there is no task {args.phase} (the IDs go from 1 to {len(ids)})")
        document.apply(action_to_task(project, wanted, phase))
        ids = document.schedule.outline.ids
        uid = project.action_items[wanted].task_id
        task = project.tasks[uid]
        found = {
            "action": f"A{wanted}",
            "task": ids.id_of(uid),
            "name": task.name,
            "phase": ids.id_of(phase) if phase is not None else None,
            "finish": document.schedule.dates(uid).finish.isoformat(timespec="minutes"),
        }
    if args.json:
        print(json.dumps(found, indent=2))
        return 0
    where = f" in {project.tasks[phase].name}" if phase is not None else " at the end of the plan"
    print(f"{args.file}: A{wanted} became task {found['task']} '{task.name}'{where}, finishing {found['finish']}")
    return 0
