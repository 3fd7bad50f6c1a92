"""Jobs on the project as a whole: create it, the demo, Project Information, working time, repair."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
from pathlib import Path

from planner.cli.arguments import moment
from planner.core.errors import PlannerError


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    new = jobs.add_parser("new", help="create an empty project file")
    new.add_argument("file", help="the .plandb file to create")
    new.add_argument("--name", help="project name (default: the file name)")
    new.add_argument("--start", type=moment, help="project start, YYYY-MM-DD (default: today)")
    new.add_argument("--country", help="public holidays of this country, e.g. DE, US, GB")
    new.set_defaults(run=cmd_new)

    demo = jobs.add_parser("demo", help="write the demo IT project (a customer-portal rollout)")
    demo.add_argument("file", help="the .plandb file to create")
    demo.set_defaults(run=cmd_demo)

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


def cmd_new(args: argparse.Namespace) -> int:
    from planner.core.model.factory import new_project
    from planner.store.projectfile import ProjectFile

    name = args.name or Path(args.file).stem
    project = new_project(name, args.start or datetime.combine(date.today(), time(8, 0)), args.country or "")
    ProjectFile.create(args.file, project).close()
    print(f"created {args.file}: project '{project.name}' starting {project.start:%Y-%m-%d}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from planner.exchange.demo import demo_file_project
    from planner.store.projectfile import ProjectFile

    project = demo_file_project()
    ProjectFile.create(args.file, project).close()
    print(f"wrote the demo project '{project.name}' ({len(project.tasks)} tasks) to {args.file}")
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
