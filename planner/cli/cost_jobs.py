"""Jobs on the project's money: `planner cost` (budget, cost, actual, remaining, by month) and
`planner expenses` (the ledger: list it, import a bank or ERP export into it)."""

from __future__ import annotations

import argparse
import json
import sys

from planner.cli.arguments import day


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    cost = jobs.add_parser("cost", help="print budget, cost, actual and remaining cost per task and account")
    cost.add_argument("file")
    cost.add_argument("--json", action="store_true", help="machine-readable output, with cost by month")
    cost.add_argument("--status-date", type=day, help="count only the expenses booked up to this date")
    cost.set_defaults(run=cmd_cost)

    ledger = jobs.add_parser("expenses", help="print the expense ledger, or import a bank or ERP export into it")
    ledger.add_argument("file")
    ledger.add_argument("--import", dest="source", metavar="LEDGER", help="a .csv or .xlsx ledger to add")
    ledger.add_argument("--json", action="store_true", help="machine-readable output")
    ledger.set_defaults(run=cmd_expenses)


def cmd_cost(args: argparse.Namespace) -> int:
    from planner.cli.schedule_jobs import load_schedule
    from planner.exchange.cost_report import cost_dict, cost_lines

    schedule = load_schedule(args.file)
    if args.json:
        json.dump(cost_dict(schedule, args.status_date), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(cost_lines(schedule, args.status_date)) + "\n")
    return 0


def cmd_expenses(args: argparse.Namespace) -> int:
    from planner.core.errors import InputError
    from planner.exchange.expense_import import read_ledger
    from planner.exchange.ledger_report import ledger_dict, ledger_lines
    from planner.store.document import Document

    if args.source is None:
        from planner.cli.schedule_jobs import load_schedule

        schedule = load_schedule(args.file)
        if args.json:
            json.dump(ledger_dict(schedule.project), sys.stdout, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write("\n".join(ledger_lines(schedule.project)) + "\n")
        return 0
    with Document.open(args.file) as document:
        result = read_ledger(args.source, document.schedule)
        if result.problems:
            for problem in result.problems:
                print(f"{args.source}: {problem}", file=sys.stderr)
            count = len(result.problems)
            raise InputError(f"{args.source}: {count} bad row{'s' * (count != 1)}; nothing was imported")
        document.apply(result.edit())
    credits = f", {result.credits} of them credits" if result.credits else ""
    accounts = ", ".join(a.name for a in result.new_accounts)
    print(f"imported {len(result.expenses)} expenses{credits} into {args.file}")
    if accounts:
        print(f"new cost accounts: {accounts}")
    return 0
