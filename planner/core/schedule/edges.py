"""The network's links: read from the project as numpy columns, kept per destination node.

A project of 100,000 tasks has ~150,000 links. Each pass over the Link objects costs a
few milliseconds, touching them (or any Python object) in random order a cache miss
each, and every object the run keeps is one more for the garbage collector to walk
and to free. So each field is read once, in one sweep, into numpy; the links are
sorted by destination there; and the passes get plain lists (LinkTable), no object
per link.

Edge 0 stands for every structural edge (gate -> child, child -> rollup), which the
network keeps as `up` and `members`; links are edges 1, 2, ... grouped by destination,
and within a node by link id: of two links that allow the same date, the first drives.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

import numpy as np

from planner.core.model.duration import Lag
from planner.core.model.entities import Link, LinkType, Project, Task

# (source point is the finish, destination point is the finish)
LINK_POINTS = {
    LinkType.FS: (True, False),
    LinkType.SS: (False, False),
    LinkType.FF: (True, True),
    LinkType.SF: (False, True),
}
_CODES = {kind: code for code, kind in enumerate(LINK_POINTS)}
_SRC_FINISH = np.array([points[0] for points in LINK_POINTS.values()])
_DST_FINISH = np.array([points[1] for points in LINK_POINTS.values()])
STRUCTURAL = -1  # the link id of edge 0, which every gate->child and child->rollup edge shares
_NO_LAG = Lag()
SLOW = int(np.iinfo(np.int64).min)  # in the lag column: no lag in work minutes, the edge goes through instants

_PREDECESSOR, _SUCCESSOR, _TYPE, _LAG = (attrgetter(name) for name in ("predecessor_id", "successor_id", "type", "lag"))
_LAG_AMOUNT = attrgetter("lag.amount")


def task_label(task: Task) -> str:
    return f"{task.id} '{task.name}'"


@dataclass
class _Columns:
    """Links as parallel numpy arrays, in link id order; `lag` is in work minutes, or SLOW."""

    src: np.ndarray
    dst: np.ndarray
    src_finish: np.ndarray
    dst_finish: np.ndarray
    lag: np.ndarray
    link_ids: np.ndarray
    lags: dict[int, Lag]  # by index, for the links with a lag (a % lag made absolute)


class EdgeLags(dict[int, Lag]):
    """Edge index -> the lag of its link; edges without one (most, and the structural edge 0)
    are not stored and have none."""

    def __missing__(self, edge: int) -> Lag:
        return _NO_LAG


@dataclass
class LinkTable:
    """Each node's incoming links, in compressed rows of plain lists: node n's are at positions
    first[n] to first[n + 1] - 1, by link id, and a link's position is its edge index (edge 0
    stands for the structural edges, so position 0 holds no link). The passes index the
    columns; a list of 150,000 tuples would cost more to build, to collect and to free."""

    first: list[int] = field(default_factory=lambda: [1])
    src: list[int] = field(default_factory=lambda: [-1])
    src_finish: list[bool] = field(default_factory=lambda: [True])
    dst_finish: list[bool] = field(default_factory=lambda: [False])
    lag: list[int | None] = field(default_factory=lambda: [0])  # work minutes, or None: through instants
    link_ids: Sequence[int] = field(default_factory=lambda: [STRUCTURAL])  # per edge: the link's id
    lags: EdgeLags = field(default_factory=lambda: EdgeLags())  # per edge: the link's lag
    forward: bool = True  # every link runs from a lower node to a higher one
    ends: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)  # (src, dst) per link edge
    _out: tuple[list[int], list[int], list[int]] | None = field(default=None, repr=False)

    def entries(self, node: int) -> list[tuple[int, bool, bool, int | None, int]]:
        """A node's incoming links as (src, src is F, dst is F, lag or None, edge) tuples."""
        return [
            (self.src[edge], self.src_finish[edge], self.dst_finish[edge], self.lag[edge], edge)
            for edge in range(self.first[node], self.first[node + 1])
        ]

    def outgoing(self, node: int) -> list[tuple[int, bool, bool, int | None, int]]:
        """A node's outgoing links as (dst, src is F, dst is F, lag or None, edge) tuples. The
        index by source is built when first asked for (free float, As Late As Possible tasks)."""
        if self._out is None:
            src, dst = self.ends if self.ends is not None else (np.zeros(0, np.int64), np.zeros(0, np.int64))
            order = _stable_order(src)
            first = np.concatenate(([0], np.cumsum(np.bincount(src, minlength=len(self.first) - 1))))
            self._out = (first.tolist(), (order + 1).tolist(), dst[order].tolist())
        first, edges, dsts = self._out
        a, b = first[node], first[node + 1]
        return [
            (dst, self.src_finish[edge], self.dst_finish[edge], self.lag[edge], edge)
            for dst, edge in zip(dsts[a:b], edges[a:b], strict=True)
        ]


