"""`planner risks`: the risk register with scores and EMV, and importing a register into a file."""

from __future__ import annotations

import argparse
import json
import sys


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    risks = jobs.add_parser("risks", help="print the risk register with scores, EMV and the contingency reserve")
    risks.add_argument("file")
    risks.add_argument("--json", action="store_true", help="machine-readable output")
    risks.add_argument(
        "--import",
        dest="register",
        metavar="SHEET",
        help="first add the risks of a .csv or .xlsx register (Title, Probability, Impact, Owner, ...)",
    )
    risks.add_argument(
        "--set-contingency",
        action="store_true",
        help="set the budget's contingency reserve line to the open risks' EMV (one edit)",
    )
    risks.set_defaults(run=cmd_risks)


def cmd_risks(args: argparse.Namespace) -> int:
    from planner.exchange.risk_report import risks_dict, risks_table
    from planner.store.projectfile import ProjectFile

    if args.register:
        _import_register(args)
    if args.set_contingency:
        _set_contingency(args.file)
    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    if args.json:
        json.dump(risks_dict(project), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(risks_table(project))
    return 0


def _set_contingency(path: str) -> None:
    from planner.core.risk.reserve import offered_reserve, set_contingency_from_register
    from planner.store.document import Document

    with Document.open(path) as document:
        edit = set_contingency_from_register(document.project)
        if edit is not None:
            document.apply(edit)
        amount = f"{offered_reserve(document.project):,.0f} {document.project.currency}"
    print(f"{path}: the budget's contingency reserve is {amount}, the open risks' EMV", file=sys.stderr)


def _import_register(args: argparse.Namespace) -> None:
    """Add the sheet's risks in one edit; any bad row: every problem on stderr, nothing written."""
    from datetime import date

    from planner.core.risk.register import review_day
    from planner.exchange.risk_import import RegisterError, read_register
    from planner.store.document import Document
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(args.file, writable=False) as file:  # a bad sheet leaves an older file unmigrated
        project = file.load()
    try:
        read_register(args.register, project, review_day(project, date.today()))
    except RegisterError as error:
        for problem in error.problems:
            print(f"{args.register}: {problem}", file=sys.stderr)
        raise
    with Document.open(args.file) as document:
        edit = read_register(args.register, document.project, review_day(document.project, date.today()))
        document.apply(edit)
    count = sum(1 for c in edit.changes if getattr(c, "table", "") == "risks")
    print(f"imported {count} risk{'s' * (count != 1)} from {args.register} into {args.file}", file=sys.stderr)
