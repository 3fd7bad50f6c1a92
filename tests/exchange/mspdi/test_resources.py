"""MSPDI resources and assignments: kinds, rates, max units, calendars, units, work, and what is not carried."""

from __future__ import annotations

from tests.exchange.mspdi.snippets import STANDARD, project_xml, read, task

ANA = (
    "<Resource><UID>1</UID><ID>1</ID><Name>Ana Ruiz</Name><Type>1</Type><Initials>AR</Initials>"
    "<Group>Development</Group><EmailAddress>ana@example.com</EmailAddress><MaxUnits>0.5</MaxUnits>"
    "<StandardRate>50</StandardRate><StandardRateFormat>3</StandardRateFormat><OvertimeRate>75</OvertimeRate>"
    "<CostPerUse>2500</CostPerUse><AccrueAt>1</AccrueAt><CalendarUID>3</CalendarUID></Resource>"
)
LICENCE = (
    "<Resource><UID>2</UID><ID>2</ID><Name>Licence</Name><Type>0</Type><MaterialLabel>seat</MaterialLabel>"
    "<StandardRate>120</StandardRate></Resource>"
)
TRAVEL = "<Resource><UID>3</UID><ID>3</ID><Name>Travel</Name><Type>2</Type></Resource>"
BLANK = "<Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>"
ANA_CALENDAR = (
    "<Calendar><UID>3</UID><Name>Ana Ruiz</Name><IsBaseCalendar>0</IsBaseCalendar>"
    "<BaseCalendarUID>1</BaseCalendarUID></Calendar>"
)


def _assignment(uid: int, task_uid: int, resource_uid: int, extra: str = "") -> str:
    return (
        f"<Assignment><UID>{uid}</UID><TaskUID>{task_uid}</TaskUID><ResourceUID>{resource_uid}</ResourceUID>"
        f"{extra}</Assignment>"
    )


def _read(tmp_path, assignments: str = ""):
    xml = project_xml(
        task(1) + task(2),
        calendars=STANDARD + ANA_CALENDAR,
        resources=BLANK + ANA + LICENCE + TRAVEL,
        assignments=assignments,
    )
    return read(tmp_path, xml)


def test_resources_of_every_kind_with_their_rates_per_hour_and_calendars(tmp_path) -> None:
    resources = _read(tmp_path).project.resources
    assert sorted(r.name for r in resources.values()) == ["Ana Ruiz", "Licence", "Travel"]  # UID 0 is MS Project's
    ana = resources[1]
    assert (ana.kind, ana.initials, ana.group, ana.email, ana.max_units) == (
        "work",
        "AR",
        "Development",
        "ana@example.com",
        0.5,
    )
    assert (ana.standard_rate, ana.standard_rate_unit, ana.overtime_rate, ana.cost_per_use) == (50.0, "d", 75.0, 25.0)
    assert (ana.accrue_at, ana.calendar_id) == ("start", 3)
    assert (resources[2].kind, resources[2].material_label, resources[3].kind) == ("material", "seat", "cost")


def test_assignments_with_units_work_and_costs(tmp_path) -> None:
    assignments = (
        _assignment(1, 1, 1, "<Units>0.5</Units><Work>PT4H0M0S</Work><ActualWork>PT1H0M0S</ActualWork>")
        + _assignment(2, 1, 2, "<Units>3</Units><Work>PT0H0M0S</Work>")
        + _assignment(3, 2, 3, "<Cost>45000</Cost>")
        + _assignment(4, 2, -65535, "<Units>1</Units>")
    )
    found = _read(tmp_path, assignments).project.assignments
    rows = sorted(
        (a.task_id, a.resource_id, a.units, a.work_minutes, a.actual_work_minutes, a.cost) for a in found.values()
    )
    assert rows == [(1, 1, 0.5, 240, 60, 0.0), (1, 2, 3.0, 0, None, 0.0), (2, 3, 1.0, 0, None, 450.0)]


def test_delays_are_carried_and_contours_and_custom_fields_named_in_the_report(tmp_path) -> None:
    assignments = _assignment(1, 1, 1, "<WorkContour>3</WorkContour><Delay>4800</Delay>") + _assignment(
        2, 2, 1, "<WorkContour>8</WorkContour><ExtendedAttribute><FieldID>1</FieldID></ExtendedAttribute>"
    )
    found = _read(tmp_path, assignments)
    assert sorted(a.delay_minutes for a in found.project.assignments.values()) == [0, 480]  # tenths of a minute
    assert found.not_carried == [
        "2 assignments have work contours (not carried; flat work is used)",
        "1 custom field value on assignments (not carried)",
    ]
