"""MSPDI predecessor links: every type, lags in every LagFormat, and links that cannot be carried."""

from __future__ import annotations

import pytest

from planner.core.errors import InputError
from planner.core.model.duration import Lag
from planner.core.model.entities import LinkType
from tests.exchange.mspdi.snippets import link as pred
from tests.exchange.mspdi.snippets import project_xml, read, task


@pytest.mark.parametrize(("code", "kind"), [(0, LinkType.FF), (1, LinkType.FS), (2, LinkType.SF), (3, LinkType.SS)])
def test_every_link_type(tmp_path, code, kind) -> None:
    project = read(tmp_path, project_xml(task(1) + task(2, extra=pred(1, code)))).project
    (found,) = project.links.values()
    assert (found.predecessor_id, found.successor_id, found.type) == (1, 2, kind)


@pytest.mark.parametrize(
    ("lag", "lag_format", "expected"),
    [
        (4800, 7, Lag(480, "m")),  # +1d: tenths of a minute of working time
        (-2400, 5, Lag(-240, "m")),  # a lead of 4h
        (43200, 8, Lag(4320, "em")),  # +3ed
        (6000, 6, Lag(600, "em")),  # +10eh
        (50, 19, Lag(50, "%")),  # +50% of the predecessor
        (25, 20, Lag(25, "%")),  # elapsed percent
        (14400, 9, Lag(1440, "m")),  # shown in weeks, kept in minutes
    ],
)
def test_lags_in_every_lag_format(tmp_path, lag, lag_format, expected) -> None:
    project = read(tmp_path, project_xml(task(1) + task(2, extra=pred(1, 1, lag, lag_format)))).project
    (found,) = project.links.values()
    assert found.lag == expected


def test_a_link_to_a_task_the_file_does_not_have_is_refused(tmp_path) -> None:
    with pytest.raises(InputError, match=r'plan\.xml: task 2 "Build" has a predecessor link to task UID 7, which'):
        read(tmp_path, project_xml(task(1) + task(2, "Build", extra=pred(7))))


def test_links_to_other_projects_and_external_tasks_are_named(tmp_path) -> None:
    cross = pred(1).replace("</PredecessorUID>", "</PredecessorUID><CrossProject>1</CrossProject>")
    external = task(3, extra="<ExternalTask>1</ExternalTask>")
    found = read(tmp_path, project_xml(task(1) + external + task(2, extra=cross + pred(3))))
    assert found.project.links == {}
    assert "2 links to other projects (left out)" in found.not_carried
    assert "1 external task (left out; their links too)" in found.not_carried
