"""The demo's lessons learned: a credible log a PM would have kept by the status date."""

from __future__ import annotations

from collections import Counter

from planner.core.quality.entities import LessonStatus
from planner.exchange.demo import demo_project


def test_the_demo_has_six_lessons_by_its_people_before_the_status_date():
    project = demo_project()
    lessons = list(project.lessons.values())
    assert len(lessons) == 6
    people = {r.name for r in project.resources.values()}
    assert all(lesson.owner in people for lesson in lessons)
    assert all(lesson.raised and lesson.raised <= project.status_date.date() for lesson in lessons)
    statuses = Counter(lesson.status for lesson in lessons)
    assert statuses[LessonStatus.DONE] == 1 and statuses[LessonStatus.DROPPED] == 1
    assert {lesson.category for lesson in lessons} >= {"communication", "planning", "vendor"}
