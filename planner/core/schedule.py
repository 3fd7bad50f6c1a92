"""The critical path method on integer work offsets, with MS Project's semantics.

`schedule(project)` builds the network, runs a forward pass (early dates), a
backward pass (late dates), places As-Late-As-Possible tasks and rolls summaries
up. Values live in each node's own calendar as work offsets (see worktime.py);
crossing to another calendar, or an elapsed lag, goes through an instant.
"""

from __future__ import annotations

from datetime import datetime

from planner.core.duration import Lag
from planner.core.model import ConstraintType, Project
from planner.core.network import GATE, LEAF, ROLLUP, STRUCTURAL, Network, build_network
from planner.core.result import Driver, Schedule
from planner.core.rules import NodeRule, node_rules
from planner.core.wbs import Outline
from planner.core.worktime import WorkTime, compile_calendar, to_abs


def calendar_years(project: Project) -> range:
    """The years whose public holidays are loaded: the project's likely span, with room."""
    return range(project.start.year - 1, project.start.year + 12)


def compile_calendars(project: Project) -> dict[int, WorkTime]:
    years = calendar_years(project)
    return {cid: compile_calendar(cal, years) for cid, cal in project.calendars.items()}


def schedule(project: Project, outline: Outline | None = None) -> Schedule:
    """Schedule the whole project; raises CycleError naming the tasks of a loop."""
    outline = outline or Outline.of(project)
    calendars = compile_calendars(project)
    net = build_network(project, calendars, outline)
    project_calendar = calendars[project.calendar_id]
    passes = _Passes(net, project, project_calendar)
    passes.forward()
    passes.backward()
    passes.place_late_tasks()
    return Schedule(
        project=project,
        outline=outline,
        net=net,
        es=passes.es,
        ef=passes.ef,
        ls=passes.ls,
        lf=passes.lf,
        start=passes.start,
        finish=passes.finish,
        drivers=passes.drivers,
        finish_form=passes.finish_form,
        exact=passes.exact,
        finish_instant=passes.project_finish,
        free_float=passes.free_float(),
    )


