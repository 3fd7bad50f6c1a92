"""The headless jobs of the `planner` command: one module per area, each adding its own.

A new area (resources, budget, risks, ...) writes `planner/cli/<area>_jobs.py` with a
`register(jobs)` that adds its subcommands, and lists the module here; nothing else
in the command line changes.
"""

from __future__ import annotations

import argparse
from functools import cache

from planner.cli import (
    assign_jobs,
    audit_jobs,
    cost_jobs,
    evm_jobs,
    exchange_jobs,
    lessons_jobs,
    level_jobs,
    meeting_jobs,
    print_jobs,
    project_jobs,
    quality_jobs,
    register_jobs,
    report_jobs,
    risk_jobs,
    rules_jobs,
    schedule_jobs,
    simulation_jobs,
    stakeholder_jobs,
    status_jobs,
    team_jobs,
    trends_jobs,
    workload_jobs,
)

JOB_MODULES = (
    project_jobs,
    schedule_jobs,
    team_jobs,
    assign_jobs,
    workload_jobs,
    cost_jobs,
    evm_jobs,
    risk_jobs,
    audit_jobs,
    quality_jobs,
    level_jobs,
    simulation_jobs,
    exchange_jobs,
    print_jobs,
    report_jobs,
    rules_jobs,
    register_jobs,
    lessons_jobs,
    trends_jobs,
    status_jobs,
    stakeholder_jobs,
    meeting_jobs,
)


def job_parser() -> argparse.ArgumentParser:
    """The parser of `planner JOB ...`: every module's jobs."""
    parser = argparse.ArgumentParser(prog="planner", description="Planner's headless jobs.")
    jobs = parser.add_subparsers(dest="job", required=True, metavar="JOB")
    for module in JOB_MODULES:
        module.register(jobs)
    return parser


@cache
def job_names() -> tuple[str, ...]:
    """The jobs' names, in the order `planner --help` lists them."""
    (jobs,) = (a for a in job_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return tuple(jobs.choices)
