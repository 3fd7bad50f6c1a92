"""The defect log's figures as a PM reads them: open by severity, found vs closed over time, ageing."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from planner.core.model.factory import new_project
from planner.core.quality.entities import Defect, DefectKind, DefectStatus, Severity
from planner.core.quality.metrics import (
    ALL_KINDS,
    age_bucket,
    ageing,
    defect_counts,
    open_by_severity,
    quality_figures,
    status_day,
    weekly_counts,
)

S = DefectStatus


def _log(*defects: Defect):
    project = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    project.defects = {d.id: d for d in defects}
    return project


@pytest.fixture
def project():
    return _log(
        Defect(1, "Payment API times out", severity=Severity.CRITICAL, status=S.IN_PROGRESS, found=date(2027, 3, 1)),
        Defect(2, "SSO redirect loop", severity=Severity.MAJOR, status=S.NEW, found=date(2027, 3, 20)),
        Defect(
            3, "Contrast too low", severity=Severity.MINOR, status=S.FIXED,
            found=date(2027, 3, 2), fixed=date(2027, 3, 10),
        ),
        Defect(
            4, "Duplicate accounts", severity=Severity.MAJOR, status=S.CLOSED,
            found=date(2027, 3, 3), fixed=date(2027, 3, 5), closed=date(2027, 3, 8),
        ),
        Defect(5, "Vendor late", DefectKind.ISSUE, Severity.CRITICAL, status=S.NEW, found=date(2027, 3, 1)),
        Defect(6, "Add SMS notice", DefectKind.CHANGE_REQUEST, status=S.TRIAGED, found=date(2027, 3, 4)),
    )  # fmt: skip


def test_open_by_severity_counts_open_defects_worst_first_with_zeros(project):
    counts = open_by_severity(project)
    assert list(counts) == [Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.TRIVIAL]
    assert counts == {Severity.CRITICAL: 1, Severity.MAJOR: 1, Severity.MINOR: 0, Severity.TRIVIAL: 0}
    assert open_by_severity(project, ALL_KINDS)[Severity.CRITICAL] == 2  # the issue too, when asked


def test_counts_as_of_a_day_follow_the_dates(project):
    before = defect_counts(project, date(2027, 2, 28))
    assert (before.found, before.closed, before.open) == (0, 0, 0)
    mid = defect_counts(project, date(2027, 3, 6))  # D1, D3, D4 found; D4 fixed on the 5th
    assert (mid.found, mid.closed, mid.open) == (3, 1, 2)
    late = defect_counts(project, date(2027, 3, 31))
    assert (late.found, late.closed, late.open) == (4, 2, 2)


def test_a_reopened_defect_is_open_whatever_it_was(project):
    project.defects[4].status = S.REOPENED
    project.defects[4].fixed = project.defects[4].closed = None
    assert defect_counts(project, date(2027, 3, 31)).open == 3
    assert open_by_severity(project)[Severity.MAJOR] == 2


def test_an_undated_defect_is_found_on_any_day_and_aged_zero():
    project = _log(Defect(1, "No date", severity=Severity.MAJOR))
    assert defect_counts(project, date(2000, 1, 1)).open == 1
    assert ageing(project, date(2027, 5, 1))["0-7"][Severity.MAJOR] == 1


@pytest.mark.parametrize(("age", "label"), [(0, "0-7"), (7, "0-7"), (8, "8-30"), (30, "8-30"), (31, "31-90"),
                                            (90, "31-90"), (91, ">90"), (400, ">90")])  # fmt: skip
def test_age_buckets_have_their_edges_inside(age, label):
    assert age_bucket(age) == label


def test_ageing_puts_each_open_defect_in_its_bucket_by_severity(project):
    buckets = ageing(project, date(2027, 4, 5))
    assert list(buckets) == ["0-7", "8-30", "31-90", ">90"]
    assert buckets["8-30"] == {Severity.CRITICAL: 0, Severity.MAJOR: 1, Severity.MINOR: 0, Severity.TRIVIAL: 0}
    assert buckets["31-90"][Severity.CRITICAL] == 1  # D1, 35 days
    assert sum(sum(row.values()) for row in buckets.values()) == 2  # fixed and closed ones are not open


def test_quality_figures_gather_it_all(project):
    figures = quality_figures(project, date(2027, 3, 31))
    assert (figures.open, figures.open_critical, figures.open_major, figures.awaiting) == (2, 1, 1, 1)
    assert (figures.found, figures.closed, figures.oldest_open_days) == (4, 2, 30)
    assert (figures.open_issues, figures.open_change_requests) == (1, 1)
    data = figures.as_dict()
    assert data["open_by_severity"] == {"critical": 1, "major": 1, "minor": 0, "trivial": 0}
    assert data["ageing"]["8-30"]["major"] == 1 and data["day"] == "2027-03-31"


def test_an_empty_log_has_nothing_open():
    figures = quality_figures(_log(), date(2027, 3, 31))
    assert (figures.open, figures.found, figures.oldest_open_days) == (0, 0, None)


def test_the_day_is_the_status_date_or_today(project):
    assert status_day(project, date(2027, 6, 1)) == date(2027, 6, 1)
    project.status_date = datetime(2027, 2, 15, 17, 0)
    assert status_day(project, date(2027, 6, 1)) == date(2027, 2, 15)


def test_weekly_counts_run_from_the_first_defects_week_to_the_day(project):
    points = weekly_counts(project, date(2027, 3, 24))
    assert [p.day for p in points] == [date(2027, 3, 7), date(2027, 3, 14), date(2027, 3, 21), date(2027, 3, 24)]
    assert [(p.found, p.closed, p.open) for p in points] == [(3, 1, 2), (3, 2, 1), (4, 2, 2), (4, 2, 2)]
    assert weekly_counts(project, date(2027, 2, 1)) == []


def test_weekly_counts_agree_with_the_counts_of_each_day_on_a_random_log():
    rng = random.Random(7)
    defects = []
    for i in range(1, 400):
        found = date(2027, 1, 4) + timedelta(days=rng.randrange(120)) if rng.random() > 0.05 else None
        status = rng.choice(list(S))
        fixed = closed = None
        if status in (S.FIXED, S.VERIFIED, S.CLOSED) and rng.random() > 0.1:
            fixed = (found or date(2027, 1, 4)) + timedelta(days=rng.randrange(40))
        if status is S.CLOSED and rng.random() > 0.1:
            closed = (fixed or found or date(2027, 1, 4)) + timedelta(days=rng.randrange(10))
        kind = rng.choice(list(DefectKind))
        defects.append(Defect(i, "x", kind, rng.choice(list(Severity)), status=status, found=found, fixed=fixed,
                              closed=closed))  # fmt: skip
    project = _log(*defects)
    points = weekly_counts(project, date(2027, 4, 20), ALL_KINDS)
    assert len(points) > 10
    assert points == [defect_counts(project, p.day, ALL_KINDS) for p in points]
