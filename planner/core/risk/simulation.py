"""Monte Carlo schedule and cost risk: the project scheduled thousands of times, each run with
durations drawn from the three-point estimates and the register's risks occurring by chance.

`simulate` runs on the scheduler's compiled network (compiled.py), so every run honours the
links, lags, constraints, deadlines and progress the CPM engine does; with every duration at
its most likely value and no risk occurring, each run is the CPM schedule exactly (a property
test holds it to that). Runs go in chunks, vectorised over the runs of a chunk with numpy
(simulation_passes.py); between chunks the job reports progress and may be cancelled.

It answers "how sure are we of the date and the cost?": the finish and cost of every run
(for P10..P90, the histogram and the S-curve), the chance of the planned finish and of each
milestone's deadline, each task's criticality index (the share of runs in which it was
critical) and its sensitivity (Spearman's correlation of its duration with the finish).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.core.edits.estimate_edits import estimates_by_task
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.progress import JobSteps
from planner.core.risk.simulation_cost import cost_base, run_costs
from planner.core.risk.simulation_draws import Estimates, RiskEvent, occurrences
from planner.core.risk.simulation_engine_runs import engine_runs
from planner.core.risk.simulation_passes import DATES, Passes, vectorisable
from planner.core.risk.simulation_stats import spearman
from planner.core.schedule.compiled import Compiled
from planner.core.schedule.network import LEAF
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import to_abs

CHUNK_CELLS = 6_000_000  # nodes x runs per chunk: 24 MB a date array, whatever the project's size
SENSITIVITY_CELLS = 4_000_000  # tasks x runs the rank correlations use (at least 1,000 runs: +-0.06 at worst)
MAX_RUNS = 1_000_000


@dataclass
class Outcome:
    """What the runs gave, before it is stored (core/model/estimates.Simulation)."""

    runs: int
    seed: int
    finishes: np.ndarray  # instant of each run's finish (minutes since the worktime EPOCH)
    costs: np.ndarray
    planned_finish: int  # the CPM finish, an instant
    planned_cost: float
    criticality: dict[int, float]  # task id -> share of runs critical
    sensitivity: dict[int, float]  # task id -> Spearman with the finish
    milestones: list[tuple[int, int, float]]  # (task id, target instant, chance on time)
    p_on_time: float  # chance of finishing by the planned finish


def simulate(
    project: Project,
    compiled: Compiled,
    schedule: Schedule,
    runs: int = 1000,
    seed: int = 0,
    risks: tuple[RiskEvent, ...] = (),
    steps: JobSteps | None = None,
) -> Outcome:
    """Run the simulation; raises InputError for a bad number of runs, Cancelled if cancelled."""
    if not 1 <= runs <= MAX_RUNS:
        raise InputError(f"runs must be between 1 and {MAX_RUNS:,}, not {runs:,}")
    steps = steps or JobSteps(job="The simulation")
    plan = _Plan(project, compiled, schedule, risks)
    rng = np.random.default_rng(seed)
    tally = _Tally(plan, runs)
    chunk = max(1, min(runs, CHUNK_CELLS // max(1, len(compiled.net.task_ids))))
    done = 0
    while done < runs:
        steps.at(done / runs)
        size = min(chunk, runs - done)
        tally.add(plan.chunk(rng, size, steps), done)
        done += size
    steps.at(1)
    return tally.outcome(seed)


class _Plan:
    """The project read once for the runs: estimated nodes, risk effects, milestones, costs."""

    def __init__(self, project: Project, compiled: Compiled, schedule: Schedule, risks: tuple[RiskEvent, ...]):
        self.project, self.compiled, self.schedule = project, compiled, schedule
        net = compiled.net
        self.calendar = compiled.calendars[project.calendar_id]
        done = {t for t, task in project.tasks.items() if task.percent_complete >= 100 or task.actual_finish}
        estimates = [e for t, e in estimates_by_task(project).items() if t in net.leaf and t not in done]
        estimates = [e for e in estimates if not project.tasks[e.task_id].duration.elapsed]
        self.estimates = Estimates.of(sorted(estimates, key=lambda e: e.task_id))
        self.estimated_nodes = [net.leaf[t] for t in self.estimates.task_ids]
        self.risks = [r for r in risks if r.probability > 0 and (r.delay_minutes or r.cost)]
        self.risk_nodes = [[n for t in r.task_ids if (n := net.start_node(t)) >= 0] for r in self.risks]
        self.risk_costs = np.array([r.cost for r in self.risks], float)
        self.vectorised = vectorisable(compiled, project)
        self.passes = Passes.of(compiled, project) if self.vectorised else None
        self.leaves = [n for n, kind in enumerate(net.kinds) if kind == LEAF and net.task_ids[n] not in done]
        self.milestones = self._milestones()
        self.cost = cost_base(project, schedule, self.estimates.task_ids)

    def _milestones(self) -> list[tuple[int, int, int]]:
        """(task id, node, target work offset): by its deadline, else by its planned finish."""
        net, found = self.compiled.net, []
        for task_id, node in self.compiled.net.leaf.items():
            task = self.project.tasks[task_id]
            if not (task.milestone or net.durations[node] == 0) or task.duration.elapsed:
                continue
            calendar = net.calendars[node]
            target = calendar.work_at(to_abs(task.deadline)) if task.deadline else self.schedule.ef[node]
            found.append((task_id, node, target))
        return found

    def chunk(self, rng: np.random.Generator, runs: int, steps: JobSteps) -> _Chunk:
        drawn = self.estimates.draw(rng, runs)
        occurred = occurrences(rng, self.risks, runs)
        rounded = np.rint(drawn).astype(DATES)
        durations = dict(zip(self.estimated_nodes, rounded, strict=True))
        base = self.compiled.net.durations
        for r, risk in enumerate(self.risks):
            if risk.delay_minutes:
                for node in self.risk_nodes[r]:
                    added = durations.get(node, base[node]) + occurred[r] * risk.delay_minutes
                    durations[node] = np.maximum(added, 0)
        if self.passes is not None:
            es, ef = self.passes.forward(durations, runs)
            finish = self.passes.finish(ef)
            lf = self.passes.backward(es, ef, finish, durations)
        else:
            es, ef, lf, finish = engine_runs(self.project, self.compiled, durations, runs, steps.cancelled or _never)
        critical = np.less_equal(lf, ef).sum(axis=1)[self.leaves]
        on_time = [int((ef[node] <= target).sum()) for _t, node, target in self.milestones]
        costs = run_costs(self.cost, drawn, occurred, self.risk_costs)
        return _Chunk(drawn, finish, costs, critical, on_time)


def _never() -> bool:
    return False


@dataclass
class _Chunk:
    drawn: np.ndarray  # (estimated tasks, runs) durations before rounding
    finish: np.ndarray  # work offsets
    costs: np.ndarray
    critical: np.ndarray  # per leaf: runs critical
    on_time: list[int]  # per milestone: runs on time


class _Tally:
    """The chunks' results added up."""

    def __init__(self, plan: _Plan, runs: int) -> None:
        self.plan, self.runs = plan, runs
        self.finish = np.empty(runs, np.int64)
        self.costs = np.empty(runs, float)
        self.critical = np.zeros(len(plan.leaves), np.int64)
        self.on_time = np.zeros(len(plan.milestones), np.int64)
        tasks = len(plan.estimates.task_ids)
        kept = min(runs, max(1_000, SENSITIVITY_CELLS // max(1, tasks)))
        self.draws = np.empty((tasks, kept), np.float32)

    def add(self, chunk: _Chunk, at: int) -> None:
        size = len(chunk.finish)
        self.finish[at : at + size] = chunk.finish
        self.costs[at : at + size] = chunk.costs
        self.critical += chunk.critical
        self.on_time += np.array(chunk.on_time, np.int64)
        kept = self.draws.shape[1]
        if at < kept:
            self.draws[:, at : min(kept, at + size)] = chunk.drawn[:, : kept - at]

    def outcome(self, seed: int) -> Outcome:
        plan, net = self.plan, self.plan.compiled.net
        calendar = plan.calendar
        offsets, inverse = np.unique(self.finish, return_inverse=True)
        instants = np.array([calendar.finish_instant(int(w)) for w in offsets], np.int64)[inverse]
        planned = plan.schedule.finish_instant
        kept = self.draws.shape[1]
        sensitivity = spearman(self.draws, self.finish[:kept]) if len(self.draws) else np.zeros(0)
        by_task = dict(zip(plan.estimates.task_ids, sensitivity.tolist(), strict=True))
        leaves = [net.task_ids[n] for n in plan.leaves]
        return Outcome(
            runs=self.runs,
            seed=seed,
            finishes=instants,
            costs=self.costs,
            planned_finish=planned,
            planned_cost=plan.cost.planned,
            criticality={t: c / self.runs for t, c in zip(leaves, self.critical.tolist(), strict=True)},
            sensitivity={t: by_task.get(t, 0.0) for t in leaves},
            milestones=[
                (t, calendar.finish_instant(target), n / self.runs)
                for (t, _node, target), n in zip(plan.milestones, self.on_time.tolist(), strict=True)
            ],
            p_on_time=float((self.finish <= calendar.work_at(planned)).mean()),
        )
