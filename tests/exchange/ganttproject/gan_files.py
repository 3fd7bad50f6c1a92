"""Where the GanttProject samples are, and small .gan files written for one mapping each."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve()
DATA = next((p / "shared" / "data" for p in HERE.parents if (p / "shared" / "data").is_dir()), Path("/nonexistent"))
SAMPLES = sorted((DATA / "ganttproject").rglob("*.gan"))
HOUSE = DATA / "ganttproject" / "bardsoftware-ganttproject" / "ganttproject-builder" / "HouseBuildingSample.gan"
TEST_DATA = DATA / "ganttproject" / "blyoa-ts-ganttproject-parser" / "src" / "parser" / "test_data"

needs_samples = pytest.mark.skipif(not SAMPLES, reason="../shared/data/ganttproject is not here")

WEEK = '<default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>'


def gan(
    tasks: str,
    *,
    resources: str = "",
    allocations: str = "",
    calendar: str = "",
    weekends_work: bool = False,
    extra: str = "",
    name: str = "Hand made",
) -> str:
    """A GanttProject 3 file around the given <task> elements (and resources, allocations, dates)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project name="{name}" company="" webLink="http://" view-date="2024-01-01" version="3.3.3312" locale="en">
  <description/>
  <calendars>
    <day-types>
      <day-type id="0"/><day-type id="1"/>
      {WEEK}
      <only-show-weekends value="{"true" if weekends_work else "false"}"/>
      <overriden-day-types/>
      <days/>
    </day-types>
    {calendar}
  </calendars>
  <tasks empty-milestones="true">
    <taskproperties>
      <taskproperty id="tpd3" name="name" type="default" valuetype="text"/>
    </taskproperties>
    {tasks}
  </tasks>
  <resources>{resources}</resources>
  <allocations>{allocations}</allocations>
  <vacations/>
  {extra}
  <roles roleset-name="Default"/>
</project>
"""


def task(file_id: int, name: str, start: str, days: int, inner: str = "", **attributes: str) -> str:
    """A <task> element; keyword attributes (thirdDate_constraint="1" is thirdDate-constraint) override."""
    values = {"meeting": "false", "complete": "0", "expand": "true"}
    values.update({key.replace("_", "-"): value for key, value in attributes.items()})
    extra = " ".join(f'{key}="{value}"' for key, value in values.items())
    return f'<task id="{file_id}" name="{name}" start="{start}" duration="{days}" {extra}>{inner}</task>'


def write(folder: Path, text: str, name: str = "plan.gan") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
