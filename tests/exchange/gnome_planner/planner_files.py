"""Where the GNOME Planner samples are, and small .planner files written for one mapping each."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve()
DATA = next((p / "shared" / "data" for p in HERE.parents if (p / "shared" / "data").is_dir()), Path("/nonexistent"))
FOLDER = DATA / "gnome-planner"
SAMPLES = sorted(FOLDER.rglob("*.planner"))

needs_samples = pytest.mark.skipif(not SAMPLES, reason="../shared/data/gnome-planner is not here")

STANDARD = """
      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>
      <overridden-day-types>
        <overridden-day-type id="0">
          <interval start="0800" end="1200"/>
          <interval start="1300" end="1700"/>
        </overridden-day-type>
      </overridden-day-types>"""


def planner_file(tasks: str, *, calendars: str = "", resources: str = "", allocations: str = "", days: str = "") -> str:
    """A GNOME Planner file starting Monday 2027-01-04 on a Mon-Fri calendar (id 1) with the given parts."""
    return f"""<?xml version="1.0"?>
<project name="Hand made" company="" manager="" phase="" project-start="20270104T000000Z"
         mrproject-version="2" calendar="1">
  <properties/>
  <phases/>
  <calendars>
    <day-types>
      <day-type id="0" name="Working" description="A default working day"/>
      <day-type id="1" name="Nonworking" description="A default non working day"/>
      <day-type id="2" name="Use base" description="Use day from base calendar"/>
      <day-type id="3" name="Short" description="A short day"/>
    </day-types>
    <calendar id="1" name="Default">{STANDARD}
      <days>{days}</days>
      {calendars}
    </calendar>
  </calendars>
  <tasks>{tasks}</tasks>
  <resource-groups><group id="1" name="Builders" admin-name="" admin-phone="" admin-email=""/></resource-groups>
  <resources>{resources}</resources>
  <allocations>{allocations}</allocations>
</project>
"""


def task(file_id: int, name: str, work_hours: float = 8, inner: str = "", **attributes: str) -> str:
    """A <task> starting with the project; keyword attributes (percent_complete=) override."""
    values = {
        "note": "",
        "work": str(round(work_hours * 3600)),
        "start": "20270104T000000Z",
        "end": "20270104T170000Z",
        "work-start": "20270104T080000Z",
        "percent-complete": "0",
        "priority": "0",
        "type": "normal",
        "scheduling": "fixed-work",
    }
    values.update({key.replace("_", "-"): value for key, value in attributes.items()})
    extra = " ".join(f'{key}="{value}"' for key, value in values.items())
    return f'<task id="{file_id}" name="{name}" {extra}>{inner}</task>'


def write(folder: Path, text: str, name: str = "plan.planner") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
