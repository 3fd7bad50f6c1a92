"""The CPM passes of engine.py, vectorised over runs: every node's dates are a row of numpy
integers, one per run, and each run is its own schedule.

The network is the scheduler's compiled one (compiled.py), so the links, lags, constraints,
deadlines and progress are those the CPM engine honours, on the same integer working-time
offsets. It covers networks on one calendar whose edges all have lags in working minutes;
others (a task's own calendar, elapsed tasks or lags) go through the engine itself, run by
run (simulation_engine_runs.py). As Late As Possible tasks keep their early dates here: they
never move the finish, which is what the simulation measures.

A % lag follows its predecessor's duration in each run, as the engine makes it absolute; a
levelling delay (schedule/levelling.py) is added as the engine adds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from planner.core.model.entities import ConstraintType, Project
from planner.core.schedule.compiled import Compiled
from planner.core.schedule.levelling import node_delays
from planner.core.schedule.network import GATE, ROLLUP, Network
from planner.core.schedule.rules import NodeRule
from planner.core.schedule.worktime import to_abs

C = ConstraintType
Row = np.ndarray | int  # a node's value in every run of a chunk, or one value for them all
DATES = np.int32  # work offsets stay below 2**31 (1984-2149 is ~20 million working minutes): half the memory


def vectorisable(compiled: Compiled, project: Project) -> bool:
    """Whether these passes reproduce the engine on this network (else the engine runs each run)."""
    net = compiled.net
    if not net.single_calendar or any(lag is None for lag in net.links.lag[1:]):
        return False
    return all(rule.elapsed is None for rule in compiled.rules(project).values())


@dataclass
class Passes:
    """The network read once into plain lists, then run for chunk after chunk of runs."""

    net: Network
    rules: dict[int, NodeRule]
    floor: int  # the project start as a work offset
    percent_lags: dict[int, tuple[int, float]] = field(default_factory=dict)  # edge -> (source node, %)
    delays: dict[int, int] = field(default_factory=dict)  # node -> levelling delay (schedule/levelling.py)
    honour: bool = True  # the project's "tasks honour their constraint dates" (engine._apply_rule)
    _tasks: np.ndarray | None = field(default=None, repr=False)  # per node: not a gate

    @classmethod
    def of(cls, compiled: Compiled, project: Project) -> Passes:
        net = compiled.net
        calendar = compiled.calendars[project.calendar_id]
        percent_lags = {}
        for edge, link_id in enumerate(net.edge_links):
            link = project.links.get(link_id) if edge else None
            if link is not None and link.lag.unit == "%" and link.lag.amount:
                percent_lags[edge] = (net.links.src[edge], float(link.lag.amount))
        floor = calendar.work_at(to_abs(project.start))
        delays = node_delays(project, net)
        return cls(net, compiled.rules(project), floor, percent_lags, delays, project.honour_constraints)

    def lag(self, edge: int, durations: dict[int, np.ndarray]) -> Row:
        """An edge's lag in this chunk: a % lag is a share of its source's drawn duration."""
        share = self.percent_lags.get(edge)
        if share is None or share[0] not in durations:
            return self.net.links.lag[edge]
        return np.rint(durations[share[0]] * share[1] / 100).astype(DATES)

    def forward(self, durations: dict[int, np.ndarray], runs: int) -> tuple[np.ndarray, np.ndarray]:
        """Early start and finish of every node in every run, shape (nodes, runs). `durations`
        holds the nodes whose duration varies; the others keep the network's."""
        net, rules = self.net, self.rules
        size = len(net.task_ids)
        es = np.empty((size, runs), DATES)
        ef = np.empty((size, runs), DATES)
        base, kinds, up, members = net.durations, net.kinds, net.up, net.members
        links = net.links
        first, src, src_finish, dst_finish, lags = links.first, links.src, links.src_finish, links.dst_finish, links.lag
        percent, delays = self.percent_lags, self.delays
        before_start: set[int] = set()  # as engine._floored: a constraint before the project start
        lowest = np.iinfo(DATES).min // 2
        for node in net.order:
            if kinds[node] == ROLLUP:
                children = members[node]
                es[node] = es[children].min(axis=0)
                ef[node] = ef[children].max(axis=0)
                continue
            duration = durations.get(node, base[node])
            best: Row = self.floor
            gate = up[node]
            rule = rules.get(node)
            gate_bound = ef[gate] if gate >= 0 else None
            if rule is not None and _early_before(rule, self.floor):  # engine._forward_before_start
                best = rule.date - 1
                if gate_bound is not None and gate not in before_start:
                    gate_bound = np.where(gate_bound > self.floor, gate_bound, lowest)
                before_start.add(node)
            elif gate >= 0 and gate in before_start:
                best = lowest
                before_start.add(node)
            if gate_bound is not None:
                best = np.maximum(best, gate_bound)
            for edge in range(first[node], first[node + 1]):
                lag = self.lag(edge, durations) if edge in percent else lags[edge]
                value = (ef if src_finish[edge] else es)[src[edge]] + lag
                if dst_finish[edge]:
                    value = value - duration
                best = np.maximum(best, value)
            delay = delays.get(node, 0)
            if rule is None:
                best = best + delay
                es[node] = best
                ef[node] = best + duration
            else:
                es[node], ef[node] = _ruled(rule, best, duration, delay, self.honour)
        return es, ef

    def finish(self, ef: np.ndarray) -> np.ndarray:
        """Each run's project finish: the latest early finish of any task (a work offset; gates,
        the points before a summary's children, are not tasks)."""
        if self._tasks is None:
            self._tasks = np.array(self.net.kinds) != GATE
        return ef.max(axis=0, initial=self.floor, where=self._tasks[:, None])

    def backward(
        self, es: np.ndarray, ef: np.ndarray, finish: np.ndarray, durations: dict[int, np.ndarray]
    ) -> np.ndarray:
        """Late finish of every node in every run, from that run's finish (the engine's backward
        pass: constraints and deadlines bound late finishes too). Total float is lf - ef."""
        net, rules = self.net, self.rules
        lf = np.empty_like(ef)
        lf[:] = finish
        kinds, up, members = net.kinds, net.up, net.members
        links = net.links
        first, src, src_finish, dst_finish, lags = links.first, links.src, links.src_finish, links.dst_finish, links.lag
        percent = self.percent_lags
        for node in reversed(net.order):
            span = ef[node] - es[node]
            rule = rules.get(node)
            if rule is not None:
                lf[node] = _late_limit(rule, lf[node], span)
            late_finish = lf[node]
            late_start = late_finish - span
            if kinds[node] == ROLLUP:
                children = members[node]
                lf[children] = np.minimum(lf[children], late_finish)
                continue
            gate = up[node]
            if gate >= 0:
                np.minimum(lf[gate], late_start, out=lf[gate])
            for edge in range(first[node], first[node + 1]):
                lag = self.lag(edge, durations) if edge in percent else lags[edge]
                value = (late_finish if dst_finish[edge] else late_start) - lag
                source = src[edge]
                if not src_finish[edge]:
                    value = value + (ef[source] - es[source])
                np.minimum(lf[source], value, out=lf[source])
        return lf


