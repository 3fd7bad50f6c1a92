"""Values read from a TOML source with every one checked: a mistake is one line naming the file and place.

The demo's readers (portal.toml and its companions) take their text, numbers, dates and
tables through this, so that every file of the demo reports a mistake the same way.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from planner.core.errors import InputError

START_OF_DAY = time(8, 0)


class TomlValues:
    """Checked reads of the values of one TOML source; `fail` makes the error naming `where`."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> InputError:
        return InputError(f"{self.source}: {where}: {message}")

    def check_keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self.fail(where, f"unknown key {unknown[0]!r}; known keys are {', '.join(sorted(allowed))}")

    def text(self, table: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
        value = table.get(key, default)
        if value is None:
            raise self.fail(where, f"{key} is missing")
        if not isinstance(value, str):
            raise self.fail(where, f"{key} must be text in quotes, not {value!r}")
        return value

    def number(self, table: dict[str, Any], key: str, where: str, default: float, low: float, high: float) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, f"{key} must be a number, not {value!r}")
        if not low <= value <= high:
            raise self.fail(where, f"{key} {value:g} is outside {low:g}..{high:g}")
        return float(value)

    def integer(self, table: dict[str, Any], key: str, where: str, default: int | None = None, low: int = 1) -> int:
        value = table.get(key, default)
        if value is None:
            raise self.fail(where, f"{key} is missing")
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, f"{key} must be a whole number, not {value!r}")
        if value < low:
            raise self.fail(where, f"{key} must be at least {low}, not {value}")
        return value

    def moment(self, table: dict[str, Any], key: str, where: str, bare_date_time: time) -> datetime | None:
        """A TOML local date-time, or a local date taken at `bare_date_time`."""
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value) if "T" in value or " " in value else date.fromisoformat(value)
            except ValueError:
                raise self.fail(
                    where, f"{key} {value!r} is not a date such as 2027-01-04 or 2027-01-04T08:00"
                ) from None
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                raise self.fail(where, f"{key} must be a local date-time without a time zone")
            return value
        if isinstance(value, date):
            return datetime.combine(value, bare_date_time)
        raise self.fail(where, f"{key} must be a date such as 2027-01-04 or 2027-01-04T08:00, not {value!r}")

    def day(self, table: dict[str, Any], key: str, where: str) -> date:
        value = self.moment(table, key, where, START_OF_DAY)
        if value is None:
            raise self.fail(where, f"{key} is missing")
        return value.date()

    def table(self, parent: dict[str, Any], key: str, where: str) -> dict[str, Any]:
        value = parent.get(key)
        if not isinstance(value, dict):
            raise self.fail(where, f"a [{key}] table is missing")
        return value

    def array(self, parent: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
            raise self.fail(where, f"{key} must be written as [[{key}]] tables")
        return value
