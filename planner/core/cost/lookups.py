"""Finding what a typed or imported cell names: a task by its ID or name, a cost account by name."""

from __future__ import annotations

from planner.core.errors import InputError
from planner.core.model.costs import CostAccount
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline


def find_task(project: Project, outline: Outline, text: str) -> int | None:
    """The Unique ID of the task `text` names: its ID (row number) or its name; None for an empty cell."""
    wanted = " ".join(str(text or "").split())
    if not wanted:
        return None
    if wanted.isdigit():
        uid = outline.ids.uid_of(int(wanted))
        if uid is None:
            raise InputError(f"there is no task {wanted} (the IDs go from 1 to {len(outline.ids)})")
        return uid
    lowered = wanted.casefold()
    found = [t.id for t in project.tasks.values() if " ".join(t.name.split()).casefold() == lowered]
    if not found:
        raise InputError(f"there is no task named {wanted!r}; type its ID or its name as the task table shows it")
    if len(found) > 1:
        ids = ", ".join(str(outline.ids.id_of(t)) for t in sorted(found, key=outline.ids.id_of))
        raise InputError(f"{len(found)} tasks are named {wanted!r} (IDs {ids}); type the ID of the one you mean")
    return found[0]


def find_account(project: Project, text: str) -> tuple[int | None, CostAccount | None]:
    """The account `text` names, by name or code, ignoring case: (its id, None); a new name gives
    (the id it will get, the new account to add); an empty cell (None, None)."""
    wanted = " ".join(str(text or "").split())
    if not wanted:
        return None, None
    lowered = wanted.casefold()
    for account in project.cost_accounts.values():
        if lowered in (account.name.casefold(), account.code.casefold()):
            return account.id, None
    uid = project.next_id("cost_accounts")
    return uid, CostAccount(uid, wanted)


def account_name(project: Project, account_id: int | None) -> str:
    account = project.cost_accounts.get(account_id) if account_id is not None else None
    return account.name if account else ""
