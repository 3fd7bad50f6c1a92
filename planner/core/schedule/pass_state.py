"""The state of one scheduling run, and the instants its work offsets stand for.

The passes (schedule.py: forward; late.py: backward, As Late As Possible, free float)
keep dates as work offsets of each node's calendar; where a link crosses calendars or
has an elapsed lag, or a task is elapsed, they go through instants (minutes since the
worktime EPOCH) with the helpers here.
"""

from __future__ import annotations

from planner.core.model.duration import Lag
from planner.core.model.entities import Project
from planner.core.schedule.levelling import node_delays
from planner.core.schedule.network import Network
from planner.core.schedule.result import Driver
from planner.core.schedule.rules import NodeRule, node_rules
from planner.core.schedule.worktime import WorkTime, to_abs

PROJECT_START, CONSTRAINT, PROGRESS, STATUS_DATE, MANUAL = (int(d) for d in Driver)


class PassState:
    """The state of one scheduling run; each pass fills its arrays."""

    def __init__(
        self, net: Network, project: Project, project_calendar: WorkTime, rules: dict[int, NodeRule] | None = None
    ) -> None:
        size = len(net.task_ids)
        self.net = net
        self.project = project
        self.project_calendar = project_calendar
        self.start_instant = to_abs(project.start)
        self.rules: dict[int, NodeRule] = node_rules(project, net) if rules is None else rules  # read only
        self.elapsed = {node for node, rule in self.rules.items() if rule.elapsed is not None}
        self.delays = node_delays(project, net)  # levelling delays, by node
        self.es = [0] * size
        self.ef = [0] * size
        self.ls = [0] * size
        self.lf = [0] * size
        self.drivers: list[int] = [PROJECT_START] * size
        self.finish_form = [False] * size
        # early (start, finish) instants of elapsed tasks, and of tasks whose dates are instants other
        # than the forms of their work offsets (engine.py `_pin`: an actual start on a Saturday)
        self.exact: dict[int, tuple[int, int]] = {}
        self.before_start: set[int] = set()  # nodes a constraint put before the project start
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