class NodeTable:
    """Task id -> node for many ids at once: a dense array indexed by id (database ids are
    dense), or a dict when the ids are too sparse for one."""

    def __init__(self, ids: np.ndarray, nodes: np.ndarray) -> None:
        self.table: np.ndarray | None = None
        self.mapping: dict[int, int] = {}
        if len(ids) and (ids.min() < 0 or ids.max() > 4 * len(ids) + 1024):
            self.mapping = dict(zip(ids.tolist(), nodes.tolist(), strict=True))
        else:
            self.table = np.full(int(ids.max(initial=-1)) + 1, -1, np.int64)
            self.table[ids] = nodes

    def with_nodes(self, ids: np.ndarray, nodes: np.ndarray) -> NodeTable:
        """This table with the given ids mapped to other nodes."""
        changed = NodeTable(ids[:0], nodes[:0])
        if self.table is None:
            changed.table, changed.mapping = None, self.mapping | dict(zip(ids.tolist(), nodes.tolist(), strict=True))
        else:
            changed.table = self.table.copy()
            changed.table[ids] = nodes
        return changed

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        """The node of each id, -1 for ids that are no task."""
        table = self.table
        if table is None:
            get = self.mapping.get
            return np.fromiter((get(i, -1) for i in ids.tolist()), np.int64, len(ids))
        inside = (ids >= 0) & (ids < len(table))
        return np.where(inside, table[np.where(inside, ids, 0)], -1)


def link_table(
    project: Project,
    size: int,
    start_of: NodeTable,
    end_of: NodeTable,
    summaries: dict[int, int],  # by task id
    calendar_index: np.ndarray | None,
    warnings: list[str],
) -> LinkTable:
    """The links that can be scheduled (the others each get a warning), per destination node."""
    columns = _link_columns(project, start_of, end_of, summaries, calendar_index, warnings)
    return _compress(columns, size)


def _link_columns(
    project: Project,
    start_of: NodeTable,
    end_of: NodeTable,
    summaries: dict[int, int],
    calendar_index: np.ndarray | None,
    warnings: list[str],
) -> _Columns:
    """The links, in id order, less those that cannot be scheduled (each with a warning)."""
    links = project.links
    ids = np.fromiter(links, np.int64, len(links))
    values = list(links.values())
    if (ids[1:] < ids[:-1]).any():  # not as loaded
        order = np.argsort(ids, kind="stable")
        ids, values = ids[order], [values[i] for i in order.tolist()]
    count = len(values)
    pred = np.fromiter(map(_PREDECESSOR, values), np.int64, count)
    succ = np.fromiter(map(_SUCCESSOR, values), np.int64, count)
    codes = np.fromiter(map(_CODES.__getitem__, map(_TYPE, values)), np.int8, count)
    src, dst = end_of(pred), start_of(succ)
    src_finish, dst_finish = _SRC_FINISH[codes], _DST_FINISH[codes]
    bad = (src < 0) | (dst < 0) | (pred == succ)
    finishing = np.flatnonzero(dst_finish)
    bad[finishing] |= np.isin(succ[finishing], np.fromiter(summaries, np.int64, len(summaries)))
    if bad.any():
        _warn(project.tasks, [(int(ids[i]), values[i]) for i in np.flatnonzero(bad).tolist()], warnings)
        keep = ~bad
        values = list(compress(values, keep.tolist()))
        ids, pred, src, dst = ids[keep], pred[keep], src[keep], dst[keep]
        src_finish, dst_finish = src_finish[keep], dst_finish[keep]
    lag, lags, project_only = _lag_minutes(project.tasks, values, pred)
    if calendar_index is not None:  # a working lag counts the project calendar; other calendars go through instants
        lag[(calendar_index[src] != calendar_index[dst]) | (project_only & (calendar_index[src] != 0))] = SLOW
    return _Columns(src, dst, src_finish, dst_finish, lag, ids, lags)