def _ruled(rule: NodeRule, best: Row, duration: Row, delay: int, honour: bool = True) -> tuple[Row, Row]:
    """engine._apply_rule on rows: status date, constraint (which only pushes later when the project
    does not honour constraint dates over links), levelling delay, manual and actual start, then the
    finish after progress."""
    if rule.status is not None and rule.not_started:
        best = np.maximum(best, rule.status)
    linked = best
    kind, day = rule.constraint, rule.date
    if kind == C.SNET:
        best = np.maximum(best, day)
    elif kind == C.MSO:
        best = best * 0 + day
    elif kind == C.SNLT:
        best = np.minimum(best, day)
    elif kind == C.FNET:
        best = np.maximum(best, day - duration)
    elif kind == C.MFO:
        best = best * 0 + day - duration
    elif kind == C.FNLT:
        best = np.minimum(best, day - duration)
    if not honour:
        best = np.maximum(best, linked)
    best = best + delay
    if rule.manual is not None:
        best = best * 0 + rule.manual
    if rule.actual_start is not None:
        best = best * 0 + rule.actual_start
    if rule.actual_finish is not None:
        return best, np.maximum(best, rule.actual_finish)
    if rule.percent >= 100 or rule.status is None or rule.not_started:
        return best, best + duration
    done = np.rint(np.asarray(duration) * rule.percent / 100).astype(np.int64)
    return best, np.maximum(best + done, rule.status) + duration - done


def _early_before(rule: NodeRule, floor: int) -> bool:
    """A Start No Earlier Than or Must Start On date before the project start (engine._floored)."""
    return rule.constraint in (C.SNET, C.MSO) and rule.date < floor and rule.manual is None


def _late_limit(rule: NodeRule, late_finish: np.ndarray, span: np.ndarray) -> np.ndarray:
    """NodeRule.constrain_late_finish on rows."""
    kind = rule.constraint
    if kind in (C.SNLT, C.MSO):
        late_finish = np.minimum(late_finish, rule.date + span)
    elif kind in (C.FNLT, C.MFO):
        late_finish = np.minimum(late_finish, rule.date)
    if rule.deadline is not None:
        late_finish = np.minimum(late_finish, rule.deadline)
    return late_finish
