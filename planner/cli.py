"""The `planner` command: opens the window, or runs a headless job without importing Qt.

    planner [FILE] [--demo] [--screenshot PNG [--tab NAME] [--size WxH]] [--smoke]
    planner new FILE [--name N] [--start DATE] [--country CODE]
    planner demo FILE
    planner import SOURCE -o FILE [--start DATE] [--holiday DATE]... [--country CODE]
    planner schedule FILE [--json]
    planner why FILE ID
    planner info FILE [--json]
    planner set FILE [--name N] [--start DATE] [--status-date DATE|none] [--currency C]
                     [--hours-per-day H] [--hours-per-week H]
    planner track FILE [ID...]
    planner working-time FILE [--day DAY=HOURS]... [--exception NAME START [FINISH [HOURS]]]... [--country C|none]
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


def cmd_info(args: argparse.Namespace) -> int:
    from planner.exchange.project_settings import write_settings
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    write_settings(project, sys.stdout, args.json)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    """Project Information headless: the same core builder and checks as the dialog, one edit."""
    from planner.core.edits.project_edits import SETTING_LABELS, ProjectInfo, project_info_edit
    from planner.store.document import Document

    info = ProjectInfo(
        name=args.name,
        start=args.start,
        status_date=args.status_date,
        currency=args.currency,
        hours_per_day=args.hours_per_day,
        hours_per_week=args.hours_per_week,
    )
    with Document.open(args.file) as document:
        edit = project_info_edit(document.project, info)
        if edit is None:
            print(f"{args.file}: nothing to change")
            return 0
        document.apply(edit)
    changed = ", ".join(SETTING_LABELS[name] for name in edit.changes[0].after)
    print(f"{args.file}: changed {changed}")
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


def cmd_working_time(args: argparse.Namespace) -> int:
    """Change Working Time headless: the project calendar's days, exceptions added, the country; or print it."""
    from planner.core.edits.calendar_edits import TypedException, format_hours, working_time_edit
    from planner.core.model.dates import day_text
    from planner.exchange.project_settings import write_calendar
    from planner.store.document import Document

    with Document.open(args.file) as document:
        calendar = document.project.calendar
        week = [format_hours(hours) for hours in calendar.week]
        for day, hours in args.day:
            week[day] = hours
        rows = [
            TypedException(e.name, day_text(e.start), day_text(e.finish), format_hours(e.hours))
            for e in calendar.exceptions
        ]
        rows += [TypedException(*_exception_words(words)) for words in args.exception]
        country = calendar.country if args.country is None else ("" if args.country.lower() == "none" else args.country)
        edit = working_time_edit(document.project, calendar.id, week, rows, country)
        if edit is not None:
            document.apply(edit)
        write_calendar(document.project.calendar, sys.stdout, args.json)
    return 0


def _weekday_hours(text: str) -> tuple[int, str]:
    """`Fri=08:00-12:00` (or `friday=`, `Sat=` for a day off): the weekday's index and its hours."""
    from planner.core.model.dates import DAY_NAMES

    day, equals, hours = text.partition("=")
    names = [name.lower() for name in DAY_NAMES]
    found = [i for i, name in enumerate(names) if day.strip().lower() and name.startswith(day.strip().lower())]
    if not equals or len(found) != 1:
        raise argparse.ArgumentTypeError(f"{text!r}: write a weekday and its hours, e.g. Fri=08:00-12:00 or Sat=")
    return found[0], hours


def _exception_words(words: list[str]) -> tuple[str, ...]:
    if not 2 <= len(words) <= 4:
        raise PlannerError(
            "--exception takes NAME START [FINISH [HOURS]], e.g. --exception Shutdown 2027-12-27 2027-12-31"
        )
    return tuple(words)


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

    info = jobs.add_parser("info", help="print the project's settings (Project Information)")
    info.add_argument("file")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(run=cmd_info)

    put = jobs.add_parser("set", help="change the project's settings (Project Information)")
    put.add_argument("file")
    put.add_argument("--name", help="the project's name")
    put.add_argument("--start", help="the project's start, e.g. 2027-03-01 or 3/1/27")
    put.add_argument("--status-date", help="the date progress is measured at; 'none' clears it")
    put.add_argument("--currency", help="e.g. EUR, USD")
    put.add_argument("--hours-per-day", help="working hours in a day of duration (1-24)")
    put.add_argument("--hours-per-week", help="working hours in a week of duration")
    put.set_defaults(run=cmd_set)

    track = jobs.add_parser("track", help="Mark on Track: tasks complete up to the status date, as planned")
    track.add_argument("file")
    track.add_argument("task_ids", type=int, nargs="*", metavar="ID", help="task IDs (row numbers); default: all")
    track.set_defaults(run=cmd_track)

    hours = jobs.add_parser("working-time", help="print or change the project calendar (Change Working Time)")
    hours.add_argument("file")
    hours.add_argument(
        "--day",
        type=_weekday_hours,
        action="append",
        default=[],
        metavar="DAY=HOURS",
        help="a weekday's working hours, e.g. Fri=08:00-12:00; Sat= for a day off (repeatable)",
    )
    hours.add_argument(
        "--exception",
        nargs="+",
        action="append",
        default=[],
        metavar="WORD",
        help="add NAME START [FINISH [HOURS]]: a holiday, shutdown or day with other hours",
    )
    hours.add_argument("--country", help="public holidays of this country, e.g. DE; 'none' for none")
    hours.add_argument("--json", action="store_true", help="machine-readable output")
    hours.set_defaults(run=cmd_working_time)

    repair = jobs.add_parser("repair", help="drop the links and assignments that refer to tasks gone from the file")
    repair.add_argument("file")
    repair.set_defaults(run=cmd_repair)
    return parser


JOBS = ("new", "demo", "import", "schedule", "why", "info", "set", "track", "working-time", "repair")


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
