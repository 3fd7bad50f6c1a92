"""The critical path method on integer work offsets, with MS Project's semantics.

`schedule(project)` builds the network, runs a forward pass (early dates), a
backward pass (late dates), places As-Late-As-Possible tasks and rolls summaries
up. Values live in each node's own calendar as work offsets (see worktime.py);
crossing to another calendar, or an elapsed lag, goes through an instant.

Elapsed tasks (`3ed`) ignore calendars: they start the instant their links allow
(Friday 17:00 after a task ending then) and their dates are kept as instants in
`exact` (early) and `late_exact` (late); their floats are in elapsed minutes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import datetime

from planner.core.duration import Lag
from planner.core.model import ConstraintType, Project
from planner.core.network import GATE, LEAF, ROLLUP, STRUCTURAL, Network, build_network
from planner.core.result import Driver, LazyFloats, Schedule
from planner.core.rules import NodeRule, constrained_start, late_finish_limit, node_rules
from planner.core.wbs import Outline
from planner.core.worktime import WorkTime, compile_calendar, to_abs

PROJECT_START, CONSTRAINT, PROGRESS, STATUS_DATE = (int(d) for d in Driver)


def calendar_years(project: Project) -> range:
    """The years whose public holidays are loaded: the project's likely span, with room."""
    return range(project.start.year - 1, project.start.year + 12)


def compile_calendars(project: Project) -> dict[int, WorkTime]:
    years = calendar_years(project)
    return {cid: compile_calendar(cal, years) for cid, cal in project.calendars.items()}


