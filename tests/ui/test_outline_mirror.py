"""The steps that turn the outline a view shows into the new one: replayed, they must arrive exactly."""

from __future__ import annotations

import random

import pytest

from planner.core.model.wbs import Outline
from planner.ui.gantt.table.outline_mirror import OutlineMirror, TooDifferent


def random_outline(ids: list[int], rng: random.Random) -> Outline:
    """Each task under a random earlier task (or at the top), in random sibling order."""
    children: dict[int | None, list[int]] = {None: []}
    parent: dict[int, int | None] = {}
    placed: list[int] = []
    for task_id in ids:
        owner = rng.choice([None, *placed]) if placed and rng.random() < 0.7 else None
        siblings = children.setdefault(owner, [])
        siblings.insert(rng.randint(0, len(siblings)), task_id)
        parent[task_id] = owner
        placed.append(task_id)
    return Outline(children, parent)


def tree(mirror_or_outline, owner=None) -> list:
    children = mirror_or_outline.children
    return [(t, tree(mirror_or_outline, t)) for t in children.get(owner, [])]


@pytest.mark.parametrize("seed", range(300))
def test_replayed_steps_reach_the_new_outline(seed: int) -> None:
    rng = random.Random(seed)
    pool = list(range(1, 25))
    before = random_outline(rng.sample(pool, rng.randint(0, 15)), rng)
    after = random_outline(rng.sample(pool, rng.randint(0, 15)), rng)
    mirror = OutlineMirror(before)
    try:
        steps = mirror.steps_to(after, limit=1000)
    except TooDifferent:
        return  # a kept task under a removed one: the model resets instead
    for step in steps:
        mirror.apply(step)
    assert tree(mirror) == tree(after)
    assert all(mirror.row(t) == after.children[after.parent[t]].index(t) for t in after.parent)


def test_a_small_change_takes_one_step() -> None:
    before = Outline({None: [1, 2, 3], 1: [4, 5]}, {1: None, 2: None, 3: None, 4: 1, 5: 1})
    after = Outline({None: [1, 3], 1: [4, 5, 2]}, {1: None, 2: 1, 3: None, 4: 1, 5: 1})  # 2 indented
    assert len(OutlineMirror(before).steps_to(after, limit=10)) == 1


def test_too_many_steps_ask_for_a_reset() -> None:
    before = Outline({None: list(range(1, 50))}, dict.fromkeys(range(1, 50)))
    after = Outline({None: list(range(49, 0, -1))}, dict.fromkeys(range(1, 50)))
    with pytest.raises(TooDifferent):
        OutlineMirror(before).steps_to(after, limit=10)
