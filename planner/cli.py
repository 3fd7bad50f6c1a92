"""The `planner` command: opens the window, or runs a headless job without importing Qt.

    planner [FILE] [--demo] [--screenshot PNG [--tab NAME] [--size WxH]] [--smoke]
    planner new FILE [--name N] [--start DATE] [--country CODE]
    planner demo FILE
    planner import SOURCE -o FILE [--start DATE] [--holiday DATE]... [--country CODE]
    planner schedule FILE [--json]
    planner why FILE ID
    planner repair FILE

Task IDs are MS Project's: the row number in outline order, as the table shows it.

Bad input never shows a traceback: one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from planner.core.errors import PlannerError
from planner.store.errors import failure_line

EXIT_BAD_INPUT = 2


def _moment(text: str) -> datetime:
    """A date typed on the command line, in any form the table takes; 08:00 when no time is given."""
    from planner.core.model.dates import parse_date

    try:
        return parse_date(text, time(8, 0), "date")
    except PlannerError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _day(text: str) -> date:
    return _moment(text).date()


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size; write it as WIDTHxHEIGHT, e.g. 1366x768") from None
    return width, height


# -- headless jobs ------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    from planner.core.model.factory import new_project
    from planner.store.projectfile import ProjectFile

    name = args.name or Path(args.file).stem
    project = new_project(name, args.start or datetime.combine(date.today(), time(8, 0)), args.country or "")
    ProjectFile.create(args.file, project).close()
    print(f"created {args.file}: project '{project.name}' starting {project.start:%Y-%m-%d}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from planner.exchange.demo import demo_project
    from planner.store.projectfile import ProjectFile

    project = demo_project()
    ProjectFile.create(args.file, project).close()
    print(f"wrote the demo project '{project.name}' ({len(project.tasks)} tasks) to {args.file}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from planner.exchange.task_import import SheetError, accepted, read_task_sheet
    from planner.store.projectfile import ProjectFile

    source = Path(args.source)
    result = read_task_sheet(
        source, start=args.start, country=args.country or "", holidays=args.holiday, name=args.name
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
            print(f"{args.source}: {problem}", file=sys.stderr)
        raise
    ProjectFile.create(args.output, project).close()
    print(f"imported {len(project.tasks)} tasks and {len(project.links)} links into {args.output}")
    return 0


def _load(path: str):
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

    result = _load(args.file)
    (write_schedule_json if args.json else write_schedule_table)(result, sys.stdout)
    return 0


def cmd_why(args: argparse.Namespace) -> int:
    from planner.core.schedule.explain import explain

    result = _load(args.file)
    uid = result.outline.ids.uid_of(args.task_id)
    if uid is None:
        raise PlannerError(
            f"{args.file}: there is no task {args.task_id} (the IDs go from 1 to {len(result.outline.ids)})"
        )
    print(explain(result, uid))
    return 0


def cmd_repair(args: argparse.Namespace) -> int:
    """Drop the rows that refer to rows gone from the file (a link to a deleted task); say each."""
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(args.file) as file:
        dropped = file.repair()
    for line in dropped:
        print(line)
    print(
        f"{args.file}: {len(dropped)} row{'s' * (len(dropped) != 1)} dropped"
        if dropped
        else f"{args.file}: nothing to repair"
    )
    return 0


# -- argument parsing -------------------------------------------------------------
def _job_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planner", description="Planner's headless jobs.")
    jobs = parser.add_subparsers(dest="job", required=True, metavar="JOB")

    new = jobs.add_parser("new", help="create an empty project file")
    new.add_argument("file", help="the .plandb file to create")
    new.add_argument("--name", help="project name (default: the file name)")
    new.add_argument("--start", type=_moment, help="project start, YYYY-MM-DD (default: today)")
    new.add_argument("--country", help="public holidays of this country, e.g. DE, US, GB")
    new.set_defaults(run=cmd_new)

    demo = jobs.add_parser("demo", help="write the demo IT project (a customer-portal rollout)")
    demo.add_argument("file", help="the .plandb file to create")
    demo.set_defaults(run=cmd_demo)

    imp = jobs.add_parser("import", help="create a project from a task list (.csv or .xlsx, MS Project columns)")
    imp.add_argument("source", help="the .csv or .xlsx task list")
    imp.add_argument("-o", "--output", required=True, help="the .plandb file to create")
    imp.add_argument("--start", type=_moment, help="project start (default: the earliest Start, else today)")
    imp.add_argument("--holiday", type=_day, action="append", default=[], help="a non-working day (repeatable)")
    imp.add_argument("--country", help="public holidays of this country, e.g. DE")
    imp.add_argument("--name", help="project name (default: the sheet's file name)")
    imp.set_defaults(run=cmd_import)

    sched = jobs.add_parser("schedule", help="print the schedule")
    sched.add_argument("file")
    sched.add_argument("--json", action="store_true", help="machine-readable output")
    sched.set_defaults(run=cmd_schedule)

    why = jobs.add_parser("why", help="explain what drives a task's start and whether it is critical")
    why.add_argument("file")
    why.add_argument("task_id", type=int, metavar="ID", help="the task's ID: its row number, as the table shows it")
    why.set_defaults(run=cmd_why)

    repair = jobs.add_parser("repair", help="drop the links and assignments that refer to tasks gone from the file")
    repair.add_argument("file")
    repair.set_defaults(run=cmd_repair)
    return parser


JOBS = ("new", "demo", "import", "schedule", "why", "repair")


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Planner: a project planner for IT project managers. "
        f"With no JOB it opens the window. Jobs: {', '.join(JOBS)} (planner JOB --help).",
    )
    parser.add_argument("file", nargs="?", help="a .plandb project file to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo project")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="render the window once to PNG and exit")
    parser.add_argument("--tab", help="with --screenshot: the tab to show (e.g. Gantt)")
    parser.add_argument("--size", type=_size, help="with --screenshot: window size WxH (default 1366x768)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="self-test of an installed Planner: open the demo offscreen, schedule, export",
    )
    return parser


def _open_window(args: argparse.Namespace) -> int:
    if args.smoke:
        from planner.ui.shell.smoke import run_smoke

        return run_smoke()
    from planner.ui.shell.app import run_gui  # the only path that imports Qt

    path = Path(args.file) if args.file else None
    return run_gui(path, demo=args.demo, screenshot=args.screenshot, tab=args.tab, size=args.size)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in JOBS:
        args = _job_parser().parse_args(argv)
        run: Callable[[argparse.Namespace], int] = args.run
    else:
        args = _window_parser().parse_args(argv)
        run = _open_window
    try:
        return run(args)
    except BrokenPipeError:  # `planner schedule big.plandb | head`: the reader has all it wants
        sys.stderr.close()
        return 0
    except Exception as error:  # every cause has its own words; an unforeseen one still gets one line
        print(f"planner: {failure_line(error, _doing(args))}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _doing(args: argparse.Namespace) -> str:
    """What a job was at, for the one line that reports an unexpected failure."""
    if getattr(args, "job", None) == "import":
        return f"importing {args.source} into {args.output}"
    if getattr(args, "job", None) in ("new", "demo"):
        return f"writing {args.file}"
    return f"reading {args.file}" if getattr(args, "file", None) else "starting"


if __name__ == "__main__":
    sys.exit(main())
