"""Jobs on levelling: Level Resources and Clear Levelling, headless."""

from __future__ import annotations

import argparse
import sys

from planner.cli.arguments import moment
from planner.core.errors import PlannerError

ORDERS = ("standard", "id")


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    lev = jobs.add_parser("level", help="Level Resources: delay tasks until their people are free; says why")
    lev.add_argument("file")
    lev.add_argument("--within-slack", action="store_true", help="level only within available slack")
    lev.add_argument("--dry-run", action="store_true", help="say what would move; write nothing")
    lev.add_argument("--json", action="store_true", help="machine-readable output")
    lev.add_argument(
        "--from", dest="level_from", type=moment, metavar="DATE", help="level only tasks starting from this date"
    )
    lev.add_argument(
        "--to", dest="level_to", type=moment, metavar="DATE", help="level only tasks starting up to this date"
    )
    lev.add_argument(
        "--resource", action="append", default=[], metavar="NAME", help="level only this resource (repeatable)"
    )
    lev.add_argument("--order", choices=ORDERS, default="standard", help="after priority: standard (slack) or ID")
    lev.add_argument("--clear", action="store_true", help="Clear Levelling: remove every levelling delay")
    lev.set_defaults(run=cmd_level)


def _resource_ids(project, names: list[str], path: str) -> frozenset[int] | None:
    if not names:
        return None
    by_name = {r.name.casefold(): r.id for r in project.resources.values()}
    missing = [n for n in names if n.casefold() not in by_name]
    if missing:
        known = ", ".join(sorted(r.name for r in project.resources.values())) or "none"
        raise PlannerError(f"{path}: there is no resource {missing[0]!r} (the resources: {known})")
    return frozenset(by_name[n.casefold()] for n in names)


def cmd_level(args: argparse.Namespace) -> int:
    from planner.core.edits.levelling_edits import clear_levelling
    from planner.store.document import Document
    from planner.store.projectfile import ProjectFile

    if args.level_from and args.level_to and args.level_from > args.level_to:
        raise PlannerError("--from must not be after --to")
    if args.clear:
        with Document.open(args.file) as document:
            edit = None if args.dry_run else clear_levelling(document.project)
            count = len(document.project.levelling_delays)
            if edit is not None:
                document.apply(edit)
        verb = "would be cleared" if args.dry_run else "cleared"
        print(f"{args.file}: {count} levelling delay{'s' * (count != 1)} {verb}")
        return 0
    if args.dry_run:
        with ProjectFile.open(args.file, writable=False) as file:
            project = file.load()
        return _level(project, args, None)
    with Document.open(args.file) as document:
        return _level(document.project, args, document)


def _level(project, args: argparse.Namespace, document) -> int:
    from planner.core.edits.levelling_edits import levelling_edit
    from planner.core.level.project_level import LevelOptions, level_project
    from planner.core.level.report import levelling_report
    from planner.exchange.level_report import write_level_json, write_level_table

    options = LevelOptions(
        within_slack=args.within_slack,
        level_from=args.level_from,
        level_to=args.level_to,
        resource_ids=_resource_ids(project, args.resource, args.file),
        order=args.order,
    )
    levelling = level_project(project, options)
    report = levelling_report(project, levelling)
    written = False
    if document is not None:
        edit = levelling_edit(project, levelling)
        if edit is not None:
            document.apply(edit)
            written = True
    (write_level_json if args.json else write_level_table)(project, report, written, sys.stdout, args.dry_run)
    return 0
