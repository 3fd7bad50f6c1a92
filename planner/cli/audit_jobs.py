"""`planner checklists` and `planner checklist-template`: compliance audits and gate checklists headless."""

from __future__ import annotations

import argparse
import json
import sys


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    listing = jobs.add_parser(
        "checklists", help="print the checklists and audits with their items, results and the gate warnings"
    )
    listing.add_argument("file")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(run=cmd_checklists)
    template = jobs.add_parser(
        "checklist-template",
        help="add a checklist made from a template (ISO/IEC 27001, GDPR, go-live, ...) on a gate task",
    )
    template.add_argument("file", nargs="?")
    template.add_argument("template", nargs="?", help="the template's key or title (see --list)")
    template.add_argument("--gate", metavar="TASK_ID", help="the milestone or task it checks: its ID or name")
    template.add_argument("--title", default="", help="the checklist's title (default: the template's)")
    template.add_argument("--auditor", default="", help="who audits it")
    template.add_argument("--list", action="store_true", help="list the templates and exit")
    template.add_argument("--json", action="store_true", help="machine-readable output")
    template.set_defaults(run=cmd_checklist_template)


def cmd_checklists(args: argparse.Namespace) -> int:
    from planner.exchange.checklist_report import checklists_dict, checklists_text
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    _write(checklists_dict(project) if args.json else checklists_text(project), args.json)
    return 0


def cmd_checklist_template(args: argparse.Namespace) -> int:
    from planner.core.errors import InputError
    from planner.exchange.checklist_report import templates_dict, templates_text
    from planner.exchange.checklist_templates import shipped_templates

    templates = shipped_templates()
    if args.list:
        _write(templates_dict(templates) if args.json else templates_text(templates), args.json)
        return 0
    if not args.file or not args.template:
        raise InputError("checklist-template needs FILE and TEMPLATE (or --list to see the templates)")
    if not args.gate:
        raise InputError("checklist-template needs --gate TASK_ID: the milestone or task the checklist checks")
    return _add_from_template(args, templates)


def _add_from_template(args: argparse.Namespace, templates) -> int:
    from planner.core.model.wbs import Outline
    from planner.core.quality.templates import checklist_from_template, template_named
    from planner.core.records.values import task_named
    from planner.exchange.checklist_report import checklists_dict
    from planner.store.document import Document

    template = template_named(templates, args.template)
    with Document.open(args.file) as document:
        project = document.project
        gate = task_named(project, args.gate, "gate")
        edit = checklist_from_template(project, template, gate, args.title, args.auditor)
        document.apply(edit)
        checklist = edit.changes[0].after
        row = Outline.of(project).ids.id_of(gate)
        entry = next(c for c in checklists_dict(project)["checklists"] if c["id"] == checklist.id)
    if args.json:
        _write({"checklist": entry}, True)
    else:
        count = len(edit.changes) - 1
        print(f"added C{checklist.id} {checklist.title} ({count} open items) on task {row} {project.tasks[gate].name}")
    return 0


def _write(data, as_json: bool) -> None:
    if as_json:
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(data)
