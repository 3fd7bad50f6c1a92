"""Jobs on baselines and earned value: `planner evm` and `planner baseline`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, time

from planner.cli.arguments import status
from planner.core.errors import PlannerError


def _number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a baseline number (0 to 10)") from None
    if not 0 <= number <= 10:
        raise argparse.ArgumentTypeError(f"baseline {number} does not exist: baselines are numbered 0 to 10")
    return number


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    evm = jobs.add_parser("evm", help="earned value at the status date: PV, EV, AC, SPI, CPI, EAC, ...")
    evm.add_argument("file")
    evm.add_argument("--status-date", type=status, help="measure at this date (default: the project's status date)")
    evm.add_argument("--baseline", type=_number, metavar="N", help="measure against baseline N (default: the chosen)")
    evm.add_argument("--json", action="store_true", help="machine-readable output")
    evm.set_defaults(run=cmd_evm)

    base = jobs.add_parser("baseline", help="list the saved baselines, or save one (--set N)")
    base.add_argument("file")
    base.add_argument("--set", type=_number, metavar="N", help="save baseline N (0-10) for the whole project")
    base.add_argument("--name", help="with --set: the baseline's name")
    base.add_argument("--clear", type=_number, metavar="N", help="clear baseline N")
    base.add_argument("--use", type=_number, metavar="N", help="measure variance and earned value against baseline N")
    base.add_argument("--json", action="store_true", help="machine-readable list")
    base.set_defaults(run=cmd_baseline)


def cmd_evm(args: argparse.Namespace) -> int:
    from planner.cli.schedule_jobs import load_schedule
    from planner.core.evm.baselines import baseline_numbered
    from planner.core.evm.earned_value import EarnedValue
    from planner.core.model.baselines import baseline_label
    from planner.exchange.evm_report import evm_dict, evm_lines

    result = load_schedule(args.file)
    project = result.project
    status = args.status_date or project.status_date
    if status is None:
        status = datetime.combine(datetime.now().date(), time(17, 0))
        print(f"planner: note: {args.file} has no status date; measured at today, {status:%Y-%m-%d}", file=sys.stderr)
    baseline = None
    if args.baseline is not None:
        baseline = baseline_numbered(project, args.baseline)
        if baseline is None:
            raise PlannerError(f"{args.file}: {baseline_label(args.baseline)} has not been saved")
    value = EarnedValue(result, status, baseline)
    if value.baseline is None:
        print(
            f"planner: note: {args.file} has no baseline: BAC, PV and EV are 0 "
            "(save one with planner baseline FILE --set 0)",
            file=sys.stderr,
        )
    if args.json:
        json.dump(evm_dict(value), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(evm_lines(value)) + "\n")
    return 0


def cmd_baseline(args: argparse.Namespace) -> int:
    from planner.core.edits.baseline_edits import clear_baseline, measure_against, save_baseline
    from planner.store.document import Document

    if args.name is not None and args.set is None:
        raise PlannerError("--name names the baseline --set saves: give --set N too")
    if args.set is None and args.clear is None and args.use is None:  # a listing reads, never migrates
        from planner.store.projectfile import ProjectFile

        with ProjectFile.open(args.file, writable=False) as file:
            _list(file.load(), args.json)
        return 0
    with Document.open(args.file) as document:
        if args.set is not None:
            saved = datetime.now().replace(second=0, microsecond=0)
            edit = save_baseline(document.schedule, args.set, saved, name=args.name)
            document.apply(edit)
            print(f"{args.file}: {edit.label.removeprefix('Save ')} saved for {len(document.project.tasks)} tasks")
        if args.clear is not None:
            edit = clear_baseline(document.project, args.clear)
            document.apply(edit)
            print(f"{args.file}: {edit.label.removeprefix('Clear ')} cleared")
        if args.use is not None:
            edit = measure_against(document.project, args.use)
            if edit is not None:
                document.apply(edit)
            print(f"{args.file}: variance is measured against baseline {args.use}")
    return 0


def _list(project, as_json: bool) -> None:
    from planner.core.evm.baselines import describe, measured_baseline

    measured = measured_baseline(project)
    counts: dict[int, int] = {}
    for row in project.task_baselines.values():
        counts[row.baseline_id] = counts.get(row.baseline_id, 0) + 1
    saved = sorted(project.baselines.values(), key=lambda b: b.number)
    if as_json:
        entries = [
            {
                "number": b.number,
                "name": b.name,
                "saved": b.saved.strftime("%Y-%m-%dT%H:%M") if b.saved else None,
                "tasks": counts.get(b.id, 0),
                "measured": measured is not None and b.id == measured.id,
            }
            for b in saved
        ]
        json.dump({"baselines": entries}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    if not saved:
        print("no baseline saved (save one with: planner baseline FILE --set 0)")
    for b in saved:
        mark = "  <- variance measured against this one" if measured is not None and b.id == measured.id else ""
        print(f"{describe(b)}: {counts.get(b.id, 0)} tasks{mark}")
