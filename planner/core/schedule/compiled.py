"""What a scheduling run needs before its passes: the outline, the compiled calendars and the
network. Building them costs more than the passes themselves (a 10,000-task project: about
4 ms for the outline, 12 ms for the network, against 18 ms of passes), and most edits change
none of it, or only a task's duration. So they are compiled once, kept, and after an edit
rebuilt only as far as the edit reaches (`recompile`). The same compiled network serves
every run that varies only durations (Monte Carlo).

The rules (constraints, deadlines, progress, elapsed durations; rules.py) are kept with
it too, worked out on the first run and redone after an edit for the tasks it changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from planner.core.edits.changes import Changes
from planner.core.model.entities import Project
from planner.core.model.tables import TABLES
from planner.core.model.wbs import Outline
from planner.core.schedule.assigned_calendars import task_calendars
from planner.core.schedule.calendar_base import effective_calendar
from planner.core.schedule.network import Network, build_network
from planner.core.schedule.rules import NodeRule, node_rules, status_offset, task_rules
from planner.core.schedule.worktime import WorkTime, compile_calendar


def calendar_years(project: Project) -> range:
    """The years whose public holidays are loaded: the project's likely span, with room."""
    return range(project.start.year - 1, project.start.year + 12)


def compile_calendars(project: Project) -> dict[int, WorkTime]:
    """Every calendar of the project, compiled (worktime.py keeps each until it changes).

    A resource's calendar is compiled with its base folded in (calendar_base.py), so the
    WorkTime under its id is the working time of the resource.
    """
    years = calendar_years(project)
    cals = project.calendars
    return {cid: compile_calendar(effective_calendar(cals, cal), years) for cid, cal in cals.items()}


@dataclass
class Compiled:
    """The outline, calendars and network of a project as it was when they were built.

    Its network is never changed in place: a Schedule keeps the network it was run on, so an
    edit that changes durations gets a new Network sharing everything else with the old one."""

    outline: Outline
    calendars: dict[int, WorkTime]
    net: Network
    by_task: dict[int, WorkTime] = field(default_factory=dict)  # tasks on their resources' calendars
    _percent_sources: frozenset[int] | None = field(default=None, repr=False)
    _rules: dict[int, NodeRule] | None = field(default=None, repr=False)

    def rules(self, project: Project) -> dict[int, NodeRule]:
        """The nodes' constraints, deadlines and progress (rules.py), worked out on the first run
        and after an edit redone only for the tasks it changed. The passes only read them."""
        if self._rules is None:
            self._rules = node_rules(project, self.net)
        return self._rules

    def percent_sources(self, project: Project) -> frozenset[int]:
        """The tasks that are the predecessor of a link with a % lag, whose duration is therefore
        in the network's lags too. Worked out when first asked for: most edits are not of tasks."""
        if self._percent_sources is None:
            self._percent_sources = frozenset(
                link.predecessor_id for link in project.links.values() if link.lag.amount and link.lag.unit == "%"
            )
        return self._percent_sources


def compile_project(project: Project, outline: Outline | None = None) -> Compiled:
    """Everything a run needs, built from scratch."""
    outline = outline or Outline.of(project)
    calendars = compile_calendars(project)
    return _compiled(project, outline, calendars)


def _compiled(project: Project, outline: Outline, calendars: dict[int, WorkTime]) -> Compiled:
    by_task = task_calendars(project, calendar_years(project))
    return Compiled(outline, calendars, build_network(project, calendars, outline, by_task), by_task)


def recompile(compiled: Compiled, project: Project, changes: Changes) -> Compiled:
    """The compiled project after an edit that touched `changes` (the project is already edited):
    the outline rebuilt only when the WBS changed, the network only when more than task
    durations did, nothing when the edit touched nothing the scheduler reads."""
    if changes.structure:
        return compile_project(project)
    if _reaches_network(changes):  # the project's start or calendar, calendars, links
        return _compiled(project, compiled.outline, compile_calendars(project))
    if _moves_work(compiled, project, changes):
        return _compiled(project, compiled.outline, compiled.calendars)
    if changes.tasks:
        patched = _with_durations(compiled, project, changes.tasks)
        if patched is None:
            return _compiled(project, compiled.outline, compiled.calendars)
        return patched
    return compiled


def _moves_work(compiled: Compiled, project: Project, changes: Changes) -> bool:
    """Whether an edit of resources or assignments moved a task onto other calendars: assigning
    people who all work the project calendar changes nothing the network holds."""
    if not (changes.resources or changes.assignments):
        return False
    fresh = task_calendars(project, calendar_years(project))
    return fresh.keys() != compiled.by_task.keys() or any(fresh[t] is not compiled.by_task[t] for t in fresh)


def _reaches_network(changes: Changes) -> bool:
    """Whether the edit changed the project's settings or a table the scheduler reads other than
    tasks (whose edits are mostly durations, which the network takes without a rebuild): the
    registry's `affects_schedule` says which, so a table added later is not missed. Resources
    and assignments reach it only through the calendars tasks work on (`_moves_work`)."""
    if changes.project:
        return True
    return any(
        ids and table not in _WORK_TABLES and TABLES[table].affects_schedule for table, ids in changes.rows.items()
    )


_WORK_TABLES = {"tasks", "resources", "assignments"}


def _with_durations(compiled: Compiled, project: Project, task_ids: set[int]) -> Compiled | None:
    """The network with the changed tasks' durations, or None when a change reaches further:
    a task's calendar, a duration that a % lag is a share of, or the network's warnings
    (which name tasks; a project with a link it ignores is rare enough to rebuild)."""
    net, calendars = compiled.net, compiled.calendars
    if net.warnings:
        return None
    project_calendar = calendars[project.calendar_id]
    percent_sources = compiled.percent_sources(project)
    durations: dict[int, int] = {}
    for task_id in task_ids:
        task = project.tasks.get(task_id)
        if task is None or task_id in percent_sources:
            return None
        own = project_calendar if task.calendar_id is None else calendars.get(task.calendar_id, project_calendar)
        own = compiled.by_task.get(task_id, own)
        leaf = net.leaf.get(task_id)
        nodes = [leaf] if leaf is not None else [net.gate.get(task_id, -1), net.rollup.get(task_id, -1)]
        if any(node < 0 or net.calendars[node] is not own for node in nodes):
            return None
        if leaf is not None:
            durations[leaf] = 0 if task.duration.elapsed else task.duration.minutes
    rules = None if compiled._rules is None else _with_task_rules(compiled._rules, project, net, task_ids)
    if all(net.durations[node] == minutes for node, minutes in durations.items()):
        return replace(compiled, _rules=rules)
    changed = list(net.durations)
    for node, minutes in durations.items():
        changed[node] = minutes
    return replace(compiled, net=replace(net, durations=changed), _rules=rules)


def _with_task_rules(
    rules: dict[int, NodeRule], project: Project, net: Network, task_ids: set[int]
) -> dict[int, NodeRule]:
    """The rules with the changed tasks' redone (a copy: the schedule before keeps its own)."""
    fresh = dict(rules)
    status = status_offset(project)
    for task_id in task_ids:
        for node in (net.leaf.get(task_id), net.gate.get(task_id), net.rollup.get(task_id)):
            if node is not None:
                fresh.pop(node, None)
        fresh.update(task_rules(project.tasks[task_id], net, status))
    return fresh
