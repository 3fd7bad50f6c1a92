"""Lessons learned read as a retrospective reads them: which improvements are still to make, by theme.

An improvement action is open until it is done or dropped; the Lessons learned page's
"Open actions" filter and `planner lessons --open` use this one rule.
"""

from __future__ import annotations

from collections import Counter

from planner.core.model.entities import Project
from planner.core.quality.entities import Lesson, LessonStatus

CLOSED = frozenset((LessonStatus.DONE, LessonStatus.DROPPED))


def is_open_action(lesson: Lesson) -> bool:
    """True while the lesson's improvement is still to be made (proposed, agreed or in progress)."""
    return lesson.status not in CLOSED


def by_category(lessons: list[Lesson]) -> dict[str, int]:
    """How many lessons each category holds, most first ("" for none given), for a retrospective's themes."""
    counts = Counter(" ".join(lesson.category.split()).lower() for lesson in lessons)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def lessons_of(project: Project, open_only: bool = False, category: str = "") -> list[Lesson]:
    """The project's lessons in ID order, optionally only the open actions and one category (any case)."""
    wanted = " ".join(category.split()).lower()
    found = [project.lessons[i] for i in sorted(project.lessons)]
    if open_only:
        found = [lesson for lesson in found if is_open_action(lesson)]
    if wanted:
        found = [lesson for lesson in found if " ".join(lesson.category.split()).lower() == wanted]
    return found
