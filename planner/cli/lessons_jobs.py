"""`planner lessons FILE [--open] [--category C] [--json]`: the lessons learned, the open improvements first in mind.

The generic `planner register FILE lessons` lists and edits the register; this job
answers a retrospective's questions: which improvement actions are still open (not
done or dropped, the Lessons learned page's "Open actions"), and which themes recur.
"""

from __future__ import annotations

import argparse
import json
import sys


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    lessons = jobs.add_parser("lessons", help="list the lessons learned: open improvement actions, themes")
    lessons.add_argument("file")
    lessons.add_argument("--open", action="store_true", help="only the improvement actions not done or dropped")
    lessons.add_argument("--category", default="", help="only this category (any case)")
    lessons.add_argument("--json", action="store_true",
                         help="machine-readable: lessons, shown, total, open_actions, categories")  # fmt: skip
    lessons.set_defaults(run=cmd_lessons)


def cmd_lessons(args: argparse.Namespace) -> int:
    from planner.cli.register_jobs import record_dict
    from planner.core.quality.lessons import by_category, is_open_action, lessons_of
    from planner.core.quality.registers import LESSONS
    from planner.core.records.values import shown
    from planner.store.projectfile import ProjectFile

    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    every = lessons_of(project)
    chosen = lessons_of(project, args.open, args.category)
    open_actions = sum(1 for lesson in every if is_open_action(lesson))
    if args.json:
        json.dump({
            "lessons": [record_dict(project, LESSONS, lesson) for lesson in chosen],
            "shown": len(chosen), "total": len(every), "open_actions": open_actions,
            "categories": by_category(every),
        }, sys.stdout, indent=2)  # fmt: skip
        sys.stdout.write("\n")
        return 0
    keys = ("status", "category", "owner", "observation", "action")
    rows = [["ID", *(LESSONS.field(k).title for k in keys)]]
    rows += [[LESSONS.label(lesson.id), *(shown(project, LESSONS.field(k), getattr(lesson, k)) for k in keys)]
             for lesson in chosen]  # fmt: skip
    widths = [min(44, max(len(row[i]) for row in rows)) for i in range(len(keys) + 1)]
    for row in rows:
        print("  ".join(cell[:44].ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print(f"{len(chosen)} of {len(every)} lessons shown; {open_actions} improvement action(s) open")
    return 0
