"""After the early dates: late dates (the backward pass), As Late As Possible tasks placed
late, and free float, for schedule.py's passes."""

from __future__ import annotations

from collections.abc import Iterator

from planner.core.model.entities import ConstraintType
from planner.core.schedule.network import GATE, LEAF, ROLLUP
from planner.core.schedule.pass_state import CONSTRAINT, PassState
from planner.core.schedule.rules import NodeRule, late_finish_limit


class LatePasses(PassState):
    """The backward pass and what follows it."""

    # -- backward pass ------------------------------------------------------
    def _find_project_finish(self) -> int:
        """The latest early finish of any task as shown (a milestone at Monday 08:00 is later than
        Friday 17:00). A gate is no task: a summary's start point may lie after all its subtasks
        when their own constraints pull them before it, so the latest value may be only gates'."""
        net, ef, kinds = self.net, self.ef, self.net.kinds
        floor = self.project_calendar.start_instant(self.project_calendar.work_at(self.start_instant))
        if not ef:
            return floor
        nodes = [n for n in _positions(ef, max(ef)) if kinds[n] != GATE] if net.single_calendar else []
        if not nodes:
            nodes = [n for n in range(len(ef)) if kinds[n] != GATE]
        finish = max((self._early_point(n, True) for n in nodes), default=floor)
        if self.exact:
            finish = max(finish, *(f for _s, f in self.exact.values()))
        return max(finish, floor)

    def backward(self) -> None:
        """Late dates, walking the network backwards and pushing each node's late start or
        finish onto its predecessors (so only incoming edges are needed, as in the forward pass)."""
        net, ls, lf, es, ef, rules = self.net, self.ls, self.lf, self.es, self.ef, self.rules
        calendars, elapsed, kinds, up, members = net.calendars, self.elapsed, net.kinds, net.up, net.members
        links = net.links
        link_first, link_src, link_lag = links.first, links.src, links.lag
        src_finishes, dst_finishes = links.src_finish, links.dst_finish
        self.project_finish = self._find_project_finish()
        if net.single_calendar:
            lf[:] = [self.project_calendar.work_at(self.project_finish)] * len(lf)
        else:
            finish_work = {id(c): c.work_at(self.project_finish) for c in set(calendars)}
            lf[:] = [finish_work[id(c)] for c in calendars]
        plain = net.single_calendar and not elapsed  # structural edges are then plain integer pushes
        late_at: dict[int, int] = {}  # elapsed node -> latest finish instant its successors allow
        for node in reversed(net.order):
            rule = rules.get(node) if rules else None
            if rule is not None:
                if rule.elapsed is not None:
                    self._backward_elapsed(node, rule, late_at.get(node, self.project_finish))
                else:
                    lf[node] = rule.constrain_late_finish(lf[node], ef[node] - es[node])
            late_finish = lf[node]
            if not elapsed or node not in elapsed:  # an elapsed task's late start is set on instants
                ls[node] = late_finish - (ef[node] - es[node])
            late_start = ls[node]
            if not plain:
                for src, src_finish, dst_finish, lag, edge in net.incoming(node):
                    if lag is None or (elapsed and src in elapsed):
                        value = self._backward_slow(node, src, src_finish, dst_finish, edge, late_start, late_at)
                    else:
                        value = (late_finish if dst_finish else late_start) - lag
                    self._push_late(src, value, src_finish)
                continue
            if kinds[node] == ROLLUP:
                for child in members[node]:  # each child finishes by its summary's late finish
                    if late_finish < lf[child]:
                        lf[child] = late_finish
                continue
            gate = up[node]
            if gate >= 0 and late_start < lf[gate]:  # the gate is a point before every child
                lf[gate] = late_start
            edge, last = link_first[node], link_first[node + 1]
            while edge < last:
                src, lag, dst_finish = link_src[edge], link_lag[edge], dst_finishes[edge]
                if lag is None:
                    value = self._backward_slow(node, src, src_finishes[edge], dst_finish, edge, late_start, late_at)
                else:
                    value = (late_finish if dst_finish else late_start) - lag
                if not src_finishes[edge]:
                    value += ef[src] - es[src]
                if value < lf[src]:
                    lf[src] = value
                edge += 1

    def _push_late(self, src: int, value: int, src_finish: bool) -> None:
        """Bound a source's late finish by what one edge allows (`value` bounds its start or finish)."""
        if not src_finish:
            value += self.ef[src] - self.es[src]
        if value < self.lf[src]:
            self.lf[src] = value

    def _backward_slow(
        self, node: int, src: int, src_finish: bool, dst_finish: bool, edge: int, late_start: int, late_at: dict
    ) -> int:
        """The late bound one edge across calendars, or out of an elapsed task, puts on its source
        (a work offset of the source's calendar); an elapsed source also gets it as an instant."""
        bound = self._backward_across(node, self.lf[node] if dst_finish else late_start, dst_finish, edge)
        if src in self.elapsed:
            exact_start, exact_finish = self.exact[src]
            at = bound if src_finish else bound + exact_finish - exact_start
            if at < late_at.get(src, at + 1):
                late_at[src] = at
        return self.net.calendars[src].work_at(bound)

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
        holder: int | None = node
        while holder is not None:
            for dst, src_finish, dst_finish, _lag, edge in net.links.outgoing(holder):
                if holder != node and not src_finish and starts[node] > starts[holder] and self._same(node, holder):
                    continue
                point = self._latest_point(dst, finishes[dst] if dst_finish else starts[dst], dst_finish, exact)
                yield self._shift(point, net.edge_lags[edge], -1), src_finish
            holder = net.owner(holder)

    def _same(self, node: int, other: int) -> bool:
        return self.net.calendars[node] is self.net.calendars[other]

    # -- placing tasks ------------------------------------------------------
    def place_late_tasks(self) -> None:
        """As Late As Possible tasks move to the latest dates their successors' scheduled dates,
        their deadline and the project finish allow."""
        self.start, self.finish = self.es, self.ef  # the early dates, unless a task moves late
        late = [
            n
            for n, r in self.rules.items()
            if r.constraint is ConstraintType.ALAP and r.not_started and self.net.kinds[n] == LEAF
        ]
        if not late:
            return
        self.start, self.finish = list(self.es), list(self.ef)
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
        children = self.net.members[node]
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


def _positions(values: list[int], value: int) -> list[int]:
    """Where `value` is in `values`: list.index scans in C, faster than a loop over them all."""
    found: list[int] = []
    index = -1
    try:
        while True:
            index = values.index(value, index + 1)
            found.append(index)
    except ValueError:
        return found
