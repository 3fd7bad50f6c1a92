"""Lessons read for a retrospective: the open improvement actions and the recurring themes."""

from __future__ import annotations

from datetime import datetime

from planner.core.model.factory import new_project
from planner.core.quality.entities import Lesson, LessonStatus
from planner.core.quality.lessons import by_category, is_open_action, lessons_of


def project_with(*lessons: Lesson):
    project = new_project("Retro", datetime(2027, 1, 4, 8, 0))
    project.lessons = {lesson.id: lesson for lesson in lessons}
    return project


def test_an_improvement_is_open_until_done_or_dropped():
    opened = {s for s in LessonStatus if is_open_action(Lesson(1, "x", status=s))}
    assert opened == {LessonStatus.PROPOSED, LessonStatus.AGREED, LessonStatus.IN_PROGRESS}


def test_categories_are_counted_in_any_case_most_first_and_filtered_the_same_way():
    project = project_with(
        Lesson(1, "a", category="Testing"),
        Lesson(2, "b", category="planning", status=LessonStatus.DONE),
        Lesson(3, "c", category="testing ", status=LessonStatus.DROPPED),
        Lesson(4, "d"),
    )
    assert by_category(list(project.lessons.values())) == {"testing": 2, "": 1, "planning": 1}
    assert [lesson.id for lesson in lessons_of(project, category="TESTING")] == [1, 3]
    assert [lesson.id for lesson in lessons_of(project, open_only=True, category="testing")] == [1]
    assert [lesson.id for lesson in lessons_of(project, open_only=True)] == [1, 4]
