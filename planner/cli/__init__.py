"""The `planner` command: opens the window, or runs a headless job without importing Qt.

    planner [FILE] [--demo] [--screenshot PNG [--tab NAME] [--size WxH]] [--smoke]
    planner new FILE [--name N] [--start DATE] [--country CODE]
    planner demo FILE
    planner import SOURCE -o FILE [--start DATE] [--holiday DATE]... [--country CODE] [--resources FILE]
                                  [--status-date DATE]
    planner import PLAN.xml -o FILE   (MS Project XML; what it cannot carry: `not carried:` lines on stderr)
    planner import PLAN.gan|PLAN.planner -o FILE   (GanttProject, GNOME Planner; "not carried:" lines on stderr)
    planner schedule FILE [--json]
    planner why FILE ID
    planner info FILE [--json]
    planner set FILE [--name N] [--start DATE] [--status-date DATE|none] [--currency C]
                     [--hours-per-day H] [--hours-per-week H]
    planner track FILE [ID...]
    planner working-time FILE [--day DAY=HOURS]... [--exception NAME START [FINISH [HOURS]]]... [--country C|none]
    planner repair FILE
    planner assign FILE ID NAMES [--create] [--json]
    planner evm FILE [--status-date DATE] [--baseline N] [--json]
    planner baseline FILE [--set N [--name TEXT]] [--clear N] [--use N] [--json]
    planner resources FILE [--json] [--by day|week|month]
    planner cost FILE [--json] [--status-date DATE]
    planner risks FILE [--json] [--import REGISTER.csv|.xlsx] [--set-contingency]
    planner checklists FILE [--json]
    planner checklist-template FILE TEMPLATE --gate TASK_ID [--title T] [--auditor NAME] [--json]
    planner checklist-template --list [--json]
    planner defects FILE [--json]   (the defect log, open defects by severity, ageing)
    planner stakeholders FILE [--json]
    planner comms FILE [--json] [--done K3]... [--on DATE]
    planner team FILE [--json] [--add NAME]... [--set NAME FIELD=VALUE]... [--delete NAME]...
                      [--week NAME DAY=HOURS]... [--vacation NAME START FINISH]...
    planner level FILE [--within-slack] [--dry-run] [--json] [--from DATE] [--to DATE] [--resource NAME]...
                  [--order standard|id] [--clear]
    planner simulate FILE [--runs N] [--seed S] [--json]   (stores the results in the file)
    planner expenses FILE [--import LEDGER.csv|.xlsx] [--json]
    planner export FILE -o OUT   (the format is OUT's suffix: .xlsx, .xml, ...)
    planner print FILE -o gantt.pdf [--paper A4|Letter] [--landscape|--portrait] [--pages-wide N]
                  [--from DATE --to DATE] [--columns id,name,...] [--margin MM] [--json]
    planner report FILE -o STATUS.pdf [--from DATE] [--to DATE] [--author NAME]
    planner status FILE [--json]   (red/amber/green of schedule, cost, risk, quality; key figures; what is overdue)
    planner import-progress FILE WORKBOOK.xlsx [--dry-run] [--skip-bad-rows] [--json]
    planner mode FILE ID... --manual|--auto [--json]
    planner scheduling FILE [--honour-constraints yes|no] [--day-start HH:MM] [--day-finish HH:MM] [--json]
    planner register FILE REGISTER [--json]   (defects, checklists, checklist-items, lessons, stakeholders,
                                               communications, meetings, decisions, action-items)
    planner register-add FILE REGISTER TITLE [--set FIELD=VALUE]... [--json]
    planner register-set FILE REGISTER D3 --set FIELD=VALUE...
    planner register-delete FILE REGISTER D3...
    planner register-import FILE REGISTER SHEET.csv|.xlsx [--skip-bad-rows] [--dry-run] [--json]
    planner lessons FILE [--open] [--category C] [--json]   (lessons learned; --open: improvements not done)
    planner record-status FILE [--json]   (a status snapshot at the status date; replaces that date's)
    planner trends FILE [--json]
    planner meetings FILE [--json] [--on DATE]
    planner actions FILE [--json] [--overdue] [--on DATE]
    planner action-task FILE A4 [--phase ID] [--json]   (the action becomes a task, linked both ways)

Task IDs are MS Project's: the row number in outline order, as the table shows it.

Bad input never shows a traceback: one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from planner.cli.arguments import size
from planner.cli.jobs import job_names, job_parser
from planner.store.errors import failure_line

EXIT_BAD_INPUT = 2


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Planner: a project planner for IT project managers. "
        f"With no JOB it opens the window. Jobs: {', '.join(job_names())} (planner JOB --help).",
    )
    parser.add_argument("file", nargs="?", help="a .plandb project file to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo project")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="render the window once to PNG and exit")
    parser.add_argument("--tab", help="with --screenshot: the tab to show (e.g. Gantt)")
    parser.add_argument("--size", type=size, help="with --screenshot: window size WxH (default 1366x768)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="self-test of an installed Planner: open the demo offscreen, schedule, export",
    )
    return parser


def _open_window(args: argparse.Namespace) -> int:
    if args.smoke:
        from planner.ui.shell.smoke import run_smoke

        return run_smoke()
    from planner.ui.shell.app import run_gui  # the only path that imports Qt

    path = Path(args.file) if args.file else None
    return run_gui(path, demo=args.demo, screenshot=args.screenshot, tab=args.tab, size=args.size)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in job_names():
        args = job_parser().parse_args(argv)
        run: Callable[[argparse.Namespace], int] = args.run
    else:
        args = _window_parser().parse_args(argv)
        run = _open_window
    try:
        return run(args)
    except BrokenPipeError:  # `planner schedule big.plandb | head`: the reader has all it wants
        sys.stderr.close()
        return 0
    except Exception as error:  # every cause has its own words; an unforeseen one still gets one line
        print(f"planner: {failure_line(error, _doing(args))}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _doing(args: argparse.Namespace) -> str:
    """What a job was at, for the one line that reports an unexpected failure."""
    if getattr(args, "job", None) == "import":
        return f"importing {args.source} into {args.output}"
    if getattr(args, "job", None) in ("new", "demo"):
        return f"writing {args.file}"
    return f"reading {args.file}" if getattr(args, "file", None) else "starting"