def _lag_minutes(
    tasks: dict[int, Task], links: list[Link], pred: np.ndarray
) -> tuple[np.ndarray, dict[int, Lag], np.ndarray]:
    """Each link's lag in working minutes (SLOW for elapsed ones), the lags there are by link
    index (a % lag made absolute: a share of its predecessor's duration), and which are
    working lags other than zero. Most links have none, so only those with one are looked at,
    each once."""
    lags: dict[int, Lag] = {}
    working: list[int] = []
    minutes: list[int] = []
    for index in compress(range(len(links)), map(_LAG_AMOUNT, links)):
        value = links[index].lag
        if value.unit == "%":
            duration = tasks[int(pred[index])].duration
            value = Lag(round(duration.minutes * value.amount / 100), "em" if duration.elapsed else "m")
            if not value.amount:
                continue
        lags[index] = value
        if value.unit == "m":
            working.append(index)
            minutes.append(int(value.amount))
    lag = np.zeros(len(links), np.int64)
    lag[list(lags)] = SLOW
    lag[working] = minutes
    project_only = np.zeros(len(links), bool)
    project_only[working] = True
    return lag, lags, project_only


def _warn(tasks: dict[int, Task], ignored: list[tuple[int, Link]], warnings: list[str]) -> None:
    """Say why each (link id, link) the network leaves out is left out."""
    for link_id, link in ignored:
        pred, succ = link.predecessor_id, link.successor_id
        if pred not in tasks or succ not in tasks or pred == succ:
            warnings.append(f"link {link_id} ignored: it does not join two different tasks")
        else:
            warnings.append(
                f"link {link_id} ignored: a summary task ({task_label(tasks[succ])}) cannot be the successor "
                f"of a {LinkType(link.type).value} link; only FS and SS links may end on a summary"
            )


def _compress(links: _Columns, size: int) -> LinkTable:
    """Sort the links by destination (stably: by id within a node) into a LinkTable."""
    order = _stable_order(links.dst)

    def column(values: np.ndarray, edge_zero: object) -> list:
        return np.concatenate(([edge_zero], values[order])).tolist()

    lag = column(links.lag, 0)
    for edge in (np.flatnonzero(links.lag[order] == SLOW) + 1).tolist():
        lag[edge] = None
    position = np.empty(len(order), np.int64)
    position[order] = np.arange(1, len(order) + 1)  # link index -> edge index
    return LinkTable(
        first=np.concatenate(([1], np.cumsum(np.bincount(links.dst, minlength=size)) + 1)).tolist(),
        src=column(links.src, -1),
        src_finish=column(links.src_finish, True),
        dst_finish=column(links.dst_finish, False),
        lag=lag,
        link_ids=array("q", np.concatenate(([STRUCTURAL], links.link_ids[order])).tobytes()),
        lags=EdgeLags(zip(position[list(links.lags)].tolist(), links.lags.values(), strict=True)),
        forward=bool((links.src < links.dst).all()),
        ends=(links.src[order], links.dst[order]),
    )


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """The stable argsort of non-negative keys below 2**32, as two radix passes of 16 bits
    (numpy radix-sorts 16-bit keys; wider ones go through a merge sort, several times slower)."""
    order = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    return order[np.argsort((keys[order] >> 16).astype(np.uint16), kind="stable")]
