"""Jobs of the status report and of progress back from the team: `planner report` (the PDF of a
period) and `planner import-progress` (a workbook's Schedule sheet, filled in by a team lead)."""

from __future__ import annotations

import argparse
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
