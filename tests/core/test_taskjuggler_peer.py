"""A peer comparison: random projects scheduled by us and by TaskJuggler (`tj3`) must agree.

Twenty seeded random projects (10-30 tasks, some in a WBS up to two levels deep) on
the project calendar Mon-Fri 08:00-12:00, 13:00-17:00 with two public holidays, are
written as one TaskJuggler file (each project a top-level container task with its
own start), scheduled by `tj3` once, and compared task by task with our early dates.

How our model maps onto TaskJuggler's:
- a working duration is TJ's `length` (working time on the global working hours,
  holidays being global `leaves`); 1d is `dailyworkinghours 8`; a zero duration is a
  `milestone`;
- FS is `depends x`, SS is `depends x { onstart }`; a working-time lag is `gaplength`,
  an elapsed one `gapduration`; links into and out of a summary are dependencies of
  and on a container task, which TJ passes on to its children as we do;
- TJ's end is exclusive, the instant after the last working slot: our finish form.

What is left out, because the two tools do not define it the same way:
- FF and SF links: TJ's dependencies always constrain the dependent's start (an end
  target needs an ALAP task and `precedes`), so there is no FF/SF to compare with;
- negative lags (leads): TJ's gaps cannot be negative;
- percent lags: TJ has none (ours are plain working lags once converted);
- elapsed durations: TJ's `duration` is elapsed but still only scheduled in working
  slots for a task, and reports its start at the next slot;
- SS links from a milestone, or from a summary holding one, are made FS: tj3 3.7
  reports a dependency loop for `onstart` on those;
- a link from a task to a summary and to its child as well: tj3 refuses a dependency a
  container already passes on to its children;
- elapsed lags only on FS links from tasks that take time. TJ's start of a task is the
  instant its dependencies allow, even in non-working time (Friday 17:00, Saturday 08:00
  for a project starting then), and a milestone sits at that instant; MS Project and we
  start a task, and show a milestone, when work resumes (Monday 08:00). Working-time
  lags cannot tell the two apart, elapsed ones can: SS+10eh from a task TJ starts on
  Tuesday 17:00 (work resuming Thursday after a holiday) ends Wednesday 03:00 for TJ,
  Thursday 18:00 for us.

A start is compared as working time (TJ reports a task after one ending Friday 17:00
as starting Friday 17:00, the instant its dependency allows, where we show Monday
08:00: the same work offset), and so are milestones (TJ puts one after an elapsed lag
at Wednesday 22:00, we at Thursday 08:00) and summaries, which may end on one; the
finish of every other task is compared exactly.
The test is skipped when `tj3` is not installed (.ci/run installs it).
"""

from __future__ import annotations

import csv
import random
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import CalendarException, Link, LinkType, Project, Task
from planner.core.schedule.engine import compile_calendars, schedule

from .dates import show

TJ3 = shutil.which("tj3")
PROJECTS = 20
SEED = 20270104
HOLIDAYS = (date(2027, 1, 6), date(2027, 2, 15))
STARTS = (
    datetime(2027, 1, 4, 8, 0),  # a Monday
    datetime(2027, 1, 9, 8, 0),  # a Saturday
    datetime(2027, 1, 13, 10, 0),  # mid-morning
    datetime(2027, 2, 2, 13, 0),  # after lunch
)
DURATIONS = (0, 15, 60, 120, 240, 300, 480, 720, 960, 1440, 2400)
WORK_LAGS = (60, 240, 480, 960)
ELAPSED_LAGS = (60, 600, 1440, 2880)


@dataclass
class Peer:
    project: Project
    key: str  # TJ id of the container task holding this project


