"""`planner defects`: the defect log with its figures (open by severity, ageing) for people and scripts.

Adding, changing, deleting and importing defects is the generic register commands'
(`planner register-add FILE defects ...`, `register-set`, `register-import`), which
type through the same workflow as the Defects page: this command adds the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    defects = jobs.add_parser("defects", help="print the defect log with the open defects by severity and their ageing")
    defects.add_argument("file")
    defects.add_argument("--json", action="store_true", help="machine-readable output")
    defects.set_defaults(run=cmd_defects)


def cmd_defects(args: argparse.Namespace) -> int:
    from planner.exchange.defect_report import defects_dict, defects_table
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    if args.json:
        json.dump(defects_dict(project, date.today()), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(defects_table(project, date.today()))
    return 0
