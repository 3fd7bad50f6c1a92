"""The levelling delays Level Resources writes, one row per moved task (from schema 0006_levelling)."""

from __future__ import annotations

from planner.core.model.levelling import LevellingDelay
from planner.store.codec import Codec
from planner.store.fields import whole

LEVELLING_SINCE = "0006_levelling"
LEVELLING_COLUMNS = ("id", "task_id", "delay_minutes", "resource_id", "waited_for_id")


def levelling_delay_values(d: LevellingDelay) -> tuple:
    return (d.id, d.task_id, d.delay_minutes, d.resource_id, d.waited_for_id)


def levelling_delay_of(values: tuple) -> LevellingDelay:
    did, task_id, minutes, resource_id, waited_for_id = values
    return LevellingDelay(
        id=did,
        task_id=whole(task_id, "task", 1, 2**62),
        delay_minutes=whole(minutes, "levelling delay", 1, 2**40),
        resource_id=None if resource_id is None else whole(resource_id, "resource", 1, 2**62),
        waited_for_id=None if waited_for_id is None else whole(waited_for_id, "task waited for", 1, 2**62),
    )


LEVELLING_CODEC = Codec(
    "levelling_delays", LEVELLING_COLUMNS, levelling_delay_values, levelling_delay_of, since=LEVELLING_SINCE
)
