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
    team.set_defaults(run=cmd_team)


def cmd_team(args: argparse.Namespace) -> int:
    """Each change is one edit through the sheet's builders; a refusal takes back those made before it."""
    from planner.exchange.team_report import write_team
    from planner.store.document import Document
    from planner.store.projectfile import ProjectFile

    if not (args.add or args.set or args.delete):
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
    from planner.core.team import resource_edits
    from planner.core.team.resource_fields import PARSERS
    from planner.core.team.skill_levels import resource_levels_edit

    for name in args.add:
        edit = resource_edits.insert_resource(document.project, resource_edits.check_new_name(document.project, name))
        document.apply(edit)
        made.append(edit)
        yield f"added {name}"
    for name, assignment in args.set:
        resource = _named(document.project, name)
        field, _, value = assignment.partition("=")
        field = field.strip().replace("-", "_")
        if not _ or (field not in PARSERS and field != "skills"):
            known = ", ".join([*PARSERS, "skills"])
            raise InputError(f"--set {name} {assignment!r}: write FIELD=VALUE with a field among {known}")
        try:
            if field == "skills":
                edit = resource_levels_edit(document.project, resource.id, value)
            else:
                edit = resource_edits.set_resource_field(document.project, resource.id, field, value)
        except InputError as error:
            raise InputError(f"{resource.name}: {error}") from None
        if edit is not None:
            document.apply(edit)
            made.append(edit)
        yield f"{resource.name}: {field} {'unchanged' if edit is None else 'changed'}"
    for name in args.delete:
        edit = resource_edits.delete_resources(document.project, [_named(document.project, name).id])
        document.apply(edit)
        made.append(edit)
        yield edit.label.replace("Delete", "deleted", 1)


def _named(project, name: str):
    folded = " ".join(name.split()).casefold()
    found = [r for r in project.resources.values() if folded in (r.name.casefold(), r.initials.casefold())]
    if len(found) != 1:
        raise InputError(f"there is no resource named {name!r}" if not found else f"{name!r} names several resources")
    return found[0]