def random_project(index: int) -> Project:
    """A project like a PM's: a few summaries, many FS links, some SS, a few lags."""
    rng = random.Random(SEED + index)
    project = Project(name=f"peer {index}", start=rng.choice(STARTS))
    project.calendar.exceptions = [CalendarException(day, day, "holiday") for day in HOLIDAYS]
    size = rng.randint(10, 30)
    nested = rng.random() < 0.7
    stack: list[int] = []
    ancestors: dict[int, set[int]] = {}
    for task_id in range(1, size + 1):
        depth = rng.randint(0, min(len(stack), 2)) if nested else 0
        stack = stack[:depth]
        ancestors[task_id] = set(stack)
        parent = stack[-1] if stack else None
        task = Task(task_id, f"T{task_id}", parent_id=parent, position=task_id)
        task.duration = Duration(rng.choice(DURATIONS))
        task.milestone = task.duration.minutes == 0
        project.tasks[task_id] = task
        stack.append(task_id)
    parents = {t.parent_id for t in project.tasks.values()}
    pairs = [(a, b) for b in range(2, size + 1) for a in range(max(1, b - 6), b) if a not in ancestors[b]]
    chosen: set[tuple[int, int]] = set()
    for pred, succ in rng.sample(pairs, min(len(pairs), int(size * 1.3))):
        # TJ refuses a dependency that a container already passes on to the task, or to its children.
        related = ancestors[succ] | {t for t in ancestors if succ in ancestors[t]}
        if not any((pred, other) in chosen for other in related):
            chosen.add((pred, succ))
    working = [t.id for t in project.tasks.values() if t.duration.minutes and t.id not in parents]
    milestones = [t.id for t in project.tasks.values() if not t.duration.minutes and t.id not in parents]
    for link_id, (pred, succ) in enumerate(sorted(chosen), start=1):
        kind = LinkType.SS if rng.random() < 0.2 else LinkType.FS
        if any(pred == t or pred in ancestors[t] for t in milestones):
            kind = LinkType.FS  # tj3 reports a loop for `onstart` on a milestone or a summary of one
        lag = Lag()
        roll = rng.random()
        if roll < 0.15:
            lag = Lag(rng.choice(WORK_LAGS))
        elif roll < 0.25 and kind is LinkType.FS and pred in working:
            lag = Lag(rng.choice(ELAPSED_LAGS), "em")
        project.links[link_id] = Link(link_id, pred, succ, kind, lag)
    return project


def _amount(minutes: int) -> str:
    if minutes % 480 == 0:
        return f"{minutes // 480}d"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}min"


def _tj_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d-%H:%M")


def tjp(peers: list[Peer]) -> str:
    """One TaskJuggler project holding every peer project as a container task."""
    lines = [
        'project peers "Peers" 2027-01-01-00:00 +12m {',
        '  timezone "UTC"',
        "  timingresolution 15min",
        "  workinghours mon-fri 8:00-12:00, 13:00-17:00",
        "  workinghours sat, sun off",
        "  dailyworkinghours 8",
        "}",
    ]
    lines += [f'leaves holiday "holiday" {day:%Y-%m-%d}' for day in HOLIDAYS]
    for peer in peers:
        project = peer.project
        ids = _tj_ids(peer)
        incoming: dict[int, list[Link]] = {}
        for link in project.links.values():
            incoming.setdefault(link.successor_id, []).append(link)
        children: dict[int | None, list[int]] = {}
        for task in project.tasks.values():
            children.setdefault(task.parent_id, []).append(task.id)

        def write(task_id: int, indent: str, ids=ids, incoming=incoming, children=children, project=project) -> None:
            task = project.tasks[task_id]
            lines.append(f'{indent}task t{task_id} "{task.name}" {{')
            for link in incoming.get(task_id, []):
                options = []
                if link.type is LinkType.SS:
                    options.append("onstart")
                if link.lag.unit == "em":  # calendar time: TJ's d would be a working day here
                    options.append(f"gapduration {int(link.lag.amount)}min")
                elif link.lag.amount:
                    options.append(f"gaplength {_amount(int(link.lag.amount))}")
                block = f" {{ {' '.join(options)} }}" if options else ""
                lines.append(f"{indent}  depends {ids[link.predecessor_id]}{block}")
            if task_id in children:
                for child in children[task_id]:
                    write(child, indent + "  ")
            elif task.duration.minutes:
                lines.append(f"{indent}  length {_amount(task.duration.minutes)}")
            else:
                lines.append(f"{indent}  milestone")
            lines.append(f"{indent}}}")

        lines.append(f'task {peer.key} "{project.name}" {{')
        lines.append(f"  start {_tj_date(project.start)}")
        for task_id in children.get(None, []):
            write(task_id, "  ")
        lines.append("}")
    lines += [
        'taskreport "dates" {',
        "  formats csv",
        "  columns id, start, end",
        '  timeformat "%Y-%m-%d %H:%M"',
        "}",
    ]
    return "\n".join(lines) + "\n"