class _Passes:
    """The state of one scheduling run; each pass fills its arrays."""

    def __init__(self, net: Network, project: Project, project_calendar: WorkTime) -> None:
        size = len(net.task_ids)
        self.net = net
        self.project = project
        self.project_calendar = project_calendar
        self.start_instant = to_abs(project.start)
        self.rules: dict[int, NodeRule] = node_rules(project, net)
        self.es = [0] * size
        self.ef = [0] * size
        self.ls = [0] * size
        self.lf = [0] * size
        self.drivers: list[Driver] = [Driver.PROJECT_START] * size
        self.finish_form = [False] * size
        self.exact: dict[int, tuple[int, int]] = {}
        self._start_work: dict[int, int] = {}
        self.project_finish = self.start_instant
        self.start: list[int] = []
        self.finish: list[int] = []

    # -- crossing calendars -------------------------------------------------
    def _instant(self, node: int, value: int, is_finish: bool) -> int:
        exact = self.exact.get(node)
        if exact is not None:
            return exact[1] if is_finish else exact[0]
        calendar = self.net.calendars[node]
        return calendar.finish_instant(value) if is_finish else calendar.start_instant(value)

    def _shift(self, instant: int, lag: Lag, sign: int, as_finish: bool) -> int:
        if lag.is_zero:
            return instant
        if lag.unit == "em":
            return instant + sign * int(lag.amount)
        calendar = self.project_calendar
        work = calendar.work_at(instant) + sign * int(lag.amount)
        return calendar.finish_instant(work) if as_finish else calendar.start_instant(work)

    def _across(self, src: int, value: int, src_finish: bool, dst: int, dst_finish: bool, edge: int, sign: int) -> int:
        """A bound carried over one slow edge: forward (sign +1) or backward (-1)."""
        lag = self.net.edge_lags[edge]
        if sign > 0:
            instant = self._shift(self._instant(src, value, src_finish), lag, 1, dst_finish)
            return self.net.calendars[dst].work_at(instant)
        instant = self._shift(self._instant(dst, value, dst_finish), lag, -1, src_finish)
        return self.net.calendars[src].work_at(instant)

    def _project_start(self, calendar: WorkTime) -> int:
        key = id(calendar)
        if key not in self._start_work:
            self._start_work[key] = calendar.work_at(self.start_instant)
        return self._start_work[key]

    # -- forward pass -------------------------------------------------------
    def forward(self) -> None:
        net, es, ef, rules = self.net, self.es, self.ef, self.rules
        kinds, durations, preds, calendars = net.kinds, net.durations, net.preds, net.calendars
        drivers, finish_form = self.drivers, self.finish_form
        for node in net.order:
            if kinds[node] == ROLLUP:
                self._roll_up(node)
                continue
            duration = durations[node]
            best = self._project_start(calendars[node])
            driver = Driver.PROJECT_START
            form = False
            for src, src_finish, dst_finish, lag, edge in preds[node]:
                if lag is None:
                    value = self._across(src, ef[src] if src_finish else es[src], src_finish, node, dst_finish, edge, 1)
                else:
                    value = (ef[src] if src_finish else es[src]) + lag
                if dst_finish:
                    value -= duration
                if value > best:
                    best, driver, form = value, edge, src_finish
            rule = rules.get(node)
            if rule is None:
                es[node], ef[node] = best, best + duration
                drivers[node], finish_form[node] = driver, form
            else:
                self._apply_rule(node, rule, best, driver, form)

    def _apply_rule(self, node: int, rule: NodeRule, best: int, driver: Driver | int, form: bool) -> None:
        """A task with a constraint, progress, or an elapsed duration."""
        duration = self.net.durations[node]
        if rule.elapsed is not None and driver != Driver.PROJECT_START and self.net.preds[node]:
            best = self._elapsed_start_bound(node, rule, best)
        if rule.status is not None and rule.percent == 0 and rule.actual_start is None and rule.status > best:
            best, driver, form = rule.status, Driver.STATUS_DATE, False
        best, driver, form = rule.constrain_start(best, driver, form, duration)
        if rule.actual_start is not None:
            best, driver, form = rule.actual_start, Driver.PROGRESS, False
        self.es[node] = best
        self.ef[node] = self._early_finish(node, rule, best, duration)
        self.drivers[node], self.finish_form[node] = driver, form

    def _elapsed_start_bound(self, node: int, rule: NodeRule, best: int) -> int:
        """Finish-type links into an elapsed task were subtracted as 0; redo them in instants."""
        calendar = self.net.calendars[node]
        for src, src_finish, dst_finish, lag, edge in self.net.preds[node]:
            if dst_finish:
                value = self.ef[src] if src_finish else self.es[src]
                bound = self._across(src, value, src_finish, node, True, edge, 1)
                best = max(best, calendar.work_at(calendar.finish_instant(bound) - rule.elapsed))
        return best

    def _early_finish(self, node: int, rule: NodeRule, start: int, duration: int) -> int:
        calendar = self.net.calendars[node]
        if rule.elapsed is not None:
            start_instant = calendar.start_instant(start)
            finish_instant = start_instant + rule.elapsed
            self.exact[node] = (start_instant, finish_instant)
            return calendar.work_at(finish_instant)
        if rule.actual_finish is not None:
            return max(start, rule.actual_finish)
        if rule.percent >= 100 or rule.status is None or rule.percent == 0 and rule.actual_start is None:
            return start + duration
        done = round(duration * rule.percent / 100)
        return max(start + done, rule.status) + duration - done

    def _roll_up(self, node: int) -> None:
        """A summary spans its children: earliest child start to latest child finish."""
        starts, finishes = [], []
        for src, _sf, _df, lag, edge in self.net.preds[node]:
            if lag is None:
                starts.append(self._across(src, self.es[src], False, node, False, edge, 1))
                finishes.append(self._across(src, self.ef[src], True, node, True, edge, 1))
            else:
                starts.append(self.es[src])
                finishes.append(self.ef[src])
        gate = self.net.gate[self.net.task_ids[node]]
        self.es[node] = min(starts)
        self.ef[node] = max(finishes)
        self.drivers[node], self.finish_form[node] = self.drivers[gate], self.finish_form[gate]

    # -- backward pass ------------------------------------------------------
    def backward(self) -> None:
        net, ls, lf, es, ef, rules = self.net, self.ls, self.lf, self.es, self.ef, self.rules
        calendars, succs = net.calendars, net.succs
        self.project_finish = max(
            (self._instant(n, ef[n], True) for n in range(len(es)) if net.kinds[n] != GATE),
            default=self.start_instant,
        )
        finish_work: dict[int, int] = {}
        for node in reversed(net.order):
            calendar = calendars[node]
            best = finish_work.get(id(calendar))
            if best is None:
                best = finish_work[id(calendar)] = calendar.work_at(self.project_finish)
            span = ef[node] - es[node]
            for dst, src_finish, dst_finish, lag, edge in succs[node]:
                if lag is None:
                    value = self._across(node, lf[dst] if dst_finish else ls[dst], src_finish, dst, dst_finish, edge, -1)
                else:
                    value = (lf[dst] if dst_finish else ls[dst]) - lag
                if not src_finish:
                    value += span
                if value < best:
                    best = value
            rule = rules.get(node)
            if rule is not None:
                best = rule.constrain_late_finish(best, span)
            lf[node], ls[node] = best, best - span

    # -- placing tasks ------------------------------------------------------
    def place_late_tasks(self) -> None:
        """As Late As Possible tasks move to the latest dates their successors allow."""
        self.start, self.finish = list(self.es), list(self.ef)
        late = [n for n, r in self.rules.items() if r.constraint is ConstraintType.ALAP and r.percent == 0]
        if not late:
            return
        position = {node: i for i, node in enumerate(self.net.order)}
        late.sort(key=position.__getitem__, reverse=True)
        for node in late:
            self._place_late(node)
        for node in self.net.order:
            if self.net.kinds[node] == ROLLUP:
                self._roll_up_placed(node)

    def _place_late(self, node: int) -> None:
        calendar = self.net.calendars[node]
        span = self.ef[node] - self.es[node]
        best = calendar.work_at(self.project_finish)
        for dst, src_finish, dst_finish, lag, edge in self.net.succs[node]:
            if self.net.edge_links[edge] == STRUCTURAL and self.net.kinds[dst] == ROLLUP:
                continue
            value = self.finish[dst] if dst_finish else self.start[dst]
            if lag is None:
                value = self._across(node, value, src_finish, dst, dst_finish, edge, -1)
            else:
                value -= lag
            best = min(best, value + (0 if src_finish else span))
        finish = max(best, self.ef[node])
        self.start[node], self.finish[node] = finish - span, finish
        self.finish_form[node] = True
        self.drivers[node] = Driver.CONSTRAINT

    def _roll_up_placed(self, node: int) -> None:
        children = [src for src, *_ in self.net.preds[node]]
        calendar = self.net.calendars[node]
        self.start[node] = min(
            calendar.work_at(self._instant_placed(c, False)) for c in children
        )
        self.finish[node] = max(calendar.work_at(self._instant_placed(c, True)) for c in children)

    def _instant_placed(self, node: int, is_finish: bool) -> int:
        calendar = self.net.calendars[node]
        value = self.finish[node] if is_finish else self.start[node]
        return calendar.finish_instant(value) if is_finish else calendar.start_instant(value)

    # -- free float ---------------------------------------------------------
    def free_float(self) -> list[int]:
        """Per node: how far it can slip without moving any successor's early date."""
        net, es, ef = self.net, self.es, self.ef
        result = [0] * len(es)
        for node in range(len(es)):
            if net.kinds[node] == GATE:
                continue
            calendar = net.calendars[node]
            best = calendar.work_at(self.project_finish) - ef[node]
            for dst, src_finish, dst_finish, lag, edge in net.succs[node]:
                if net.edge_links[edge] == STRUCTURAL:
                    continue
                target = ef[dst] if dst_finish else es[dst]
                if net.kinds[dst] == GATE:
                    target = es[dst]
                if lag is None:
                    target = self._across(node, target, src_finish, dst, dst_finish, edge, -1)
                else:
                    target -= lag
                best = min(best, target - (ef[node] if src_finish else es[node]))
            result[node] = min(best, self.lf[node] - ef[node])
        return result


def schedule_at(project: Project, status: datetime) -> Schedule:
    """Schedule with a given status date, leaving the project's own untouched."""
    saved = project.status_date
    project.status_date = status
    try:
        return schedule(project)
    finally:
        project.status_date = saved


__all__ = ["schedule", "schedule_at", "compile_calendars", "Schedule", "Driver", "LEAF"]
