"""Jobs on the schedule: import a task list, print the schedule, explain a task, mark on track."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.arguments import day, moment, status
from planner.core.errors import PlannerError


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    imp = jobs.add_parser(
        "import", help="create a project from a task list (.csv or .xlsx, MS Project columns) or another tool's file"
    )
    imp.add_argument("source", help="the .csv or .xlsx task list, or a project file of another tool (e.g. .xml)")
    imp.add_argument("-o", "--output", required=True, help="the .plandb file to create")
    imp.add_argument("--start", type=moment, help="project start (default: the earliest Start, else today)")
    imp.add_argument("--holiday", type=day, action="append", default=[], help="a non-working day (repeatable)")
    imp.add_argument("--country", help="public holidays of this country, e.g. DE")
    imp.add_argument("--name", help="project name (default: the sheet's file name)")
    imp.add_argument(
        "--resources",
        help="a resource list (.csv or .xlsx, MS Project columns); default: the workbook's Resources sheet",
    )
    imp.add_argument("--status-date", type=status, help="the date the sheet's progress was measured at")
    imp.set_defaults(run=cmd_import)

    sched = jobs.add_parser("schedule", help="print the schedule")
    sched.add_argument("file")
    sched.add_argument("--json", action="store_true", help="machine-readable output")
    sched.set_defaults(run=cmd_schedule)

    why = jobs.add_parser("why", help="explain what drives a task's start and whether it is critical")
    why.add_argument("file")
    why.add_argument("task_id", type=int, metavar="ID", help="the task's ID: its row number, as the table shows it")
    why.set_defaults(run=cmd_why)

    track = jobs.add_parser("track", help="Mark on Track: tasks complete up to the status date, as planned")
    track.add_argument("file")
    track.add_argument("task_ids", type=int, nargs="*", metavar="ID", help="task IDs (row numbers); default: all")
    track.set_defaults(run=cmd_track)


def cmd_import(args: argparse.Namespace) -> int:
    from planner.exchange.project_formats import importer_for
    from planner.exchange.task_import import SheetError, accepted, read_task_sheet
    from planner.store.projectfile import ProjectFile

    source = Path(args.source)
    if importer_for(source) is not None:
        return import_project_file(source, Path(args.output))
    result = read_task_sheet(
        source,
        start=args.start,
        country=args.country or "",
        holidays=args.holiday,
        name=args.name,
        resources=args.resources,
        status_date=args.status_date,
    )
    if result.start_note:
        print(f"note: {result.start_note}; give --start to choose another", file=sys.stderr)
    try:
        project = accepted(result, source)
    except SheetError as error:
        for warning in error.warnings:
            if warning != result.start_note:
                print(f"warning: {warning}", file=sys.stderr)
        for problem in error.problems:
            where = "" if problem.sheet and problem.sheet != "Resources" else f"{args.source}: "
            print(f"{where}{problem}", file=sys.stderr)
        raise
    ProjectFile.create(args.output, project).close()
    team = f", {len(project.resources)} resources" if project.resources else ""
    print(f"imported {len(project.tasks)} tasks{team} and {len(project.links)} links into {args.output}")
    return 0


def import_project_file(source: Path, output: Path) -> int:
    """Another tool's project file (MS Project XML, ...): what it could not carry goes to stderr."""
    from planner.exchange.project_formats import import_project
    from planner.store.projectfile import ProjectFile

    found = import_project(source)
    for line in found.not_carried:
        print(f"not carried: {line}", file=sys.stderr)
    ProjectFile.create(output, found.project).close()
    project = found.project
    team = f", {len(project.resources)} resources" if project.resources else ""
    print(f"imported {len(project.tasks)} tasks{team} and {len(project.links)} links into {output}")
    return 0


def load_schedule(path: str):
    """The file's schedule; a loop of links is left out with a warning on stderr, as the window does."""
    from planner.core.schedule.loops import LoopBreaker
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(path, writable=False) as file:
        project = file.load()
    loops = LoopBreaker()
    result = loops.schedule_first(project)
    for problem in loops.problems:
        print(f"planner: warning: {path}: {problem}", file=sys.stderr)
    return result


def cmd_schedule(args: argparse.Namespace) -> int:
    from planner.exchange.schedule_report import write_schedule_json, write_schedule_table

    result = load_schedule(args.file)
    (write_schedule_json if args.json else write_schedule_table)(result, sys.stdout)
    return 0


def cmd_why(args: argparse.Namespace) -> int:
    from planner.core.schedule.explain import explain

    result = load_schedule(args.file)
    uid = result.outline.ids.uid_of(args.task_id)
    if uid is None:
        raise PlannerError(
            f"{args.file}: there is no task {args.task_id} (the IDs go from 1 to {len(result.outline.ids)})"
        )
    print(explain(result, uid))
    from planner.core.level.report import task_delay, waits_text

    delay = task_delay(result.project, uid)
    if delay is not None:
        print(f"Levelling: it {waits_text(result.project, delay, result.outline)}.")
    return 0


def cmd_track(args: argparse.Namespace) -> int:
    """Mark on Track headless: the tasks given (default: all) complete up to the status date, one edit."""
    from planner.core.edits.tracking_edits import mark_on_track
    from planner.core.model.wbs import Outline
    from planner.store.document import Document

    with Document.open(args.file) as document:
        ids = Outline.of(document.project).ids
        uids = []
        for task_id in args.task_ids or range(1, len(ids) + 1):
            uid = ids.uid_of(task_id)
            if uid is None:
                raise PlannerError(f"{args.file}: there is no task {task_id} (the IDs go from 1 to {len(ids)})")
            uids.append(uid)
        edit = mark_on_track(document.project, uids)
        if edit is not None:
            document.apply(edit)
    count = 0 if edit is None else len(edit.changes)
    print(f"{args.file}: {count} task{'s' * (count != 1)} marked on track up to the status date")
    return 0
