"""Read project files with MPXJ and print what it found as JSON (run in the MPXJ venv, not Planner's).

Usage: python mpxj_read.py FILE... -> a JSON list, one object per file. A test-only tool:
the tests in this folder run it through the interpreter of a throwaway venv holding the
PyPI packages `mpxj` and `jpype1` (.ci/run makes it), so what MS Project's most used
open-source reader sees in Planner's export is checked without Planner importing Java.
"""

from __future__ import annotations

import json
import sys

import jpype
import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)


def text(value):
    return None if value is None else str(value)


def duration(value):
    return None if value is None else [float(value.getDuration()), str(value.getUnits().name())]


def rate(value):
    return None if value is None else [float(value.getAmount()), str(value.getUnits().name())]


def uid(entity):
    return None if entity is None else int(entity.getUniqueID())


def calendar_of(calendar, DayOfWeek):
    week = {}
    for day in DayOfWeek.values():
        hours = calendar.getCalendarHours(day)
        week[str(day.name())] = {
            "type": str(calendar.getCalendarDayType(day).name()),
            "hours": [[text(r.getStart()), text(r.getEnd())] for r in hours] if hours is not None else None,
        }
    exceptions = [
        {
            "from": text(e.getFromDate()),
            "to": text(e.getToDate()),
            "name": text(e.getName()),
            "working": bool(e.getWorking()),
            "hours": [[text(r.getStart()), text(r.getEnd())] for r in e],
        }
        for e in calendar.getCalendarExceptions()
    ]
    return {
        "uid": uid(calendar),
        "name": text(calendar.getName()),
        "base": uid(calendar.getParent()),
        "week": week,
        "exceptions": exceptions,
    }


def task_of(task):
    baselines = {}
    for number in range(11):
        args = () if number == 0 else (number,)
        start = task.getBaselineStart(*args)
        if start is not None:
            baselines[str(number)] = {
                "start": text(start),
                "finish": text(task.getBaselineFinish(*args)),
                "duration": duration(task.getBaselineDuration(*args)),
                "work": duration(task.getBaselineWork(*args)),
                "cost": float(task.getBaselineCost(*args) or 0),
            }
    return {
        "uid": uid(task),
        "id": int(task.getID()),
        "name": text(task.getName()),
        "outline_level": int(task.getOutlineLevel()),
        "wbs": text(task.getWBS()),
        "start": text(task.getStart()),
        "finish": text(task.getFinish()),
        "duration": duration(task.getDuration()),
        "milestone": bool(task.getMilestone()),
        "summary": bool(task.getSummary()),
        "constraint": text(task.getConstraintType().name()) if task.getConstraintType() else None,
        "constraint_date": text(task.getConstraintDate()),
        "deadline": text(task.getDeadline()),
        "priority": int(task.getPriority().getValue()) if task.getPriority() else None,
        "notes": text(task.getNotes()),
        "percent_complete": float(task.getPercentageComplete() or 0),
        "actual_start": text(task.getActualStart()),
        "actual_finish": text(task.getActualFinish()),
        "calendar": uid(task.getCalendar()),
        "fixed_cost": float(task.getFixedCost() or 0),
        "links": [
            {
                "predecessor": uid(r.getPredecessorTask()),
                "type": text(r.getType().name()),
                "lag": duration(r.getLag()),
            }
            for r in task.getPredecessors()
        ],
        "baselines": baselines,
    }


def resource_of(resource):
    return {
        "uid": uid(resource),
        "name": text(resource.getName()),
        "type": text(resource.getType().name()),
        "max_units": float(resource.getMaxUnits()) if resource.getMaxUnits() is not None else None,
        "standard_rate": rate(resource.getStandardRate()),
        "overtime_rate": rate(resource.getOvertimeRate()),
        "cost_per_use": float(resource.getCostPerUse() or 0),
        "calendar": uid(resource.getCalendar()),
        "group": text(resource.getGroup()),
        "email": text(resource.getEmailAddress()),
        "initials": text(resource.getInitials()),
    }


def assignment_of(assignment):
    return {
        "uid": uid(assignment),
        "task": uid(assignment.getTask()),
        "resource": uid(assignment.getResource()),
        "units": float(assignment.getUnits()),
        "work": duration(assignment.getWork()),
        "actual_work": duration(assignment.getActualWork()),
        "cost": float(assignment.getCost() or 0),
    }


def read(path, reader, DayOfWeek):
    project = reader.read(path)
    properties = project.getProjectProperties()
    return {
        "path": path,
        "start": text(properties.getStartDate()),
        "status_date": text(properties.getStatusDate()),
        "minutes_per_day": int(properties.getMinutesPerDay()),
        "minutes_per_week": int(properties.getMinutesPerWeek()),
        "currency": text(properties.getCurrencyCode()),
        "calendar": uid(project.getDefaultCalendar()),
        "calendars": [calendar_of(c, DayOfWeek) for c in project.getCalendars()],
        "tasks": [task_of(t) for t in project.getTasks()],
        "resources": [resource_of(r) for r in project.getResources()],
        "assignments": [assignment_of(a) for a in project.getResourceAssignments()],
    }


def main(paths):
    jpype.startJVM()
    from java.time import DayOfWeek
    from org.mpxj.reader import UniversalProjectReader

    reader = UniversalProjectReader()
    json.dump([read(path, reader, DayOfWeek) for path in paths], sys.stdout)
    jpype.shutdownJVM()


if __name__ == "__main__":
    main(sys.argv[1:])