def schedule(project: Project, outline: Outline | None = None) -> Schedule:
    """Schedule the whole project; raises CycleError naming the tasks of a loop."""
    collecting = gc.isenabled()
    gc.disable()  # the run allocates ~1M small acyclic objects; full collections would double its time
    try:
        outline = outline or Outline.of(project)
        calendars = compile_calendars(project)
        net = build_network(project, calendars, outline)
        project_calendar = calendars[project.calendar_id]
        passes = _Passes(net, project, project_calendar)
        passes.forward()
        passes.backward()
        passes.place_late_tasks()
    finally:
        if collecting:
            gc.enable()
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
        free_float=LazyFloats(len(passes.es), passes.free_float_of),
        late_exact=passes.late_exact,
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
        self.elapsed = {node for node, rule in self.rules.items() if rule.elapsed is not None}
        self.es = [0] * size
        self.ef = [0] * size
        self.ls = [0] * size
        self.lf = [0] * size
        self.drivers: list[int] = [PROJECT_START] * size
        self.finish_form = [False] * size
        self.exact: dict[int, tuple[int, int]] = {}  # early (start, finish) instants of elapsed tasks
        self.late_exact: dict[int, tuple[int, int]] = {}  # late ones
        self.project_finish = self.start_instant
        self.start: list[int] = []
        self.finish: list[int] = []

    # -- instants and calendars ----------------------------------------------
    def _point(self, node: int, value: int, is_finish: bool, exact: dict[int, tuple[int, int]] | None) -> int:
        """The instant of a node's start or finish given as a work offset of its calendar.

        A start is its start form (Monday 08:00), a finish its finish form (Friday 17:00); an
        elapsed task's instants come from `exact`, which holds them.
        """
        if exact:
            found = exact.get(node)
            if found is not None:
                return found[1] if is_finish else found[0]
        calendar = self.net.calendars[node]
        return calendar.finish_instant(value) if is_finish else calendar.start_instant(value)

    def _latest_point(self, node: int, value: int, is_finish: bool, exact: dict[int, tuple[int, int]] | None) -> int:
        """The latest instant a node's point given as a work offset stands for, as an upper bound
        for its predecessors: a finish on Friday 17:00 is the same working time as Monday 08:00,
        so a predecessor linked by FF+1ed may finish on Sunday 08:00 (elapsed ones keep theirs)."""
        if exact:
            found = exact.get(node)
            if found is not None:
                return found[1] if is_finish else found[0]
        return self.net.calendars[node].start_instant(value)

    def _early_point(self, node: int, is_finish: bool) -> int:
        """The instant of a node's early start or finish, as shown: a zero-length node is one
        instant, in the form its driver gave it (a milestone after Friday 17:00 stays there)."""
        es, ef = self.es[node], self.ef[node]
        if es == ef and node not in self.exact:
            is_finish = self.finish_form[node]
        return self._point(node, ef if is_finish else es, is_finish, self.exact)

    def _shift(self, instant: int, lag: Lag, sign: int) -> int:
        """An instant moved by a lag: forward (sign +1) to the earliest instant the lag is done
        (Friday 17:00), backward to the latest instant it may begin (Monday 08:00). Working
        lags count the project calendar's working time."""
        if lag.amount == 0:
            return instant
        if lag.unit == "em":
            return instant + sign * int(lag.amount)
        calendar = self.project_calendar
        work = calendar.work_at(instant) + sign * int(lag.amount)
        return calendar.finish_instant(work) if sign > 0 else calendar.start_instant(work)

    def _forward_across(self, src: int, src_finish: bool, dst: int, edge: int) -> int:
        """The bound (an instant) one slow edge puts on its destination's point in the forward pass."""
        return self._shift(self._early_point(src, src_finish), self.net.edge_lags[edge], 1)

    def _backward_across(self, dst: int, value: int, dst_finish: bool, edge: int) -> int:
        """The bound (an instant) one slow edge puts on its source's point in the backward pass."""
        return self._shift(self._latest_point(dst, value, dst_finish, self.late_exact), self.net.edge_lags[edge], -1)

    # -- forward pass -------------------------------------------------------
    def forward(self) -> None:
        net, es, ef, rules = self.net, self.es, self.ef, self.rules
        kinds, durations, preds, calendars = net.kinds, net.durations, net.preds, net.calendars
        drivers, finish_form, edge_links = self.drivers, self.finish_form, net.edge_links
        floors = {calendar: calendar.work_at(self.start_instant) for calendar in {id(c): c for c in calendars}.values()}
        first = self.project_calendar.work_at(self.start_instant)
        floor_of = None if net.single_calendar else floors.__getitem__
        for node in net.order:
            if kinds[node] == ROLLUP:
                self._roll_up(node)
                continue
            rule = rules.get(node)
            if rule is not None and rule.elapsed is not None:
                self._forward_elapsed(node, rule)
                continue
            duration = durations[node]
            floor = first if floor_of is None else floor_of(calendars[node])
            best = floor - 1  # a link that allows just the project start drives (explains) the task
            driver = PROJECT_START
            for src, src_finish, dst_finish, lag, edge in preds[node]:
                if lag is None:
                    value = calendars[node].work_at(self._forward_across(src, src_finish, node, edge))
                else:
                    value = (ef[src] if src_finish else es[src]) + lag
                if dst_finish:
                    value -= duration
                if value > best:
                    best = value
                    driver = edge
            if best <= floor and (best < floor or edge_links[driver] == STRUCTURAL):
                best = floor  # a summary that starts at the project start passes on the project start
                driver = PROJECT_START
            if rule is None:
                es[node] = best
                ef[node] = best + duration
                if driver != PROJECT_START:
                    drivers[node] = driver
                    if not duration:
                        finish_form[node] = self._form_after(node, best)
            else:
                self._apply_rule(node, rule, best, driver)

    def _form_after(self, node: int, best: int) -> bool:
        """Whether a zero-duration task driven by a link shows at the finish form of its date:
        when the instant the link allows is a finish (a milestone after a task ending Friday
        17:00 shows Friday 17:00; after SS+2d, at the end of the second day, as MS Project's
        DateAdd does), and not when it is a start (after SS from a task starting Monday 08:00).
        Of links that allow the same working time, the latest instant wins: Monday 08:00."""
        bound = max(self._forward_across(src, sf, node, edge) for src, sf, _df, _lag, edge in self.net.preds[node])
        return self.net.calendars[node].finish_instant(best) >= bound

    def _apply_rule(self, node: int, rule: NodeRule, best: int, driver: int) -> None:
        """A task with a constraint, a deadline or progress."""
        duration = self.net.durations[node]
        if rule.status is not None and rule.not_started and rule.status > best:
            best, driver = rule.status, STATUS_DATE
        form = None
        bound = constrained_start(rule.constraint, rule.date, best, duration)
        if bound is not None:
            best, driver, form = bound, CONSTRAINT, rule.date_form
        if rule.actual_start is not None:
            best, driver, form = rule.actual_start, PROGRESS, False
        self.es[node] = best
        self.ef[node] = self._early_finish(rule, best, duration)
        self.drivers[node] = driver
        if form is None:
            form = self._form_after(node, best) if driver >= 0 and not duration else False
        self.finish_form[node] = form

    @staticmethod
    def _early_finish(rule: NodeRule, start: int, duration: int) -> int:
        """Finish after progress: remaining work goes after the status date."""
        if rule.actual_finish is not None:
            return max(start, rule.actual_finish)
        if rule.percent >= 100 or rule.status is None or rule.not_started:
            return start + duration
        done = round(duration * rule.percent / 100)
        return max(start + done, rule.status) + duration - done

    def _forward_elapsed(self, node: int, rule: NodeRule) -> None:
        """An elapsed task, on instants: it runs through nights and weekends (MS Project)."""
        elapsed = rule.elapsed or 0
        start, driver = self.start_instant - 1, PROJECT_START
        for src, src_finish, dst_finish, _lag, edge in self.net.preds[node]:
            bound = self._forward_across(src, src_finish, node, edge)
            if dst_finish:
                bound -= elapsed
            if bound > start:
                start, driver = bound, edge
        if start < self.start_instant or (start == self.start_instant and self.net.edge_links[driver] == STRUCTURAL):
            start, driver = self.start_instant, PROJECT_START
        if rule.status_at is not None and rule.not_started and rule.status_at > start:
            start, driver = rule.status_at, STATUS_DATE
        bound = constrained_start(rule.constraint, rule.date_at, start, elapsed)
        if bound is not None:
            start, driver = bound, CONSTRAINT
        if rule.actual_start_at is not None:
            start, driver = rule.actual_start_at, PROGRESS
        if rule.actual_finish_at is not None:
            finish = max(start, rule.actual_finish_at)
        elif rule.percent >= 100 or rule.status_at is None or rule.not_started:
            finish = start + elapsed
        else:
            done = round(elapsed * rule.percent / 100)
            finish = max(start + done, rule.status_at) + elapsed - done
        calendar = self.net.calendars[node]
        self.exact[node] = (start, finish)
        self.es[node], self.ef[node] = calendar.work_at(start), calendar.work_at(finish)
        self.drivers[node] = driver

    def _roll_up(self, node: int) -> None:
        """A summary spans its children: earliest child start to latest child finish."""
        es, ef, calendars = self.es, self.ef, self.net.calendars
        starts, finishes = [], []
        exact = False
        for src, _sf, _df, lag, _edge in self.net.preds[node]:
            if lag is None:
                starts.append(calendars[node].work_at(self._early_point(src, False)))
                finishes.append(calendars[node].work_at(self._early_point(src, True)))
            else:
                starts.append(es[src])
                finishes.append(ef[src])
            exact = exact or src in self.exact
        gate = self.net.gate[self.net.task_ids[node]]
        es[node] = min(starts)
        ef[node] = max(finishes)
        self.drivers[node], self.finish_form[node] = self.drivers[gate], self.finish_form[gate]
        if exact or es[node] == ef[node]:  # elapsed or only zero-length children: show their own instants
            children = [src for src, *_ in self.net.preds[node]]
            self.exact[node] = (
                min(self._early_point(c, False) for c in children),
                max(self._early_point(c, True) for c in children),
            )
            if es[node] == ef[node]:  # late dates show in the form the early ones have
                self.finish_form[node] = self.exact[node][1] != self.net.calendars[node].start_instant(ef[node])

    # -- backward pass ------------------------------------------------------
    def _find_project_finish(self) -> int:
        """The latest early finish as shown (a milestone at Monday 08:00 is later than Friday 17:00)."""
        net, ef = self.net, self.ef
        floor = self.project_calendar.start_instant(self.project_calendar.work_at(self.start_instant))
        if not ef:
            return floor
        if net.single_calendar:
            last = max(ef)
            nodes = [n for n, value in enumerate(ef) if value == last]
        else:
            nodes = range(len(ef))
        finish = max((self._early_point(n, True) for n in nodes if net.kinds[n] != GATE), default=floor)
        if self.exact:
            finish = max(finish, *(f for _s, f in self.exact.values()))
        return max(finish, floor)

    def backward(self) -> None:
        """Late dates, walking the network backwards and pushing each node's late start or
        finish onto its predecessors (so only `preds` is needed, as in the forward pass)."""
        net, ls, lf, es, ef, rules = self.net, self.ls, self.lf, self.es, self.ef, self.rules
        calendars, preds, elapsed = net.calendars, net.preds, self.elapsed
        self.project_finish = self._find_project_finish()
        if net.single_calendar:
            lf[:] = [self.project_calendar.work_at(self.project_finish)] * len(lf)
        else:
            finish_work = {id(c): c.work_at(self.project_finish) for c in {id(c): c for c in calendars}.values()}
            lf[:] = [finish_work[id(c)] for c in calendars]
        late_at: dict[int, int] = {}  # elapsed node -> latest finish instant its successors allow
        for node in reversed(net.order):
            rule = rules.get(node)
            if rule is not None:
                if rule.elapsed is not None:
                    self._backward_elapsed(node, rule, late_at.get(node, self.project_finish))
                else:
                    lf[node] = rule.constrain_late_finish(lf[node], ef[node] - es[node])
            late_finish = lf[node]
            if node not in elapsed:  # an elapsed task's late start is set on instants
                ls[node] = late_finish - (ef[node] - es[node])
            late_start = ls[node]
            for src, src_finish, dst_finish, lag, edge in preds[node]:
                if lag is None or (elapsed and src in elapsed):
                    bound = self._backward_across(node, late_finish if dst_finish else late_start, dst_finish, edge)
                    if src in elapsed:
                        exact_start, exact_finish = self.exact[src]
                        at = bound if src_finish else bound + exact_finish - exact_start
                        if at < late_at.get(src, at + 1):
                            late_at[src] = at
                    value = calendars[src].work_at(bound)
                else:
                    value = (late_finish if dst_finish else late_start) - lag
                if not src_finish:
                    value += ef[src] - es[src]
                if value < lf[src]:
                    lf[src] = value

    def _backward_elapsed(self, node: int, rule: NodeRule, best: int) -> None:
        """Late dates of an elapsed task, on instants: it may finish as late as Monday 08:00 when
        its successor starts then, so its float runs through the weekend (MS Project's KB 87301).
        `best` is the latest finish its successors (and the project finish) allow."""
        start, finish = self.exact[node]
        span = finish - start
        best = min(best, self.project_finish)
        limit = late_finish_limit(rule.constraint, rule.date_at, span)
        if limit is not None:
            best = min(best, limit)
        if rule.deadline_at is not None:
            best = min(best, rule.deadline_at)
        calendar = self.net.calendars[node]
        self.late_exact[node] = (best - span, best)
        self.lf[node], self.ls[node] = calendar.work_at(best), calendar.work_at(best - span)

    # -- limits that successors put on a task --------------------------------
    def _limits(
        self, node: int, starts: list[int], finishes: list[int], exact: dict[int, tuple[int, int]] | None
    ) -> Iterator[tuple[int, bool]]:
        """(instant, is about the finish) for every latest start or finish the node's successors,
        at the dates in `starts`/`finishes`, allow it. A summary's links bind all its children:
        links out of the summaries the node belongs to count too (a start link only for the
        children that start with the summary)."""
        net = self.net
        holder = node
        while holder is not None:
            owner = None
            for dst, src_finish, dst_finish, _lag, edge in net.succs[holder]:
                if net.edge_links[edge] == STRUCTURAL:
                    if net.kinds[dst] == ROLLUP:
                        owner = dst
                    continue
                if holder != node and not src_finish and starts[node] > starts[holder] and self._same(node, holder):
                    continue
                point = self._latest_point(dst, finishes[dst] if dst_finish else starts[dst], dst_finish, exact)
                yield self._shift(point, net.edge_lags[edge], -1), src_finish
            holder = owner

    def _same(self, node: int, other: int) -> bool:
        return self.net.calendars[node] is self.net.calendars[other]

    # -- placing tasks ------------------------------------------------------
    def place_late_tasks(self) -> None:
        """As Late As Possible tasks move to the latest dates their successors' scheduled dates,
        their deadline and the project finish allow."""
        self.start, self.finish = list(self.es), list(self.ef)
        late = [
            n
            for n, r in self.rules.items()
            if r.constraint is ConstraintType.ALAP and r.not_started and self.net.kinds[n] == LEAF
        ]
        if not late:
            return
        position = {node: i for i, node in enumerate(self.net.order)}
        late.sort(key=position.__getitem__, reverse=True)
        for node in late:
            self._place_late(node, self.rules[node])
        for node in self.net.order:
            if self.net.kinds[node] == ROLLUP:
                self._roll_up_placed(node)

    def _place_late(self, node: int, rule: NodeRule) -> None:
        calendar = self.net.calendars[node]
        span = self.ef[node] - self.es[node]
        finish = calendar.work_at(self.project_finish)
        for instant, about_finish in self._limits(node, self.start, self.finish, None):
            value = calendar.work_at(instant) + (0 if about_finish else span)
            finish = min(finish, value)
        if rule.deadline is not None:
            finish = min(finish, rule.deadline)
        finish = max(finish, self.ef[node])
        self.start[node], self.finish[node] = finish - span, finish
        self.finish_form[node] = True
        self.drivers[node] = CONSTRAINT

    def _roll_up_placed(self, node: int) -> None:
        children = [src for src, *_ in self.net.preds[node]]
        calendar = self.net.calendars[node]
        self.start[node] = min(calendar.work_at(self._instant_placed(c, False)) for c in children)
        self.finish[node] = max(calendar.work_at(self._instant_placed(c, True)) for c in children)

    def _instant_placed(self, node: int, is_finish: bool) -> int:
        calendar = self.net.calendars[node]
        value = self.finish[node] if is_finish else self.start[node]
        return calendar.finish_instant(value) if is_finish else calendar.start_instant(value)

    # -- free float ---------------------------------------------------------
    def free_float_of(self, node: int) -> int:
        """How far the node can slip without moving any successor's early date (nor the project
        finish, nor beyond its total float): working minutes, elapsed ones for elapsed tasks."""
        net, es, ef = self.net, self.es, self.ef
        if net.kinds[node] == GATE:
            return 0
        if node in self.elapsed:
            start, finish = self.exact[node]
            best = min(self.project_finish, self.late_exact[node][1]) - finish
            for instant, about_finish in self._limits(node, es, ef, self.exact):
                best = min(best, instant - (finish if about_finish else start))
            return best
        calendar = net.calendars[node]
        best = min(calendar.work_at(self.project_finish), self.lf[node]) - ef[node]
        for instant, about_finish in self._limits(node, es, ef, self.exact):
            best = min(best, calendar.work_at(instant) - (ef[node] if about_finish else es[node]))
        return best

    def free_float(self) -> list[int]:
        """Free float of every node (the schedule computes it per task, when asked)."""
        return [self.free_float_of(node) for node in range(len(self.es))]


def schedule_at(project: Project, status: datetime) -> Schedule:
    """Schedule with a given status date, leaving the project's own untouched."""
    saved = project.status_date
    project.status_date = status
    try:
        return schedule(project)
    finally:
        project.status_date = saved


__all__ = ["LEAF", "Driver", "Schedule", "compile_calendars", "schedule", "schedule_at"]
