"""The codec of a task's MS Project codes: WBS code, GUID, hyperlink (from schema 13, 0013_mspdi)."""

from __future__ import annotations

from planner.core.model.msproject import MsProjectTask
from planner.store.codec import Codec
from planner.store.fields import text, whole

MSPDI_SINCE = "0013_mspdi"
MSP_TASK_COLUMNS = ("id", "task_id", "wbs", "guid", "hyperlink", "hyperlink_address")


def msp_task_values(row: MsProjectTask) -> tuple:
    return (row.id, row.task_id, row.wbs, row.guid, row.hyperlink, row.hyperlink_address)


def msp_task_of(values: tuple) -> MsProjectTask:
    rid, task_id, wbs, guid, hyperlink, address = values
    return MsProjectTask(
        id=rid,
        task_id=whole(task_id, "task", 1, 2**62),
        wbs=text(wbs, "WBS code"),
        guid=text(guid, "GUID"),
        hyperlink=text(hyperlink, "hyperlink"),
        hyperlink_address=text(address, "hyperlink address"),
    )


MSP_TASK_CODEC = Codec("msp_tasks", MSP_TASK_COLUMNS, msp_task_values, msp_task_of, since=MSPDI_SINCE)
