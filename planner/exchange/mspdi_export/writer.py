"""The exporter `planner export PLAN.plandb -o PLAN.xml` and File > Export to MS Project XML use."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ElementTree, indent

from planner.core.progress import JobSteps
from planner.core.schedule.result import Schedule
from planner.exchange.mspdi_export.assignments import write_assignments
from planner.exchange.mspdi_export.calendars import write_calendars
from planner.exchange.mspdi_export.header import write_header
from planner.exchange.mspdi_export.not_carried import not_carried
from planner.exchange.mspdi_export.resources import write_resources
from planner.exchange.mspdi_export.tasks import write_tasks
from planner.exchange.mspdi_export.values import NAMESPACE


def build_mspdi(schedule: Schedule, file_name: str, steps: JobSteps | None = None) -> tuple[Element, list[str]]:
    """The MSPDI document in memory, and what of the project it could not hold."""
    steps = steps or JobSteps()
    root = Element("Project", xmlns=NAMESPACE)
    write_header(root, schedule, file_name)
    holidays = write_calendars(root, schedule.project)
    steps.at(0.1)
    write_tasks(root, schedule)
    steps.at(0.6)
    write_resources(root, schedule.project)
    write_assignments(root, schedule)
    steps.at(0.8)
    return root, not_carried(schedule, holidays)


def write_mspdi(schedule: Schedule, target: Path, steps: JobSteps) -> list[str]:
    """The exporter of project_formats for .xml: the file, and the report of what it could not hold."""
    name = target.name.removeprefix(".").removesuffix(".partial")  # the partial file's name is not the user's
    root, report = build_mspdi(schedule, name, steps)
    indent(root, space="\t")
    ElementTree(root).write(target, encoding="UTF-8", xml_declaration=True)
    steps.at(1.0)
    return report
