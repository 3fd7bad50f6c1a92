"""Realistic large projects for the benchmarks: a WBS 2-4 levels deep, ~1.5 links a
task (mostly FS, some SS/FF, some lags), milestones, and a German holiday calendar.

    python benchmarks/generate.py --tasks 100000 -o big.plandb [--sheet big.csv]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import datetime
from pathlib import Path

from planner.core.edits.predecessors import format_predecessors
from planner.core.model.duration import Duration, Lag, format_duration
from planner.core.model.entities import Link, LinkType, Project, Task
from planner.core.model.factory import new_project
from planner.core.model.wbs import Outline
from planner.store.projectfile import ProjectFile

LINK_MIX = [(LinkType.FS, 0.8), (LinkType.SS, 0.12), (LinkType.FF, 0.08)]


def _wbs(project: Project, tasks: int, rng: random.Random) -> list[int]:
    """Build phases > work packages > (activities >) tasks; return the leaf ids in order."""
    leaves: list[int] = []
    next_id = 1
    stack: list[tuple[int | None, int]] = []  # (parent id, depth)
    positions: dict[int | None, int] = {}

    def add(name: str, parent: int | None) -> int:
        nonlocal next_id
        positions[parent] = positions.get(parent, 0) + 1
        task = Task(next_id, name, parent_id=parent, position=positions[parent])
        project.tasks[next_id] = task
        next_id += 1
        return task.id

    while next_id <= tasks:
        if not stack or (len(stack) < 3 and rng.random() < 0.35) or len(stack) < 1:
            parent = stack[-1][0] if stack else None
            summary = add(f"Phase {next_id}" if not stack else f"Work package {next_id}", parent)
            stack.append((summary, len(stack) + 1))
            continue
        parent = stack[-1][0]
        for _ in range(rng.randint(3, 8)):
            if next_id > tasks:
                break
            leaves.append(add(f"Task {next_id}", parent))
        if rng.random() < 0.6:
            stack.pop()
    return leaves


def _durations(project: Project, leaves: list[int], rng: random.Random) -> None:
    for task_id in leaves:
        task = project.tasks[task_id]
        if rng.random() < 0.05:
            task.duration, task.milestone = Duration(0), True
        else:
            task.duration = Duration(rng.choice([60, 240, 480, 960, 1440, 2400, 4800, 9600]))


def _links(project: Project, leaves: list[int], per_task: float, rng: random.Random) -> None:
    """Links from a few hundred leaves back to each leaf: plenty of parallel streams and a
    critical path of about 150 hops, so the project spans a year or two at any size."""
    wanted = int(per_task * len(project.tasks))
    hop = max(1, len(leaves) // 150)
    seen: set[tuple[int, int]] = set()
    kinds, weights = zip(*LINK_MIX, strict=True)
    while len(project.links) < wanted:
        index = rng.randrange(hop, len(leaves))
        pred = leaves[max(0, index - rng.randint(hop, 4 * hop))]
        succ = leaves[index]
        if (pred, succ) in seen:
            continue
        seen.add((pred, succ))
        kind = rng.choices(kinds, weights)[0]
        lag = Lag(rng.choice([480, 960, -240])) if rng.random() < 0.1 else Lag()
        link_id = len(project.links) + 1
        project.links[link_id] = Link(link_id, pred, succ, kind, lag)


def generate_project(tasks: int, seed: int = 1, links_per_task: float = 1.5) -> Project:
    """A project of `tasks` tasks (summaries included) and about 1.5 links a task."""
    rng = random.Random(seed)
    project = new_project(f"Generated {tasks} tasks", datetime(2027, 1, 4, 8, 0), country="DE")
    leaves = _wbs(project, tasks, rng)
    _durations(project, leaves, rng)
    _links(project, leaves, links_per_task, rng)
    return project


def write_plandb(project: Project, path: Path) -> None:
    path.unlink(missing_ok=True)
    ProjectFile.create(path, project).close()


def write_sheet(project: Project, path: Path) -> None:
    """The same project as an MS Project style import sheet (ID, Name, Duration, Predecessors, Outline Level)."""
    outline = Outline.of(project)
    incoming: dict[int, list[Link]] = {}
    for link in project.links.values():
        incoming.setdefault(link.successor_id, []).append(link)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ID", "Name", "Duration", "Predecessors", "Outline Level"])
        for task_id in outline.rows():
            task = project.tasks[task_id]
            writer.writerow(
                [
                    outline.ids.id_of(task_id),
                    task.name,
                    format_duration(task.duration, project.units),
                    format_predecessors(incoming.get(task_id, []), outline.ids, project.units),
                    outline.level(task_id),
                ]
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .plandb file to write")
    parser.add_argument("--sheet", type=Path, help="also write an import sheet (.csv)")
    args = parser.parse_args(argv)
    project = generate_project(args.tasks, args.seed)
    write_plandb(project, args.output)
    if args.sheet:
        write_sheet(project, args.sheet)
    print(f"wrote {len(project.tasks)} tasks, {len(project.links)} links to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
