"""Jobs of the status report and of progress back from the team: `planner report` (the PDF of a
period) and `planner import-progress` (a workbook's Schedule sheet, filled in by a team lead)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from planner.cli.arguments import day
from planner.core.errors import PlannerError

REPORT_HELP = (
    "The status report of a period as an A4 PDF: overall red/amber/green of schedule, cost and risk "
    "with the rule behind each, what finished and slipped, what is planned next, milestones, issues, "
    "the earned value with the S-curve, the risks with the heat map and the Monte Carlo P50/P80. "
    "The period defaults to the two weeks ending at the status date (today when none is set)."
)


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    report = jobs.add_parser("report", help="the status report of a period, as a PDF", description=REPORT_HELP)
    report.add_argument("file", help="the .plandb project file")
    report.add_argument("-o", "--output", required=True, help="the PDF to write, e.g. status.pdf")
    report.add_argument("--from", dest="first", type=day, metavar="DATE", help="the period's first day")
    report.add_argument("--to", dest="last", type=day, metavar="DATE", help="the period's last day")
    report.add_argument("--author", help="the name on the report (default: the team's project manager)")
    report.set_defaults(run=cmd_report)
    register_progress(jobs)


def cmd_report(args: argparse.Namespace) -> int:
    from planner.cli.schedule_jobs import load_schedule
    from planner.core.report.period import period_between
    from planner.exchange.report.document import write_status_report

    target = Path(args.output)
    if target.suffix.lower() != ".pdf":
        raise PlannerError(f"{target}: the status report is a PDF; name the output NAME.pdf")
    schedule = load_schedule(args.file)
    period = period_between(args.first, args.last, schedule.project.status_date, date.today())
    facts = write_status_report(schedule, target, period, author=args.author or "")
    print(
        f"wrote the status report of {period.text()} to {target}: overall {facts.overall.value.upper()}; "
        f"{len(facts.finished)} finished, {len(facts.slipped)} slipped, {len(facts.next)} planned next"
    )
    return 0


PROGRESS_HELP = (
    "Progress back from the team: read % Complete, Actual Start, Actual Finish and Remaining Duration from the "
    "Schedule sheet of a stakeholder workbook a team lead filled in, print what changes (task, field, old -> new) "
    "and apply it as one edit. A row whose ID is not a task or whose Name no longer matches is refused by row; "
    "when any row is refused nothing is applied, unless --skip-bad-rows."
)


def register_progress(jobs: argparse._SubParsersAction) -> None:
    job = jobs.add_parser("import-progress", help="apply the progress a team lead filled in", description=PROGRESS_HELP)
    job.add_argument("file", help="the .plandb project file")
    job.add_argument("workbook", help="the returned stakeholder workbook (.xlsx)")
    job.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    job.add_argument("--skip-bad-rows", action="store_true", help="apply the good rows even when some are refused")
    job.add_argument("--json", action="store_true", help="machine-readable: changes, refused, applied")
    job.set_defaults(run=cmd_import_progress)


def cmd_import_progress(args: argparse.Namespace) -> int:
    import json

    from planner.exchange.progress_sheet import change_line, progress_dict, progress_from_workbook
    from planner.store.document import Document

    with Document.open(args.file) as document:
        found = progress_from_workbook(document.schedule, Path(args.workbook))
        blocked = bool(found.refused) and not args.skip_bad_rows
        applied = found.edit is not None and not blocked and not args.dry_run
        if applied:
            document.apply(found.edit)
    if args.json:
        json.dump(progress_dict(found, applied), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for change in found.changes:
            print(change_line(change))
        if not found.changes:
            print(f"{args.workbook}: no progress differs from {args.file}")
    for refusal in found.refused:
        print(f"planner: {refusal.message}", file=sys.stderr)
    if blocked:
        print(
            f"planner: nothing was applied: {len(found.refused)} row(s) refused (--skip-bad-rows applies the others)",
            file=sys.stderr,
        )
        return 2
    if not args.json:
        print(_outcome(found, applied, args))
    return 0


def _outcome(found, applied: bool, args: argparse.Namespace) -> str:
    tasks = len({c.task_id for c in found.changes})
    if applied:
        return f"applied the progress of {tasks} task(s) to {args.file} as one edit"
    return f"dry run: {tasks} task(s) would change; nothing was written" if found.changes else "nothing to apply"