def _tj_ids(peer: Peer) -> dict[int, str]:
    """Our task id -> TJ's full id (`p3.t2.t5`)."""
    tasks = peer.project.tasks
    ids: dict[int, str] = {}
    for task_id in tasks:
        path, owner = [], task_id
        while owner is not None:
            path.append(f"t{owner}")
            owner = tasks[owner].parent_id
        ids[task_id] = ".".join([peer.key, *reversed(path)])
    return ids


@pytest.fixture(scope="module")
def taskjuggler(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Peer], dict[str, tuple[datetime, datetime]]]:
    if TJ3 is None:
        pytest.skip("TaskJuggler (tj3) is not installed; .ci/run installs it")
    folder: Path = tmp_path_factory.mktemp("tj3")
    peers = [Peer(random_project(index), f"p{index}") for index in range(PROJECTS)]
    (folder / "peers.tjp").write_text(tjp(peers))
    run = subprocess.run(
        [TJ3, "--silent", "--no-color", "-o", str(folder), "peers.tjp"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, f"tj3 failed on {folder / 'peers.tjp'}:\n{run.stdout}\n{run.stderr}"
    dates: dict[str, tuple[datetime, datetime]] = {}
    with open(folder / "dates.csv", newline="") as file:
        for row in csv.DictReader(file, delimiter=";"):
            dates[row["Id"]] = (datetime.fromisoformat(row["Start"]), datetime.fromisoformat(row["End"]))
    return peers, dates


@pytest.mark.parametrize("index", range(PROJECTS))
def test_same_dates_as_taskjuggler(taskjuggler, index: int) -> None:
    peers, tj_dates = taskjuggler
    peer = peers[index]
    project = peer.project
    result = schedule(project)
    calendar = compile_calendars(project)[project.calendar_id]
    ids = _tj_ids(peer)
    problems = []
    for task_id, task in project.tasks.items():
        ours = result.dates(task_id)
        tj_start, tj_end = tj_dates[ids[task_id]]
        label = f"task {task_id} ({ids[task_id]})"
        if calendar.offset(ours.early_start) != calendar.offset(tj_start):
            problems.append(f"{label} start: ours {show(ours.early_start)}, TaskJuggler {show(tj_start)}")
        if ours.summary or not task.duration.minutes:  # may end on a milestone, which TJ shows off-hours
            same_finish = calendar.offset(ours.early_finish) == calendar.offset(tj_end)
        else:
            same_finish = ours.early_finish == tj_end
        if not same_finish:
            problems.append(f"{label} finish: ours {show(ours.early_finish)}, TaskJuggler {show(tj_end)}")
    if problems:
        links = [
            f"  {k.predecessor_id}{k.type.value}{'+' + str(k.lag) if k.lag.amount else ''} -> {k.successor_id}"
            for k in project.links.values()
        ]
        tasks = [f"  {t.id} parent={t.parent_id} {t.duration.minutes}m" for t in project.tasks.values()]
        pytest.fail("\n".join([f"project {index} starting {show(project.start)} differs:", *problems, *tasks, *links]))
