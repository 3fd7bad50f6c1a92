"""Building a big project from a file: the cyclic garbage collector paused meanwhile.

A 100,000-row sheet makes millions of small objects (cells, rows, tasks, links)
that all live until the import ends. Python's collector, counting allocations,
walks them again and again while they are made: a third of the import's time,
for nothing, since none of them is garbage yet. Reference counting still frees
what is dropped; the collector runs as usual once the import is over.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (unless already paused by an outer one)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
