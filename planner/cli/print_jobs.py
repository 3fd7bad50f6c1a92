"""`planner print FILE -o gantt.pdf`: the printed Gantt as a PDF, tiled over pages, without a window.

The file's own page setup (File > Page Setup… in the window) is the starting point; each
option given overrides it for this printout only. Qt paints the pages offscreen, in
planner.ui.printing.headless: no display is needed, nor used.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from planner.cli.arguments import day


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    job = jobs.add_parser("print", help="print the Gantt to a PDF, tiled over pages with the columns repeated")
    job.add_argument("file", help="the .plandb project file")
    job.add_argument("-o", "--output", required=True, help="the PDF to write, e.g. gantt.pdf")
    job.add_argument("--paper", help="A4 or Letter (default: the file's page setup, else A4)")
    turn = job.add_mutually_exclusive_group()
    turn.add_argument("--landscape", action="store_true", default=None, help="landscape (the default)")
    turn.add_argument("--portrait", dest="landscape", action="store_false", help="portrait")
    job.add_argument("--pages-wide", type=int, metavar="N", help="fit the dates to N pages across (0: as needed)")
    job.add_argument("--from", dest="date_from", type=day, metavar="DATE", help="first day printed")
    job.add_argument("--to", dest="date_to", type=day, metavar="DATE", help="last day printed")
    job.add_argument("--columns", help="the task columns, e.g. id,name,duration,start,finish,resource_names")
    job.add_argument("--margin", type=float, metavar="MM", help="margins in millimetres (default 10)")
    job.add_argument("--json", action="store_true", help="machine-readable output: pages, columns, rows, output")
    job.set_defaults(run=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:
    from planner.cli.schedule_jobs import load_schedule
    from planner.core.model.page_setup import check_page_setup, page_setup_of, paper_named

    schedule = load_schedule(args.file)
    setup = page_setup_of(schedule.project)
    changes: dict = {}
    if args.paper is not None:
        changes["paper"] = paper_named(args.paper)
    if args.landscape is not None:
        changes["landscape"] = args.landscape
    if args.pages_wide is not None:
        changes["pages_wide"] = args.pages_wide
    if args.date_from is not None:
        changes["date_from"] = datetime.combine(args.date_from, datetime.min.time())
    if args.date_to is not None:
        changes["date_to"] = datetime.combine(args.date_to, datetime.min.time()) + timedelta(days=1)
    if args.columns is not None:
        changes["columns"] = tuple(key.strip() for key in args.columns.split(",") if key.strip())
    if args.margin is not None:
        changes["margin_mm"] = args.margin
    setup = check_page_setup(replace(setup, **changes))
    from planner.ui.printing.headless import print_pdf  # Qt only when printing

    printed = print_pdf(schedule, setup, Path(args.output))
    if args.json:
        found = {"pages": printed.pages, "columns": printed.columns, "rows": printed.rows, "output": args.output}
        json.dump(found, sys.stdout, indent=2)
        print()
    else:
        print(printed.describe(args.output))
    return 0
