"""A reader of PSPLIB single-mode instances (.sm) and their optimum / best-known lists.

Not a user format, so it lives here and not in planner/: bench_level.py and the leveller's
tests read the instances in ../shared/data/psplib (Kolisch & Sprecher 1996).
"""

from __future__ import annotations

import re
from pathlib import Path

from planner.core.level.problem import Problem

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "psplib"


def data_folder() -> Path:
    """The PSPLIB folder: beside the worktrees (/work/shared/data/psplib)."""
    for candidate in (DATA, Path("/work/shared/data/psplib")):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("no PSPLIB data folder (expected ../shared/data/psplib)")


def read_sm(path: Path) -> Problem:
    """One instance: jobs 1..n become activities 0..n-1, each FS successor an edge with offset
    = the job's duration, one renewable resource per R column."""
    lines = path.read_text().splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith("PRECEDENCE RELATIONS"))
    successors: list[list[int]] = []
    k += 2
    while not lines[k].startswith("*"):
        fields = [int(x) for x in lines[k].split()]
        successors.append([s - 1 for s in fields[3 : 3 + fields[2]]])
        k += 1
    n = len(successors)
    k = next(i for i, line in enumerate(lines) if line.startswith("REQUESTS/DURATIONS")) + 3
    durations, demands = [], []
    for line in lines[k : k + n]:
        fields = [int(x) for x in line.split()]
        durations.append(fields[2])
        demands.append([(r, q) for r, q in enumerate(fields[3:]) if q])
    k = next(i for i, line in enumerate(lines) if line.startswith("RESOURCEAVAILABILITIES")) + 2
    capacities = [int(x) for x in lines[k].split()]
    predecessors: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for j, succ in enumerate(successors):
        for s in succ:
            predecessors[s].append((j, durations[j]))
    return Problem(durations, demands, capacities, predecessors)


def read_solutions(path: Path) -> dict[tuple[int, int], int]:
    """(parameter, instance) -> makespan, from j30opt.sm or jXXXhrs.sm."""
    found: dict[tuple[int, int], int] = {}
    for line in path.read_text().splitlines():
        if re.match(r"^\s*\d+\s+\d+\s+\d+", line):
            par, inst, span = (int(x) for x in line.split()[:3])
            found[(par, inst)] = span
    return found


def instances(name: str) -> list[tuple[Path, int]]:
    """The instances of set `name` ("j30", "j120") with their optimum or best-known makespan."""
    folder = data_folder()
    solutions = read_solutions(folder / (f"{name}opt.sm" if name == "j30" else f"{name}hrs.sm"))
    found = []
    for path in sorted((folder / name).glob("*.sm")):
        par, inst = (int(x) for x in re.match(rf"{name}(\d+)_(\d+)\.sm", path.name).groups())
        found.append((path, solutions[(par, inst)]))
    return found
