"""Jobs on the team: print it, add, change and delete resources, as the Resources tab does."""

from __future__ import annotations

import argparse
import sys

from planner.core.errors import InputError


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    team = jobs.add_parser("team", help="print or change the team (the Resources tab's sheet)")
    team.add_argument("file")
    team.add_argument("--json", action="store_true", help="machine-readable output")
    team.add_argument("--add", action="append", default=[], metavar="NAME", help="add a work resource (repeatable)")
    team.add_argument(
        "--set",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "FIELD=VALUE"),
        help="type VALUE into the resource's FIELD, e.g. Ana standard_rate=400/d, Ana skills='Java 4; React 3'",
    )
    team.add_argument("--delete", action="append", default=[], metavar="NAME", help="delete a resource")
    team.add_argument(
        "--week",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "DAY=HOURS"),
        help="the person's hours on a weekday, e.g. Ana Fri= (off Fridays) or Ana Fri=08:00-12:00",
    )
    team.add_argument(
        "--vacation",
        nargs=3,
        action="append",
        default=[],
        metavar=("NAME", "START", "FINISH"),
        help="days off of the person's own, e.g. Bo 2027-03-01 2027-03-12",
    )
    team.set_defaults(run=cmd_team)


def cmd_team(args: argparse.Namespace) -> int:
    """Each change is one edit through the sheet's builders; a refusal takes back those made before it."""
    from planner.exchange.team_report import write_team
    from planner.store.document import Document
    from planner.store.projectfile import ProjectFile

    if not (args.add or args.set or args.delete or args.week or args.vacation):
        with ProjectFile.open(args.file, writable=False) as file:
            write_team(file.load(), sys.stdout, args.json)
        return 0
    with Document.open(args.file) as document:
        made: list = []
        said: list[str] = []
        try:
            for line in _edits(document, args, made):
                said.append(line)
        except InputError:
            for edit in reversed(made):  # all or nothing: what was done is taken back
                document.apply(edit.inverse())
            raise
    for line in said:
        print(f"{args.file}: {line}")
    return 0


def _edits(document, args: argparse.Namespace, made: list):
    """Apply each change in the order adds, field values, working time, deletes; say what each did."""
    for build in (_adds, _field_values, _working_times, _deletes):
        for make, line in build(args):
            edit = _named_refusal(make, document.project)
            if edit is not None:
                document.apply(edit)
                made.append(edit)
            yield line(edit)


def _named_refusal(make, project):
    """Run one builder; a refusal names the resource it is about (`Ana: max units must be ...`)."""
    who, build = make
    try:
        return build(project)
    except InputError as error:
        raise InputError(f"{who(project)}: {error}" if who else str(error)) from None


def _adds(args: argparse.Namespace):
    from planner.core.team import resource_edits

    for name in args.add:
        build = lambda p, n=name: resource_edits.insert_resource(p, resource_edits.check_new_name(p, n))  # noqa: E731
        yield (None, build), lambda _edit, n=name: f"added {n}"


def _field_values(args: argparse.Namespace):
    from planner.core.team import resource_edits
    from planner.core.team.resource_fields import PARSERS
    from planner.core.team.skill_levels import resource_levels_edit

    for name, assignment in args.set:
        field, equals, value = assignment.partition("=")
        field = field.strip().replace("-", "_")
        if not equals or (field not in PARSERS and field != "skills"):
            known = ", ".join([*PARSERS, "skills"])
            raise InputError(f"--set {name} {assignment!r}: write FIELD=VALUE with a field among {known}")

        def build(p, n=name, f=field, v=value):
            rid = _named(p, n).id
            if f == "skills":
                return resource_levels_edit(p, rid, v)
            return resource_edits.set_resource_field(p, rid, f, v)

        yield (lambda p, n=name: _named(p, n).name, build), _said(name, field)


def _working_times(args: argparse.Namespace):
    """Every --week and --vacation of one person folded into one edit of their working time."""
    from planner.core.edits.calendar_edits import TypedException
    from planner.core.team.resource_calendar_edits import resource_working_time_edit

    changes: dict[str, list] = {}
    for name, day_hours in args.week:
        changes.setdefault(name, []).append(("week", _weekday_hours(day_hours)))
    for name, start, finish in args.vacation:
        changes.setdefault(name, []).append(("vacation", TypedException("Vacation", start, finish)))
    for name, steps in changes.items():

        def build(p, n=name, steps=steps):
            resource = _named(p, n)
            week, rows = _typed_time(p, resource)
            for kind, change in steps:
                if kind == "week":
                    week[change[0]] = change[1]
                else:
                    rows.append(change)
            return resource_working_time_edit(p, resource.id, week, rows)

        yield (lambda p, n=name: _named(p, n).name, build), _said(name, "working time")


def _deletes(args: argparse.Namespace):
    from planner.core.team import resource_edits

    for name in args.delete:
        build = lambda p, n=name: resource_edits.delete_resources(p, [_named(p, n).id])  # noqa: E731
        yield (None, build), lambda edit: edit.label.replace("Delete", "deleted", 1)


def _said(name: str, what: str):
    return lambda edit: f"{name}: {what} {'unchanged' if edit is None else 'changed'}"


def _typed_time(project, resource) -> tuple[list[str], list]:
    """The person's week and own exceptions as the dialog shows them, to change and hand back."""
    from planner.core.edits.calendar_edits import TypedException, format_hours
    from planner.core.model.dates import day_text
    from planner.core.team.resource_calendar_edits import shown_calendar

    calendar = shown_calendar(project, resource)
    week = [format_hours(day) for day in calendar.week]
    rows = [
        TypedException(e.name, day_text(e.start), day_text(e.finish), format_hours(e.hours))
        for e in calendar.exceptions
    ]
    return week, rows


def _weekday_hours(text: str) -> tuple[int, str]:
    from planner.core.model.dates import DAY_NAMES

    day, equals, hours = text.partition("=")
    found = [i for i, n in enumerate(DAY_NAMES) if day.strip() and n.lower().startswith(day.strip().lower())]
    if not equals or len(found) != 1:
        raise InputError(f"--week {text!r}: write a weekday and its hours, e.g. Fri=08:00-12:00 or Fri= for off")
    return found[0], hours


def _named(project, name: str):
    folded = " ".join(name.split()).casefold()
    found = [r for r in project.resources.values() if folded in (r.name.casefold(), r.initials.casefold())]
    if len(found) != 1:
        raise InputError(f"there is no resource named {name!r}" if not found else f"{name!r} names several resources")
    return found[0]
