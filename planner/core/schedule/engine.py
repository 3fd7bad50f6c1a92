"""The critical path method on integer work offsets, with MS Project's semantics.

`schedule(project)` compiles the project (compiled.py: outline, calendars, network) and
`run`s the passes on it: a forward pass (early dates), a
backward pass (late dates), places As-Late-As-Possible tasks and rolls summaries
up. Values live in each node's own calendar as work offsets (see worktime.py);
crossing to another calendar, or an elapsed lag, goes through an instant.

Elapsed tasks (`3ed`) ignore calendars: they start the instant their links allow
(Friday 17:00 after a task ending then) and their dates are kept as instants in
`exact` (early) and `late_exact` (late); their floats are in elapsed minutes.

The run's state and its instant helpers are in pass_state.py, the passes after the
forward one in late.py.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from planner.core.model.entities import ConstraintType, Project
from planner.core.model.wbs import Outline
from planner.core.schedule.compiled import Compiled, calendar_years, compile_calendars, compile_project
from planner.core.schedule.late import LatePasses
from planner.core.schedule.network import LEAF, ROLLUP, STRUCTURAL
from planner.core.schedule.pass_state import CONSTRAINT, MANUAL, PROGRESS, PROJECT_START, STATUS_DATE
from planner.core.schedule.result import Driver, LazyFloats, Schedule
from planner.core.schedule.rules import NodeRule, constrained_start

EARLY_CONSTRAINTS = (ConstraintType.SNET, ConstraintType.MSO)  # dates that may lie before the project start


def schedule(project: Project, outline: Outline | None = None) -> Schedule:
    """Schedule the whole project from scratch; raises CycleError naming the tasks of a loop."""
    with _no_collection():
        return run(project, compile_project(project, outline))


def run(project: Project, compiled: Compiled) -> Schedule:
    """The passes over a compiled project (compiled.py), which must be compiled from this
    project as it is now: a Scheduler keeps it so across edits."""
    net = compiled.net
    with _no_collection():
        passes = _Passes(net, project, compiled.calendars[project.calendar_id], compiled.rules(project))
        passes.forward()
        passes.backward()
        passes.place_late_tasks()
    return Schedule(
        project=project,
        outline=compiled.outline,
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


@contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector off for a run: it allocates many acyclic objects, and a collection
    in its middle would walk them for nothing."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class _Passes(LatePasses):
    """One scheduling run: the forward pass here, the rest in late.py and pass_state.py."""

    # -- forward pass -------------------------------------------------------
    def forward(self) -> None:
        """Early dates, walking the network in topological order and taking, for each node, the
        latest date its incoming edges allow. Rules, elapsed tasks, other calendars and summaries
        of zero length leave the plain integer loop for a method of their own."""
        net, es, ef, rules, exact = self.net, self.es, self.ef, self.rules, self.exact
        kinds, durations, calendars = net.kinds, net.durations, net.calendars
        drivers, finish_form, edge_links = self.drivers, self.finish_form, net.edge_links
        gate_of, task_ids, up, members = net.gate, net.task_ids, net.up, net.members
        links = net.links
        link_first, link_src, link_lag = links.first, links.src, links.lag
        src_finishes, dst_finishes = links.src_finish, links.dst_finish
        delays = self.delays
        first = self.project_calendar.work_at(self.start_instant)
        floors = None if net.single_calendar else {id(c): c.work_at(self.start_instant) for c in set(calendars)}
        for node in net.order:
            if kinds[node] == ROLLUP:
                children = members[node]
                if floors is None and not exact:  # every child's dates are work offsets of one calendar
                    start, finish = min(map(es.__getitem__, children)), max(map(ef.__getitem__, children))
                    if start != finish:
                        gate = gate_of[task_ids[node]]
                        es[node], ef[node] = start, finish
                        drivers[node], finish_form[node] = drivers[gate], finish_form[gate]
                        continue
                self._roll_up(node)
                continue
            rule = rules.get(node) if rules else None
            if rule is not None and rule.elapsed is not None:
                self._forward_elapsed(node, rule)
                continue
            duration = durations[node]
            floor = first if floors is None else floors[id(calendars[node])]
            if rule is not None and rule.date < floor and rule.constraint in EARLY_CONSTRAINTS and rule.manual is None:
                self._forward_before_start(node, rule, floor)
                continue
            best = floor - 1  # a link that allows just the project start drives (explains) the task
            driver = PROJECT_START
            gate = up[node]
            if gate >= 0:  # the summary's gate, a point: its structural edge comes first
                if floors is None or calendars[gate] is calendars[node]:
                    best, driver = ef[gate], 0
                else:
                    best, driver = calendars[node].work_at(self._forward_across(gate, True, node, 0)), 0
            edge, last = link_first[node], link_first[node + 1]
            while edge < last:  # the node's links, by index: no object per link
                src, lag = link_src[edge], link_lag[edge]
                if lag is None:
                    value = calendars[node].work_at(self._forward_across(src, src_finishes[edge], node, edge))
                else:
                    value = (ef[src] if src_finishes[edge] else es[src]) + lag
                if dst_finishes[edge]:
                    value -= duration
                if value > best:
                    best = value
                    driver = edge
                edge += 1
            if best <= floor and (best < floor or edge_links[driver] == STRUCTURAL):
                if gate >= 0 and gate in self.before_start:  # a summary a constraint put before the start
                    self.before_start.add(node)
                else:
                    best = floor  # a summary that starts at the project start passes on the project start
                    driver = PROJECT_START
            delay = delays.get(node, 0) if delays else 0
            if rule is None:
                best += delay
                es[node] = best
                ef[node] = best + duration
                if driver != PROJECT_START:
                    drivers[node] = driver
                    if not duration:
                        finish_form[node] = self._form_after(node, best)
                    elif driver > 0 and dst_finishes[driver] and not src_finishes[driver]:
                        self._pin_start_to_finish(node, driver)
            else:
                self._apply_rule(node, rule, best, driver, delay)

    def _forward_before_start(self, node: int, rule: NodeRule, floor: int) -> None:
        """A task whose Start No Earlier Than or Must Start On date lies before the project start:
        MS Project moves it back to that date (it schedules no other task before the project start),
        and its subtasks, if it is a summary, with it. Its links count as for any task; its summary's
        start only where the summary starts after the project start or was itself moved before it."""
        es, ef, duration = self.es, self.ef, self.net.durations[node]
        calendar = self.net.calendars[node]
        best, driver = rule.date - 1, PROJECT_START
        for src, src_finish, dst_finish, lag, edge in self.net.incoming(node):
            if lag is None:
                value = calendar.work_at(self._forward_across(src, src_finish, node, edge))
            else:
                value = (ef[src] if src_finish else es[src]) + lag
            if dst_finish:
                value -= duration
            if edge == 0 and value <= floor and src not in self.before_start:
                continue  # the summary's start is the project start, which does not bind this task
            if value > best:
                best, driver = value, edge
        self.before_start.add(node)
        delay = self.delays.get(node, 0) if self.delays else 0
        self._apply_rule(node, rule, best, driver, delay)

    def _pin_start_to_finish(self, node: int, edge: int) -> None:
        """A task whose finish a Start-to-Finish link sets finishes at the instant its predecessor
        starts, as MS Project shows it (Monday 08:00, not Friday 17:00: the same working time)."""
        links, calendar = self.net.links, self.net.calendars[node]
        src, lag = links.src[edge], links.lag[edge]
        if lag:  # a lag ends at the finish form of its last minute, which the plain finish shows
            return
        instant = self._forward_across(src, False, node, edge) if lag is None else self._early_point(src, False)
        ef = self.ef[node]
        if instant == calendar.start_instant(ef) and instant != calendar.finish_instant(ef):
            self.exact[node] = (calendar.start_instant(self.es[node]), instant)

    def _form_after(self, node: int, best: int) -> bool:
        """Whether a zero-duration task driven by a link shows at the finish form of its date:
        when the instant the link allows is a finish (a milestone after a task ending Friday
        17:00 shows Friday 17:00; after SS+2d, at the end of the second day, as MS Project's
        DateAdd does), and not when it is a start (after SS from a task starting Monday 08:00).
        Of links that allow the same working time, the latest instant wins: Monday 08:00.
        Never a finish before the project start (a lead onto the start): MS Project schedules
        no task before it, so the milestone shows at the start, Monday 08:00, not Friday 17:00."""
        net = self.net
        calendar = net.calendars[node]
        if calendar.finish_instant(best) < self.start_instant:
            return False
        if net.single_calendar and not self.exact:
            starts = self._start_form_at(node, best)
            if starts is not None:  # a start at the same instant as the finish (no break) shows as the finish
                return not starts or calendar.finish_instant(best) == calendar.start_instant(best)
        bound = max(self._forward_across(src, sf, node, edge) for src, sf, _df, _lag, edge in net.incoming(node))
        return calendar.finish_instant(best) >= bound

    def _start_form_at(self, node: int, best: int) -> bool | None:
        """Whether an edge that allows `best` (a work offset) allows it at its start form, without
        instants: only an edge with no lag from a start can (a lag ends at a finish form, and a
        zero-length source is in its own form); None when an edge needs instants after all.
        Edges that allow less give earlier instants, so they do not count."""
        es, ef, finish_form, links = self.es, self.ef, self.finish_form, self.net.links
        gate = self.net.up[node]  # a point, in its own form
        found = gate >= 0 and ef[gate] == best and not finish_form[gate]
        for edge in range(links.first[node], links.first[node + 1]):
            src, src_finish, lag = links.src[edge], links.src_finish[edge], links.lag[edge]
            if lag is None:
                return None
            if not lag and (ef[src] if src_finish else es[src]) == best:
                found = found or not (finish_form[src] if es[src] == ef[src] else src_finish)
        return found

    def _apply_rule(self, node: int, rule: NodeRule, best: int, driver: int, delay: int = 0) -> None:
        """A task with a constraint, a deadline or progress; a levelling delay counts from the
        start its links and constraint allow."""
        duration = self.net.durations[node]
        if rule.status is not None and rule.not_started and rule.status > best:
            best, driver = rule.status, STATUS_DATE
        form = None
        bound = constrained_start(rule.constraint, rule.date, best, duration)
        if bound is not None and (bound > best or self.project.honour_constraints):
            best, driver, form = bound, CONSTRAINT, rule.date_form
        if delay:
            best, form = best + delay, None
        if rule.manual is not None:
            best, driver, form = rule.manual, MANUAL, False
        if rule.actual_start is not None:
            best, driver, form = rule.actual_start, PROGRESS, False
        self.es[node] = best
        self.ef[node] = self._early_finish(rule, best, duration)
        self.drivers[node] = driver
        if form is None:
            form = self._form_after(node, best) if driver >= 0 and not duration else False
        self.finish_form[node] = form
        if driver > 0 and duration and self.net.links.dst_finish[driver] and not self.net.links.src_finish[driver]:
            self._pin_start_to_finish(node, driver)
        self._pin_kept_instants(node, rule, driver)

    def _pin_kept_instants(self, node: int, rule: NodeRule, driver: int) -> None:
        """An actual start, actual finish or manual start outside working time (a Saturday, 07:00)
        is kept as typed, as MS Project keeps it; the work still runs in working time."""
        start = rule.actual_start_at if driver == PROGRESS else rule.manual_at if driver == MANUAL else None
        finish = rule.actual_finish_at
        if start is None and finish is None:
            return
        calendar = self.net.calendars[node]
        es, ef = self.es[node], self.ef[node]
        shown_start = calendar.start_instant(es)
        shown_finish = calendar.finish_instant(ef) if es != ef or self.finish_form[node] else shown_start
        if start is not None and start != shown_start and calendar.work_at(start) == es:
            shown_start = start
            if es == ef and finish is None:
                shown_finish = start
        if finish is not None and finish != shown_finish and calendar.work_at(finish) == ef and finish >= shown_start:
            shown_finish = finish
        if (shown_start, shown_finish) != (calendar.start_instant(es), calendar.finish_instant(ef)):
            self.exact[node] = (shown_start, shown_finish)

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
        for src, src_finish, dst_finish, _lag, edge in self.net.incoming(node):
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
        if bound is not None and (bound > start or self.project.honour_constraints):
            start, driver = bound, CONSTRAINT
        if rule.manual_at is not None:
            start, driver = rule.manual_at, MANUAL
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
        for src, _sf, _df, lag, _edge in self.net.incoming(node):
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
            children = self.net.members[node]
            self.exact[node] = (
                min(self._early_point(c, False) for c in children),
                max(self._early_point(c, True) for c in children),
            )
            if es[node] == ef[node]:  # late dates show in the form the early ones have
                self.finish_form[node] = self.exact[node][1] != self.net.calendars[node].start_instant(ef[node])


__all__ = ["LEAF", "Driver", "Schedule", "calendar_years", "compile_calendars", "run", "schedule"]
